#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "cmd.h"
#include "error.h"
#include "config-show.h"
#include "config/config.h"
#include "config/credential.h"
#include "output/output.h"

/* Every place that holds a token, the one used first, for --json. */
static struct jv *token_sources(const struct ctx *ctx)
{
	struct jv *arr = jv_array();
	struct buf b = {0};
	for (size_t i = 0; ctx->creds && i < ctx->creds->n; i++) {
		const struct cred *c = &ctx->creds->v[i];
		struct jv *o = jv_object();
		jv_set_str(o, "source", c->name);
		jv_set_str(o, "origin", cred_where(c, &b));
		jv_set_bool(o, "used", i == 0);
		jv_push(arr, o);
	}
	buf_free(&b);
	return arr;
}

/* "token: X; also set, not used: Y, Z" on stderr. */
static void token_line(const struct ctx *ctx)
{
	const struct cred *used = creds_used(ctx);
	struct buf b = {0}, line = {0};
	if (!used) {
		fprintf(stderr, "token: none found (gandi auth login saves one)\n");
		return;
	}
	buf_printf(&line, "token: %s", cred_phrase(used, &b));
	bool env_after = false;
	for (size_t i = 1; i < ctx->creds->n; i++) {
		const struct cred *c = &ctx->creds->v[i];
		env_after |= c->src == SRC_ENV;
		buf_printf(&line, "%s%s", i == 1 ? "; also set, not used: " : ", ",
			   cred_phrase(c, &b));
	}
	if (used->by_flag && env_after)
		buf_adds(&line, " (a profile named by --profile comes before the environment)");
	fprintf(stderr, "%s\n", buf_str(&line));
	buf_free(&b);
	buf_free(&line);
}

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
		if (s.problem)
			warn(ctx, "%s", s.problem);
		if (arr) {
			jv_push(arr, shown_json(&s));
		} else {
			const char *row[] = {s.key,
					     s.value      ? s.value
					     : s.not_run  ? "(api_key_command, not run)"
					     : s.problem  ? "(unreadable)"
							  : "-",
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
		jv_set(o, "token_sources", token_sources(ctx));
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
	if (!ctx->quiet && !ctx->plain) {
		fprintf(stderr, "config file: %s%s\nprecedence: flag, then variable, then profile, "
				"then top-level keys, then defaults\n",
			ctx->config_path,
			ctx->config && ctx->config->exists ? "" : " (does not exist yet)");
		token_line(ctx);
	}
	return 0;
}

const struct cmd cmd_config_list = {
	.noun = "config",
	.verb = "list",
	.args = "",
	.summary = "show every effective setting and where it comes from",
	.description = "Precedence, highest first: command-line flag, environment variable,\n"
		       "the active profile's table, the file's top-level keys, the default.\n"
		       "The token is shown masked to its last 4 characters, with where it comes\n"
		       "from and the other places that hold one (on stderr; with --json, in\n"
		       "token_sources). api_key_command is not run: 'gandi auth status' runs it.",
	.examples = "gandi config list\n"
		    "gandi config list --profile work --json",
	.max_args = 0,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
