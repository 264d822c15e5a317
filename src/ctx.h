/*
 * The one context the core builds and passes to every command: output
 * settings, effective configuration, the token, the HTTP client, and the
 * pending error. Nothing else in gandi holds mutable global state.
 *
 * Ownership: the core (main.c) creates and releases everything in it.
 * Commands read it and fill ctx->err through error_set() (see error.h).
 */
#ifndef GANDI_CTX_H
#define GANDI_CTX_H

#include <stdbool.h>
#include <stdio.h>

#include "error.h"

struct cmd;
struct config;
struct secret;
struct creds;
struct http;
struct jq_filter;

/* Where an effective setting came from, lowest precedence first. */
enum source {
	SRC_DEFAULT,
	SRC_FILE,    /* a top-level key of the config file */
	SRC_PROFILE, /* a [profiles.NAME] table of the config file */
	SRC_ENV,
	SRC_FLAG,
};

struct setting {
	char *value;  /* owned; NULL when unset */
	enum source src;
	char *origin; /* owned; the variable name, "--flag", or the file path */
};

struct ctx {
	/* output */
	bool json;      /* --json */
	bool quiet;     /* -q: no messages (notes, warnings, progress); data and errors stay */
	bool plain;     /* --plain: tab-separated, no alignment */
	bool no_header; /* --no-header */
	bool color;     /* colour allowed: stdout is a terminal, no NO_COLOR */
	bool utf8;      /* the terminal's locale is UTF-8 */
	bool stdout_tty, stdin_tty, stderr_tty;
	bool stdin_read; /* stdin held data (a zone file as '-'): questions go to /dev/tty */
	int verbose;    /* -v: one line per HTTP exchange on stderr */
	bool dry_run;   /* --dry-run of a command that has it: nothing that writes is sent */
	bool yes;       /* --yes given to a command that changes something */
	const char *columns; /* --columns NAME,...: the table columns to print, or NULL */
	const char *jq;      /* --jq EXPR: the filter JSON output goes through, or NULL */
	struct jq_filter *jq_filter; /* that filter compiled (output-jq.h), or NULL */
	bool one_line;  /* errors as one line, without hints on lines of their own (hooks) */

	/* effective settings (see config.h for how they are resolved) */
	struct setting api_url;
	struct setting id_url;
	struct setting sharing_id;
	struct setting timeout;  /* seconds, one request with its retries */
	struct setting deadline; /* seconds, all the requests of the command */
	struct setting retries;  /* attempts for idempotent requests */
	struct setting cacert;
	struct setting nameservers;  /* what dns wait asks instead of the zone's own */
	struct setting wait_timeout; /* seconds, dns wait's default */
	struct setting command_timeout; /* seconds api_key_command may take */
	struct setting profile;
	char *config_path;            /* owned: the config file in use */
	enum source config_path_src;
	struct config *config;        /* NULL until loaded */

	struct creds *creds;          /* the places that hold a token (config/credential.h) */
	struct secret *token;         /* NULL when there is none, or until it is read */
	struct http *http;            /* created on the first request */

	const struct cmd *cmd;        /* the command being run */
	struct {
		char step[160];       /* what is being done, for the progress line */
		double since;         /* when it started (monotonic seconds), 0: not yet */
		bool shown;           /* a progress line is on the terminal now */
		bool held;            /* the step stays as named (progress_hold) */
	} progress;                   /* progress.h */
	struct error err;             /* the pending error, reported once by main */
	bool json_error_printed;
	int out_errno;                /* the first write to stdout that failed (output.h), or 0 */
};

#endif
