#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "cmd.h"
#include "error.h"
#include "gandi/livedns.h"
#include "util.h"

static const struct opt opts[] = {
	{"type", 't', "TYPE", "only records of this type", "rrtype"},
	{"name", 'n', "NAME", "only records of this name (@ for the apex)", NULL},
	OPT_FQDN_ZONE,
	{0},
};

/* The records at one name (all types), or one RRset, as a JSON array. */
static int read_at_name(struct ctx *ctx, const struct rrkey *k, json_t **items)
{
	struct api_result res;
	char *url = records_url(ctx, k->zone, k->name, k->type);
	char *zsubj = zone_subject(k->zone);
	int rc = api_call(ctx, "GET", url, NULL, 0, zsubj, &res);
	*items = NULL;
	if (rc == EXIT_NOTFOUND && strcmp(ctx->err.kind, "record_not_found") == 0) {
		error_clear(&ctx->err);
		*items = json_array();
		rc = 0;
	} else if (!rc) {
		if (json_is_array(res.json)) {
			*items = json_incref(res.json);
		} else if (json_is_object(res.json)) {
			*items = json_array();
			json_array_append(*items, res.json);
		} else {
			rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi for %s",
				       k->subject);
		}
	}
	api_result_free(&res);
	free(url);
	free(zsubj);
	return rc;
}

/* Every page of the zone, each turned into output as it arrives, printed at the end. */
static int list_zone(struct ctx *ctx, const struct rrkey *k)
{
	struct rrsets_out *o = rrsets_out_new(ctx);
	char *url = records_url(ctx, k->zone, NULL, NULL);
	if (k->type) {
		char *t = url_escape(k->type);
		char *u2 = xasprintf("%s?rrset_type=%s", url, t);
		free(url);
		free(t);
		url = u2;
	}
	int rc = api_list_each(ctx, url, k->subject, rrsets_out_add, o);
	if (rc)
		rrsets_out_free(o);
	else
		rrsets_out_print(o);
	free(url);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	json_t *items = NULL;
	int rc = rrkey_parse(ctx, a->argv[0], arg_value(a, "type"), arg_value(a, "name"), &k);
	if (rc)
		return rc;
	if (k.name) {
		rc = read_at_name(ctx, &k, &items);
		if (!rc)
			rc = rrsets_print(ctx, items);
	} else {
		rc = list_zone(ctx, &k);
	}
	json_decref(items);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_list = {
	.noun = "dns",
	.verb = "list",
	.args = "DOMAIN",
	.summary = "list a domain's DNS records (every page)",
	.description = "One row per value: NAME TYPE TTL VALUE, TXT shown as text. With --json,\n"
		       "the records as LiveDNS returns them, every page in one array.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
