/*
 * Waiting until a zone's nameservers serve a change: dns wait, the --wait of
 * the dns writes, and the ACME hooks. Each server is asked directly, with
 * recursion off (dns/query.h), never through the local resolver; a change
 * counts as served when every server gives it in the same round. The
 * servers are the zone's LiveDNS nameservers as the API names them, unless
 * --nameserver, GANDI_NAMESERVERS or the setting nameservers name others.
 *
 * Ownership: targets and options are borrowed for the call.
 */
#ifndef GANDI_DNS_WAIT_H
#define GANDI_DNS_WAIT_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"

enum wait_mode {
	WAIT_PRESENT, /* every value is served (other values may be too) */
	WAIT_ABSENT,  /* none of the values is served */
	WAIT_GONE,    /* the RRset is not served at all */
	WAIT_EXACT,   /* the values are served, and no other */
};

/* One RRset in the state wanted. */
struct wait_target {
	const char *zone;           /* "example.com" */
	const char *name;           /* relative to the zone: "@", "_acme-challenge.www" */
	const char *type;           /* canonical: "TXT" */
	enum wait_mode mode;
	const char *const *values;  /* as LiveDNS stores them (TXT quoted) */
	size_t nvalues;
};

#define WAIT_TIMEOUT_DEFAULT 120.0
#define WAIT_INTERVAL_DEFAULT 0.5

struct wait_opts {
	double timeout;                 /* seconds in all */
	double interval;                /* the longest pause between rounds (the first are shorter) */
	const char *const *nameservers; /* --nameserver values, or NULL */
	size_t nnameservers;
	char more_time[64];             /* how to allow more, for the hint: "--timeout SECONDS" */
};

/* What the wait saw, for the report of a command. */
struct wait_result {
	double ms;      /* from the first question to the last answer */
	size_t servers; /* how many servers were asked (all zones together) */
	size_t rounds;
};

/*
 * Ask until every server of each target's zone serves it as wanted, or
 * opts->timeout passes. A progress line is kept on stderr when it is a
 * terminal (not with -q or --json). Returns 0 with *res filled; EXIT_WAIT
 * with ctx->err naming each server that lags and what it serves; EXIT_USAGE
 * for a bad nameserver or a type that cannot be asked; or another exit code
 * (the API's nameserver list, a name that does not resolve).
 */
int dns_wait(struct ctx *ctx, const struct wait_target *targets, size_t n,
	     const struct wait_opts *opts, struct wait_result *res);

/*
 * The options from the command line: --timeout SECONDS, --interval SECONDS,
 * --nameserver (each given as the names name_timeout... say, NULL for one the
 * command does not have); the default timeout is the setting wait_timeout.
 * Returns 0 or EXIT_USAGE with ctx->err set.
 */
struct args;
int wait_opts_from_args(struct ctx *ctx, const struct args *a, const char *name_timeout,
			const char *name_interval, struct wait_opts *opts);

/* Values as LiveDNS stores them, on one line for messages (dnsv_list()); to free(). */
char *wait_values_text(const char *type, const char *zone, const char *const *v, size_t n);

/* Check the --wait options before anything is sent: 0 or EXIT_USAGE with ctx->err set. */
int wait_args_check(struct ctx *ctx, const struct args *a);

/*
 * The --wait of dns add, remove, set and delete (also when --wait-timeout or
 * --nameserver is given): nothing without them; else dns_wait() for this
 * RRset, and a note "served by N nameservers after T ms" on stderr.
 * Returns 0 or dns_wait()'s exit code.
 */
int wait_after_write(struct ctx *ctx, const struct args *a, const char *zone, const char *name,
		     const char *type, enum wait_mode mode, const char *const *values, size_t n);

#endif
