#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "cmd.h"
#include "gandi/decode.h"
#include "error.h"
#include "gandi/livedns.h"
#include "dns/record.h"
#include "dns/wait.h"

static const struct opt opts[] = {
	OPT_FQDN_RECORD,
	OPT_WAIT,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	json_t *values = NULL, *removed = NULL;
	bool found = false;
	const char **view = NULL;
	size_t n = 0;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = wait_args_check(ctx, a)))
		goto out;
	if ((rc = rrset_remove(ctx, &k, values, &removed, &found)))
		goto out;
	bool changed = json_array_size(removed) > 0;
	if (!changed)
		note(ctx, "%s %s: nothing to remove", k.subject,
		     found ? "does not hold these values" : "does not exist");
	rrset_report(ctx, "remove", &k, 0, removed, changed);
	view = values_view(values, &n);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_ABSENT, view, n);
out:
	free(view);
	json_decref(removed);
	json_decref(values);
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
