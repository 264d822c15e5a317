/*
 * gandi profile use NAME: make NAME the default profile (default_profile in
 * the config file, written by config_edit: atomically, keeping comments).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "config/config.h"
#include "error.h"
#include "output/output.h"
#include "profile-view.h"

static int run(struct ctx *ctx, struct args *a)
{
	const char *name = a->argv[0];
	int rc = profile_config_error(ctx);
	if (rc || (rc = profile_check(ctx, name)))
		return rc;
	error_clear(&ctx->err);
	if ((rc = config_edit(ctx, NULL, "default_profile", name)))
		return rc;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "default_profile", name);
		jv_set_str(o, "file", ctx->config_path);
		out_ok(ctx, o);
	} else {
		out_line(ctx, "default profile: %s (in %s)", name, ctx->config_path);
	}
	const char *env = getenv("GANDI_PROFILE");
	if (env && *env && strcmp(env, name) != 0)
		warn(ctx, "GANDI_PROFILE=%s is set, and comes before default_profile", env);
	return 0;
}

const struct cmd cmd_profile_use = {
	.noun = "profile",
	.verb = "use",
	.args = "PROFILE",
	.summary = "make a profile the default one (default_profile)",
	.description = "Writes default_profile = \"NAME\" in the config file. --profile and\n"
		       "GANDI_PROFILE still come before it; 'gandi config unset default_profile'\n"
		       "goes back to the top-level keys.",
	.examples = "gandi profile use work",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
