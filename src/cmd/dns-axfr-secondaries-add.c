#include <stdlib.h>

#include "cmd.h"
#include "error.h"
#include "dns/record.h"
#include "gandi/axfr.h"
#include "gandi/types.h"
#include "ip-list.h"
#include "output/output.h"

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct strlist want = {0}, added = {0};
	char *fqdn = NULL, **have = NULL;
	size_t n = 0;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = ip_list_parse(ctx, a->argc - 1, a->argv + 1, &want)))
		goto out;
	if ((rc = secondaries(ctx, fqdn, &have, &n, NULL)))
		goto out;
	for (size_t i = 0; i < want.n; i++) {
		if (ip_list_find((const char *const *)have, n, want.v[i])) {
			if (!ctx->json)
				note(ctx, "%s may transfer %s already: nothing to do", want.v[i], fqdn);
			continue;
		}
		if ((rc = secondary_add(ctx, fqdn, want.v[i])))
			goto out;
		strlist_add(&added, want.v[i]);
		if (!ctx->json)
			note(ctx, "%s may transfer %s", want.v[i], fqdn);
	}
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set(o, "added", jv_strv((const char *const *)added.v, added.n));
		out_ok(ctx, o);
	}
out:
	strlist_free(&want);
	strlist_free(&added);
	strv_free(have);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_axfr_secondaries_add = {
	.noun = "dns",
	.verb = "axfr secondaries add",
	.args = "DOMAIN ADDR...",
	.summary = "allow secondary servers (IPv4, IPv6) to transfer the zone",
	.description = "Addresses are compared by value with those allowed already, which are\n"
		       "left alone.\n"
		       "\n"
		       "Example: gandi dns axfr secondaries add example.com 192.0.2.53 2001:db8::53",
	.examples = "gandi dns axfr secondaries add example.com 192.0.2.53 2001:db8::53",
	.opts = opts,
	.min_args = 2,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
