#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"automatic-snapshots", 0, "on|off",
	 "take a snapshot of the zone before every change, or not", "on off"},
	OPT_DRY_RUN("show what would change and stop: nothing that writes is sent"),
	OPT_FQDN_ZONE,
	{0},
};

static int parse_on_off(struct ctx *ctx, const char *opt, const char *v, bool *on)
{
	if (strcmp(v, "on") == 0 || strcmp(v, "true") == 0)
		*on = true;
	else if (strcmp(v, "off") == 0 || strcmp(v, "false") == 0)
		*on = false;
	else
		return usage_error(ctx, "--%s takes on or off, not '%s'", opt, v);
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct zone_settings cur;
	struct jv *raw = NULL;
	char *fqdn = NULL;
	const char *want = arg_value(a, "automatic-snapshots");
	bool on = false;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (want && (rc = parse_on_off(ctx, "automatic-snapshots", want, &on)))
		goto out;
	if ((rc = zone_settings_read(ctx, fqdn, &cur, &raw)))
		goto out;
	if (!want) {
		if (ctx->json)
			out_json(ctx, raw);
		else
			out_line(ctx, ctx->plain ? "%s\t%s" : "%-20s %s", "automatic_snapshots",
				 cur.automatic_snapshots ? "on" : "off");
		goto out;
	}
	bool changed = cur.automatic_snapshots != on;
	if (changed && !ctx->dry_run && (rc = zone_snapshots_set(ctx, fqdn, on)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_bool(o, "automatic_snapshots", on);
		jv_set_bool(o, "changed", changed);
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		out_ok(ctx, o);
	} else if (!changed) {
		note(ctx, "automatic snapshots are %s already for %s: nothing to do",
			 on ? "on" : "off", fqdn);
	} else {
		note(ctx, "%sautomatic snapshots %s for %s%s", ctx->dry_run ? "dry run: " : "",
			 on ? "on" : "off", fqdn, ctx->dry_run ? ": nothing was sent" : "");
	}
out:
	jv_free(raw);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_settings = {
	.noun = "dns",
	.verb = "settings",
	.args = "DOMAIN [--automatic-snapshots on|off]",
	.summary = "show the zone's LiveDNS settings, or change them",
	.description = "automatic_snapshots: LiveDNS takes a snapshot of the zone before every\n"
		       "change (gandi dns snapshot list shows them). Turning it off makes changes\n"
		       "of big zones faster; snapshots already taken stay.\n"
		       "\n"
		       "Examples:\n"
		       "gandi dns settings example.com\n"
		       "gandi dns settings example.com --automatic-snapshots off",
	.examples = "gandi dns settings example.com\n"
		    "gandi dns settings example.com --automatic-snapshots off",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
