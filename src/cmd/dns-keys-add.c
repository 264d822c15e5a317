#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "dnssec-show.h"
#include "error.h"
#include "gandi/dnssec.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"flags", 0, "257|256", "257: a key-signing key (KSK, the default); 256: a zone-signing "
				"key (ZSK)", "257 256"},
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct zone_key k;
	char *fqdn = NULL, *id = NULL;
	const char *given = arg_value(a, "flags");
	int flags = ZONE_KEY_KSK;
	memset(&k, 0, sizeof(k));
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (given && strcmp(given, "256") == 0)
		flags = ZONE_KEY_ZSK;
	else if (given && strcmp(given, "257") != 0) {
		rc = usage_error(ctx, "--flags takes 257 (a KSK) or 256 (a ZSK), not '%s'", given);
		goto out;
	}
	if ((rc = zone_key_create(ctx, fqdn, flags, &id)))
		goto out;
	/* read it back: Gandi's answer holds neither its tag nor its DS line */
	if ((rc = zone_key_get(ctx, fqdn, id, &k, NULL))) {
		error_context(ctx, "the key %s was created, but reading it back failed", id);
		goto out;
	}
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "id", k.id);
		jv_set_int(o, "flags", k.flags);
		jv_set_int(o, "tag", k.tag);
		jv_set_str(o, "ds", k.ds);
		out_ok(ctx, o);
	} else {
		out_line(ctx, "created %s %s for %s (key tag %lld)", zone_key_kind(&k), k.id, fqdn,
			 k.tag);
		if (flags == ZONE_KEY_KSK && k.ds)
			out_line(ctx, "DS for the parent: %s", k.ds);
	}
out:
	zone_key_free(&k);
	free(id);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_keys_add = {
	.noun = "dns",
	.verb = "keys add",
	.args = "DOMAIN",
	.summary = "make a new signing key for the zone (a KSK unless --flags 256)",
	.description = "LiveDNS chooses the algorithm (13, ECDSAP256SHA256) and signs the zone\n"
		       "with the new key at once. For a KSK the DS line to give the parent is\n"
		       "printed; 'gandi dns dnssec enable' does all of it in one step for a\n"
		       "domain registered at Gandi.\n"
		       "\n"
		       "Examples:\n"
		       "gandi dns keys add example.com\n"
		       "gandi dns keys add example.com --flags 256",
	.examples = "gandi dns keys add example.com\n"
		    "gandi dns keys add example.com --flags 256",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
