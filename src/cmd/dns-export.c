#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "cmd.h"
#include "dns-show.h"
#include "error.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "util.h"

static const struct opt opts[] = {
	{"output", 'o', "FILE", "write to FILE (atomically) instead of stdout", "file"},
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct buf text = {0}, zone = {0};
	const char *file = arg_value(a, "output");
	int rc = rrkey_parse(ctx, a->argv[0], NULL, NULL, &k);
	if (rc)
		return rc;
	if (ctx->json && !file) {
		/* --json: the zone as records, as dns list --json gives them */
		struct rrsets_out *o = rrsets_out_new(ctx);
		if ((rc = records_each(ctx, k.zone, NULL, rrsets_out_add, o)))
			rrsets_out_free(o);
		else
			rrsets_out_print(o);
		goto out;
	}
	if ((rc = zone_text(ctx, k.zone, &text)))
		goto out;
	zone_file_text(k.zone, &text, &zone);
	if (!file) {
		out_write(ctx, zone.data, zone.len);
		goto out;
	}
	mode_t mask = umask(0);
	umask(mask);
	int e = write_file_atomic(file, zone.data, zone.len, 0666 & ~mask,
				  WRITE_SPECIAL | WRITE_KEEP_MODE);
	if (e) {
		char *why = file_error(file, e, 0);
		rc = error_set(ctx, e == EISDIR ? EXIT_USAGE : EXIT_ERROR, "io",
			       "cannot write '%s': %s", file, why);
		free(why);
		goto out;
	}
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", k.zone);
		jv_set_str(o, "file", file);
		jv_set_int(o, "bytes", (long long)zone.len);
		out_ok(ctx, o);
	} else {
		note(ctx, "zone of %s written to %s", k.zone, file);
	}
out:
	buf_free(&text);
	buf_free(&zone);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_export = {
	.noun = "dns",
	.verb = "export",
	.args = "DOMAIN",
	.summary = "print the zone as BIND text, or write it to a file",
	.description = "With --json (and no -o), the zone's records as JSON, as 'dns list --json'\n"
		       "gives them; with -o FILE and --json, the zone file is written and the\n"
		       "write envelope printed.",
	.examples = "gandi dns export example.com > example.com.zone\n"
		    "gandi dns export example.com -o example.com.zone\n"
		    "gandi dns export example.com --json --jq '.[].rrset_name'",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
