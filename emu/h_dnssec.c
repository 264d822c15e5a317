/*
 * DNSSEC (gandi-api.md §9): LiveDNS's signing keys
 * (/v5/livedns/domains/{fqdn}/keys), the one-shot switch
 * (/v5/domain/domains/{domain}/livedns/dnssec) and the keys handed to the
 * registry (/v5/domain/domains/{domain}/dnskeys).
 */
#include <stdlib.h>
#include <string.h>

#include "dnssec.h"
#include "handlers.h"

/* ---- LiveDNS keys ------------------------------------------------------------ */

static json_t *lkey_json(const struct req *rq, const struct lkey *k, bool detail)
{
	const char *fqdn = rq->dom->fqdn;
	char *h = href(rq, "/v5/livedns/domains/%s/keys/%s", fqdn, k->id);
	char *ds = lkey_ds(k, fqdn);
	json_t *o = json_pack("{s:s, s:s, s:i, s:i, s:s, s:s, s:b, s:s, s:s}", "id", k->id, "fqdn",
			      fqdn, "flags", k->flags, "algorithm", 13, "algorithm_name",
			      "ECDSAP256SHA256", "status", "active", "deleted", k->deleted, "ds",
			      ds, "key_href", h);
	if (detail) {
		char *fp = lkey_fingerprint(k);
		char *pub = lkey_public_b64(k);
		json_object_set_new(o, "fingerprint", json_string(fp));
		json_object_set_new(o, "public_key", json_string(pub));
		json_object_set_new(o, "tag", json_integer(lkey_tag(k)));
		free(fp);
		free(pub);
	}
	free(ds);
	free(h);
	return o;
}

static struct lkey *find_lkey(struct req *rq, struct resp *rs)
{
	const struct zone *z = rq->dom->zone;
	for (size_t i = 0; i < z->nkeys; i++)
		if (strcmp(z->keys[i]->id, rq->arg[1]) == 0)
			return z->keys[i];
	struct buf b = {0};
	buf_printf(&b, "Can't find the key %s of the zone", rq->arg[1]);
	resp_error(rs, 404, "domain-key", buf_str(&b));
	buf_free(&b);
	return NULL;
}

void h_keys_list(struct req *rq, struct resp *rs)
{
	const struct zone *z = rq->dom->zone;
	json_t *a = json_array();
	for (size_t i = 0; i < z->nkeys; i++)
		json_array_append_new(a, lkey_json(rq, z->keys[i], false));
	resp_json(rs, 200, a);
}

/* Add a new key of flags to the zone of d; returns it. */
static struct lkey *add_lkey(struct domain *d, int flags, time_t now)
{
	struct zone *z = d->zone;
	struct lkey *k = lkey_generate(flags, now);
	z->keys = xgrow(z->keys, &z->capkeys, z->nkeys + 1, sizeof *z->keys);
	z->keys[z->nkeys++] = k;
	return k;
}

void h_key_create(struct req *rq, struct resp *rs)
{
	json_t *body = req_json(rq, rs, false);
	if (!body)
		goto out;
	json_t *flags = json_object_get(body, "flags");
	const char *k;
	json_t *v;
	json_object_foreach(body, k, v) {
		if (strcmp(k, "flags") != 0)
			verr(rs, "body", k, "'%s' is not a field of a key: give only flags", k);
	}
	if (!json_is_integer(flags) ||
	    (json_integer_value(flags) != 256 && json_integer_value(flags) != 257))
		verr(rs, "body", "flags", "flags is required: 257 for a KSK or 256 for a ZSK");
	if (verr_done(rs))
		goto out;
	struct lkey *key = add_lkey(rq->dom, (int)json_integer_value(flags), rq->now);
	rs->dirty = true;
	char *loc = href(rq, "/v5/livedns/domains/%s/keys/%s", rq->dom->fqdn, key->id);
	resp_header(rs, "location", loc);
	free(loc);
	resp_message(rs, 201, "Domain Key Created");
out:
	json_decref(body);
}

void h_key_get(struct req *rq, struct resp *rs)
{
	struct lkey *k = find_lkey(rq, rs);
	if (k)
		resp_json(rs, 200, lkey_json(rq, k, true));
}

void h_key_undelete(struct req *rq, struct resp *rs)
{
	struct lkey *k = find_lkey(rq, rs);
	json_t *body = k ? req_json(rq, rs, false) : NULL;
	if (!body)
		goto out;
	json_t *deleted = json_object_get(body, "deleted");
	if (!json_is_false(deleted) || json_object_size(body) != 1) {
		verr(rs, "body", "deleted",
		     "the only change a key takes is {\"deleted\": false}, to bring it back");
		verr_done(rs);
		goto out;
	}
	k->deleted = false;
	rs->dirty = true;
	resp_message(rs, 200, "Domain Key Updated");
out:
	json_decref(body);
}

void h_key_delete(struct req *rq, struct resp *rs)
{
	struct lkey *k = find_lkey(rq, rs);
	if (!k)
		return;
	if (!k->deleted) {
		k->deleted = true;
		rs->dirty = true;
	}
	resp_no_content(rs);
}

/* ---- registry keys ------------------------------------------------------------ */

static json_t *dnskey_json(const struct req *rq, const struct dnskey *k)
{
	char *h = href(rq, "/v5/domain/domains/%s/dnskeys/%ld", rq->dom->fqdn, k->id);
	char *digest = dnskey_digest(k, rq->dom->fqdn);
	json_t *o = json_pack("{s:I, s:i, s:i, s:s, s:i, s:s, s:s, s:s}", "id", (json_int_t)k->id,
			      "keytag", (int)dnskey_tag(k), "algorithm", k->algorithm, "type",
			      k->flags == 257 ? "ksk" : k->flags == 256 ? "zsk" : "none",
			      "digest_type", 2, "digest", digest, "public_key", k->public_key,
			      "href", h);
	free(digest);
	free(h);
	return o;
}

void h_dnskeys_list(struct req *rq, struct resp *rs)
{
	const struct domain *d = rq->dom;
	size_t first, last;
	if (paginate(rq, rs, d->ndnskeys, d->ndnskeys, 100, &first, &last) < 0)
		return;
	json_t *a = json_array();
	for (size_t i = first; i < last; i++)
		json_array_append_new(a, dnskey_json(rq, d->dnskeys[i]));
	resp_json(rs, 200, a);
}

/* A checked key of body o (reported as prefix), or NULL after an error. */
static struct dnskey *dnskey_of(struct resp *rs, const json_t *o, const char *prefix)
{
	struct buf why = {0};
	const char *field = NULL;
	int flags = 0;
	struct dnskey *k = NULL;
	if (!json_is_object(o))
		verr(rs, "body", "keys", "%sis not an object", prefix);
	else if (dnskey_check(json_object_get(o, "algorithm"), json_object_get(o, "type"),
			      json_object_get(o, "public_key"), &flags, &field, &why) < 0)
		verr(rs, "body", *prefix ? "keys" : field, "%s%s", prefix, buf_str(&why));
	if (!rs->errors) {
		k = xcalloc(1, sizeof *k);
		k->algorithm = (int)json_integer_value(json_object_get(o, "algorithm"));
		k->flags = flags;
		k->public_key = xstrdup(json_string_value(json_object_get(o, "public_key")));
	}
	buf_free(&why);
	return k;
}

static bool dnskey_listed(const struct domain *d, const char *public_key)
{
	for (size_t i = 0; i < d->ndnskeys; i++)
		if (strcmp(d->dnskeys[i]->public_key, public_key) == 0)
			return true;
	return false;
}

static void add_dnskey(struct store *st, struct domain *d, struct dnskey *k)
{
	k->id = store_next_dnskey_id(st);
	d->dnskeys = xgrow(d->dnskeys, &d->capdnskeys, d->ndnskeys + 1, sizeof *d->dnskeys);
	d->dnskeys[d->ndnskeys++] = k;
}

void h_dnskey_create(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	json_t *body = req_json(rq, rs, false);
	struct dnskey *k = body ? dnskey_of(rs, body, "") : NULL;
	if (!k)
		goto out;
	if (dnskey_listed(d, k->public_key)) {
		resp_error(rs, 409, "dnskey", "This key is already registered for the domain.");
		dnskey_free(k);
		goto out;
	}
	add_dnskey(rq->emu->store, d, k);
	d->updated_at = rq->now;
	rs->dirty = true;
	char *loc = href(rq, "/v5/domain/domains/%s/dnskeys/%ld", d->fqdn, k->id);
	resp_header(rs, "location", loc);
	free(loc);
	resp_message(rs, 202, "The DNSSEC key is being added.");
out:
	json_decref(body);
}

void h_dnskeys_replace(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	struct dnskey **keys = NULL;
	size_t n = 0;
	json_t *body = req_json(rq, rs, false);
	json_t *arr = body ? json_object_get(body, "keys") : NULL;
	if (!body)
		goto out;
	if (!json_is_array(arr)) {
		verr(rs, "body", "keys", "keys is required: an array of {algorithm, type, public_key}");
		verr_done(rs);
		goto out;
	}
	keys = xcalloc(json_array_size(arr) + 1, sizeof *keys);
	for (size_t i = 0; i < json_array_size(arr); i++) {
		char prefix[32];
		snprintf(prefix, sizeof prefix, "keys[%zu]: ", i);
		struct dnskey *k = dnskey_of(rs, json_array_get(arr, i), prefix);
		if (!k)
			goto out;
		for (size_t j = 0; j < n; j++) {
			if (strcmp(keys[j]->public_key, k->public_key) == 0) {
				verr(rs, "body", "keys", "%sthe same key is given twice", prefix);
				dnskey_free(k);
				verr_done(rs);
				goto out;
			}
		}
		keys[n++] = k;
	}
	for (size_t i = 0; i < d->ndnskeys; i++)
		dnskey_free(d->dnskeys[i]);
	d->ndnskeys = 0;
	for (size_t i = 0; i < n; i++)
		add_dnskey(rq->emu->store, d, keys[i]);
	n = 0;
	d->updated_at = rq->now;
	rs->dirty = true;
	resp_message(rs, 202, "The DNSSEC keys are being replaced.");
out:
	if (rs->errors)
		verr_done(rs);
	for (size_t i = 0; i < n; i++)
		dnskey_free(keys[i]);
	free(keys);
	json_decref(body);
}

void h_dnskey_delete(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	long id = 0;
	size_t i = 0;
	if (parse_long(rq->arg[1], 1, 1L << 40, &id) == 0)
		while (i < d->ndnskeys && d->dnskeys[i]->id != id)
			i++;
	if (!id || i == d->ndnskeys) {
		struct buf b = {0};
		buf_printf(&b, "Can't find the DNSSEC key %s of the domain", rq->arg[1]);
		resp_error(rs, 404, "dnskey", buf_str(&b));
		buf_free(&b);
		return;
	}
	dnskey_free(d->dnskeys[i]);
	memmove(d->dnskeys + i, d->dnskeys + i + 1, (d->ndnskeys - i - 1) * sizeof *d->dnskeys);
	d->ndnskeys--;
	d->updated_at = rq->now;
	rs->dirty = true;
	resp_message(rs, 202, "The DNSSEC key is being deleted.");
}

/* ---- the one-shot switch ------------------------------------------------------ */

static json_t *state_json(const struct domain *d, enum dnssec_state s)
{
	json_t *o = json_pack("{s:s}", "state", dnssec_state_names[s]);
	if ((s == DS_ACTIVATION_ERROR || s == DS_DEACTIVATION_ERROR) && d->dnssec_error)
		json_object_set_new(o, "error", json_string(d->dnssec_error));
	return o;
}

void h_dnssec_get(struct req *rq, struct resp *rs)
{
	resp_json(rs, 200, state_json(rq->dom, domain_dnssec_state(rq->dom, rq->now)));
}

static void set_dnssec(struct domain *d, enum dnssec_state s, time_t now)
{
	d->dnssec = s;
	d->dnssec_since = now;
	free(d->dnssec_error);
	d->dnssec_error = NULL;
	d->updated_at = now;
}

/* Activation, done at once behind the "activating" the API reports for
 * DNSSEC_SWITCH_DELAY seconds: a KSK in LiveDNS if the zone has none in
 * use, and every KSK in use handed to the registry. */
void h_dnssec_enable(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	enum dnssec_state s = domain_dnssec_state(d, rq->now);
	if (s != DS_INACTIVE && s != DS_ACTIVATION_ERROR) {
		resp_error_json(rs, 409, state_json(d, s), false);
		return;
	}
	if (!d->zone || strcmp(d->ns_current, "livedns") != 0) {
		resp_error_json(rs, 409,
				json_pack("{s:s, s:s, s:s}", "state", "inactive", "cause",
					  "not-on-livedns", "error",
					  "The domain does not use LiveDNS: sign the zone where it is "
					  "served, then publish its keys with /dnskeys."),
				false);
		return;
	}
	bool ksk = false;
	for (size_t i = 0; i < d->zone->nkeys; i++)
		ksk |= d->zone->keys[i]->flags == 257 && !d->zone->keys[i]->deleted;
	if (!ksk)
		add_lkey(d, 257, rq->now);
	for (size_t i = 0; i < d->zone->nkeys; i++) {
		const struct lkey *k = d->zone->keys[i];
		char *pub = lkey_public_b64(k);
		if (k->flags == 257 && !k->deleted && !dnskey_listed(d, pub)) {
			struct dnskey *rk = xcalloc(1, sizeof *rk);
			rk->algorithm = 13;
			rk->flags = 257;
			rk->public_key = pub;
			pub = NULL;
			add_dnskey(rq->emu->store, d, rk);
		}
		free(pub);
	}
	set_dnssec(d, DS_ACTIVATING, rq->now);
	rs->dirty = true;
	resp_json(rs, 202, state_json(d, DS_ACTIVATING));
}

/* Deactivation, done at once: the registry's copies of LiveDNS's keys
 * withdrawn and LiveDNS's keys deleted (they can be brought back). */
void h_dnssec_disable(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	enum dnssec_state s = domain_dnssec_state(d, rq->now);
	if (s != DS_ACTIVE && s != DS_DEACTIVATION_ERROR) {
		resp_error_json(rs, 409, state_json(d, s), false);
		return;
	}
	for (size_t i = 0; d->zone && i < d->zone->nkeys; i++) {
		struct lkey *k = d->zone->keys[i];
		char *pub = lkey_public_b64(k);
		for (size_t j = 0; j < d->ndnskeys;) {
			if (strcmp(d->dnskeys[j]->public_key, pub) == 0) {
				dnskey_free(d->dnskeys[j]);
				memmove(d->dnskeys + j, d->dnskeys + j + 1,
					(d->ndnskeys - j - 1) * sizeof *d->dnskeys);
				d->ndnskeys--;
			} else {
				j++;
			}
		}
		k->deleted = true;
		free(pub);
	}
	set_dnssec(d, DS_DEACTIVATING, rq->now);
	rs->dirty = true;
	resp_json(rs, 202, state_json(d, DS_DEACTIVATING));
}
