#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "cmd.h"
#include "config/credential.h"
#include "gandi/tokens.h"
#include "error.h"
#include "expiry.h"
#include "output/output.h"
#include "config/secret.h"
#include "util.h"

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	struct tokeninfo ti = {0};
	struct jv *raw = NULL;
	if (secret_is_apikey(ctx->token)) {
		error_set(ctx, EXIT_ERROR, "apikey", "this is a legacy API key: Gandi's tokeninfo "
			  "describes Personal Access Tokens only");
		error_detail(ctx, "hint: Gandi deprecated API keys in 2023; create a Personal Access "
				  "Token (gandi doctor shows how)\n");
		return EXIT_ERROR;
	}
	int rc = token_info(ctx, &ti, &raw);
	if (rc)
		goto out;
	time_t expires_at = ti.has_expiry ? time(NULL) + (time_t)ti.expires_in : 0;
	expiry_remember(ctx, expires_at);
	if (ctx->json) {
		out_json(ctx, raw);
		goto out;
	}
	struct buf scopes = {0}, ents = {0};
	for (size_t i = 0; i < ti.nscopes; i++)
		buf_printf(&scopes, "%s%s", i ? " " : "", ti.scopes[i]);
	for (size_t i = 0; i < ti.nentities; i++)
		buf_printf(&ents, "%s%s%s%s%s%s", i ? ", " : "",
			   ti.entities[i].name ? ti.entities[i].name : ti.entities[i].id,
			   ti.entities[i].type ? " (" : "", ti.entities[i].type ? ti.entities[i].type : "",
			   ti.entities[i].type ? ")" : "", "");
	char date[21] = "-";
	char *span = NULL;
	if (ti.has_expiry) {
		format_datetime(expires_at, date);
		span = format_span(ti.expires_in);
	}
	out_line(ctx, "name      %s", ti.name ? ti.name : "-");
	struct buf where = {0};
	out_line(ctx, "token     %s (from %s)", secret_masked(ctx->token),
		 cred_where(creds_used(ctx), &where));
	buf_free(&where);
	out_line(ctx, "scopes    %s", scopes.len ? scopes.data : "-");
	out_line(ctx, "entities  %s", ents.len ? ents.data : "-");
	if (ti.has_expiry)
		out_line(ctx, "expires   %s (%s %s)", date, ti.expires_in > 0 ? "in" : "expired",
			 span);
	else
		out_line(ctx, "expires   -");
	free(span);
	buf_free(&scopes);
	buf_free(&ents);
out:
	tokeninfo_free(&ti);
	jv_free(raw);
	return rc;
}

const struct cmd cmd_token_info = {
	.noun = "token",
	.verb = "info",
	.args = "",
	.summary = "show what Gandi says of the token: name, scopes, entities, expiry",
	.examples = "gandi token info\n"
		    "gandi token info --json --jq .scopes",
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET,
	.exec = run,
};
