#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "cmd.h"
#include "error.h"
#include "gandi/livedns.h"
#include "dns/record.h"
#include "dns/wait.h"

static const struct opt opts[] = {
	{"ttl", 0, "SECONDS", "the TTL (default: keep the RRset's, 300 for a new one)", NULL},
	OPT_WAIT,
	OPT_FQDN_RECORD,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	json_t *values = NULL, *added = NULL;
	long ttl = 0, ttl_now = 0;
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
	if ((rc = rrset_add(ctx, &k, values, ttl, &added, &ttl_now)))
		goto out;
	bool changed = json_array_size(added) > 0 || (ttl && ttl != ttl_now);
	rrset_report(ctx, "add", &k, ttl_now, json_array_size(added) ? added : values, changed);
	view = values_view(values, &n);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_PRESENT, view, n);
out:
	free(view);
	json_decref(added);
	json_decref(values);
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
