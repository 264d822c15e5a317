#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "error.h"
#include "config-show.h"
#include "config/config.h"
#include "output/output.h"

static const char *where(const struct shown *s, char *buf, size_t n)
{
	if (s->origin && strcmp(s->source, "flag") != 0)
		snprintf(buf, n, "%s (%s)", s->source, s->origin);
	else
		snprintf(buf, n, "%s", s->source);
	return buf;
}

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	if (ctx->config && ctx->config->load_error) {
		/* its defaults are not what any other command would use: say why */
		int rc = error_set(ctx, ctx->config->load_code ? ctx->config->load_code : EXIT_USAGE,
				   "config", "%s", ctx->config->load_error);
		if (ctx->config->load_detail)
			error_detail(ctx, "%s", ctx->config->load_detail);
		error_detail(ctx, "no command uses the file's settings until it is fixed\n");
		return rc;
	}
	const char *headers[] = {"KEY", "VALUE", "SOURCE"};
	struct table *t = ctx->json ? NULL : table_new(ctx, 3, headers);
	struct jv *arr = ctx->json ? jv_array() : NULL;
	char src[1200];

	for (const struct setting_def *d = setting_defs; d->key; d++) {
		struct shown s;
		config_show(ctx, d->key, &s);
		if (arr) {
			jv_push(arr, shown_json(&s));
		} else {
			const char *row[] = {s.key, s.value ? s.value : "-",
					     where(&s, src, sizeof(src))};
			table_add(t, row);
		}
		shown_free(&s);
	}
	const char *psrc = !ctx->profile.value            ? "unset"
			   : ctx->profile.src == SRC_FLAG ? "flag"
			   : ctx->profile.src == SRC_ENV  ? "env"
							  : "file";
	if (arr) {
		struct jv *p = jv_object(), *o = jv_object();
		jv_set_str(p, "key", "profile");
		jv_set_str(p, "value", ctx->profile.value);
		jv_set_str(p, "source", psrc);
		jv_set_str(p, "origin", ctx->profile.origin);
		jv_push(arr, p);
		jv_set_str(o, "config_path", ctx->config_path);
		jv_set(o, "settings", arr);
		out_json(ctx, o);
		jv_free(o);
		return 0;
	}
	snprintf(src, sizeof(src), "%s%s%s%s", psrc,
		 ctx->profile.origin && ctx->profile.src != SRC_FLAG ? " (" : "",
		 ctx->profile.origin && ctx->profile.src != SRC_FLAG ? ctx->profile.origin : "",
		 ctx->profile.origin && ctx->profile.src != SRC_FLAG ? ")" : "");
	const char *prow[] = {"profile", ctx->profile.value ? ctx->profile.value : "-", src};
	table_add(t, prow);
	table_print(t);
	if (!ctx->quiet && !ctx->plain)
		fprintf(stderr, "config file: %s%s\nprecedence: flag, then variable, then profile, "
				"then top-level keys, then defaults\n",
			ctx->config_path,
			ctx->config && ctx->config->exists ? "" : " (does not exist yet)");
	return 0;
}

const struct cmd cmd_config_list = {
	.noun = "config",
	.verb = "list",
	.args = "",
	.summary = "show every effective setting and where it comes from",
	.description = "Precedence, highest first: command-line flag, environment variable,\n"
		       "the active profile's table, the file's top-level keys, the default.\n"
		       "The token is shown masked to its last 4 characters.",
	.max_args = 0,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
