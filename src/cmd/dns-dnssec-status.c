#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "dnssec-show.h"
#include "gandi/dnssec.h"
#include "output/output.h"

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct dnssec_state st;
	struct jv *raw = NULL;
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = dnssec_read(ctx, fqdn, &st, &raw)))
		goto out;
	if (ctx->json) {
		out_json(ctx, raw);
		goto out;
	}
	out_line(ctx, "DNSSEC for %s: %s (%s)%s%s", fqdn, dnssec_meaning(st.state), st.state,
		 st.error ? ": " : "", st.error ? st.error : "");
	if (dnssec_moving(st.state))
		dnssec_follow(ctx, fqdn, st.state);
out:
	dnssec_state_free(&st);
	jv_free(raw);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_dnssec_status = {
	.noun = "dns",
	.verb = "dnssec status",
	.args = "DOMAIN",
	.summary = "whether DNSSEC is on for a domain (LiveDNS signing it, its DS at the registry)",
	.description = "Gandi's one switch for DNSSEC: inactive, activating, active, deactivating,\n"
		       "or activation_error / deactivation_error with Gandi's explanation. The\n"
		       "keys themselves: gandi dns keys list (LiveDNS), gandi domain dnskeys list\n"
		       "(the registry).\n"
		       "\n"
		       "Example: gandi dns dnssec status example.com",
	.examples = "gandi dns dnssec status example.com",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:view",
	.exec = run,
};
