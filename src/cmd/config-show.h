/*
 * What `config get` and `config list` show of a setting: its effective
 * value (the token masked) and where it came from.
 */
#ifndef GANDI_CONFIG_SHOW_H
#define GANDI_CONFIG_SHOW_H

#include "ctx.h"

struct jv;

struct shown {
	const char *key;
	char *value;  /* owned; NULL when unset */
	const char *source; /* "flag", "env", "profile", "file", "default", "unset" */
	char *origin; /* owned; the variable, flag or file, or NULL */
	bool not_run; /* api_key: it comes from api_key_command, which is not run here */
	char *problem; /* owned; api_key: why its place gave no token, or NULL */
};

/* Fill s for key; EXIT_USAGE with ctx->err set for an unknown key. */
int config_show(struct ctx *ctx, const char *key, struct shown *s);
/* s as {"key", "value", "source", "origin"} for --json. */
struct jv *shown_json(const struct shown *s);
void shown_free(struct shown *s);

#endif
