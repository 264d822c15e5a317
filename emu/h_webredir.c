/*
 * /v5/domain/domains/{domain}/webredirs: web redirections, named by their
 * full host name. Creating one points the host at Gandi's redirection
 * service in the LiveDNS zone (a CNAME, or an ALIAS at the apex).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "handlers.h"
#include "records.h"

#define REDIR_TARGET "webredir.vip.gandi.net."

static json_t *webredir_json(const struct webredir *w)
{
	json_t *o = json_pack("{s:o, s:o, s:s, s:s, s:s, s:s}", "created_at",
			      jtime(w->created_at), "updated_at", jtime(w->updated_at), "type",
			      w->type, "host", w->host, "protocol", w->protocol, "url", w->url);
	if (w->cert_uuid) {
		json_object_set_new(o, "cert_status", json_string("active"));
		json_object_set_new(o, "cert_uuid", json_string(w->cert_uuid));
	}
	return o;
}

/*
 * The host as a lower-case FQDN under domain d, or NULL after a 400 (a bare
 * label such as "www" is refused, as Gandi does).
 */
static char *check_host(struct resp *rs, const char *location, const struct domain *d,
			const char *raw)
{
	char *host = NULL;
	struct buf why = {0};
	char *h = rr_name_check(raw, &why);
	buf_free(&why);
	size_t hl = h ? strlen(h) : 0, dl = strlen(d->fqdn);
	bool under = h && (strcmp(h, d->fqdn) == 0 ||
			   (hl > dl + 1 && h[hl - dl - 1] == '.' && strcmp(h + hl - dl, d->fqdn) == 0));
	if (!h || strcmp(h, "@") == 0 || strchr(h, '*')) {
		verr(rs, location, "host", "'%s' is not a host name", raw);
	} else if (!strchr(h, '.')) {
		verr(rs, location, "host",
		     "'%s' is not a full host name: a redirection is named by its FQDN, domain "
		     "included (e.g. '%s.%s')",
		     raw, h, d->fqdn);
	} else if (!under) {
		verr(rs, location, "host", "'%s' is not '%s' or a name under it", raw, d->fqdn);
	} else {
		host = h;
		h = NULL;
	}
	free(h);
	return host;
}

static long find_redir(const struct domain *d, const char *host, size_t *at)
{
	size_t i = 0;
	while (i < d->nwr && strcmp(d->wr[i]->host, host) < 0)
		i++;
	if (at)
		*at = i;
	return i < d->nwr && strcmp(d->wr[i]->host, host) == 0 ? (long)i : -1;
}

/* Check the optional type, protocol and url members (url required when
 * need_url). */
static void check_fields(struct resp *rs, const json_t *body, bool need_url)
{
	const json_t *type = json_object_get(body, "type");
	const json_t *proto = json_object_get(body, "protocol");
	const json_t *url = json_object_get(body, "url");
	const json_t *override = json_object_get(body, "override");
	const char *t = json_string_value(type), *p = json_string_value(proto);
	if (type && (!t || (strcmp(t, "http301") && strcmp(t, "http302") && strcmp(t, "cloak"))))
		verr(rs, "body", "type", "type must be one of http301, http302, cloak");
	if (proto && (!p || (strcmp(p, "http") && strcmp(p, "https") && strcmp(p, "httpsonly"))))
		verr(rs, "body", "protocol", "protocol must be one of http, https, httpsonly");
	if (override && !json_is_boolean(override))
		verr(rs, "body", "override", "override must be true or false");
	if (!url && need_url) {
		verr(rs, "body", "url", "url is required: the target, e.g. 'https://example.com/'");
	} else if (url) {
		const char *u = json_string_value(url);
		const char *rest = !u ? NULL
			: strncmp(u, "http://", 7) == 0 ? u + 7
			: strncmp(u, "https://", 8) == 0 ? u + 8 : NULL;
		if (!rest || !*rest || *rest == '/' || strchr(u, ' '))
			verr(rs, "body", "url",
			     "url must be an absolute http:// or https:// URL, e.g. "
			     "'https://example.com/'");
	}
}

void h_webredirs_list(struct req *rq, struct resp *rs)
{
	const struct domain *d = rq->dom;
	size_t first, last;
	if (paginate(rq, rs, d->nwr, d->nwr, 50, &first, &last) == 0) {
		json_t *arr = json_array();
		for (size_t i = first; i < last; i++)
			json_array_append_new(arr, webredir_json(d->wr[i]));
		resp_json(rs, 200, arr);
	}
}

/*
 * Point host at the redirection service in d's zone. Records in the way
 * (any record at a non-apex name, A/AAAA/ALIAS/CNAME at the apex) make it
 * fail with a 409 unless override. Returns -1 after an error response.
 */
static int point_dns(struct req *rq, struct resp *rs, struct domain *d, const char *host,
		     bool override, bool apply)
{
	struct zone *z = d->zone;
	if (!z)
		return 0;
	char *rel = strcmp(host, d->fqdn) == 0
			    ? xstrdup("@")
			    : xstrndup(host, strlen(host) - strlen(d->fqdn) - 1);
	bool apex = strcmp(rel, "@") == 0;
	const char *type = apex ? "ALIAS" : "CNAME";
	size_t at = 0;
	bool conflict = false;
	zone_find(z, rel, "", &at);
	for (size_t i = at; i < z->n && strcmp(z->rr[i]->name, rel) == 0; i++) {
		const struct rrset *rr = z->rr[i];
		bool ours = strcmp(rr->type, type) == 0 && rr->nval == 1 &&
			    strcmp(rr->val[0], REDIR_TARGET) == 0;
		bool blocks = apex ? strcmp(rr->type, "A") == 0 || strcmp(rr->type, "AAAA") == 0 ||
					     strcmp(rr->type, "ALIAS") == 0
				   : true;
		if (blocks && !ours)
			conflict = true;
	}
	if (conflict && !override) {
		struct buf b = {0};
		buf_printf(&b, "A DNS record already exists for %s; set override to true to "
			       "replace it with the redirection.",
			   host);
		resp_error(rs, 409, "webredir", buf_str(&b));
		buf_free(&b);
		free(rel);
		return -1;
	}
	if (apply) {
		zone_will_change(z, rq->now);
		zone_find(z, rel, "", &at);
		while (at < z->n && strcmp(z->rr[at]->name, rel) == 0) {
			const char *t = z->rr[at]->type;
			if (!apex || strcmp(t, "A") == 0 || strcmp(t, "AAAA") == 0 ||
			    strcmp(t, "ALIAS") == 0)
				zone_remove(z, at);
			else
				at++;
		}
		char **val = xcalloc(1, sizeof *val);
		val[0] = xstrdup(REDIR_TARGET);
		zone_put(z, rrset_new(rel, type, DEFAULT_TTL, val, 1));
	}
	free(rel);
	return 0;
}

void h_webredir_create(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	char *host = NULL;
	json_t *body = req_json(rq, rs, false);
	if (!body)
		goto out;
	const json_t *jh = json_object_get(body, "host");
	if (!json_is_string(jh))
		verr(rs, "body", "host", "host is required: the full host name to redirect, e.g. "
					 "'www.%s'",
		     d->fqdn);
	else
		host = check_host(rs, "body", d, json_string_value(jh));
	check_fields(rs, body, true);
	if (verr_done(rs) || !host)
		goto out;
	size_t at = 0;
	if (find_redir(d, host, &at) >= 0) {
		struct buf b = {0};
		buf_printf(&b, "A web redirection already exists for %s.", host);
		resp_error(rs, 409, "webredir", buf_str(&b));
		buf_free(&b);
		goto out;
	}
	bool override = json_is_true(json_object_get(body, "override"));
	if (point_dns(rq, rs, d, host, override, false) < 0)
		goto out;
	point_dns(rq, rs, d, host, override, true);
	const char *type = json_string_value(json_object_get(body, "type"));
	const char *proto = json_string_value(json_object_get(body, "protocol"));
	struct webredir *w = xcalloc(1, sizeof *w);
	w->host = host;
	host = NULL;
	w->type = xstrdup(type ? type : "http301");
	w->url = xstrdup(json_string_value(json_object_get(body, "url")));
	w->protocol = xstrdup(proto ? proto : "http");
	if (strcmp(w->protocol, "http") != 0) {
		char id[37];
		gen_uuid(id);
		w->cert_uuid = xstrdup(id);
	}
	w->created_at = w->updated_at = rq->now;
	d->wr = xgrow(d->wr, &d->capwr, d->nwr + 1, sizeof *d->wr);
	memmove(d->wr + at + 1, d->wr + at, (d->nwr - at) * sizeof *d->wr);
	d->wr[at] = w;
	d->nwr++;
	rs->dirty = true;
	char *loc = href(rq, "/v5/domain/domains/%s/webredirs/%s", d->fqdn, w->host);
	resp_header(rs, "location", loc);
	free(loc);
	resp_message(rs, 201, "The web redirection has been created.");
out:
	free(host);
	json_decref(body);
}

/* The redirection named in the path, or NULL after a 400 or 404. */
static struct webredir *path_redir(struct req *rq, struct resp *rs)
{
	char *host = check_host(rs, "path", rq->dom, rq->arg[1]);
	struct webredir *w = NULL;
	long i = host ? find_redir(rq->dom, host, NULL) : -1;
	if (!host) {
		verr_done(rs);
	} else if (i < 0) {
		struct buf b = {0};
		buf_printf(&b, "Can't find the web redirection %s", host);
		resp_error(rs, 404, "webredir", buf_str(&b));
		buf_free(&b);
	} else {
		w = rq->dom->wr[i];
	}
	free(host);
	return w;
}

void h_webredir_get(struct req *rq, struct resp *rs)
{
	struct webredir *w = path_redir(rq, rs);
	if (w)
		resp_json(rs, 200, webredir_json(w));
}

void h_webredir_patch(struct req *rq, struct resp *rs)
{
	struct webredir *w = path_redir(rq, rs);
	json_t *body = w ? req_json(rq, rs, false) : NULL;
	if (!body)
		goto out;
	const json_t *jh = json_object_get(body, "host");
	if (jh && !(json_is_string(jh) && strcasecmp(json_string_value(jh), w->host) == 0))
		verr(rs, "body", "host", "a redirection cannot be moved to another host: delete it "
					 "and create a new one");
	check_fields(rs, body, false);
	const char *type = json_string_value(json_object_get(body, "type"));
	const char *proto = json_string_value(json_object_get(body, "protocol"));
	const char *url = json_string_value(json_object_get(body, "url"));
	if (!rs->errors && !type && !proto && !url)
		verr(rs, "body", "body", "give at least one of url, type, protocol");
	if (verr_done(rs))
		goto out;
	if (type) {
		free(w->type);
		w->type = xstrdup(type);
	}
	if (url) {
		free(w->url);
		w->url = xstrdup(url);
	}
	if (proto) {
		free(w->protocol);
		w->protocol = xstrdup(proto);
		if (strcmp(proto, "http") == 0) {
			free(w->cert_uuid);
			w->cert_uuid = NULL;
		} else if (!w->cert_uuid) {
			char id[37];
			gen_uuid(id);
			w->cert_uuid = xstrdup(id);
		}
	}
	w->updated_at = rq->now;
	rs->dirty = true;
	resp_message(rs, 200, "The web redirection has been updated.");
out:
	json_decref(body);
}

void h_webredir_delete(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	struct webredir *w = path_redir(rq, rs);
	if (w) {
		long i = find_redir(d, w->host, NULL);
		webredir_free(w);
		memmove(d->wr + i, d->wr + i + 1, (d->nwr - (size_t)i - 1) * sizeof *d->wr);
		d->nwr--;
		rs->dirty = true;
		resp_no_content(rs);
	}
}
