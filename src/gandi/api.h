/*
 * The URL-and-JSON interface of the API layer that callers not yet on the
 * typed endpoints (gandi/gandi.h) still use; it goes away once every caller
 * is converted. Failures are recorded as facts (error_api()), like those of
 * the typed endpoints.
 *
 * Ownership: api_result_free() releases a result; lists returned through
 * json_t ** are new references the caller releases with json_decref().
 */
#ifndef GANDI_API_H
#define GANDI_API_H

#include <jansson.h>
#include <stdbool.h>

#include "ctx.h"
#include "net/http.h"
#include "xalloc.h"

enum api_flag {
	API_DRY_RUN = 1 << 0,  /* send Dry-Run: 1 */
	API_TEXT = 1 << 1,     /* Accept: text/plain; the body is not parsed */
	API_NO_TOKEN = 1 << 2, /* send no Authorization header */
	API_QUIET_404 = 1 << 3,/* a 404 is returned as EXIT_NOTFOUND without an error */
	API_ID = 1 << 4,       /* the URL is on the ID host (tokeninfo) */
};

struct api_result {
	long status;
	json_t *json;             /* the parsed body; NULL when empty or API_TEXT */
	struct http_response http;
};

/* The URL of an API path (printf-style; escape variable parts with url_escape()). */
char *api_url(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* The same for the ID host. */
char *id_url(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);

/*
 * One request. body, when not NULL, is sent as JSON. On a 2xx answer returns
 * 0 with res filled. Otherwise sets ctx->err (subject names what was asked
 * for, e.g. "domain 'example.com'", for 404 messages) and returns the exit
 * code; res->status still holds the status (0 when no answer came).
 */
int api_call(struct ctx *ctx, const char *method, const char *url, const json_t *body,
	     unsigned flags, const char *subject, struct api_result *res);
/* The same with a raw body of the given content type. */
int api_call_raw(struct ctx *ctx, const char *method, const char *url, const char *body,
		 size_t len, const char *content_type, unsigned flags, const char *subject,
		 struct api_result *res);
void api_result_free(struct api_result *res);

/*
 * Every item of a paged collection, as one JSON array in *items. The first
 * page tells the total (Total-Count); the others are fetched in parallel. A
 * failed page, or fewer items than announced, is an error: never a shorter
 * list. url may already hold a query.
 */
int api_list(struct ctx *ctx, const char *url, const char *subject, json_t **items);

/*
 * Called with each page of a collection, in order: a JSON array, borrowed
 * (valid during the call only). Returns 0 to go on, or an exit code with
 * ctx->err set to stop.
 */
typedef int api_page_fn(void *arg, json_t *page);

/*
 * api_list, page by page: each page goes to each() as soon as it and the
 * pages before it arrived, and is freed after, so that a big list never
 * exists whole in memory. The checks are api_list's; on an error (non-zero
 * return) the pages already given must be thrown away, never shown as a
 * shorter list.
 */
int api_list_each(struct ctx *ctx, const char *url, const char *subject, api_page_fn *each,
		  void *arg);

/*
 * The same collection read a few pages at a time, for a screen that shows the
 * first page while the rest arrive (api_pages_first, then api_pages_next
 * until p->next is 0, makes the same checks as api_list). Ownership:
 * api_pages_free() releases p; *items is a new reference.
 */
#define API_PAGES_PARALLEL 8 /* pages requested at once */
struct api_pages {
	char *url, *subject; /* owned copies */
	long long total;     /* items announced; -1 when Gandi does not say */
	long page_len;       /* items on the first page */
	long next;           /* the next page to fetch; 0 once every page is in */
	long last;           /* the last page when the total is known */
	size_t have;         /* items received so far */
};
/* Page 1 into *items (a new array). Returns 0 or an exit code with ctx->err set. */
int api_pages_first(struct ctx *ctx, const char *url, const char *subject, struct api_pages *p,
		    json_t **items);
/*
 * Up to max_pages more pages (fetched in parallel), appended to items (the
 * same array each time, or a new one). After the last page, fewer items than
 * announced is an error. When a page fails, nothing is appended and p->next is
 * unchanged, so the same pages can be asked again.
 */
int api_pages_next(struct ctx *ctx, struct api_pages *p, long max_pages, json_t *items);
void api_pages_free(struct api_pages *p);

/*
 * After a failed DELETE (or a PATCH removing values): true, with the error
 * cleared, when the answer is a 404 that came after a retry, so that an
 * earlier attempt did the work and only its answer was lost.
 */
bool api_done_before_retry(struct ctx *ctx, const struct api_result *res);

struct decoder;
/* Set ctx->err from a decoding problem of an API answer; returns EXIT_ERROR. */
int decode_error(struct ctx *ctx, struct decoder *d);

/* Set ctx->err from a non-2xx response; returns the exit code. */
int api_error(struct ctx *ctx, const struct http_response *r, const char *subject);

#endif
