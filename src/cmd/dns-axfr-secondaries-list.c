#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "gandi/axfr.h"
#include "gandi/types.h"
#include "output/output.h"

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"ADDRESS"};
	char *fqdn = NULL, **ips = NULL;
	size_t n = 0;
	struct jv *raw = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = secondaries(ctx, fqdn, &ips, &n, &raw)))
		goto out;
	if (ctx->json) {
		out_json(ctx, raw);
	} else {
		struct table *t = table_new(ctx, 1, headers);
		for (size_t i = 0; i < n; i++) {
			const char *row[] = {ips[i]};
			table_add(t, row);
		}
		table_print(t);
	}
out:
	strv_free(ips);
	jv_free(raw);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_axfr_secondaries_list = {
	.noun = "dns",
	.verb = "axfr secondaries list",
	.args = "DOMAIN",
	.summary = "list the addresses allowed to transfer the zone (its secondary servers)",
	.description = "Example: gandi dns axfr secondaries list example.com",
	.examples = "gandi dns axfr secondaries list example.com",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
