#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "cmd.h"
#include "error.h"
#include "livedns.h"
#include "record.h"

static const struct opt opts[] = {
	{"ttl", 0, "SECONDS", "the TTL (default: keep the RRset's, 10800 for a new one)", NULL},
	{0},
};

/* PATCH add_rrset_values: other writers' values are kept (no lost update). */
static int patch_add(struct ctx *ctx, const struct rrkey *k, const json_t *add, long ttl)
{
	struct api_result res;
	char *url = records_url(ctx, k->zone, k->name, k->type);
	json_t *body = json_pack("{sO}", "add_rrset_values", add);
	if (ttl)
		json_object_set_new(body, "rrset_ttl", json_integer(ttl));
	int rc = api_call(ctx, "PATCH", url, body, 0, k->subject, &res);
	api_result_free(&res);
	json_decref(body);
	free(url);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset cur = {0};
	json_t *values = NULL, *add = NULL, *body = NULL;
	struct api_result res = {0};
	char *url = NULL;
	bool found = false, changed = true;
	long ttl = 0;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if (arg_value(a, "ttl") && (rc = record_ttl(ctx, arg_value(a, "ttl"), &ttl)))
		goto out;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = rrset_read(ctx, &k, &cur, &found, NULL)))
		goto out;
	add = json_array();
	for (size_t i = 0; i < json_array_size(values); i++) {
		const char *v = json_string_value(json_array_get(values, i));
		if (!found || !values_contain(k.type, cur.values, cur.nvalues, v))
			json_array_append_new(add, json_string(v));
	}
	if (found) {
		bool ttl_change = ttl && ttl != cur.ttl;
		if (json_array_size(add) == 0 && !ttl_change)
			changed = false;
		else
			rc = patch_add(ctx, &k, add, ttl_change ? ttl : 0);
		if (!ttl)
			ttl = (long)cur.ttl;
	} else {
		if (!ttl)
			ttl = TTL_DEFAULT;
		url = records_url(ctx, k.zone, k.name, k.type);
		body = json_pack("{sOsI}", "rrset_values", add, "rrset_ttl", (json_int_t)ttl);
		rc = api_call(ctx, "POST", url, body, 0, k.subject, &res);
		bool lost = rc && (res.status == 0 ? res.http.maybe_sent : res.status >= 500);
		if (rc && (res.status == 409 || lost)) {
			/*
			 * 409: created meanwhile by another writer. Lost answer: the POST is
			 * not sent again. Either way, add the values with PATCH, which can
			 * safely be repeated.
			 */
			error_clear(&ctx->err);
			rc = patch_add(ctx, &k, add, res.status == 409 ? 0 : ttl);
		}
	}
	if (!rc)
		rrset_report(ctx, "add", &k, ttl, changed ? add : values, changed);
out:
	api_result_free(&res);
	json_decref(body);
	json_decref(add);
	json_decref(values);
	free(url);
	rrset_free(&cur);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_add = {
	.noun = "dns",
	.verb = "add",
	.args = "DOMAIN TYPE NAME VALUE...",
	.summary = "add values to an RRset, skipping those already there",
	.description = "Running it twice changes nothing the second time. Values are added with\n"
		       "LiveDNS's PATCH, so writers adding values at the same time do not\n"
		       "overwrite each other.",
	.opts = opts,
	.min_args = 4,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
