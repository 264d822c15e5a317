#include <stdlib.h>

#include "cmd.h"
#include "error.h"
#include "dns/record.h"
#include "gandi/domains.h"
#include "output/output.h"
#include "prompt.h"

static const struct opt opts[] = {
	OPT_YES,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	char *fqdn = NULL, *question = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	question = xasprintf("Unlock %s? Then whoever holds its transfer code can move it to "
			     "another registrar.", fqdn);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "unlock a domain")))
		goto out;
	if ((rc = domain_lock_set(ctx, fqdn, false)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_bool(o, "locked", false);
		out_ok(ctx, o);
	} else {
		note(ctx, "unlocked %s: it can be transferred to another registrar", fqdn);
		note(ctx, "lock it again with: gandi domain lock %s", fqdn);
	}
out:
	free(question);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_unlock = {
	.noun = "domain",
	.verb = "unlock",
	.args = "DOMAIN",
	.summary = "allow transfers of the domain away (asks first; --yes in scripts)",
	.description = "Needed before a transfer to another registrar, with the transfer code\n"
		       "(gandi domain authinfo).\n"
		       "\n"
		       "Example: gandi domain unlock example.com --yes",
	.examples = "gandi domain unlock example.com --dry-run",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.scope = "domain:tech",
	.exec = run,
};
