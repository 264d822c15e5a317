#include "journal.h"

#include <stdlib.h>
#include <string.h>

#include "seed.h"
#include "util.h"

void txn_begin(struct txn *t, const struct store *st, const struct domain *d)
{
	memset(t, 0, sizeof *t);
	t->ntokens = st->ntokens;
	t->ntsigs = st->ntsigs;
	t->dom = d;
	if (!d || !d->zone)
		return;
	const struct zone *z = d->zone;
	t->rr = xcalloc(z->n ? z->n : 1, sizeof *t->rr);
	for (size_t i = 0; i < z->n; i++)
		t->rr[i] = rrset_ref(z->rr[i]);
	t->nrr = z->n;
	t->snap = xcalloc(z->nsnap ? z->nsnap : 1, sizeof *t->snap);
	for (size_t i = 0; i < z->nsnap; i++) {
		t->snap[i].id = xstrdup(z->snap[i]->id);
		t->snap[i].name = xstrdup(z->snap[i]->name);
	}
	t->nsnap = z->nsnap;
}

void txn_free(struct txn *t)
{
	for (size_t i = 0; i < t->nrr; i++)
		rrset_unref(t->rr[i]);
	free(t->rr);
	for (size_t i = 0; i < t->nsnap; i++) {
		free(t->snap[i].id);
		free(t->snap[i].name);
	}
	free(t->snap);
	memset(t, 0, sizeof *t);
}

/* ---- building a transaction ----------------------------------------------- */

static void add_op(json_t *ops, const char *kind, json_t *obj)
{
	json_array_append_new(ops, json_pack("{s:o}", kind, obj));
}

static json_t *with_domain(json_t *obj, const struct domain *d)
{
	json_object_set_new(obj, "domain", json_string(d->fqdn));
	return obj;
}

static bool same_rrsets(struct rrset *const *a, size_t na, struct rrset *const *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

static const struct snapname *find_name(const struct txn *t, const char *id)
{
	for (size_t i = 0; i < t->nsnap; i++)
		if (strcmp(t->snap[i].id, id) == 0)
			return &t->snap[i];
	return NULL;
}

static bool has_snapshot(const struct zone *z, const char *id)
{
	for (size_t i = 0; z && i < z->nsnap; i++)
		if (strcmp(z->snap[i]->id, id) == 0)
			return true;
	return false;
}

/* A new snapshot: of the zone before the change (when = 0), after it (1), or
 * of its own data (2). */
static json_t *snapshot_op(const struct domain *d, const struct snapshot *s, int when)
{
	json_t *o = with_domain(seed_snapshot_json(s), d);
	if (when == 2) {
		json_t *zd = json_array();
		for (size_t i = 0; i < s->n; i++)
			json_array_append_new(zd, seed_record_json(s->rr[i]));
		json_object_set_new(o, "zone_data", zd);
	}
	return o;
}

static void rrset_ops(json_t *ops, const struct domain *d, struct rrset *const *b, size_t nb,
		      struct rrset *const *a, size_t na)
{
	size_t i = 0, j = 0;
	while (i < nb || j < na) {
		int c = i < nb && j < na ? rrset_cmp(b[i]->name, b[i]->type, a[j]->name, a[j]->type)
			: i < nb	 ? -1
					 : 1;
		if (c == 0) {
			if (b[i] != a[j])
				add_op(ops, "rrset", with_domain(seed_record_json(a[j]), d));
			i++;
			j++;
		} else if (c < 0) {
			add_op(ops, "rrset_del",
			       with_domain(json_pack("{s:s, s:s}", "rrset_name", b[i]->name,
						     "rrset_type", b[i]->type),
					   d));
			i++;
		} else {
			add_op(ops, "rrset", with_domain(seed_record_json(a[j]), d));
			j++;
		}
	}
}

static void zone_ops(json_t *ops, const struct txn *t, const struct domain *d)
{
	const struct zone *z = d->zone;
	bool mine = t->dom == d;
	struct rrset *const *b = mine ? t->rr : NULL;
	size_t nb = mine ? t->nrr : 0;
	struct rrset *const *a = z ? z->rr : NULL;
	size_t na = z ? z->n : 0;
	int *when = xcalloc(z && z->nsnap ? z->nsnap : 1, sizeof *when);
	for (size_t i = 0; z && i < z->nsnap; i++) {
		const struct snapshot *s = z->snap[i];
		when[i] = -1; /* an old one */
		if (mine && find_name(t, s->id))
			continue;
		when[i] = same_rrsets(s->rr, s->n, b, nb) ? 0 : same_rrsets(s->rr, s->n, a, na) ? 1 : 2;
		if (when[i] == 0)
			add_op(ops, "snapshot", snapshot_op(d, s, 0));
	}
	rrset_ops(ops, d, b, nb, a, na);
	for (size_t i = 0; z && i < z->nsnap; i++)
		if (when[i] > 0)
			add_op(ops, "snapshot", snapshot_op(d, z->snap[i], when[i]));
	for (size_t i = 0; mine && i < t->nsnap; i++)
		if (!has_snapshot(z, t->snap[i].id))
			add_op(ops, "snapshot_del",
			       with_domain(json_pack("{s:s}", "id", t->snap[i].id), d));
	for (size_t i = 0; mine && z && i < z->nsnap; i++) {
		const struct snapname *was = find_name(t, z->snap[i]->id);
		if (was && strcmp(was->name, z->snap[i]->name) != 0)
			add_op(ops, "snapshot_name",
			       with_domain(json_pack("{s:s, s:s}", "id", z->snap[i]->id, "name",
						     z->snap[i]->name),
					   d));
	}
	free(when);
}

void txn_end(const struct txn *t, const struct store *st, const struct domain *d,
	     struct buf *line)
{
	json_t *ops = json_array();
	for (size_t i = t->ntsigs; i < st->ntsigs; i++)
		add_op(ops, "tsig_key", seed_tsig_json(st->tsigs[i]));
	if (d) {
		add_op(ops, "domain", seed_domain_json(d));
		zone_ops(ops, t, d);
	}
	for (size_t i = t->ntokens; i < st->ntokens; i++)
		add_op(ops, "token", seed_token_json(st->tokens[i]));
	if (json_array_size(ops)) {
		char *text = json_dumps(ops, JSON_COMPACT);
		buf_adds(line, text);
		free(text);
	}
	json_decref(ops);
}

/* ---- applying a transaction ----------------------------------------------- */

/* "what 'arg'" into err. */
static int bad(struct buf *err, const char *what, const char *arg)
{
	buf_printf(err, "%s '%s'", what, arg);
	return -1;
}

/* The domain named by op's "domain" member, with its zone when need_zone. */
static struct domain *op_domain(struct store *st, json_t *op, bool need_zone, struct buf *err)
{
	const char *fqdn = json_string_value(json_object_get(op, "domain"));
	struct domain *d = fqdn ? store_domain(st, fqdn) : NULL;
	if (!d || (need_zone && !d->zone)) {
		bad(err, "no zone to change:", fqdn ? fqdn : "(none)");
		return NULL;
	}
	return d;
}

static int apply_domain(struct store *st, json_t *obj, time_t now, struct buf *err)
{
	struct domain *d = seed_parse_domain(st, obj, now, err);
	if (!d)
		return -1;
	size_t i = 0;
	while (i < st->ndomains && strcmp(st->domains[i]->fqdn, d->fqdn) != 0)
		i++;
	if (i == st->ndomains) {
		store_add_domain(st, d);
		return 0;
	}
	struct domain *old = st->domains[i];
	if (d->zone && old->zone) {
		struct zone *nz = d->zone, *oz = old->zone;
		nz->rr = oz->rr;
		nz->n = oz->n;
		nz->cap = oz->cap;
		nz->snap = oz->snap;
		nz->nsnap = oz->nsnap;
		nz->capsnap = oz->capsnap;
		oz->rr = NULL;
		oz->n = oz->cap = 0;
		oz->snap = NULL;
		oz->nsnap = oz->capsnap = 0;
	}
	st->domains[i] = d;
	domain_free(old);
	return 0;
}

static int apply_rrset(struct store *st, json_t *obj, struct buf *err)
{
	struct domain *d = op_domain(st, obj, true, err);
	if (!d)
		return -1;
	json_t *rec = json_copy(obj);
	json_object_del(rec, "domain");
	struct rrset *rr = seed_parse_record(rec, err);
	json_decref(rec);
	if (!rr)
		return -1;
	zone_put(d->zone, rr);
	return 0;
}

static int apply_rrset_del(struct store *st, json_t *obj, struct buf *err)
{
	struct domain *d = op_domain(st, obj, true, err);
	const char *name = json_string_value(json_object_get(obj, "rrset_name"));
	const char *type = json_string_value(json_object_get(obj, "rrset_type"));
	if (!d)
		return -1;
	long i = name && type ? zone_find(d->zone, name, type, NULL) : -1;
	if (i < 0)
		return bad(err, "no RRset to delete:", name ? name : "(none)");
	zone_remove(d->zone, (size_t)i);
	return 0;
}

static long snapshot_index(const struct zone *z, const char *id)
{
	for (size_t i = 0; id && i < z->nsnap; i++)
		if (strcmp(z->snap[i]->id, id) == 0)
			return (long)i;
	return -1;
}

static int apply_snapshot(struct store *st, json_t *obj, time_t now, struct buf *err)
{
	struct domain *d = op_domain(st, obj, true, err);
	struct zone data = {0};
	int rc = -1;
	if (!d)
		goto out;
	struct zone *z = d->zone;
	const char *id = json_string_value(json_object_get(obj, "id"));
	const char *name = json_string_value(json_object_get(obj, "name"));
	const char *created = json_string_value(json_object_get(obj, "created_at"));
	json_t *automatic = json_object_get(obj, "automatic");
	json_t *zd = json_object_get(obj, "zone_data");
	time_t at;
	if (!id || !name || !created || parse_time(created, now, &at) < 0 ||
	    !json_is_boolean(automatic)) {
		bad(err, "id, name, created_at or automatic missing in snapshot", id ? id : "?");
		goto out;
	}
	if (snapshot_index(z, id) >= 0) {
		bad(err, "a snapshot exists already:", id);
		goto out;
	}
	if (zd && seed_parse_records(zd, &data, err) < 0)
		goto out;
	struct rrset *const *src = zd ? data.rr : z->rr;
	size_t n = zd ? data.n : z->n;
	struct snapshot *s = xcalloc(1, sizeof *s);
	s->id = xstrdup(id);
	s->name = xstrdup(name);
	s->created_at = at;
	s->automatic = json_is_true(automatic);
	s->rr = xcalloc(n ? n : 1, sizeof *s->rr);
	for (size_t i = 0; i < n; i++)
		s->rr[i] = rrset_ref(src[i]);
	s->n = n;
	zone_add_snapshot(z, s);
	rc = 0;
out:
	zone_clear(&data);
	free(data.rr);
	return rc;
}

static int apply_snapshot_change(struct store *st, json_t *obj, bool del, struct buf *err)
{
	struct domain *d = op_domain(st, obj, true, err);
	if (!d)
		return -1;
	const char *id = json_string_value(json_object_get(obj, "id"));
	const char *name = json_string_value(json_object_get(obj, "name"));
	long i = snapshot_index(d->zone, id);
	if (i < 0 || (!del && !name))
		return bad(err, "no snapshot to change:", id ? id : "(none)");
	if (del) {
		zone_drop_snapshot(d->zone, (size_t)i);
	} else {
		free(d->zone->snap[i]->name);
		d->zone->snap[i]->name = xstrdup(name);
	}
	return 0;
}

int journal_apply(struct store *st, const char *line, size_t len, time_t now, struct buf *err)
{
	json_error_t jerr;
	int rc = -1;
	json_t *ops = json_loadb(line, len, 0, &jerr);
	if (!json_is_array(ops)) {
		buf_printf(err, "not a transaction (%s)", ops ? "not an array" : jerr.text);
		goto out;
	}
	size_t i;
	json_t *op;
	json_array_foreach(ops, i, op) {
		const char *kind = json_is_object(op) && json_object_size(op) == 1
					   ? json_object_iter_key(json_object_iter(op))
					   : NULL;
		json_t *obj = kind ? json_object_iter_value(json_object_iter(op)) : NULL;
		int r = -1;
		if (!json_is_object(obj))
			buf_printf(err, "operation %zu is not an object with one member", i);
		else if (strcmp(kind, "domain") == 0)
			r = apply_domain(st, obj, now, err);
		else if (strcmp(kind, "rrset") == 0)
			r = apply_rrset(st, obj, err);
		else if (strcmp(kind, "rrset_del") == 0)
			r = apply_rrset_del(st, obj, err);
		else if (strcmp(kind, "snapshot") == 0)
			r = apply_snapshot(st, obj, now, err);
		else if (strcmp(kind, "snapshot_del") == 0)
			r = apply_snapshot_change(st, obj, true, err);
		else if (strcmp(kind, "snapshot_name") == 0)
			r = apply_snapshot_change(st, obj, false, err);
		else if (strcmp(kind, "token") == 0)
			r = seed_add_token(st, obj, now, err);
		else if (strcmp(kind, "tsig_key") == 0)
			r = seed_add_tsig(st, obj, now, err);
		else
			buf_printf(err, "unknown operation '%s'", kind);
		if (r < 0)
			goto out;
	}
	rc = 0;
out:
	json_decref(ops);
	return rc;
}
