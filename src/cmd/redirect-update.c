#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "cmd.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output-json.h"
#include "output/output.h"
#include "dns/record.h"
#include "gandi/redirects.h"

static const struct opt opts[] = {
	{"type", 0, "TYPE", "http301, http302 or cloak", "http301 http302 cloak"},
	{"protocol", 0, "PROTO", "http, https or httpsonly", "http https httpsonly"},
	{"override", 0, NULL, "replace a DNS record that is in the way", NULL},
	{"no-override", 0, NULL, "fail when a DNS record is in the way", NULL},
	{0},
};

static bool differs(const char *want, const char *have)
{
	return want && (!have || strcmp(want, have) != 0);
}

static int run(struct ctx *ctx, struct args *a)
{
	struct api_result res = {0};
	struct webredir cur = {0};
	char *zone = NULL, *host = NULL, *url = NULL, *subject = NULL;
	json_t *body = NULL;
	bool found = false;
	const char *target = a->argc > 2 ? a->argv[2] : NULL;
	const char *type = arg_value(a, "type"), *protocol = arg_value(a, "protocol");
	bool override = arg_flag(a, "override"), no_override = arg_flag(a, "no-override");
	int rc = domain_check(ctx, a->argv[0], &zone);
	if (rc)
		return rc;
	if (override && no_override) {
		rc = usage_error(ctx, "--override and --no-override cannot be used together");
		goto out;
	}
	if (!target && !type && !protocol && !override && !no_override) {
		rc = usage_error(ctx, "nothing to change: give a new URL, --type, --protocol or "
				      "--override");
		goto out;
	}
	if ((rc = redirect_host(ctx, zone, a->argv[1], &host)) ||
	    (target && (rc = redirect_check_url(ctx, target))) ||
	    (rc = redirect_check_type(ctx, type)) || (rc = redirect_check_protocol(ctx, protocol)))
		goto out;
	if ((rc = redirect_read(ctx, zone, host, &cur, &found)))
		goto out;
	if (!found) {
		rc = error_set(ctx, EXIT_NOTFOUND, "not_found", "%s has no redirection from %s",
			       zone, host);
		error_detail(ctx, "hint: add it with: gandi redirect add %s %s URL\n", zone,
			     a->argv[1]);
		goto out;
	}
	body = json_object();
	if (differs(target, cur.url))
		json_object_set_new(body, "url", json_string(target));
	if (differs(type, cur.type))
		json_object_set_new(body, "type", json_string(type));
	if (differs(protocol, cur.protocol))
		json_object_set_new(body, "protocol", json_string(protocol));
	if (json_object_size(body) == 0 && !override) {
		rc = usage_error(ctx, "nothing to change: %s already redirects to %s (%s, %s)", host,
				 cur.url, cur.type, cur.protocol);
		goto out;
	}
	if (override || no_override)
		json_object_set_new(body, "override", json_boolean(override));
	url = webredirs_url(ctx, zone, host);
	subject = zone_subject(zone);
	if ((rc = api_call(ctx, "PATCH", url, body, 0, subject, &res)))
		goto out;
	const char *new_url = target ? target : cur.url;
	const char *new_type = type ? type : cur.type;
	const char *new_proto = protocol ? protocol : cur.protocol;
	if (ctx->json)
		out_ok(ctx, jv_of(json_pack("{ssssssssss}", "action", "update", "host", host, "url",
				      new_url, "type", new_type, "protocol", new_proto)));
	else
		out_line(ctx, "updated %s -> %s (%s, %s)", host, new_url, new_type, new_proto);
out:
	api_result_free(&res);
	json_decref(body);
	webredir_free(&cur);
	free(url);
	free(subject);
	free(host);
	free(zone);
	return rc;
}

const struct cmd cmd_redirect_update = {
	.noun = "redirect",
	.verb = "update",
	.args = "DOMAIN SOURCE [URL]",
	.summary = "change a redirection's target, type or protocol",
	.description = "Refuses when nothing would change. A redirection cannot move to another\n"
		       "source: delete it and add a new one.",
	.opts = opts,
	.min_args = 2,
	.max_args = 3,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
