/*
 * gandi ddns DOMAIN NAME: the A and AAAA RRsets of a name made to hold this
 * machine's addresses, the way a dynamic-DNS updater does, safe to run every
 * minute: each RRset is read first and written (PUT, values and TTL) only
 * when its addresses, compared by value, or its TTL differ.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "dns/record.h"
#include "dns/rrkey.h"
#include "dns/value.h"
#include "dns/wait.h"
#include "error.h"
#include "gandi/livedns.h"
#include "net/ifaddr.h"
#include "output/output.h"
#include "util.h"

#define DDNS_TTL 300

static const struct opt opts[] = {
	{"ip", 0, "ADDR", "an address for NAME, IPv4 or IPv6 (repeatable)", NULL},
	{"from-interface", 0, "IFACE", "the global addresses of this network interface", NULL},
	{"ttl", 0, "SECONDS", "the TTL (default 300)", NULL},
	OPT_DRY_RUN("say what would change, and send nothing that writes"),
	OPT_FQDN_RECORD,
	{0},
};

/* One family: what is wanted, what Gandi holds. */
struct family {
	const char *type; /* "A", "AAAA" */
	struct strlist want;
	struct rrset cur;
	bool found, changed;
};

/* Sort --ip ADDR into A and AAAA by what the value module reads it as. */
static int add_ip(struct ctx *ctx, const char *text, struct family *f4, struct family *f6)
{
	struct dnsv v;
	struct dnsv_error err;
	struct family *f = NULL;
	if (dnsv_parse("A", text, DNSV_USER, NULL, &v, &err) == 0)
		f = f4;
	else if (dnsv_parse("AAAA", text, DNSV_USER, NULL, &v, &err) == 0)
		f = f6;
	if (!f) {
		usage_error(ctx, "--ip '%s' is not an IPv4 or IPv6 address", text);
		error_detail(ctx, "hint: write it like --ip 192.0.2.7 or --ip 2001:db8::7\n");
		return EXIT_USAGE;
	}
	bool dup = false;
	for (size_t i = 0; i < f->want.n && !dup; i++)
		dup = dnsv_same(f->type, f->want.v[i], DNSV_API, v.api, DNSV_API, NULL);
	if (!dup)
		strlist_add(&f->want, v.api);
	dnsv_free(&v);
	return 0;
}

/* Interface addresses, in the spelling the value module gives them. */
static int add_list(struct ctx *ctx, const struct strlist *l, struct family *f4,
		    struct family *f6)
{
	int rc = 0;
	for (size_t i = 0; i < l->n && !rc; i++)
		rc = add_ip(ctx, l->v[i], f4, f6);
	return rc;
}

/* Whether each of a is in b (by value). */
static bool all_in(const char *type, char *const *a, size_t na, char *const *b, size_t nb)
{
	for (size_t i = 0; i < na; i++) {
		bool in = false;
		for (size_t j = 0; j < nb && !in; j++)
			in = dnsv_same(type, a[i], DNSV_API, b[j], DNSV_API, NULL);
		if (!in)
			return false;
	}
	return true;
}

static int update(struct ctx *ctx, const struct rrkey *k, struct family *f, long ttl)
{
	const char *const *want = (const char *const *)f->want.v;
	int rc = rrset_get(ctx, k->zone, k->name, f->type, &f->cur, &f->found, NULL);
	if (rc)
		return rc;
	f->changed = !f->found || f->cur.ttl != ttl ||
		     !all_in(f->type, f->cur.values, f->cur.nvalues, f->want.v, f->want.n) ||
		     !all_in(f->type, f->want.v, f->want.n, f->cur.values, f->cur.nvalues);
	if (f->changed && !ctx->dry_run)
		rc = rrset_put(ctx, k->zone, k->name, f->type, ttl, want, f->want.n);
	return rc;
}

static void report(struct ctx *ctx, const struct rrkey *k, struct family *const *fams,
		   size_t n, long ttl)
{
	bool any = false;
	for (size_t i = 0; i < n; i++)
		any = any || fams[i]->changed;
	if (ctx->json) {
		struct jv *o = jv_object(), *recs = jv_array();
		jv_set_str(o, "domain", k->zone);
		jv_set_str(o, "name", k->name);
		jv_set_bool(o, "changed", any);
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		for (size_t i = 0; i < n; i++) {
			struct family *f = fams[i];
			struct jv *r = jv_object();
			jv_set_str(r, "type", f->type);
			jv_set(r, "values", jv_strv((const char *const *)f->want.v, f->want.n));
			jv_set_int(r, "ttl", ttl);
			jv_set_bool(r, "changed", f->changed);
			jv_set(r, "previous", f->found ? jv_strv((const char *const *)f->cur.values,
							       f->cur.nvalues)
						       : jv_null());
			if (f->found)
				jv_set_int(r, "previous_ttl", f->cur.ttl);
			jv_push(recs, r);
		}
		jv_set(o, "records", recs);
		out_ok(ctx, o);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		struct family *f = fams[i];
		char *now = wait_values_text(f->type, k->zone, (const char *const *)f->want.v,
					     f->want.n);
		char *was = f->found ? wait_values_text(f->type, k->zone,
							(const char *const *)f->cur.values,
							f->cur.nvalues)
				     : NULL;
		if (!f->changed)
			note(ctx, "unchanged: %s %s in %s: %s (TTL %ld)", f->type, k->name, k->zone,
				 now, ttl);
		else if (f->found)
			note(ctx, "%s: %s %s in %s: %s (TTL %ld), was %s (TTL %lld)",
				 ctx->dry_run ? "would change" : "changed", f->type, k->name, k->zone,
				 now, ttl, was, f->cur.ttl);
		else
			note(ctx, "%s: %s %s in %s: %s (TTL %ld), a new RRset",
				 ctx->dry_run ? "would change" : "changed", f->type, k->name, k->zone,
				 now, ttl);
		free(now);
		free(was);
	}
}

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct family fam[2] = {{.type = "A"}, {.type = "AAAA"}}, *todo[2];
	struct strlist v4 = {0}, v6 = {0};
	const char *const *ips = NULL;
	const char *iface = arg_value(a, "from-interface");
	size_t nips = arg_values(a, "ip", &ips), n = 0;
	long ttl = DDNS_TTL;
	int rc = rrkey_parse(ctx, a->argv[0], NULL, a->argv[1], &k);
	if (rc)
		return rc;
	if (arg_value(a, "ttl") && (rc = ttl_check(ctx, arg_value(a, "ttl"), &ttl)))
		goto out;
	if (!nips == !iface) {
		rc = usage_error(ctx, "'gandi ddns' needs %s", nips ? "--ip or --from-interface, not "
					"both" : "the addresses: --ip ADDR or --from-interface IFACE");
		error_detail(ctx, "usage: gandi ddns DOMAIN NAME --ip ADDR [--ip ADDR...]\n"
			     "       gandi ddns DOMAIN NAME --from-interface IFACE\n");
		goto out;
	}
	for (size_t i = 0; i < nips && !rc; i++)
		rc = add_ip(ctx, ips[i], &fam[0], &fam[1]);
	if (!rc && iface && !(rc = ifaddr_global(ctx, iface, &v4, &v6))) {
		rc = add_list(ctx, &v4, &fam[0], &fam[1]);
		if (!rc)
			rc = add_list(ctx, &v6, &fam[0], &fam[1]);
	}
	if (rc)
		goto out;
	for (size_t i = 0; i < 2; i++)
		if (fam[i].want.n)
			todo[n++] = &fam[i];
	for (size_t i = 0; i < n && !rc; i++)
		rc = update(ctx, &k, todo[i], ttl);
	if (rc)
		goto out;
	report(ctx, &k, todo, n, ttl);
out:
	for (size_t i = 0; i < 2; i++) {
		strlist_free(&fam[i].want);
		rrset_free(&fam[i].cur);
	}
	strlist_free(&v4);
	strlist_free(&v6);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_ddns = {
	.noun = "ddns",
	.args = "DOMAIN NAME",
	.summary = "point NAME's A and AAAA records at this machine's addresses (TTL 300)",
	.description =
		"The addresses come from --ip (repeatable) or --from-interface IFACE (its\n"
		"addresses of global scope; IPv6 temporary, deprecated and tentative ones are\n"
		"left out). Each family given gets its RRset replaced, values and TTL, only\n"
		"when it differs (addresses compared by value: 2001:db8::1 is 2001:0db8:0::1);\n"
		"a family not given is left as it is. It prints changed or unchanged for each\n"
		"RRset and exits 0 either way, so that it can run every minute from cron or a\n"
		"systemd timer (examples: gandi-ddns.service and gandi-ddns.timer in the\n"
		"documentation). NAME is @ for the domain itself.",
	.examples = "gandi ddns example.com home\n"
		    "gandi ddns example.com home --ip 192.0.2.7",
	.opts = opts,
	.min_args = 2,
	.max_args = 2,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
