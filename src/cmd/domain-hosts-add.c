#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cmd.h"
#include "dns/record.h"
#include "domain-hosts.h"
#include "error.h"
#include "gandi/hosts.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"ip", 0, NULL, "the addresses follow: IPv4 and IPv6, one or more", NULL},
	OPT_DRY_RUN("check the name and addresses and stop: nothing that writes is sent"),
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct strlist ips = {0};
	struct glue cur;
	bool found = false;
	char *fqdn = NULL, *name = NULL, *full = NULL, *text = NULL, *words = NULL;
	memset(&cur, 0, sizeof(cur));
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = glue_name(ctx, fqdn, a->argv[1], &name)))
		goto out;
	if (!arg_flag(a, "ip")) {
		rc = usage_error(ctx, "the addresses follow --ip: gandi domain hosts add %s %s --ip "
				      "ADDR...", fqdn, name);
		goto out;
	}
	if ((rc = glue_addresses(ctx, a->argc - 2, a->argv + 2, &ips)))
		goto out;
	full = glue_fqdn(fqdn, name);
	text = ip_list_text((const char *const *)ips.v, ips.n);
	if ((rc = glue_get(ctx, fqdn, name, &cur, &found, NULL)))
		goto out;
	if (found) {
		char *had = ip_list_text((const char *const *)cur.ips, cur.nips);
		rc = error_set(ctx, EXIT_ERROR, "conflict", "%s has a glue record already (%s)", full,
			       had);
		free(had);
		struct buf b = {0};
		for (size_t i = 0; i < ips.n; i++)
			buf_printf(&b, " %s", ips.v[i]);
		words = buf_detach(&b);
		error_detail(ctx, "hint: change its addresses with: gandi domain hosts set %s %s "
				  "--ip%s\n", fqdn, name, words);
		goto out;
	}
	if (!ctx->dry_run && (rc = glue_create(ctx, fqdn, name, (const char *const *)ips.v,
						 ips.n)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "name", name);
		jv_set(o, "ips", jv_strv((const char *const *)ips.v, ips.n));
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		out_ok(ctx, o);
	} else if (ctx->dry_run) {
		note(ctx, "dry run: would add the glue record %s: %s; nothing was sent", full,
			 text);
	} else {
		note(ctx, "added the glue record %s: %s", full, text);
		note(ctx, "the registry publishes it in the background: 'gandi domain hosts list %s' "
			  "shows it", fqdn);
	}
out:
	glue_free(&cur);
	strlist_free(&ips);
	free(words);
	free(text);
	free(full);
	free(name);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_hosts_add = {
	.noun = "domain",
	.verb = "hosts add",
	.args = "DOMAIN NAME --ip ADDR...",
	.summary = "add a glue record: a name server inside the domain and its addresses",
	.description = "NAME is relative to the domain (ns1) or in full (ns1.example.net); the\n"
		       "addresses after --ip are IPv4 and IPv6, checked before anything is sent.\n"
		       "Then the name server can be one of the domain's: gandi domain nameservers\n"
		       "DOMAIN --set ns1.DOMAIN ...\n"
		       "\n"
		       "Example: gandi domain hosts add example.net ns1 --ip 192.0.2.53 2001:db8::53",
	.examples = "gandi domain hosts add example.com ns1 --ip 192.0.2.53 --ip 2001:db8::53",
	.opts = opts,
	.min_args = 2,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
