#include <stdlib.h>

#include "cmd.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output.h"

static const struct opt opts[] = {
	OPT_FQDN_RECORD,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset r;
	bool found = false;
	struct jv *raw = NULL;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	rc = rrset_get(ctx, k.zone, k.name, k.type, &r, &found, &raw);
	if (!rc && !found) {
		struct subject s = {.kind = SUBJECT_RECORD, .domain = k.zone, .name = k.name,
				    .type = (char *)k.type};
		rc = error_absent(ctx, &s);
		error_detail(ctx, "hint: 'gandi dns list %s --name %s' shows what %s holds\n",
			     k.zone, k.name, k.name);
	}
	if (!rc && ctx->json) {
		struct jv *o = rrset_json(&r, raw);
		out_json(ctx, o);
		jv_free(o);
	} else if (!rc) {
		struct rrsets_out *o = rrsets_out_new(ctx);
		rrsets_out_add(o, &r, NULL);
		rrsets_out_print(o);
	}
	jv_free(raw);
	rrset_free(&r);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_get = {
	.noun = "dns",
	.verb = "get",
	.args = "DOMAIN TYPE NAME",
	.summary = "show one RRset (exit status 5 when it does not exist)",
	.examples = "gandi dns get example.com A www\n"
		    "gandi dns get example.com TXT @ --json --jq '.rrset_texts[]'",
	.opts = opts,
	.min_args = 3,
	.max_args = 3,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
