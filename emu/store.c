#include "store.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nameservers.h"
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

long zone_find(const struct zone *z, const char *name, const char *type, size_t *at)
{
	size_t lo = 0, hi = z->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = rrset_cmp(z->rr[mid]->name, z->rr[mid]->type, name, type);
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

static void zone_add_snapshot(struct zone *z, struct snapshot *s)
{
	z->snap = xgrow(z->snap, &z->capsnap, z->nsnap + 1, sizeof *z->snap);
	z->snap[z->nsnap++] = s;
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
				snapshot_free(z->snap[i]);
				memmove(z->snap + i, z->snap + i + 1,
					(z->nsnap - i - 1) * sizeof *z->snap);
				z->nsnap--;
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
	free(z);
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
	free(st);
}

/* ---- lookups ------------------------------------------------------------- */

static long domain_index(const struct store *st, const char *fqdn, size_t *at)
{
	size_t lo = 0, hi = st->ndomains;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(st->domains[mid]->fqdn, fqdn);
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

static struct user *store_user(const struct store *st, const char *ref)
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

/* ---- loading ------------------------------------------------------------- */

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
	    rr_values_check(name, type, json_object_get(o, "rrset_values"), &vals, &nv, &why) < 0) {
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
					   "snapshots", NULL};
static const char *const snapshot_keys[] = {"id", "name", "created_at", "automatic",
					    "zone_data", NULL};

static int load_zone(struct ld *ld, const char *dctx, json_t *o, struct zone **out)
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
	if (load_records(ld, rctx, json_object_get(o, "records"), z) < 0)
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
	"webredirs", NULL};
static const char *const date_keys[] = {"created_at", "registry_created_at",
					"registry_ends_at", "updated_at", NULL};


static int load_domain(struct store *st, struct ld *ld, const char *ctx, json_t *o)
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
	if (store_domain(st, d->fqdn)) {
		fail(ld, ctx, "duplicate domain '%s'", d->fqdn);
		goto out;
	}
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
	if (lv && !json_is_null(lv) && load_zone(ld, ctx, lv, &d->zone) < 0)
		goto out;
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
	if (load_webredirs(ld, ctx, json_object_get(o, "webredirs"), d) < 0)
		goto out;
	store_add_domain(st, d);
	d = NULL;
	rc = 0;
out:
	domain_free(d);
	return rc;
}

struct store *store_load(const char *text, size_t len, time_t now, struct buf *err)
{
	struct store *st = xcalloc(1, sizeof *st);
	struct ld ld = {.now = now, .err = err};
	bool ok = false;
	json_error_t jerr;
	json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	static const char *const top_keys[] = {"organizations", "users", "user", "tokens",
					       "domains", NULL};
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

/* ---- dumping ------------------------------------------------------------- */

static json_t *jtime(time_t t)
{
	char s[ISO_LEN];
	fmt_time(t, s);
	return json_string(s);
}

static json_t *jstrv(char *const *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

/* One record of a zone or snapshot, as the seed format writes it. */
static json_t *record_obj(const struct rrset *rr)
{
	return json_pack("{s:s, s:s, s:I, s:o}", "rrset_name", rr->name, "rrset_type", rr->type,
			 "rrset_ttl", (json_int_t)rr->ttl, "rrset_values", jstrv(rr->val, rr->nval));
}

/* Write j compactly, then sep. */
static void put_json(FILE *f, json_t *j, const char *sep)
{
	json_dumpf(j, f, JSON_COMPACT);
	fputs(sep, f);
	json_decref(j);
}

/* A list of records, one per line. */
static void put_records(FILE *f, struct rrset *const *rr, size_t n)
{
	fputs("[", f);
	for (size_t i = 0; i < n; i++)
		put_json(f, record_obj(rr[i]), i + 1 < n ? ",\n   " : "");
	fputs("]", f);
}

/* A domain without its zone (the zone is streamed after it). */
static json_t *domain_obj(const struct domain *d)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:O, s:O}", "fqdn", d->fqdn, "id", d->id,
			      "organization", d->org->id, "owner", d->owner, "status", d->status,
			      "tags", d->tags);
	if (d->contacts)
		json_object_set(o, "contacts", d->contacts);
	json_object_set_new(o, "dates",
			    json_pack("{s:o, s:o, s:o, s:o}", "created_at", jtime(d->created_at),
				      "registry_created_at", jtime(d->registry_created_at),
				      "registry_ends_at", jtime(d->registry_ends_at), "updated_at",
				      jtime(d->updated_at)));
	json_object_set_new(o, "autorenew", json_boolean(d->autorenew));
	json_object_set_new(o, "autorenew_duration", json_integer(d->autorenew_duration));
	json_object_set_new(o, "nameserver", json_string(d->ns_current));
	json_object_set_new(o, "nameservers", jstrv(d->ns, d->nns));
	json_object_set_new(o, "authinfo", json_string(d->authinfo));
	json_t *wrs = json_array();
	for (size_t i = 0; i < d->nwr; i++) {
		const struct webredir *w = d->wr[i];
		json_t *wo = json_pack("{s:s, s:s, s:s, s:s}", "host", w->host, "type", w->type,
				       "url", w->url, "protocol", w->protocol);
		if (w->cert_uuid)
			json_object_set_new(wo, "cert_uuid", json_string(w->cert_uuid));
		json_object_set_new(wo, "created_at", jtime(w->created_at));
		json_object_set_new(wo, "updated_at", jtime(w->updated_at));
		json_array_append_new(wrs, wo);
	}
	json_object_set_new(o, "webredirs", wrs);
	return o;
}

/* The "livedns" member of a domain, streamed record by record. */
static void put_zone(FILE *f, const struct zone *z)
{
	char upd[ISO_LEN];
	fmt_time(z->updated_at, upd);
	fprintf(f, ",\n  \"livedns\": {\"automatic_snapshots\": %s, \"updated_at\": \"%s\",\n"
		   "   \"records\": ",
		z->automatic_snapshots ? "true" : "false", upd);
	put_records(f, z->rr, z->n);
	fputs(",\n   \"snapshots\": [", f);
	for (size_t i = 0; i < z->nsnap; i++) {
		const struct snapshot *s = z->snap[i];
		json_t *head = json_pack("{s:s, s:s, s:o, s:b}", "id", s->id, "name", s->name,
					 "created_at", jtime(s->created_at), "automatic", s->automatic);
		char *text = json_dumps(head, JSON_COMPACT);
		/* the object without its final '}', then its zone_data */
		fprintf(f, "%s\n    %.*s, \"zone_data\": ", i ? "," : "", (int)strlen(text) - 1,
			text);
		put_records(f, s->rr, s->n);
		fputs("}", f);
		free(text);
		json_decref(head);
	}
	fputs("]}", f);
}

int store_write(const struct store *st, FILE *f)
{
	fputs("{\"organizations\": [\n  ", f);
	for (size_t i = 0; i < st->norgs; i++)
		put_json(f, json_incref(st->orgs[i]->obj), i + 1 < st->norgs ? ",\n  " : "");
	fputs("],\n\"users\": [\n  ", f);
	for (size_t i = 0; i < st->nusers; i++) {
		json_t *u = json_deep_copy(st->users[i]->obj);
		json_t *uo = json_array();
		for (size_t k = 0; k < st->users[i]->norgs; k++)
			json_array_append_new(uo, json_string(st->users[i]->orgs[k]->id));
		json_object_set_new(u, "organizations", uo);
		put_json(f, u, i + 1 < st->nusers ? ",\n  " : "");
	}
	fputs("],\n\"tokens\": [\n  ", f);
	for (size_t i = 0; i < st->ntokens; i++) {
		const struct token *t = st->tokens[i];
		json_t *scopes = json_array();
		for (unsigned b = 0; b < 4; b++)
			if (t->scopes & (1u << b))
				json_array_append_new(scopes, json_string(scope_names[b]));
		json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:o}", "id", t->id, "name", t->name,
				      "secret", t->secret, "kind", t->apikey ? "apikey" : "pat",
				      "scopes", scopes);
		json_object_set_new(o, "domains", t->all_domains ? json_string("all")
								  : jstrv(t->domains, t->ndomains));
		json_object_set_new(o, "organization", t->org ? json_string(t->org->id) : json_null());
		json_object_set_new(o, "user", json_string(t->user->id));
		json_object_set_new(o, "created_at", jtime(t->created_at));
		json_object_set_new(o, "expires_at", t->expires_at ? jtime(t->expires_at)
								    : json_null());
		put_json(f, o, i + 1 < st->ntokens ? ",\n  " : "");
	}
	fputs("],\n\"domains\": [\n ", f);
	for (size_t i = 0; i < st->ndomains; i++) {
		const struct domain *d = st->domains[i];
		json_t *o = domain_obj(d);
		char *text = json_dumps(o, JSON_COMPACT);
		fprintf(f, "%s%.*s", i ? ",\n " : "", (int)strlen(text) - 1, text);
		if (d->zone)
			put_zone(f, d->zone);
		fputs("}", f);
		free(text);
		json_decref(o);
	}
	fputs("]}\n", f);
	return ferror(f) ? -1 : 0;
}
