#include "cmd.h"
#include "dns/zonesync.h"

static const struct opt opts[] = {
	OPT_DRY_RUN("show what would change and stop: nothing that writes is sent"),
	OPT_YES,
	{"skip-unsupported", 0, NULL, "leave out the records LiveDNS cannot hold (listed) instead "
				      "of refusing", NULL},
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct sync_job job = {
		.kind = SYNC_IMPORT,
		.dry_run = arg_flag(a, "dry-run"),
		.yes = arg_flag(a, "yes"),
	};
	return zone_sync_file(ctx, a->argv[0], a->argv[1], arg_flag(a, "skip-unsupported"), &job);
}

const struct cmd cmd_dns_import = {
	.noun = "dns",
	.verb = "import",
	.args = "DOMAIN FILE",
	.summary = "replace the whole zone with a zone file (snapshot first; asks first)",
	.description =
		"FILE (- for stdin) is read as by 'gandi dns sync'. The difference is shown,\n"
		"then, after a confirmation (--yes in scripts), a snapshot is taken and the\n"
		"whole zone is replaced in one request; the zone is read again to check it.\n"
		"The file's SOA is ignored (LiveDNS writes its own); Gandi's own name\n"
		"servers at the apex are kept unless the file names the apex NS.",
	.examples = "gandi dns import example.com example.com.zone --dry-run\n"
		    "gandi dns import example.com example.com.zone --yes",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
