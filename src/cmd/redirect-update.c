#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "error.h"
#include "output/output.h"
#include "dns/record.h"
#include "gandi/webredirs.h"
#include "ops/redirects.h"

static const struct opt opts[] = {
	{"type", 0, "TYPE", "http301, http302 or cloak", "http301 http302 cloak"},
	{"protocol", 0, "PROTO", "http, https or httpsonly", "http https httpsonly"},
	{"override", 0, NULL, "replace the DNS records in the way (named in the output)", NULL},
	{"no-override", 0, NULL, "fail when a DNS record is in the way", NULL},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct webredir cur = {0};
	struct redirect_rrsets way = {0};
	struct webredir_patch patch;
	char *zone = NULL, *host = NULL;
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
	if ((rc = webredir_get(ctx, zone, host, &cur, &found)))
		goto out;
	if (!found) {
		struct subject s = {.kind = SUBJECT_REDIRECT, .domain = zone, .host = host};
		rc = error_absent(ctx, &s);
		error_detail(ctx, "hint: add it with: gandi redirect add %s %s URL\n", zone,
			     a->argv[1]);
		goto out;
	}
	bool changes = redirect_patch(&cur, target, type, protocol,
				      override || no_override ? override : -1, &patch);
	/* nothing to do is success, as for dns set: the redirection is as asked */
	bool nothing = !changes && !override;
	if (override && (rc = redirect_in_the_way(ctx, zone, host, &way)))
		goto out;
	if (!nothing && (rc = redirect_change(ctx, zone, host, &patch)))
		goto out;
	if (override && (rc = redirect_replaced(ctx, zone, host, &way))) {
		error_context(ctx, "the redirection from %s was updated, but the records it may have "
				   "replaced could not be read again", host);
		goto out;
	}
	const char *new_url = target ? target : cur.url;
	const char *new_type = type ? type : cur.type;
	const char *new_proto = protocol ? protocol : cur.protocol;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "action", "update");
		jv_set_str(o, "host", host);
		jv_set_str(o, "url", new_url);
		jv_set_str(o, "type", new_type);
		jv_set_str(o, "protocol", new_proto);
		struct jv *list = jv_array();
		for (size_t i = 0; i < way.n; i++)
			jv_push(list, redirect_rrset_json(&way.items[i]));
		jv_set(o, "replaced", list);
		if (nothing)
			jv_set_bool(o, "changed", false);
		out_ok(ctx, o);
	} else {
		note(ctx, "%s %s -> %s (%s, %s)", nothing ? "unchanged:" : "updated", host, new_url,
		     new_type, new_proto);
		for (size_t i = 0; i < way.n; i++) {
			char *text = redirect_rrset_text(zone, &way.items[i]);
			note(ctx, "replaced %s", text);
			free(text);
		}
	}
out:
	redirect_rrsets_free(&way);
	webredir_free(&cur);
	free(host);
	free(zone);
	return rc;
}

const struct cmd cmd_redirect_update = {
	.noun = "redirect",
	.verb = "update",
	.args = "DOMAIN SOURCE [URL]",
	.summary = "change a redirection's target, type or protocol",
	.description = "When the redirection is already as asked, nothing is sent and it exits 0\n"
		       "(\"unchanged\"). A redirection cannot move to another source: delete it\n"
		       "and add a new one.",
	.examples = "gandi redirect update example.com blog https://blog.example.net/\n"
		    "gandi redirect update example.com blog --type http302",
	.opts = opts,
	.min_args = 2,
	.max_args = 3,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
