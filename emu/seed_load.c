/*
 * Reading the seed format (emu/README.md, "Seeds and state files") into a
 * store: every object checked the way the API checks it, each mistake
 * reported with the path of the faulty element.
 */
#include "seed.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "dnssec.h"
#include "nameservers.h"
#include "records.h"
#include "util.h"

/* Loading context: the reference time and where errors go. */
struct ld {
	time_t now;
	struct buf *err;
};

static int fail(struct ld *ld, const char *ctx, const char *fmt, ...) XATTR_PRINTF(3, 4);

static int fail(struct ld *ld, const char *ctx, const char *fmt, ...)
{
	va_list ap;
	if (ld->err->len)
		return -1;
	if (ctx && *ctx)
		buf_printf(ld->err, "%s: ", ctx);
	va_start(ap, fmt);
	buf_vprintf(ld->err, fmt, ap);
	va_end(ap);
	return -1;
}

static int check_keys(struct ld *ld, const char *ctx, json_t *obj, const char *const *keys)
{
	const char *k;
	json_t *v;
	json_object_foreach(obj, k, v) {
		bool ok = false;
		for (size_t i = 0; keys[i] && !ok; i++)
			ok = strcmp(keys[i], k) == 0;
		if (!ok) {
			struct buf list = {0};
			for (size_t i = 0; keys[i]; i++)
				buf_printf(&list, "%s%s", i ? ", " : "", keys[i]);
			fail(ld, ctx, "unknown key '%s' (known keys: %s)", k, buf_str(&list));
			buf_free(&list);
			return -1;
		}
	}
	return 0;
}

/* A string member: *out points into obj. Missing and !required: *out = dflt. */
static int get_str(struct ld *ld, const char *ctx, json_t *obj, const char *key, bool required,
		   const char *dflt, const char **out)
{
	json_t *v = json_object_get(obj, key);
	if (!v || (json_is_null(v) && !required)) {
		if (required)
			return fail(ld, ctx, "'%s' is missing", key);
		*out = dflt;
		return 0;
	}
	if (!json_is_string(v))
		return fail(ld, ctx, "'%s' must be a string", key);
	*out = json_string_value(v);
	return 0;
}

static int get_time(struct ld *ld, const char *ctx, json_t *obj, const char *key, bool required,
		    time_t dflt, time_t *out)
{
	const char *s = NULL;
	if (get_str(ld, ctx, obj, key, required, NULL, &s) < 0)
		return -1;
	if (!s) {
		*out = dflt;
		return 0;
	}
	if (parse_time(s, ld->now, out) < 0)
		return fail(ld, ctx, "'%s' is not a date: '%s' (use ISO-8601 like "
				     "'2025-01-31T12:00:00Z' or a relative date like '+3d', '-1d')",
			    key, s);
	return 0;
}

static int get_bool(struct ld *ld, const char *ctx, json_t *obj, const char *key, bool dflt,
		    bool *out)
{
	json_t *v = json_object_get(obj, key);
	if (!v) {
		*out = dflt;
		return 0;
	}
	if (!json_is_boolean(v))
		return fail(ld, ctx, "'%s' must be true or false", key);
	*out = json_is_true(v);
	return 0;
}

static int get_strv(struct ld *ld, const char *ctx, json_t *obj, const char *key, char ***out,
		    size_t *n)
{
	json_t *v = json_object_get(obj, key);
	*out = NULL;
	*n = 0;
	if (!v)
		return 0;
	if (!json_is_array(v))
		return fail(ld, ctx, "'%s' must be an array of strings", key);
	size_t cnt = json_array_size(v);
	char **arr = xcalloc(cnt ? cnt : 1, sizeof *arr);
	for (size_t i = 0; i < cnt; i++) {
		json_t *s = json_array_get(v, i);
		if (!json_is_string(s)) {
			strv_free(arr, i);
			return fail(ld, ctx, "'%s[%zu]' must be a string", key, i);
		}
		arr[i] = xstrdup(json_string_value(s));
	}
	*out = arr;
	*n = cnt;
	return 0;
}

static int get_id(struct ld *ld, const char *ctx, json_t *obj, char **out)
{
	const char *s = NULL;
	char gen[37];
	if (get_str(ld, ctx, obj, "id", false, NULL, &s) < 0)
		return -1;
	if (!s) {
		gen_uuid(gen);
		s = gen;
	}
	*out = xstrdup(s);
	return 0;
}

static int load_orgs(struct store *st, struct ld *ld, json_t *arr)
{
	if (!json_is_array(arr) || json_array_size(arr) == 0)
		return fail(ld, "organizations", "must be a non-empty array of objects");
	size_t i;
	json_t *o;
	st->orgs = xcalloc(json_array_size(arr), sizeof *st->orgs);
	json_array_foreach(arr, i, o) {
		char ctx[64];
		snprintf(ctx, sizeof ctx, "organizations[%zu]", i);
		if (!json_is_object(o))
			return fail(ld, ctx, "must be an object");
		const char *id, *name, *type;
		if (get_str(ld, ctx, o, "id", true, NULL, &id) < 0 ||
		    get_str(ld, ctx, o, "name", true, NULL, &name) < 0 ||
		    get_str(ld, ctx, o, "type", true, NULL, &type) < 0)
			return -1;
		if (store_org(st, id))
			return fail(ld, ctx, "duplicate organization id '%s'", id);
		struct org *org = xcalloc(1, sizeof *org);
		org->obj = json_deep_copy(o);
		org->id = json_string_value(json_object_get(org->obj, "id"));
		org->name = json_string_value(json_object_get(org->obj, "name"));
		st->orgs[st->norgs++] = org;
	}
	return 0;
}

static int load_user(struct store *st, struct ld *ld, const char *ctx, json_t *o)
{
	if (!json_is_object(o))
		return fail(ld, ctx, "must be an object");
	const char *id, *username;
	if (get_str(ld, ctx, o, "id", true, NULL, &id) < 0 ||
	    get_str(ld, ctx, o, "username", true, NULL, &username) < 0)
		return -1;
	json_t *orgs = json_object_get(o, "organizations");
	if (!json_is_array(orgs) || json_array_size(orgs) == 0)
		return fail(ld, ctx, "'organizations' must be a non-empty array of organization ids");
	struct user *u = xcalloc(1, sizeof *u);
	st->users = xrealloc(st->users, (st->nusers + 1) * sizeof *st->users);
	st->users[st->nusers++] = u;
	u->obj = json_deep_copy(o);
	json_object_del(u->obj, "organizations");
	u->id = json_string_value(json_object_get(u->obj, "id"));
	u->username = json_string_value(json_object_get(u->obj, "username"));
	u->orgs = xcalloc(json_array_size(orgs), sizeof *u->orgs);
	size_t i;
	json_t *ref;
	json_array_foreach(orgs, i, ref) {
		struct org *org = json_is_string(ref) ? store_org(st, json_string_value(ref)) : NULL;
		if (!org)
			return fail(ld, ctx, "organizations[%zu] is not the id of an organization", i);
		u->orgs[u->norgs++] = org;
	}
	return 0;
}

static int load_users(struct store *st, struct ld *ld, json_t *root)
{
	json_t *users = json_object_get(root, "users");
	json_t *user = json_object_get(root, "user");
	if (users && user)
		return fail(ld, NULL, "give either 'users' or 'user', not both");
	if (user)
		return load_user(st, ld, "user", user);
	if (!json_is_array(users) || json_array_size(users) == 0)
		return fail(ld, "users", "must be a non-empty array of objects (or give one 'user')");
	size_t i;
	json_t *o;
	json_array_foreach(users, i, o) {
		char ctx[64];
		snprintf(ctx, sizeof ctx, "users[%zu]", i);
		if (load_user(st, ld, ctx, o) < 0)
			return -1;
		for (size_t k = 0; k + 1 < st->nusers; k++)
			if (strcmp(st->users[k]->id, st->users[st->nusers - 1]->id) == 0)
				return fail(ld, ctx, "duplicate user id");
	}
	return 0;
}

static const char *const token_keys[] = {
	"id", "name", "secret", "kind", "scopes", "domains", "organization", "user",
	"created_at", "expires_at", NULL};

static int load_token(struct store *st, struct ld *ld, const char *ctx, json_t *o)
{
	int rc = -1;
	struct token *t = xcalloc(1, sizeof *t);
	const char *name, *secret, *kind, *orgid, *userref;
	if (!json_is_object(o)) {
		fail(ld, ctx, "must be an object");
		goto out;
	}
	if (check_keys(ld, ctx, o, token_keys) < 0 || get_id(ld, ctx, o, &t->id) < 0 ||
	    get_str(ld, ctx, o, "name", true, NULL, &name) < 0 ||
	    get_str(ld, ctx, o, "secret", true, NULL, &secret) < 0 ||
	    get_str(ld, ctx, o, "kind", false, "pat", &kind) < 0 ||
	    get_str(ld, ctx, o, "organization", false, NULL, &orgid) < 0 ||
	    get_str(ld, ctx, o, "user", false, NULL, &userref) < 0 ||
	    get_time(ld, ctx, o, "created_at", false, ld->now, &t->created_at) < 0 ||
	    get_time(ld, ctx, o, "expires_at", false, 0, &t->expires_at) < 0)
		goto out;
	t->name = xstrdup(name);
	t->secret = xstrdup(secret);
	if (strcmp(kind, "pat") == 0) {
		t->apikey = false;
	} else if (strcmp(kind, "apikey") == 0) {
		t->apikey = true;
	} else {
		fail(ld, ctx, "'kind' must be \"pat\" or \"apikey\", not '%s'", kind);
		goto out;
	}
	size_t slen = strlen(secret);
	if (slen < 8 || strspn(secret, "0123456789abcdefghijklmnopqrstuvwxyz"
				       "ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.") != slen) {
		fail(ld, ctx, "'secret' must be at least 8 characters among letters, digits, '-', "
			      "'_' and '.'");
		goto out;
	}
	if (store_token_by_secret(st, secret)) {
		fail(ld, ctx, "the secret of token '%s' is already used by another token", name);
		goto out;
	}
	if (!t->apikey && !t->expires_at) {
		fail(ld, ctx, "a personal access token needs 'expires_at'");
		goto out;
	}
	json_t *scopes = json_object_get(o, "scopes");
	if (!json_is_array(scopes)) {
		fail(ld, ctx, "'scopes' must be an array such as [\"domain:view\", \"domain:tech\"]");
		goto out;
	}
	size_t i;
	json_t *sc;
	json_array_foreach(scopes, i, sc) {
		unsigned bit = json_is_string(sc) ? scope_bit(json_string_value(sc)) : 0;
		if (!bit) {
			fail(ld, ctx, "scopes[%zu] is not one of domain:view, domain:renew, "
				      "domain:tech, organization:view",
			     i);
			goto out;
		}
		t->scopes |= bit;
	}
	json_t *doms = json_object_get(o, "domains");
	if (!doms || (json_is_string(doms) && strcmp(json_string_value(doms), "all") == 0)) {
		t->all_domains = true;
	} else if (json_is_array(doms)) {
		char **list = NULL;
		size_t n = 0;
		if (get_strv(ld, ctx, o, "domains", &list, &n) < 0)
			goto out;
		t->domains = list;
		t->ndomains = n;
		for (size_t k = 0; k < n; k++) {
			char *l = lower_dup(list[k]);
			free(list[k]);
			list[k] = l;
		}
	} else {
		fail(ld, ctx, "'domains' must be \"all\" or an array of domain names");
		goto out;
	}
	if (userref) {
		t->user = store_user(st, userref);
		if (!t->user) {
			fail(ld, ctx, "'user' is not the id or username of a user: '%s'", userref);
			goto out;
		}
	} else if (st->nusers == 1) {
		t->user = st->users[0];
	} else {
		fail(ld, ctx, "'user' is missing (needed when the seed has several users)");
		goto out;
	}
	if (orgid) {
		t->org = store_org(st, orgid);
		bool member = false;
		for (size_t k = 0; t->org && k < t->user->norgs && !member; k++)
			member = t->user->orgs[k] == t->org;
		if (!member) {
			fail(ld, ctx, "'organization' is not an organization of the token's user: '%s'",
			     orgid);
			goto out;
		}
	} else if (!t->apikey) {
		fail(ld, ctx, "a personal access token needs 'organization'");
		goto out;
	}
	store_add_token(st, t);
	t = NULL;
	rc = 0;
out:
	token_free(t);
	return rc;
}

static const char *const tsig_keys[] = {"id", "secret", "organization", "created_at", NULL};

static int load_tsig(struct store *st, struct ld *ld, const char *ctx, json_t *o)
{
	const char *secret, *orgid;
	struct tsig *k = xcalloc(1, sizeof *k);
	int rc = -1;
	if (!json_is_object(o)) {
		fail(ld, ctx, "must be an object");
	} else if (check_keys(ld, ctx, o, tsig_keys) == 0 && get_id(ld, ctx, o, &k->id) == 0 &&
		   get_str(ld, ctx, o, "secret", true, NULL, &secret) == 0 &&
		   get_str(ld, ctx, o, "organization", true, NULL, &orgid) == 0 &&
		   get_time(ld, ctx, o, "created_at", false, ld->now, &k->created_at) == 0) {
		struct buf raw = {0};
		if (!(k->org = store_org(st, orgid)))
			fail(ld, ctx, "'organization' is not the id of an organization: '%s'", orgid);
		else if (store_tsig(st, k->id))
			fail(ld, ctx, "duplicate TSIG key id '%s'", k->id);
		else if (strlen(secret) < 16 || base64_decode(secret, &raw) < 0)
			fail(ld, ctx, "'secret' must be base64 of at least 16 characters");
		else
			rc = 0;
		buf_free(&raw);
		k->secret = xstrdup(secret);
	}
	if (rc < 0)
		tsig_free(k);
	else
		store_add_tsig(st, k);
	return rc;
}

static const char *const record_keys[] = {"rrset_name", "rrset_type", "rrset_ttl",
					  "rrset_values", NULL};

/* One record object of a seed into a new rrset, checked like the API does. */
static struct rrset *load_record(struct ld *ld, const char *ctx, json_t *o)
{
	struct rrset *rr = NULL;
	struct buf why = {0};
	char *name = NULL;
	const char *rawname, *type;
	long ttl;
	char **vals = NULL;
	size_t nv = 0;
	if (!json_is_object(o)) {
		fail(ld, ctx, "must be an object");
		goto out;
	}
	if (check_keys(ld, ctx, o, record_keys) < 0 ||
	    get_str(ld, ctx, o, "rrset_name", true, NULL, &rawname) < 0 ||
	    get_str(ld, ctx, o, "rrset_type", true, NULL, &type) < 0)
		goto out;
	if (!(name = rr_name_check(rawname, &why)) || rr_type_check(type, &why) < 0 ||
	    rr_ttl_check(json_object_get(o, "rrset_ttl"), &ttl, &why) < 0 ||
	    rr_values_check(name, type, json_object_get(o, "rrset_values"), true, &vals, &nv,
			    &why) < 0) {
		fail(ld, ctx, "%s", buf_str(&why));
		goto out;
	}
	rr = rrset_new(name, type, ttl, vals, nv);
out:
	free(name);
	buf_free(&why);
	return rr;
}

/* Records of a zone or snapshot into z (checked for duplicates and placement). */
static int load_records(struct ld *ld, const char *ctx, json_t *arr, struct zone *z)
{
	if (!arr)
		return 0;
	if (!json_is_array(arr))
		return fail(ld, ctx, "must be an array of records");
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		char c[160];
		snprintf(c, sizeof c, "%s[%zu]", ctx, i);
		struct rrset *rr = load_record(ld, c, o);
		if (!rr)
			return -1;
		struct buf why = {0};
		const char *field = NULL;
		if (zone_find(z, rr->name, rr->type, NULL) >= 0) {
			fail(ld, c, "duplicate RRset %s/%s (put all its values in one record)",
			     rr->name, rr->type);
		} else if (rr_placement_check(z, rr->name, rr->type, &field, &why) < 0) {
			fail(ld, c, "%s", buf_str(&why));
		}
		buf_free(&why);
		if (ld->err->len) {
			rrset_unref(rr);
			return -1;
		}
		zone_put(z, rr);
	}
	return 0;
}

static bool rrset_same(const struct rrset *a, const struct rrset *b)
{
	if (strcmp(a->name, b->name) || strcmp(a->type, b->type) || a->ttl != b->ttl ||
	    a->nval != b->nval)
		return false;
	for (size_t i = 0; i < a->nval; i++)
		if (strcmp(a->val[i], b->val[i]))
			return false;
	return true;
}

/* Replace each rrset of rr[0..n) equal to one of ref by a reference to
 * ref's, as live snapshots share them (keeps a reloaded state small). */
static void share_rrsets(struct rrset **rr, size_t n, struct rrset **ref, size_t nref)
{
	struct zone view = {.rr = ref, .n = nref};
	for (size_t i = 0; i < n; i++) {
		long k = zone_find(&view, rr[i]->name, rr[i]->type, NULL);
		if (k >= 0 && ref[k] != rr[i] && rrset_same(ref[k], rr[i])) {
			rrset_unref(rr[i]);
			rr[i] = rrset_ref(ref[k]);
		}
	}
}

static const char *const livedns_keys[] = {"automatic_snapshots", "updated_at", "records",
					   "snapshots", "keys", "axfr", NULL};
static const char *const lkey_keys[] = {"id", "flags", "public_key", "private_key", "deleted",
					"created_at", NULL};

/* The zone's DNSSEC signing keys. */
static int load_lkeys(struct ld *ld, const char *zctx, json_t *arr, struct zone *z)
{
	if (!arr)
		return 0;
	if (!json_is_array(arr))
		return fail(ld, zctx, "'keys' must be an array");
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		char ctx[220];
		snprintf(ctx, sizeof ctx, "%s.keys[%zu]", zctx, i);
		struct lkey *k = xcalloc(1, sizeof *k);
		struct buf why = {0};
		const char *pub, *priv;
		json_t *flags = json_object_get(o, "flags");
		int rc = -1;
		if (!json_is_object(o))
			fail(ld, ctx, "must be an object");
		else if (check_keys(ld, ctx, o, lkey_keys) < 0 || get_id(ld, ctx, o, &k->id) < 0 ||
			 get_str(ld, ctx, o, "public_key", false, NULL, &pub) < 0 ||
			 get_str(ld, ctx, o, "private_key", false, NULL, &priv) < 0 ||
			 get_bool(ld, ctx, o, "deleted", false, &k->deleted) < 0 ||
			 get_time(ld, ctx, o, "created_at", false, ld->now, &k->created_at) < 0)
			;
		else if (flags && !(json_is_integer(flags) && (json_integer_value(flags) == 256 ||
								 json_integer_value(flags) == 257)))
			fail(ld, ctx, "'flags' must be 257 (KSK) or 256 (ZSK)");
		else if (lkey_material(k, pub, priv, &why) < 0)
			fail(ld, ctx, "%s", buf_str(&why));
		else
			rc = 0;
		k->flags = flags ? (int)json_integer_value(flags) : 257;
		for (size_t n = 0; rc == 0 && n < z->nkeys; n++)
			if (strcmp(z->keys[n]->id, k->id) == 0)
				rc = fail(ld, ctx, "duplicate key id '%s'", k->id);
		buf_free(&why);
		if (rc < 0) {
			lkey_free(k);
			return -1;
		}
		z->keys = xgrow(z->keys, &z->capkeys, z->nkeys + 1, sizeof *z->keys);
		z->keys[z->nkeys++] = k;
	}
	return 0;
}

static const char *const axfr_keys[] = {"slaves", "tsig", NULL};

/* The zone's AXFR secondaries and the TSIG keys they use. */
static int load_axfr(const struct store *st, struct ld *ld, const char *zctx, json_t *o,
		     struct zone *z)
{
	char ctx[220];
	snprintf(ctx, sizeof ctx, "%s.axfr", zctx);
	if (!o)
		return 0;
	if (!json_is_object(o) || check_keys(ld, ctx, o, axfr_keys) < 0)
		return fail(ld, ctx, "must be an object with 'slaves' and 'tsig'");
	if (get_strv(ld, ctx, o, "slaves", &z->slaves, &z->nslaves) < 0)
		return -1;
	for (size_t i = 0; i < z->nslaves; i++) {
		if (!ip_family(z->slaves[i]))
			return fail(ld, ctx, "slaves[%zu] is not an IPv4 or IPv6 address", i);
		for (size_t k = 0; k < i; k++)
			if (ip_same(z->slaves[k], z->slaves[i]))
				return fail(ld, ctx, "'%s' is listed twice", z->slaves[i]);
	}
	json_t *ids = json_object_get(o, "tsig");
	if (ids && !json_is_array(ids))
		return fail(ld, ctx, "'tsig' must be an array of TSIG key ids");
	z->tsig = xcalloc(json_array_size(ids) + 1, sizeof *z->tsig);
	size_t i;
	json_t *id;
	json_array_foreach(ids, i, id) {
		struct tsig *k = json_is_string(id) ? store_tsig(st, json_string_value(id)) : NULL;
		if (!k)
			return fail(ld, ctx, "tsig[%zu] is not the id of a key of 'tsig_keys'", i);
		for (size_t n = 0; n < z->ntsig; n++)
			if (z->tsig[n] == k)
				return fail(ld, ctx, "TSIG key '%s' is listed twice", k->id);
		z->tsig[z->ntsig++] = k;
	}
	return 0;
}
static const char *const snapshot_keys[] = {"id", "name", "created_at", "automatic",
					    "zone_data", NULL};

static int load_zone(const struct store *st, struct ld *ld, const char *dctx, json_t *o,
		     struct zone **out)
{
	int rc = -1;
	char ctx[160];
	struct zone *z = xcalloc(1, sizeof *z);
	struct zone tmp = {0};
	snprintf(ctx, sizeof ctx, "%s.livedns", dctx);
	if (!json_is_object(o)) {
		fail(ld, ctx, "must be an object");
		goto out;
	}
	if (check_keys(ld, ctx, o, livedns_keys) < 0 ||
	    get_bool(ld, ctx, o, "automatic_snapshots", true, &z->automatic_snapshots) < 0 ||
	    get_time(ld, ctx, o, "updated_at", false, ld->now, &z->updated_at) < 0)
		goto out;
	char rctx[180];
	snprintf(rctx, sizeof rctx, "%s.records", ctx);
	if (load_records(ld, rctx, json_object_get(o, "records"), z) < 0 ||
	    load_lkeys(ld, ctx, json_object_get(o, "keys"), z) < 0 ||
	    load_axfr(st, ld, ctx, json_object_get(o, "axfr"), z) < 0)
		goto out;
	json_t *snaps = json_object_get(o, "snapshots");
	if (snaps && !json_is_array(snaps)) {
		fail(ld, ctx, "'snapshots' must be an array");
		goto out;
	}
	size_t i;
	json_t *so;
	json_array_foreach(snaps, i, so) {
		char sctx[200];
		snprintf(sctx, sizeof sctx, "%s.snapshots[%zu]", ctx, i);
		const char *name;
		time_t created = 0;
		bool automatic = false;
		if (!json_is_object(so)) {
			fail(ld, sctx, "must be an object");
			goto out;
		}
		char *id = NULL;
		if (check_keys(ld, sctx, so, snapshot_keys) < 0 ||
		    get_str(ld, sctx, so, "name", false, "", &name) < 0 ||
		    get_time(ld, sctx, so, "created_at", false, ld->now, &created) < 0 ||
		    get_bool(ld, sctx, so, "automatic", false, &automatic) < 0 ||
		    get_id(ld, sctx, so, &id) < 0)
			goto out;
		char zctx[220];
		snprintf(zctx, sizeof zctx, "%s.zone_data", sctx);
		if (load_records(ld, zctx, json_object_get(so, "zone_data"), &tmp) < 0) {
			free(id);
			goto out;
		}
		struct snapshot *s = xcalloc(1, sizeof *s);
		s->id = id;
		s->name = xstrdup(name);
		s->created_at = created;
		s->automatic = automatic;
		s->rr = tmp.rr ? tmp.rr : xcalloc(1, sizeof *s->rr);
		s->n = tmp.n;
		memset(&tmp, 0, sizeof tmp);
		share_rrsets(s->rr, s->n, z->rr, z->n);
		if (z->nsnap)
			share_rrsets(s->rr, s->n, z->snap[z->nsnap - 1]->rr, z->snap[z->nsnap - 1]->n);
		zone_add_snapshot(z, s);
	}
	*out = z;
	z = NULL;
	rc = 0;
out:
	zone_clear(&tmp);
	free(tmp.rr);
	zone_free(z);
	return rc;
}

static const char *const webredir_keys[] = {"host", "type", "url", "protocol", "cert_uuid",
					    "created_at", "updated_at", NULL};

static int load_webredirs(struct ld *ld, const char *dctx, json_t *arr, struct domain *d)
{
	if (!arr)
		return 0;
	if (!json_is_array(arr))
		return fail(ld, dctx, "'webredirs' must be an array");
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		char ctx[160];
		snprintf(ctx, sizeof ctx, "%s.webredirs[%zu]", dctx, i);
		const char *host, *type, *url, *proto, *cert;
		time_t created, updated;
		if (!json_is_object(o))
			return fail(ld, ctx, "must be an object");
		if (check_keys(ld, ctx, o, webredir_keys) < 0 ||
		    get_str(ld, ctx, o, "host", true, NULL, &host) < 0 ||
		    get_str(ld, ctx, o, "type", false, "http301", &type) < 0 ||
		    get_str(ld, ctx, o, "url", true, NULL, &url) < 0 ||
		    get_str(ld, ctx, o, "protocol", false, "https", &proto) < 0 ||
		    get_str(ld, ctx, o, "cert_uuid", false, NULL, &cert) < 0 ||
		    get_time(ld, ctx, o, "created_at", false, ld->now, &created) < 0 ||
		    get_time(ld, ctx, o, "updated_at", false, created, &updated) < 0)
			return -1;
		size_t hl = strlen(host), dl = strlen(d->fqdn);
		if (!(strcmp(host, d->fqdn) == 0 ||
		      (hl > dl + 1 && host[hl - dl - 1] == '.' && strcmp(host + hl - dl, d->fqdn) == 0)))
			return fail(ld, ctx, "host '%s' is not '%s' or a name under it", host,
				    d->fqdn);
		if (strcmp(type, "http301") && strcmp(type, "http302") && strcmp(type, "cloak"))
			return fail(ld, ctx, "type must be http301, http302 or cloak");
		if (strcmp(proto, "http") && strcmp(proto, "https") && strcmp(proto, "httpsonly"))
			return fail(ld, ctx, "protocol must be http, https or httpsonly");
		struct webredir *w = xcalloc(1, sizeof *w);
		w->host = lower_dup(host);
		w->type = xstrdup(type);
		w->url = xstrdup(url);
		w->protocol = xstrdup(proto);
		w->cert_uuid = cert ? xstrdup(cert) : NULL;
		w->created_at = created;
		w->updated_at = updated;
		size_t at = 0;
		while (at < d->nwr && strcmp(d->wr[at]->host, w->host) < 0)
			at++;
		if (at < d->nwr && strcmp(d->wr[at]->host, w->host) == 0) {
			webredir_free(w);
			return fail(ld, ctx, "duplicate redirection for '%s'", host);
		}
		d->wr = xgrow(d->wr, &d->capwr, d->nwr + 1, sizeof *d->wr);
		memmove(d->wr + at + 1, d->wr + at, (d->nwr - at) * sizeof *d->wr);
		d->wr[at] = w;
		d->nwr++;
	}
	return 0;
}

static const char *const domain_keys[] = {
	"fqdn", "id", "organization", "owner", "status", "tags", "contacts", "dates",
	"autorenew", "autorenew_duration", "nameservers", "nameserver", "authinfo", "livedns",
	"webredirs", "can_tld_lock", "hosts", "dnskeys", "dnssec", NULL};
static const char *const host_keys[] = {"name", "ips", NULL};

/* Glue records, kept by name. */
static int load_hosts(struct ld *ld, const char *dctx, json_t *arr, struct domain *d)
{
	if (!arr)
		return 0;
	if (!json_is_array(arr))
		return fail(ld, dctx, "'hosts' must be an array");
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		char ctx[180];
		snprintf(ctx, sizeof ctx, "%s.hosts[%zu]", dctx, i);
		const char *name;
		struct buf why = {0};
		if (!json_is_object(o) || check_keys(ld, ctx, o, host_keys) < 0 ||
		    get_str(ld, ctx, o, "name", true, NULL, &name) < 0)
			return fail(ld, ctx, "must be an object with 'name' and 'ips'");
		struct host *h = xcalloc(1, sizeof *h);
		h->name = host_name_check(name, &why);
		int rc = 0;
		if (!h->name || ips_check(json_object_get(o, "ips"), &h->ips, &h->nips, &why) < 0)
			rc = fail(ld, ctx, "%s", buf_str(&why));
		size_t at = 0;
		while (rc == 0 && at < d->nhosts && strcmp(d->hosts[at]->name, h->name) < 0)
			at++;
		if (rc == 0 && at < d->nhosts && strcmp(d->hosts[at]->name, h->name) == 0)
			rc = fail(ld, ctx, "duplicate host '%s'", h->name);
		buf_free(&why);
		if (rc < 0) {
			host_free(h);
			return -1;
		}
		d->hosts = xgrow(d->hosts, &d->caphosts, d->nhosts + 1, sizeof *d->hosts);
		memmove(d->hosts + at + 1, d->hosts + at, (d->nhosts - at) * sizeof *d->hosts);
		d->hosts[at] = h;
		d->nhosts++;
	}
	return 0;
}

static const char *const dnskey_keys[] = {"id", "algorithm", "type", "public_key", NULL};

/* The keys at the registry. */
static int load_dnskeys(struct ld *ld, const char *dctx, json_t *arr, struct domain *d)
{
	if (!arr)
		return 0;
	if (!json_is_array(arr))
		return fail(ld, dctx, "'dnskeys' must be an array");
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		char ctx[180];
		snprintf(ctx, sizeof ctx, "%s.dnskeys[%zu]", dctx, i);
		struct buf why = {0};
		const char *field = NULL;
		int flags = 0;
		json_t *id = json_object_get(o, "id");
		if (!json_is_object(o) || check_keys(ld, ctx, o, dnskey_keys) < 0)
			return fail(ld, ctx, "must be an object with id, algorithm, type, public_key");
		if (!json_is_integer(id) || json_integer_value(id) < 1)
			return fail(ld, ctx, "'id' must be a positive integer");
		if (dnskey_check(json_object_get(o, "algorithm"), json_object_get(o, "type"),
				 json_object_get(o, "public_key"), &flags, &field, &why) < 0) {
			fail(ld, ctx, "%s", buf_str(&why));
			buf_free(&why);
			return -1;
		}
		for (size_t k = 0; k < d->ndnskeys; k++)
			if (d->dnskeys[k]->id == (long)json_integer_value(id))
				return fail(ld, ctx, "duplicate id %lld", (long long)json_integer_value(id));
		struct dnskey *k = xcalloc(1, sizeof *k);
		k->id = (long)json_integer_value(id);
		k->algorithm = (int)json_integer_value(json_object_get(o, "algorithm"));
		k->flags = flags;
		k->public_key = xstrdup(json_string_value(json_object_get(o, "public_key")));
		d->dnskeys = xgrow(d->dnskeys, &d->capdnskeys, d->ndnskeys + 1, sizeof *d->dnskeys);
		d->dnskeys[d->ndnskeys++] = k;
	}
	return 0;
}

static const char *const dnssec_keys[] = {"state", "since", "error", NULL};

/* The one-shot switch's state (default inactive). */
static int load_dnssec(struct ld *ld, const char *dctx, json_t *o, struct domain *d)
{
	char ctx[180];
	const char *state, *error;
	snprintf(ctx, sizeof ctx, "%s.dnssec", dctx);
	d->dnssec = DS_INACTIVE;
	d->dnssec_since = ld->now - DNSSEC_SWITCH_DELAY;
	if (!o)
		return 0;
	if (!json_is_object(o) || check_keys(ld, ctx, o, dnssec_keys) < 0 ||
	    get_str(ld, ctx, o, "state", true, NULL, &state) < 0 ||
	    get_str(ld, ctx, o, "error", false, NULL, &error) < 0 ||
	    get_time(ld, ctx, o, "since", false, d->dnssec_since, &d->dnssec_since) < 0)
		return -1;
	size_t i = 0;
	while (i < 6 && strcmp(dnssec_state_names[i], state) != 0)
		i++;
	if (i == 6)
		return fail(ld, ctx, "'state' must be one of inactive, activating, active, "
				     "deactivating, activation_error, deactivation_error");
	d->dnssec = (enum dnssec_state)i;
	if (error)
		d->dnssec_error = xstrdup(error);
	return 0;
}
static const char *const date_keys[] = {"created_at", "registry_created_at",
					"registry_ends_at", "updated_at", NULL};

/* One domain object into *out (not added to st). */
static int parse_domain(const struct store *st, struct ld *ld, const char *ctx, json_t *o,
			struct domain **out)
{
	int rc = -1;
	struct domain *d = xcalloc(1, sizeof *d);
	const char *fqdn, *orgid, *owner, *nsc, *authinfo;
	if (!json_is_object(o)) {
		fail(ld, ctx, "must be an object");
		goto out;
	}
	if (check_keys(ld, ctx, o, domain_keys) < 0 ||
	    get_str(ld, ctx, o, "fqdn", true, NULL, &fqdn) < 0 || get_id(ld, ctx, o, &d->id) < 0 ||
	    get_str(ld, ctx, o, "organization", true, NULL, &orgid) < 0 ||
	    get_str(ld, ctx, o, "owner", false, NULL, &owner) < 0 ||
	    get_str(ld, ctx, o, "nameserver", false, NULL, &nsc) < 0 ||
	    get_str(ld, ctx, o, "authinfo", false, NULL, &authinfo) < 0 ||
	    get_bool(ld, ctx, o, "autorenew", false, &d->autorenew) < 0)
		goto out;
	struct buf why = {0};
	char *norm = rr_name_check(fqdn, &why);
	buf_free(&why);
	if (!norm || !strchr(fqdn, '.') || strcmp(norm, "@") == 0 || strchr(fqdn, '*')) {
		free(norm);
		fail(ld, ctx, "'%s' is not a domain name like 'example.com'", fqdn);
		goto out;
	}
	d->fqdn = norm;
	d->tld = xstrdup(strrchr(d->fqdn, '.') + 1);
	d->org = store_org(st, orgid);
	if (!d->org) {
		fail(ld, ctx, "'organization' is not the id of an organization: '%s'", orgid);
		goto out;
	}
	d->owner = xstrdup(owner ? owner : d->org->name);
	d->authinfo = xstrdup(authinfo ? authinfo : "Emu-Auth-Code-0");
	json_t *dur = json_object_get(o, "autorenew_duration");
	d->autorenew_duration = 1;
	if (dur) {
		if (!json_is_integer(dur) || json_integer_value(dur) < 1 ||
		    json_integer_value(dur) > 9) {
			fail(ld, ctx, "'autorenew_duration' must be an integer from 1 to 9");
			goto out;
		}
		d->autorenew_duration = (int)json_integer_value(dur);
	}
	const char *arrays[] = {"status", "tags"};
	json_t **dest[] = {&d->status, &d->tags};
	for (int k = 0; k < 2; k++) {
		json_t *a = json_object_get(o, arrays[k]);
		if (!a) {
			*dest[k] = json_array();
			continue;
		}
		bool ok = json_is_array(a);
		for (size_t j = 0; ok && j < json_array_size(a); j++)
			ok = json_is_string(json_array_get(a, j));
		if (!ok) {
			fail(ld, ctx, "'%s' must be an array of strings", arrays[k]);
			goto out;
		}
		*dest[k] = json_deep_copy(a);
	}
	json_t *contacts = json_object_get(o, "contacts");
	if (contacts) {
		if (!json_is_object(contacts)) {
			fail(ld, ctx, "'contacts' must be an object");
			goto out;
		}
		d->contacts = json_deep_copy(contacts);
	}
	json_t *dates = json_object_get(o, "dates");
	if (!json_is_object(dates)) {
		fail(ld, ctx, "'dates' must be an object with created_at, registry_created_at, "
			      "registry_ends_at, updated_at");
		goto out;
	}
	char dctx[160];
	snprintf(dctx, sizeof dctx, "%s.dates", ctx);
	if (check_keys(ld, dctx, dates, date_keys) < 0 ||
	    get_time(ld, dctx, dates, "registry_ends_at", true, 0, &d->registry_ends_at) < 0 ||
	    get_time(ld, dctx, dates, "created_at", false, ld->now, &d->created_at) < 0 ||
	    get_time(ld, dctx, dates, "registry_created_at", false, d->created_at,
		     &d->registry_created_at) < 0 ||
	    get_time(ld, dctx, dates, "updated_at", false, d->created_at, &d->updated_at) < 0)
		goto out;
	json_t *lv = json_object_get(o, "livedns");
	if (lv && !json_is_null(lv) && load_zone(st, ld, ctx, lv, &d->zone) < 0)
		goto out;
	for (size_t i = 0; d->zone && i < d->zone->ntsig; i++) {
		if (d->zone->tsig[i]->org != d->org) {
			fail(ld, ctx, "TSIG key '%s' belongs to another organization",
			     d->zone->tsig[i]->id);
			goto out;
		}
	}
	d->ns_current = xstrdup(nsc ? nsc : d->zone ? "livedns" : "other");
	if (get_strv(ld, ctx, o, "nameservers", &d->ns, &d->nns) < 0)
		goto out;
	if (!json_object_get(o, "nameservers")) {
		if (!d->zone) {
			fail(ld, ctx, "'nameservers' is missing (required for a domain without "
				      "'livedns')");
			goto out;
		}
		/* the LiveDNS nameservers of the zone when the seed names none */
		char livedns_ns[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN];
		livedns_ns_generic(d->fqdn, livedns_ns);
		d->ns = xcalloc(LIVEDNS_NS_COUNT, sizeof *d->ns);
		for (int k = 0; k < LIVEDNS_NS_COUNT; k++)
			d->ns[k] = xstrdup(livedns_ns[k]);
		d->nns = LIVEDNS_NS_COUNT;
	}
	if (load_webredirs(ld, ctx, json_object_get(o, "webredirs"), d) < 0 ||
	    load_hosts(ld, ctx, json_object_get(o, "hosts"), d) < 0 ||
	    load_dnskeys(ld, ctx, json_object_get(o, "dnskeys"), d) < 0 ||
	    load_dnssec(ld, ctx, json_object_get(o, "dnssec"), d) < 0 ||
	    get_bool(ld, ctx, o, "can_tld_lock", true, &d->can_tld_lock) < 0)
		goto out;
	*out = d;
	d = NULL;
	rc = 0;
out:
	domain_free(d);
	return rc;
}

static int load_domain(struct store *st, struct ld *ld, const char *ctx, json_t *o)
{
	struct domain *d = NULL;
	if (parse_domain(st, ld, ctx, o, &d) < 0)
		return -1;
	if (store_domain(st, d->fqdn)) {
		fail(ld, ctx, "duplicate domain '%s'", d->fqdn);
		domain_free(d);
		return -1;
	}
	store_add_domain(st, d);
	return 0;
}

struct domain *seed_parse_domain(const struct store *st, json_t *obj, time_t now,
				 struct buf *err)
{
	struct ld ld = {.now = now, .err = err};
	struct domain *d = NULL;
	parse_domain(st, &ld, "domain", obj, &d);
	return d;
}

int seed_add_tsig(struct store *st, json_t *obj, time_t now, struct buf *err)
{
	struct ld ld = {.now = now, .err = err};
	return load_tsig(st, &ld, "tsig_key", obj);
}

int seed_add_token(struct store *st, json_t *obj, time_t now, struct buf *err)
{
	struct ld ld = {.now = now, .err = err};
	return load_token(st, &ld, "token", obj);
}

struct rrset *seed_parse_record(json_t *obj, struct buf *err)
{
	struct ld ld = {.now = 0, .err = err};
	return load_record(&ld, "record", obj);
}

int seed_parse_records(json_t *arr, struct zone *z, struct buf *err)
{
	struct ld ld = {.now = 0, .err = err};
	return load_records(&ld, "zone_data", arr, z);
}

struct store *store_load(const char *text, size_t len, time_t now,
			 unsigned long long *generation, struct buf *err)
{
	struct store *st = xcalloc(1, sizeof *st);
	struct ld ld = {.now = now, .err = err};
	bool ok = false;
	json_error_t jerr;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	static const char *const top_keys[] = {"generation", "organizations", "users", "user",
					       "tokens", "tsig_keys", "domains", NULL};
	if (!root) {
		fail(&ld, NULL, "invalid JSON at line %d, column %d: %s", jerr.line, jerr.column,
		     jerr.text);
		goto out;
	}
	if (!json_is_object(root)) {
		fail(&ld, NULL, "the top level must be an object with organizations, users, tokens "
				"and domains");
		goto out;
	}
	if (check_keys(&ld, "top level", root, top_keys) < 0 ||
	    load_orgs(st, &ld, json_object_get(root, "organizations")) < 0 ||
	    load_users(st, &ld, root) < 0)
		goto out;
	json_t *gen = json_object_get(root, "generation");
	if (gen && (!json_is_integer(gen) || json_integer_value(gen) < 0)) {
		fail(&ld, "generation", "must be a non-negative integer (state files only)");
		goto out;
	}
	if (generation)
		*generation = gen ? (unsigned long long)json_integer_value(gen) : 0;
	json_t *tokens = json_object_get(root, "tokens");
	json_t *domains = json_object_get(root, "domains");
	if (!json_is_array(tokens)) {
		fail(&ld, "tokens", "must be an array");
		goto out;
	}
	if (!json_is_array(domains)) {
		fail(&ld, "domains", "must be an array");
		goto out;
	}
	size_t i;
	json_t *o;
	json_array_foreach(tokens, i, o) {
		char ctx[64];
		snprintf(ctx, sizeof ctx, "tokens[%zu]", i);
		if (load_token(st, &ld, ctx, o) < 0)
			goto out;
	}
	json_t *tsigs = json_object_get(root, "tsig_keys");
	if (tsigs && !json_is_array(tsigs)) {
		fail(&ld, "tsig_keys", "must be an array");
		goto out;
	}
	json_array_foreach(tsigs, i, o) {
		char ctx[64];
		snprintf(ctx, sizeof ctx, "tsig_keys[%zu]", i);
		if (load_tsig(st, &ld, ctx, o) < 0)
			goto out;
	}
	json_array_foreach(domains, i, o) {
		char ctx[64];
		snprintf(ctx, sizeof ctx, "domains[%zu]", i);
		if (load_domain(st, &ld, ctx, o) < 0)
			goto out;
	}
	ok = true;
out:
	json_decref(root);
	if (!ok) {
		store_free(st);
		st = NULL;
	}
	return st;
}
