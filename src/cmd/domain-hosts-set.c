#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cmd.h"
#include "dns/record.h"
#include "domain-hosts.h"
#include "error.h"
#include "gandi/hosts.h"
#include "output/output.h"
#include "prompt.h"

static const struct opt opts[] = {
	{"ip", 0, NULL, "the addresses follow: IPv4 and IPv6, one or more", NULL},
	OPT_DRY_RUN("show what would change and stop: nothing that writes is sent"),
	OPT_YES,
	{0},
};

static void report(struct ctx *ctx, const char *fqdn, const char *name, const char *full,
		   const struct strlist *ips, const char *before, bool changed)
{
	char *text = ip_list_text((const char *const *)ips->v, ips->n);
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "name", name);
		jv_set(o, "ips", jv_strv((const char *const *)ips->v, ips->n));
		jv_set_bool(o, "changed", changed);
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		out_ok(ctx, o);
	} else if (!changed) {
		note(ctx, "the glue record %s has these addresses already (%s): nothing to do",
			 full, before);
	} else if (ctx->dry_run) {
		note(ctx, "dry run: would change the glue record %s: %s -> %s; nothing was sent",
			 full, before, text);
	} else {
		note(ctx, "changed the glue record %s: %s -> %s", full, before, text);
	}
	free(text);
}

static int run(struct ctx *ctx, struct args *a)
{
	struct strlist ips = {0};
	struct glue cur;
	bool found = false, used = false;
	char *fqdn = NULL, *name = NULL, *full = NULL, *before = NULL, *ns = NULL;
	char *text = NULL, *question = NULL;
	memset(&cur, 0, sizeof(cur));
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = glue_name(ctx, fqdn, a->argv[1], &name)))
		goto out;
	if (!arg_flag(a, "ip")) {
		rc = usage_error(ctx, "the addresses follow --ip: gandi domain hosts set %s %s --ip "
				      "ADDR...", fqdn, name);
		goto out;
	}
	if ((rc = glue_addresses(ctx, a->argc - 2, a->argv + 2, &ips)))
		goto out;
	full = glue_fqdn(fqdn, name);
	if ((rc = glue_get(ctx, fqdn, name, &cur, &found, NULL)))
		goto out;
	if (!found) {
		rc = error_set(ctx, EXIT_NOTFOUND, "not_found", "%s has no glue record %s", fqdn,
			       name);
		struct buf b = {0};
		for (size_t i = 0; i < ips.n; i++)
			buf_printf(&b, " %s", ips.v[i]);
		error_detail(ctx, "hint: add it with: gandi domain hosts add %s %s --ip%s\n", fqdn,
			     name, buf_str(&b));
		buf_free(&b);
		goto out;
	}
	before = ip_list_text((const char *const *)cur.ips, cur.nips);
	if (ip_list_same((const char *const *)cur.ips, cur.nips, (const char *const *)ips.v, ips.n)) {
		report(ctx, fqdn, name, full, &ips, before, false);
		goto out;
	}
	if (ctx->dry_run) {
		report(ctx, fqdn, name, full, &ips, before, true);
		goto out;
	}
	if ((rc = glue_in_use(ctx, fqdn, name, &used, &ns)))
		goto out;
	if (used) {
		text = ip_list_text((const char *const *)ips.v, ips.n);
		question = xasprintf("%s is a nameserver of %s (%s): change its addresses %s -> %s? "
				     "If no server answers for %s at the new ones, %s goes off the "
				     "air.", full, fqdn, ns, before, text, fqdn, fqdn);
		if ((rc = confirm(ctx, arg_flag(a, "yes"), question,
				  "change a glue record in use")))
			goto out;
	}
	if ((rc = glue_update(ctx, fqdn, name, (const char *const *)ips.v, ips.n)))
		goto out;
	report(ctx, fqdn, name, full, &ips, before, true);
out:
	glue_free(&cur);
	strlist_free(&ips);
	free(question);
	free(text);
	free(ns);
	free(before);
	free(full);
	free(name);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_hosts_set = {
	.noun = "domain",
	.verb = "hosts set",
	.args = "DOMAIN NAME --ip ADDR...",
	.summary = "replace a glue record's addresses (asks first when the domain uses it)",
	.description = "Addresses are compared by value: giving the ones it has sends nothing.\n"
		       "When the domain's own nameservers name the host, it asks first (--yes in\n"
		       "scripts): wrong addresses there take the domain off the air. Other\n"
		       "domains delegating to the host are not looked for.\n"
		       "\n"
		       "Example: gandi domain hosts set example.net ns1 --ip 192.0.2.54 2001:db8::54",
	.examples = "gandi domain hosts set example.com ns1 --ip 192.0.2.54",
	.opts = opts,
	.min_args = 2,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
