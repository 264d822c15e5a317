#include "gandi/api.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "gandi/call.h"
#include "gandi/decode.h"
#include "error.h"
#include "util.h"
#include "xalloc.h"

#define PAGE_SIZE 100
/*
 * Pages fetched at once after the first: 100 pages take 1 + 7 round trips
 * (1 + 13 with 8, 1 + 4 with 32). Over HTTP/1.1 each is a connection, and a
 * TLS connection costs about 100 KB: 16 keeps a 10,000-record listing under
 * 16 MB resident over HTTPS (make bench), 32 would not. Over HTTP/2 they share
 * one connection. A burst well within Gandi's 1000 requests a minute.
 */
#define PAGE_PARALLEL 16

static char *base_url(const char *base, const char *fmt, va_list ap) XATTR_PRINTF(2, 0);

static char *base_url(const char *base, const char *fmt, va_list ap)
{
	struct buf b = {0};
	size_t n = strlen(base);
	while (n > 0 && base[n - 1] == '/')
		n--;
	buf_add(&b, base, n);
	buf_vprintf(&b, fmt, ap);
	return buf_detach(&b);
}

char *api_url(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *u = base_url(ctx->api_url.value, fmt, ap);
	va_end(ap);
	return u;
}

char *id_url(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *u = base_url(ctx->id_url.value, fmt, ap);
	va_end(ap);
	return u;
}

void api_result_free(struct api_result *res)
{
	json_decref(res->json);
	http_response_free(&res->http);
	memset(res, 0, sizeof(*res));
}

int api_error(struct ctx *ctx, const struct http_response *r, const char *subject)
{
	struct call c;
	call_init(&c, "GET", ctx->scope, 0);
	if (subject) {
		c.subject.kind = SUBJECT_TEXT;
		c.subject.name = xstrdup(subject);
	}
	int rc = error_api(ctx, call_fault(ctx, &c, r));
	call_free(&c);
	return rc;
}

static int finish(struct ctx *ctx, unsigned flags, const char *subject, struct api_result *res)
{
	const struct http_response *r = &res->http;
	res->status = r->status;
	if (r->status < 200 || r->status > 299) {
		if (r->status == 404 && (flags & API_QUIET_404))
			return EXIT_NOTFOUND;
		return api_error(ctx, r, subject);
	}
	if ((flags & API_TEXT) || r->body.len == 0 || r->status == 204)
		return 0;
	json_error_t jerr;
	res->json = json_loadb(r->body.data, r->body.len, 0, &jerr);
	if (!res->json) {
		char *desc = call_describe_body(r);
		int rc = error_set(ctx, EXIT_ERROR, "api", "Gandi answered HTTP %ld with %s",
				   r->status, desc);
		free(desc);
		return rc;
	}
	return 0;
}

int api_call_raw(struct ctx *ctx, const char *method, const char *url, const char *body,
		 size_t len, const char *content_type, unsigned flags, const char *subject,
		 struct api_result *res)
{
	struct http_request req = {
		.method = method,
		.url = url,
		.accept = (flags & API_TEXT) ? "text/plain" : "application/json",
		.content_type = content_type,
		.body = body,
		.body_len = len,
		.auth = !(flags & API_NO_TOKEN),
		.dry_run = (flags & API_DRY_RUN) != 0,
	};
	memset(res, 0, sizeof(*res));
	int rc = http_send(ctx, &req, &res->http);
	if (rc) {
		struct call c;
		call_init(&c, method, ctx->scope, 0);
		error_api(ctx, call_fault(ctx, &c, &res->http));
		call_free(&c);
		return rc;
	}
	return finish(ctx, flags, subject, res);
}

int api_call(struct ctx *ctx, const char *method, const char *url, const json_t *body,
	     unsigned flags, const char *subject, struct api_result *res)
{
	char *text = body ? json_dumps(body, JSON_COMPACT) : NULL;
	int rc = api_call_raw(ctx, method, url, text, text ? strlen(text) : 0, NULL, flags,
			      subject, res);
	free(text);
	return rc;
}

static char *page_url(const char *url, long page)
{
	return xasprintf("%s%cper_page=%d&page=%ld", url, strchr(url, '?') ? '&' : '?',
			 PAGE_SIZE, page);
}

static int page_items(struct ctx *ctx, struct api_result *res, long page, const char *subject)
{
	if (!json_is_array(res->json))
		return error_set(ctx, EXIT_ERROR, "api",
				 "page %ld of %s is not a JSON array as expected", page,
				 subject ? subject : "the list");
	return 0;
}

int api_pages_first(struct ctx *ctx, const char *url, const char *subject, struct api_pages *p,
		    json_t **items)
{
	struct api_result first;
	int rc;

	memset(p, 0, sizeof(*p));
	*items = NULL;
	char *u = page_url(url, 1);
	rc = api_call(ctx, "GET", u, NULL, 0, subject, &first);
	free(u);
	if (rc || (rc = page_items(ctx, &first, 1, subject)))
		goto out;
	/* with filters, Filtered-Count tells how many match; Total-Count how many exist */
	p->total = first.http.filtered_count >= 0 ? first.http.filtered_count
						  : first.http.total_count;
	p->page_len = (long)json_array_size(first.json);
	if (p->total < 0) {
		/* no Total-Count: page until a short page */
		p->next = p->page_len >= PAGE_SIZE ? 2 : 0;
	} else if ((long long)p->page_len < p->total) {
		if (p->page_len == 0) {
			rc = error_set(ctx, EXIT_ERROR, "incomplete",
				       "Gandi announced %lld items but sent an empty first page",
				       p->total);
			goto out;
		}
		p->next = 2;
		p->last = (long)((p->total + p->page_len - 1) / p->page_len);
	}
	p->url = xstrdup(url);
	p->subject = subject ? xstrdup(subject) : NULL;
	p->have = json_array_size(first.json);
	*items = json_incref(first.json);
out:
	api_result_free(&first);
	return rc;
}

/* Pages one by one until a short one, when Gandi did not tell the total. */
static int pages_unknown_total(struct ctx *ctx, struct api_pages *p, long max_pages,
			       json_t *items)
{
	int rc = 0;
	for (long n = 0; n < max_pages && p->next; n++) {
		struct api_result next;
		char *u = page_url(p->url, p->next);
		rc = api_call(ctx, "GET", u, NULL, 0, p->subject, &next);
		free(u);
		if (!rc)
			rc = page_items(ctx, &next, p->next, p->subject);
		if (!rc) {
			json_array_extend(items, next.json);
			p->have += json_array_size(next.json);
			p->next = json_array_size(next.json) >= PAGE_SIZE ? p->next + 1 : 0;
		}
		api_result_free(&next);
		if (rc)
			break;
	}
	return rc;
}

/* Once every page is in: fewer items than announced is an error, never a shorter list. */
static int pages_complete(struct ctx *ctx, const struct api_pages *p)
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

int api_pages_next(struct ctx *ctx, struct api_pages *p, long max_pages, json_t *items)
{
	struct http_request *reqs = NULL;
	struct http_response *resps = NULL;
	char **urls = NULL;
	json_t *got = NULL;
	int rc = 0;

	if (!p->next || max_pages < 1)
		return 0;
	if (p->total < 0)
		return pages_unknown_total(ctx, p, max_pages, items);
	size_t n = (size_t)(p->last - p->next + 1);
	if ((long)n > max_pages)
		n = (size_t)max_pages;
	got = json_array();
	reqs = xcalloc(n, sizeof(*reqs));
	resps = xcalloc(n, sizeof(*resps));
	urls = xcalloc(n, sizeof(*urls));
	for (size_t i = 0; i < n; i++) {
		urls[i] = page_url(p->url, p->next + (long)i);
		reqs[i] = (struct http_request){.method = "GET", .url = urls[i], .auth = true};
	}
	rc = http_send_all(ctx, reqs, resps, n, API_PAGES_PARALLEL);
	for (size_t i = 0; !rc && i < n; i++) {
		struct api_result pr = {.http = resps[i]};
		memset(&resps[i], 0, sizeof(resps[i]));
		rc = finish(ctx, 0, p->subject, &pr);
		if (!rc)
			rc = page_items(ctx, &pr, p->next + (long)i, p->subject);
		if (!rc)
			json_array_extend(got, pr.json);
		api_result_free(&pr);
	}
	for (size_t i = 0; i < n; i++) {
		http_response_free(&resps[i]);
		free(urls[i]);
	}
	if (rc) {
		error_detail(ctx, "nothing is shown rather than a partial list\n");
		goto out;
	}
	json_array_extend(items, got);
	p->have += json_array_size(got);
	p->next += (long)n;
	if (p->next > p->last) {
		p->next = 0;
		rc = pages_complete(ctx, p);
	}
out:
	json_decref(got);
	free(reqs);
	free(resps);
	free(urls);
	return rc;
}

void api_pages_free(struct api_pages *p)
{
	free(p->url);
	free(p->subject);
	memset(p, 0, sizeof(*p));
}

/* The pages after the first, handed over in order as they arrive. */
struct pager {
	struct ctx *ctx;
	struct api_pages *p;
	api_page_fn *each;
	void *arg;
	struct http_response *resps;
	bool *ready;        /* arrived, waiting for a page before it */
	size_t n, next;     /* how many pages; the next one to hand over */
	bool each_failed;   /* the error came from the caller's function, not a page */
};

static int page_hand_over(struct pager *pg, size_t i)
{
	struct api_result pr = {.http = pg->resps[i]};
	long page = pg->p->next + (long)i;
	http_response_init(&pg->resps[i]);
	int rc = finish(pg->ctx, 0, pg->p->subject, &pr);
	if (!rc)
		rc = page_items(pg->ctx, &pr, page, pg->p->subject);
	if (!rc) {
		pg->p->have += json_array_size(pr.json);
		rc = pg->each(pg->arg, pr.json);
		pg->each_failed = rc != 0;
	}
	api_result_free(&pr);
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
static int pages_stream(struct ctx *ctx, struct api_pages *p, api_page_fn *each, void *arg)
{
	struct pager pg = {.ctx = ctx, .p = p, .each = each, .arg = arg};
	pg.n = (size_t)(p->last - p->next + 1);
	struct http_request *reqs = xcalloc(pg.n, sizeof(*reqs));
	char **urls = xcalloc(pg.n, sizeof(*urls));
	pg.resps = xcalloc(pg.n, sizeof(*pg.resps));
	pg.ready = xcalloc(pg.n, sizeof(*pg.ready));
	for (size_t i = 0; i < pg.n; i++) {
		urls[i] = page_url(p->url, p->next + (long)i);
		reqs[i] = (struct http_request){.method = "GET", .url = urls[i], .auth = true};
	}
	int rc = http_send_each(ctx, reqs, pg.resps, pg.n, PAGE_PARALLEL, page_arrived, &pg);
	if (rc && !pg.each_failed)
		error_detail(ctx, "nothing is shown rather than a partial list\n");
	p->next = 0;
	if (!rc)
		rc = pages_complete(ctx, p);
	for (size_t i = 0; i < pg.n; i++) {
		http_response_free(&pg.resps[i]);
		free(urls[i]);
	}
	free(reqs);
	free(urls);
	free(pg.resps);
	free(pg.ready);
	return rc;
}

int api_list_each(struct ctx *ctx, const char *url, const char *subject, api_page_fn *each,
		  void *arg)
{
	struct api_pages p;
	json_t *page = NULL;
	int rc = api_pages_first(ctx, url, subject, &p, &page);
	if (!rc)
		rc = each(arg, page);
	json_decref(page);
	if (!rc && p.next && p.total >= 0) {
		rc = pages_stream(ctx, &p, each, arg);
	} else {
		/* without Total-Count: page after page until a short one */
		while (!rc && p.next) {
			page = json_array();
			if (!(rc = api_pages_next(ctx, &p, 1, page)))
				rc = each(arg, page);
			json_decref(page);
		}
	}
	api_pages_free(&p);
	return rc;
}

static int extend(void *arg, json_t *page)
{
	json_array_extend(arg, page);
	return 0;
}

int api_list(struct ctx *ctx, const char *url, const char *subject, json_t **items)
{
	json_t *all = json_array();
	int rc = api_list_each(ctx, url, subject, extend, all);
	if (rc) {
		json_decref(all);
		all = NULL;
	}
	*items = all;
	return rc;
}

int decode_error(struct ctx *ctx, struct decoder *d)
{
	error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: %s",
		  d->error ? d->error : "unreadable");
	return EXIT_ERROR;
}

bool api_done_before_retry(struct ctx *ctx, const struct api_result *res)
{
	if (res->status != 404 || res->http.attempts < 2)
		return false;
	error_clear(&ctx->err);
	return true;
}
