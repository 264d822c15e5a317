#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "dnssec-show.h"
#include "error.h"
#include "gandi/dnssec.h"
#include "output/output.h"

static void row(struct ctx *ctx, const char *label, const char *value)
{
	out_line(ctx, ctx->plain ? "%s\t%s" : "%-12s %s", label, value && *value ? value : "-");
}

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct zone_key k;
	struct jv *raw = NULL;
	char *fqdn = NULL, *dnskey = NULL;
	const char *id = a->argv[1];
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	memset(&k, 0, sizeof(k));
	if (!zone_key_id_ok(id)) {
		rc = usage_error(ctx, "'%s' is not a DNSSEC key id (letters, digits and dashes)", id);
		error_detail(ctx, "hint: 'gandi dns keys list %s' lists the keys and their ids\n",
			     fqdn);
		goto out;
	}
	if ((rc = zone_key_get(ctx, fqdn, id, &k, &raw)))
		goto out;
	if (ctx->json) {
		out_json(ctx, raw);
		goto out;
	}
	char kind[48], alg[64], tag[24] = "-";
	snprintf(kind, sizeof(kind), "%s (flags %lld)", zone_key_kind(&k), k.flags);
	snprintf(alg, sizeof(alg), "%lld%s%s%s", k.algorithm, k.algorithm_name ? " (" : "",
		 k.algorithm_name ? k.algorithm_name : "", k.algorithm_name ? ")" : "");
	if (k.tag >= 0)
		snprintf(tag, sizeof(tag), "%lld", k.tag);
	if (k.public_key)
		dnskey = xasprintf("%s. IN DNSKEY %lld 3 %lld %s", fqdn, k.flags, k.algorithm,
				   k.public_key);
	row(ctx, "id", k.id);
	row(ctx, "type", kind);
	row(ctx, "state", zone_key_state(&k));
	row(ctx, "algorithm", alg);
	row(ctx, "key tag", tag);
	row(ctx, "fingerprint", k.fingerprint);
	row(ctx, "public key", k.public_key);
	row(ctx, "DNSKEY", dnskey);
	row(ctx, "DS", k.ds);
	if (k.flags == ZONE_KEY_KSK && !k.deleted && k.ds)
		note(ctx, "the DS line is what the parent zone publishes for this key: 'gandi dns "
			  "dnssec enable %s' hands it to the registry, or give it to the registrar",
		     fqdn);
out:
	free(dnskey);
	zone_key_free(&k);
	jv_free(raw);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_keys_show = {
	.noun = "dns",
	.verb = "keys show",
	.args = "DOMAIN ID",
	.summary = "show a signing key: its tag, public key, DNSKEY and the DS line for the parent",
	.description = "The DS line is the one LiveDNS gives, absolute, as a parent publishes it\n"
		       "(owner with its final dot, TTL 3600, digest type 2: SHA-256). The DNSKEY\n"
		       "line is what registrars' forms (and gandi domain dnskeys add) take.\n"
		       "\n"
		       "Example: gandi dns keys show example.com 4b000000-0000-4000-8000-000000000001",
	.examples = "gandi dns keys show example.com ID",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
