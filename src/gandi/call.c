#include "gandi/call.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "cmd.h"
#include "error.h"
#include "gandi/stream.h"
#include "progress.h"
#include "util.h"
#include "xalloc.h"

#define PAGE_SIZE 100
/*
 * Pages read at most for one list: 500,000 items, far beyond any account or
 * zone Gandi holds, and a bound on a server that never ends its pages (or
 * announces 10^23 items). 5,000 requests are 5 minutes at Gandi's 1000 a
 * minute.
 */
#define PAGE_MAX 5000
/*
 * Pages fetched at once after the first: 100 pages take 1 + 7 round trips
 * (1 + 13 with 8, 1 + 4 with 32). Over HTTP/1.1 each is a connection, and a
 * TLS connection costs about 100 KB: 16 keeps a 10,000-record listing under
 * 16 MB resident over HTTPS (make bench), 32 would not. Over HTTP/2 they share
 * one connection. A burst well within Gandi's 1000 requests a minute.
 */
#define PAGE_PARALLEL 16

/* ---- building a call ---- */

void call_init(struct call *c, const char *method, const char *scope, unsigned flags)
{
	memset(c, 0, sizeof(*c));
	c->method = method;
	c->scope = scope;
	c->flags = flags;
}

void call_path(struct call *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	for (const char *p = fmt; *p; p++) {
		if (p[0] == '%' && p[1] == 's') {
			char *e = url_escape(va_arg(ap, const char *));
			buf_adds(&c->path, e);
			free(e);
			p++;
		} else {
			buf_addc(&c->path, *p);
		}
	}
	va_end(ap);
}

void call_query(struct call *c, const char *key, const char *value)
{
	if (!value)
		return;
	char *k = url_escape(key), *v = url_escape(value);
	buf_printf(&c->query, "%s%s=%s", c->query.len ? "&" : "", k, v);
	free(k);
	free(v);
}

void call_body(struct call *c, json_t *body)
{
	json_decref(c->body);
	c->body = body;
}

void call_about_domain(struct call *c, const char *domain)
{
	subject_free(&c->subject);
	c->subject.kind = SUBJECT_DOMAIN;
	c->subject.domain = xstrdup(domain);
}

void call_about_record(struct call *c, const char *zone, const char *name, const char *type)
{
	subject_free(&c->subject);
	c->subject.kind = SUBJECT_RECORD;
	c->subject.domain = xstrdup(zone);
	c->subject.name = xstrdup(name);
	c->subject.type = xstrdup(type);
}

void call_about_domains(struct call *c)
{
	subject_free(&c->subject);
	c->subject.kind = SUBJECT_DOMAINS;
}

void call_free(struct call *c)
{
	buf_free(&c->path);
	buf_free(&c->query);
	json_decref(c->body);
	subject_free(&c->subject);
	memset(c, 0, sizeof(*c));
}

static void call_copy(struct call *to, const struct call *from)
{
	call_init(to, from->method, from->scope, from->flags);
	buf_adds(&to->path, buf_str(&from->path));
	buf_adds(&to->query, buf_str(&from->query));
	to->body = json_incref(from->body);
	subject_copy(&to->subject, &from->subject);
}

/* The full URL, with page=N&per_page=100 when page > 0. */
static char *call_url(const struct ctx *ctx, const struct call *c, long page)
{
	const char *base = (c->flags & CALL_ID) ? ctx->id_url.value : ctx->api_url.value;
	struct buf u = {0};
	size_t n = base ? strlen(base) : 0;
	while (n > 0 && base[n - 1] == '/')
		n--;
	buf_add(&u, base ? base : "", n);
	buf_adds(&u, buf_str(&c->path));
	if (c->query.len)
		buf_printf(&u, "?%s", buf_str(&c->query));
	if (page > 0)
		buf_printf(&u, "%cper_page=%d&page=%ld", c->query.len ? '&' : '?', PAGE_SIZE, page);
	return buf_detach(&u);
}

char *call_target(const struct ctx *ctx, const struct call *c)
{
	return call_url(ctx, c, 0);
}

/* ---- what an answer means ---- */

static const char *find_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return hay;
	return NULL;
}

static bool is_html(const struct http_response *r)
{
	const char *b = buf_str(&r->body);
	if (r->content_type && strncasecmp(r->content_type, "text/html", 9) == 0)
		return true;
	while (isspace((unsigned char)*b))
		b++;
	return strncasecmp(b, "<!doctype html", 14) == 0 || strncasecmp(b, "<html", 5) == 0;
}

char *call_describe_body(const struct http_response *r)
{
	const char *b = buf_str(&r->body);
	if (r->body.len == 0)
		return xstrdup("an empty body");
	if (is_html(r)) {
		const char *t = find_ci(b, "<title>");
		const char *e = t ? find_ci(t, "</title>") : NULL;
		if (t && e && e - t - 7 < 120) {
			char *title = xstrndup(t + 7, (size_t)(e - t - 7));
			char *s = xasprintf("an HTML page (\"%s\"), probably from a proxy rather than "
					    "Gandi's API", title);
			free(title);
			return s;
		}
		return xstrdup("an HTML page, probably from a proxy rather than Gandi's API");
	}
	struct buf snip = {0};
	for (size_t i = 0; i < r->body.len && snip.len < 80; i++) {
		unsigned char c = (unsigned char)b[i];
		buf_addc(&snip, c >= 0x20 && c < 0x7f ? (char)c : ' ');
	}
	char *s = xasprintf("a body that is not valid JSON (truncated?): '%s%s'", buf_str(&snip),
			    r->body.len > 80 ? "..." : "");
	buf_free(&snip);
	return s;
}

static char *json_strdup(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? xstrdup(s) : NULL;
}

/* What an answer that is a failure means (its status and body read). */
static enum fault_kind fault_kind_of(const struct api_fault *f)
{
	long s = f->status;
	if (f->body && s != 401 && s != 403 && s != 404)
		return FAULT_NOT_GANDI;
	if (s == 401)
		return FAULT_REJECTED;
	if (s == 403)
		return FAULT_DENIED;
	if (s == 404)
		return f->object && strcmp(f->object, "HTTPNotFound") != 0 ? FAULT_NAMED_404
									 : FAULT_NOT_FOUND;
	if (s == 429)
		return FAULT_RATE_LIMITED;
	if (f->ninvalid > 0)
		return FAULT_INVALID;
	if (s == 409)
		return FAULT_CONFLICT;
	return FAULT_OTHER;
}

/* Move the pending error's text (what net/http.c said) into f. */
static void take_network_error(struct ctx *ctx, struct api_fault *f)
{
	f->net_code = ctx->err.code ? ctx->err.code : EXIT_NETWORK;
	f->net_kind = ctx->err.kind;
	f->net_message = ctx->err.message;
	f->net_detail = ctx->err.detail;
	ctx->err.kind = ctx->err.message = ctx->err.detail = NULL;
	error_clear(&ctx->err);
}

bool call_maybe_applied(const struct call *c, const struct http_response *r)
{
	/*
	 * An answer lost after the request went out, or a gateway's failure, at
	 * the last attempt or any earlier one (whatever the retries then got: a
	 * 503, a 429, a 400...).
	 */
	return strcmp(c->method, "GET") != 0 &&
	       (r->earlier_maybe_done ||
		(r->status == 0 ? r->maybe_sent : r->status >= 500 || r->status == 408));
}

struct api_fault *call_fault(struct ctx *ctx, const struct call *c, const struct http_response *r)
{
	struct api_fault *f = xcalloc(1, sizeof(*f));
	f->status = r->status;
	f->retry_after = r->retry_after;
	f->attempts = r->attempts;
	f->method = c->method;
	f->maybe_applied = call_maybe_applied(c, r);
	f->scope = c->scope;
	f->livedns = str_starts(buf_str(&c->path), "/livedns/");
	f->id_host = (c->flags & CALL_ID) != 0;
	subject_copy(&f->subject, &c->subject);
	if (r->status == 0) {
		f->kind = FAULT_NO_ANSWER;
		take_network_error(ctx, f);
		return f;
	}
	json_error_t jerr;
	json_t *j = r->body.len ? json_loadb(r->body.data, r->body.len, 0, &jerr) : NULL;
	if (json_is_object(j)) {
		f->message = json_strdup(j, "message");
		f->object = json_strdup(j, "object");
		const json_t *errors = json_object_get(j, "errors");
		size_t n = json_is_array(errors) ? json_array_size(errors) : 0;
		f->invalid = n ? xcalloc(n, sizeof(*f->invalid)) : NULL;
		for (size_t i = 0; i < n; i++) {
			const json_t *e = json_array_get(errors, i);
			f->invalid[f->ninvalid].name = json_strdup(e, "name");
			f->invalid[f->ninvalid].description = json_strdup(e, "description");
			f->ninvalid++;
		}
	} else {
		f->body = call_describe_body(r);
	}
	json_decref(j);
	f->kind = fault_kind_of(f);
	return f;
}

/* Whether an earlier attempt of this request may have done the work. */
static bool earlier_attempt(const struct http_response *r)
{
	return r->attempts > 1 && r->earlier_maybe_done;
}

/* An answer other than 2xx that the call expects, or CALL_FAILED. */
static enum call_outcome expected(const struct call *c, const struct http_response *r)
{
	if (c->flags & CALL_ANY_STATUS)
		return CALL_OK;
	if (r->status == 409 && (c->flags & CALL_EXISTS_409))
		return CALL_EXISTS;
	if (r->status != 404)
		return CALL_FAILED;
	if ((c->flags & CALL_DONE_404) && earlier_attempt(r))
		return CALL_DONE;
	if (c->flags & CALL_ABSENT_ANY_404)
		return CALL_ABSENT;
	if (c->flags & CALL_ABSENT_404) {
		/* the zone answered: the dns-record 404, not the generic one */
		json_error_t jerr;
		json_t *j = r->body.len ? json_loadb(r->body.data, r->body.len, 0, &jerr) : NULL;
		const char *object = json_string_value(json_object_get(j, "object"));
		bool named = object && strcmp(object, "HTTPNotFound") != 0;
		json_decref(j);
		if (named)
			return CALL_ABSENT;
	}
	return CALL_FAILED;
}

/*
 * Judge the answer in r->http; 0, or an exit code. A failure's facts go to
 * *fault when fault is not NULL, else into ctx->err.
 */
static int judge_into(struct ctx *ctx, const struct call *c, struct reply *r,
		      struct api_fault **fault)
{
	const struct http_response *h = &r->http;
	r->status = h->status;
	if (c->flags & CALL_ANY_STATUS) {
		r->outcome = CALL_OK; /* the caller reads the answer as it is */
		return 0;
	}
	if (h->status < 200 || h->status > 299) {
		r->outcome = expected(c, h);
		if (r->outcome != CALL_FAILED)
			return 0;
		struct api_fault *f = call_fault(ctx, c, h);
		if (!fault)
			return error_api(ctx, f);
		*fault = f;
		return api_fault_code(ctx, f);
	}
	r->outcome = CALL_OK;
	if ((c->flags & (CALL_TEXT | CALL_UNPARSED)) || h->body.len == 0 || h->status == 204)
		return 0;
	json_error_t jerr;
	/* any JSON value: a few endpoints answer a bare string (a TSIG key's configuration) */
	r->json = json_loadb(h->body.data, h->body.len, JSON_DECODE_ANY, &jerr);
	if (!r->json) {
		char *desc = call_describe_body(h);
		int rc = error_set(ctx, EXIT_ERROR, "api", "Gandi answered HTTP %ld with %s",
				   h->status, desc);
		free(desc);
		return rc;
	}
	return 0;
}

/* What the command table allows this command to send; 0 or EXIT_ERROR. */
static int allowed(struct ctx *ctx, const struct call *c)
{
	const struct cmd *cmd = ctx->cmd;
	bool reads = strcmp(c->method, "GET") == 0;
	if (cmd && !(cmd->flags & CMD_NET))
		return error_set(ctx, EXIT_ERROR, "internal", "'gandi %s' talks to no server, yet "
				 "it was about to send %s %s", cmd_name(cmd), c->method,
				 buf_str(&c->path));
	if (cmd && !reads && !(cmd->flags & CMD_MUTATES))
		return error_set(ctx, EXIT_ERROR, "internal", "'gandi %s' only reads, yet it was "
				 "about to send %s %s: nothing was sent", cmd_name(cmd), c->method,
				 buf_str(&c->path));
	if (ctx->dry_run && !reads && !(c->flags & CALL_DRY_RUN)) {
		if (cmd && (cmd->flags & CMD_DRY_RUN))
			return error_set(ctx, EXIT_ERROR, "internal", "a dry run was about to send "
					 "%s %s: nothing was sent", c->method, buf_str(&c->path));
		/* the first write of a command without a dry run of its own: shown, not sent */
		char *url = call_target(ctx, c);
		char *body = c->body ? json_dumps(c->body, JSON_COMPACT) : NULL;
		int rc = error_held(ctx, c->method, url, body);
		free(url);
		free(body);
		return rc;
	}
	return 0;
}

/* The HTTP request for c; its url (to free()) and body text (to free()) are set. */
static void request_of(const struct ctx *ctx, const struct call *c, long page,
		       struct http_request *req, char **url, char **body)
{
	*url = call_url(ctx, c, page);
	*body = c->body ? json_dumps(c->body, JSON_COMPACT) : NULL;
	*req = (struct http_request){
		.method = c->method,
		.url = *url,
		.accept = (c->flags & CALL_TEXT) ? "text/plain" : "application/json",
		.body = *body,
		.body_len = *body ? strlen(*body) : 0,
		.auth = !(c->flags & CALL_NO_TOKEN),
		.dry_run = (c->flags & CALL_DRY_RUN) != 0,
		.timeout_ms = c->timeout_ms,
		.max_attempts = c->max_attempts,
	};
}

void reply_free(struct reply *r)
{
	json_decref(r->json);
	http_response_free(&r->http);
	memset(r, 0, sizeof(*r));
	http_response_init(&r->http);
}

int call_try(struct ctx *ctx, const struct call *c, struct reply *r, struct api_fault **fault)
{
	struct http_request req;
	char *url = NULL, *body = NULL;
	memset(r, 0, sizeof(*r));
	http_response_init(&r->http);
	*fault = NULL;
	int rc = allowed(ctx, c);
	if (rc)
		return rc;
	request_of(ctx, c, 0, &req, &url, &body);
	if (http_send(ctx, &req, &r->http)) {
		*fault = call_fault(ctx, c, &r->http);
		rc = api_fault_code(ctx, *fault);
	} else {
		rc = judge_into(ctx, c, r, fault);
	}
	free(url);
	free(body);
	return rc;
}

int call_send(struct ctx *ctx, const struct call *c, struct reply *r)
{
	struct api_fault *fault = NULL;
	int rc = call_try(ctx, c, r, &fault);
	if (fault)
		rc = error_api(ctx, fault);
	return rc;
}

int call_send_all(struct ctx *ctx, const struct call *calls, struct reply *replies, size_t n,
		  int parallel)
{
	struct http_request *reqs = xcalloc(n + 1, sizeof(*reqs));
	struct http_response *resps = xcalloc(n + 1, sizeof(*resps));
	char **urls = xcalloc(n + 1, sizeof(*urls)), **bodies = xcalloc(n + 1, sizeof(*bodies));
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		memset(&replies[i], 0, sizeof(replies[i]));
		http_response_init(&replies[i].http);
		http_response_init(&resps[i]);
		if (!rc)
			rc = allowed(ctx, &calls[i]);
	}
	if (rc)
		goto out;
	for (size_t i = 0; i < n; i++)
		request_of(ctx, &calls[i], 0, &reqs[i], &urls[i], &bodies[i]);
	/* a request without an answer: net/http.c recorded why, and that error comes first */
	rc = http_send_all(ctx, reqs, resps, n, parallel);
	bool attached = false;
	for (size_t i = 0; i < n; i++) {
		struct reply *r = &replies[i];
		r->http = resps[i];
		http_response_init(&resps[i]);
		r->status = r->http.status;
		if (!r->status)
			r->outcome = CALL_NO_ANSWER;
		else if (r->status >= 200 && r->status <= 299)
			r->outcome = CALL_OK;
		else
			r->outcome = expected(&calls[i], &r->http);
		if (rc && !attached && r->outcome == CALL_NO_ANSWER) {
			error_api(ctx, call_fault(ctx, &calls[i], &r->http));
			attached = true;
		} else if (!rc && r->outcome == CALL_FAILED) {
			rc = error_api(ctx, call_fault(ctx, &calls[i], &r->http));
		}
	}
out:
	for (size_t i = 0; i < n; i++) {
		http_response_free(&resps[i]);
		free(urls[i]);
		free(bodies[i]);
	}
	free(reqs);
	free(resps);
	free(urls);
	free(bodies);
	return rc;
}

int call_decode_error(struct ctx *ctx, struct decoder *d)
{
	return error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: %s",
			 d->error ? d->error : "unreadable");
}

/* ---- collections ---- */

void gandi_pages_free(struct gandi_pages *p)
{
	if (p->call_) {
		call_free(p->call_);
		free(p->call_);
	}
	memset(p, 0, sizeof(*p));
}

/* "the list", "domain 'example.com'": what a page belongs to, for messages (to free()). */
static char *list_text(const struct call *c)
{
	char *what = subject_text(&c->subject);
	return what ? what : xstrdup("the list");
}

/*
 * Judge page number page of c (its answer in h) and read its items; 0 with
 * out filled, or an exit code with ctx->err set.
 */
static int page_read(struct ctx *ctx, const struct call *c, const struct schema *schema,
		     long page, const struct http_response *h, struct items *out)
{
	struct items_result res = {0};
	int rc = 0;
	memset(out, 0, sizeof(*out));
	if (h->status < 200 || h->status > 299)
		return error_api(ctx, call_fault(ctx, c, h));
	enum items_status st = h->body.len ? items_read(h->body.data, h->body.len, schema, 0,
							 out, &res)
					   : ITEMS_NOT_ARRAY;
	if (st == ITEMS_SYNTAX) {
		char *desc = call_describe_body(h);
		rc = error_set(ctx, EXIT_ERROR, "api", "Gandi answered HTTP %ld with %s", h->status,
			       desc);
		free(desc);
	} else if (st == ITEMS_NOT_ARRAY) {
		char *what = list_text(c);
		rc = error_set(ctx, EXIT_ERROR, "api", "page %ld of %s is not a JSON array as "
			       "expected", page, what);
		free(what);
	} else if (st == ITEMS_BAD_ITEM) {
		rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: %s", res.error);
	}
	free(res.error);
	if (rc)
		items_free(out);
	return rc;
}

/*
 * Send page number page of c; 0 with out holding its items, or an exit code.
 * The items' raw text points into h's body: the caller frees h (initialised
 * here) once it is done with them.
 */
static int get_page(struct ctx *ctx, const struct call *c, const struct schema *schema,
		    long page, struct items *out, struct http_response *h)
{
	struct http_request req;
	char *url = NULL, *body = NULL;
	memset(out, 0, sizeof(*out));
	http_response_init(h);
	int rc = allowed(ctx, c);
	if (rc)
		return rc;
	request_of(ctx, c, page, &req, &url, &body);
	rc = http_send(ctx, &req, h);
	if (rc)
		error_api(ctx, call_fault(ctx, c, h));
	else
		rc = page_read(ctx, c, schema, page, h, out);
	free(url);
	free(body);
	return rc;
}

/* More items than announced: Gandi's count and its pages disagree. */
static int too_many(struct ctx *ctx, const struct gandi_pages *p, size_t have, long page)
{
	int rc = error_set(ctx, EXIT_ERROR, "incomplete",
			   "Gandi announced %lld items (Total-Count/Filtered-Count) but its pages "
			   "held more: %zu by page %ld",
			   p->total, have, page);
	error_detail(ctx, "nothing is shown rather than a list that may be wrong; retry in a "
			  "moment\n");
	return rc;
}

/* A list longer than gandi reads (PAGE_MAX pages), announced or met. */
static int too_long(struct ctx *ctx, const struct gandi_pages *p, bool announced)
{
	char *what = list_text(p->call_);
	int rc = announced
			 ? error_set(ctx, EXIT_ERROR, "incomplete",
				     "Gandi announced %s%lld items for %s (Total-Count/Filtered-"
				     "Count), more than gandi reads in one list (%d pages of %ld)",
				     p->total == LLONG_MAX ? "at least " : "", p->total, what,
				     PAGE_MAX, p->page_len)
			 : error_set(ctx, EXIT_ERROR, "incomplete",
				     "the pages of %s did not end after %d pages of %ld items",
				     what, PAGE_MAX, p->page_len);
	error_detail(ctx, "nothing is shown; a list this long is not one Gandi holds, or a "
			  "server that does not page as Gandi does answered\n");
	free(what);
	return rc;
}

/* Once the last page is in: fewer items than announced is an error, never a shorter list. */
static int pages_complete(struct ctx *ctx, const struct gandi_pages *p)
{
	if (p->total < 0 || (long long)p->have >= p->total)
		return 0;
	int rc = error_set(ctx, EXIT_ERROR, "incomplete",
			   "Gandi announced %lld items (Total-Count/Filtered-Count) but its pages "
			   "held %zu",
			   p->total, p->have);
	error_detail(ctx, "nothing is shown rather than a partial list; retry in a moment\n");
	return rc;
}

/*
 * Page number page of p (its items read) joins the list: its items to each(),
 * then p->next moves on, or becomes 0 when the page is not full (the end).
 * 0 or an exit code.
 */
static int page_take(struct ctx *ctx, struct gandi_pages *p, long page, struct items *it,
		     call_item_fn *each, void *arg)
{
	size_t m = it->len;
	if (p->total >= 0 && (long long)(p->have + m) > p->total)
		return too_many(ctx, p, p->have + m, page);
	int rc = 0;
	for (size_t i = 0; !rc && i < m; i++)
		rc = each(arg, it->v[i].data, &it->v[i].raw);
	p->have += m;
	if (rc)
		return rc;
	if ((long)m < p->page_len || m == 0) {
		p->next = 0; /* the end: the first page that is not full */
		return pages_complete(ctx, p);
	}
	p->next = page + 1;
	if (p->next > PAGE_MAX)
		return too_long(ctx, p, false);
	return 0;
}

int call_pages_first(struct ctx *ctx, const struct call *c, const struct schema *schema,
		     struct gandi_pages *p, call_item_fn *each, void *arg)
{
	struct items first;
	struct http_response h;
	memset(p, 0, sizeof(*p));
	p->call_ = xcalloc(1, sizeof(*p->call_));
	call_copy(p->call_, c);
	p->schema_ = schema;
	p->total = -1;
	p->page_len = PAGE_SIZE;
	http_response_init(&h);
	struct http_request req;
	char *url = NULL, *body = NULL;
	int rc = allowed(ctx, c);
	if (rc)
		return rc;
	request_of(ctx, c, 1, &req, &url, &body);
	rc = http_send(ctx, &req, &h);
	if (rc) {
		error_api(ctx, call_fault(ctx, c, &h));
		goto out;
	}
	if ((rc = page_read(ctx, c, schema, 1, &h, &first)))
		goto out;
	/* with filters, Filtered-Count tells how many match; Total-Count how many exist */
	p->total = h.filtered_count >= 0 ? h.filtered_count : h.total_count;
	long n = (long)first.len;
	/* a server whose pages hold more, or (it says there are more) fewer, than asked */
	if (n > PAGE_SIZE || (n > 0 && p->total > n))
		p->page_len = n;
	if (p->total > 0 && n == 0) {
		rc = error_set(ctx, EXIT_ERROR, "incomplete",
			       "Gandi announced %lld items but sent an empty first page", p->total);
	} else if (p->total >= 0 && p->total / p->page_len >= PAGE_MAX) {
		rc = too_long(ctx, p, true);
	} else if (!(rc = page_take(ctx, p, 1, &first, each, arg)) && p->next && p->total >= 0) {
		/* the pages the count announces, and one more when they are all full */
		p->last = (long)(p->total / p->page_len) + 1;
		if (p->last < p->next)
			p->last = p->next;
	}
	items_free(&first);
out:
	http_response_free(&h);
	free(url);
	free(body);
	if (rc)
		p->next = 0;
	return rc;
}

/* The pages from p->next, one after the other (Gandi did not tell the total). */
static int pages_one_by_one(struct ctx *ctx, struct gandi_pages *p, long max_pages,
			    call_item_fn *each, void *arg)
{
	int rc = 0;
	for (long n = 0; n < max_pages && p->next && !rc; n++) {
		struct items it;
		struct http_response h;
		long page = p->next;
		rc = get_page(ctx, p->call_, p->schema_, page, &it, &h);
		if (!rc)
			rc = page_take(ctx, p, page, &it, each, arg);
		items_free(&it);
		http_response_free(&h);
	}
	return rc;
}

int call_pages_next(struct ctx *ctx, struct gandi_pages *p, long max_pages, call_item_fn *each,
		    void *arg)
{
	if (!p->next || max_pages < 1)
		return 0;
	if (p->total < 0)
		return pages_one_by_one(ctx, p, max_pages, each, arg);
	size_t n = (size_t)(p->last - p->next + 1);
	if ((long)n > max_pages)
		n = (size_t)max_pages;
	const struct call *c = p->call_;
	struct http_request *reqs = xcalloc(n, sizeof(*reqs));
	struct http_response *resps = xcalloc(n, sizeof(*resps));
	struct items *pages = xcalloc(n, sizeof(*pages));
	char **urls = xcalloc(n, sizeof(*urls)), **bodies = xcalloc(n, sizeof(*bodies));
	long first = p->next;
	int rc = allowed(ctx, c);
	for (size_t i = 0; i < n; i++) {
		http_response_init(&resps[i]);
		request_of(ctx, c, first + (long)i, &reqs[i], &urls[i], &bodies[i]);
	}
	if (!rc)
		rc = http_send_all(ctx, reqs, resps, n, GANDI_PAGES_PARALLEL);
	for (size_t i = 0; !rc && i < n; i++)
		rc = page_read(ctx, c, p->schema_, first + (long)i, &resps[i], &pages[i]);
	if (rc) {
		error_detail(ctx, "nothing is shown rather than a partial list\n");
		goto out;
	}
	/* every page of the batch is in: only now are they handed over */
	for (size_t i = 0; !rc && i < n && p->next; i++)
		rc = page_take(ctx, p, first + (long)i, &pages[i], each, arg);
out:
	for (size_t i = 0; i < n; i++) {
		http_response_free(&resps[i]);
		items_free(&pages[i]);
		free(urls[i]);
		free(bodies[i]);
	}
	free(reqs);
	free(resps);
	free(pages);
	free(urls);
	free(bodies);
	return rc;
}

/* The pages after the first, handed over in order as they arrive. */
struct pager {
	struct ctx *ctx;
	struct gandi_pages *p;
	call_item_fn *each;
	void *arg;
	struct http_response *resps;
	bool *ready;        /* arrived, waiting for a page before it */
	long first;         /* the page resps[0] is */
	size_t n, next;     /* how many pages; the next one to hand over */
	bool taken_failed;  /* the error came from handing a page over, not from reading it */
};

static int page_hand_over(struct pager *pg, size_t i)
{
	struct items it;
	long page = pg->first + (long)i;
	int rc = 0;
	if (pg->p->next) { /* pages after the end are not read */
		rc = page_read(pg->ctx, pg->p->call_, pg->p->schema_, page, &pg->resps[i], &it);
		if (!rc) {
			/* the caller's error, or a count that does not hold: it says it all */
			rc = page_take(pg->ctx, pg->p, page, &it, pg->each, pg->arg);
			pg->taken_failed = rc != 0;
			items_free(&it);
		}
	}
	http_response_free(&pg->resps[i]);
	http_response_init(&pg->resps[i]);
	return rc;
}

static int page_arrived(void *arg, size_t i, struct http_response *resp)
{
	struct pager *pg = arg;
	int rc = 0;
	(void)resp;
	pg->ready[i] = true;
	while (!rc && pg->next < pg->n && pg->ready[pg->next])
		rc = page_hand_over(pg, pg->next++);
	return rc;
}

/* Every page from p->next to p->last, PAGE_PARALLEL at a time, to each() in order. */
static int pages_stream(struct ctx *ctx, struct gandi_pages *p, call_item_fn *each, void *arg)
{
	struct pager pg = {.ctx = ctx, .p = p, .each = each, .arg = arg, .first = p->next};
	pg.n = (size_t)(p->last - p->next + 1);
	struct http_request *reqs = xcalloc(pg.n, sizeof(*reqs));
	char **urls = xcalloc(pg.n, sizeof(*urls)), **bodies = xcalloc(pg.n, sizeof(*bodies));
	pg.resps = xcalloc(pg.n, sizeof(*pg.resps));
	pg.ready = xcalloc(pg.n, sizeof(*pg.ready));
	for (size_t i = 0; i < pg.n; i++) {
		http_response_init(&pg.resps[i]);
		request_of(ctx, p->call_, pg.first + (long)i, &reqs[i], &urls[i], &bodies[i]);
	}
	int rc = allowed(ctx, p->call_);
	if (!rc)
		rc = http_send_each(ctx, reqs, pg.resps, pg.n, PAGE_PARALLEL, page_arrived, &pg);
	if (rc && !pg.taken_failed)
		error_detail(ctx, "nothing is shown rather than a partial list\n");
	p->next = 0; /* the last page is never full: page_take() found too many before */
	for (size_t i = 0; i < pg.n; i++) {
		http_response_free(&pg.resps[i]);
		free(urls[i]);
		free(bodies[i]);
	}
	free(reqs);
	free(urls);
	free(bodies);
	free(pg.resps);
	free(pg.ready);
	return rc;
}

int call_list(struct ctx *ctx, const struct call *c, const struct schema *schema,
	      call_item_fn *each, void *arg)
{
	struct gandi_pages p;
	char *what = list_text(c);
	progress_step(ctx, "reading %s", what);
	int rc = call_pages_first(ctx, c, schema, &p, each, arg);
	if (!rc && p.next && p.total >= 0) {
		progress_step(ctx, "reading %s: %lld items", what, p.total);
		rc = pages_stream(ctx, &p, each, arg);
	}
	/* without Total-Count: page after page until one that is not full */
	while (!rc && p.next) {
		progress_step(ctx, "reading %s: page %ld", what, p.next);
		rc = call_pages_next(ctx, &p, 1, each, arg);
	}
	free(what);
	gandi_pages_free(&p);
	return rc;
}
