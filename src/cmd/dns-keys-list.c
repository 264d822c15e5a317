#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "dnssec-show.h"
#include "gandi/dnssec.h"
#include "output/output.h"

struct listing {
	struct table *table;
	struct jv_list *json;
};

static const struct opt opts[] = {
	OPT_FQDN_ZONE,
	{0},
};

static int add_key(void *arg, struct zone_key *k, const struct jv *raw)
{
	struct listing *l = arg;
	char tag[24] = "-", alg[64];
	if (l->json) {
		jv_list_add(l->json, raw);
		return 0;
	}
	if (k->tag >= 0)
		snprintf(tag, sizeof(tag), "%lld", k->tag);
	snprintf(alg, sizeof(alg), "%lld%s%s", k->algorithm, k->algorithm_name ? " " : "",
		 k->algorithm_name ? k->algorithm_name : "");
	const char *row[] = {k->id, zone_key_kind(k), tag, alg, zone_key_state(k)};
	table_add(l->table, row);
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"ID", "TYPE", "TAG", "ALGORITHM", "STATE"};
	struct listing l = {0};
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (ctx->json)
		l.json = jv_list_new();
	else
		l.table = table_new(ctx, 5, headers);
	rc = zone_keys_each(ctx, fqdn, add_key, &l);
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

const struct cmd cmd_dns_keys_list = {
	.noun = "dns",
	.verb = "keys list",
	.args = "DOMAIN",
	.summary = "list the keys LiveDNS signs the zone with (deleted ones too)",
	.description = "A KSK (key-signing key, flags 257) is the one whose DS the parent\n"
		       "publishes; a ZSK (256) signs the records. A deleted key signs nothing\n"
		       "and can be brought back (gandi dns keys restore). The DS line of a key:\n"
		       "gandi dns keys show DOMAIN ID.\n"
		       "\n"
		       "Example: gandi dns keys list example.com",
	.examples = "gandi dns keys list example.com\n"
		    "gandi dns keys ls example.com --json",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
