#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "dnssec-show.h"
#include "error.h"
#include "gandi/dnssec.h"
#include "output/output.h"

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct zone_key k;
	char *fqdn = NULL;
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
	bool changed = k.deleted;
	if (changed && (rc = zone_key_restore(ctx, fqdn, k.id)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "id", k.id);
		jv_set_int(o, "flags", k.flags);
		jv_set_bool(o, "changed", changed);
		out_ok(ctx, o);
	} else if (changed) {
		note(ctx, "restored the %s %s (key tag %lld) of %s: it signs the zone again",
			 zone_key_kind(&k), k.id, k.tag, fqdn);
	} else {
		note(ctx, "the %s %s of %s is not deleted: nothing to do", zone_key_kind(&k), k.id,
			 fqdn);
	}
out:
	zone_key_free(&k);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_keys_restore = {
	.noun = "dns",
	.verb = "keys restore",
	.args = "DOMAIN ID",
	.summary = "bring back a deleted signing key",
	.description = "ID is the deleted key's, as 'gandi dns keys list' shows it.",
	.examples = "gandi dns keys restore example.com ID",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
