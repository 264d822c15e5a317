#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "dnssec-show.h"
#include "error.h"
#include "gandi/dnssec.h"
#include "output/output.h"
#include "prompt.h"

static const struct opt opts[] = {
	OPT_DRY_RUN("show the key that would be deleted and stop: nothing that writes is sent"),
	OPT_YES,
	OPT_FQDN_ZONE,
	{0},
};

static void report(struct ctx *ctx, const char *fqdn, const struct zone_key *k, bool changed)
{
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "id", k->id);
		jv_set_int(o, "flags", k->flags);
		jv_set_bool(o, "changed", changed);
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		out_ok(ctx, o);
	} else if (!changed) {
		note(ctx, "the %s %s of %s is deleted already: nothing to do", zone_key_kind(k),
			 k->id, fqdn);
	} else if (ctx->dry_run) {
		note(ctx, "dry run: would delete the %s %s (key tag %lld) of %s: nothing was "
			      "sent", zone_key_kind(k), k->id, k->tag, fqdn);
	} else {
		note(ctx, "deleted the %s %s (key tag %lld) of %s", zone_key_kind(k), k->id,
			 k->tag, fqdn);
		note(ctx, "it stays listed as deleted; bring it back with: gandi dns keys restore %s "
			  "%s", fqdn, k->id);
	}
}

static int run(struct ctx *ctx, struct args *a)
{
	struct zone_key k;
	char *fqdn = NULL, *question = NULL;
	const char *id = a->argv[1];
	memset(&k, 0, sizeof(k));
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (!zone_key_id_ok(id)) {
		rc = usage_error(ctx, "'%s' is not a DNSSEC key id (letters, digits and dashes)", id);
		error_detail(ctx, "hint: 'gandi dns keys list %s' lists the keys and their ids\n",
			     fqdn);
		goto out;
	}
	if ((rc = zone_key_get(ctx, fqdn, id, &k, NULL)))
		goto out;
	if (k.deleted) {
		report(ctx, fqdn, &k, false);
		goto out;
	}
	if (ctx->dry_run) {
		report(ctx, fqdn, &k, true);
		goto out;
	}
	/* a KSK's DS may be at the parent: without the key the zone no longer validates */
	if (k.flags == ZONE_KEY_KSK) {
		question = xasprintf("Delete the KSK %s (key tag %lld) of %s? While the parent "
				     "publishes its DS, validating resolvers fail to resolve %s.",
				     k.id, k.tag, fqdn, fqdn);
		if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "delete a key-signing key")))
			goto out;
	}
	if ((rc = zone_key_delete(ctx, fqdn, k.id)))
		goto out;
	report(ctx, fqdn, &k, true);
out:
	zone_key_free(&k);
	free(question);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_keys_delete = {
	.noun = "dns",
	.verb = "keys delete",
	.args = "DOMAIN ID",
	.summary = "delete a signing key (a KSK asks first; --yes in scripts)",
	.description = "The key stops signing the zone and stays listed as deleted, so that gandi\n"
		       "dns keys restore can bring it back. Deleting a KSK whose DS the parent\n"
		       "publishes makes validating resolvers fail for the domain: remove the DS\n"
		       "first (gandi domain dnskeys delete), or use gandi dns dnssec disable.\n"
		       "\n"
		       "Example: gandi dns keys delete example.com 4b000000-0000-4000-8000-000000000001",
	.examples = "gandi dns keys delete example.com ID --dry-run",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
