/*
 * The call core of the API layer, private to src/gandi: one request to Gandi
 * made of a method, a path whose variable parts are percent-encoded, a query
 * and a JSON body; sent through net/http.c; its answer checked against what
 * the endpoint expects (the expected statuses are flags of the call) and
 * either its JSON handed back, or the facts of the failure recorded in
 * ctx->err (error_api(): status, Gandi's object and message, validation
 * errors, Retry-After, whether an attempt may have been carried out, the
 * permission the call needed, what it was about). Also every page of a
 * collection, in order: streamed, 16 pages at a time after the first, or a
 * few pages at a time for a screen, each read from its text by a field table
 * (gandi/stream.h); a failed page, or more or fewer items than announced, is
 * an error, never a shorter list.
 *
 * The core also holds the command table to its word: a command without
 * CMD_NET sends nothing, one without CMD_MUTATES sends only GET, and with
 * --dry-run nothing that writes goes out unless it carries Dry-Run: 1.
 *
 * Ownership: call_free() releases what a call holds (path, query, body,
 * subject); reply_free() what a reply holds.
 */
#ifndef GANDI_CALL_H
#define GANDI_CALL_H

#include <jansson.h>
#include <stdbool.h>

#include "buf.h"
#include "ctx.h"
#include "error.h"
#include "gandi/decode.h"
#include "gandi/gandi.h"
#include "net/http.h"
#include "output/output-json.h"
#include "xalloc.h"

enum call_flag {
	CALL_ID = 1 << 0,        /* on the ID host (tokeninfo), not the API */
	CALL_NO_TOKEN = 1 << 1,  /* send no Authorization header */
	CALL_TEXT = 1 << 2,      /* Accept: text/plain; the body is kept as text, not parsed */
	CALL_DRY_RUN = 1 << 3,   /* Dry-Run: 1: Gandi checks the request and changes nothing */
	/* answers that are outcomes, not failures, when the endpoint expects them: */
	CALL_ABSENT_404 = 1 << 4,     /* a 404 naming the resource (not the generic one) */
	CALL_ABSENT_ANY_404 = 1 << 5, /* any 404 */
	CALL_EXISTS_409 = 1 << 6,     /* a 409 */
	CALL_DONE_404 = 1 << 7,       /* a 404 after an attempt that may have done the work */
	CALL_ANY_STATUS = 1 << 8,     /* any answer at all, left unparsed (doctor's checks) */
	CALL_UNPARSED = 1 << 9,       /* JSON kept as text, for gandi/stream.h to read (big bodies) */
};

enum call_outcome {
	CALL_OK,        /* a 2xx answer (or any answer, with CALL_ANY_STATUS) */
	CALL_ABSENT,    /* an expected 404: what was asked for does not exist */
	CALL_EXISTS,    /* an expected 409: it exists already */
	CALL_DONE,      /* an expected 404 after an attempt that may have done the work */
	CALL_FAILED,    /* an answer that is a failure (call_send_all only) */
	CALL_NO_ANSWER, /* no answer came (call_send_all only) */
};

struct call {
	const char *method;       /* "GET", "PUT"... */
	unsigned flags;           /* enum call_flag */
	const char *scope;        /* the permission it needs (static text), or NULL */
	struct subject subject;   /* what it is about, for messages */
	struct buf path;          /* "/livedns/domains/example.com/records", encoded */
	struct buf query;         /* "sort_by=fqdn&tld=com", encoded, without '?' */
	json_t *body;             /* sent as JSON; NULL: no body */
	long timeout_ms;          /* its own time limit (a side check); 0: --timeout */
	int max_attempts;         /* its own attempts; 0: --retries */
};

struct reply {
	enum call_outcome outcome;
	long status;              /* the HTTP status; 0 when no answer came */
	json_t *json;             /* the parsed body of a 2xx JSON answer, or NULL */
	struct http_response http;
};

/* A call of method needing scope (NULL: none), about nothing yet. */
void call_init(struct call *c, const char *method, const char *scope, unsigned flags);
/* Append to the path: fmt with only %s conversions, each argument percent-encoded. */
void call_path(struct call *c, const char *fmt, ...);
/* Append key=value to the query (both encoded); nothing when value is NULL. */
void call_query(struct call *c, const char *key, const char *value);
/* Take body (a new reference) as the JSON to send. */
void call_body(struct call *c, json_t *body);
/* What the call is about: a domain, one of its records, the domain list. */
void call_about_domain(struct call *c, const char *domain);
void call_about_record(struct call *c, const char *zone, const char *name, const char *type);
void call_about_domains(struct call *c);
void call_free(struct call *c);
/* The URL c goes to, for messages (to free()). */
char *call_target(const struct ctx *ctx, const struct call *c);

/*
 * Send c and wait for its answer (retried as net/http.c retries). Returns 0
 * with r->outcome set for a success or an expected answer, or an exit code
 * with ctx->err set (the fault's facts, or the network error). r is filled
 * either way (r->status 0 when no answer came); release it with reply_free().
 */
int call_send(struct ctx *ctx, const struct call *c, struct reply *r);
/*
 * call_send() for a caller that decides what a failure means: an answer that
 * is a failure, or no answer, is not recorded; its facts go to *fault (the
 * caller records them with error_api() or drops them with api_fault_free())
 * and the exit code they mean is returned. Other errors (a refusal by the
 * command table, a success answer that cannot be read) are recorded as
 * call_send() records them, with *fault NULL. So a follow-up request (did
 * the lost renewal happen?) can run while the first failure is held.
 */
int call_try(struct ctx *ctx, const struct call *c, struct reply *r, struct api_fault **fault);
/*
 * Send n calls, at most parallel at a time, and wait for every answer. Each
 * reply gets its outcome (CALL_FAILED, CALL_NO_ANSWER included). Returns 0
 * when each one succeeded or got an expected answer, else the exit code of
 * the first failure in call order, with ctx->err set to it.
 */
int call_send_all(struct ctx *ctx, const struct call *calls, struct reply *replies, size_t n,
		  int parallel);
void reply_free(struct reply *r);
/* A phrase describing a body that is not the JSON expected ("an HTML page..."). */
char *call_describe_body(const struct http_response *r);
/*
 * The facts of an answer to c that is a failure, or of no answer (then the
 * network error net/http.c recorded moves from ctx->err into them).
 */
struct api_fault *call_fault(struct ctx *ctx, const struct call *c,
			     const struct http_response *r);
/*
 * Whether a write that failed (r: its final answer, or none) may still have
 * been carried out by one of its attempts. Always false for a GET.
 */
bool call_maybe_applied(const struct call *c, const struct http_response *r);

/* Record a decoding problem of an answer (unexpected answer from Gandi); EXIT_ERROR. */
int call_decode_error(struct ctx *ctx, struct decoder *d);

/*
 * Called with each item of a collection, in order: item is the struct its
 * schema fills (the callback may move what it holds out, leaving it zeroed),
 * raw its text for --json; both borrowed for the call. Returns 0 to go on,
 * or an exit code with ctx->err set to stop.
 */
typedef int call_item_fn(void *arg, void *item, const struct jv_text *raw);

/*
 * Every item of the collection c reads (a GET of a list), decoded by schema,
 * to each() as soon as its page and the pages before it arrived: the first
 * page, then the others 16 at a time when Gandi says how many there are
 * (Total-Count, Filtered-Count), or one after the other when it does not.
 * The pages are read from their text (gandi/stream.h), never as trees.
 *
 * Paging stops at the first page that is not full, and only there: a count
 * announced is a promise checked, never a reason to stop early. More items
 * than announced, or fewer, is an error; so is a list announced or running
 * past PAGE_MAX pages. On an error the items already given must be thrown
 * away, never shown as a shorter list.
 */
int call_list(struct ctx *ctx, const struct call *c, const struct schema *schema,
	      call_item_fn *each, void *arg);

/*
 * The same collection a few pages at a time, for a screen that shows the
 * first page while the rest arrive: call_pages_first() hands page 1 to
 * each(); call_pages_next() up to max_pages more (fetched in parallel), in
 * order, until p->next is 0. When a page fails, nothing of that batch is
 * handed over and p->next is unchanged, so the same pages can be asked
 * again. The rules of call_list() hold.
 */
int call_pages_first(struct ctx *ctx, const struct call *c, const struct schema *schema,
		     struct gandi_pages *p, call_item_fn *each, void *arg);
int call_pages_next(struct ctx *ctx, struct gandi_pages *p, long max_pages, call_item_fn *each,
		    void *arg);

#endif
