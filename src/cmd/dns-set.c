#include <stdlib.h>

#include "cmd.h"
#include "dns-show.h"
#include "dns/record.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "ops/records.h"

static const struct opt opts[] = {
	{"ttl", 0, "SECONDS", "the TTL (default: keep the RRset's, 10800 for a new one)", NULL},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset cur = {0};
	struct strlist values = {0};
	bool found = false;
	long ttl = 0;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if (arg_value(a, "ttl") && (rc = record_ttl(ctx, arg_value(a, "ttl"), &ttl)))
		goto out;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = rrset_get(ctx, k.zone, k.name, k.type, &cur, &found, NULL)))
		goto out;
	if (!ttl)
		ttl = found ? (long)cur.ttl : TTL_DEFAULT;
	const char *const *v = (const char *const *)values.v;
	bool changed = !found || cur.ttl != ttl ||
		       !values_same(k.type, (const char *const *)cur.values, cur.nvalues, v,
				    values.n);
	if (changed && (rc = record_set(ctx, &k, ttl, v, values.n)))
		goto out;
	rrset_report(ctx, "set", &k, ttl, v, values.n, changed);
out:
	strlist_free(&values);
	rrset_free(&cur);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_set = {
	.noun = "dns",
	.verb = "set",
	.args = "DOMAIN TYPE NAME VALUE...",
	.summary = "replace an RRset's values (keeping its TTL unless --ttl)",
	.description = "NAME is @ for the apex, a name relative to the domain, or a full name.\n"
		       "TXT values are written as plain text: gandi quotes them and splits\n"
		       "strings over 255 bytes. Nothing is sent when the RRset already holds\n"
		       "exactly these values and TTL.",
	.opts = opts,
	.min_args = 4,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
