#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "gandi/domains.h"
#include "ops/domains.h"
#include "error.h"
#include "output/output.h"
#include "dns/record.h"
#include "util.h"

static int run(struct ctx *ctx, struct args *a)
{
	char *fqdn = NULL;
	const char *state = a->argv[1];
	bool on;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	int b = parse_switch(state);
	if (b < 0) {
		rc = usage_error(ctx, "autorenew takes on or off, not '%s'", state);
		error_detail(ctx, "on: on, yes, true or 1; off: off, no, false or 0\n");
		goto out;
	}
	on = b == 1;
	if ((rc = domain_autorenew_change(ctx, fqdn, on)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_bool(o, "autorenew", on);
		out_ok(ctx, o);
	} else {
		note(ctx, "autorenew %s for %s", on ? "on" : "off", fqdn);
	}
out:
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_autorenew = {
	.noun = "domain",
	.verb = "autorenew",
	.args = "DOMAIN on|off",
	.summary = "turn automatic renewal on or off",
	.description = "on is also yes, true or 1; off is no, false or 0 (any case).",
	.examples = "gandi domain autorenew example.com on\ngandi domain autorenew example.com off",
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:renew",
	.exec = run,
};
