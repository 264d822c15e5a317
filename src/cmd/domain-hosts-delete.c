#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "domain-hosts.h"
#include "error.h"
#include "gandi/hosts.h"
#include "output/output.h"
#include "prompt.h"

static const struct opt opts[] = {
	OPT_DRY_RUN("show the glue record that would go and stop: nothing that writes is sent"),
	OPT_YES,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct glue cur;
	bool found = false, used = false;
	char *fqdn = NULL, *name = NULL, *full = NULL, *text = NULL, *ns = NULL, *question = NULL;
	memset(&cur, 0, sizeof(cur));
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = glue_name(ctx, fqdn, a->argv[1], &name)))
		goto out;
	full = glue_fqdn(fqdn, name);
	if ((rc = glue_get(ctx, fqdn, name, &cur, &found, NULL)))
		goto out;
	if (!found) {
		rc = error_set(ctx, EXIT_NOTFOUND, "not_found", "%s has no glue record %s", fqdn,
			       name);
		error_detail(ctx, "hint: 'gandi domain hosts list %s' lists them\n", fqdn);
		goto out;
	}
	text = ip_list_text((const char *const *)cur.ips, cur.nips);
	if ((rc = glue_in_use(ctx, fqdn, name, &used, &ns)))
		goto out;
	if (!ctx->dry_run && used) {
		question = xasprintf("%s is a nameserver of %s (%s): delete its glue record (%s)? "
				     "Without it, resolvers cannot reach %s at that server.", full,
				     fqdn, ns, text, fqdn);
		if ((rc = confirm(ctx, arg_flag(a, "yes"), question,
				  "delete a glue record in use")))
			goto out;
	}
	if (!ctx->dry_run && (rc = glue_delete(ctx, fqdn, name))) {
		if (used)
			error_detail(ctx, "hint: give %s other nameservers first: gandi domain "
					  "nameservers %s --set NS...\n", fqdn, fqdn);
		goto out;
	}
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "name", name);
		jv_set(o, "ips", jv_strv((const char *const *)cur.ips, cur.nips));
		jv_set_bool(o, "in_use", used);
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		out_ok(ctx, o);
	} else if (ctx->dry_run) {
		note(ctx, "dry run: would delete the glue record %s (%s)%s; nothing was sent",
			 full, text, used ? ", a nameserver of the domain" : "");
	} else {
		note(ctx, "deleted the glue record %s (%s)", full, text);
	}
out:
	glue_free(&cur);
	free(question);
	free(ns);
	free(text);
	free(full);
	free(name);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_hosts_delete = {
	.noun = "domain",
	.verb = "hosts delete",
	.args = "DOMAIN NAME",
	.summary = "delete a glue record (asks first when the domain uses it)",
	.description = "When the domain's own nameservers name the host, it asks first (--yes in\n"
		       "scripts); Gandi may refuse it until the nameservers change.\n"
		       "\n"
		       "Example: gandi domain hosts delete example.net ns2",
	.examples = "gandi domain hosts delete example.com ns1",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
