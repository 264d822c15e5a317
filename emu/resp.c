#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "emu.h"

const char *status_phrase(unsigned status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 202: return "Accepted";
	case 204: return "No Content";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 413: return "Request Entity Too Large";
	case 415: return "Unsupported Media Type";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	default: return "Unknown";
	}
}

static void set_body(struct resp *rs, unsigned status, const char *ctype, char *text)
{
	buf_reset(&rs->body);
	buf_adds(&rs->body, text);
	free(text);
	rs->status = status;
	rs->ctype = ctype;
}

void resp_json(struct resp *rs, unsigned status, json_t *j)
{
	set_body(rs, status, CT_JSON, json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15)));
	rs->origin = FROM_FRONT;
	json_decref(j);
}

void resp_message(struct resp *rs, unsigned status, const char *msg)
{
	resp_json(rs, status, json_pack("{s:s}", "message", msg));
}

void resp_no_content(struct resp *rs)
{
	buf_reset(&rs->body);
	rs->status = 204;
	rs->ctype = NULL;
	rs->origin = FROM_FRONT;
}

/* Pyramid's error bodies have ", " and ": " separators; the front's are
 * compact. */
static void error_body(struct resp *rs, unsigned status, json_t *j, bool front)
{
	set_body(rs, status, CT_ERROR, json_dumps(j, front ? JSON_COMPACT : 0));
	rs->origin = front ? FROM_FRONT : FROM_BACKEND;
	json_decref(j);
}

void resp_error_json(struct resp *rs, unsigned status, json_t *j, bool front)
{
	error_body(rs, status, j, front);
}

static json_t *envelope(unsigned status, const char *object, const char *msg)
{
	return json_pack("{s:i, s:s, s:s, s:s}", "code", (int)status, "message", msg, "object",
			 object, "cause", status_phrase(status));
}

void resp_error(struct resp *rs, unsigned status, const char *object, const char *msg)
{
	error_body(rs, status, envelope(status, object, msg), false);
}

void resp_error_front(struct resp *rs, unsigned status, const char *object, const char *msg)
{
	error_body(rs, status, envelope(status, object, msg), true);
}

void resp_reset(struct resp *rs)
{
	buf_reset(&rs->body);
	for (size_t i = 0; i < rs->nhdrs; i++) {
		free(rs->hdrs[i].name);
		free(rs->hdrs[i].value);
	}
	rs->nhdrs = 0;
	json_decref(rs->errors);
	rs->errors = NULL;
	rs->status = 0;
	rs->ctype = NULL;
	rs->seq = 0;
}

void resp_internal_error(struct resp *rs)
{
	resp_reset(rs);
	resp_error(rs, 500, "HTTPInternalServerError",
		   "The server has either erred or is incapable of performing the requested "
		   "operation.");
}

void resp_not_found(struct resp *rs)
{
	resp_error(rs, 404, "HTTPNotFound", "The resource could not be found.");
}

void resp_header(struct resp *rs, const char *name, const char *value)
{
	rs->hdrs = xgrow(rs->hdrs, &rs->caphdrs, rs->nhdrs + 1, sizeof *rs->hdrs);
	rs->hdrs[rs->nhdrs].name = xstrdup(name);
	rs->hdrs[rs->nhdrs].value = xstrdup(value);
	rs->nhdrs++;
}

void resp_headerf(struct resp *rs, const char *name, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	resp_header(rs, name, buf_str(&b));
	buf_free(&b);
}

void verr(struct resp *rs, const char *location, const char *name, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (!rs->errors)
		rs->errors = json_array();
	struct buf clean = {0};
	utf8_clean(&clean, b.data ? b.data : "", b.len);
	json_array_append_new(rs->errors, json_pack("{s:s, s:s, s:s}", "location", location,
						    "name", name, "description", buf_str(&clean)));
	buf_free(&clean);
	buf_free(&b);
}

bool verr_done(struct resp *rs)
{
	if (!rs->errors)
		return false;
	json_t *j = json_pack("{s:s, s:o}", "status", "error", "errors", rs->errors);
	rs->errors = NULL;
	error_body(rs, 400, j, false);
	return true;
}

char *href(const struct req *rq, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	buf_adds(&b, rq->base);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_detach(&b);
}

/* The request's own URL with page=N instead of its page parameter. */
static void page_link(struct buf *b, const struct req *rq, size_t page)
{
	buf_printf(b, "<%s%s?", rq->base, rq->path);
	const char *p = rq->query_raw;
	while (*p) {
		const char *amp = strchr(p, '&');
		size_t len = amp ? (size_t)(amp - p) : strlen(p);
		bool is_page = strncmp(p, "page", 4) == 0 && (len == 4 || p[4] == '=');
		if (len && !is_page) {
			buf_add(b, p, len);
			buf_addc(b, '&');
		}
		p += len;
		if (*p == '&')
			p++;
	}
	buf_printf(b, "page=%zu>", page);
}

int paginate(struct req *rq, struct resp *rs, size_t total, size_t filtered, size_t dflt,
	     size_t *first, size_t *last)
{
	long page = 1, per_page = (long)dflt;
	const char *sp = query_get(&rq->q, "page");
	const char *spp = query_get(&rq->q, "per_page");
	if (sp && parse_long(sp, 1, 1000000000L, &page) < 0)
		verr(rs, "querystring", "page", "page must be an integer of at least 1, not '%s'",
		     sp);
	if (spp && parse_long(spp, 1, 1000000000L, &per_page) < 0)
		verr(rs, "querystring", "per_page",
		     "per_page must be an integer of at least 1, not '%s'", spp);
	if (verr_done(rs))
		return -1;
	if (per_page > 100)
		per_page = 100;
	size_t pp = (size_t)per_page;
	size_t pages = filtered ? (filtered + pp - 1) / pp : 1;
	size_t start = ((size_t)page - 1) * pp;
	if ((size_t)page > pages || start >= filtered) {
		*first = *last = filtered;
	} else {
		*first = start;
		*last = start + pp < filtered ? start + pp : filtered;
	}
	resp_headerf(rs, "total-count", "%zu", total);
	bool filter = filtered != total;
	for (size_t i = 0; i < rq->q.n && !filter; i++)
		filter = strcmp(rq->q.v[i].key, "page") && strcmp(rq->q.v[i].key, "per_page") &&
			 strcmp(rq->q.v[i].key, "sort_by");
	if (filter)
		resp_headerf(rs, "filtered-count", "%zu", filtered);
	if ((size_t)page < pages) {
		struct buf link = {0};
		page_link(&link, rq, (size_t)page + 1);
		buf_adds(&link, "; rel=\"next\", ");
		page_link(&link, rq, pages);
		buf_adds(&link, "; rel=\"last\"");
		resp_header(rs, "Link", buf_str(&link));
		buf_free(&link);
	}
	return 0;
}

json_t *req_json(struct req *rq, struct resp *rs, bool any_type)
{
	json_t *j = NULL;
	json_error_t err;
	const char *ct = req_header(rq, "Content-Type");
	if (rq->body.len == 0) {
		verr(rs, "body", "body", "the request body is empty: send a JSON object with "
					 "'Content-Type: application/json'");
		goto out;
	}
	if (!ct || strncasecmp(ct, "application/json", 16) != 0) {
		verr(rs, "header", "Content-Type",
		     "Content-Type must be 'application/json' for a JSON body, not '%s'",
		     ct ? ct : "(none)");
		goto out;
	}
	j = json_loadb(rq->body.data, rq->body.len, 0, &err);
	if (!j) {
		verr(rs, "body", "body", "invalid JSON at line %d, column %d: %s", err.line,
		     err.column, err.text);
		goto out;
	}
	if (!any_type && !json_is_object(j)) {
		json_decref(j);
		j = NULL;
		verr(rs, "body", "body", "the request body must be a JSON object");
	}
out:
	if (!j)
		verr_done(rs);
	return j;
}
