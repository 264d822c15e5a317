/*
 * gandi acme remove FQDN VALUE...: what gandi acme add wrote goes, and
 * nothing else.
 */
#include "acme/challenge.h"
#include "cmd.h"

static int remove_values(struct ctx *ctx, struct args *a)
{
	struct acme_run r;
	int rc = 0;
	acme_run_init(&r, ctx);
	for (int i = 1; i < a->argc && !rc; i++)
		rc = acme_remove(&r, a->argv[0], a->argv[i]);
	acme_run_free(&r);
	return rc;
}

const struct cmd cmd_acme_remove = {
	.noun = "acme",
	.verb = "remove",
	.args = "FQDN VALUE...",
	.summary = "remove challenge values from a full name (the RRset goes when empty)",
	.description = "Only these values go: others at the name stay. Values that are not there\n"
		       "are ignored, so that it can run twice. Prints nothing on success.",
	.examples = "gandi acme remove _acme-challenge.www.example.com \"token-value\"",
	.min_args = 2,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_HOOK,
	.scope = "domain:tech",
	.exec = remove_values,
};
