/*
 * Errors and exit codes. A function that fails records what happened in
 * ctx->err with error_set() (or one of its variants) and returns the exit
 * code; main() prints the pending error once, as text or, with --json, as
 * one JSON object on stderr. Every message passes through the secret module's
 * redaction before it is printed.
 */
#ifndef GANDI_ERROR_H
#define GANDI_ERROR_H

#include <jansson.h>
#include <stdbool.h>

#include "xalloc.h"

/* The documented exit codes (gandi(1), EXIT STATUS). */
enum exit_code {
	EXIT_OK = 0,
	EXIT_ERROR = 1,    /* the API refused, or another error */
	EXIT_USAGE = 2,    /* usage or invalid input: nothing was sent */
	EXIT_AUTH = 3,     /* no token, or Gandi rejected it */
	EXIT_PERM = 4,     /* the token lacks a permission */
	EXIT_NOTFOUND = 5, /* the domain, record or resource does not exist */
	EXIT_NETWORK = 6,  /* DNS, connection, TLS or timeout */
	EXIT_WAIT = 7,     /* dns wait, --wait: the nameservers did not serve it in time */
	EXIT_CHANGES = 10, /* dns sync --exit-code: changes are pending */
};

struct error {
	int code;      /* an enum exit_code; 0 when no error is pending */
	char *kind;    /* machine-readable: "usage", "auth", "network"... */
	char *message; /* one line, git style: problem first, no full stop */
	char *detail;  /* further lines printed under the message, or NULL */
	json_t *extra; /* further fields for the JSON form, or NULL */
	bool silent;   /* already told on stdout: exit with code, print nothing */
};

struct ctx;

/* Record an error and return its code. A pending error is replaced. */
int error_set(struct ctx *ctx, int code, const char *kind, const char *fmt, ...)
	XATTR_PRINTF(4, 5);
/* Add lines printed under the message (hints, steps), appended. */
void error_detail(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* Add a field to the JSON form of the pending error (takes a reference). */
void error_field(struct ctx *ctx, const char *key, json_t *value);
/* Shorthand for a usage error (exit 2) with a hint line. */
int usage_error(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* Exit with code without printing anything more (the command said it all). */
int error_silent(struct ctx *ctx, int code);
/* Print the pending error to stderr and return its code. */
int error_report(struct ctx *ctx);
void error_clear(struct error *err);

/* "warning: ..." on stderr, once per call; silent with -q. */
void warn(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* A progress or status note on stderr; silent with -q. */
void note(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* A trace line "gandi: ..." on stderr, with -v only (as HTTP exchanges are traced). */
void trace_note(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);

#endif
