#include "config-show.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/config.h"
#include "config/credential.h"
#include "error.h"
#include "config/secret.h"
#include "output/output.h"
#include "xalloc.h"

int config_show(struct ctx *ctx, const char *key, struct shown *s)
{
	memset(s, 0, sizeof(*s));
	s->key = key;
	s->source = "unset";
	if (!setting_find(key)) {
		struct buf keys = {0};
		for (const struct setting_def *d = setting_defs; d->key; d++)
			buf_printf(&keys, "%s%s", keys.len ? ", " : "", d->key);
		usage_error(ctx, "unknown setting '%s'", key);
		error_detail(ctx, "settings: %s\n", buf_str(&keys));
		buf_free(&keys);
		return EXIT_USAGE;
	}
	if (strcmp(key, "api_key") == 0) {
		/* never runs api_key_command: these commands need no token */
		int rc = creds_load(ctx, CREDS_NO_COMMAND);
		const struct cred *c = creds_used(ctx);
		if (rc) {
			s->problem = error_text(ctx);
			error_clear(&ctx->err);
		}
		if (c) {
			struct buf b = {0};
			s->source = source_name(c->src);
			s->origin = xstrdup(cred_where(c, &b));
			s->not_run = c->kind == CRED_COMMAND;
			buf_free(&b);
		}
		if (ctx->token)
			s->value = xstrdup(secret_masked(ctx->token));
		return 0;
	}
	if (strcmp(key, "api_key_command") == 0) {
		const char *tables[] = {ctx->profile.value, NULL};
		for (size_t i = ctx->profile.value ? 0 : 1; i < 2; i++) {
			const struct toml_kv *kv = config_lookup(ctx->config, tables[i], key);
			if (kv && kv->value->type == TOML_STRING) {
				s->value = xstrdup(kv->value->u.s.ptr);
				s->source = tables[i] ? "profile" : "file";
				s->origin = tables[i] ? xasprintf("%s [profiles.%s]", ctx->config_path,
								  tables[i])
						      : xstrdup(ctx->config_path);
				break;
			}
		}
		return 0;
	}
	if (strcmp(key, "default_profile") == 0) {
		const struct toml_kv *kv = config_lookup(ctx->config, NULL, key);
		if (kv && kv->value->type == TOML_STRING) {
			s->value = xstrdup(kv->value->u.s.ptr);
			s->source = "file";
			s->origin = xstrdup(ctx->config_path);
		}
		return 0;
	}
	const struct setting *st = config_setting(ctx, key);
	if (st && st->value) {
		s->value = xstrdup(st->value);
		s->source = source_name(st->src);
		s->origin = st->origin ? xstrdup(st->origin) : NULL;
	}
	return 0;
}

struct jv *shown_json(const struct shown *s)
{
	struct jv *o = jv_object();
	jv_set_str(o, "key", s->key);
	jv_set_str(o, "value", s->value);
	jv_set_str(o, "source", s->source);
	jv_set_str(o, "origin", s->origin);
	if (s->not_run)
		jv_set_bool(o, "not_run", true);
	return o;
}

void shown_free(struct shown *s)
{
	free(s->value);
	free(s->origin);
	free(s->problem);
	memset(s, 0, sizeof(*s));
}
