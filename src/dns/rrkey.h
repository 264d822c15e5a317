/*
 * The arguments that name an RRset and its values, as the dns commands and
 * the browser take them: DOMAIN TYPE NAME VALUE... checked before anything
 * is sent (a bad one is a usage error, exit 2, naming the bad part). Values
 * go through the value module (dns/value.h) with the zone known, so that
 * "10 mail" and "10 mail.example.com." are one value everywhere.
 *
 * Ownership: rrkey_free() releases a key, rrvalues_free() a value list;
 * value_check() fills a struct dnsv the caller releases with dnsv_free().
 */
#ifndef GANDI_RRKEY_H
#define GANDI_RRKEY_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "dns/value.h"
#include "gandi/types.h"

/* The checked arguments DOMAIN TYPE NAME of a dns command. */
struct rrkey {
	char *zone;       /* "example.com" */
	const char *type; /* canonical: "TXT" */
	char *name;       /* relative: "@", "www" */
	char *subject;    /* "the TXT record www in example.com", for messages */
};

/* Check DOMAIN, TYPE and NAME (each may be NULL when not given). */
int rrkey_parse(struct ctx *ctx, const char *domain, const char *type, const char *name,
		struct rrkey *k);
void rrkey_free(struct rrkey *k);

/*
 * Whether gandi writes this RRset: the SOA is refused (LiveDNS writes its
 * own). Returns 0, or EXIT_USAGE with ctx->err set and a hint.
 */
int rrkey_writable(struct ctx *ctx, const struct rrkey *k);

/* Whether k names the apex NS RRset (the zone's delegation: writing it asks first). */
bool rrkey_apex_ns(const struct rrkey *k);

/* Values of one RRset, each parsed against the zone. Zeroed: empty. */
struct rrvalues {
	struct dnsv *v;
	const char **api; /* v[i].api, NULL-terminated: what the API layer sends */
	size_t n, cap;
};
/* Append a copy of v. */
void rrvalues_add(struct rrvalues *l, const struct dnsv *v);
void rrvalues_free(struct rrvalues *l);

/*
 * Check each VALUE (argc of them) as the user wrote it, against k->zone:
 * dnsv_parse_args() (a value split across arguments gets "quote it: ..."),
 * repeats dropped, the module's warnings (a name without its final dot)
 * printed. Appended to out. Returns 0 or EXIT_USAGE with ctx->err set.
 */
int values_parse(struct ctx *ctx, const struct rrkey *k, int argc, char *const *argv,
		 struct rrvalues *out);

/* One value typed by the user (the browser's prompt): as values_parse() checks it. */
int value_check(struct ctx *ctx, const char *type, const char *zone, const char *text,
		struct dnsv *out);

/* A TTL typed by the user (300 to 2592000 seconds); EXIT_USAGE with ctx->err. */
int ttl_check(struct ctx *ctx, const char *text, long *ttl);

/* The values of an RRset as LiveDNS holds them (dnsv_stored()), appended to out. */
void values_stored(const char *zone, const struct rrset *r, struct rrvalues *out);

/* The values on one line for messages: dnsv_list() (to free()). */
char *values_text(const struct rrvalues *l);

#endif
