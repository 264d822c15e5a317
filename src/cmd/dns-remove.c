#include <stdlib.h>

#include "cmd.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "dns/wait.h"
#include "error.h"
#include "ops/records.h"

static const struct opt opts[] = {
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
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = rrkey_writable(ctx, &k)))
		goto out;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = wait_args_check(ctx, a)))
		goto out;
	if ((rc = apex_ns_confirm(ctx, &k, arg_flag(a, "yes"), "remove", &values)))
		goto out;
	if ((rc = record_remove(ctx, &k, &values, &done)))
		goto out;
	if (!done.changed)
		note(ctx, "%s %s: nothing to remove", k.subject,
		     done.found ? "does not hold these values" : "does not exist");
	rrset_report(ctx, "remove", &k, 0, &done.values, done.changed);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_ABSENT, values.api, values.n);
out:
	record_change_free(&done);
	rrvalues_free(&values);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_remove = {
	.noun = "dns",
	.verb = "remove",
	.args = "DOMAIN TYPE NAME VALUE...",
	.summary = "remove values from an RRset (the RRset goes when empty)",
	.description = "Values not in the RRset are ignored, so that cleanup hooks can run twice.\n"
		       "Removal uses LiveDNS's PATCH: values added meanwhile by others stay.",
	.examples = "gandi dns remove example.com TXT _acme-challenge \"token-value\"\n"
		    "gandi dns rm example.com A www 192.0.2.10",
	.opts = opts,
	.min_args = 4,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.asks = "before writing the apex NS (the zone's own name servers)",
	.scope = "domain:tech",
	.exec = run,
};
