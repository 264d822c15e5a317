#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "dnssec-show.h"
#include "error.h"
#include "gandi/dnssec.h"
#include "output/output.h"

static void report(struct ctx *ctx, const char *fqdn, const char *state, bool changed)
{
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "state", state);
		jv_set_bool(o, "changed", changed);
		out_ok(ctx, o);
	} else if (changed) {
		note(ctx, "turning DNSSEC on for %s (%s)", fqdn, state);
	} else {
		note(ctx, "DNSSEC is already %s for %s (%s): nothing to do",
			 dnssec_meaning(state), fqdn, state);
	}
}

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct dnssec_state st;
	bool refused = false;
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = dnssec_switch(ctx, fqdn, true, &st, &refused)))
		goto out;
	if (!refused) {
		report(ctx, fqdn, st.state, true);
		dnssec_follow(ctx, fqdn, st.state);
	} else if (strcmp(st.state, "active") == 0 || strcmp(st.state, "activating") == 0) {
		report(ctx, fqdn, st.state, false);
		if (dnssec_moving(st.state))
			dnssec_follow(ctx, fqdn, st.state);
	} else {
		if (st.error)
			rc = error_set(ctx, EXIT_ERROR, "conflict", "cannot turn DNSSEC on for %s: %s",
				       fqdn, st.error);
		else
			rc = error_set(ctx, EXIT_ERROR, "conflict", "cannot turn DNSSEC on for %s now: "
				       "it is %s (%s)", fqdn, dnssec_meaning(st.state), st.state);
		error_field(ctx, "state", jv_str(st.state));
		error_field(ctx, "cause", jv_str(st.cause));
		if (dnssec_moving(st.state))
			error_detail(ctx, "hint: wait until 'gandi dns dnssec status %s' says it is "
					  "off, then enable it again\n", fqdn);
		else if (st.cause && strcmp(st.cause, "not-on-livedns") == 0)
			error_detail(ctx, "hint: LiveDNS signs only the zones it serves: 'gandi domain "
					  "nameservers %s' shows where the domain points\n", fqdn);
	}
out:
	dnssec_state_free(&st);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_dnssec_enable = {
	.noun = "dns",
	.verb = "dnssec enable",
	.args = "DOMAIN",
	.summary = "turn DNSSEC on: LiveDNS signs the zone, Gandi gives its DS to the registry",
	.description = "One request: Gandi makes a key-signing key if the zone has none, signs the\n"
		       "zone and hands the key to the registry, which publishes its DS. This\n"
		       "takes a while: the state reads activating until it is active (gandi dns\n"
		       "dnssec status DOMAIN). The domain must use LiveDNS's nameservers.\n"
		       "\n"
		       "Example: gandi dns dnssec enable example.com",
	.examples = "gandi dns dnssec enable example.com",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
