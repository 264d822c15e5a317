#include "ops/redirects.h"

#include <stdlib.h>
#include <string.h>

#include "dns/record.h"
#include "dns/rrkey.h"
#include "dns/value.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "error.h"
#include "ops/recheck.h"
#include "util.h"
#include "xalloc.h"

/* The service a redirection's DNS record points at. */
#define REDIRECT_SERVICE "webredir.vip.gandi.net."

/* Whether source (any case, final dot or not) is zone or a name under it. */
static bool in_zone(const char *zone, const char *source)
{
	char *s = zone_name(source);
	size_t n = strlen(s), zl = strlen(zone);
	bool in = strcmp(s, zone) == 0 ||
		  (n > zl && s[n - zl - 1] == '.' && strcmp(s + n - zl, zone) == 0);
	free(s);
	return in;
}

int redirect_host(struct ctx *ctx, const char *zone, const char *source, char **host)
{
	char *rel = NULL;
	size_t len = strlen(source);
	bool dotted = len > 1 && memchr(source, '.', len - (source[len - 1] == '.'));
	if (dotted && !in_zone(zone, source)) {
		int rc = usage_error(ctx, "the source '%s' is not %s nor a name under it: a "
				     "redirection of %s redirects one of its own names", source, zone,
				     zone);
		char *full = source[len - 1] == '.' ? xstrdup("")
			     : xasprintf("; if you mean %s.%s, write it in full", source, zone);
		error_detail(ctx, "hint: write @ for %s itself, a label (blog) or a full host "
				  "(blog.%s)%s; a redirection of another domain is added to that "
				  "domain\n", zone, zone, full);
		free(full);
		return rc;
	}
	int rc = record_name(ctx, zone, source, &rel);
	if (rc)
		return rc;
	if (strchr(rel, '*')) {
		free(rel);
		return usage_error(ctx, "a redirection's source cannot hold '*': '%s'", source);
	}
	*host = strcmp(rel, "@") == 0 ? xstrdup(zone) : xasprintf("%s.%s", rel, zone);
	free(rel);
	return 0;
}

static int one_of(struct ctx *ctx, const char *what, const char *value, const char *const *ok)
{
	if (!value)
		return 0;
	for (size_t i = 0; ok[i]; i++)
		if (strcmp(value, ok[i]) == 0)
			return 0;
	usage_error(ctx, "%s '%s' is not one of %s, %s, %s", what, value, ok[0], ok[1], ok[2]);
	return EXIT_USAGE;
}

int redirect_check_type(struct ctx *ctx, const char *type)
{
	static const char *const types[] = {"http301", "http302", "cloak", NULL};
	return one_of(ctx, "--type", type, types);
}

int redirect_check_protocol(struct ctx *ctx, const char *protocol)
{
	static const char *const protocols[] = {"http", "https", "httpsonly", NULL};
	return one_of(ctx, "--protocol", protocol, protocols);
}

int redirect_check_url(struct ctx *ctx, const char *url)
{
	char *host = NULL;
	if (!url_parse(url, NULL, &host, NULL)) {
		usage_error(ctx, "'%s' is not an http:// or https:// URL", url);
		error_detail(ctx, "a redirection's target looks like https://www.example.org/page\n");
		return EXIT_USAGE;
	}
	free(host);
	for (const char *p = url; *p; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f)
			return usage_error(ctx, "the URL '%s' holds a space or a character that must "
					   "be percent-encoded", url);
	return 0;
}

static bool differs(const char *want, const char *have)
{
	return want && (!have || strcmp(want, have) != 0);
}

bool redirect_patch(const struct webredir *cur, const char *url, const char *type,
		    const char *protocol, int override, struct webredir_patch *p)
{
	p->url = differs(url, cur->url) ? url : NULL;
	p->type = differs(type, cur->type) ? type : NULL;
	p->protocol = differs(protocol, cur->protocol) ? protocol : NULL;
	p->override = override;
	return p->url || p->type || p->protocol;
}

/* What a write of the redirection from host asked for. */
struct asked {
	const char *zone, *host;
	const char *url, *type, *protocol; /* NULL: any */
	bool gone;
};

static bool same_or_any(const char *want, const char *have)
{
	return !want || (have && strcmp(want, have) == 0);
}

static enum recheck_state redirect_holds(struct ctx *ctx, void *arg)
{
	const struct asked *a = arg;
	struct webredir cur;
	bool found = false;
	if (webredir_get(ctx, a->zone, a->host, &cur, &found))
		return SEEN_UNREADABLE;
	bool holds = a->gone ? !found
			     : found && same_or_any(a->url, cur.url) &&
				       same_or_any(a->type, cur.type) &&
				       same_or_any(a->protocol, cur.protocol);
	webredir_free(&cur);
	return holds ? SEEN_HELD : SEEN_NOT_HELD;
}

static int recheck_redirect(struct ctx *ctx, int rc, const struct asked *a)
{
	if (!rc || !write_maybe_applied(ctx))
		return rc;
	char *what = xasprintf("the redirection from %s", a->host);
	char *check = xasprintf("gandi redirect list %s", a->zone);
	rc = write_recheck(ctx, rc, what, check, redirect_holds, (void *)a);
	free(what);
	free(check);
	return rc;
}

int redirect_create(struct ctx *ctx, const char *zone, const struct webredir_spec *w)
{
	struct asked a = {.zone = zone, .host = w->host, .url = w->url, .type = w->type,
			  .protocol = w->protocol};
	return recheck_redirect(ctx, webredir_create(ctx, zone, w), &a);
}

int redirect_change(struct ctx *ctx, const char *zone, const char *host,
		    const struct webredir_patch *p)
{
	struct asked a = {.zone = zone, .host = host, .url = p->url, .type = p->type,
			  .protocol = p->protocol};
	return recheck_redirect(ctx, webredir_update(ctx, zone, host, p), &a);
}

int redirect_remove(struct ctx *ctx, const char *zone, const char *host)
{
	struct asked a = {.zone = zone, .host = host, .gone = true};
	return recheck_redirect(ctx, webredir_delete(ctx, zone, host), &a);
}

char *redirect_name(const char *zone, const char *host)
{
	size_t hl = strlen(host), zl = strlen(zone);
	return hl > zl ? xstrndup(host, hl - zl - 1) : xstrdup("@");
}

void redirect_rrsets_free(struct redirect_rrsets *l)
{
	for (size_t i = 0; i < l->n; i++)
		rrset_free(&l->items[i]);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

/* An RRset joins the list (moved; an rrset_fn). */
static int keep(void *arg, struct rrset *r, const struct jv_text *raw)
{
	struct redirect_rrsets *l = arg;
	(void)raw;
	l->items = xgrow(l->items, &l->cap, l->n + 1, sizeof(*l->items));
	l->items[l->n++] = *r;
	memset(r, 0, sizeof(*r));
	return 0;
}

/* Whether r is a redirection's own record: a CNAME or ALIAS to Gandi's service alone. */
static bool is_service(const char *zone, const struct rrset *r)
{
	bool target = strcmp(r->type, "CNAME") == 0 || strcmp(r->type, "ALIAS") == 0;
	return target && r->nvalues == 1 &&
	       dnsv_same(r->type, r->values[0], DNSV_API, REDIRECT_SERVICE, DNSV_API, zone);
}

/* Keep the RRsets at host's name that pick() selects. */
static int rrsets_at(struct ctx *ctx, const char *zone, const char *host,
		     bool (*pick)(const char *zone, const struct rrset *r, bool apex),
		     struct redirect_rrsets *out)
{
	struct redirect_rrsets all = {0};
	char *name = redirect_name(zone, host);
	bool apex = strcmp(name, "@") == 0;
	int rc = records_at(ctx, zone, name, NULL, keep, &all);
	for (size_t i = 0; !rc && i < all.n; i++)
		if (pick(zone, &all.items[i], apex)) {
			keep(out, &all.items[i], NULL);
		}
	redirect_rrsets_free(&all);
	free(name);
	return rc;
}

static bool in_the_way(const char *zone, const struct rrset *r, bool apex)
{
	if (is_service(zone, r))
		return false;
	return !apex || dnsv_type_address(r->type) || strcmp(r->type, "ALIAS") == 0;
}

static bool left_behind(const char *zone, const struct rrset *r, bool apex)
{
	(void)apex;
	return is_service(zone, r);
}

int redirect_in_the_way(struct ctx *ctx, const char *zone, const char *host,
			struct redirect_rrsets *out)
{
	return rrsets_at(ctx, zone, host, in_the_way, out);
}

int redirect_left_behind(struct ctx *ctx, const char *zone, const char *host,
			 struct redirect_rrsets *out)
{
	return rrsets_at(ctx, zone, host, left_behind, out);
}

/* Whether a and b are one RRset with the same TTL and values (by meaning). */
static bool same_rrset(const char *zone, const struct rrset *a, const struct rrset *b)
{
	struct rrvalues va = {0}, vb = {0};
	bool same = strcmp(a->type, b->type) == 0 && a->ttl == b->ttl;
	if (same) {
		values_stored(zone, a, &va);
		values_stored(zone, b, &vb);
		same = dnsv_same_set(va.v, va.n, vb.v, vb.n);
	}
	rrvalues_free(&va);
	rrvalues_free(&vb);
	return same;
}

static bool any(const char *zone, const struct rrset *r, bool apex)
{
	(void)zone;
	(void)r;
	(void)apex;
	return true;
}

int redirect_replaced(struct ctx *ctx, const char *zone, const char *host,
		      struct redirect_rrsets *way)
{
	struct redirect_rrsets now = {0};
	size_t kept = 0;
	int rc = way->n ? rrsets_at(ctx, zone, host, any, &now) : 0;
	for (size_t i = 0; !rc && i < way->n; i++) {
		bool still = false;
		for (size_t j = 0; j < now.n && !still; j++)
			still = same_rrset(zone, &way->items[i], &now.items[j]);
		struct rrset r = way->items[i];
		memset(&way->items[i], 0, sizeof(way->items[i]));
		if (still)
			rrset_free(&r);
		else
			way->items[kept++] = r;
	}
	if (!rc)
		way->n = kept;
	redirect_rrsets_free(&now);
	return rc;
}

char *redirect_rrset_text(const char *zone, const struct rrset *r)
{
	struct rrvalues v = {0};
	values_stored(zone, r, &v);
	char *values = values_text(&v);
	char *text = xasprintf("the %s record %s in %s (%s, TTL %lld)", r->type, r->name, zone,
			       values, r->ttl);
	free(values);
	rrvalues_free(&v);
	return text;
}

struct jv *redirect_rrset_json(const struct rrset *r)
{
	struct jv *o = jv_object();
	jv_set_str(o, "name", r->name);
	jv_set_str(o, "type", r->type);
	jv_set_int(o, "ttl", r->ttl);
	jv_set(o, "values", jv_strv((const char *const *)r->values, r->nvalues));
	return o;
}
