#include <stdlib.h>

#include "cmd.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "dns/wait.h"
#include "ops/records.h"

static const struct opt opts[] = {
	{"ttl", 0, "SECONDS", "the TTL (default: keep the RRset's, 300 for a new one)", NULL},
	OPT_YES,
	OPT_FQDN_RECORD,
	OPT_WAIT,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrvalues values = {0};
	struct record_change done = {0};
	long ttl = 0;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = rrkey_writable(ctx, &k)))
		goto out;
	if (arg_value(a, "ttl") && (rc = ttl_check(ctx, arg_value(a, "ttl"), &ttl)))
		goto out;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = wait_args_check(ctx, a)))
		goto out;
	if ((rc = apex_ns_confirm(ctx, &k, arg_flag(a, "yes"), "add", &values)))
		goto out;
	if ((rc = record_add(ctx, &k, &values, ttl, &done)))
		goto out;
	/* the values sent; when none was (nothing new, or only the TTL), those asked for */
	rrset_report(ctx, "add", &k, done.ttl, done.values.n ? &done.values : &values,
		     done.changed);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_PRESENT, values.api, values.n);
out:
	record_change_free(&done);
	rrvalues_free(&values);
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
	.examples = "gandi dns add example.com TXT _acme-challenge \"token-value\"\n"
		    "gandi dns add example.com MX @ \"10 mx1.example.net.\" \"20 mx2.example.net.\"",
	.opts = opts,
	.min_args = 4,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.asks = "before writing the apex NS (the zone's own name servers)",
	.scope = "domain:tech",
	.exec = run,
};
