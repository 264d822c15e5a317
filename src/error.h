/*
 * Errors and exit codes. A function that fails records what happened in
 * ctx->err and returns the exit code; main() reports the pending error once,
 * as text or, with --json, as one JSON object on stderr. Every message
 * passes through the secret module's redaction before it is printed.
 *
 * Two kinds of errors: those whose message is written where they happen
 * (error_set(), usage_error()), and those of a failed API call, recorded by
 * src/gandi as typed facts (struct api_fault, error_api()): what Gandi
 * answered, whether an attempt may have reached it, the permission the call
 * needed and what was asked for. For the latter, error.c and guide.c compose
 * the message, its detail lines and the JSON form when the error is shown
 * (error_text(), error_report()); the report of a generic 404 also lists the
 * organizations the token can see, with the one extra request it makes.
 *
 * Ownership: ctx->err owns everything it points to; error_clear() releases
 * it. error_api() takes the fault it is given.
 */
#ifndef GANDI_ERROR_H
#define GANDI_ERROR_H

#include <stdbool.h>
#include <stddef.h>

#include "xalloc.h"

/* The documented exit codes (exit_docs below: help, gandi(1) and README follow it). */
enum exit_code {
	EXIT_OK = 0,
	EXIT_ERROR = 1,    /* the API refused, or another error */
	EXIT_USAGE = 2,    /* usage or invalid input: nothing was sent */
	EXIT_AUTH = 3,     /* no token, or Gandi rejected it */
	EXIT_PERM = 4,     /* the token lacks a permission */
	EXIT_NOTFOUND = 5, /* the domain, record or resource does not exist */
	EXIT_NETWORK = 6,  /* DNS, connection, TLS or timeout */
	EXIT_WAIT = 7,     /* dns wait, --wait: the nameservers did not serve it in time */
	EXIT_DECLINED = 8, /* the answer at a prompt was no: nothing was changed */
	EXIT_CHANGES = 10, /* dns sync --exit-code: changes are pending */
	EXIT_TAKEN = 11,   /* domain available --exit-code: the name cannot be registered */
	/* not an exit status: a dry run stopped at its first write (main reports it, exit 0) */
	EXIT_HELD = 100,
};

/* One exit code as the documentation states it. */
struct exit_doc {
	int code;
	const char *brief; /* for the help's one-paragraph list: "permission denied" */
	const char *text;  /* for gandi(1): a sentence */
};
/* Every exit code, in order; ends with an entry whose brief is NULL. */
extern const struct exit_doc exit_docs[];

/* What a request was about, as messages name it. */
enum subject_kind {
	SUBJECT_NONE,
	SUBJECT_DOMAIN,   /* "domain 'example.com'": its registration, zone or redirections */
	SUBJECT_RECORD,   /* "the TXT record www in example.com" */
	SUBJECT_REDIRECT, /* "the redirection from blog.example.com" */
	SUBJECT_SNAPSHOT, /* "snapshot ID of example.com" */
	SUBJECT_DOMAINS,  /* "the domain list" */
};

struct subject {
	enum subject_kind kind;
	char *domain;       /* the domain or zone */
	char *name, *type;  /* a record's relative name and type */
	char *host;         /* a redirection's full source host */
	char *id;           /* a snapshot's id */
};

/* The text messages use for s ("domain 'example.com'"), or NULL for SUBJECT_NONE. */
char *subject_text(const struct subject *s);
void subject_copy(struct subject *to, const struct subject *from);
void subject_free(struct subject *s);

/* One of Gandi's validation errors: a field, and what is wrong with it. */
struct api_invalid {
	char *name, *description;
};

/* What a failed API call's answer means, as src/gandi reads it. */
enum fault_kind {
	FAULT_NO_ANSWER,    /* no answer came (network, TLS, timeout) */
	FAULT_NOT_GANDI,    /* the body is not Gandi's JSON (a proxy's page...) */
	FAULT_REJECTED,     /* the token was refused (401) */
	FAULT_DENIED,       /* the token lacks a permission (403) */
	FAULT_NOT_FOUND,    /* the generic 404: absent, or not covered by the token */
	FAULT_NAMED_404,    /* a 404 naming the resource (a dns-record...) */
	FAULT_RATE_LIMITED, /* 429 */
	FAULT_INVALID,      /* validation errors, field by field */
	FAULT_CONFLICT,     /* 409 */
	FAULT_OTHER,        /* any other answer that is a failure */
};

/* The facts of a failed API call, recorded by src/gandi. */
struct api_fault {
	enum fault_kind kind;
	long status;            /* the HTTP status, for messages; 0 when no answer came */
	char *object;           /* Gandi's "object" (HTTPNotFound, dns-record...), or NULL */
	char *message;          /* Gandi's "message", or NULL */
	struct api_invalid *invalid; /* Gandi's validation errors */
	size_t ninvalid;
	char *body;             /* what the body was when it was not Gandi's JSON, or NULL */
	long retry_after;       /* seconds Gandi asks to wait; -1 when it does not say */
	int attempts;           /* how many times the request was sent */
	const char *method;     /* the request's method ("PUT"; static text), or NULL */
	/*
	 * A write that an attempt, the last or an earlier one, may have carried
	 * out: its answer was lost, or a gateway failed after it went out. The
	 * report says so unless rechecked is set.
	 */
	bool maybe_applied;
	/* the caller read the state again and says what holds (the report does not guess) */
	bool rechecked;
	const char *scope;      /* the permission the call needed, or NULL */
	bool livedns;           /* a LiveDNS endpoint (the domain's zone), not the registrar's */
	bool id_host;           /* asked of Gandi ID (tokeninfo), at the ID URL */
	struct subject subject; /* what was asked for */
	/* when no answer came (status 0): what net/http.c said */
	int net_code;           /* EXIT_NETWORK, or EXIT_USAGE for a refused URL */
	char *net_kind, *net_message, *net_detail;
};

struct ctx;

void api_fault_free(struct api_fault *f);
/* The exit code a fault means (what error_api() would record). */
int api_fault_code(const struct ctx *ctx, const struct api_fault *f);

struct jv;

struct error {
	int code;      /* an enum exit_code; 0 when no error is pending */
	char *kind;    /* machine-readable: "usage", "auth", "network"... */
	char *message; /* one line, git style: problem first, no final full stop; NULL
			  until composed, for an API fault */
	char *detail;  /* further lines printed under the message, or NULL */
	char *context; /* what was being done, printed before the message: "context: ..." */
	struct jv *fields;       /* further members of the JSON form, or NULL */
	struct api_fault *fault; /* the facts of a failed API call, or NULL */
	bool composed; /* the fault's message, detail and fields were written */
	bool silent;   /* already told on stdout: exit with code, print nothing */
};

/* Record an error and return its code. A pending error is replaced. */
int error_set(struct ctx *ctx, int code, const char *kind, const char *fmt, ...)
	XATTR_PRINTF(4, 5);
/* Add lines printed under the message (hints, steps), appended. */
void error_detail(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* Add a member to the JSON form of the pending error (value taken; NULL is null). */
void error_field(struct ctx *ctx, const char *key, struct jv *value);
/*
 * Say what was being done when the pending error happened: the message
 * becomes "what: message" (several contexts nest, the last one outermost).
 */
void error_context(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* Shorthand for a usage error (exit 2) with a hint line. */
int usage_error(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* Exit with code without printing anything more (the command said it all). */
int error_silent(struct ctx *ctx, int code);
/*
 * A --dry-run reached the first write of a command that has no dry run of
 * its own: what would be sent (method, url, body: text made by the API
 * layer) is held in ctx->err; EXIT_HELD, returned. dry_run_report() then
 * prints it as the command's answer (stdout, or the write envelope with
 * --json) and returns 0.
 */
int error_held(struct ctx *ctx, const char *method, const char *url, const char *body);
int dry_run_report(struct ctx *ctx);

/*
 * Record the failure of an API call (fault taken), replacing any pending
 * error. With an answer, the exit code and kind follow from the status (401:
 * EXIT_AUTH, 403: EXIT_PERM, 404: EXIT_NOTFOUND...); without one (status 0),
 * they are net/http.c's. Returns the code.
 */
int error_api(struct ctx *ctx, struct api_fault *fault);
/* The facts of the pending error when it is a failed API call, else NULL. */
const struct api_fault *error_fault(const struct ctx *ctx);
/*
 * Take the pending error out of ctx (left with none) into *held, so that a
 * follow-up request can run and fail on its own; error_resume() puts it back
 * as the pending error (dropping whatever is pending then) and returns its
 * code; error_clear() on *held drops it instead.
 */
void error_hold(struct ctx *ctx, struct error *held);
int error_resume(struct ctx *ctx, struct error *held);
/*
 * The pending error is a write that may have been carried out, and the
 * state was read again: the report says what the line added here says
 * (appended to the detail), not its own guess.
 */
void error_rechecked(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/*
 * The thing a command needed does not exist (the zone answered that it
 * does not): "no TXT record www in example.com", "example.com has no snapshot
 * 'ID'"... EXIT_NOTFOUND, returned.
 */
int error_absent(struct ctx *ctx, const struct subject *s);

/* The pending error's message as it is printed, context included (to free()). */
char *error_text(struct ctx *ctx);
/*
 * Print the pending error to stderr and return its code. The report takes the
 * error out of ctx (which it leaves empty): for a generic 404 it then asks
 * Gandi which organizations the token can see, and whatever that request
 * fails with is dropped, never reported.
 */
int error_report(struct ctx *ctx);
void error_clear(struct error *err);

/* For guide.c, composing an error e: its message (replaced), detail lines and fields. */
void err_headline(struct error *e, const char *fmt, ...) XATTR_PRINTF(2, 3);
void err_detail(struct error *e, const char *fmt, ...) XATTR_PRINTF(2, 3);
void err_field(struct error *e, const char *key, struct jv *value);

/* "warning: ..." on stderr, once per call; silent with -q. */
void warn(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* A progress or status note on stderr; silent with -q. */
void note(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* A trace line "gandi: ..." on stderr, with -v only (as HTTP exchanges are traced). */
void trace_note(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);

#endif
