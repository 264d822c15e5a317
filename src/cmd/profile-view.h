/*
 * Profiles as the config file describes them, for gandi profile list and
 * show: which one is active and why, and each setting as a profile gives it
 * (its table's value, else the top level's, else the default). The
 * environment's overrides are not folded in: profile_env_note() names them.
 */
#ifndef GANDI_PROFILE_VIEW_H
#define GANDI_PROFILE_VIEW_H

#include <stdbool.h>

#include "ctx.h"

/* "--profile", "GANDI_PROFILE", "default_profile" when name is the active profile, else NULL. */
const char *profile_active_by(const struct ctx *ctx, const char *name);

/* A setting as profile (NULL: no profile) gives it. */
struct profile_value {
	char *value;        /* owned; the token masked; NULL when unset */
	const char *source; /* "profile", "file" (the top level), "default" or "unset" */
};
void profile_value(const struct ctx *ctx, const char *profile, const char *key,
		   struct profile_value *out);
void profile_value_free(struct profile_value *v);

/* The token a profile gives, from its table or else the top level's. */
struct profile_token {
	const char *kind; /* "api_key", "api_key_command", or NULL: none */
	bool top_level;   /* from the top level, the profile having none */
	char *masked;     /* owned; api_key's, masked */
};
void profile_token(const struct ctx *ctx, const char *profile, struct profile_token *out);
/* In a few words: "****c0c0", "api_key_command", "****5ee5 (top level)", "-" (to free()). */
char *profile_token_text(const struct profile_token *t);
void profile_token_free(struct profile_token *t);

/* On stderr: the variables set now that win over what the file says (not with -q). */
void profile_env_note(const struct ctx *ctx);

/* EXIT_USAGE with ctx->err set when name is not a [profiles.NAME] of the file. */
int profile_check(struct ctx *ctx, const char *name);

/* The file's own error when it could not be read (these commands read it themselves). */
int profile_config_error(struct ctx *ctx);

#endif
