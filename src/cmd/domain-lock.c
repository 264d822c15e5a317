#include <stdlib.h>

#include "cmd.h"
#include "error.h"
#include "dns/record.h"
#include "gandi/domains.h"
#include "output/output.h"

static int run(struct ctx *ctx, struct args *a)
{
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = domain_lock_set(ctx, fqdn, true)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_bool(o, "locked", true);
		out_ok(ctx, o);
	} else {
		note(ctx, "locked %s against transfers to another registrar", fqdn);
	}
out:
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_lock = {
	.noun = "domain",
	.verb = "lock",
	.args = "DOMAIN",
	.summary = "lock the domain against transfers away (clientTransferProhibited)",
	.description = "While locked, the registry refuses to move the domain to another\n"
		       "registrar, whoever holds its transfer code. gandi domain info shows the\n"
		       "lock; some registries have none (Gandi then refuses).\n"
		       "\n"
		       "Example: gandi domain lock example.com",
	.examples = "gandi domain lock example.com",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
