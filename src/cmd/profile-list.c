/*
 * gandi profile list: each [profiles.NAME] of the config file with the token
 * it gives (masked, or api_key_command, never run here), its API URL and
 * sharing id, and which one is active and why.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "config/config.h"
#include "error.h"
#include "output/output.h"
#include "profile-view.h"

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	int rc = profile_config_error(ctx);
	if (rc)
		return rc;
	const char **names = config_profiles(ctx->config);
	const char *headers[] = {"NAME", "ACTIVE", "TOKEN", "API URL", "SHARING ID"};
	struct table *t = ctx->json ? NULL : table_new(ctx, 5, headers);
	struct jv *arr = ctx->json ? jv_array() : NULL;
	for (size_t i = 0; names[i]; i++) {
		const char *by = profile_active_by(ctx, names[i]);
		struct profile_token tok;
		profile_token(ctx, names[i], &tok);
		char *token = profile_token_text(&tok);
		struct profile_value url, sid;
		profile_value(ctx, names[i], "api_url", &url);
		profile_value(ctx, names[i], "sharing_id", &sid);
		if (arr) {
			struct jv *o = jv_object();
			jv_set_str(o, "name", names[i]);
			jv_set_bool(o, "active", by != NULL);
			jv_set_str(o, "active_by", by);
			jv_set_str(o, "token", tok.masked);
			jv_set_str(o, "token_source", tok.kind);
			jv_set_bool(o, "token_from_top_level", tok.top_level);
			jv_set_str(o, "api_url", url.value);
			jv_set_str(o, "sharing_id", sid.value);
			jv_push(arr, o);
		} else {
			const char *row[] = {names[i], by ? by : "-", token, url.value,
					     sid.value ? sid.value : "-"};
			table_add(t, row);
		}
		free(token);
		profile_token_free(&tok);
		profile_value_free(&url);
		profile_value_free(&sid);
	}
	if (arr) {
		out_json(ctx, arr);
		jv_free(arr);
	} else {
		table_print(t);
		if (!ctx->quiet && !ctx->plain) {
			if (!names[0])
				fprintf(stderr, "no profiles in %s; make one with: gandi auth login "
						"--profile NAME\n", ctx->config_path);
			else if (!ctx->profile.value)
				fprintf(stderr, "active: none (the file's top-level keys); choose one "
						"with: gandi profile use NAME\n");
			profile_env_note(ctx);
		}
	}
	free(names);
	return 0;
}

const struct cmd cmd_profile_list = {
	.noun = "profile",
	.verb = "list",
	.args = "",
	.summary = "the profiles of the config file, and which one is active",
	.description = "One row per [profiles.NAME]: which one is active and why (--profile,\n"
		       "GANDI_PROFILE, default_profile), the token it gives (masked; a profile\n"
		       "without one uses the top level's), its API URL and sharing id. Variables\n"
		       "that override the file are named on stderr. api_key_command is not run.",
	.examples = "gandi profile list",
	.max_args = 0,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
