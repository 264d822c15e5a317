#include <stdlib.h>

#include "gandi/api.h"
#include "cmd.h"
#include "gandi/livedns.h"
#include "output/output-json.h"
#include "output/output.h"
#include "dns/record.h"
#include "gandi/redirects.h"

static const struct opt opts[] = {
	{"type", 0, "TYPE", "http301 (default), http302 or cloak", "http301 http302 cloak"},
	{"protocol", 0, "PROTO", "http, https (default) or httpsonly", "http https httpsonly"},
	{"override", 0, NULL, "replace a DNS record that is in the way", NULL},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct api_result res = {0};
	char *zone = NULL, *host = NULL, *url = NULL, *subject = NULL;
	json_t *body = NULL;
	const char *target = a->argv[2];
	const char *type = arg_value(a, "type") ? arg_value(a, "type") : "http301";
	const char *protocol = arg_value(a, "protocol") ? arg_value(a, "protocol") : "https";
	int rc = domain_check(ctx, a->argv[0], &zone);
	if (rc)
		return rc;
	if ((rc = redirect_host(ctx, zone, a->argv[1], &host)) ||
	    (rc = redirect_check_url(ctx, target)) || (rc = redirect_check_type(ctx, type)) ||
	    (rc = redirect_check_protocol(ctx, protocol)))
		goto out;
	url = webredirs_url(ctx, zone, NULL);
	subject = zone_subject(zone);
	body = json_pack("{sssssssssb}", "host", host, "url", target, "type", type, "protocol",
			 protocol, "override", arg_flag(a, "override"));
	if ((rc = api_call(ctx, "POST", url, body, 0, subject, &res)))
		goto out;
	if (ctx->json)
		out_ok(ctx, jv_of(json_pack("{ssssssssss}", "action", "add", "host", host, "url", target,
				      "type", type, "protocol", protocol)));
	else
		out_line(ctx, "added %s -> %s (%s, %s)", host, target, type, protocol);
out:
	api_result_free(&res);
	json_decref(body);
	free(url);
	free(subject);
	free(host);
	free(zone);
	return rc;
}

const struct cmd cmd_redirect_add = {
	.noun = "redirect",
	.verb = "add",
	.args = "DOMAIN SOURCE URL",
	.summary = "redirect SOURCE (@, a label or a full host) to URL",
	.description = "gandi always sends the full source host, as Gandi requires.",
	.opts = opts,
	.min_args = 3,
	.max_args = 3,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
