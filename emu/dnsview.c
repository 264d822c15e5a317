#include "dnsview.h"

#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "nameservers.h"

/* The SOA LiveDNS makes for every zone (the one zone_export() writes too). */
#define SOA_MNAME "ns1.gandi.net."
#define SOA_RNAME "hostmaster.gandi.net."
#define SOA_TTL 10800
#define SOA_TIMERS "10800 3600 604800 10800"
/* TTL of the generic nameservers at the apex. */
#define NS_TTL 10800

/* One RRset compiled into ldns records; shared by the versions in which the
 * same store RRset appears. */
struct crr {
	atomic_uint refs;
	unsigned long stamp; /* the last compile that took it from a donor (compile mutex) */
	ldns_rdf *owner;
	ldns_rr_type type;
	ldns_rr_list *rrs; /* at least one record */
};

struct version;

struct czone {
	struct version *ver; /* freed before this when both are dead: never read then */
	ldns_rdf *apex;
	struct crr **byrr;  /* parallel to ver->rr: NULL for an RRset not served */
	size_t nbyrr;
	struct crr **idx;   /* every served RRset, in canonical order then by type */
	size_t n;
	struct crr *alias;  /* the apex ALIAS (also in byrr, not in idx) */
	struct crr *own[2]; /* the SOA and, without apex NS records, the NS made here */
	struct czone *next_free;
};

struct version {
	struct version *older;
	long long visible_ms;   /* CLOCK_MONOTONIC milliseconds */
	unsigned readers;       /* queries reading it, and versions it is donor of */
	bool retired;           /* no longer in its zone's list */
	bool gone;              /* the zone does not exist in this version */
	struct rrset **rr;      /* references on the store's RRsets */
	size_t n;
	time_t serial;
	const char *fqdn;       /* its zone's name (the vzone outlives it) */
	struct czone *cz;       /* NULL until compiled */
	struct version *donor;  /* a compiled older version to share records with */
	struct version *next_dead;
};

struct vzone {
	char *fqdn; /* lower case, no final dot */
	struct version *newest;
};

struct dnsview {
	pthread_mutex_t mu;
	/* one compile at a time: ldns reads WKS services with getservbyname(),
	 * which is not thread-safe */
	pthread_mutex_t compile;
	unsigned long stamp; /* counts compiles (compile mutex) */
	unsigned delay_ms;
	struct vzone **z; /* sorted by fqdn */
	size_t n, cap;
	struct version *garbage; /* dead versions whose RRset references are still held */
};

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- compiled records ------------------------------------------------------ */

static struct crr *crr_ref(struct crr *c)
{
	atomic_fetch_add(&c->refs, 1);
	return c;
}

static void crr_unref(struct crr *c)
{
	if (c && atomic_fetch_sub(&c->refs, 1) == 1) {
		ldns_rr_list_deep_free(c->rrs);
		ldns_rdf_deep_free(c->owner);
		free(c);
	}
}

static struct crr *crr_new(ldns_rdf *owner, ldns_rr_type type, ldns_rr_list *rrs)
{
	struct crr *c = xcalloc(1, sizeof *c);
	atomic_init(&c->refs, 1);
	c->owner = owner;
	c->type = type;
	c->rrs = rrs;
	return c;
}

/* Append byte c to b in the presentation form of a character-string. */
static void txt_byte(struct buf *b, unsigned char c)
{
	if (c == '"' || c == '\\')
		buf_printf(b, "\\%c", c);
	else if (c < 0x20 || c > 0x7e || c == ';' || c == '(' || c == ')')
		buf_printf(b, "\\%03u", c);
	else
		buf_addc(b, (char)c);
}

/*
 * Gandi's TXT form (quoted strings, "a" "b", with \" \\ and \DDD escapes; a
 * bare word counts as one string) in the presentation form ldns reads, each
 * string cut into pieces of at most 255 bytes as a character-string holds.
 */
static void txt_value(struct buf *out, const char *v)
{
	const char *p = v;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		bool quoted = *p == '"';
		if (quoted)
			p++;
		struct buf s = {0};
		while (*p && (quoted ? *p != '"' : *p != ' ')) {
			if (*p == '\\' && p[1]) {
				if (isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
				    isdigit((unsigned char)p[3])) {
					int d = (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
					buf_addc(&s, (char)(d & 0xff));
					p += 4;
				} else {
					buf_addc(&s, p[1]);
					p += 2;
				}
			} else {
				buf_addc(&s, *p++);
			}
		}
		if (quoted && *p == '"')
			p++;
		size_t off = 0;
		do {
			size_t l = s.len - off > 255 ? 255 : s.len - off;
			buf_adds(out, out->len ? " \"" : "\"");
			for (size_t i = 0; i < l; i++)
				txt_byte(out, (unsigned char)s.data[off + i]);
			buf_addc(out, '"');
			off += l;
		} while (off < s.len);
		buf_free(&s);
	}
	if (!out->len)
		buf_adds(out, "\"\"");
}

/* The owner of a store RRset as an absolute name in text. */
static void owner_text(struct buf *b, const char *name, const char *fqdn)
{
	if (strcmp(name, "@") == 0)
		buf_printf(b, "%s.", fqdn);
	else
		buf_printf(b, "%s.%s.", name, fqdn);
}

/*
 * Compile one store RRset; NULL when DNS serves nothing of it (an empty
 * RRset, a SOA: LiveDNS makes its own, or no value ldns can read; those are
 * named on stderr). An ALIAS becomes records of type CNAME.
 */
static struct crr *crr_compile(const struct rrset *rr, const char *fqdn, const ldns_rdf *apex)
{
	struct crr *c = NULL;
	ldns_rr_list *list = ldns_rr_list_new();
	bool alias = strcmp(rr->type, "ALIAS") == 0;
	bool txt = strcmp(rr->type, "TXT") == 0 || strcmp(rr->type, "SPF") == 0;
	ldns_rdf *owner = NULL;
	if (strcmp(rr->type, "SOA") == 0 || rr->nval == 0)
		goto out;
	for (size_t i = 0; i < rr->nval; i++) {
		struct buf line = {0};
		owner_text(&line, rr->name, fqdn);
		buf_printf(&line, " %ld IN %s ", rr->ttl, alias ? "CNAME" : rr->type);
		if (txt)
			txt_value(&line, rr->val[i]);
		else
			buf_adds(&line, rr->val[i]);
		ldns_rr *r = NULL;
		ldns_status st = ldns_rr_new_frm_str(&r, buf_str(&line), 0, apex, NULL);
		if (st == LDNS_STATUS_OK) {
			ldns_rr_list_push_rr(list, r);
		} else {
			fprintf(stderr, "gandi-emu: dns: %s: %s %s '%s' is not served: %s\n", fqdn,
				rr->name, rr->type, rr->val[i], ldns_get_errorstr_by_id(st));
		}
		buf_free(&line);
	}
	if (ldns_rr_list_rr_count(list) == 0)
		goto out;
	owner = ldns_rdf_clone(ldns_rr_owner(ldns_rr_list_rr(list, 0)));
	ldns_dname2canonical(owner);
	c = crr_new(owner, ldns_rr_get_type(ldns_rr_list_rr(list, 0)), list);
	list = NULL;
out:
	ldns_rr_list_deep_free(list);
	return c;
}

static struct crr *crr_from_text(const char *text)
{
	ldns_rr *r = NULL;
	if (ldns_rr_new_frm_str(&r, text, 0, NULL, NULL) != LDNS_STATUS_OK)
		abort(); /* made here from fixed parts: cannot fail */
	ldns_rr_list *list = ldns_rr_list_new();
	ldns_rr_list_push_rr(list, r);
	ldns_rdf *owner = ldns_rdf_clone(ldns_rr_owner(r));
	ldns_dname2canonical(owner);
	return crr_new(owner, ldns_rr_get_type(r), list);
}

static int crr_key_cmp(const ldns_rdf *owner_a, ldns_rr_type type_a, const ldns_rdf *owner_b,
		       ldns_rr_type type_b)
{
	int c = ldns_dname_compare(owner_a, owner_b);
	if (c)
		return c;
	return type_a < type_b ? -1 : type_a > type_b;
}

static int crr_sort_cmp(const void *a, const void *b)
{
	const struct crr *x = *(struct crr *const *)a, *y = *(struct crr *const *)b;
	return crr_key_cmp(x->owner, x->type, y->owner, y->type);
}

static void czone_free(struct czone *cz)
{
	if (!cz)
		return;
	for (size_t i = 0; i < cz->nbyrr; i++)
		crr_unref(cz->byrr[i]);
	crr_unref(cz->own[0]);
	crr_unref(cz->own[1]);
	free(cz->byrr);
	free(cz->idx);
	ldns_rdf_deep_free(cz->apex);
	free(cz);
}

/* Compile version ver, taking the records of RRsets it shares with donor (a
 * compiled version of the same zone, or NULL); stamp is new for each compile.
 * The index is the donor's, less the RRsets gone, merged with the new ones
 * sorted: a change to a big zone sorts only what changed. */
static struct czone *compile(struct version *ver, const struct version *donor,
			     unsigned long stamp)
{
	struct czone *cz = xcalloc(1, sizeof *cz);
	struct buf text = {0};
	struct crr **fresh = xcalloc(ver->n + 2, sizeof *fresh);
	size_t nfresh = 0;
	cz->ver = ver;
	cz->nbyrr = ver->n;
	buf_printf(&text, "%s.", ver->fqdn);
	cz->apex = ldns_dname_new_frm_str(buf_str(&text));
	ldns_dname2canonical(cz->apex);
	cz->byrr = xcalloc(ver->n ? ver->n : 1, sizeof *cz->byrr);
	cz->idx = xcalloc(ver->n + 2, sizeof *cz->idx);
	size_t j = 0;
	bool apex_ns = false;
	for (size_t i = 0; i < ver->n; i++) {
		const struct rrset *rr = ver->rr[i];
		struct crr *c = NULL;
		bool shared = false;
		if (donor) {
			while (j < donor->n &&
			       rrset_cmp(donor->rr[j]->name, donor->rr[j]->type, rr->name, rr->type) < 0)
				j++;
			/* the same RRset: its records, or nothing (and no second warning) */
			if (j < donor->n && donor->rr[j] == rr) {
				shared = true;
				c = donor->cz->byrr[j] ? crr_ref(donor->cz->byrr[j]) : NULL;
			}
		}
		if (shared && c)
			c->stamp = stamp;
		else if (!shared)
			c = crr_compile(rr, ver->fqdn, cz->apex);
		cz->byrr[i] = c;
		if (!c)
			continue;
		bool at_apex = strcmp(rr->name, "@") == 0;
		if (strcmp(rr->type, "ALIAS") == 0) {
			if (at_apex)
				cz->alias = c;
			continue;
		}
		apex_ns = apex_ns || (at_apex && c->type == LDNS_RR_TYPE_NS);
		if (!shared)
			fresh[nfresh++] = c;
	}
	buf_reset(&text);
	buf_printf(&text, "%s. %d IN SOA " SOA_MNAME " " SOA_RNAME " %lld " SOA_TIMERS, ver->fqdn,
		   SOA_TTL, (long long)ver->serial);
	cz->own[0] = crr_from_text(buf_str(&text));
	fresh[nfresh++] = cz->own[0];
	if (!apex_ns) {
		char ns[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN];
		livedns_ns_generic(ver->fqdn, ns);
		buf_reset(&text);
		buf_printf(&text, "%s. %d IN NS %s.", ver->fqdn, NS_TTL, ns[0]);
		cz->own[1] = crr_from_text(buf_str(&text));
		for (int k = 1; k < LIVEDNS_NS_COUNT; k++) {
			ldns_rr *r = NULL;
			buf_reset(&text);
			buf_printf(&text, "%s. %d IN NS %s.", ver->fqdn, NS_TTL, ns[k]);
			if (ldns_rr_new_frm_str(&r, buf_str(&text), 0, NULL, NULL) != LDNS_STATUS_OK)
				abort(); /* made here from fixed parts: cannot fail */
			ldns_rr_list_push_rr(cz->own[1]->rrs, r);
		}
		fresh[nfresh++] = cz->own[1];
	}
	qsort(fresh, nfresh, sizeof *fresh, crr_sort_cmp);
	size_t a = 0, b = 0, nold = donor ? donor->cz->n : 0;
	struct crr *const *old = donor ? donor->cz->idx : NULL;
	while (a < nold || b < nfresh) {
		if (a < nold && old[a]->stamp != stamp) {
			a++; /* gone, or the donor's own SOA and NS */
		} else if (b == nfresh || (a < nold && crr_sort_cmp(&old[a], &fresh[b]) < 0)) {
			cz->idx[cz->n++] = old[a++];
		} else {
			cz->idx[cz->n++] = fresh[b++];
		}
	}
	free(fresh);
	buf_free(&text);
	return cz;
}

/* ---- versions ---------------------------------------------------------------- */

/* Release a dead version's compiled form later (outside the mutex) and keep
 * its RRset references for the next publish. Called with v->mu held. */
static void bury(struct dnsview *v, struct version *d, struct czone **to_free)
{
	if (d->cz) {
		d->cz->next_free = *to_free;
		*to_free = d->cz;
		d->cz = NULL;
	}
	d->next_dead = v->garbage;
	v->garbage = d;
}

static void unpin(struct dnsview *v, struct version *d, struct czone **to_free)
{
	if (--d->readers == 0 && d->retired)
		bury(v, d, to_free);
}

/* Retire old (just taken out of its zone's list) in favour of vis, the
 * version now visible: vis inherits it (or its donor) as donor when vis is not
 * compiled yet. With v->mu held. */
static void retire(struct dnsview *v, struct version *old, struct version *vis,
		   struct czone **to_free)
{
	old->retired = true;
	old->older = NULL;
	if (vis && !vis->cz && !vis->donor) {
		if (old->cz) {
			vis->donor = old;
			old->readers++;
		} else if (old->donor) {
			vis->donor = old->donor;
			old->donor = NULL;
		}
	}
	if (old->donor) {
		unpin(v, old->donor, to_free);
		old->donor = NULL;
	}
	if (old->readers == 0)
		bury(v, old, to_free);
}

/* Drop what can no longer be served: versions older than the newest visible
 * one. With v->mu held. Returns the visible version, or NULL. */
static struct version *prune(struct dnsview *v, struct vzone *vz, long long now,
			     struct czone **to_free)
{
	struct version *vis = vz->newest;
	while (vis && vis->visible_ms > now)
		vis = vis->older;
	if (!vis)
		return NULL;
	struct version *o = vis->older;
	vis->older = NULL;
	while (o) {
		struct version *next = o->older;
		retire(v, o, vis, to_free);
		o = next;
	}
	return vis;
}

/* Keep at most DNSVIEW_MAX_PENDING versions waiting: drop the waiting one
 * that the next one follows soonest. With v->mu held. */
static void bound_pending(struct dnsview *v, struct vzone *vz, long long now,
			  struct czone **to_free)
{
	for (;;) {
		size_t pending = 0;
		for (struct version *p = vz->newest; p && p->visible_ms > now; p = p->older)
			pending++;
		if (pending <= DNSVIEW_MAX_PENDING)
			break;
		struct version **best = NULL, **link = &vz->newest->older;
		long long gap = 0, newer_ms = vz->newest->visible_ms;
		while (*link && (*link)->visible_ms > now) {
			long long g = newer_ms - (*link)->visible_ms;
			if (!best || g < gap) {
				best = link;
				gap = g;
			}
			newer_ms = (*link)->visible_ms;
			link = &(*link)->older;
		}
		struct version *drop = *best;
		*best = drop->older;
		retire(v, drop, NULL, to_free);
	}
}

static void free_czones(struct czone *cz)
{
	while (cz) {
		struct czone *next = cz->next_free;
		czone_free(cz);
		cz = next;
	}
}

/* Give the RRset references of dead versions back; the caller holds the
 * store lock (or is alone with the store). */
static void free_dead(struct version *d)
{
	while (d) {
		struct version *next = d->next_dead;
		for (size_t i = 0; i < d->n; i++)
			rrset_unref(d->rr[i]);
		free(d->rr);
		free(d);
		d = next;
	}
}

/* The zone named fqdn; created when create is set, else NULL if absent. */
static struct vzone *find_zone(struct dnsview *v, const char *fqdn, bool create)
{
	size_t lo = 0, hi = v->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(v->z[mid]->fqdn, fqdn);
		if (c == 0)
			return v->z[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!create)
		return NULL;
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->z = xrealloc(v->z, v->cap * sizeof *v->z);
	}
	memmove(v->z + lo + 1, v->z + lo, (v->n - lo) * sizeof *v->z);
	struct vzone *vz = xcalloc(1, sizeof *vz);
	vz->fqdn = xstrdup(fqdn);
	v->z[lo] = vz;
	v->n++;
	return vz;
}

static bool same_as(const struct version *ver, const struct zone *z)
{
	if (!ver)
		return !z;
	if (!z || ver->gone)
		return !z && ver->gone;
	if (ver->n != z->n || ver->serial != z->updated_at)
		return false;
	return z->n == 0 || memcmp(ver->rr, z->rr, z->n * sizeof *z->rr) == 0;
}

/* Publish d's zone with v->mu held. */
static void publish_locked(struct dnsview *v, const struct domain *d, long long now,
			   struct czone **to_free)
{
	struct vzone *vz = find_zone(v, d->fqdn, d->zone != NULL);
	if (!vz || same_as(vz->newest, d->zone))
		return;
	struct version *ver = xcalloc(1, sizeof *ver);
	ver->fqdn = vz->fqdn;
	ver->visible_ms = now + v->delay_ms;
	ver->gone = d->zone == NULL;
	if (d->zone) {
		ver->n = d->zone->n;
		ver->serial = d->zone->updated_at;
		ver->rr = xcalloc(ver->n ? ver->n : 1, sizeof *ver->rr);
		for (size_t i = 0; i < ver->n; i++)
			ver->rr[i] = rrset_ref(d->zone->rr[i]);
	}
	ver->older = vz->newest;
	vz->newest = ver;
	bound_pending(v, vz, now, to_free);
	prune(v, vz, now, to_free);
}

struct dnsview *dnsview_new(const struct store *st, unsigned delay_ms)
{
	struct dnsview *v = xcalloc(1, sizeof *v);
	struct czone *to_free = NULL;
	pthread_mutex_init(&v->mu, NULL);
	pthread_mutex_init(&v->compile, NULL);
	/* the state at start is served at once: only later changes wait */
	for (size_t i = 0; i < st->ndomains; i++)
		publish_locked(v, st->domains[i], now_ms(), &to_free);
	v->delay_ms = delay_ms;
	return v;
}

void dnsview_publish(struct dnsview *v, const struct domain *d)
{
	struct czone *to_free = NULL;
	pthread_mutex_lock(&v->mu);
	long long now = now_ms(); /* under the mutex: versions are stamped in order */
	struct version *dead = v->garbage;
	v->garbage = NULL;
	publish_locked(v, d, now, &to_free);
	pthread_mutex_unlock(&v->mu);
	free_czones(to_free);
	free_dead(dead);
}

void dnsview_publish_all(struct dnsview *v, const struct store *st)
{
	struct czone *to_free = NULL;
	pthread_mutex_lock(&v->mu);
	long long now = now_ms(); /* under the mutex: versions are stamped in order */
	struct version *dead = v->garbage;
	v->garbage = NULL;
	for (size_t i = 0; i < st->ndomains; i++)
		publish_locked(v, st->domains[i], now, &to_free);
	pthread_mutex_unlock(&v->mu);
	free_czones(to_free);
	free_dead(dead);
}

void dnsview_free(struct dnsview *v)
{
	if (!v)
		return;
	struct czone *to_free = NULL;
	for (size_t i = 0; i < v->n; i++) {
		struct version *ver = v->z[i]->newest;
		while (ver) {
			struct version *older = ver->older;
			/* a donor is pinned only by the versions naming it */
			if (ver->donor)
				unpin(v, ver->donor, &to_free);
			ver->donor = NULL;
			ver->readers = 0;
			bury(v, ver, &to_free);
			ver = older;
		}
		free(v->z[i]->fqdn);
		free(v->z[i]);
	}
	free_czones(to_free);
	free_dead(v->garbage);
	free(v->z);
	pthread_mutex_destroy(&v->mu);
	pthread_mutex_destroy(&v->compile);
	free(v);
}

/* The zone name of dname in text: lower case, no final dot. */
static char *zone_key(const ldns_rdf *dname)
{
	char *s = ldns_rdf2str(dname);
	size_t len = strlen(s);
	if (len > 1 && s[len - 1] == '.')
		s[len - 1] = '\0';
	for (char *p = s; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return s;
}

const struct czone *dnsview_acquire(struct dnsview *v, const ldns_rdf *name)
{
	struct czone *to_free = NULL;
	struct version *ver = NULL, *donor = NULL;
	uint8_t labels = ldns_dname_label_count(name);
	pthread_mutex_lock(&v->mu);
	/* read under the mutex, so never before the stamp of a version published */
	long long now = now_ms();
	for (uint8_t skip = 0; skip < labels && !ver; skip++) {
		ldns_rdf *suffix = ldns_dname_clone_from(name, skip);
		char *key = suffix ? zone_key(suffix) : NULL;
		struct vzone *vz = key ? find_zone(v, key, false) : NULL;
		ver = vz ? prune(v, vz, now, &to_free) : NULL;
		if (ver && ver->gone)
			ver = NULL;
		free(key);
		ldns_rdf_deep_free(suffix);
	}
	if (ver) {
		ver->readers++;
		if (!ver->cz && ver->donor) {
			donor = ver->donor;
			donor->readers++;
		}
	}
	struct czone *cz = ver ? ver->cz : NULL;
	pthread_mutex_unlock(&v->mu);
	free_czones(to_free);
	to_free = NULL;
	if (!ver || cz)
		return cz;

	/* Compile it (once: a second query waits for the first) outside v->mu. */
	pthread_mutex_lock(&v->compile);
	pthread_mutex_lock(&v->mu);
	cz = ver->cz;
	pthread_mutex_unlock(&v->mu);
	if (!cz) {
		cz = compile(ver, donor, ++v->stamp);
		pthread_mutex_lock(&v->mu);
		ver->cz = cz;
		if (ver->donor) {
			unpin(v, ver->donor, &to_free);
			ver->donor = NULL;
		}
		pthread_mutex_unlock(&v->mu);
	}
	pthread_mutex_unlock(&v->compile);
	if (donor) {
		pthread_mutex_lock(&v->mu);
		unpin(v, donor, &to_free);
		pthread_mutex_unlock(&v->mu);
	}
	free_czones(to_free);
	return cz;
}

void dnsview_release(struct dnsview *v, const struct czone *cz)
{
	struct czone *to_free = NULL;
	if (!cz)
		return;
	pthread_mutex_lock(&v->mu);
	unpin(v, cz->ver, &to_free);
	pthread_mutex_unlock(&v->mu);
	free_czones(to_free);
}

/* ---- lookups ------------------------------------------------------------------ */

const ldns_rdf *czone_apex(const struct czone *cz)
{
	return cz->apex;
}

/* Index of the first RRset whose key is not below (name, t). */
static size_t lower_bound(const struct czone *cz, const ldns_rdf *name, ldns_rr_type t)
{
	size_t lo = 0, hi = cz->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (crr_key_cmp(cz->idx[mid]->owner, cz->idx[mid]->type, name, t) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const ldns_rr_list *czone_find(const struct czone *cz, const ldns_rdf *name, ldns_rr_type t)
{
	size_t i = lower_bound(cz, name, t);
	if (i < cz->n && cz->idx[i]->type == t && ldns_dname_compare(cz->idx[i]->owner, name) == 0)
		return cz->idx[i]->rrs;
	return NULL;
}

bool czone_exists(const struct czone *cz, const ldns_rdf *name)
{
	/* in canonical order a name's descendants follow it at once */
	size_t i = lower_bound(cz, name, 0);
	return i < cz->n && (ldns_dname_compare(cz->idx[i]->owner, name) == 0 ||
			     ldns_dname_is_subdomain(cz->idx[i]->owner, name));
}

size_t czone_sets(const struct czone *cz, const ldns_rdf *name, const ldns_rr_list **sets,
		  size_t max)
{
	size_t n = 0;
	for (size_t i = lower_bound(cz, name, 0);
	     i < cz->n && ldns_dname_compare(cz->idx[i]->owner, name) == 0; i++, n++)
		if (n < max)
			sets[n] = cz->idx[i]->rrs;
	return n;
}

const ldns_rr *czone_alias(const struct czone *cz)
{
	return cz->alias ? ldns_rr_list_rr(cz->alias->rrs, 0) : NULL;
}
