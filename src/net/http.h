/*
 * HTTP for gandi: one libcurl multi handle per process, connections kept
 * alive and reused, requests run one at a time or many at once.
 *
 * Rules it enforces: TLS certificates are always verified, against the CA
 * file given (--cacert, CURL_CA_BUNDLE, SSL_CERT_FILE), else the system store
 * read as a hashed directory (SSL_CERT_DIR, else /etc/ssl/certs, when it
 * exists; libcurl's default otherwise), so that a start does not parse the
 * whole bundle; plain http:// is used only for loopback hosts; the token is
 * sent only to the configured API and ID hosts and redirects are never
 * followed; idempotent requests (GET, PUT, PATCH, DELETE) are retried on 429,
 * 502, 503, 504 and dropped connections with exponential backoff, jitter and
 * Retry-After; a POST is never resent once it may have reached the server;
 * what an attempt may have done (an answer lost after the request went out,
 * a gateway's 5xx) is remembered across the attempts that follow it;
 * every request but a GET goes out on a new connection, so that libcurl never
 * resends it behind gandi's back (it does so, silently, when a reused
 * connection closes without an answer); a proxy (http_proxy, all_proxy...)
 * is never used for a plain http:// URL, which would carry the token in clear
 * off the machine; an answer holds at most 256 MB, and all the answers of one
 * http_send_each() together at most 256 MB; time limits as below.
 *
 * Ownership: the caller owns requests and responses; http_response_free()
 * releases what a response holds. ctx->http is created on first use and
 * released by http_cleanup().
 */
#ifndef GANDI_HTTP_H
#define GANDI_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "ctx.h"

struct http_request {
	const char *method;       /* "GET", "POST"... */
	const char *url;          /* full URL */
	const char *accept;       /* NULL: application/json */
	const char *content_type; /* for a body; NULL: application/json */
	const char *body;         /* NULL: none */
	size_t body_len;
	bool auth;                /* send the token */
	bool dry_run;             /* send Dry-Run: 1 */
	long timeout_ms;          /* its own time limit (a side check); 0: --timeout */
	int max_attempts;         /* its own number of attempts; 0: --retries */
};

struct http_response {
	long status;              /* 0 when no response arrived */
	struct buf body;
	char *content_type;       /* NULL when absent */
	char *location;
	char *link;
	long long total_count;    /* -1 when absent */
	long long filtered_count; /* items matching the query's filters; -1 when absent */
	long retry_after;         /* seconds, -1 when absent */
	double t_total, t_connect, t_tls; /* seconds, of the last attempt */
	int attempts;
	bool maybe_sent;          /* no answer, and the request may have reached the server */
	/*
	 * An attempt before the last may have been carried out: its answer was
	 * lost after the request went out, or was a gateway's 5xx or a 408
	 * (the server may have done the work before the gateway gave up).
	 */
	bool earlier_maybe_done;
};

/*
 * Perform one request. Returns 0 when a response arrived (whatever its
 * status), or EXIT_NETWORK (or EXIT_USAGE for a refused URL) with ctx->err
 * set when none did.
 */
int http_send(struct ctx *ctx, const struct http_request *req, struct http_response *resp);

/*
 * Perform n independent requests, at most parallel at a time, each retried as
 * http_send would. Returns 0 when every one got a response, else the code of
 * the first failure (ctx->err set); responses that arrived are kept.
 */
int http_send_all(struct ctx *ctx, const struct http_request *reqs,
		  struct http_response *resps, size_t n, int parallel);

/*
 * Called by http_send_each as request i gets its final response (after any
 * retries), in the order they complete; resp is resps[i], which the callback
 * may consume and free at once. Returns 0 to go on, or an exit code (with
 * ctx->err set) that stops every request still running.
 */
typedef int http_done_fn(void *arg, size_t i, struct http_response *resp);

/* http_send_all, calling done (when not NULL) as each response is final. */
int http_send_each(struct ctx *ctx, const struct http_request *reqs,
		   struct http_response *resps, size_t n, int parallel, http_done_fn *done,
		   void *arg);

/*
 * The certificates TLS is verified against: a CA file (--cacert, cacert in
 * the config, else the variables CURL_CA_BUNDLE, SSL_CERT_FILE), which
 * replaces the system store, else a hashed directory (SSL_CERT_DIR, else the
 * system's /etc/ssl/certs), else libcurl's default. source names the choice:
 * "--cacert", "cacert in the config", a variable's name, "system" or
 * "libcurl". The strings belong to ctx or the environment.
 */
struct http_ca {
	const char *file, *dir, *source;
};
void http_ca(const struct ctx *ctx, struct http_ca *out);

/*
 * Time limits. --timeout is what one request may take, from its first
 * attempt to its final answer: every retry and the waits between them
 * included. --deadline is what all the requests of a command may take
 * together, from its first request (never less than --timeout); time spent
 * waiting at a prompt does not count (http_deadline_extend()), and a command
 * flagged CMD_INTERACTIVE (the browser) has no overall deadline.
 */
void http_deadline_extend(struct ctx *ctx, double seconds);

void http_response_init(struct http_response *resp);
void http_response_free(struct http_response *resp);
void http_cleanup(struct ctx *ctx);

#endif
