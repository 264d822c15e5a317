#include <stdlib.h>

#include "cmd.h"
#include "gandi/orgs.h"
#include "output/output.h"

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	struct org_list orgs;
	int rc = orgs_list(ctx, &orgs);
	if (rc)
		return rc;
	if (ctx->json) {
		out_json(ctx, orgs.raw);
	} else {
		static const char *headers[] = {"ID", "NAME", "TYPE"};
		struct table *t = table_new(ctx, 3, headers);
		for (size_t i = 0; i < orgs.len; i++) {
			const char *row[] = {orgs.items[i].id, orgs.items[i].name, orgs.items[i].type};
			table_add(t, row);
		}
		table_empty(t, "this token can see no organization");
		table_print(t);
	}
	org_list_free(&orgs);
	return 0;
}

const struct cmd cmd_org_list = {
	.noun = "org",
	.verb = "list",
	.args = "",
	.summary = "list the organizations this token can see (their id is a --sharing-id)",
	.examples = "gandi org list\n"
		    "gandi org ls --json --jq '.[].id'",
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "organization:view",
	.exec = run,
};
