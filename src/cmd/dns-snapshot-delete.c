#include <stdlib.h>

#include "gandi/api.h"
#include "cmd.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "prompt.h"
#include "dns/zonesync.h"

static const struct opt opts[] = {
	{"yes", 'y', NULL, "do not ask for confirmation", NULL},
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct snapshot s = {0};
	struct api_result res = {0};
	char *about = NULL, *question = NULL, *url = NULL;
	const char *id = a->argv[1];
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if ((rc = snapshot_id_check(ctx, id)) || (rc = snapshot_read(ctx, k.zone, id, &s)))
		goto out;
	about = snapshot_describe(&s);
	question = xasprintf("Delete the snapshot %s of %s (%s)?", s.id, k.zone, about);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "delete a snapshot")))
		goto out;
	url = snapshots_url(ctx, k.zone, s.id);
	if ((rc = api_call(ctx, "DELETE", url, NULL, 0, k.subject, &res)))
		goto out;
	if (ctx->json)
		out_ok(ctx, json_pack("{ssss}", "domain", k.zone, "id", s.id));
	else
		out_line(ctx, "deleted snapshot %s of %s (%s)", s.id, k.zone, about);
out:
	api_result_free(&res);
	free(url);
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
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
