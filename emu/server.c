#include "server.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "crypto.h"
#include "limiter.h"
#include "persist.h"

/* Largest request body accepted (a 10,000-record zone import is ~1 MiB). */
#define MAX_BODY (64u << 20)

/* Where a request is: its connection is suspended (no thread held) while it
 * sleeps for --latency and while its change is being made durable. */
enum stage {
	ST_BODY,     /* gathering the body */
	ST_SLEEPING, /* suspended for --latency */
	ST_AWAKE,    /* to be processed */
	ST_SAVING,   /* suspended until its change is durable */
	ST_ANSWER,   /* to be answered */
};

struct inflight;

/* A request sleeping for --latency until due. */
struct sleeper {
	struct timespec due;
	struct inflight *in;
	struct sleeper *next;
};

struct server {
	struct MHD_Daemon *d;
	struct emu *emu;
	pthread_mutex_t m;
	pthread_cond_t cv;
	struct sleeper *sleepers; /* by due time */
	bool stop, timer_started;
	pthread_t timer;
	atomic_int suspended; /* connections suspended now */
	bool limit_logged; /* the last "connection limit" message, under m */
	long limit_logged_at;
	unsigned long limit_skipped;
};

/* A request in flight: what handlers see, plus MHD bookkeeping. */
struct inflight {
	struct req rq;
	struct server *srv;
	bool started;
	enum stage stage;
	struct resp rs;
	enum fault fault;
	bool saved; /* its change is durable */
};

const char *req_header(const struct req *rq, const char *name)
{
	return MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, name);
}

static void resp_free(struct resp *rs);

static void req_free(struct inflight *in)
{
	if (!in)
		return;
	struct req *rq = &in->rq;
	free(rq->raw_uri);
	free(rq->path);
	free(rq->query_raw);
	query_free(&rq->q);
	for (size_t i = 0; i < rq->nseg; i++)
		free(rq->seg[i]);
	free(rq->seg);
	buf_free(&rq->body);
	free(rq->base);
	resp_free(&in->rs);
	free(in);
}

static void resp_free(struct resp *rs)
{
	buf_free(&rs->body);
	for (size_t i = 0; i < rs->nhdrs; i++) {
		free(rs->hdrs[i].name);
		free(rs->hdrs[i].value);
	}
	free(rs->hdrs);
	json_decref(rs->errors);
}

static void *uri_logger(void *cls, const char *uri, struct MHD_Connection *c)
{
	struct inflight *in = xcalloc(1, sizeof *in);
	in->srv = cls;
	in->rq.emu = in->srv->emu;
	in->rq.conn = c;
	in->rq.raw_uri = xstrdup(uri ? uri : "/");
	return in;
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls,
		      enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)c;
	(void)toe;
	req_free(*con_cls);
	*con_cls = NULL;
}

/* Split the raw URI into path, query and decoded segments. */
static void parse_uri(struct req *rq)
{
	const char *q = strchr(rq->raw_uri, '?');
	size_t plen = q ? (size_t)(q - rq->raw_uri) : strlen(rq->raw_uri);
	rq->path = xstrndup(rq->raw_uri, plen);
	rq->query_raw = xstrdup(q ? q + 1 : "");
	if (query_parse(&rq->q, rq->query_raw) < 0)
		rq->bad_query = true;
	size_t cap = 0;
	const char *p = rq->path;
	if (*p != '/')
		return;
	while (*p == '/') {
		p++;
		const char *e = strchr(p, '/');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		char *s = pct_decode(p, l, false);
		if (!s)
			s = xstrdup("\x01"); /* matches no route: a 404 */
		rq->seg = xgrow(rq->seg, &cap, rq->nseg + 1, sizeof *rq->seg);
		rq->seg[rq->nseg++] = s;
		p += l;
	}
}

static void client_addr(struct MHD_Connection *c, char *out, size_t n)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	snprintf(out, n, "unknown");
	if (!ci || !ci->client_addr)
		return;
	const struct sockaddr *sa = ci->client_addr;
	if (sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out,
			  (socklen_t)n);
	else if (sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr,
			  out, (socklen_t)n);
}

/* ---- the request log ---------------------------------------------------- */

/* An Authorization value reduced to its scheme and last 4 characters. */
static char *redact(const char *v)
{
	const char *sp = strchr(v, ' ');
	const char *secret = sp ? sp + 1 : v;
	while (*secret == ' ')
		secret++;
	size_t n = strlen(secret);
	const char *tail = n >= 8 ? secret + n - 4 : "";
	if (sp)
		return xasprintf("%.*s ...%s", (int)(sp - v), v, tail);
	return xasprintf("...%s", tail);
}

static json_t *jclean(const char *s, size_t n)
{
	struct buf b = {0};
	utf8_clean(&b, s, n);
	json_t *j = json_stringn(buf_str(&b), b.len);
	buf_free(&b);
	if (!j)
		j = json_string("");
	return j;
}

static enum MHD_Result add_header(void *cls, enum MHD_ValueKind kind, const char *key,
				  const char *value)
{
	json_t *h = cls;
	(void)kind;
	char *k = lower_dup(key);
	char *v = NULL;
	if (strcmp(k, "authorization") == 0 || strcmp(k, "x-api-key") == 0)
		v = redact(value ? value : "");
	else
		v = xstrdup(value ? value : "");
	json_t *old = json_object_get(h, k);
	if (old) {
		char *joined = xasprintf("%s, %s", json_string_value(old), v);
		free(v);
		v = joined;
	}
	json_object_set_new(h, k, jclean(v, strlen(v)));
	free(v);
	free(k);
	return MHD_YES;
}

static void log_request(struct req *rq, unsigned status, enum fault f)
{
	struct emu *emu = rq->emu;
	struct timespec ts;
	char stamp[40], iso[ISO_LEN];
	clock_gettime(CLOCK_REALTIME, &ts);
	fmt_time(ts.tv_sec, iso);
	snprintf(stamp, sizeof stamp, "%.19s.%03ldZ", iso, ts.tv_nsec / 1000000);
	json_t *headers = json_object();
	MHD_get_connection_values(rq->conn, MHD_HEADER_KIND, add_header, headers);
	json_t *o = json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:i}", "time", stamp, "method",
			      jclean(rq->method, strlen(rq->method)), "path",
			      jclean(rq->path, strlen(rq->path)), "query",
			      jclean(rq->query_raw, strlen(rq->query_raw)), "headers", headers,
			      "body", jclean(buf_str(&rq->body), rq->body.len), "status",
			      (int)status);
	if (f != FAULT_NONE)
		json_object_set_new(o, "fault", json_string(fault_name(f)));
	char *line = json_dumps(o, JSON_COMPACT);
	pthread_mutex_lock(&emu->log_lock);
	fputs(line, emu->log);
	fputc('\n', emu->log);
	fflush(emu->log);
	pthread_mutex_unlock(&emu->log_lock);
	free(line);
	json_decref(o);
}

/* ---- responses ------------------------------------------------------------ */

static const char html_502[] =
	"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
	"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
	"</body>\r\n</html>\r\n";

static const char html_503[] =
	"<!DOCTYPE html>\n<html>\n  <head>\n    <title>503 Backend fetch failed</title>\n"
	"  </head>\n  <body>\n    <h1>Error 503 Backend fetch failed</h1>\n"
	"    <p>Backend fetch failed</p>\n    <h3>Guru Meditation:</h3>\n"
	"    <p>XID: 32770</p>\n    <hr>\n    <p>Varnish cache server</p>\n  </body>\n"
	"</html>\n";

/* A body sent only up to its middle, then the connection is closed. */
struct cut_body {
	char *data;
	size_t len, stop;
};

static ssize_t cut_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct cut_body *cb = cls;
	ssize_t ret = MHD_CONTENT_READER_END_WITH_ERROR;
	if (pos < cb->stop) {
		size_t n = cb->stop - (size_t)pos;
		if (n > max)
			n = max;
		memcpy(buf, cb->data + pos, n);
		ret = (ssize_t)n;
	}
	return ret;
}

static void cut_free(void *cls)
{
	struct cut_body *cb = cls;
	free(cb->data);
	free(cb);
}

/* The HTTP date of now, as in the Date header. */
static void http_date(char out[40])
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(out, 40, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

/* Gandi's headers for rs (gandi-api.md §12.7): the proxy's on every answer;
 * Expires and Last-Modified equal to Date unless the proxy made the answer;
 * from the front, the security headers, etag (NULL without a body) and
 * Accept-Ranges for a GET. */
static void add_headers(struct MHD_Response *r, const struct resp *rs, const char *method,
			const char *etag)
{
	char date[40];
	http_date(date);
	MHD_add_response_header(r, "Date", date);
	MHD_add_response_header(r, "Server", "nginx");
	MHD_add_response_header(r, "Via", "1.1 varnish-v4, 1.1 varnish-v4");
	MHD_add_response_header(r, "Cache-Control", "max-age=0, must-revalidate, no-cache, no-store");
	MHD_add_response_header(r, "Pragma", "no-cache");
	MHD_add_response_header(r, "Age", "0");
	MHD_add_response_header(r, "X-Cache", "MISS");
	MHD_add_response_header(r, "X-Cache-Hits", "0");
	if (rs->origin != FROM_PROXY) {
		MHD_add_response_header(r, "Expires", date);
		MHD_add_response_header(r, "Last-Modified", date);
	}
	if (rs->origin == FROM_FRONT) {
		MHD_add_response_header(r, "Strict-Transport-Security", "max-age=15768000;");
		MHD_add_response_header(r, "Vary", "Accept-Encoding, Accept-Language");
		MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
		MHD_add_response_header(r, "X-Frame-Options", "DENY");
		MHD_add_response_header(r, "X-XSS-Protection", "1; mode=block");
		if (etag)
			MHD_add_response_header(r, "ETag", etag);
		if (rs->status == 200 && (strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0))
			MHD_add_response_header(r, "Accept-Ranges", "bytes");
	}
	if (rs->ctype)
		MHD_add_response_header(r, "Content-Type", rs->ctype);
	for (size_t i = 0; i < rs->nhdrs; i++)
		MHD_add_response_header(r, rs->hdrs[i].name, rs->hdrs[i].value);
}

/* Queue rs; with a drop fault, the body stops halfway and the connection is
 * closed (or, for an empty body, the connection closes with no answer). */
static enum MHD_Result send_resp(struct MHD_Connection *c, struct resp *rs, const char *method,
				   bool drop)
{
	struct MHD_Response *r = NULL;
	enum MHD_Result ret = MHD_NO;
	size_t len = rs->body.len;
	char *etag = NULL;
	if (drop && len == 0)
		goto out;
	if (rs->origin == FROM_FRONT && len)
		etag = gandi_etag(rs->body.data, len);
	if (drop) {
		struct cut_body *cb = xcalloc(1, sizeof *cb);
		cb->len = len;
		cb->stop = len / 2;
		cb->data = buf_detach(&rs->body);
		r = MHD_create_response_from_callback(len, 4096, cut_reader, cb, cut_free);
	} else {
		r = MHD_create_response_from_buffer(len, len ? buf_detach(&rs->body) : NULL,
						    len ? MHD_RESPMEM_MUST_FREE
							: MHD_RESPMEM_PERSISTENT);
	}
	if (!r)
		goto out;
	add_headers(r, rs, method, etag);
	ret = MHD_queue_response(c, rs->status, r);
	MHD_destroy_response(r);
out:
	free(etag);
	return ret;
}

static long mono_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec;
}

/* The base URL of hrefs: the request's scheme and Host. */
static char *base_url(struct req *rq)
{
	const char *host = req_header(rq, "Host");
	bool ok = host && *host;
	for (const char *p = host; ok && *p; p++)
		ok = isalnum((unsigned char)*p) || strchr(".-:[]_", *p);
	return xasprintf("%s://%s", rq->emu->tls ? "https" : "http",
			 ok ? host : rq->emu->default_host);
}

/* ---- suspended requests ---------------------------------------------------- */

static void suspend(struct inflight *in, enum stage stage)
{
	in->stage = stage;
	atomic_fetch_add(&in->srv->suspended, 1);
	MHD_suspend_connection(in->rq.conn);
}

/* Resume a suspended request at stage; from any thread. */
static void resume(struct inflight *in, enum stage stage)
{
	in->stage = stage;
	atomic_fetch_sub(&in->srv->suspended, 1);
	MHD_resume_connection(in->rq.conn);
}

static bool before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* Suspend in for ms milliseconds; false when the server is stopping. */
static bool sleep_request(struct inflight *in, unsigned ms)
{
	struct server *s = in->srv;
	struct sleeper *z = xcalloc(1, sizeof *z);
	clock_gettime(CLOCK_MONOTONIC, &z->due);
	z->due.tv_sec += ms / 1000;
	z->due.tv_nsec += (long)(ms % 1000) * 1000000L;
	if (z->due.tv_nsec >= 1000000000L) {
		z->due.tv_sec++;
		z->due.tv_nsec -= 1000000000L;
	}
	z->in = in;
	pthread_mutex_lock(&s->m);
	if (s->stop) {
		pthread_mutex_unlock(&s->m);
		free(z);
		return false;
	}
	suspend(in, ST_SLEEPING);
	struct sleeper **pp = &s->sleepers;
	while (*pp && !before(&z->due, &(*pp)->due))
		pp = &(*pp)->next;
	z->next = *pp;
	*pp = z;
	pthread_cond_signal(&s->cv);
	pthread_mutex_unlock(&s->m);
	return true;
}

/* The thread that wakes sleeping requests when they are due (all of them
 * at once when the server stops). */
static void *timer_main(void *arg)
{
	struct server *s = arg;
	pthread_mutex_lock(&s->m);
	for (;;) {
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		struct sleeper *z = s->sleepers;
		if (z && (s->stop || !before(&now, &z->due))) {
			s->sleepers = z->next;
			pthread_mutex_unlock(&s->m);
			resume(z->in, ST_AWAKE);
			free(z);
			pthread_mutex_lock(&s->m);
		} else if (s->stop) {
			break;
		} else if (z) {
			pthread_cond_timedwait(&s->cv, &s->m, &z->due);
		} else {
			pthread_cond_wait(&s->cv, &s->m);
		}
	}
	pthread_mutex_unlock(&s->m);
	return NULL;
}

static void saved(void *arg, bool ok)
{
	struct inflight *in = arg;
	in->saved = ok;
	resume(in, ST_ANSWER);
}

/* ---- one request ------------------------------------------------------------ */

/* Decide the answer: rate limit, faults, then the route. */
static void process(struct inflight *in)
{
	struct req *rq = &in->rq;
	struct emu *emu = rq->emu;
	struct resp *rs = &in->rs;
	rq->now = time(NULL);
	parse_uri(rq);
	rq->base = base_url(rq);
	unsigned wait = 0;
	if (emu->rl) {
		char addr[64];
		client_addr(rq->conn, addr, sizeof addr);
		wait = ratelimit_hit(emu->rl, addr, mono_seconds());
	}
	if (wait) {
		char msg[160];
		snprintf(msg, sizeof msg,
			 "Too many requests: the limit is %u requests per %u seconds; retry after "
			 "%u seconds.",
			 ratelimit_max(emu->rl), ratelimit_window(emu->rl), wait);
		resp_error(rs, 429, "HTTPTooManyRequests", msg);
		resp_headerf(rs, "Retry-After", "%u", wait);
	} else if (emu->faults &&
		   (in->fault = faults_draw(emu->faults, rq->method)) != FAULT_NONE &&
		   in->fault != FAULT_DROP) {
		const char *html = in->fault == FAULT_502 ? html_502 : html_503;
		buf_adds(&rs->body, html);
		rs->status = in->fault == FAULT_502 ? 502 : 503;
		rs->ctype = in->fault == FAULT_502 ? "text/html" : "text/html; charset=utf-8";
		rs->origin = FROM_PROXY;
	} else {
		route(rq, rs);
	}
	if (!rs->status)
		resp_error(rs, 500, "HTTPInternalServerError", "The handler gave no answer.");
}

static enum MHD_Result answer(struct inflight *in)
{
	struct req *rq = &in->rq;
	if (in->rs.seq && !in->saved)
		resp_internal_error(&in->rs);
	if (rq->emu->log)
		log_request(rq, in->rs.status, in->fault);
	enum MHD_Result ret = send_resp(rq->conn, &in->rs, rq->method, in->fault == FAULT_DROP);
	resp_free(&in->rs);
	memset(&in->rs, 0, sizeof in->rs);
	return ret;
}

/* The request is complete: sleep, process, wait for its change to be
 * durable, answer; each wait suspends the connection and returns. */
static enum MHD_Result handle(struct inflight *in)
{
	struct emu *emu = in->rq.emu;
	bool stopping = atomic_load(&emu->stopping);
	if (in->stage == ST_BODY) {
		if (emu->latency_ms && !stopping && sleep_request(in, emu->latency_ms))
			return MHD_YES;
		in->stage = ST_AWAKE;
	}
	if (in->stage == ST_AWAKE) {
		process(in);
		in->stage = ST_ANSWER;
		if (in->rs.seq && stopping) {
			in->saved = persist_sync(emu->persist, in->rs.seq);
		} else if (in->rs.seq) {
			suspend(in, ST_SAVING);
			persist_wait(emu->persist, in->rs.seq, saved, in);
			return MHD_YES;
		}
	}
	return answer(in);
}

static enum MHD_Result access_cb(void *cls, struct MHD_Connection *c, const char *url,
				 const char *method, const char *version,
				 const char *upload_data, size_t *upload_data_size,
				 void **con_cls)
{
	struct inflight *in = *con_cls;
	(void)version;
	if (!in) {
		in = uri_logger(cls, url, c);
		*con_cls = in;
	}
	enum MHD_Result ret = MHD_YES;
	if (!in->started) {
		/* first call: headers only */
		in->started = true;
		in->rq.method = method;
	} else if (*upload_data_size) {
		if (in->rq.body.len + *upload_data_size > MAX_BODY)
			in->rq.body_too_big = true;
		else
			buf_add(&in->rq.body, upload_data, *upload_data_size);
		*upload_data_size = 0;
	} else {
		ret = handle(in);
	}
	return ret;
}

static void mhd_log(void *cls, const char *fmt, va_list ap) XATTR_PRINTF(2, 0);

/* libmicrohttpd's messages on stderr; the one of a refused connection at
 * most every 10 seconds (a client over its limit would flood stderr). */
static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	struct server *s = cls;
	struct buf b = {0};
	bool show = true;
	unsigned long skipped = 0;
	buf_vprintf(&b, fmt, ap);
	while (b.len && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == '.'))
		b.data[--b.len] = '\0';
	if (strstr(buf_str(&b), "connection limit")) {
		long now = mono_seconds();
		pthread_mutex_lock(&s->m);
		show = !s->limit_logged || now - s->limit_logged_at >= 10;
		if (show) {
			skipped = s->limit_skipped;
			s->limit_skipped = 0;
			s->limit_logged = true;
			s->limit_logged_at = now;
		} else {
			s->limit_skipped++;
		}
		pthread_mutex_unlock(&s->m);
	}
	if (show && skipped)
		fprintf(stderr, "gandi-emu: libmicrohttpd: %s (and %lu more since the last such "
				"message)\n",
			buf_str(&b), skipped);
	else if (show)
		fprintf(stderr, "gandi-emu: libmicrohttpd: %s\n", buf_str(&b));
	buf_free(&b);
}

struct server *server_start(struct emu *emu, const struct server_opts *o, char **url,
			    struct buf *err)
{
	struct server *s = NULL;
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE};
	struct addrinfo *ai = NULL;
	int rc = getaddrinfo(o->host, o->port, &hints, &ai);
	if (rc != 0) {
		buf_printf(err, "cannot resolve listen address '%s:%s': %s", o->host, o->port,
			   gai_strerror(rc));
		goto out;
	}
	/* A pool of polling threads; a request that waits (--latency, a change
	 * being made durable) suspends its connection instead of holding one. */
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG |
			 MHD_USE_SUPPRESS_DATE_NO_CLOCK | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_EPOLL;
	unsigned threads = o->threads;
	if (!threads) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		threads = n < 2 ? 2 : (unsigned)n;
	}
	if (ai->ai_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	if (o->tls_cert)
		flags |= MHD_USE_TLS;
	s = xcalloc(1, sizeof *s);
	s->emu = emu;
	pthread_mutex_init(&s->m, NULL);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&s->cv, &ca);
	pthread_condattr_destroy(&ca);
	struct MHD_OptionItem opts[] = {
		{MHD_OPTION_EXTERNAL_LOGGER, (intptr_t)mhd_log, s},
		{MHD_OPTION_SOCK_ADDR, 0, ai->ai_addr},
		{MHD_OPTION_URI_LOG_CALLBACK, (intptr_t)uri_logger, s},
		{MHD_OPTION_NOTIFY_COMPLETED, (intptr_t)completed, NULL},
		{MHD_OPTION_CONNECTION_TIMEOUT, (intptr_t)o->idle_timeout, NULL},
		{MHD_OPTION_CONNECTION_LIMIT, 4096, NULL},
		{MHD_OPTION_PER_IP_CONNECTION_LIMIT, (intptr_t)o->client_connections, NULL},
		{MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024, NULL},
		{MHD_OPTION_THREAD_POOL_SIZE, (intptr_t)threads, NULL},
		{o->tls_cert ? MHD_OPTION_HTTPS_MEM_CERT : MHD_OPTION_ARRAY, 0,
		 (void *)(uintptr_t)o->tls_cert},
		{o->tls_key ? MHD_OPTION_HTTPS_MEM_KEY : MHD_OPTION_ARRAY, 0,
		 (void *)(uintptr_t)o->tls_key},
		{MHD_OPTION_END, 0, NULL},
	};
	/* Unused slots are skipped by compacting the array. */
	struct MHD_OptionItem used[sizeof opts / sizeof opts[0]];
	size_t nu = 0;
	for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++)
		if (opts[i].option != MHD_OPTION_ARRAY)
			used[nu++] = opts[i];
	s->d = MHD_start_daemon(flags, 0, NULL, NULL, access_cb, s, MHD_OPTION_ARRAY, used,
				MHD_OPTION_END);
	if (!s->d) {
		buf_printf(err, "cannot listen on '%s:%s'%s", o->host, o->port,
			   o->tls_cert ? " (or the TLS certificate or key is not valid PEM)" : "");
		server_stop(s);
		s = NULL;
		goto out;
	}
	if (emu->latency_ms)
		s->timer_started = pthread_create(&s->timer, NULL, timer_main, s) == 0;
	const union MHD_DaemonInfo *di = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
	unsigned port = di ? di->port : 0;
	char hostbuf[NI_MAXHOST];
	const char *shown = o->host;
	if (getnameinfo(ai->ai_addr, ai->ai_addrlen, hostbuf, sizeof hostbuf, NULL, 0,
			NI_NUMERICHOST) == 0)
		shown = hostbuf;
	if (strcmp(shown, "0.0.0.0") == 0)
		shown = "127.0.0.1";
	else if (strcmp(shown, "::") == 0)
		shown = "::1";
	bool v6 = strchr(shown, ':') != NULL;
	*url = xasprintf("%s://%s%s%s:%u", o->tls_cert ? "https" : "http", v6 ? "[" : "", shown,
			 v6 ? "]" : "", port);
	emu->default_host = xasprintf("%s%s%s:%u", v6 ? "[" : "", shown, v6 ? "]" : "", port);
out:
	if (ai)
		freeaddrinfo(ai);
	return s;
}

void server_stop(struct server *s)
{
	if (!s)
		return;
	/* No request suspends from now on; wake the sleeping ones, wait for the
	 * ones being saved, then stop (MHD must have none suspended). */
	atomic_store(&s->emu->stopping, true);
	pthread_mutex_lock(&s->m);
	s->stop = true;
	pthread_cond_signal(&s->cv);
	pthread_mutex_unlock(&s->m);
	if (s->timer_started)
		pthread_join(s->timer, NULL);
	for (int i = 0; i < 3000 && atomic_load(&s->suspended) > 0; i++) {
		struct timespec ms = {0, 1000000L};
		nanosleep(&ms, NULL);
	}
	if (s->d)
		MHD_stop_daemon(s->d);
	pthread_mutex_destroy(&s->m);
	pthread_cond_destroy(&s->cv);
	free(s);
}
