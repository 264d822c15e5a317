#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "gandi/axfr.h"
#include "output/output.h"

struct listing {
	struct table *table;
	struct jv_list *json;
};

static int add_key(void *arg, const struct tsig_key *k, const struct jv *raw)
{
	struct listing *l = arg;
	if (l->json) {
		jv_list_add(l->json, raw);
	} else {
		const char *row[] = {k->id, k->key_name ? k->key_name : "-"};
		table_add(l->table, row);
	}
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"ID", "KEY NAME"};
	struct listing l = {0};
	char *fqdn = NULL;
	int rc = a->argc ? domain_check(ctx, a->argv[0], &fqdn) : 0;
	if (rc)
		return rc;
	if (ctx->json)
		l.json = jv_list_new();
	else
		l.table = table_new(ctx, 2, headers);
	rc = fqdn ? zone_tsig_each(ctx, fqdn, add_key, &l) : tsig_keys_each(ctx, add_key, &l);
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

const struct cmd cmd_dns_axfr_tsig_list = {
	.noun = "dns",
	.verb = "axfr tsig list",
	.args = "[DOMAIN]",
	.summary = "list the TSIG keys of the organization, or those a zone's secondaries use",
	.description = "A TSIG key signs the zone transfers (AXFR) a secondary server asks for.\n"
		       "Their secrets are not shown (nor in --json): gandi dns axfr tsig show ID.\n"
		       "The organization is the token's, or the one --sharing-id names.\n"
		       "\n"
		       "Examples:\n"
		       "gandi dns axfr tsig list\n"
		       "gandi dns axfr tsig list example.com",
	.examples = "gandi dns axfr tsig list\n"
		    "gandi dns axfr tsig list example.com",
	.min_args = 0,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
