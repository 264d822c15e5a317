#include "profile-view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/config.h"
#include "config/credential.h"
#include "config/secret.h"
#include "error.h"
#include "xalloc.h"

const char *profile_active_by(const struct ctx *ctx, const char *name)
{
	if (!ctx->profile.value || !name || strcmp(ctx->profile.value, name) != 0)
		return NULL;
	return ctx->profile.src == SRC_FLAG  ? "--profile"
	       : ctx->profile.src == SRC_ENV ? "GANDI_PROFILE"
					     : "default_profile";
}

static char *kv_text(const struct toml_kv *kv, const char *key)
{
	const struct toml_value *v = kv->value;
	if (strcmp(key, "api_key") == 0) {
		if (v->type != TOML_STRING)
			return NULL;
		struct secret *s = secret_new(v->u.s.ptr, v->u.s.len, SRC_FILE, NULL);
		char *m = s ? xstrdup(secret_masked(s)) : NULL;
		secret_free(s);
		return m;
	}
	switch (v->type) {
	case TOML_STRING:
		return xstrdup(v->u.s.ptr);
	case TOML_INTEGER:
		return xasprintf("%lld", (long long)v->u.i);
	case TOML_FLOAT:
		return xasprintf("%g", v->u.f);
	default:
		return NULL;
	}
}

void profile_value(const struct ctx *ctx, const char *profile, const char *key,
		   struct profile_value *out)
{
	const struct setting_def *d = setting_find(key);
	const struct toml_kv *kv = profile ? config_lookup(ctx->config, profile, key) : NULL;
	out->value = NULL;
	out->source = "unset";
	if (kv && (out->value = kv_text(kv, key))) {
		out->source = "profile";
	} else if ((kv = config_lookup(ctx->config, NULL, key)) && (out->value = kv_text(kv, key))) {
		out->source = "file";
	} else if (d && d->def) {
		out->value = xstrdup(d->def);
		out->source = "default";
	}
}

void profile_value_free(struct profile_value *v)
{
	free(v->value);
	v->value = NULL;
}

void profile_token(const struct ctx *ctx, const char *profile, struct profile_token *out)
{
	const char *tables[2] = {profile, NULL};
	memset(out, 0, sizeof(*out));
	for (size_t i = profile ? 0 : 1; i < 2 && !out->kind; i++) {
		out->top_level = profile && !tables[i];
		const struct toml_kv *kv = config_lookup(ctx->config, tables[i], "api_key_command");
		if (kv && kv->value->type == TOML_STRING) {
			out->kind = "api_key_command";
		} else if ((kv = config_lookup(ctx->config, tables[i], "api_key")) &&
			   (out->masked = kv_text(kv, "api_key"))) {
			out->kind = "api_key";
		}
	}
	if (!out->kind)
		out->top_level = false;
}

char *profile_token_text(const struct profile_token *t)
{
	if (!t->kind)
		return xstrdup("-");
	return xasprintf("%s%s", t->masked ? t->masked : t->kind, t->top_level ? " (top level)" : "");
}

void profile_token_free(struct profile_token *t)
{
	free(t->masked);
	memset(t, 0, sizeof(*t));
}

void profile_env_note(const struct ctx *ctx)
{
	struct buf names = {0};
	if (ctx->quiet)
		return;
	for (size_t i = 0; ctx->creds && i < ctx->creds->n; i++) {
		const struct cred *c = &ctx->creds->v[i];
		if (c->src == SRC_ENV)
			buf_printf(&names, "%s%s", names.len ? ", " : "", c->kind == CRED_SYSTEMD
									 ? "$CREDENTIALS_DIRECTORY"
									 : c->name);
	}
	bool tokens = names.len > 0;
	for (const struct setting_def *d = setting_defs; d->key; d++) {
		const char *v = d->env && strcmp(d->key, "api_key") != 0 ? getenv(d->env) : NULL;
		if (v && *v)
			buf_printf(&names, "%s%s", names.len ? ", " : "", d->env);
	}
	if (names.len)
		fprintf(stderr, "note: set in the environment, and used instead of the file's "
				"values: %s%s\n", buf_str(&names),
			tokens ? " (a token variable is not used for a profile named with "
				 "--profile)" : "");
	buf_free(&names);
}

int profile_check(struct ctx *ctx, const char *name)
{
	const char **names = config_profiles(ctx->config);
	int rc = 0;
	bool found = false;
	for (size_t i = 0; names[i]; i++)
		found |= strcmp(names[i], name) == 0;
	if (!found) {
		rc = usage_error(ctx, "profile '%s' is not defined in '%s'", name, ctx->config_path);
		if (names[0]) {
			struct buf list = {0};
			for (size_t i = 0; names[i]; i++)
				buf_printf(&list, "%s%s", i ? ", " : "", names[i]);
			error_detail(ctx, "profiles defined there: %s\n", buf_str(&list));
			buf_free(&list);
		}
		error_detail(ctx, "hint: make it with: gandi auth login --profile %s\n", name);
	}
	free(names);
	return rc;
}

int profile_config_error(struct ctx *ctx)
{
	if (!ctx->config || !ctx->config->load_error)
		return 0;
	int rc = error_set(ctx, ctx->config->load_code ? ctx->config->load_code : EXIT_USAGE,
			   "config", "%s", ctx->config->load_error);
	if (ctx->config->load_detail)
		error_detail(ctx, "%s", ctx->config->load_detail);
	return rc;
}
