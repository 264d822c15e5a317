#include <stdlib.h>

#include "gandi/api.h"
#include "cmd.h"
#include "error.h"
#include "gandi/livedns.h"
#include "dns/record.h"
#include "dns/wait.h"

static const struct opt opts[] = {
	{"ttl", 0, "SECONDS", "the TTL (default: keep the RRset's, 10800 for a new one)", NULL},
	OPT_FQDN_RECORD,
	OPT_WAIT,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset cur = {0};
	json_t *values = NULL, *body = NULL;
	struct api_result res = {0};
	char *url = NULL;
	bool found = false;
	long ttl = 0;
	const char **view = NULL;
	size_t n = 0;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if (arg_value(a, "ttl") && (rc = record_ttl(ctx, arg_value(a, "ttl"), &ttl)))
		goto out;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = wait_args_check(ctx, a)))
		goto out;
	if ((rc = rrset_read(ctx, &k, &cur, &found, NULL)))
		goto out;
	if (!ttl)
		ttl = found ? (long)cur.ttl : TTL_DEFAULT;
	bool changed = !found || cur.ttl != ttl || !values_same(k.type, cur.values, cur.nvalues,
								 values);
	if (changed) {
		url = records_url(ctx, k.zone, k.name, k.type);
		body = json_pack("{sOsI}", "rrset_values", values, "rrset_ttl", (json_int_t)ttl);
		if ((rc = api_call(ctx, "PUT", url, body, 0, k.subject, &res)))
			goto out;
	}
	rrset_report(ctx, "set", &k, ttl, values, changed);
	view = values_view(values, &n);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_EXACT, view, n);
out:
	free(view);
	api_result_free(&res);
	json_decref(body);
	json_decref(values);
	free(url);
	rrset_free(&cur);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_set = {
	.noun = "dns",
	.verb = "set",
	.args = "DOMAIN TYPE NAME VALUE...",
	.summary = "replace an RRset's values (keeping its TTL unless --ttl)",
	.description = "NAME is @ for the apex, a name relative to the domain, or a full name.\n"
		       "TXT values are written as plain text: gandi quotes them and splits\n"
		       "strings over 255 bytes. Nothing is sent when the RRset already holds\n"
		       "exactly these values and TTL.",
	.opts = opts,
	.min_args = 4,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
