#include "store.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "records.h"
#include "util.h"

const char *const scope_names[4] = {"domain:view", "domain:renew", "domain:tech",
				    "organization:view"};

unsigned scope_bit(const char *name)
{
	for (unsigned i = 0; i < 4; i++)
		if (strcmp(scope_names[i], name) == 0)
			return 1u << i;
	return 0;
}

/* ---- rrsets and zones ---------------------------------------------------- */

struct rrset *rrset_new(const char *name, const char *type, long ttl, char **val, size_t nval)
{
	struct rrset *rr = xcalloc(1, sizeof *rr);
	rr->refs = 1;
	rr->name = xstrdup(name);
	rr->type = xstrdup(type);
	rr->ttl = ttl;
	rr->val = val;
	rr->nval = nval;
	return rr;
}

struct rrset *rrset_ref(struct rrset *rr)
{
	rr->refs++;
	return rr;
}

void rrset_unref(struct rrset *rr)
{
	if (!rr || --rr->refs > 0)
		return;
	free(rr->name);
	free(rr->type);
	strv_free(rr->val, rr->nval);
	free(rr);
}

int rrset_cmp(const char *name_a, const char *type_a, const char *name_b, const char *type_b)
{
	const unsigned char *a = (const unsigned char *)name_a;
	const unsigned char *b = (const unsigned char *)name_b;
	while (*a && toupper(*a) == toupper(*b)) {
		a++;
		b++;
	}
	int d = toupper(*a) - toupper(*b);
	if (d)
		return d;
	return strcmp(type_a, type_b);
}

/*
 * Binary search of n sorted entries: cmp(i, key) compares entry i with key.
 * Returns the index of the entry equal to key, or -1; *at (when not NULL)
 * gets that index, or where key would be inserted.
 */
static long sorted_find(size_t n, int (*cmp)(const void *set, size_t i, const void *key),
			const void *set, const void *key, size_t *at)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp(set, mid, key);
		if (c == 0) {
			if (at)
				*at = mid;
			return (long)mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (at)
		*at = lo;
	return -1;
}

struct rrset_key {
	const char *name, *type;
};

static int zone_cmp(const void *set, size_t i, const void *key)
{
	const struct zone *z = set;
	const struct rrset_key *k = key;
	return rrset_cmp(z->rr[i]->name, z->rr[i]->type, k->name, k->type);
}

long zone_find(const struct zone *z, const char *name, const char *type, size_t *at)
{
	struct rrset_key k = {name, type};
	return sorted_find(z->n, zone_cmp, z, &k, at);
}

void zone_put(struct zone *z, struct rrset *rr)
{
	size_t at = 0;
	long i = zone_find(z, rr->name, rr->type, &at);
	if (i >= 0) {
		rrset_unref(z->rr[i]);
		z->rr[i] = rr;
		return;
	}
	z->rr = xgrow(z->rr, &z->cap, z->n + 1, sizeof *z->rr);
	memmove(z->rr + at + 1, z->rr + at, (z->n - at) * sizeof *z->rr);
	z->rr[at] = rr;
	z->n++;
}

void zone_remove(struct zone *z, size_t i)
{
	rrset_unref(z->rr[i]);
	memmove(z->rr + i, z->rr + i + 1, (z->n - i - 1) * sizeof *z->rr);
	z->n--;
}

void zone_clear(struct zone *z)
{
	for (size_t i = 0; i < z->n; i++)
		rrset_unref(z->rr[i]);
	z->n = 0;
}

void snapshot_free(struct snapshot *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		rrset_unref(s->rr[i]);
	free(s->rr);
	free(s->id);
	free(s->name);
	free(s);
}

void zone_add_snapshot(struct zone *z, struct snapshot *s)
{
	z->snap = xgrow(z->snap, &z->capsnap, z->nsnap + 1, sizeof *z->snap);
	z->snap[z->nsnap++] = s;
}

void zone_drop_snapshot(struct zone *z, size_t i)
{
	snapshot_free(z->snap[i]);
	memmove(z->snap + i, z->snap + i + 1, (z->nsnap - i - 1) * sizeof *z->snap);
	z->nsnap--;
}

struct snapshot *zone_snapshot(struct zone *z, const char *name, bool automatic, time_t now)
{
	char id[37];
	struct snapshot *s = xcalloc(1, sizeof *s);
	gen_uuid(id);
	s->id = xstrdup(id);
	s->name = xstrdup(name);
	s->created_at = now;
	s->automatic = automatic;
	s->rr = xcalloc(z->n ? z->n : 1, sizeof *s->rr);
	for (size_t i = 0; i < z->n; i++)
		s->rr[i] = rrset_ref(z->rr[i]);
	s->n = z->n;
	zone_add_snapshot(z, s);
	if (automatic) {
		size_t nauto = 0;
		for (size_t i = 0; i < z->nsnap; i++)
			nauto += z->snap[i]->automatic;
		for (size_t i = 0; i < z->nsnap && nauto > MAX_AUTO_SNAPSHOTS;) {
			if (z->snap[i]->automatic) {
				zone_drop_snapshot(z, i);
				nauto--;
			} else {
				i++;
			}
		}
	}
	return s;
}

void zone_will_change(struct zone *z, time_t now)
{
	if (z->automatic_snapshots)
		zone_snapshot(z, "Automatic snapshot", true, now);
	z->updated_at = now;
}

void zone_free(struct zone *z)
{
	if (!z)
		return;
	zone_clear(z);
	free(z->rr);
	for (size_t i = 0; i < z->nsnap; i++)
		snapshot_free(z->snap[i]);
	free(z->snap);
	for (size_t i = 0; i < z->nkeys; i++)
		lkey_free(z->keys[i]);
	free(z->keys);
	strv_free(z->slaves, z->nslaves);
	free(z->tsig);
	free(z);
}

void lkey_free(struct lkey *k)
{
	if (!k)
		return;
	wipe(k->priv, sizeof k->priv);
	free(k->id);
	free(k);
}

void tsig_free(struct tsig *k)
{
	if (!k)
		return;
	if (k->secret)
		wipe(k->secret, strlen(k->secret));
	free(k->secret);
	free(k->id);
	free(k);
}

void host_free(struct host *h)
{
	if (!h)
		return;
	free(h->name);
	strv_free(h->ips, h->nips);
	free(h);
}

void dnskey_free(struct dnskey *k)
{
	if (!k)
		return;
	free(k->public_key);
	free(k);
}

const char *const dnssec_state_names[6] = {"inactive", "activating", "active", "deactivating",
					   "activation_error", "deactivation_error"};

enum dnssec_state domain_dnssec_state(const struct domain *d, time_t now)
{
	bool done = now - d->dnssec_since >= DNSSEC_SWITCH_DELAY;
	if (d->dnssec == DS_ACTIVATING && done)
		return DS_ACTIVE;
	if (d->dnssec == DS_DEACTIVATING && done)
		return DS_INACTIVE;
	return d->dnssec;
}

void webredir_free(struct webredir *w)
{
	if (!w)
		return;
	free(w->host);
	free(w->type);
	free(w->url);
	free(w->protocol);
	free(w->cert_uuid);
	free(w);
}

void domain_free(struct domain *d)
{
	if (!d)
		return;
	free(d->fqdn);
	free(d->id);
	free(d->tld);
	free(d->owner);
	json_decref(d->status);
	json_decref(d->tags);
	json_decref(d->contacts);
	strv_free(d->ns, d->nns);
	free(d->ns_current);
	free(d->authinfo);
	zone_free(d->zone);
	for (size_t i = 0; i < d->nwr; i++)
		webredir_free(d->wr[i]);
	free(d->wr);
	for (size_t i = 0; i < d->nhosts; i++)
		host_free(d->hosts[i]);
	free(d->hosts);
	for (size_t i = 0; i < d->ndnskeys; i++)
		dnskey_free(d->dnskeys[i]);
	free(d->dnskeys);
	free(d->dnssec_error);
	free(d);
}

void token_free(struct token *t)
{
	if (!t)
		return;
	free(t->id);
	free(t->name);
	if (t->secret)
		wipe(t->secret, strlen(t->secret));
	free(t->secret);
	strv_free(t->domains, t->ndomains);
	free(t);
}

void store_free(struct store *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < st->norgs; i++) {
		json_decref(st->orgs[i]->obj);
		free(st->orgs[i]);
	}
	free(st->orgs);
	for (size_t i = 0; i < st->nusers; i++) {
		json_decref(st->users[i]->obj);
		free(st->users[i]->orgs);
		free(st->users[i]);
	}
	free(st->users);
	for (size_t i = 0; i < st->ntokens; i++)
		token_free(st->tokens[i]);
	free(st->tokens);
	for (size_t i = 0; i < st->ndomains; i++)
		domain_free(st->domains[i]);
	free(st->domains);
	for (size_t i = 0; i < st->ntsigs; i++)
		tsig_free(st->tsigs[i]);
	free(st->tsigs);
	free(st);
}

/* ---- lookups ------------------------------------------------------------- */

static int domain_cmp(const void *set, size_t i, const void *key)
{
	const struct store *st = set;
	return strcmp(st->domains[i]->fqdn, key);
}

static long domain_index(const struct store *st, const char *fqdn, size_t *at)
{
	return sorted_find(st->ndomains, domain_cmp, st, fqdn, at);
}

struct domain *store_domain(const struct store *st, const char *fqdn)
{
	long i = domain_index(st, fqdn, NULL);
	return i < 0 ? NULL : st->domains[i];
}

void store_add_domain(struct store *st, struct domain *d)
{
	size_t at = 0;
	domain_index(st, d->fqdn, &at);
	st->domains = xgrow(st->domains, &st->capdomains, st->ndomains + 1, sizeof *st->domains);
	memmove(st->domains + at + 1, st->domains + at, (st->ndomains - at) * sizeof *st->domains);
	st->domains[at] = d;
	st->ndomains++;
}

struct org *store_org(const struct store *st, const char *id)
{
	for (size_t i = 0; i < st->norgs; i++)
		if (strcmp(st->orgs[i]->id, id) == 0)
			return st->orgs[i];
	return NULL;
}

struct user *store_user(const struct store *st, const char *ref)
{
	for (size_t i = 0; i < st->nusers; i++)
		if (strcmp(st->users[i]->id, ref) == 0 || strcmp(st->users[i]->username, ref) == 0)
			return st->users[i];
	return NULL;
}

struct token *store_token_by_secret(const struct store *st, const char *secret)
{
	for (size_t i = 0; i < st->ntokens; i++)
		if (strcmp(st->tokens[i]->secret, secret) == 0)
			return st->tokens[i];
	return NULL;
}

void store_add_token(struct store *st, struct token *t)
{
	st->tokens = xgrow(st->tokens, &st->captokens, st->ntokens + 1, sizeof *st->tokens);
	st->tokens[st->ntokens++] = t;
}

struct tsig *store_tsig(const struct store *st, const char *id)
{
	for (size_t i = 0; i < st->ntsigs; i++)
		if (strcmp(st->tsigs[i]->id, id) == 0)
			return st->tsigs[i];
	return NULL;
}

void store_add_tsig(struct store *st, struct tsig *k)
{
	st->tsigs = xgrow(st->tsigs, &st->captsigs, st->ntsigs + 1, sizeof *st->tsigs);
	st->tsigs[st->ntsigs++] = k;
}

long store_next_dnskey_id(const struct store *st)
{
	long next = 1281080;
	for (size_t i = 0; i < st->ndomains; i++)
		for (size_t k = 0; k < st->domains[i]->ndnskeys; k++)
			if (st->domains[i]->dnskeys[k]->id >= next)
				next = st->domains[i]->dnskeys[k]->id + 1;
	return next;
}
