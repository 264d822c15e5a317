#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "error.h"
#include "gandi/webredirs.h"
#include "ops/redirects.h"
#include "output/output.h"
#include "prompt.h"

static const struct opt opts[] = {
	OPT_YES,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct webredir cur = {0};
	char *zone = NULL, *host = NULL, *question = NULL;
	bool found = false;
	int rc = domain_check(ctx, a->argv[0], &zone);
	if (rc)
		return rc;
	if ((rc = redirect_host(ctx, zone, a->argv[1], &host)) ||
	    (rc = webredir_get(ctx, zone, host, &cur, &found)))
		goto out;
	if (!found) {
		struct subject s = {.kind = SUBJECT_REDIRECT, .domain = zone, .host = host};
		rc = error_absent(ctx, &s);
		goto out;
	}
	question = xasprintf("Delete the redirection %s -> %s?", host, cur.url);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "delete a redirection")))
		goto out;
	if ((rc = redirect_remove(ctx, zone, host)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "action", "delete");
		jv_set_str(o, "host", host);
		jv_set_str(o, "url", cur.url);
		out_ok(ctx, o);
	} else {
		out_line(ctx, "deleted %s -> %s", host, cur.url);
	}
out:
	webredir_free(&cur);
	free(question);
	free(host);
	free(zone);
	return rc;
}

const struct cmd cmd_redirect_delete = {
	.noun = "redirect",
	.verb = "delete",
	.args = "DOMAIN SOURCE",
	.summary = "delete a redirection (asks first; --yes in scripts)",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.scope = "domain:tech",
	.exec = run,
};
