#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "error.h"
#include "gandi/axfr.h"
#include "output/output.h"

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	char *fqdn = NULL;
	const char *id = a->argv[1];
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (!tsig_id_ok(id)) {
		rc = usage_error(ctx, "'%s' is not a TSIG key id (letters, digits and dashes)", id);
		error_detail(ctx, "hint: 'gandi dns axfr tsig list %s' lists the keys it uses\n",
			     fqdn);
		goto out;
	}
	if ((rc = zone_tsig_remove(ctx, fqdn, id)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "id", id);
		out_ok(ctx, o);
	} else {
		note(ctx, "the secondaries of %s no longer use the TSIG key %s", fqdn, id);
		note(ctx, "the key itself stays in the organization (Gandi has no way to delete one)");
	}
out:
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_axfr_tsig_delete = {
	.noun = "dns",
	.verb = "axfr tsig delete",
	.args = "DOMAIN ID",
	.summary = "stop a zone's secondaries signing transfers with a TSIG key",
	.description = "Transfers signed with that key are refused from then on. The key stays\n"
		       "in the organization, for other zones.",
	.examples = "gandi dns axfr tsig delete example.com ID",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
