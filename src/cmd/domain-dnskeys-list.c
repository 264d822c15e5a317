#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "gandi/dnssec.h"
#include "output/output.h"

struct listing {
	struct table *table;
	struct jv_list *json;
};

static int add_key(void *arg, struct dnskey *k, const struct jv *raw)
{
	struct listing *l = arg;
	char id[24], tag[24] = "-", alg[24], digest[160];
	if (l->json) {
		jv_list_add(l->json, raw);
		return 0;
	}
	snprintf(id, sizeof(id), "%lld", k->id);
	if (k->keytag >= 0)
		snprintf(tag, sizeof(tag), "%lld", k->keytag);
	snprintf(alg, sizeof(alg), "%lld", k->algorithm);
	snprintf(digest, sizeof(digest), "%lld %s", k->digest_type, k->digest ? k->digest : "-");
	const char *row[] = {id, k->type ? k->type : "-", tag, alg, digest};
	table_add(l->table, row);
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"ID", "TYPE", "TAG", "ALGORITHM", "DIGEST"};
	struct listing l = {0};
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (ctx->json)
		l.json = jv_list_new();
	else
		l.table = table_new(ctx, 5, headers);
	rc = dnskeys_each(ctx, fqdn, add_key, &l);
	if (rc) {
		jv_list_free(l.json);
		table_free(l.table);
	} else if (l.json) {
		jv_list_print(ctx, l.json);
	} else {
		table_print(l.table);
	}
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_dnskeys_list = {
	.noun = "domain",
	.verb = "dnskeys list",
	.args = "DOMAIN",
	.summary = "list the DNSSEC keys the registry publishes DS records for",
	.description = "These are the registry's copies of the zone's key-signing keys: the TLD\n"
		       "publishes a DS (key tag, algorithm, digest type and digest) for each.\n"
		       "For a zone on LiveDNS, 'gandi dns dnssec enable' keeps them in step.\n"
		       "\n"
		       "Example: gandi domain dnskeys list example.com",
	.examples = "gandi domain dnskeys list example.com",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:view",
	.exec = run,
};
