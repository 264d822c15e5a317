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
	struct strlist want = {0}, removed = {0};
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
		/* Gandi's spelling in the path: the address as it is stored */
		const char *stored = ip_list_find((const char *const *)have, n, want.v[i]);
		if (!stored) {
			if (!ctx->json)
				note(ctx, "%s may not transfer %s: nothing to do", want.v[i], fqdn);
			continue;
		}
		if ((rc = secondary_remove(ctx, fqdn, stored)))
			goto out;
		strlist_add(&removed, stored);
		if (!ctx->json)
			note(ctx, "%s may no longer transfer %s", stored, fqdn);
	}
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set(o, "removed", jv_strv((const char *const *)removed.v, removed.n));
		out_ok(ctx, o);
	}
out:
	strlist_free(&want);
	strlist_free(&removed);
	strv_free(have);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_axfr_secondaries_delete = {
	.noun = "dns",
	.verb = "axfr secondaries delete",
	.args = "DOMAIN ADDR...",
	.summary = "no longer allow secondary servers to transfer the zone",
	.description = "Addresses are compared by value (2001:db8::53 finds\n"
		       "2001:0db8:0:0:0:0:0:53); one that is not allowed is left alone.\n"
		       "\n"
		       "Example: gandi dns axfr secondaries delete example.com 192.0.2.53",
	.examples = "gandi dns axfr secondaries delete example.com 192.0.2.53",
	.opts = opts,
	.min_args = 2,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
