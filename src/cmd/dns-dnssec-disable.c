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
	OPT_DRY_RUN("say whether DNSSEC is on and stop: nothing that writes is sent"),
	OPT_YES,
	OPT_FQDN_ZONE,
	{0},
};

static bool is_off(const char *state)
{
	return strcmp(state, "inactive") == 0 || strcmp(state, "deactivating") == 0;
}

static void report(struct ctx *ctx, const char *fqdn, const char *state, bool changed)
{
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "state", state);
		jv_set_bool(o, "changed", changed);
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		out_ok(ctx, o);
	} else if (!changed) {
		note(ctx, "%sDNSSEC is already %s for %s (%s): nothing to do",
			 ctx->dry_run ? "dry run: " : "", dnssec_meaning(state), fqdn, state);
	} else if (ctx->dry_run) {
		note(ctx, "dry run: DNSSEC is %s for %s (%s); it would be turned off: nothing "
			      "was sent", dnssec_meaning(state), fqdn, state);
	} else {
		note(ctx, "turning DNSSEC off for %s (%s)", fqdn, state);
	}
}

static int run(struct ctx *ctx, struct args *a)
{
	struct dnssec_state now, st;
	bool refused = false;
	char *fqdn = NULL, *question = NULL;
	memset(&st, 0, sizeof(st));
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = dnssec_read(ctx, fqdn, &now, NULL)))
		goto out;
	if (is_off(now.state)) {
		report(ctx, fqdn, now.state, false);
		goto out;
	}
	if (ctx->dry_run) {
		report(ctx, fqdn, now.state, true);
		goto out;
	}
	question = xasprintf("Turn DNSSEC off for %s? Gandi withdraws its DS from the registry "
			     "and LiveDNS stops signing the zone; resolvers that still hold the "
			     "DS (up to its TTL) may fail to resolve %s meanwhile.", fqdn, fqdn);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "turn DNSSEC off")))
		goto out;
	if ((rc = dnssec_switch(ctx, fqdn, false, &st, &refused)))
		goto out;
	if (!refused || is_off(st.state)) {
		report(ctx, fqdn, st.state, !refused);
		if (!refused || dnssec_moving(st.state))
			dnssec_follow(ctx, fqdn, st.state);
	} else {
		if (st.error)
			rc = error_set(ctx, EXIT_ERROR, "conflict", "cannot turn DNSSEC off for %s: %s",
				       fqdn, st.error);
		else
			rc = error_set(ctx, EXIT_ERROR, "conflict", "cannot turn DNSSEC off for %s "
				       "now: it is %s (%s)", fqdn, dnssec_meaning(st.state), st.state);
		error_field(ctx, "state", jv_str(st.state));
		error_field(ctx, "cause", jv_str(st.cause));
		if (dnssec_moving(st.state))
			error_detail(ctx, "hint: wait until 'gandi dns dnssec status %s' says it is "
					  "on, then disable it again\n", fqdn);
	}
out:
	dnssec_state_free(&now);
	dnssec_state_free(&st);
	free(question);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_dnssec_disable = {
	.noun = "dns",
	.verb = "dnssec disable",
	.args = "DOMAIN",
	.summary = "turn DNSSEC off (asks first: resolvers may fail meanwhile; --yes in scripts)",
	.description = "Reads the state first (nothing to do when it is off already), asks, then\n"
		       "one request: Gandi withdraws the DS from the registry and LiveDNS stops\n"
		       "signing (its keys are kept as deleted: gandi dns keys restore brings one\n"
		       "back). It takes a while: the state reads deactivating until it is\n"
		       "inactive (gandi dns dnssec status DOMAIN). Reading needs domain:view too.\n"
		       "\n"
		       "Examples:\n"
		       "gandi dns dnssec disable example.com --dry-run\n"
		       "gandi dns dnssec disable example.com --yes",
	.examples = "gandi dns dnssec disable example.com --dry-run\n"
		    "gandi dns dnssec disable example.com --yes",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
