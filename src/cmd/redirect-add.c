#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "gandi/webredirs.h"
#include "ops/redirects.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"type", 0, "TYPE", "http301 (default), http302 or cloak", "http301 http302 cloak"},
	{"protocol", 0, "PROTO", "http, https (default) or httpsonly", "http https httpsonly"},
	{"override", 0, NULL, "replace a DNS record that is in the way", NULL},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	char *zone = NULL, *host = NULL;
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
	struct webredir_spec spec = {.host = host, .url = target, .type = type,
				     .protocol = protocol, .override = arg_flag(a, "override")};
	if ((rc = redirect_create(ctx, zone, &spec)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "action", "add");
		jv_set_str(o, "host", host);
		jv_set_str(o, "url", target);
		jv_set_str(o, "type", type);
		jv_set_str(o, "protocol", protocol);
		out_ok(ctx, o);
	} else {
		out_line(ctx, "added %s -> %s (%s, %s)", host, target, type, protocol);
	}
out:
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
