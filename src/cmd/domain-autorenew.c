#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "cmd.h"
#include "gandi/domains.h"
#include "error.h"
#include "output/output-json.h"
#include "output/output.h"
#include "dns/record.h"

static int run(struct ctx *ctx, struct args *a)
{
	struct api_result res = {0};
	char *fqdn = NULL, *url = NULL;
	json_t *body = NULL;
	const char *state = a->argv[1];
	bool on;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (strcmp(state, "on") == 0 || strcmp(state, "true") == 0)
		on = true;
	else if (strcmp(state, "off") == 0 || strcmp(state, "false") == 0)
		on = false;
	else {
		rc = usage_error(ctx, "autorenew takes on or off, not '%s'", state);
		goto out;
	}
	url = domain_url(ctx, fqdn, "/autorenew");
	body = json_pack("{sb}", "enabled", on);
	if ((rc = api_call(ctx, "PATCH", url, body, 0, fqdn, &res)))
		goto out;
	if (ctx->json)
		out_ok(ctx, jv_of(json_pack("{sssb}", "domain", fqdn, "autorenew", on)));
	else
		out_line(ctx, "autorenew %s for %s", on ? "on" : "off", fqdn);
out:
	api_result_free(&res);
	json_decref(body);
	free(url);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_autorenew = {
	.noun = "domain",
	.verb = "autorenew",
	.args = "DOMAIN on|off",
	.summary = "turn automatic renewal on or off",
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:renew",
	.exec = run,
};
