#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/rrkey.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "util.h"

static const struct opt opts[] = {
	{"automatic", 0, NULL, "only the snapshots LiveDNS took by itself", NULL},
	{"manual", 0, NULL, "only the snapshots taken on request", NULL},
	OPT_FQDN_ZONE,
	{0},
};

/* The listing being built: table rows, or the snapshots as Gandi sent them. */
struct listing {
	struct table *table;
	struct jv_list *json;
};

static int add_snapshot(void *arg, const struct snapshot *s, const struct jv_text *raw)
{
	struct listing *l = arg;
	if (l->json) {
		jv_list_add_text(l->json, raw);
		return 0;
	}
	time_t when;
	char created[21] = "";
	if (s->created_at && parse_time(s->created_at, &when))
		format_datetime(when, created);
	const char *row[] = {s->id, created[0] ? created : s->created_at,
			     s->automatic ? "automatic" : "manual", s->name};
	table_add(l->table, row);
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"ID", "CREATED", "KIND", "NAME"};
	struct rrkey k;
	struct listing l = {0};
	bool automatic = arg_flag(a, "automatic"), manual = arg_flag(a, "manual");
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if (automatic && manual) {
		rc = usage_error(ctx, "--automatic and --manual cannot be used together");
		goto out;
	}
	if (ctx->json)
		l.json = jv_list_new();
	else
		l.table = table_new(ctx, 4, headers);
	rc = snapshots_each(ctx, k.zone, automatic ? SNAPSHOTS_AUTOMATIC
					 : manual  ? SNAPSHOTS_MANUAL
						   : SNAPSHOTS_ALL,
			    add_snapshot, &l);
	if (rc) {
		jv_list_free(l.json);
		table_free(l.table);
	} else if (l.json) {
		jv_list_print(ctx, l.json);
	} else {
		table_empty(l.table, "%s has no %ssnapshots", k.zone,
			    automatic ? "automatic " : manual ? "manual " : "");
		table_print(l.table);
	}
out:
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_snapshot_list = {
	.noun = "dns",
	.verb = "snapshot list",
	.args = "DOMAIN",
	.summary = "list the zone's snapshots, newest first",
	.description = "LiveDNS keeps snapshots of a zone: those taken on request (gandi dns\n"
		       "snapshot create; dns sync, dns import and dns snapshot restore take one\n"
		       "before changing anything) and, while automatic snapshots are on, one\n"
		       "before every change.",
	.examples = "gandi dns snapshot list example.com\n"
		    "gandi dns snapshot ls example.com --manual",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
