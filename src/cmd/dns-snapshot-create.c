#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "error.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "ops/snapshots.h"
#include "output/output.h"

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	char *id = NULL;
	const char *name = a->argc > 1 ? a->argv[1] : NULL;
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if (name && (!*name || strlen(name) > 255)) {
		rc = usage_error(ctx, "a snapshot name must have 1 to 255 characters");
		goto out;
	}
	if ((rc = snapshot_take(ctx, k.zone, name, &id)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", k.zone);
		jv_set_str(o, "id", id);
		jv_set_str(o, "name", name);
		out_ok(ctx, o);
	} else {
		out_line(ctx, "%s", id);
		note(ctx, "snapshot of %s taken%s%s%s; restore it with: gandi dns snapshot restore "
			  "%s %s", k.zone, name ? " ('" : "", name ? name : "", name ? "')" : "",
		     k.zone, id);
	}
out:
	free(id);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_snapshot_create = {
	.noun = "dns",
	.verb = "snapshot create",
	.args = "DOMAIN [NAME]",
	.summary = "take a snapshot of the zone now; prints its id",
	.description = "The id goes to stdout alone, for scripts: id=$(gandi dns snapshot\n"
		       "create example.com 'before the move').",
	.examples = "gandi dns snapshot create example.com\n"
		    "id=$(gandi dns snapshot create example.com \"before the move\")",
	.opts = opts,
	.min_args = 1,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
