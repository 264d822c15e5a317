#include <stdlib.h>

#include "cmd.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "dns/wait.h"
#include "gandi/livedns.h"
#include "ops/records.h"

static const struct opt opts[] = {
	{"ttl", 0, "SECONDS", "the TTL (default: keep the RRset's, 10800 for a new one)", NULL},
	OPT_YES,
	OPT_FQDN_RECORD,
	OPT_WAIT,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset cur = {0};
	struct rrvalues values = {0}, have = {0};
	bool found = false;
	long ttl = 0;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = rrkey_writable(ctx, &k)))
		goto out;
	if (arg_value(a, "ttl") && (rc = ttl_check(ctx, arg_value(a, "ttl"), &ttl)))
		goto out;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = wait_args_check(ctx, a)))
		goto out;
	if ((rc = rrset_get(ctx, k.zone, k.name, k.type, &cur, &found, NULL)))
		goto out;
	if (!ttl)
		ttl = found ? (long)cur.ttl : DNSV_TTL_DEFAULT;
	if (found)
		values_stored(k.zone, &cur, &have);
	/* equal by meaning (2001:db8:0::10 is 2001:db8::10): nothing is sent */
	bool changed = !found || cur.ttl != ttl ||
		       !dnsv_same_set(have.v, have.n, values.v, values.n);
	if (changed && (rc = apex_ns_confirm(ctx, &k, arg_flag(a, "yes"), "set", &values)))
		goto out;
	if (changed && (rc = record_set(ctx, &k, ttl, &values)))
		goto out;
	rrset_report(ctx, "set", &k, ttl, &values, changed);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_EXACT, values.api, values.n);
out:
	rrvalues_free(&values);
	rrvalues_free(&have);
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
	.examples = "gandi dns set example.com A www 192.0.2.10\n"
		    "gandi dns set example.com A www 192.0.2.10 192.0.2.11 --ttl 300\n"
		    "gandi dns set example.com TXT @ \"v=spf1 include:_mailcust.gandi.net ?all\"",
	.opts = opts,
	.min_args = 4,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.asks = "before writing the apex NS (the zone's own name servers)",
	.scope = "domain:tech",
	.exec = run,
};
