#include <stdlib.h>

#include "cmd.h"
#include "config/secret.h"
#include "dns/record.h"
#include "error.h"
#include "gandi/domains.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"reset", 0, NULL, "have Gandi make a new code first (the old one stops working)", NULL},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	char *fqdn = NULL, *code = NULL, *expires = NULL;
	bool reset = arg_flag(a, "reset"), locked = false;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (reset && (rc = domain_authinfo_reset(ctx, fqdn)))
		goto out;
	if ((rc = domain_authinfo(ctx, fqdn, &code, &expires, &locked))) {
		if (reset)
			error_context(ctx, "the code of %s was reset, but reading the new one failed",
				      fqdn);
		goto out;
	}
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "authinfo", code);
		jv_set_str(o, "expires_at", expires);
		jv_set_bool(o, "locked", locked);
		jv_set_bool(o, "reset", reset);
		out_json(ctx, o);
		jv_free(o);
	} else {
		out_reveal(ctx, "%s", code);
	}
	if (reset)
		note(ctx, "Gandi made a new transfer code for %s: the old one no longer works", fqdn);
	if (locked)
		note(ctx, "%s is locked against transfers: 'gandi domain unlock %s' before giving "
			  "this code to the new registrar", fqdn, fqdn);
out:
	secret_release(code);
	free(expires);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_authinfo = {
	.noun = "domain",
	.verb = "authinfo",
	.args = "DOMAIN",
	.summary = "print the domain's transfer code (a secret; --reset makes a new one)",
	.description = "The code (authinfo, EPP code) is what another registrar asks for to\n"
		       "take the domain over: it goes alone to stdout, for a script, and nowhere\n"
		       "else. gandi masks it in everything else it prints: traces (-v, -vv),\n"
		       "errors, domain info (--json leaves it out).\n"
		       "\n"
		       "Examples:\n"
		       "gandi domain authinfo example.com\n"
		       "gandi domain authinfo example.com --reset",
	.examples = "gandi domain authinfo example.com",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:view",
	.exec = run,
};
