/*
 * What the registry keeps for a domain besides its nameservers
 * (gandi-api.md §10, §11.1, §11.2): glue records (/hosts), the transfer lock
 * (/status) and the transfer code (/authinfo).
 */
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "records.h"

/* ---- glue records ------------------------------------------------------------- */

static json_t *host_json(const struct req *rq, const struct host *h)
{
	struct buf b = {0};
	buf_printf(&b, "%s/v5/domain/domains/%s/hosts/", rq->base, rq->dom->fqdn);
	pct_encode(&b, h->name);
	char *u = unicode_dup(rq->dom->fqdn);
	json_t *o = json_pack("{s:o, s:s, s:s, s:s, s:s}", "ips", jstrv(h->ips, h->nips), "name",
			      h->name, "fqdn", rq->dom->fqdn, "href", buf_str(&b), "fqdn_unicode", u);
	free(u);
	buf_free(&b);
	return o;
}

/* The index of the host named name, or -1 (*at: where it would go). */
static long host_index(const struct domain *d, const char *name, size_t *at)
{
	size_t i = 0;
	while (i < d->nhosts && strcmp(d->hosts[i]->name, name) < 0)
		i++;
	if (at)
		*at = i;
	return i < d->nhosts && strcmp(d->hosts[i]->name, name) == 0 ? (long)i : -1;
}

/* The host of the path, or NULL after a 400 or 404. */
static struct host *path_host(struct req *rq, struct resp *rs)
{
	struct buf why = {0};
	char *name = host_name_check(rq->arg[1], &why);
	struct host *h = NULL;
	if (!name) {
		verr(rs, "path", "name", "%s", buf_str(&why));
		verr_done(rs);
	} else {
		long i = host_index(rq->dom, name, NULL);
		if (i >= 0) {
			h = rq->dom->hosts[i];
		} else {
			buf_reset(&why);
			buf_printf(&why, "Can't find the host %s of the domain", name);
			resp_error(rs, 404, "host", buf_str(&why));
		}
	}
	free(name);
	buf_free(&why);
	return h;
}

/* The full name of host h of domain d, as a nameserver would name it. */
static char *host_fqdn(const struct domain *d, const char *name)
{
	return strcmp(name, "@") == 0 ? xstrdup(d->fqdn) : xasprintf("%s.%s", name, d->fqdn);
}

/* Whether the domain's delegation names host name. */
static bool host_in_use(const struct domain *d, const char *name)
{
	char *full = host_fqdn(d, name);
	bool used = false;
	for (size_t i = 0; i < d->nns && !used; i++) {
		size_t l = strlen(d->ns[i]);
		if (l && d->ns[i][l - 1] == '.')
			l--;
		used = l == strlen(full) && strncmp(d->ns[i], full, l) == 0;
	}
	free(full);
	return used;
}

void h_hosts_list(struct req *rq, struct resp *rs)
{
	const struct domain *d = rq->dom;
	size_t first, last;
	if (paginate(rq, rs, d->nhosts, d->nhosts, 100, &first, &last) < 0)
		return;
	json_t *a = json_array();
	for (size_t i = first; i < last; i++)
		json_array_append_new(a, host_json(rq, d->hosts[i]));
	resp_json(rs, 200, a);
}

void h_host_create(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	struct buf why = {0};
	char *name = NULL, **ips = NULL;
	size_t nips = 0, at = 0;
	json_t *body = req_json(rq, rs, false);
	if (!body)
		goto out;
	const char *given = json_string_value(json_object_get(body, "name"));
	if (!given)
		verr(rs, "body", "name", "name is required: the host's name under %s, e.g. 'ns1'",
		     d->fqdn);
	else if (!(name = host_name_check(given, &why)))
		verr(rs, "body", "name", "%s", buf_str(&why));
	buf_reset(&why);
	if (ips_check(json_object_get(body, "ips"), &ips, &nips, &why) < 0)
		verr(rs, "body", "ips", "%s", buf_str(&why));
	if (verr_done(rs) || !name)
		goto out;
	if (host_index(d, name, &at) >= 0) {
		buf_reset(&why);
		buf_printf(&why, "The host %s already exists; use PUT to change its addresses", name);
		resp_error(rs, 409, "host", buf_str(&why));
		goto out;
	}
	struct host *h = xcalloc(1, sizeof *h);
	h->name = name;
	h->ips = ips;
	h->nips = nips;
	name = NULL;
	ips = NULL;
	nips = 0;
	d->hosts = xgrow(d->hosts, &d->caphosts, d->nhosts + 1, sizeof *d->hosts);
	memmove(d->hosts + at + 1, d->hosts + at, (d->nhosts - at) * sizeof *d->hosts);
	d->hosts[at] = h;
	d->nhosts++;
	d->updated_at = rq->now;
	rs->dirty = true;
	struct buf loc = {0};
	buf_printf(&loc, "%s/v5/domain/domains/%s/hosts/", rq->base, d->fqdn);
	pct_encode(&loc, h->name);
	resp_header(rs, "location", buf_str(&loc));
	buf_free(&loc);
	resp_message(rs, 202, "The glue record is being created.");
out:
	free(name);
	strv_free(ips, nips);
	buf_free(&why);
	json_decref(body);
}

void h_host_get(struct req *rq, struct resp *rs)
{
	struct host *h = path_host(rq, rs);
	if (h)
		resp_json(rs, 200, host_json(rq, h));
}

void h_host_put(struct req *rq, struct resp *rs)
{
	struct host *h = path_host(rq, rs);
	json_t *body = h ? req_json(rq, rs, false) : NULL;
	struct buf why = {0};
	char **ips = NULL;
	size_t nips = 0;
	if (!body)
		goto out;
	if (ips_check(json_object_get(body, "ips"), &ips, &nips, &why) < 0) {
		verr(rs, "body", "ips", "%s", buf_str(&why));
		verr_done(rs);
		goto out;
	}
	strv_free(h->ips, h->nips);
	h->ips = ips;
	h->nips = nips;
	rq->dom->updated_at = rq->now;
	rs->dirty = true;
	resp_message(rs, 202, "The glue record is being updated.");
out:
	buf_free(&why);
	json_decref(body);
}

void h_host_delete(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	struct host *h = path_host(rq, rs);
	if (!h)
		return;
	if (host_in_use(d, h->name)) {
		char *full = host_fqdn(d, h->name);
		struct buf b = {0};
		buf_printf(&b, "The host %s is a nameserver of the domain: change the nameservers "
			       "first",
			   full);
		resp_error(rs, 409, "host", buf_str(&b));
		buf_free(&b);
		free(full);
		return;
	}
	long i = host_index(d, h->name, NULL);
	host_free(h);
	memmove(d->hosts + i, d->hosts + i + 1, (d->nhosts - (size_t)i - 1) * sizeof *d->hosts);
	d->nhosts--;
	d->updated_at = rq->now;
	rs->dirty = true;
	resp_message(rs, 202, "The glue record is being deleted.");
}

bool glue_missing(const struct domain *d, const char *ns)
{
	size_t dl = strlen(d->fqdn), nl = strlen(ns);
	if (nl > 0 && ns[nl - 1] == '.')
		nl--;
	bool inside = nl == dl ? strncmp(ns, d->fqdn, dl) == 0
			       : nl > dl + 1 && ns[nl - dl - 1] == '.' &&
					 strncmp(ns + nl - dl, d->fqdn, dl) == 0;
	if (!inside)
		return false;
	char *name = nl == dl ? xstrdup("@") : xstrndup(ns, nl - dl - 1);
	bool missing = host_index(d, name, NULL) < 0;
	free(name);
	return missing;
}

/* ---- the transfer lock ---------------------------------------------------------- */

static bool has_status(const struct domain *d, const char *s)
{
	size_t i;
	json_t *v;
	json_array_foreach(d->status, i, v)
		if (strcmp(json_string_value(v), s) == 0)
			return true;
	return false;
}

void h_status_patch(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	json_t *body = req_json(rq, rs, false);
	if (!body)
		goto out;
	json_t *lock = json_object_get(body, "clientTransferProhibited");
	if (!json_is_boolean(lock)) {
		verr(rs, "body", "clientTransferProhibited",
		     "clientTransferProhibited is required and must be true or false");
	} else if (!d->can_tld_lock) {
		verr(rs, "body", "clientTransferProhibited",
		     "the registry of .%s has no transfer lock (can_tld_lock is false)", d->tld);
	}
	if (verr_done(rs))
		goto out;
	bool on = json_is_true(lock);
	if (on && !has_status(d, "clientTransferProhibited")) {
		json_array_append_new(d->status, json_string("clientTransferProhibited"));
	} else if (!on) {
		for (size_t i = 0; i < json_array_size(d->status);) {
			if (strcmp(json_string_value(json_array_get(d->status, i)),
				   "clientTransferProhibited") == 0)
				json_array_remove(d->status, i);
			else
				i++;
		}
	}
	d->updated_at = rq->now;
	rs->dirty = true;
	char *loc = href(rq, "/v5/domain/domains/%s", d->fqdn);
	resp_header(rs, "location", loc);
	free(loc);
	resp_message(rs, 202, on ? "The domain is being locked." : "The domain is being unlocked.");
out:
	json_decref(body);
}

/* ---- the transfer code ---------------------------------------------------------- */

/* A new transfer code: 12 characters of letters, digits and signs, as
 * registries make them (at least one of each kind). */
static char *new_authinfo(void)
{
	static const char *const sets[] = {"abcdefghijkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ",
					   "23456789", "+-_.!"};
	unsigned char r[24];
	char *code = xmalloc(13);
	random_bytes(r, sizeof r);
	for (int i = 0; i < 12; i++) {
		const char *set = sets[i < 4 ? i : r[12 + i] % 4];
		code[i] = set[r[i] % strlen(set)];
	}
	code[12] = '\0';
	for (int i = 11; i > 0; i--) {
		int j = r[i + 12] % (i + 1);
		char c = code[i];
		code[i] = code[j];
		code[j] = c;
	}
	return code;
}

void h_authinfo_reset(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	char *code = new_authinfo();
	wipe(d->authinfo, strlen(d->authinfo));
	free(d->authinfo);
	d->authinfo = code;
	d->updated_at = rq->now;
	rs->dirty = true;
	resp_message(rs, 202, "The authorization code is being reset.");
}
