#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "error.h"
#include "gandi/dnssec.h"
#include "output/output.h"

static const struct opt opts[] = {
	OPT_DRY_RUN("show the key that would be deleted and stop: nothing that writes is sent"),
	{0},
};

struct lookup {
	long long id;
	struct dnskey found;
	bool have;
};

static int find_key(void *arg, struct dnskey *k, const struct jv *raw)
{
	struct lookup *l = arg;
	(void)raw;
	if (!l->have && k->id == l->id) {
		l->found = *k;
		memset(k, 0, sizeof(*k));
		l->have = true;
	}
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct lookup l = {0};
	char *fqdn = NULL, *end = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	l.id = strtoll(a->argv[1], &end, 10);
	if (!*a->argv[1] || *end || l.id < 1) {
		rc = usage_error(ctx, "'%s' is not the id of a registry key (a number)", a->argv[1]);
		error_detail(ctx, "hint: 'gandi domain dnskeys list %s' lists them\n", fqdn);
		goto out;
	}
	if ((rc = dnskeys_each(ctx, fqdn, find_key, &l)))
		goto out;
	if (!l.have) {
		rc = error_set(ctx, EXIT_NOTFOUND, "not_found", "the registry has no key %lld for %s",
			       l.id, fqdn);
		error_detail(ctx, "hint: 'gandi domain dnskeys list %s' lists them\n", fqdn);
		goto out;
	}
	const char *type = l.found.type ? l.found.type : "key";
	if (!ctx->dry_run && (rc = dnskey_delete(ctx, fqdn, l.id)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_int(o, "id", l.id);
		jv_set_int(o, "keytag", l.found.keytag);
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		out_ok(ctx, o);
	} else if (ctx->dry_run) {
		note(ctx, "dry run: would delete the registry's %s %lld (key tag %lld) of %s: "
			      "nothing was sent", type, l.id, l.found.keytag, fqdn);
	} else {
		note(ctx, "deleting the registry's %s %lld (key tag %lld) of %s", type, l.id,
			 l.found.keytag, fqdn);
		note(ctx, "the registry withdraws its DS in the background; resolvers forget it "
			  "once its TTL has passed");
	}
out:
	dnskey_free(&l.found);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_dnskeys_delete = {
	.noun = "domain",
	.verb = "dnskeys delete",
	.args = "DOMAIN ID",
	.summary = "withdraw a key from the registry (its DS goes)",
	.description = "With no DS left, resolvers treat the domain as unsigned. Withdraw the DS\n"
		       "before the key it points to stops signing the zone, never after.\n"
		       "\n"
		       "Example: gandi domain dnskeys delete example.com 1281080",
	.examples = "gandi domain dnskeys delete example.com ID --dry-run",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
