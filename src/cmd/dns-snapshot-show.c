#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "cmd.h"
#include "error.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "dns/zonesync.h"

static const struct opt opts[] = {
	{"bind", 0, NULL, "print the snapshot as a BIND zone file, as dns export does", NULL},
	OPT_FQDN_ZONE,
	{0},
};

static int show_bind(struct ctx *ctx, const struct rrkey *k, const char *id)
{
	struct buf text = {0};
	int rc = snapshot_text(ctx, k->zone, id, &text);
	if (!rc) {
		struct buf zone = {0};
		zone_file_text(k->zone, &text, &zone);
		out_write(ctx, zone.data, zone.len);
		buf_free(&zone);
	}
	buf_free(&text);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct snapshot s = {0};
	char *about = NULL;
	char *id = NULL;
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if ((rc = snapshot_id_check(ctx, k.zone, a->argv[1], &id)))
		goto out;
	if (arg_flag(a, "bind")) {
		rc = show_bind(ctx, &k, id);
		goto out;
	}
	if ((rc = snapshot_get(ctx, k.zone, id, &s)))
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "id", s.id);
		jv_set_str(o, "created_at", s.created_at ? s.created_at : "");
		jv_set_bool(o, "automatic", s.automatic);
		jv_set(o, "zone_data", jv_ref(s.raw_records));
		jv_set_str(o, "name", s.name);
		out_json(ctx, o);
		jv_free(o);
		goto out;
	}
	about = snapshot_describe(&s);
	note(ctx, "snapshot %s of %s: %s, %zu RRset%s", s.id, k.zone, about, s.nrecords,
	     s.nrecords == 1 ? "" : "s");
	struct rrsets_out *o = rrsets_out_new(ctx);
	for (size_t i = 0; i < s.nrecords; i++)
		rrsets_out_add(o, &s.records[i], NULL);
	rrsets_out_print(o);
out:
	free(id);
	free(about);
	snapshot_free(&s);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_snapshot_show = {
	.noun = "dns",
	.verb = "snapshot show",
	.args = "DOMAIN ID",
	.summary = "show the records a snapshot holds",
	.description = "One row per value, as dns list shows the live zone; --json prints the\n"
		       "snapshot as LiveDNS returns it (its records in zone_data), which dns sync\n"
		       "and dns import also read.",
	.examples = "gandi dns snapshot show example.com 5b1d1d5a\n"
		    "gandi dns snapshot show example.com ID --bind",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
