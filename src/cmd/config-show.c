#include "config-show.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/config.h"
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
		if (ctx->token) {
			s->value = xstrdup(secret_masked(ctx->token));
			s->source = source_name(secret_source(ctx->token));
			s->origin = xstrdup(secret_origin(ctx->token));
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
	return o;
}

void shown_free(struct shown *s)
{
	free(s->value);
	free(s->origin);
	memset(s, 0, sizeof(*s));
}
