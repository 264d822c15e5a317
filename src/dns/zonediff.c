#include "dns/zonediff.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dns/value.h"
#include "util.h"
#include "xalloc.h"

bool zd_is_gandi_ns(const struct zd_rrset *r)
{
	if (strcmp(r->type, "NS") != 0 || strcmp(r->name, "@") != 0 || r->nvalues == 0)
		return false;
	for (size_t i = 0; i < r->nvalues; i++)
		if (!dnsv_host_under("NS", r->values[i], "gandi.net"))
			return false;
	return true;
}

/* ---- RRset keys ---------------------------------------------------------- */

struct table {
	size_t *slots; /* index + 1 into the side's array; 0 is empty */
	size_t mask;
};

static uint64_t rr_hash(const struct zd_rrset *r)
{
	uint64_t h = 1469598103934665603ull;
	for (const char *p = r->name; *p; p++)
		h = (h ^ (unsigned char)tolower((unsigned char)*p)) * 1099511628211ull;
	h = (h ^ 0xff) * 1099511628211ull;
	for (const char *p = r->type; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ull;
	return h ^ (h >> 29);
}

static bool rr_same(const struct zd_rrset *a, const struct zd_rrset *b)
{
	return strcmp(a->type, b->type) == 0 && strcasecmp(a->name, b->name) == 0;
}

static void table_init(struct table *t, size_t n)
{
	size_t cap = 16;
	while (cap < n * 2)
		cap *= 2;
	t->slots = xcalloc(cap, sizeof(*t->slots));
	t->mask = cap - 1;
}

/* The slot of r's key: holding the RRset with that key, or empty. */
static size_t *table_slot(const struct table *t, const struct zd_rrset *side,
			  const struct zd_rrset *r)
{
	size_t i = (size_t)rr_hash(r) & t->mask;
	while (t->slots[i] && !rr_same(&side[t->slots[i] - 1], r))
		i = (i + 1) & t->mask;
	return &t->slots[i];
}

/* Index every RRset of side; false (with *first, *second) on a repeated key. */
static bool table_fill(struct table *t, const struct zd_rrset *side, size_t n, size_t *first,
		       size_t *second)
{
	table_init(t, n);
	for (size_t i = 0; i < n; i++) {
		size_t *slot = table_slot(t, side, &side[i]);
		if (*slot) {
			*first = *slot - 1;
			*second = i;
			return false;
		}
		*slot = i + 1;
	}
	return true;
}

/* ---- comparing the values of one RRset ----------------------------------- */

struct vkey {
	char *key;
	size_t index;
};

static int vkey_cmp(const void *a, const void *b)
{
	const struct vkey *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

/*
 * Key the values of r, sorted by key. in_other[i] is set later; dup[i] marks
 * a value that repeats an earlier one of the same side.
 */
static struct vkey *values_keyed(const char *zone, const struct zd_rrset *r, bool *dup)
{
	struct vkey *k = xcalloc(r->nvalues ? r->nvalues : 1, sizeof(*k));
	for (size_t i = 0; i < r->nvalues; i++) {
		k[i].key = dnsv_key(r->type, r->values[i], DNSV_API, zone);
		k[i].index = i;
	}
	qsort(k, r->nvalues, sizeof(*k), vkey_cmp);
	for (size_t i = 1; i < r->nvalues; i++)
		if (strcmp(k[i].key, k[i - 1].key) == 0)
			dup[k[i].index] = true;
	return k;
}

static void vkeys_free(struct vkey *k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(k[i].key);
	free(k);
}

static bool singleton_type(const char *type)
{
	return !strcmp(type, "CNAME") || !strcmp(type, "ALIAS") || !strcmp(type, "DNAME") ||
	       !strcmp(type, "SOA");
}

static const char **strs_new(size_t n)
{
	return xcalloc(n ? n : 1, sizeof(const char *));
}

/*
 * Compare want and have (same key). Returns true and fills c when something
 * is to be written.
 */
static bool compare_rrset(const char *zone, const struct zd_rrset *want,
			  const struct zd_rrset *have, unsigned flags, struct zd_change *c)
{
	size_t nw = want->nvalues, nh = have->nvalues;
	bool *wdup = xcalloc(nw + 1, sizeof(bool)), *hdup = xcalloc(nh + 1, sizeof(bool));
	bool *w_in_h = xcalloc(nw + 1, sizeof(bool)), *h_in_w = xcalloc(nh + 1, sizeof(bool));
	struct vkey *wk = values_keyed(zone, want, wdup);
	struct vkey *hk = values_keyed(zone, have, hdup);
	size_t i = 0, j = 0;
	while (i < nw && j < nh) {
		int cmp = strcmp(wk[i].key, hk[j].key);
		if (cmp == 0) {
			w_in_h[wk[i].index] = true;
			h_in_w[hk[j].index] = true;
			/* equal keys repeated on one side match too */
			const char *key = wk[i].key;
			while (i < nw && strcmp(wk[i].key, key) == 0)
				w_in_h[wk[i++].index] = true;
			while (j < nh && strcmp(hk[j].key, key) == 0)
				h_in_w[hk[j++].index] = true;
		} else if (cmp < 0) {
			i++;
		} else {
			j++;
		}
	}
	bool keep_extra = (flags & ZD_NO_DELETE) && !singleton_type(want->type);
	size_t nadded = 0, nremoved = 0;
	for (size_t k = 0; k < nw; k++)
		nadded += !w_in_h[k] && !wdup[k];
	for (size_t k = 0; k < nh; k++)
		nremoved += !h_in_w[k] && !hdup[k];
	bool differs = nadded > 0 || (nremoved > 0 && !keep_extra) || want->ttl != have->ttl;
	if (differs) {
		memset(c, 0, sizeof(*c));
		c->action = ZD_CHANGE;
		c->want = want;
		c->have = have;
		c->ttl = want->ttl;
		c->values = strs_new(nw + nh);
		c->added = strs_new(nadded);
		c->removed = strs_new(nremoved);
		c->kept = strs_new(nh);
		for (size_t k = 0; k < nw; k++) {
			if (wdup[k])
				continue;
			c->values[c->nvalues++] = want->values[k];
			if (!w_in_h[k])
				c->added[c->nadded++] = want->values[k];
		}
		for (size_t k = 0; k < nh; k++) {
			if (hdup[k])
				continue;
			if (h_in_w[k] || keep_extra) {
				c->kept[c->nkept++] = have->values[k];
				if (!h_in_w[k])
					c->values[c->nvalues++] = have->values[k];
			} else {
				c->removed[c->nremoved++] = have->values[k];
			}
		}
	}
	vkeys_free(wk, nw);
	vkeys_free(hk, nh);
	free(wdup);
	free(hdup);
	free(w_in_h);
	free(h_in_w);
	return differs;
}

/* ---- the whole zone ------------------------------------------------------ */

static int name_order(const char *a, const char *b)
{
	bool aa = strcmp(a, "@") == 0, ba = strcmp(b, "@") == 0;
	if (aa || ba)
		return aa && ba ? 0 : aa ? -1 : 1;
	return strcasecmp(a, b);
}

static const struct zd_rrset *change_rrset(const struct zd_change *c)
{
	return c->want ? c->want : c->have;
}

int zd_rrset_order(const struct zd_rrset *a, const struct zd_rrset *b)
{
	int c = name_order(a->name, b->name);
	return c ? c : strcmp(a->type, b->type);
}

static int change_cmp(const void *a, const void *b)
{
	return zd_rrset_order(change_rrset(a), change_rrset(b));
}

static void add_left(struct zonediff *d, size_t *cap, const struct zd_rrset *r, bool live,
		     enum zd_reason reason)
{
	d->left = xgrow(d->left, cap, d->nleft + 1, sizeof(*d->left));
	d->left[d->nleft++] = (struct zd_left){.rrset = r, .live = live, .reason = reason};
}

static struct zd_change *add_change(struct zonediff *d, size_t *cap)
{
	d->changes = xgrow(d->changes, cap, d->len + 1, sizeof(*d->changes));
	struct zd_change *c = &d->changes[d->len++];
	memset(c, 0, sizeof(*c));
	return c;
}

/* Whether the live side has an apex NS RRset (for the rule on Gandi's name servers). */
static bool has_apex_ns(const struct table *t, const struct zd_rrset *side)
{
	static const char *const noval[1] = {NULL};
	struct zd_rrset probe = {.name = "@", .type = "NS", .values = noval};
	return *table_slot(t, side, &probe) != 0;
}

/* The zone in lower case without its final dot, as values are keyed against it. */
static char *zone_key(const char *zone)
{
	char *lzone = str_lower(zone);
	size_t zl = strlen(lzone);
	if (zl > 1 && lzone[zl - 1] == '.')
		lzone[zl - 1] = '\0';
	return lzone;
}

int zonediff(const char *zone, const struct zd_rrset *want, size_t nwant,
	     const struct zd_rrset *have, size_t nhave, unsigned flags, struct zonediff *out)
{
	return zonediff_known(zone, want, nwant, NULL, have, nhave, flags, out);
}

int zonediff_known(const char *zone, const struct zd_rrset *want, size_t nwant,
		   const bool *same, const struct zd_rrset *have, size_t nhave, unsigned flags,
		   struct zonediff *out)
{
	struct table th = {0}, tw = {0};
	bool *matched = NULL;
	size_t ccap = 0, lcap = 0;
	int rc = 0;
	char *lzone = zone_key(zone);

	memset(out, 0, sizeof(*out));
	if (!table_fill(&tw, want, nwant, &out->dup_first, &out->dup_second)) {
		rc = -1;
		goto out;
	}
	if (!table_fill(&th, have, nhave, &out->dup_first, &out->dup_second)) {
		out->dup_live = true;
		rc = -1;
		goto out;
	}
	bool exact = flags & ZD_EXACT;
	bool live_ns = has_apex_ns(&th, have), file_ns = has_apex_ns(&tw, want);
	matched = xcalloc(nhave + 1, sizeof(*matched));
	for (size_t i = 0; i < nwant; i++) {
		const struct zd_rrset *w = &want[i];
		if (same && same[i]) {
			out->nsame++;
			continue;
		}
		size_t slot = *table_slot(&th, have, w);
		if (!slot) {
			if (!exact && strcmp(w->type, "SOA") == 0) {
				add_left(out, &lcap, w, false, ZD_SOA);
			} else if (!exact && !live_ns && zd_is_gandi_ns(w)) {
				add_left(out, &lcap, w, false, ZD_GANDI_NS);
			} else {
				struct zd_change *c = add_change(out, &ccap);
				c->action = ZD_ADD;
				c->want = w;
				c->ttl = w->ttl;
				c->values = strs_new(w->nvalues);
				c->added = strs_new(w->nvalues);
				bool *dup = xcalloc(w->nvalues + 1, sizeof(bool));
				struct vkey *k = values_keyed(lzone, w, dup);
				for (size_t v = 0; v < w->nvalues; v++)
					if (!dup[v]) {
						c->values[c->nvalues++] = w->values[v];
						c->added[c->nadded++] = w->values[v];
					}
				vkeys_free(k, w->nvalues);
				free(dup);
				out->nadd++;
			}
			continue;
		}
		matched[slot - 1] = true;
		struct zd_change tmp;
		if (compare_rrset(lzone, w, &have[slot - 1], flags, &tmp)) {
			*add_change(out, &ccap) = tmp;
			out->nchange++;
		} else {
			out->nsame++;
		}
	}
	for (size_t j = 0; j < nhave; j++) {
		const struct zd_rrset *h = &have[j];
		if (matched[j])
			continue;
		if (!exact && strcmp(h->type, "SOA") == 0) {
			add_left(out, &lcap, h, true, ZD_SOA);
		} else if (!exact && !file_ns && zd_is_gandi_ns(h)) {
			add_left(out, &lcap, h, true, ZD_GANDI_NS);
		} else if (flags & ZD_NO_DELETE) {
			add_left(out, &lcap, h, true, ZD_KEPT);
		} else {
			struct zd_change *c = add_change(out, &ccap);
			c->action = ZD_REMOVE;
			c->have = h;
			c->removed = strs_new(h->nvalues);
			for (size_t v = 0; v < h->nvalues; v++)
				c->removed[c->nremoved++] = h->values[v];
			out->nremove++;
		}
	}
	if (out->len)
		qsort(out->changes, out->len, sizeof(*out->changes), change_cmp);
out:
	if (rc) {
		size_t a = out->dup_first, b = out->dup_second;
		bool live = out->dup_live;
		zonediff_free(out);
		out->dup_first = a;
		out->dup_second = b;
		out->dup_live = live;
	}
	free(th.slots);
	free(tw.slots);
	free(matched);
	free(lzone);
	return rc;
}

void zonediff_free(struct zonediff *d)
{
	for (size_t i = 0; i < d->len; i++) {
		struct zd_change *c = &d->changes[i];
		free(c->values);
		free(c->added);
		free(c->removed);
		free(c->kept);
	}
	free(d->changes);
	free(d->left);
	memset(d, 0, sizeof(*d));
}

size_t zonediff_result_size(const struct zonediff *d)
{
	size_t n = d->nsame + d->nadd + d->nchange;
	for (size_t i = 0; i < d->nleft; i++)
		n += d->left[i].live;
	return n;
}

/* ---- the live zone as it arrives ----------------------------------------- */

int zd_live_init(struct zd_live *l, const char *zone, const struct zd_rrset *want, size_t nwant,
		 unsigned flags, struct zonediff *dup)
{
	struct table t = {0};
	memset(l, 0, sizeof(*l));
	memset(dup, 0, sizeof(*dup));
	if (!table_fill(&t, want, nwant, &dup->dup_first, &dup->dup_second)) {
		free(t.slots);
		return -1;
	}
	l->want = want;
	l->nwant = nwant;
	l->flags = flags;
	l->zone = zone_key(zone);
	l->slots = t.slots;
	l->mask = t.mask;
	l->same = xcalloc(nwant + 1, sizeof(bool));
	l->seen = xcalloc(nwant + 1, sizeof(bool));
	return 0;
}

bool zd_live_same(struct zd_live *l, const struct zd_rrset *r)
{
	struct table t = {l->slots, l->mask};
	size_t slot = *table_slot(&t, l->want, r);
	if (!slot)
		return false;
	size_t i = slot - 1;
	if (l->seen[i]) { /* Gandi lists this RRset twice */
		if (!l->dup_live)
			l->dup_want = i;
		l->dup_live = true;
		return false;
	}
	l->seen[i] = true;
	struct zd_change c;
	if (compare_rrset(l->zone, &l->want[i], r, l->flags, &c)) {
		free(c.values);
		free(c.added);
		free(c.removed);
		free(c.kept);
		return false;
	}
	return l->same[i] = true;
}

void zd_live_free(struct zd_live *l)
{
	free(l->zone);
	free(l->slots);
	free(l->same);
	free(l->seen);
	memset(l, 0, sizeof(*l));
}

bool zd_duplicate(const struct zd_rrset *rrsets, size_t n, size_t *first, size_t *second)
{
	struct table t = {0};
	bool dup = !table_fill(&t, rrsets, n, first, second);
	free(t.slots);
	return dup;
}
