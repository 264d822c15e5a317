#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "cmd.h"
#include "dns/record.h"
#include "dns/value.h"
#include "error.h"
#include "gandi/dnssec.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"algorithm", 0, "N", "the key's algorithm (13: ECDSAP256SHA256)", "8 13 14 15 16"},
	{"type", 0, "ksk|zsk", "a key-signing key (ksk) or a zone-signing key (zsk)", "ksk zsk"},
	{"public-key", 0, "BASE64", "the public key, in base64", NULL},
	OPT_DRY_RUN("check the key and stop: nothing that writes is sent"),
	{0},
};

/* The DNSKEY the arguments give: a record or its rdata, or the three options. */
static int key_of(struct ctx *ctx, const char *fqdn, struct args *a, struct dnsv_dnskey *k)
{
	const char *alg = arg_value(a, "algorithm"), *type = arg_value(a, "type");
	const char *pub = arg_value(a, "public-key");
	struct buf text = {0};
	struct dnsv_dnskey parsed;
	struct dnsv_error err;
	int rc = 0;
	memset(k, 0, sizeof(*k));
	if ((alg || type || pub) && a->argc > 1) {
		rc = usage_error(ctx, "give the key as a DNSKEY or with --algorithm, --type and "
				      "--public-key, not both");
	} else if (alg || type || pub) {
		if (!alg || !type || !pub)
			rc = usage_error(ctx, "--algorithm, --type and --public-key go together: "
					      "missing --%s", !alg ? "algorithm" : !type ? "type"
										 : "public-key");
		else if (strcasecmp(type, "ksk") != 0 && strcasecmp(type, "zsk") != 0)
			rc = usage_error(ctx, "--type takes ksk or zsk, not '%s'", type);
		else
			buf_printf(&text, "%s 3 %s %s", strcasecmp(type, "ksk") == 0 ? "257" : "256",
				   alg, pub);
	} else if (a->argc < 2) {
		rc = usage_error(ctx, "'gandi domain dnskeys add' needs the key: a DNSKEY, or "
				      "--algorithm, --type and --public-key");
		error_detail(ctx, "usage: gandi domain dnskeys add %s '%s. IN DNSKEY 257 3 13 "
				  "BASE64...'\n", fqdn, fqdn);
	} else {
		for (int i = 1; i < a->argc; i++)
			buf_printf(&text, "%s%s", i > 1 ? " " : "", a->argv[i]);
	}
	if (!rc && dnsv_dnskey(buf_str(&text), &parsed, &err) != 0) {
		rc = usage_error(ctx, "%s", err.msg);
		if (err.hint[0])
			error_detail(ctx, "hint: %s\n", err.hint);
	} else if (!rc) {
		*k = parsed;
		char *owner = k->owner ? zone_name(k->owner) : NULL;
		if (owner && strcmp(owner, fqdn) != 0)
			rc = usage_error(ctx, "the DNSKEY is %s's, not %s's", owner, fqdn);
		free(owner);
	}
	buf_free(&text);
	return rc;
}

struct lookup {
	const struct dnsv_dnskey *want;
	long long id;   /* of the same key at the registry, or 0 */
	long long tag;  /* its key tag there */
	char type[8];   /* and its type */
};

static int same_key(void *arg, struct dnskey *k, const struct jv *raw)
{
	struct lookup *l = arg;
	(void)raw;
	if (!k->public_key || k->algorithm != l->want->algorithm)
		return 0;
	/* compared by value: the base64 spelled one way */
	char *text = xasprintf("%u 3 %lld %s", l->want->flags, k->algorithm, k->public_key);
	struct dnsv_dnskey theirs;
	struct dnsv_error err;
	bool same = dnsv_dnskey(text, &theirs, &err) == 0
			    ? strcmp(theirs.public_key, l->want->public_key) == 0
			    : strcmp(k->public_key, l->want->public_key) == 0;
	if (same && !l->id) {
		l->id = k->id;
		l->tag = k->keytag;
		snprintf(l->type, sizeof(l->type), "%s", k->type ? k->type : "key");
	}
	dnsv_dnskey_free(&theirs);
	free(text);
	return 0;
}

static void report(struct ctx *ctx, const char *fqdn, const struct dnsv_dnskey *k,
		   const char *type, bool changed, const struct lookup *had)
{
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "type", type);
		jv_set_int(o, "algorithm", k->algorithm);
		jv_set_int(o, "keytag", k->tag);
		jv_set_str(o, "public_key", k->public_key);
		jv_set_bool(o, "changed", changed);
		if (ctx->dry_run)
			jv_set_bool(o, "dry_run", true);
		out_ok(ctx, o);
	} else if (!changed && had && had->id) {
		note(ctx, "the registry has this key of %s already (%lld, a %s, key tag %lld): "
			      "nothing to do", fqdn, had->id, had->type, had->tag);
	} else if (!changed) {
		note(ctx, "the registry has this key of %s already: nothing to do", fqdn);
	} else if (ctx->dry_run) {
		note(ctx, "dry run: would hand the %s (algorithm %u, key tag %u) to the registry "
			      "of %s: nothing was sent", type, k->algorithm, k->tag, fqdn);
	} else {
		note(ctx, "handing the %s (algorithm %u, key tag %u) to the registry of %s", type,
			 k->algorithm, k->tag, fqdn);
		note(ctx, "the registry does it in the background: 'gandi domain dnskeys list %s' "
			  "shows the key once it is there", fqdn);
	}
}

static int run(struct ctx *ctx, struct args *a)
{
	struct dnsv_dnskey k;
	char *fqdn = NULL;
	bool exists = false;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = key_of(ctx, fqdn, a, &k)))
		goto out;
	const char *type = k.flags == 257 ? "ksk" : "zsk";
	struct lookup l = {.want = &k};
	if ((rc = dnskeys_each(ctx, fqdn, same_key, &l)))
		goto out;
	if (l.id || ctx->dry_run) {
		report(ctx, fqdn, &k, type, !l.id, &l);
		goto out;
	}
	if ((rc = dnskey_add(ctx, fqdn, (long)k.algorithm, type, k.public_key, &exists)))
		goto out;
	report(ctx, fqdn, &k, type, !exists, NULL);
out:
	dnsv_dnskey_free(&k);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_dnskeys_add = {
	.noun = "domain",
	.verb = "dnskeys add",
	.args = "DOMAIN DNSKEY...",
	.summary = "hand a DNSSEC key to the registry, which publishes its DS",
	.description = "The key is a DNSKEY record as dig or dnssec-keygen print it (the owner, TTL\n"
		       "and class may be left out), or --algorithm, --type and --public-key. It\n"
		       "is checked first (flags 257 or 256, protocol 3, the key's size for its\n"
		       "algorithm); a key the registry has already is not sent again. For a\n"
		       "zone LiveDNS signs, 'gandi dns dnssec enable' does this by itself.\n"
		       "\n"
		       "Examples:\n"
		       "gandi domain dnskeys add example.com \"$(cat Kexample.com.+013+12345.key)\"\n"
		       "gandi domain dnskeys add example.com 257 3 13 mdsswUyr3DPW...\n"
		       "gandi domain dnskeys add example.com --type ksk --algorithm 13 --public-key KEY",
	.examples = "gandi domain dnskeys add example.com \"257 3 13 BASE64KEY...\"",
	.opts = opts,
	.min_args = 1,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_DRY_RUN,
	.scope = "domain:tech",
	.exec = run,
};
