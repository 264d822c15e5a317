#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cmd.h"
#include "gandi/domains.h"
#include "ops/domains.h"
#include "error.h"
#include "output/output.h"
#include "prompt.h"
#include "dns/record.h"
#include "dns/value.h"

static const struct opt opts[] = {
	{"set", 0, NULL, "replace the nameservers with NS... (asks first)", NULL},
	OPT_YES,
	{0},
};

static int show(struct ctx *ctx, const char *fqdn)
{
	char **ns = NULL;
	size_t n = 0;
	struct jv *raw = NULL;
	int rc = domain_nameservers(ctx, fqdn, &ns, &n, &raw);
	if (!rc && ctx->json)
		out_json(ctx, raw);
	for (size_t i = 0; !rc && !ctx->json && i < n; i++)
		out_line(ctx, "%s", ns[i]);
	strv_free(ns);
	jv_free(raw);
	return rc;
}

static int set(struct ctx *ctx, const char *fqdn, int argc, char **argv, bool yes)
{
	char **list = xcalloc((size_t)argc + 1, sizeof(*list));
	struct buf text = {0};
	char *question = NULL;
	int rc = 0;
	for (int i = 0; i < argc; i++) {
		struct dnsv_error err;
		if (dnsv_host(argv[i], "name server", &err) != 0) {
			rc = usage_error(ctx, "%s", err.msg);
			error_detail(ctx, "hint: name servers are host names, such as ns1.example.net\n");
			goto out;
		}
		/* the registry form has no final dot (a registry's name, not zone data) */
		char *ns = xstrdup(argv[i]);
		size_t n = strlen(ns);
		if (n > 1 && ns[n - 1] == '.')
			ns[n - 1] = '\0';
		list[i] = ns;
		buf_printf(&text, "%s%s", i ? ", " : "", ns);
	}
	if (argc == 1)
		warn(ctx, "only one nameserver: registries usually want at least two");
	question = xasprintf("Replace the nameservers of %s with %s? DNS for %s will be answered "
			     "by them.", fqdn, buf_str(&text), fqdn);
	if ((rc = confirm(ctx, yes, question, "change nameservers")))
		goto out;
	if ((rc = domain_nameservers_change(ctx, fqdn, (const char *const *)list, (size_t)argc)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set(o, "nameservers", jv_strv((const char *const *)list, (size_t)argc));
		out_ok(ctx, o);
	} else {
		note(ctx, "nameservers of %s: %s", fqdn, buf_str(&text));
	}
out:
	strv_free(list);
	buf_free(&text);
	free(question);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (arg_flag(a, "set")) {
		if (a->argc < 2)
			rc = usage_error(ctx, "--set needs the nameservers: gandi domain nameservers "
					      "%s --set NS...", fqdn);
		else
			rc = set(ctx, fqdn, a->argc - 1, a->argv + 1, arg_flag(a, "yes"));
	} else if (a->argc > 1) {
		rc = usage_error(ctx, "to change the nameservers, add --set: gandi domain "
				      "nameservers %s --set %s...", fqdn, a->argv[1]);
	} else {
		rc = show(ctx, fqdn);
	}
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_nameservers = {
	.noun = "domain",
	.verb = "nameservers",
	.args = "DOMAIN [--set NS...]",
	.summary = "show a domain's nameservers, or replace them with --set",
	.examples = "gandi domain nameservers example.com\n"
		    "gandi domain nameservers example.com --set ns1.example.net ns2.example.net",
	.opts = opts,
	.min_args = 1,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.scope = "domain:view",
	.scope2 = "domain:tech",
	.scope2_for = "for --set",
	.exec = run,
};
