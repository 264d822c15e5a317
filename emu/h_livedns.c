/*
 * /v5/livedns: domains, records at zone, name and name/type level, text
 * export and import, snapshots, record types.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "handlers.h"
#include "nameservers.h"
#include "records.h"
#include "zonefile.h"

static char *rr_href(const struct req *rq, const char *fqdn, const char *name, const char *type)
{
	struct buf b = {0};
	buf_printf(&b, "%s/v5/livedns/domains/%s/records/", rq->base, fqdn);
	pct_encode(&b, name);
	if (type)
		buf_printf(&b, "/%s", type);
	return buf_detach(&b);
}

static json_t *values_json(const struct rrset *rr)
{
	json_t *a = json_array();
	for (size_t i = 0; rr && i < rr->nval; i++)
		json_array_append_new(a, json_string(rr->val[i]));
	return a;
}

json_t *record_json(const struct req *rq, const char *fqdn, const struct rrset *rr)
{
	char *h = rr_href(rq, fqdn, rr->name, rr->type);
	json_t *o = json_pack("{s:s, s:I, s:s, s:s, s:o}", "rrset_type", rr->type, "rrset_ttl",
			      (json_int_t)rr->ttl, "rrset_name", rr->name, "rrset_href", h,
			      "rrset_values", values_json(rr));
	free(h);
	return o;
}

/* A record inside a snapshot's zone_data: no href. */
static json_t *bare_record_json(const struct rrset *rr)
{
	return json_pack("{s:s, s:I, s:s, s:o}", "rrset_type", rr->type, "rrset_ttl",
			 (json_int_t)rr->ttl, "rrset_name", rr->name, "rrset_values",
			 values_json(rr));
}

static bool wants_text(const struct req *rq)
{
	const char *a = req_header(rq, "Accept");
	return a && strstr(a, "text/plain") != NULL;
}

static void resp_text(struct resp *rs, struct rrset *const *rr, size_t n, time_t serial)
{
	buf_reset(&rs->body);
	zone_export(&rs->body, rr, n, serial);
	rs->status = 200;
	rs->ctype = CT_TEXT;
}

static void record_not_found(struct resp *rs, const char *name, const char *type)
{
	struct buf b = {0};
	if (type)
		buf_printf(&b, "Can't find the DNS record %s/%s in the zone", name, type);
	else
		buf_printf(&b, "Can't find the DNS record %s in the zone", name);
	resp_error(rs, 404, "dns-record", buf_str(&b));
	buf_free(&b);
}

static void record_created(struct req *rq, struct resp *rs, const char *name, const char *type)
{
	char *loc = name ? rr_href(rq, rq->dom->fqdn, name, type)
			 : href(rq, "/v5/livedns/domains/%s/records", rq->dom->fqdn);
	resp_header(rs, "location", loc);
	free(loc);
	resp_message(rs, 201, "DNS Record Created");
}

/* The name in the path, checked (400 on a malformed one). */
static char *path_name(struct resp *rs, const char *raw)
{
	struct buf why = {0};
	char *name = rr_name_check(raw, &why);
	if (!name)
		verr(rs, "path", "rrset_name", "%s", buf_str(&why));
	buf_free(&why);
	return name;
}

static bool path_type(struct resp *rs, const char *type)
{
	struct buf why = {0};
	bool ok = rr_type_check(type, &why) == 0;
	if (!ok)
		verr(rs, "path", "rrset_type", "%s", buf_str(&why));
	buf_free(&why);
	return ok;
}

/*
 * Check the TTL, values and placement of an RRset (name and type already
 * valid) against zone z; errors are reported under field names prefixed with
 * prefix (e.g. "items[2] (www/A): "). Returns a new rrset or NULL.
 */
static struct rrset *make_rrset(struct resp *rs, const char *prefix, const char *name,
				const char *type, const json_t *values, const json_t *ttl,
				const struct zone *z, bool in_items, bool empty_ok)
{
	struct rrset *rr = NULL;
	struct buf why = {0};
	long t;
	char **vals = NULL;
	size_t nv = 0;
	const char *field = "rrset_type";
	if (rr_ttl_check(ttl, &t, &why) < 0) {
		verr(rs, "body", in_items ? "items" : "rrset_ttl", "%s%s", prefix, buf_str(&why));
		goto out;
	}
	if (!values) {
		verr(rs, "body", in_items ? "items" : "rrset_values",
		     "%srrset_values is required: an array of values such as [\"192.0.2.1\"]",
		     prefix);
		goto out;
	}
	if (rr_values_check(name, type, values, empty_ok, &vals, &nv, &why) < 0) {
		verr(rs, "body", in_items ? "items" : "rrset_values", "%s%s", prefix,
		     buf_str(&why));
		goto out;
	}
	if (rr_placement_check(z, name, type, &field, &why) < 0) {
		verr(rs, "body", in_items ? "items" : field, "%s%s", prefix, buf_str(&why));
		strv_free(vals, nv);
		goto out;
	}
	rr = rrset_new(name, type, t, vals, nv);
out:
	buf_free(&why);
	return rr;
}

/* A string member of a body object, checked as a name or a type. */
static char *body_name(struct resp *rs, const char *prefix, const json_t *o, bool in_items)
{
	const json_t *v = json_object_get(o, "rrset_name");
	struct buf why = {0};
	char *name = NULL;
	if (!json_is_string(v))
		verr(rs, "body", in_items ? "items" : "rrset_name",
		     "%srrset_name is required: a name relative to the zone such as 'www' or '@'",
		     prefix);
	else if (!(name = rr_name_check(json_string_value(v), &why)))
		verr(rs, "body", in_items ? "items" : "rrset_name", "%s%s", prefix, buf_str(&why));
	buf_free(&why);
	return name;
}

static const char *body_type(struct resp *rs, const char *prefix, const json_t *o, bool in_items)
{
	const json_t *v = json_object_get(o, "rrset_type");
	struct buf why = {0};
	const char *type = NULL;
	if (!json_is_string(v))
		verr(rs, "body", in_items ? "items" : "rrset_type",
		     "%srrset_type is required: a record type such as 'A' or 'TXT'", prefix);
	else if (rr_type_check(json_string_value(v), &why) < 0)
		verr(rs, "body", in_items ? "items" : "rrset_type", "%s%s", prefix, buf_str(&why));
	else
		type = json_string_value(v);
	buf_free(&why);
	return type;
}

/*
 * Fill tmp with the RRsets of a JSON "items" array. With fixed_name, items
 * carry no rrset_name (PUT /records/{name}). Returns false after errors.
 */
static bool items_to_zone(struct resp *rs, const json_t *items, const char *fixed_name,
			  struct zone *tmp)
{
	if (!json_is_array(items)) {
		verr(rs, "body", "items", "items is required: an array of records");
		return false;
	}
	size_t i;
	json_t *it;
	json_array_foreach(items, i, it) {
		char prefix[96];
		snprintf(prefix, sizeof prefix, "items[%zu]: ", i);
		if (!json_is_object(it)) {
			verr(rs, "body", "items", "items[%zu] is not an object", i);
			return false;
		}
		char *name = fixed_name ? xstrdup(fixed_name) : body_name(rs, prefix, it, true);
		const char *type = body_type(rs, prefix, it, true);
		if (!name || !type) {
			free(name);
			return false;
		}
		snprintf(prefix, sizeof prefix, "items[%zu] (%.20s/%s): ", i, name, type);
		if (zone_find(tmp, name, type, NULL) >= 0) {
			verr(rs, "body", "items", "%sthe RRset is given twice (put all its values "
						  "in one item)",
			     prefix);
			free(name);
			return false;
		}
		struct rrset *rr = make_rrset(rs, prefix, name, type, json_object_get(it, "rrset_values"),
					      json_object_get(it, "rrset_ttl"), tmp, true, false);
		free(name);
		if (!rr)
			return false;
		zone_put(tmp, rr);
	}
	return true;
}

/* Fill tmp from zone text. Returns false after errors. */
static bool text_to_zone(struct req *rq, struct resp *rs, struct zone *tmp)
{
	bool ok = false;
	struct zitem *items = NULL;
	size_t n = 0;
	struct buf err = {0};
	struct {
		char *name;
		const char *type;
		long ttl;
		char **vals;
		size_t nv, cap;
		unsigned line;
	} *grp = NULL;
	size_t ng = 0, capg = 0;
	if (zone_parse(rq->body.data ? rq->body.data : "", rq->body.len, rq->dom->fqdn, &items,
		       &n, &err) < 0) {
		verr(rs, "body", "zone", "%s", buf_str(&err));
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		struct buf why = {0};
		char *name = rr_name_check(items[i].name, &why);
		if (!name) {
			verr(rs, "body", "zone", "line %u: %s", items[i].line, buf_str(&why));
			buf_free(&why);
			goto out;
		}
		buf_free(&why);
		size_t g = 0;
		while (g < ng && !(strcmp(grp[g].name, name) == 0 &&
				   strcmp(grp[g].type, items[i].type) == 0))
			g++;
		if (g == ng) {
			grp = xgrow(grp, &capg, ng + 1, sizeof *grp);
			memset(&grp[ng], 0, sizeof grp[ng]);
			grp[ng].name = name;
			grp[ng].type = items[i].type;
			grp[ng].ttl = items[i].ttl;
			grp[ng].line = items[i].line;
			ng++;
		} else {
			free(name);
		}
		if (items[i].ttl < grp[g].ttl)
			grp[g].ttl = items[i].ttl;
		grp[g].vals = xgrow(grp[g].vals, &grp[g].cap, grp[g].nv + 1, sizeof *grp[g].vals);
		grp[g].vals[grp[g].nv++] = items[i].value;
	}
	for (size_t g = 0; g < ng; g++) {
		struct buf why = {0};
		char **vals = NULL;
		size_t nv = 0;
		const char *field = NULL;
		if (grp[g].ttl < MIN_TTL || grp[g].ttl > MAX_TTL) {
			verr(rs, "body", "zone", "line %u: TTL %ld is out of range: it must be between "
						 "%ld and %ld",
			     grp[g].line, grp[g].ttl, MIN_TTL, MAX_TTL);
		} else if (rr_values_check_strs(grp[g].name, grp[g].type, grp[g].vals, grp[g].nv,
						false, &vals, &nv, &why) < 0 ||
			   rr_placement_check(tmp, grp[g].name, grp[g].type, &field, &why) < 0) {
			strv_free(vals, nv);
			verr(rs, "body", "zone", "line %u (%s/%s): %s", grp[g].line, grp[g].name,
			     grp[g].type, buf_str(&why));
		} else {
			zone_put(tmp, rrset_new(grp[g].name, grp[g].type, grp[g].ttl, vals, nv));
		}
		buf_free(&why);
		if (rs->errors)
			goto out;
	}
	ok = true;
out:
	for (size_t g = 0; g < ng; g++) {
		free(grp[g].name);
		free(grp[g].vals); /* the strings belong to items */
	}
	free(grp);
	zitems_free(items, n);
	buf_free(&err);
	return ok;
}

/* Replace the RRsets of z (all of them, or those at name) with tmp's. */
static void replace_records(struct zone *z, const char *name, struct zone *tmp)
{
	if (!name) {
		zone_clear(z);
	} else {
		size_t at = 0;
		zone_find(z, name, "", &at);
		while (at < z->n && strcmp(z->rr[at]->name, name) == 0)
			zone_remove(z, at);
	}
	for (size_t i = 0; i < tmp->n; i++)
		zone_put(z, tmp->rr[i]);
	tmp->n = 0;
}

/* ---- domains ------------------------------------------------------------- */

static json_t *ld_domain_json(const struct req *rq, const struct domain *d)
{
	char *keys = href(rq, "/v5/livedns/domains/%s/keys", d->fqdn);
	char *recs = href(rq, "/v5/livedns/domains/%s/records", d->fqdn);
	char *self = href(rq, "/v5/livedns/domains/%s", d->fqdn);
	json_t *o = json_pack("{s:s, s:s, s:b, s:s, s:s}", "domain_keys_href", keys, "fqdn",
			      d->fqdn, "automatic_snapshots", d->zone->automatic_snapshots,
			      "domain_records_href", recs, "domain_href", self);
	free(keys);
	free(recs);
	free(self);
	return o;
}

void h_ld_domains_list(struct req *rq, struct resp *rs)
{
	struct store *st = rq->emu->store;
	const struct org *sharing = NULL;
	struct domain **sel = NULL;
	size_t total = 0, nsel = 0, first, last;
	if (sharing_filter(rq, rs, &sharing) < 0)
		goto out;
	sel = xcalloc(st->ndomains ? st->ndomains : 1, sizeof *sel);
	for (size_t i = 0; i < st->ndomains; i++) {
		struct domain *d = st->domains[i];
		if (!d->zone || !token_covers(rq->tok, d))
			continue;
		total++;
		if (!sharing || d->org == sharing)
			sel[nsel++] = d;
	}
	if (paginate(rq, rs, total, nsel, 100, &first, &last) < 0)
		goto out;
	json_t *arr = json_array();
	for (size_t i = first; i < last; i++) {
		char *self = href(rq, "/v5/livedns/domains/%s", sel[i]->fqdn);
		char *recs = href(rq, "/v5/livedns/domains/%s/records", sel[i]->fqdn);
		json_array_append_new(arr, json_pack("{s:s, s:s, s:s}", "fqdn", sel[i]->fqdn,
						     "domain_href", self, "domain_records_href",
						     recs));
		free(self);
		free(recs);
	}
	resp_json(rs, 200, arr);
out:
	free(sel);
}

void h_ld_domain_create(struct req *rq, struct resp *rs)
{
	struct zone tmp = {0};
	struct domain *d = NULL;
	json_t *body = req_json(rq, rs, false);
	if (!body)
		goto out;
	json_t *jf = json_object_get(body, "fqdn");
	if (!json_is_string(jf)) {
		verr(rs, "body", "fqdn", "fqdn is required: the domain to create a zone for");
		goto out;
	}
	char *fqdn = lower_dup(json_string_value(jf));
	d = store_domain(rq->emu->store, fqdn);
	free(fqdn);
	if (!d || !token_covers(rq->tok, d)) {
		verr(rs, "body", "fqdn",
		     "'%s' is not a domain of your organization registered at Gandi",
		     json_string_value(jf));
		goto out;
	}
	if (d->zone) {
		resp_error(rs, 409, "domain", "The domain already has a LiveDNS zone.");
		goto out;
	}
	json_t *zone = json_object_get(body, "zone");
	if (zone && !json_is_object(zone)) {
		verr(rs, "body", "zone", "zone must be an object with an 'items' array");
		goto out;
	}
	if (zone && json_object_get(zone, "items") &&
	    !items_to_zone(rs, json_object_get(zone, "items"), NULL, &tmp))
		goto out;
	d->zone = xcalloc(1, sizeof *d->zone);
	d->zone->automatic_snapshots = true;
	d->zone->updated_at = rq->now;
	replace_records(d->zone, NULL, &tmp);
	rs->dirty = true;
	rq->dom = d;
	char *loc = href(rq, "/v5/livedns/domains/%s", d->fqdn);
	resp_header(rs, "location", loc);
	free(loc);
	resp_message(rs, 201, "Domain Created");
out:
	zone_clear(&tmp);
	free(tmp.rr);
	json_decref(body);
}

void h_ld_domain_get(struct req *rq, struct resp *rs)
{
	resp_json(rs, 200, ld_domain_json(rq, rq->dom));
}

void h_ld_domain_patch(struct req *rq, struct resp *rs)
{
	json_t *body = req_json(rq, rs, false);
	json_t *v = body ? json_object_get(body, "automatic_snapshots") : NULL;
	if (!body) {
		/* req_json answered the 400 */
	} else if (!json_is_boolean(v)) {
		verr(rs, "body", "automatic_snapshots",
		     "automatic_snapshots is required and must be true or false");
	} else {
		rq->dom->zone->automatic_snapshots = json_is_true(v);
		rs->dirty = true;
		resp_message(rs, 200, "Domain updated");
	}
	json_decref(body);
}

void h_ld_nameservers(struct req *rq, struct resp *rs)
{
	size_t n = 0;
	char **ns = livedns_ns_of_zone(rq->dom->fqdn, rq->dom->zone, &n);
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(ns[i]));
	strv_free(ns, n);
	resp_json(rs, 200, a);
}

void h_ld_generic_nameservers(struct req *rq, struct resp *rs)
{
	struct buf why = {0};
	char *copy = xstrdup(rq->arg[0]);
	size_t len = strlen(copy);
	if (len > 1 && copy[len - 1] == '.')
		copy[len - 1] = '\0';
	char *fqdn = rr_name_check(copy, &why);
	if (!fqdn || strcmp(fqdn, "@") == 0 || strchr(fqdn, '*')) {
		verr(rs, "path", "fqdn", "'%s' is not a domain name like 'example.com'", rq->arg[0]);
		verr_done(rs);
	} else {
		char ns[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN];
		livedns_ns_generic(fqdn, ns);
		json_t *a = json_array();
		for (int i = 0; i < LIVEDNS_NS_COUNT; i++)
			json_array_append_new(a, json_string(ns[i]));
		resp_json(rs, 200, a);
	}
	free(fqdn);
	free(copy);
	buf_free(&why);
}

void h_ld_rrtypes(struct req *rq, struct resp *rs)
{
	(void)rq;
	json_t *a = json_array();
	for (size_t i = 0; i < rr_ntypes; i++)
		json_array_append_new(a, json_string(rr_types[i]));
	resp_json(rs, 200, a);
}

/* ---- records at the zone level ------------------------------------------ */

/* How a record list is sorted: field 0 name, 1 type, 2 ttl. */
struct rr_order {
	int field;
	bool desc;
};

static int rr_sort(const void *pa, const void *pb, void *ctx)
{
	const struct rrset *a = pa, *b = pb;
	const struct rr_order *o = ctx;
	int c = 0;
	if (o->field == 1)
		c = strcmp(a->type, b->type);
	else if (o->field == 2)
		c = a->ttl < b->ttl ? -1 : a->ttl > b->ttl;
	if (!c)
		c = rrset_cmp(a->name, a->type, b->name, b->type);
	return o->desc ? -c : c;
}

/* Whether the query's rrset_type parameters (there may be several) let rr through. */
static bool type_wanted(const struct req *rq, const struct rrset *rr)
{
	bool any = false;
	for (size_t i = 0; i < rq->q.n; i++) {
		if (strcmp(rq->q.v[i].key, "rrset_type") != 0)
			continue;
		any = true;
		if (strcmp(rq->q.v[i].value, rr->type) == 0)
			return true;
	}
	return !any;
}

/* Answer a list of rrsets: text export or a paged JSON array. */
static void list_records(struct req *rq, struct resp *rs, struct rrset **rr, size_t n)
{
	struct zone *z = rq->dom->zone;
	const char *sort = query_get(&rq->q, "sort_by");
	const char *fname = query_get(&rq->q, "rrset_name");
	size_t nsel = 0, first, last;
	struct rrset **sel = xcalloc(n ? n : 1, sizeof *sel);
	int field = 0;
	bool desc = false;
	if (sort) {
		const char *k = sort[0] == '-' ? sort + 1 : sort;
		desc = sort[0] == '-';
		if (strcmp(k, "rrset_name") == 0)
			field = 0;
		else if (strcmp(k, "rrset_type") == 0)
			field = 1;
		else if (strcmp(k, "rrset_ttl") == 0)
			field = 2;
		else
			verr(rs, "querystring", "sort_by",
			     "'%s' is not a sort key (use rrset_name, rrset_type or rrset_ttl, with "
			     "'-' for descending order)",
			     sort);
	}
	if (verr_done(rs))
		goto out;
	for (size_t i = 0; i < n; i++) {
		if (!type_wanted(rq, rr[i]))
			continue;
		if (fname && strcasecmp(fname, rr[i]->name) != 0)
			continue;
		sel[nsel++] = rr[i];
	}
	if (wants_text(rq)) {
		resp_text(rs, sel, nsel, z->updated_at);
		goto out;
	}
	if (field || desc) {
		struct rr_order order = {field, desc};
		sort_ptrs((void **)sel, nsel, rr_sort, &order);
	}
	if (paginate(rq, rs, n, nsel, 100, &first, &last) < 0)
		goto out;
	json_t *arr = json_array();
	for (size_t i = first; i < last; i++)
		json_array_append_new(arr, record_json(rq, rq->dom->fqdn, sel[i]));
	resp_json(rs, 200, arr);
out:
	free(sel);
}

void h_rec_zone_get(struct req *rq, struct resp *rs)
{
	list_records(rq, rs, rq->dom->zone->rr, rq->dom->zone->n);
}

/* POST of one new RRset (NAME and TYPE checked): 409 when it exists, else 201. */
static void rrset_create(struct req *rq, struct resp *rs, const char *name, const char *type,
			 json_t *body)
{
	struct zone *z = rq->dom->zone;
	if (zone_find(z, name, type, NULL) >= 0) {
		resp_error(rs, 409, "dns-record", "A DNS record already exists with the same name "
						  "and type; use PUT to replace it.");
		return;
	}
	struct rrset *rr = make_rrset(rs, "", name, type, json_object_get(body, "rrset_values"),
				      json_object_get(body, "rrset_ttl"), z, false, false);
	if (!rr)
		return;
	zone_will_change(z, rq->now);
	zone_put(z, rr);
	rs->dirty = true;
	record_created(rq, rs, name, type);
}

void h_rec_zone_post(struct req *rq, struct resp *rs)
{
	char *name = NULL;
	json_t *body = req_json(rq, rs, false);
	if (!body)
		goto out;
	name = body_name(rs, "", body, false);
	const char *type = body_type(rs, "", body, false);
	if (!name || !type)
		goto out;
	rrset_create(rq, rs, name, type, body);
out:
	free(name);
	json_decref(body);
}

void h_rec_zone_put(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	struct zone tmp = {0};
	json_t *body = NULL;
	const char *ct = req_header(rq, "Content-Type");
	if (ct && strncasecmp(ct, "text/plain", 10) == 0) {
		if (!text_to_zone(rq, rs, &tmp))
			goto out;
	} else {
		if (!(body = req_json(rq, rs, false)))
			goto out;
		if (!items_to_zone(rs, json_object_get(body, "items"), NULL, &tmp))
			goto out;
	}
	zone_will_change(z, rq->now);
	replace_records(z, NULL, &tmp);
	rs->dirty = true;
	record_created(rq, rs, NULL, NULL);
out:
	zone_clear(&tmp);
	free(tmp.rr);
	json_decref(body);
}

void h_rec_zone_delete(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	zone_will_change(z, rq->now);
	zone_clear(z);
	rs->dirty = true;
	resp_no_content(rs);
}

/* ---- records at one name ------------------------------------------------- */

void h_rec_name_get(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	char *name = path_name(rs, rq->arg[1]);
	if (name) {
		size_t at = 0, end;
		zone_find(z, name, "", &at);
		for (end = at; end < z->n && strcmp(z->rr[end]->name, name) == 0; end++)
			;
		list_records(rq, rs, z->rr + at, end - at);
	}
	free(name);
}

void h_rec_name_post(struct req *rq, struct resp *rs)
{
	char *name = path_name(rs, rq->arg[1]);
	json_t *body = name ? req_json(rq, rs, false) : NULL;
	if (!body)
		goto out;
	const char *type = body_type(rs, "", body, false);
	if (!type)
		goto out;
	rrset_create(rq, rs, name, type, body);
out:
	free(name);
	json_decref(body);
}

void h_rec_name_put(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	struct zone tmp = {0};
	char *name = path_name(rs, rq->arg[1]);
	json_t *body = name ? req_json(rq, rs, false) : NULL;
	if (!body || !items_to_zone(rs, json_object_get(body, "items"), name, &tmp))
		goto out;
	zone_will_change(z, rq->now);
	replace_records(z, name, &tmp);
	rs->dirty = true;
	record_created(rq, rs, name, NULL);
out:
	zone_clear(&tmp);
	free(tmp.rr);
	free(name);
	json_decref(body);
}

void h_rec_name_delete(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	char *name = path_name(rs, rq->arg[1]);
	size_t at = 0;
	if (!name)
		goto out;
	zone_find(z, name, "", &at);
	if (at >= z->n || strcmp(z->rr[at]->name, name) != 0) {
		record_not_found(rs, name, NULL);
		goto out;
	}
	zone_will_change(z, rq->now);
	while (at < z->n && strcmp(z->rr[at]->name, name) == 0)
		zone_remove(z, at);
	rs->dirty = true;
	resp_no_content(rs);
out:
	free(name);
}

/* ---- one RRset ------------------------------------------------------------ */

/* The name and type of the path, checked; NULL name after a 400. */
static char *path_rrset(struct req *rq, struct resp *rs, const char **type)
{
	char *name = path_name(rs, rq->arg[1]);
	*type = rq->arg[2];
	if (!path_type(rs, *type)) {
		free(name);
		name = NULL;
	}
	return name;
}

void h_rec_get(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	const char *type;
	char *name = path_rrset(rq, rs, &type);
	long i = name ? zone_find(z, name, type, NULL) : -1;
	if (!name)
		; /* path_rrset answered the 400 */
	else if (i < 0)
		record_not_found(rs, name, type);
	else if (wants_text(rq))
		resp_text(rs, &z->rr[i], 1, z->updated_at);
	else
		resp_json(rs, 200, record_json(rq, rq->dom->fqdn, z->rr[i]));
	free(name);
}

void h_rec_post(struct req *rq, struct resp *rs)
{
	const char *type;
	char *name = path_rrset(rq, rs, &type);
	json_t *body = name ? req_json(rq, rs, false) : NULL;
	if (body)
		rrset_create(rq, rs, name, type, body);
	free(name);
	json_decref(body);
}

void h_rec_put(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	const char *type;
	char *name = path_rrset(rq, rs, &type);
	json_t *body = name ? req_json(rq, rs, false) : NULL;
	if (!body)
		goto out;
	/* An empty rrset_values is accepted and leaves an empty RRset (gandi-api.md
	 * §13.1: what certbot-dns-gandi sends to remove the last value). */
	struct rrset *rr = make_rrset(rs, "", name, type, json_object_get(body, "rrset_values"),
				      json_object_get(body, "rrset_ttl"), z, false, true);
	if (!rr)
		goto out;
	zone_will_change(z, rq->now);
	zone_put(z, rr);
	rs->dirty = true;
	record_created(rq, rs, name, type);
out:
	free(name);
	json_decref(body);
}

/* Strings of a JSON array member (borrowed), or -1 after a 400. */
static int strs_of(struct resp *rs, const json_t *body, const char *key, const char ***out,
		   size_t *n)
{
	const json_t *a = json_object_get(body, key);
	*out = NULL;
	*n = 0;
	if (!a)
		return 0;
	if (!json_is_array(a)) {
		verr(rs, "body", key, "%s must be an array of strings", key);
		return -1;
	}
	*out = xcalloc(json_array_size(a) + 1, sizeof **out);
	for (size_t i = 0; i < json_array_size(a); i++) {
		const json_t *v = json_array_get(a, i);
		if (!json_is_string(v)) {
			verr(rs, "body", key, "%s[%zu] is not a string", key, i);
			return -1;
		}
		(*out)[(*n)++] = json_string_value(v);
	}
	return 0;
}

/* The stored form of a value of type, for comparisons. */
static char *stored_form(const char *type, const char *v)
{
	if (strcmp(type, "TXT") == 0 || strcmp(type, "SPF") == 0)
		return txt_quote(v);
	return xstrdup(v);
}

void h_rec_patch(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	const char *type;
	const char **add = NULL, **del = NULL;
	size_t nadd = 0, ndel = 0, nv = 0, cap = 0;
	char **vals = NULL, **checked = NULL;
	size_t nchecked = 0;
	struct buf why = {0};
	char *name = path_rrset(rq, rs, &type);
	json_t *body = name ? req_json(rq, rs, false) : NULL;
	if (!body)
		goto out;
	json_t *jttl = json_object_get(body, "rrset_ttl");
	if (strs_of(rs, body, "add_rrset_values", &add, &nadd) < 0 ||
	    strs_of(rs, body, "remove_rrset_values", &del, &ndel) < 0)
		goto out;
	if (!add && !del && !jttl) {
		verr(rs, "body", "body", "give add_rrset_values, remove_rrset_values or rrset_ttl");
		goto out;
	}
	long ttl;
	if (rr_ttl_check(jttl, &ttl, &why) < 0) {
		verr(rs, "body", "rrset_ttl", "%s", buf_str(&why));
		goto out;
	}
	long i = zone_find(z, name, type, NULL);
	const struct rrset *old = i >= 0 ? z->rr[i] : NULL;
	if (!old && nadd == 0) {
		record_not_found(rs, name, type);
		goto out;
	}
	if (old && !jttl)
		ttl = old->ttl;
	for (size_t k = 0; old && k < old->nval; k++) {
		bool removed = false;
		for (size_t r = 0; r < ndel && !removed; r++) {
			char *s = stored_form(type, del[r]);
			removed = strcmp(s, old->val[k]) == 0;
			free(s);
		}
		if (!removed) {
			vals = xgrow(vals, &cap, nv + 1, sizeof *vals);
			vals[nv++] = xstrdup(old->val[k]);
		}
	}
	for (size_t a = 0; a < nadd; a++) {
		vals = xgrow(vals, &cap, nv + 1, sizeof *vals);
		vals[nv++] = xstrdup(add[a]);
	}
	if (nv == 0) {
		/* Every value removed: the RRset is gone; answer it with no values. */
		struct rrset empty = {.name = name, .type = (char *)type, .ttl = ttl};
		json_t *j = record_json(rq, rq->dom->fqdn, &empty);
		zone_will_change(z, rq->now);
		zone_remove(z, (size_t)i);
		rs->dirty = true;
		resp_json(rs, 200, j);
		goto out;
	}
	const char *field = "rrset_type";
	if (rr_values_check_strs(name, type, vals, nv, false, &checked, &nchecked, &why) < 0) {
		verr(rs, "body", "add_rrset_values", "%s", buf_str(&why));
		goto out;
	}
	if (!old && rr_placement_check(z, name, type, &field, &why) < 0) {
		verr(rs, "body", field, "%s", buf_str(&why));
		goto out;
	}
	struct rrset *rr = rrset_new(name, type, ttl, checked, nchecked);
	checked = NULL;
	zone_will_change(z, rq->now);
	zone_put(z, rr);
	rs->dirty = true;
	resp_json(rs, 200, record_json(rq, rq->dom->fqdn, rr));
out:
	strv_free(checked, nchecked);
	strv_free(vals, nv);
	free(add);
	free(del);
	buf_free(&why);
	free(name);
	json_decref(body);
}

void h_rec_delete(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	const char *type;
	char *name = path_rrset(rq, rs, &type);
	long i = name ? zone_find(z, name, type, NULL) : -1;
	if (!name) {
		/* path_rrset answered the 400 */
	} else if (i < 0) {
		record_not_found(rs, name, type);
	} else {
		zone_will_change(z, rq->now);
		zone_remove(z, (size_t)i);
		rs->dirty = true;
		resp_no_content(rs);
	}
	free(name);
}

/* ---- snapshots ------------------------------------------------------------ */

static long snap_index(const struct zone *z, const char *id)
{
	for (size_t i = 0; i < z->nsnap; i++)
		if (strcmp(z->snap[i]->id, id) == 0)
			return (long)i;
	return -1;
}

static void snap_not_found(struct resp *rs, const char *id)
{
	struct buf b = {0};
	buf_printf(&b, "Can't find the snapshot %s", id);
	resp_error(rs, 404, "snapshot", buf_str(&b));
	buf_free(&b);
}

static json_t *snap_json(const struct req *rq, const struct snapshot *s, bool data)
{
	char *h = href(rq, "/v5/livedns/domains/%s/snapshots/%s", rq->dom->fqdn, s->id);
	json_t *o = json_pack("{s:s, s:s, s:o, s:b}", "id", s->id, "name", s->name, "created_at",
			      jtime(s->created_at), "automatic", s->automatic);
	if (data) {
		json_t *zd = json_array();
		for (size_t i = 0; i < s->n; i++)
			json_array_append_new(zd, bare_record_json(s->rr[i]));
		json_object_set_new(o, "zone_data", zd);
	} else {
		json_object_set_new(o, "href", json_string(h));
	}
	free(h);
	return o;
}

void h_snap_list(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	const char *automatic = query_get(&rq->q, "automatic");
	const char *sort = query_get(&rq->q, "sort_by");
	bool desc = sort && sort[0] == '-';
	struct snapshot **sel = NULL;
	size_t nsel = 0, first, last;
	if (automatic && strcmp(automatic, "true") && strcmp(automatic, "false"))
		verr(rs, "querystring", "automatic", "automatic must be true or false");
	if (sort && strcmp(sort, "date_created") && strcmp(sort, "-date_created"))
		verr(rs, "querystring", "sort_by", "sort_by must be date_created or -date_created");
	if (rs->errors)
		goto out;
	sel = xcalloc(z->nsnap ? z->nsnap : 1, sizeof *sel);
	for (size_t i = 0; i < z->nsnap; i++) {
		struct snapshot *sn = z->snap[desc ? z->nsnap - 1 - i : i];
		if (!automatic || sn->automatic == (strcmp(automatic, "true") == 0))
			sel[nsel++] = sn;
	}
	if (paginate(rq, rs, z->nsnap, nsel, 100, &first, &last) < 0)
		goto out;
	json_t *arr = json_array();
	for (size_t i = first; i < last; i++)
		json_array_append_new(arr, snap_json(rq, sel[i], false));
	resp_json(rs, 200, arr);
out:
	free(sel);
}

void h_snap_create(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	json_t *body = NULL;
	char defname[ISO_LEN + 16];
	char stamp[ISO_LEN];
	const char *name = defname;
	fmt_time(rq->now, stamp);
	snprintf(defname, sizeof defname, "Snapshot %s", stamp);
	if (rq->body.len) {
		if (!(body = req_json(rq, rs, false)))
			goto out;
		json_t *jn = json_object_get(body, "name");
		if (jn && (!json_is_string(jn) || json_string_length(jn) > 255)) {
			verr(rs, "body", "name", "name must be a string of at most 255 characters");
			goto out;
		}
		if (jn)
			name = json_string_value(jn);
	}
	struct snapshot *s = zone_snapshot(z, name, false, rq->now);
	rs->dirty = true;
	char *loc = href(rq, "/v5/livedns/domains/%s/snapshots/%s", rq->dom->fqdn, s->id);
	resp_header(rs, "location", loc);
	free(loc);
	resp_json(rs, 201, json_pack("{s:s, s:s}", "message", "Snapshot Created", "id", s->id));
out:
	json_decref(body);
}

void h_snap_get(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	long i = snap_index(z, rq->arg[1]);
	if (i < 0)
		snap_not_found(rs, rq->arg[1]);
	else if (wants_text(rq))
		resp_text(rs, z->snap[i]->rr, z->snap[i]->n, z->snap[i]->created_at);
	else
		resp_json(rs, 200, snap_json(rq, z->snap[i], true));
}

void h_snap_patch(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	long i = snap_index(z, rq->arg[1]);
	json_t *body = NULL;
	if (i < 0) {
		snap_not_found(rs, rq->arg[1]);
		goto out;
	}
	if (!(body = req_json(rq, rs, false)))
		goto out;
	json_t *jn = json_object_get(body, "name");
	if (!json_is_string(jn) || json_string_length(jn) > 255) {
		verr(rs, "body", "name", "name is required: a string of at most 255 characters");
		goto out;
	}
	free(z->snap[i]->name);
	z->snap[i]->name = xstrdup(json_string_value(jn));
	rs->dirty = true;
	resp_message(rs, 200, "Snapshot updated");
out:
	json_decref(body);
}

void h_snap_delete(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	long i = snap_index(z, rq->arg[1]);
	if (i < 0) {
		snap_not_found(rs, rq->arg[1]);
	} else {
		zone_drop_snapshot(z, (size_t)i);
		rs->dirty = true;
		resp_no_content(rs);
	}
}
