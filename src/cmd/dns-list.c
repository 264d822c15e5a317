#include <stdlib.h>

#include "cmd.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "xalloc.h"

static const struct opt opts[] = {
	{"type", 't', "TYPE", "only records of this type", "rrtype"},
	{"name", 'n', "NAME", "only records of this name (@ for the apex)", NULL},
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	int rc = rrkey_parse(ctx, a->argv[0], arg_value(a, "type"), arg_value(a, "name"), &k);
	if (rc)
		return rc;
	/* every page, each turned into output as it arrives, printed at the end */
	struct rrsets_out *o = rrsets_out_new(ctx);
	if (k.name)
		rc = records_at(ctx, k.zone, k.name, k.type, rrsets_out_add, o);
	else
		rc = records_each(ctx, k.zone, k.type, rrsets_out_add, o);
	if (rc) {
		rrsets_out_free(o);
	} else {
		char *empty = xasprintf("no %s%srecords %s%s%sin %s", k.type ? k.type : "",
					k.type ? " " : "", k.name ? "named " : "", k.name ? k.name : "",
					k.name ? " " : "", k.zone);
		rrsets_out_empty(o, empty);
		rrsets_out_print(o);
		free(empty);
	}
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_list = {
	.noun = "dns",
	.verb = "list",
	.args = "DOMAIN",
	.summary = "list a domain's DNS records (every page)",
	.description = "One row per value: NAME TYPE TTL VALUE, TXT shown as text. With --json,\n"
		       "the records as LiveDNS returns them, every page in one array.",
	.examples = "gandi dns list example.com\n"
		    "gandi dns list example.com --type MX\n"
		    "gandi dns ls example.com --name www --columns type,value",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
