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
	struct redirect_rrsets left = {0};
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
	/* what stays: the record that pointed the host at the redirection service */
	if ((rc = redirect_left_behind(ctx, zone, host, &left))) {
		error_context(ctx, "the redirection from %s was deleted, but its DNS records could "
				   "not be read", host);
		goto out;
	}
	if (ctx->json) {
		struct jv *o = jv_object(), *list = jv_array();
		jv_set_str(o, "action", "delete");
		jv_set_str(o, "host", host);
		jv_set_str(o, "url", cur.url);
		for (size_t i = 0; i < left.n; i++)
			jv_push(list, redirect_rrset_json(&left.items[i]));
		jv_set(o, "left", list);
		out_ok(ctx, o);
	} else {
		note(ctx, "deleted %s -> %s", host, cur.url);
	}
	for (size_t i = 0; i < left.n; i++) {
		char *text = redirect_rrset_text(zone, &left.items[i]);
		warn(ctx, "%s stays, pointing at Gandi's redirection service, which no longer "
			  "redirects %s; point it elsewhere, or remove it: gandi dns delete %s %s %s "
			  "--yes", text, host, zone, left.items[i].type, left.items[i].name);
		free(text);
	}
out:
	redirect_rrsets_free(&left);
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
	.examples = "gandi redirect delete example.com blog\n"
		    "gandi redirect rm example.com blog --yes",
	.description = "The DNS record that pointed SOURCE at Gandi's redirection service\n"
		       "(webredir.vip.gandi.net) stays; gandi says so, with the command that\n"
		       "removes it.",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.scope = "domain:tech",
	.exec = run,
};
