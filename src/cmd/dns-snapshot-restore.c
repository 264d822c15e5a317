#include <stdlib.h>

#include "cmd.h"
#include "error.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "dns/zonesync.h"

static const struct opt opts[] = {
	OPT_DRY_RUN("show what would change and stop: nothing that writes is sent"),
	OPT_YES,
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct snapshot s = {0};
	struct live_zone want = {0};
	char *about = NULL, *source = NULL;
	char *id = NULL;
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if ((rc = snapshot_id_check(ctx, k.zone, a->argv[1], &id)) || (rc = snapshot_get(ctx, k.zone, id, &s)))
		goto out;
	live_zone_of_snapshot(&s, &want);
	about = snapshot_describe(&s);
	source = xasprintf("snapshot %s (%s)", s.id, about);
	struct sync_job job = {
		.kind = SYNC_RESTORE,
		.zone = k.zone,
		.source = source,
		.want = want.rrsets,
		.nwant = want.len,
		.dry_run = arg_flag(a, "dry-run"),
		.yes = arg_flag(a, "yes"),
	};
	rc = zone_sync(ctx, &job);
out:
	free(id);
	free(about);
	free(source);
	live_zone_free(&want);
	snapshot_free(&s);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_snapshot_restore = {
	.noun = "dns",
	.verb = "snapshot restore",
	.args = "DOMAIN ID",
	.summary = "put the zone back as a snapshot holds it (snapshot first; asks first)",
	.description = "Shows what restoring changes, asks (--yes in scripts), takes a snapshot of\n"
		       "the zone as it is now (its id is printed, so the restore can be undone\n"
		       "too), replaces the whole zone with the snapshot's records in one request,\n"
		       "and reads the zone again to check it.",
	.examples = "gandi dns snapshot restore example.com 5b1d1d5a --dry-run\n"
		    "gandi dns snapshot restore example.com ID --yes",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
