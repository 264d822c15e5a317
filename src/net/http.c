#include "net/http.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "error.h"
#include "config/config.h"
#include "config/secret.h"
#include "output/output.h"
#include "progress.h"
#include "util.h"
#include "xalloc.h"

#define MAX_BODY (256L * 1024 * 1024)     /* one answer */
#define BODY_BUDGET (256L * 1024 * 1024)  /* every answer held by one http_send_each() */
#define CONNECT_TIMEOUT_MS 10000L
#define BACKOFF_BASE_MS 250.0
#define BACKOFF_CAP_MS 8000.0
#define RETRY_AFTER_CAP 60L
#define SYSTEM_CAPATH "/etc/ssl/certs"
#define TRACE_BODY_MAX 4096 /* bytes of a body (of each piece of it) -vv shows */

struct http {
	CURLM *multi;
	CURL **idle; /* easy handles kept for reuse */
	size_t nidle, idle_cap;
	long timeout_ms;  /* one request, all its attempts and waits */
	double deadline;  /* the whole command's, on now_s()'s clock; 0: none */
	double deadline_s;
	int max_attempts;
	char *cainfo;
	char *capath; /* the system store as a directory, when no CA file was given */
	char *api_host, *id_host;
	int api_port, id_port;
	unsigned long long rng;
	size_t held;      /* bytes of the answers in flight, against BODY_BUDGET */
};

struct xfer {
	struct http *h;
	const struct http_request *req;
	struct http_response *resp;
	size_t counted;       /* bytes of resp->body counted in h->held */
	bool over_budget;     /* stopped: the answers in flight grew past BODY_BUDGET */
	double deadline;      /* the request's: first attempt + timeout */
	bool cut_by_command;  /* the last attempt's time limit was the command's deadline */
	CURL *easy;
	struct curl_slist *headers;
	char *auth;
	char errbuf[CURL_ERROR_SIZE];
	int attempt;
	double not_before;
	bool active, done;
	int fail_code; /* exit code when done without a response */
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void http_response_init(struct http_response *resp)
{
	memset(resp, 0, sizeof(*resp));
	resp->total_count = -1;
	resp->filtered_count = -1;
	resp->retry_after = -1;
}

static void response_reset(struct http_response *resp)
{
	int attempts = resp->attempts;
	bool earlier = resp->earlier_maybe_done;
	struct buf body = resp->body;
	buf_reset(&body);
	free(resp->content_type);
	free(resp->location);
	free(resp->link);
	http_response_init(resp);
	resp->body = body;
	resp->attempts = attempts;
	resp->earlier_maybe_done = earlier;
}

void http_response_free(struct http_response *resp)
{
	buf_free(&resp->body);
	free(resp->content_type);
	free(resp->location);
	free(resp->link);
	http_response_init(resp);
}

static struct http *http_get(struct ctx *ctx)
{
	if (ctx->http)
		return ctx->http;
	curl_global_init(CURL_GLOBAL_DEFAULT);
	struct http *h = xcalloc(1, sizeof(*h));
	h->multi = curl_multi_init();
	curl_multi_setopt(h->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
	h->timeout_ms = (long)(strtod(ctx->timeout.value ? ctx->timeout.value : "60", NULL) * 1000);
	h->max_attempts = (int)strtol(ctx->retries.value ? ctx->retries.value : "4", NULL, 10);
	if (h->max_attempts < 1)
		h->max_attempts = 1;
	if (!(ctx->cmd && (ctx->cmd->flags & CMD_INTERACTIVE))) {
		/* the clock starts with the first request; one request may always take its --timeout */
		h->deadline_s = strtod(ctx->deadline.value ? ctx->deadline.value : DEFAULT_DEADLINE,
				       NULL);
		if (h->deadline_s * 1000 < (double)h->timeout_ms)
			h->deadline_s = (double)h->timeout_ms / 1000;
		h->deadline = now_s() + h->deadline_s;
	}
	struct http_ca ca;
	http_ca(ctx, &ca);
	h->cainfo = ca.file ? xstrdup(ca.file) : NULL;
	h->capath = ca.dir ? xstrdup(ca.dir) : NULL;
	if (ctx->api_url.value)
		url_parse(ctx->api_url.value, NULL, &h->api_host, &h->api_port);
	if (ctx->id_url.value)
		url_parse(ctx->id_url.value, NULL, &h->id_host, &h->id_port);
	h->rng = (unsigned long long)time(NULL) ^ ((unsigned long long)getpid() << 32) ^
		 (unsigned long long)(now_s() * 1e9);
	ctx->http = h;
	return h;
}

static const char *nonempty_env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

void http_ca(const struct ctx *ctx, struct http_ca *out)
{
	const char *v;
	struct stat st;
	memset(out, 0, sizeof(*out));
	if (ctx->cacert.value && *ctx->cacert.value) {
		out->file = ctx->cacert.value;
		out->source = ctx->cacert.src == SRC_FLAG ? "--cacert" : "cacert in the config";
	} else if ((v = nonempty_env("CURL_CA_BUNDLE"))) {
		out->file = v;
		out->source = "CURL_CA_BUNDLE";
	} else if ((v = nonempty_env("SSL_CERT_FILE"))) {
		out->file = v;
		out->source = "SSL_CERT_FILE";
	} else if ((v = nonempty_env("SSL_CERT_DIR")) && stat(v, &st) == 0 && S_ISDIR(st.st_mode)) {
		/* a hashed directory: OpenSSL reads the one issuer it needs, not the whole bundle */
		out->dir = v;
		out->source = "SSL_CERT_DIR";
	} else if (stat(SYSTEM_CAPATH, &st) == 0 && S_ISDIR(st.st_mode)) {
		out->dir = SYSTEM_CAPATH;
		out->source = "system";
	} else {
		out->source = "libcurl";
	}
}

void http_deadline_extend(struct ctx *ctx, double seconds)
{
	struct http *h = ctx->http;
	if (h && h->deadline > 0 && seconds > 0)
		h->deadline += seconds;
}

void http_cleanup(struct ctx *ctx)
{
	struct http *h = ctx->http;
	if (!h)
		return;
	for (size_t i = 0; i < h->nidle; i++)
		curl_easy_cleanup(h->idle[i]);
	free(h->idle);
	curl_multi_cleanup(h->multi);
	free(h->cainfo);
	free(h->capath);
	free(h->api_host);
	free(h->id_host);
	free(h);
	ctx->http = NULL;
	curl_global_cleanup();
}

static double rand_unit(struct http *h)
{
	h->rng ^= h->rng << 13;
	h->rng ^= h->rng >> 7;
	h->rng ^= h->rng << 17;
	return (double)(h->rng >> 11) / 9007199254740992.0;
}

static size_t on_body(char *data, size_t size, size_t n, void *userp)
{
	struct xfer *x = userp;
	struct http_response *resp = x->resp;
	size_t len = size * n;
	if (resp->body.len + len > (size_t)MAX_BODY)
		return 0; /* aborts the transfer */
	if (x->h->held + len > (size_t)BODY_BUDGET) {
		x->over_budget = true;
		return 0;
	}
	buf_add(&resp->body, data, len);
	x->counted += len;
	x->h->held += len;
	return len;
}

/* Stop counting what x's answer holds beyond its body's length now (all of it once freed). */
static void xfer_uncount(struct xfer *x)
{
	size_t keep = x->resp->body.len < x->counted ? x->resp->body.len : x->counted;
	x->h->held -= x->counted - keep;
	x->counted = keep;
}

static char *header_value(const char *line, size_t len, const char *name)
{
	size_t nl = strlen(name);
	if (len <= nl || strncasecmp(line, name, nl) != 0 || line[nl] != ':')
		return NULL;
	const char *v = line + nl + 1;
	const char *end = line + len;
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' '))
		end--;
	return xstrndup(v, (size_t)(end - v));
}

static long parse_retry_after(const char *v)
{
	char *end;
	long s = strtol(v, &end, 10);
	if (end != v && *end == '\0' && s >= 0)
		return s;
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	if (strptime(v, "%a, %d %b %Y %H:%M:%S GMT", &tm)) {
		long d = (long)(timegm(&tm) - time(NULL));
		return d > 0 ? d : 0;
	}
	return -1;
}

static size_t on_header(char *data, size_t size, size_t n, void *userp)
{
	struct http_response *resp = userp;
	size_t len = size * n;
	char *v;
	if (len > 5 && strncmp(data, "HTTP/", 5) == 0) {
		/* a new response (after 100 Continue, say): forget earlier headers */
		free(resp->content_type);
		free(resp->location);
		free(resp->link);
		resp->content_type = resp->location = resp->link = NULL;
		resp->total_count = -1;
		resp->filtered_count = -1;
		resp->retry_after = -1;
		return len;
	}
	if ((v = header_value(data, len, "content-type"))) {
		free(resp->content_type);
		resp->content_type = v;
	} else if ((v = header_value(data, len, "location"))) {
		free(resp->location);
		resp->location = v;
	} else if ((v = header_value(data, len, "link"))) {
		free(resp->link);
		resp->link = v;
	} else if ((v = header_value(data, len, "total-count"))) {
		char *end;
		long long c = strtoll(v, &end, 10);
		resp->total_count = end != v && *end == '\0' && c >= 0 ? c : -1;
		free(v);
	} else if ((v = header_value(data, len, "filtered-count"))) {
		char *end;
		long long c = strtoll(v, &end, 10);
		resp->filtered_count = end != v && *end == '\0' && c >= 0 ? c : -1;
		free(v);
	} else if ((v = header_value(data, len, "retry-after"))) {
		resp->retry_after = parse_retry_after(v);
		free(v);
	}
	return len;
}

/*
 * Mask, in a JSON body, the string values of the members that carry secrets
 * gandi has not seen yet (a renewed token, a transfer code, a TSIG secret):
 * all but their last 4 characters become '*'. In place.
 */
static void mask_secret_members(char *s)
{
	static const char *const keys[] = {"\"access_token\"", "\"token\"", "\"secret\"",
					   "\"authinfo\"", "\"password\"", "\"api_key\"",
					   "\"apikey\""};
	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		for (char *p = strstr(s, keys[k]); p; p = strstr(p + 1, keys[k])) {
			char *v = p + strlen(keys[k]);
			v += strspn(v, " \t");
			if (*v != ':')
				continue;
			v++;
			v += strspn(v, " \t");
			if (*v != '"')
				continue;
			char *end = ++v;
			while (*end && *end != '"')
				end += end[0] == '\\' && end[1] ? 2 : 1;
			for (char *c = v; c + 4 < end; c++)
				*c = '*';
		}
	}
}

static int trace_cb(CURL *easy, curl_infotype type, char *data, size_t size, void *userp)
{
	struct ctx *ctx = userp;
	(void)easy;
	if (type == CURLINFO_DATA_OUT || type == CURLINFO_DATA_IN) {
		/* -vv: the bodies too, secrets masked, made safe, the first TRACE_BODY_MAX bytes */
		size_t shown_len = size > TRACE_BODY_MAX ? TRACE_BODY_MAX : size;
		char *text = xstrndup(data, shown_len);
		char *safe = secret_redact(ctx->token, text);
		mask_secret_members(safe);
		char *shown = text_safe(safe, 0);
		fprintf(stderr, "gandi: %s body: %s", type == CURLINFO_DATA_OUT ? ">" : "<", shown);
		if (size > shown_len)
			fprintf(stderr, " ... (%zu more bytes)", size - shown_len);
		fputc('\n', stderr);
		wipe(text, shown_len);
		wipe(safe, strlen(safe));
		free(text);
		free(safe);
		free(shown);
		return 0;
	}
	if (type != CURLINFO_HEADER_OUT && type != CURLINFO_HEADER_IN)
		return 0;
	char *text = xstrndup(data, size);
	char *safe = secret_redact(ctx->token, text);
	const char *dir = type == CURLINFO_HEADER_OUT ? "> " : "< ";
	for (char *line = strtok(safe, "\r\n"); line; line = strtok(NULL, "\r\n")) {
		if (strncasecmp(line, "authorization:", 14) == 0)
			fprintf(stderr, "gandi: %sAuthorization: %s %s\n", dir,
				ctx->token ? secret_scheme(ctx->token) : "?",
				ctx->token ? secret_masked(ctx->token) : "****");
		else {
			/* a server's headers are its text too: nothing raw to the terminal */
			char *shown = text_safe(line, 0);
			fprintf(stderr, "gandi: %s%s\n", dir, shown);
			free(shown);
		}
	}
	wipe(text, size);
	free(text);
	free(safe);
	return 0;
}

static bool same_host(const char *host, int port, const char *want, int want_port)
{
	return want && str_ieq(host, want) && port == want_port;
}

/* Check a URL before anything is sent. Returns 0 or an exit code. */
static int check_url(struct ctx *ctx, struct http *h, const struct http_request *req)
{
	char *scheme = NULL, *host = NULL;
	int port = 0, rc = 0;
	if (!url_parse(req->url, &scheme, &host, &port)) {
		rc = usage_error(ctx, "'%s' is not an http(s) URL", req->url);
		goto out;
	}
	if (strcmp(scheme, "http") == 0 && !host_is_loopback(host)) {
		rc = usage_error(ctx, "refusing plain http:// to '%s': the token would cross the "
				      "network unencrypted", host);
		error_detail(ctx, "hint: use https://, or http:// only for this machine "
				  "(127.0.0.1, localhost)\n");
		goto out;
	}
	if (req->auth && !same_host(host, port, h->api_host, h->api_port) &&
	    !same_host(host, port, h->id_host, h->id_port)) {
		rc = error_set(ctx, EXIT_ERROR, "internal",
			       "refusing to send the token to '%s', which is not the configured "
			       "API or ID host", host);
		goto out;
	}
out:
	free(scheme);
	free(host);
	return rc;
}

static CURL *easy_get(struct http *h)
{
	if (h->nidle > 0)
		return h->idle[--h->nidle];
	return curl_easy_init();
}

static void easy_put(struct http *h, CURL *easy)
{
	curl_easy_reset(easy);
	h->idle = xgrow(h->idle, &h->idle_cap, h->nidle + 1, sizeof(*h->idle));
	h->idle[h->nidle++] = easy;
}

static void xfer_release(struct http *h, struct xfer *x)
{
	if (x->easy) {
		curl_multi_remove_handle(h->multi, x->easy);
		easy_put(h, x->easy);
		x->easy = NULL;
	}
	curl_slist_free_all(x->headers);
	x->headers = NULL;
	secret_release(x->auth);
	x->auth = NULL;
	x->active = false;
}

/* The request's own time limit and attempts, else the command's (--timeout, --retries). */
static long req_timeout_ms(const struct http *h, const struct http_request *req)
{
	return req->timeout_ms > 0 ? req->timeout_ms : h->timeout_ms;
}

static int req_attempts(const struct http *h, const struct http_request *req)
{
	return req->max_attempts > 0 ? req->max_attempts : h->max_attempts;
}

/* Milliseconds left at now for x's next attempt (<= 0: none); *by_command: the command's limit. */
static long time_left_ms(const struct http *h, const struct xfer *x, double now,
			 bool *by_command)
{
	double left = x->deadline - now;
	bool cmd = h->deadline > 0 && h->deadline - now < left;
	if (cmd)
		left = h->deadline - now;
	if (by_command)
		*by_command = cmd;
	return left * 1000 >= 1 ? (long)(left * 1000) : left > 0 ? 1 : 0;
}

static void xfer_start(struct ctx *ctx, struct http *h, struct xfer *x, long left_ms)
{
	const struct http_request *req = x->req;
	CURL *e = easy_get(h);
	char line[256];

	response_reset(x->resp);
	h->held -= x->counted;
	x->counted = 0;
	x->over_budget = false;
	x->attempt++;
	x->resp->attempts = x->attempt;
	x->errbuf[0] = '\0';
	snprintf(line, sizeof(line), "Accept: %s", req->accept ? req->accept : "application/json");
	x->headers = curl_slist_append(x->headers, line);
	if (req->body) {
		snprintf(line, sizeof(line), "Content-Type: %s",
			 req->content_type ? req->content_type : "application/json");
		x->headers = curl_slist_append(x->headers, line);
	}
	x->headers = curl_slist_append(x->headers, "Expect:");
	if (req->dry_run)
		x->headers = curl_slist_append(x->headers, "Dry-Run: 1");
	if (req->auth && ctx->token) {
		x->auth = secret_auth_header(ctx->token);
		x->headers = curl_slist_append(x->headers, x->auth);
	}
	curl_easy_setopt(e, CURLOPT_URL, req->url);
	curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, req->method);
	if (strcmp(req->method, "GET") == 0)
		curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
	else
		/*
		 * libcurl resends by itself a request whose reused connection
		 * closes without an answer, whatever the method, and says
		 * nothing: a renewal could be charged twice and an attempt
		 * counted once be sent twice. A write always takes a new
		 * connection, so every attempt counted is one request sent.
		 */
		curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
	if (req->body) {
		curl_easy_setopt(e, CURLOPT_POSTFIELDS, req->body);
		curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body_len);
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->headers);
	curl_easy_setopt(e, CURLOPT_USERAGENT, "gandi/" GANDI_VERSION);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	if (strncasecmp(req->url, "http://", 7) == 0)
		/* plain http (loopback only) never through a proxy: the token would leave in clear */
		curl_easy_setopt(e, CURLOPT_PROXY, "");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	if (h->cainfo) {
		curl_easy_setopt(e, CURLOPT_CAINFO, h->cainfo);
	} else if (h->capath) {
		curl_easy_setopt(e, CURLOPT_CAINFO, NULL);
		curl_easy_setopt(e, CURLOPT_CAPATH, h->capath);
	}
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, CONNECT_TIMEOUT_MS < left_ms
							    ? CONNECT_TIMEOUT_MS
							    : left_ms);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, left_ms);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, x->resp);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
	curl_easy_setopt(e, CURLOPT_PRIVATE, x);
	if (ctx->verbose > 1) {
		curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, trace_cb);
		curl_easy_setopt(e, CURLOPT_DEBUGDATA, ctx);
		curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
	}
	x->easy = e;
	x->active = true;
	curl_multi_add_handle(h->multi, e);
}

static bool idempotent(const char *method)
{
	return strcmp(method, "POST") != 0;
}

/* Transport errors after which the request cannot have been sent. */
static bool never_sent(CURLcode cc)
{
	return cc == CURLE_COULDNT_CONNECT || cc == CURLE_COULDNT_RESOLVE_HOST ||
	       cc == CURLE_COULDNT_RESOLVE_PROXY;
}

static bool transient(CURLcode cc)
{
	return cc == CURLE_COULDNT_CONNECT || cc == CURLE_OPERATION_TIMEDOUT ||
	       cc == CURLE_RECV_ERROR || cc == CURLE_SEND_ERROR || cc == CURLE_GOT_NOTHING ||
	       cc == CURLE_PARTIAL_FILE || cc == CURLE_HTTP2 || cc == CURLE_HTTP2_STREAM;
}

static int network_error(struct ctx *ctx, struct http *h, struct xfer *x, CURLcode cc)
{
	char *host = NULL;
	int port = 0;
	url_parse(x->req->url, NULL, &host, &port);
	const char *why = x->errbuf[0] ? x->errbuf : curl_easy_strerror(cc);
	char tries[48] = "";
	if (x->attempt > 1)
		snprintf(tries, sizeof(tries), " (after %d attempts)", x->attempt);
	switch (cc) {
	case CURLE_COULDNT_RESOLVE_HOST:
		error_set(ctx, EXIT_NETWORK, "network", "cannot resolve host '%s'%s", host, tries);
		error_detail(ctx, "hint: check the network, your DNS, and the URL (%s)\n",
			     x->req->url);
		break;
	case CURLE_COULDNT_CONNECT:
		error_set(ctx, EXIT_NETWORK, "network", "cannot connect to '%s' port %d: %s%s",
			  host, port, why, tries);
		break;
	case CURLE_OPERATION_TIMEDOUT:
		if (x->cut_by_command) {
			error_set(ctx, EXIT_NETWORK, "timeout", "out of time: the command's deadline "
				  "(%.0f s) passed while waiting for '%s'%s", h->deadline_s, host,
				  tries);
			error_detail(ctx, "hint: allow the whole command more time with --deadline "
					  "SECONDS\n");
		} else {
			error_set(ctx, EXIT_NETWORK, "timeout", "no complete answer from '%s' within "
				  "%.0f s%s: %s", host, (double)req_timeout_ms(h, x->req) / 1000.0,
				  tries, why);
			error_detail(ctx, "--timeout is the time one request may take, its retries "
					  "included\nhint: allow more time with --timeout SECONDS\n");
		}
		break;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CONNECT_ERROR:
		error_set(ctx, EXIT_NETWORK, "tls", "TLS with '%s' failed: %s", host, why);
		error_detail(ctx, "gandi always verifies certificates; for a private CA, pass its "
				  "certificate with --cacert FILE\n");
		break;
	case CURLE_WRITE_ERROR:
		if (x->over_budget)
			error_set(ctx, EXIT_NETWORK, "network", "the answers from '%s' held at once "
				  "are larger than %ld MB", host, BODY_BUDGET / (1024 * 1024));
		else
			error_set(ctx, EXIT_NETWORK, "network", "the answer from '%s' is larger than "
				  "%ld MB", host, MAX_BODY / (1024 * 1024));
		error_detail(ctx, "Gandi's answers are far smaller: is the API URL right (%s)?\n",
			     x->req->url);
		break;
	default:
		error_set(ctx, EXIT_NETWORK, "network", "connection to '%s' failed%s: %s", host,
			  tries, why);
		break;
	}
	free(host);
	return EXIT_NETWORK;
}

/* A request that never went out: the command's deadline had passed. */
static int out_of_time(struct ctx *ctx, struct http *h, struct xfer *x)
{
	char *host = NULL;
	url_parse(x->req->url, NULL, &host, NULL);
	if (x->attempt == 0)
		error_set(ctx, EXIT_NETWORK, "timeout", "out of time: the command's deadline (%.0f "
			  "s) passed before the request to '%s' was sent", h->deadline_s, host);
	else
		error_set(ctx, EXIT_NETWORK, "timeout", "out of time: no time was left to try '%s' "
			  "again after %d attempt%s", host, x->attempt, x->attempt == 1 ? "" : "s");
	error_detail(ctx, "hint: allow more time with %s SECONDS\n",
		     x->cut_by_command ? "--deadline" : "--timeout");
	free(host);
	return EXIT_NETWORK;
}

static void trace_line(struct ctx *ctx, struct http *h, struct xfer *x, CURLcode cc,
		       double wait)
{
	char status[64];
	if (!ctx->verbose)
		return;
	if (cc == CURLE_OK)
		snprintf(status, sizeof(status), "%ld", x->resp->status);
	else
		snprintf(status, sizeof(status), "failed (%s)", curl_easy_strerror(cc));
	fprintf(stderr, "gandi: %s %s -> %s in %.0f ms", x->req->method, x->req->url, status,
		x->resp->t_total * 1000);
	if (req_attempts(h, x->req) > 1 || x->attempt > 1)
		fprintf(stderr, ", attempt %d/%d", x->attempt, req_attempts(h, x->req));
	if (wait >= 0)
		fprintf(stderr, ", retrying in %.1f s", wait);
	fputc('\n', stderr);
}

/* Decide what follows a finished attempt: done, or a retry after some time. */
static void xfer_finish(struct ctx *ctx, struct http *h, struct xfer *x, CURLcode cc)
{
	struct http_response *resp = x->resp;
	curl_off_t t;
	if (curl_easy_getinfo(x->easy, CURLINFO_TOTAL_TIME_T, &t) == CURLE_OK)
		resp->t_total = (double)t / 1e6;
	if (curl_easy_getinfo(x->easy, CURLINFO_CONNECT_TIME_T, &t) == CURLE_OK)
		resp->t_connect = (double)t / 1e6;
	if (curl_easy_getinfo(x->easy, CURLINFO_APPCONNECT_TIME_T, &t) == CURLE_OK)
		resp->t_tls = (double)t / 1e6;
	if (cc == CURLE_OK)
		curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &resp->status);
	else {
		/* A failure before any byte of the request left (no connection, a refused
		 * certificate, a failed handshake, a connect timeout) cannot have reached
		 * the server; curl counts the request bytes it issued. */
		long sent = 0;
		curl_easy_getinfo(x->easy, CURLINFO_REQUEST_SIZE, &sent);
		resp->maybe_sent = !never_sent(cc) && sent > 0;
	}

	bool retry = false;
	if (x->attempt < req_attempts(h, x->req)) {
		if (cc == CURLE_OK)
			retry = idempotent(x->req->method) &&
				(resp->status == 429 || resp->status == 502 ||
				 resp->status == 503 || resp->status == 504);
		else
			retry = never_sent(cc) ? cc != CURLE_COULDNT_RESOLVE_HOST
					       : idempotent(x->req->method) && transient(cc);
	}
	double wait = -1;
	if (retry) {
		double cap = BACKOFF_BASE_MS * (double)(1 << (x->attempt - 1));
		if (cap > BACKOFF_CAP_MS)
			cap = BACKOFF_CAP_MS;
		wait = (cap / 2 + rand_unit(h) * cap / 2) / 1000.0;
		if (cc == CURLE_OK && resp->retry_after >= 0) {
			if (resp->retry_after > RETRY_AFTER_CAP)
				retry = false;
			else if ((double)resp->retry_after > wait)
				wait = (double)resp->retry_after;
		}
		/* no attempt that would start past the request's or the command's deadline */
		if (retry && time_left_ms(h, x, now_s() + wait, NULL) <= 0)
			retry = false;
	}
	trace_line(ctx, h, x, cc, retry ? wait : -1);
	if (cc != CURLE_OK && !retry)
		x->fail_code = network_error(ctx, h, x, cc);
	xfer_release(h, x);
	if (retry) {
		/* what this attempt may have done is remembered across the next ones */
		if (cc == CURLE_OK ? resp->status >= 500 || resp->status == 408 : resp->maybe_sent)
			resp->earlier_maybe_done = true;
		if (cc != CURLE_OK)
			resp->status = 0;
		x->not_before = now_s() + wait;
	} else {
		x->done = true;
	}
}

/* Start x's next attempt, or finish it when no time is left for one; returns whether it started. */
static bool xfer_begin(struct ctx *ctx, struct http *h, struct xfer *x)
{
	double now = now_s();
	if (x->attempt == 0)
		x->deadline = now + (double)req_timeout_ms(h, x->req) / 1000.0;
	long left = time_left_ms(h, x, now, &x->cut_by_command);
	if (left <= 0) {
		x->done = true;
		x->fail_code = out_of_time(ctx, h, x);
		return false;
	}
	xfer_start(ctx, h, x, left);
	return true;
}

/* Account for x's final answer, and hand it to done_fn; returns the exit code so far. */
static int xfer_settle(struct xfer *xs, struct xfer *x, size_t *done, int rc,
		       http_done_fn *done_fn, void *arg)
{
	(*done)++;
	if (x->fail_code && !rc)
		rc = x->fail_code;
	if (!rc && done_fn)
		rc = done_fn(arg, (size_t)(x - xs), x->resp);
	xfer_uncount(x); /* what done_fn released no longer counts */
	return rc;
}

/* What the progress line says while requests are under way or a retry is due. */
static void progress_wait(struct ctx *ctx, const struct xfer *xs, size_t n, size_t done,
			  double soonest)
{
	char detail[96] = "";
	if (!progress_on(ctx))
		return;
	if (soonest > 0) {
		long rate_limited = 0;
		for (size_t i = 0; i < n; i++)
			rate_limited |= !xs[i].done && !xs[i].active && xs[i].resp->status == 429;
		double left = soonest - now_s();
		snprintf(detail, sizeof(detail), "%sretrying in %.0f s",
			 rate_limited ? "Gandi's rate limit, " : "", left > 0 ? left : 0);
	} else if (n > 1) {
		snprintf(detail, sizeof(detail), "%zu of %zu answers", done, n);
	}
	progress_tick(ctx, detail[0] ? detail : NULL);
}

int http_send_each(struct ctx *ctx, const struct http_request *reqs,
		   struct http_response *resps, size_t n, int parallel, http_done_fn *done_fn,
		   void *arg)
{
	struct http *h = http_get(ctx);
	struct xfer *xs = xcalloc(n ? n : 1, sizeof(*xs));
	size_t done = 0, next = 0;
	int active = 0, rc = 0;

	for (size_t i = 0; i < n; i++) {
		xs[i].h = h;
		xs[i].req = &reqs[i];
		xs[i].resp = &resps[i];
		http_response_init(&resps[i]);
		int e = check_url(ctx, h, &reqs[i]);
		if (e) {
			rc = e;
			goto out;
		}
	}
	if (parallel < 1)
		parallel = 1;
	while (done < n) {
		double now = now_s(), soonest = -1;
		/* start what may start: first retries that are due, then new ones */
		for (size_t i = 0; i < next && active < parallel; i++) {
			struct xfer *x = &xs[i];
			if (!x->done && !x->active) {
				if (x->not_before <= now) {
					if (xfer_begin(ctx, h, x))
						active++;
					else if ((rc = xfer_settle(xs, x, &done, rc, done_fn, arg)))
						goto out;
				} else if (soonest < 0 || x->not_before < soonest) {
					soonest = x->not_before;
				}
			}
		}
		while (next < n && active < parallel) {
			struct xfer *x = &xs[next++];
			if (xfer_begin(ctx, h, x))
				active++;
			else if ((rc = xfer_settle(xs, x, &done, rc, done_fn, arg)))
				goto out;
		}
		if (done >= n)
			break;
		int running = 0;
		curl_multi_perform(h->multi, &running);
		CURLMsg *msg;
		int left;
		while ((msg = curl_multi_info_read(h->multi, &left))) {
			if (msg->msg != CURLMSG_DONE)
				continue;
			struct xfer *x = NULL;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&x);
			xfer_finish(ctx, h, x, msg->data.result);
			active--;
			if (x->done && (rc = xfer_settle(xs, x, &done, rc, done_fn, arg)))
				goto out;
		}
		if (done >= n)
			break;
		if (active < parallel && next < n)
			continue; /* a slot came free: start the next request now, not after a wait */
		progress_wait(ctx, xs, n, done, soonest);
		int wait_ms = 1000;
		if (active == 0 && soonest > 0) {
			double d = (soonest - now_s()) * 1000;
			wait_ms = d < 0 ? 0 : (int)d + 1;
			/* a second at a time on a terminal, so that the seconds left count down */
			if (wait_ms > 1000 && progress_on(ctx))
				wait_ms = 1000;
			if (wait_ms > 0)
				usleep((useconds_t)wait_ms * 1000);
			continue;
		}
		long due = progress_due_ms(ctx);
		if (due >= 0 && due < wait_ms)
			wait_ms = (int)due; /* the progress line on time, not up to a second late */
		if (soonest > 0) {
			double d = (soonest - now_s()) * 1000;
			if (d < wait_ms)
				wait_ms = d < 0 ? 0 : (int)d + 1;
		}
		curl_multi_poll(h->multi, NULL, 0, wait_ms, NULL);
	}
out:
	for (size_t i = 0; i < n; i++) {
		if (xs[i].active)
			xfer_release(h, &xs[i]);
		h->held -= xs[i].counted; /* the caller's from now on */
	}
	free(xs);
	return rc;
}

int http_send_all(struct ctx *ctx, const struct http_request *reqs,
		  struct http_response *resps, size_t n, int parallel)
{
	return http_send_each(ctx, reqs, resps, n, parallel, NULL, NULL);
}

int http_send(struct ctx *ctx, const struct http_request *req, struct http_response *resp)
{
	return http_send_all(ctx, req, resp, 1, 1);
}
