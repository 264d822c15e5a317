#include <stdlib.h>

#include "cmd.h"
#include "gandi/decode.h"
#include "gandi/orgs.h"
#include "output/output.h"

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	json_t *orgs = NULL;
	int rc = orgs_read(ctx, false, &orgs);
	if (rc)
		return rc;
	if (ctx->json) {
		out_json(ctx, orgs);
		json_decref(orgs);
		return 0;
	}
	static const char *headers[] = {"ID", "NAME", "TYPE"};
	struct table *t = table_new(ctx, 3, headers);
	for (size_t i = 0; i < json_array_size(orgs); i++) {
		struct decoder d = {.what = "organization"};
		const json_t *o = json_array_get(orgs, i);
		const char *row[] = {dec_str(&d, o, "id", false), dec_str(&d, o, "name", false),
				     dec_str(&d, o, "type", false)};
		table_add(t, row);
		decoder_free(&d);
	}
	table_print(t);
	json_decref(orgs);
	return 0;
}

const struct cmd cmd_org_list = {
	.noun = "org",
	.verb = "list",
	.args = "",
	.summary = "list the organizations this token can see (their id is a --sharing-id)",
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "organization:view",
	.exec = run,
};
