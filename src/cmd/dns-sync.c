#include "cmd.h"
#include "dns/zonesync.h"

static const struct opt opts[] = {
	OPT_DRY_RUN("show the difference and stop: nothing that writes is sent"),
	OPT_YES,
	{"no-delete", 0, NULL, "remove nothing: RRsets and values only at Gandi stay", NULL},
	{"exit-code", 0, NULL, "exit 10 when the zone still differs (with --dry-run: any change "
			       "pending), 0 when it matches", NULL},
	{"skip-unsupported", 0, NULL, "leave out the records LiveDNS cannot hold (listed) instead "
				      "of refusing", NULL},
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct sync_job job = {
		.kind = SYNC_SYNC,
		.no_delete = arg_flag(a, "no-delete"),
		.dry_run = arg_flag(a, "dry-run"),
		.yes = arg_flag(a, "yes"),
		.exit_code = arg_flag(a, "exit-code"),
	};
	return zone_sync_file(ctx, a->argv[0], a->argv[1], arg_flag(a, "skip-unsupported"), &job);
}

const struct cmd cmd_dns_sync = {
	.noun = "dns",
	.verb = "sync",
	.args = "DOMAIN FILE",
	.summary = "make the zone match a zone file, showing the difference first",
	.description =
		"FILE (- for stdin) is a BIND zone file (names relative to DOMAIN) or the JSON\n"
		"that 'gandi dns list DOMAIN --json' prints; gandi tells them apart by content.\n"
		"The zone is compared with the file RRset by RRset, by meaning (TXT without\n"
		"quotes, host names in any case), TTLs included. The file's SOA is ignored\n"
		"(LiveDNS writes its own), and Gandi's own name servers at the apex are left\n"
		"alone unless the file names the apex NS. A file whose $ORIGIN names another\n"
		"zone is refused. Records LiveDNS cannot hold are listed by line and make it\n"
		"refuse, unless --skip-unsupported.\n"
		"\n"
		"After the difference, and a confirmation (--yes in scripts), gandi takes a\n"
		"LiveDNS snapshot and prints its id, sends one request per changed RRset (8 at\n"
		"a time; deletions that must go first, first), or one replacement of the whole\n"
		"zone when more than half of its RRsets change or more than 300 would, then\n"
		"reads the zone again and reports any difference left. If a request fails,\n"
		"gandi stops, lists what was applied and what was not, and prints the\n"
		"'gandi dns snapshot restore' command that undoes it all.\n"
		"\n"
		"Other writers (an ACME hook, a DDNS updater) may change the zone while it\n"
		"runs. With --no-delete the whole zone is never replaced: values are added to\n"
		"RRsets with PATCH, so what others add meanwhile stays. A replacement of the\n"
		"whole zone is built from the zone as gandi read it: afterwards gandi reads the\n"
		"automatic snapshots LiveDNS took meanwhile and lists, with exit status 1, any\n"
		"RRset or value someone else wrote that the replacement removed.\n"
		"\n"
		"Exit status: 0 when the zone matches (or was made to match); with the\n"
		"option --exit-code, 10 when it still differs (with --dry-run: when changes\n"
		"are pending), for CI.",
	.examples = "gandi dns sync example.com example.com.zone --dry-run\n"
		    "gandi dns sync example.com example.com.zone --dry-run --exit-code\n"
		    "gandi dns sync example.com example.com.zone --yes",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
