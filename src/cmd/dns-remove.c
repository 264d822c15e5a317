#include <stdlib.h>

#include "cmd.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "dns/wait.h"
#include "error.h"
#include "ops/records.h"

static const struct opt opts[] = {
	OPT_FQDN_RECORD,
	OPT_WAIT,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct strlist values = {0}, removed = {0};
	bool found = false;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = wait_args_check(ctx, a)))
		goto out;
	if ((rc = record_remove(ctx, &k, &values, &removed, &found)))
		goto out;
	bool changed = removed.n > 0;
	if (!changed)
		note(ctx, "%s %s: nothing to remove", k.subject,
		     found ? "does not hold these values" : "does not exist");
	rrset_report(ctx, "remove", &k, 0, (const char *const *)removed.v, removed.n, changed);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_ABSENT,
			      (const char *const *)values.v, values.n);
out:
	strlist_free(&removed);
	strlist_free(&values);
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
	.opts = opts,
	.min_args = 4,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
