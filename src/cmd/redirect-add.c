#include <stdlib.h>

#include "cmd.h"
#include "error.h"
#include "dns/record.h"
#include "gandi/webredirs.h"
#include "ops/redirects.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"type", 0, "TYPE", "http301 (default), http302 or cloak", "http301 http302 cloak"},
	{"protocol", 0, "PROTO", "http, https (default) or httpsonly", "http https httpsonly"},
	{"override", 0, NULL, "replace the DNS records in the way (named in the output)", NULL},
	{0},
};

/* The line (or JSON) saying what was added, and what it replaced. */
static void report(struct ctx *ctx, const char *zone, const char *host, const char *target,
		   const char *type, const char *protocol, const struct redirect_rrsets *replaced)
{
	if (ctx->json) {
		struct jv *o = jv_object(), *list = jv_array();
		jv_set_str(o, "action", "add");
		jv_set_str(o, "host", host);
		jv_set_str(o, "url", target);
		jv_set_str(o, "type", type);
		jv_set_str(o, "protocol", protocol);
		for (size_t i = 0; i < replaced->n; i++)
			jv_push(list, redirect_rrset_json(&replaced->items[i]));
		jv_set(o, "replaced", list);
		out_ok(ctx, o);
		return;
	}
	note(ctx, "added %s -> %s (%s, %s)", host, target, type, protocol);
	for (size_t i = 0; i < replaced->n; i++) {
		char *text = redirect_rrset_text(zone, &replaced->items[i]);
		note(ctx, "replaced %s", text);
		free(text);
	}
}

static int run(struct ctx *ctx, struct args *a)
{
	char *zone = NULL, *host = NULL;
	struct redirect_rrsets way = {0};
	const char *target = a->argv[2];
	const char *type = arg_value(a, "type") ? arg_value(a, "type") : "http301";
	const char *protocol = arg_value(a, "protocol") ? arg_value(a, "protocol") : "https";
	bool override = arg_flag(a, "override");
	int rc = domain_check(ctx, a->argv[0], &zone);
	if (rc)
		return rc;
	if ((rc = redirect_host(ctx, zone, a->argv[1], &host)) ||
	    (rc = redirect_check_url(ctx, target)) || (rc = redirect_check_type(ctx, type)) ||
	    (rc = redirect_check_protocol(ctx, protocol)))
		goto out;
	/* what is in the way: named when --override replaces it, or when Gandi refuses */
	if ((rc = redirect_in_the_way(ctx, zone, host, &way)))
		goto out;
	struct webredir_spec spec = {.host = host, .url = target, .type = type,
				     .protocol = protocol, .override = override};
	if ((rc = redirect_create(ctx, zone, &spec))) {
		const struct api_fault *f = error_fault(ctx);
		if (f && f->kind == FAULT_CONFLICT && !override && way.n) {
			for (size_t i = 0; i < way.n; i++) {
				char *text = redirect_rrset_text(zone, &way.items[i]);
				error_detail(ctx, "in the way: %s\n", text);
				free(text);
			}
			error_detail(ctx, "hint: --override replaces %s with the redirection's record\n",
				     way.n == 1 ? "it" : "them");
		}
		goto out;
	}
	if (!override) {
		redirect_rrsets_free(&way); /* nothing was in the way, as Gandi saw it */
	} else if ((rc = redirect_replaced(ctx, zone, host, &way))) {
		error_context(ctx, "the redirection from %s was added, but the records it may have "
				   "replaced could not be read again", host);
		goto out;
	}
	report(ctx, zone, host, target, type, protocol, &way);
out:
	redirect_rrsets_free(&way);
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
	.examples = "gandi redirect add example.com blog https://blog.example.org/\n"
		    "gandi redirect add example.com @ https://www.example.com/ --type http302",
	.opts = opts,
	.min_args = 3,
	.max_args = 3,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
