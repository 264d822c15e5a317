#include <stdlib.h>

#include "gandi/api.h"
#include "cmd.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output-json.h"
#include "output/output.h"
#include "prompt.h"
#include "dns/record.h"
#include "gandi/redirects.h"

static const struct opt opts[] = {
	{"yes", 'y', NULL, "do not ask for confirmation", NULL},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct api_result res = {0};
	struct webredir cur = {0};
	char *zone = NULL, *host = NULL, *url = NULL, *subject = NULL, *question = NULL;
	bool found = false;
	int rc = domain_check(ctx, a->argv[0], &zone);
	if (rc)
		return rc;
	if ((rc = redirect_host(ctx, zone, a->argv[1], &host)) ||
	    (rc = redirect_read(ctx, zone, host, &cur, &found)))
		goto out;
	if (!found) {
		rc = error_set(ctx, EXIT_NOTFOUND, "not_found", "%s has no redirection from %s",
			       zone, host);
		goto out;
	}
	question = xasprintf("Delete the redirection %s -> %s?", host, cur.url);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "delete a redirection")))
		goto out;
	url = webredirs_url(ctx, zone, host);
	subject = zone_subject(zone);
	rc = api_call(ctx, "DELETE", url, NULL, 0, subject, &res);
	if (rc && api_done_before_retry(ctx, &res))
		rc = 0;
	if (rc)
		goto out;
	if (ctx->json)
		out_ok(ctx, jv_of(json_pack("{ssssss}", "action", "delete", "host", host, "url", cur.url)));
	else
		out_line(ctx, "deleted %s -> %s", host, cur.url);
out:
	api_result_free(&res);
	webredir_free(&cur);
	free(url);
	free(subject);
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
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
