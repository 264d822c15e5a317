#include <stdio.h>
#include <stdlib.h>

#include "gandi/api.h"
#include "cmd.h"
#include "error.h"
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
	struct api_result res = {0};
	char *url = snapshots_url(ctx, k->zone, id);
	int rc = api_call(ctx, "GET", url, NULL, API_TEXT, k->subject, &res);
	if (rc == EXIT_NOTFOUND) {
		rc = error_set(ctx, EXIT_NOTFOUND, "snapshot_not_found", "%s has no snapshot '%s'",
			       k->zone, id);
		error_detail(ctx, "hint: 'gandi dns snapshot list %s' lists its snapshots\n",
			     k->zone);
	} else if (!rc) {
		struct buf zone = {0};
		zone_text_safe_add(&zone, res.http.body.data ? res.http.body.data : "",
				   res.http.body.len);
		fwrite(zone.data, 1, zone.len, stdout);
		buf_free(&zone);
		out_flush();
	}
	api_result_free(&res);
	free(url);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct snapshot s = {0};
	char *about = NULL;
	const char *id = a->argv[1];
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if ((rc = snapshot_id_check(ctx, id)))
		goto out;
	if (arg_flag(a, "bind")) {
		rc = show_bind(ctx, &k, id);
		goto out;
	}
	if ((rc = snapshot_read(ctx, k.zone, id, &s)))
		goto out;
	if (ctx->json) {
		json_t *o = json_pack("{sssssbsO}", "id", s.id, "created_at",
				      s.created_at ? s.created_at : "", "automatic", s.automatic,
				      "zone_data", s.zone_data);
		json_object_set_new(o, "name", s.name ? json_string(s.name) : json_null());
		out_json(ctx, o);
		json_decref(o);
		goto out;
	}
	about = snapshot_describe(&s);
	note(ctx, "snapshot %s of %s: %s, %zu RRset%s", s.id, k.zone, about,
	     json_array_size(s.zone_data), json_array_size(s.zone_data) == 1 ? "" : "s");
	rc = rrsets_print(ctx, s.zone_data);
out:
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
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
