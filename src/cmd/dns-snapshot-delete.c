#include <stdlib.h>

#include "cmd.h"
#include "error.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "ops/snapshots.h"
#include "output/output.h"
#include "prompt.h"
#include "dns/zonesync.h"

static const struct opt opts[] = {
	OPT_YES,
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct snapshot s = {0};
	char *about = NULL, *question = NULL;
	char *id = NULL;
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if ((rc = snapshot_id_check(ctx, k.zone, a->argv[1], &id)) || (rc = snapshot_get(ctx, k.zone, id, &s)))
		goto out;
	about = snapshot_describe(&s);
	question = xasprintf("Delete the snapshot %s of %s (%s)?", s.id, k.zone, about);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "delete a snapshot")))
		goto out;
	if ((rc = snapshot_remove(ctx, k.zone, s.id)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", k.zone);
		jv_set_str(o, "id", s.id);
		out_ok(ctx, o);
	} else {
		note(ctx, "deleted snapshot %s of %s (%s)", s.id, k.zone, about);
	}
out:
	free(id);
	free(about);
	free(question);
	snapshot_free(&s);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_snapshot_delete = {
	.noun = "dns",
	.verb = "snapshot delete",
	.args = "DOMAIN ID",
	.summary = "delete a snapshot (asks first; --yes in scripts)",
	.examples = "gandi dns snapshot delete example.com 5b1d1d5a\n"
		    "gandi dns snapshot rm example.com ID --yes",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.scope = "domain:tech",
	.exec = run,
};
