/*
 * gandi-emu's shared types: the one context struct (struct emu), a request
 * as handlers see it (struct req) and the response they fill (struct resp).
 *
 * Ownership: main.c owns struct emu and everything in it. server.c owns each
 * struct req and struct resp for the life of one HTTP request; handlers only
 * fill resp through the helpers below, which copy what they are given.
 */
#ifndef EMU_EMU_H
#define EMU_EMU_H

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "buf.h"
#include "store.h"
#include "util.h"

struct ratelimit;
struct faults;
struct dnsview;
struct persist;
struct MHD_Connection;

struct emu {
	struct store *store;
	pthread_rwlock_t lock; /* guards store (and the pointer: a failed save
				  replaces the store by the one on disk) */
	struct persist *persist; /* --state, or NULL */
	atomic_bool stopping;    /* shutting down: no request waits suspended */
	FILE *log;              /* --log, or NULL */
	pthread_mutex_t log_lock;
	struct ratelimit *rl;   /* NULL when rate limiting is off */
	struct faults *faults;  /* NULL when --fault-rate is 0 */
	struct dnsview *dns;    /* what --dns serves; NULL without --dns */
	unsigned latency_ms;
	bool tls;
	char *default_host; /* "127.0.0.1:PORT", for requests without Host */
};

struct req {
	struct emu *emu;
	struct MHD_Connection *conn;
	const char *method;
	char *raw_uri;   /* as received: path and query */
	char *path;      /* raw path, without the query */
	char *query_raw; /* raw query without '?', "" if none */
	struct query q;  /* decoded query parameters */
	bool bad_query;  /* a malformed escape in the query */
	char **seg;      /* decoded path segments */
	size_t nseg;
	struct buf body;
	bool body_too_big;
	char *base; /* "http://host:port" from the Host header */
	const char *arg[3]; /* route captures, pointing into seg */
	struct token *tok;  /* the authenticated caller */
	struct domain *dom; /* the domain named by the route, when it has one */
	time_t now;
};

struct hdr {
	char *name;
	char *value;
};

/* The layer of Gandi's stack a response imitates; its headers follow
 * (gandi-api.md §12.6, §12.7). */
enum origin {
	FROM_FRONT,   /* successes and credential refusals: compact JSON, ETag,
			 security headers, Expires and Last-Modified equal to Date */
	FROM_BACKEND, /* Pyramid errors passed through: spaced JSON, only Expires
			 and Last-Modified besides the proxy's headers */
	FROM_PROXY,   /* nginx and varnish error pages: the proxy's headers only */
};

struct resp {
	unsigned status;
	struct buf body;
	const char *ctype; /* NULL: no body */
	enum origin origin;
	struct hdr *hdrs;
	size_t nhdrs, caphdrs;
	bool dirty; /* the store changed: save the state */
	uint64_t seq; /* the saved change to wait for before answering, or 0 */
	json_t *errors; /* validation errors being collected, or NULL */
};

/* ---- requests (server.c) ---- */

/* A request header (case-insensitive name), or NULL. */
const char *req_header(const struct req *rq, const char *name);

/* ---- responses (resp.c) ---- */

#define CT_JSON "application/json; charset=utf-8"
#define CT_ERROR "application/json; charset=UTF-8"
#define CT_TEXT "text/plain; charset=utf-8"

/* A success body: j is serialised compactly (as Gandi's LiveDNS does) and
 * released. */
void resp_json(struct resp *rs, unsigned status, json_t *j);
/* {"message": msg} with status. */
void resp_message(struct resp *rs, unsigned status, const char *msg);
/* 204, no body. */
void resp_no_content(struct resp *rs);
/* Forget the body and headers filled so far. */
void resp_reset(struct resp *rs);
/* The 500 Pyramid answers when it fails (gandi-api.md §12.5). */
void resp_internal_error(struct resp *rs);
/* The four-field error envelope {"code","message","object","cause"} as
 * Pyramid writes it (spaced, FROM_BACKEND). */
void resp_error(struct resp *rs, unsigned status, const char *object, const char *msg);
/* The same envelope compact, as Gandi's front sends its 401 and 403
 * (FROM_FRONT). */
void resp_error_front(struct resp *rs, unsigned status, const char *object, const char *msg);
/* Any error body j (released), with the error content type: spaced
 * (FROM_BACKEND) or, with front, compact (FROM_FRONT). */
void resp_error_json(struct resp *rs, unsigned status, json_t *j, bool front);
/* The generic 404 HTTPNotFound. */
void resp_not_found(struct resp *rs);
/* Add a response header (name and value are copied); resp_headerf formats
 * the value. */
void resp_header(struct resp *rs, const char *name, const char *value);
void resp_headerf(struct resp *rs, const char *name, const char *fmt, ...) XATTR_PRINTF(3, 4);

/* Collect one validation error ({"location","name","description"}). */
void verr(struct resp *rs, const char *location, const char *name, const char *fmt, ...)
	XATTR_PRINTF(4, 5);
/* If errors were collected, answer 400 {"status":"error","errors":[...]}
 * and return true. */
bool verr_done(struct resp *rs);

/* The reason phrase of a status code. */
const char *status_phrase(unsigned status);

/*
 * Pagination of a collection of total items (of which filtered match the
 * query's filters) with default page size dflt: reads page and per_page
 * (per_page above 100 is clamped to 100), adds the total-count header,
 * filtered-count on a filtered list and Link when more pages follow, and
 * sets [*first, *last) to the slice to return. Returns -1 after a 400 for a malformed page or per_page.
 */
int paginate(struct req *rq, struct resp *rs, size_t total, size_t filtered, size_t dflt,
	     size_t *first, size_t *last);

/* Parse the request body as a JSON object (or, with any_type, any JSON).
 * Returns a new reference, or NULL after a 400. */
json_t *req_json(struct req *rq, struct resp *rs, bool any_type);

/* The base URL plus fmt, e.g. href(rq, "/v5/domain/domains/%s", fqdn). */
char *href(const struct req *rq, const char *fmt, ...) XATTR_PRINTF(2, 3);

/* ---- routing (router.c) ---- */

/* Route rq and fill rs; holds the store lock while a handler runs. */
void route(struct req *rq, struct resp *rs);

#endif
