#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "cmd.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "util.h"
#include "dns/zonesync.h"

static const struct opt opts[] = {
	{"automatic", 0, NULL, "only the snapshots LiveDNS took by itself", NULL},
	{"manual", 0, NULL, "only the snapshots taken on request", NULL},
	OPT_FQDN_ZONE,
	{0},
};

static int print(struct ctx *ctx, const json_t *items)
{
	static const char *headers[] = {"ID", "CREATED", "KIND", "NAME"};
	struct table *t = NULL;
	int rc = 0;
	if (ctx->json) {
		out_json(ctx, items);
		return 0;
	}
	t = table_new(ctx, 4, headers);
	for (size_t i = 0; i < json_array_size(items) && !rc; i++) {
		struct decoder d = {.what = "snapshot"};
		struct snapshot s;
		if (decode_snapshot(&d, json_array_get(items, i), &s)) {
			time_t when;
			char created[21] = "";
			if (s.created_at && parse_time(s.created_at, &when))
				format_datetime(when, created);
			const char *row[] = {s.id, created[0] ? created : s.created_at,
					     s.automatic ? "automatic" : "manual", s.name};
			table_add(t, row);
		} else {
			rc = decode_error(ctx, &d);
		}
		snapshot_free(&s);
		decoder_free(&d);
	}
	if (rc)
		table_free(t);
	else
		table_print(t);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	json_t *items = NULL;
	char *url = NULL, *full = NULL;
	bool automatic = arg_flag(a, "automatic"), manual = arg_flag(a, "manual");
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if (automatic && manual) {
		rc = usage_error(ctx, "--automatic and --manual cannot be used together");
		goto out;
	}
	url = snapshots_url(ctx, k.zone, NULL);
	full = xasprintf("%s?sort_by=-date_created%s", url,
			 automatic ? "&automatic=true" : manual ? "&automatic=false" : "");
	if (!(rc = api_list(ctx, full, k.subject, &items)))
		rc = print(ctx, items);
out:
	json_decref(items);
	free(url);
	free(full);
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
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
