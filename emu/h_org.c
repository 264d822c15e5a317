/*
 * /v5/organization (user-info, organizations, renewal of the calling
 * personal access token) and /tokeninfo (the id.gandi.net role).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "handlers.h"

#define DAY 86400L

void h_user_info(struct req *rq, struct resp *rs)
{
	resp_json(rs, 200, json_deep_copy(rq->tok->user->obj));
}

static bool contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return n == 0;
}

struct org_order {
	const char *key;
	bool desc;
};

static int org_cmp(const void *pa, const void *pb, void *ctx)
{
	const struct org *a = pa, *b = pb;
	const struct org_order *o = ctx;
	const char *va = json_string_value(json_object_get(a->obj, o->key));
	const char *vb = json_string_value(json_object_get(b->obj, o->key));
	int c = strcmp(va ? va : "", vb ? vb : "");
	if (!c)
		c = strcmp(a->id, b->id);
	return o->desc ? -c : c;
}

void h_orgs_list(struct req *rq, struct resp *rs)
{
	struct store *st = rq->emu->store;
	const char *name = query_get(&rq->q, "name");
	const char *like = query_get(&rq->q, "~name");
	const char *type = query_get(&rq->q, "type");
	const char *sort = query_get(&rq->q, "sort_by");
	struct org_order order = {"name", false};
	struct org **sel = NULL;
	size_t total = 0, nsel = 0, first, last;
	if (sort) {
		order.desc = sort[0] == '-';
		order.key = sort + order.desc;
		if (strcmp(order.key, "name") && strcmp(order.key, "type") && strcmp(order.key, "id")) {
			verr(rs, "querystring", "sort_by",
			     "sort_by must be name, type or id (with '-' for descending order)");
			goto out;
		}
	}
	sel = xcalloc(st->norgs, sizeof *sel);
	for (size_t i = 0; i < st->norgs; i++) {
		struct org *o = st->orgs[i];
		if (!token_sees_org(rq->tok, o))
			continue;
		total++;
		const char *otype = json_string_value(json_object_get(o->obj, "type"));
		if (name && strcmp(name, o->name) != 0)
			continue;
		if (like && !contains_nocase(o->name, like))
			continue;
		if (type && (!otype || strcmp(type, otype) != 0))
			continue;
		sel[nsel++] = o;
	}
	sort_ptrs((void **)sel, nsel, org_cmp, &order);
	if (paginate(rq, rs, total, nsel, 100, &first, &last) == 0) {
		json_t *arr = json_array();
		for (size_t i = first; i < last; i++)
			json_array_append(arr, sel[i]->obj);
		resp_json(rs, 200, arr);
	}
out:
	free(sel);
}

void h_org_get(struct req *rq, struct resp *rs)
{
	struct org *o = store_org(rq->emu->store, rq->arg[0]);
	if (!o || !token_sees_org(rq->tok, o))
		resp_not_found(rs);
	else
		resp_json(rs, 200, json_incref(o->obj));
}

static json_t *scopes_json(const struct token *t)
{
	json_t *a = json_array();
	for (unsigned b = 0; b < 4; b++)
		if (t->scopes & (1u << b))
			json_array_append_new(a, json_string(scope_names[b]));
	return a;
}

/* The resources a token is tied to: its organization, then the domains it is
 * restricted to (if any). */
static json_t *entities_json(const struct store *st, const struct token *t)
{
	json_t *a = json_array();
	if (t->org)
		json_array_append_new(a, json_pack("{s:s, s:s, s:s}", "id", t->org->id, "type",
						   "organization", "name", t->org->name));
	for (size_t i = 0; !t->all_domains && i < t->ndomains; i++) {
		const struct domain *d = store_domain(st, t->domains[i]);
		if (d)
			json_array_append_new(a, json_pack("{s:s, s:s, s:s}", "id", d->id, "type",
							   "domain", "name", d->fqdn));
	}
	return a;
}

/* Whether secret is distinct from, and no substring of (or superstring of),
 * every secret in the store. */
static bool secret_is_fresh(const struct store *st, const char *secret)
{
	for (size_t i = 0; i < st->ntokens; i++)
		if (strstr(st->tokens[i]->secret, secret) || strstr(secret, st->tokens[i]->secret))
			return false;
	return true;
}

void h_token_renew(struct req *rq, struct resp *rs)
{
	struct store *st = rq->emu->store;
	const struct token *old = rq->tok;
	json_t *body = NULL;
	time_t expires = 0;
	const char *name = old->name;
	if (rq->body.len) {
		if (!(body = req_json(rq, rs, false)))
			goto out;
		json_t *je = json_object_get(body, "expires_at");
		json_t *jn = json_object_get(body, "name");
		if (je) {
			if (!json_is_string(je) || parse_time(json_string_value(je), rq->now, &expires) < 0 ||
			    json_string_value(je)[0] == '+' || json_string_value(je)[0] == '-')
				verr(rs, "body", "expires_at",
				     "expires_at must be an ISO-8601 date such as "
				     "'2030-01-31T00:00:00Z'");
			else if (expires <= rq->now)
				verr(rs, "body", "expires_at", "expires_at must be in the future");
			else if (expires > rq->now + 366 * DAY)
				verr(rs, "body", "expires_at",
				     "expires_at must be at most one year from now");
		}
		if (jn && (!json_is_string(jn) || json_string_length(jn) < 1 ||
			   json_string_length(jn) > 42))
			verr(rs, "body", "name", "name must be a string of 1 to 42 characters");
		else if (jn)
			name = json_string_value(jn);
	}
	if (!rs->errors && old->expires_at - rq->now > 30 * DAY) {
		char when[ISO_LEN];
		fmt_time(old->expires_at, when);
		verr(rs, "header", "Authorization",
		     "this token can only be renewed within 30 days of its expiry: it expires on %s, "
		     "%ld days from now",
		     when, (long)((old->expires_at - rq->now + DAY / 2) / DAY));
	}
	if (verr_done(rs))
		goto out;
	if (!expires)
		expires = rq->now + (old->expires_at - old->created_at);
	struct token *t = xcalloc(1, sizeof *t);
	char id[37];
	char secret[41];
	gen_uuid(id);
	do
		gen_hex(secret, 40);
	while (!secret_is_fresh(st, secret));
	t->id = xstrdup(id);
	t->name = xstrdup(name);
	t->secret = xstrdup(secret);
	t->apikey = false;
	t->scopes = old->scopes;
	t->all_domains = old->all_domains;
	t->ndomains = old->ndomains;
	t->domains = xcalloc(old->ndomains ? old->ndomains : 1, sizeof *t->domains);
	for (size_t i = 0; i < old->ndomains; i++)
		t->domains[i] = xstrdup(old->domains[i]);
	t->org = old->org;
	t->user = old->user;
	t->created_at = rq->now;
	t->expires_at = expires;
	store_add_token(st, t);
	rs->dirty = true;
	char *loc = href(rq, "/v5/organization/access-tokens/%s", t->id);
	resp_header(rs, "location", loc);
	free(loc);
	resp_json(rs, 201,
		  json_pack("{s:s, s:s, s:s, s:o, s:o, s:o}", "access_token", t->secret, "id",
			    t->id, "name", t->name, "expires_at", jtime(t->expires_at), "scopes",
			    scopes_json(t), "entities", entities_json(st, t)));
	wipe(secret, sizeof secret);
out:
	json_decref(body);
}

void h_tokeninfo(struct req *rq, struct resp *rs)
{
	const char *h = req_header(rq, "Authorization");
	struct token *t = NULL;
	authenticate(rq, &t);
	const char *why = NULL;
	if (!h)
		why = "The Authorization header is missing: send 'Authorization: Bearer <token>'.";
	else if (!t)
		why = "The access token is invalid or has expired.";
	else if (t->apikey)
		why = "tokeninfo only knows personal access tokens (Bearer), not API keys.";
	if (why || !t)
		resp_error_json(rs, 401,
				json_pack("{s:s, s:s}", "error", "invalid_token", "message",
					  why ? why : "invalid token"),
				false);
	else
		resp_json(rs, 200,
			  json_pack("{s:s, s:s, s:o, s:o, s:I, s:s, s:s}", "pat_name", t->name,
				    "pat_id", t->id, "scope", scopes_json(t), "entities",
				    entities_json(rq->emu->store, t), "expires_in",
				    (json_int_t)(t->expires_at - rq->now), "user_id", t->user->id,
				    "username", t->user->username));
}
