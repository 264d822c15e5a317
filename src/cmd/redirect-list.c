#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "gandi/webredirs.h"
#include "output/output.h"

/* The listing being built: table rows, or the redirections as Gandi sent them. */
struct listing {
	struct table *table;
	struct jv_list *json;
};

static int add_redirect(void *arg, struct webredir *w, const struct jv_text *raw)
{
	struct listing *l = arg;
	if (l->json) {
		jv_list_add_text(l->json, raw);
	} else {
		const char *row[] = {w->host, w->type, w->protocol, w->url};
		table_add(l->table, row);
	}
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"SOURCE", "TYPE", "PROTOCOL", "URL"};
	struct listing l = {0};
	char *zone = NULL;
	int rc = domain_check(ctx, a->argv[0], &zone);
	if (rc)
		return rc;
	if (ctx->json)
		l.json = jv_list_new();
	else
		l.table = table_new(ctx, 4, headers);
	rc = webredirs_each(ctx, zone, add_redirect, &l);
	if (rc) {
		jv_list_free(l.json);
		table_free(l.table);
	} else if (l.json) {
		jv_list_print(ctx, l.json);
	} else {
		table_empty(l.table, "%s has no web redirections", zone);
		table_print(l.table);
	}
	free(zone);
	return rc;
}

const struct cmd cmd_redirect_list = {
	.noun = "redirect",
	.verb = "list",
	.args = "DOMAIN",
	.summary = "list a domain's web redirections (every page)",
	.examples = "gandi redirect list example.com\n"
		    "gandi redirect ls example.com --json",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
