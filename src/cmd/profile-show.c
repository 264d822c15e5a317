/*
 * gandi profile show [NAME]: one profile (the active one by default) as the
 * config file gives it: each setting from its table, else the top level,
 * else the default; the token masked, api_key_command never run.
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
	int rc = profile_config_error(ctx);
	const char *name = a->argc ? a->argv[0] : ctx->profile.value;
	if (rc || (name && (rc = profile_check(ctx, name))))
		return rc;
	const char *by = profile_active_by(ctx, name);
	const char *headers[] = {"KEY", "VALUE", "FROM"};
	struct table *t = ctx->json ? NULL : table_new(ctx, 3, headers);
	struct jv *arr = ctx->json ? jv_array() : NULL;
	struct profile_token tok;
	profile_token(ctx, name, &tok);
	for (const struct setting_def *d = setting_defs; d->key; d++) {
		if (!d->in_profile)
			continue;
		struct profile_value v;
		profile_value(ctx, name, d->key, &v);
		bool token_key = strcmp(d->key, "api_key") == 0 || strcmp(d->key, "api_key_command") == 0;
		if (token_key && (!tok.kind || strcmp(tok.kind, d->key) != 0)) {
			/* the other one gives the token: this one, if set, is not used */
			profile_value_free(&v);
			v.source = "unset";
		} else if (token_key) {
			v.source = tok.top_level ? "file" : "profile";
		}
		const char *from = strcmp(v.source, "profile") == 0 ? "profile"
				   : strcmp(v.source, "file") == 0  ? "top level"
								    : v.source;
		if (arr) {
			struct jv *o = jv_object();
			jv_set_str(o, "key", d->key);
			jv_set_str(o, "value", v.value);
			jv_set_str(o, "source", v.source);
			jv_push(arr, o);
		} else {
			const char *row[] = {d->key, v.value ? v.value : "-", from};
			table_add(t, row);
		}
		profile_value_free(&v);
	}
	profile_token_free(&tok);
	if (arr) {
		struct jv *o = jv_object();
		jv_set_str(o, "name", name);
		jv_set_bool(o, "active", by != NULL || (!name && !ctx->profile.value));
		jv_set_str(o, "active_by", by);
		jv_set_str(o, "file", ctx->config_path);
		jv_set(o, "settings", arr);
		out_json(ctx, o);
		jv_free(o);
		return 0;
	}
	if (!ctx->quiet && !ctx->plain) {
		if (name)
			fprintf(stderr, "profile: %s (%s%s%s), in %s\n", name, by ? "active, by " : "",
				by ? by : "not active", "", ctx->config_path);
		else
			fprintf(stderr, "no profile is active: the top-level keys of %s\n",
				ctx->config_path);
	}
	table_print(t);
	profile_env_note(ctx);
	return 0;
}

const struct cmd cmd_profile_show = {
	.noun = "profile",
	.verb = "show",
	.args = "[PROFILE]",
	.summary = "the settings a profile gives (the active one by default)",
	.description = "Each setting a profile may hold, with where its value comes from: the\n"
		       "profile's table, the top level, or the default. The token is masked, and\n"
		       "api_key_command is shown, not run. Variables that override the file are\n"
		       "named on stderr ('gandi config list' shows the values in effect).",
	.examples = "gandi profile show\n"
		    "gandi profile show work",
	.max_args = 1,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
