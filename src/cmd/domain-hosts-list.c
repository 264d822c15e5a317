#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "gandi/hosts.h"
#include "output/output.h"

struct listing {
	struct table *table;
	struct jv_list *json;
};

static int add_host(void *arg, struct glue *g, const struct jv *raw)
{
	struct listing *l = arg;
	if (l->json) {
		jv_list_add(l->json, raw);
		return 0;
	}
	for (size_t i = 0; i < g->nips; i++) {
		const char *row[] = {g->name, g->ips[i]};
		table_add(l->table, row);
	}
	if (g->nips == 0) {
		const char *row[] = {g->name, "-"};
		table_add(l->table, row);
	}
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"NAME", "ADDRESS"};
	struct listing l = {0};
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (ctx->json)
		l.json = jv_list_new();
	else
		l.table = table_new(ctx, 2, headers);
	rc = glue_each(ctx, fqdn, add_host, &l);
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

const struct cmd cmd_domain_hosts_list = {
	.noun = "domain",
	.verb = "hosts list",
	.args = "DOMAIN",
	.summary = "list the domain's glue records (name servers inside it, with their addresses)",
	.description = "One row per address, as the registry holds it. A glue record lets a\n"
		       "domain use a name server named inside it (ns1.example.net for\n"
		       "example.net): the registry publishes its addresses with the delegation.\n"
		       "\n"
		       "Example: gandi domain hosts list example.net",
	.examples = "gandi domain hosts list example.com",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:view",
	.exec = run,
};
