/*
 * The configuration: where the file is, what it holds, and how each setting's
 * effective value is chosen. Precedence, highest first: command-line flag,
 * environment variable, the active profile's table ([profiles.NAME]), the
 * file's top-level keys, the built-in default. The token is never taken from
 * the command line; where it comes from is config/credential.h's.
 *
 * Ownership: config_load() returns a struct config the caller frees with
 * config_free(); ctx owns the one main() loads.
 */
#ifndef GANDI_CONFIG_H
#define GANDI_CONFIG_H

#include <stdbool.h>
#include <sys/stat.h>

#include "buf.h"
#include "ctx.h"
#include "config/toml.h"

#define DEFAULT_API_URL "https://api.gandi.net/v5"
#define SANDBOX_API_URL "https://api.sandbox.gandi.net/v5"
#define DEFAULT_ID_URL "https://id.gandi.net"
#define DEFAULT_DEADLINE "600" /* seconds for all the requests of a command */
#define CONFIG_MAX (1024u * 1024) /* bytes: a larger config file is refused */

struct config {
	char *path;
	bool exists;
	struct stat st;           /* valid when exists */
	struct buf text;
	struct toml_value *root;  /* NULL when the file is missing */
	char *load_error;         /* why it could not be used, or NULL */
	char *load_detail;        /* the hint under load_error, or NULL */
	int load_code;            /* config_load()'s exit code when load_error is set */
};

enum setting_type { SET_STRING, SET_URL, SET_SECONDS, SET_COUNT, SET_FILE };

/* A setting gandi knows. */
struct setting_def {
	const char *key;
	const char *env;       /* environment variable, or NULL */
	const char *flag;      /* command-line flag, or NULL */
	enum setting_type type;
	bool secret;
	bool in_profile;       /* may appear in [profiles.NAME] */
	const char *def;       /* built-in default, or NULL */
	const char *help;
};

extern const struct setting_def setting_defs[]; /* ends with a zeroed entry */

const struct setting_def *setting_find(const char *key);
/* The context's effective setting for key, or NULL (api_key, default_profile). */
struct setting *config_setting(struct ctx *ctx, const char *key);
/* "flag", "env", "profile", "file" or "default". */
const char *source_name(enum source src);

/* The config file's path and where that choice came from. */
char *config_locate(const char *flag_path, enum source *src);

/*
 * Read and check the file at path. A missing file gives an empty config.
 * Unknown keys are warned about through ctx. Returns 0, or EXIT_USAGE with
 * ctx->err set ("'PATH' line L, column C: ...") and cfg->load_error filled.
 */
int config_load(struct ctx *ctx, const char *path, struct config **out);
void config_free(struct config *cfg);

/* The TOML value of key in profile (NULL for the top level), or NULL. */
const struct toml_kv *config_lookup(const struct config *cfg, const char *profile,
				    const char *key);
/* Names of the [profiles.NAME] tables, NULL-terminated (free the array only). */
const char **config_profiles(const struct config *cfg);

/*
 * Fill ctx's settings from the environment, the profile and the file,
 * leaving those already set by flags, and find the places that hold a token
 * (config/credential.h; creds_load() reads it). Returns 0 or an exit code
 * with ctx->err set (an unknown profile, a bad URL or number).
 */
int config_resolve(struct ctx *ctx);

/* Check a value for a setting; returns 0 or EXIT_USAGE with ctx->err set. */
int setting_check(struct ctx *ctx, const struct setting_def *def, const char *value,
		  const char *where);

/*
 * Set key to value in profile (NULL: top level), or remove it when value is
 * NULL, keeping every other line and comment of the file. The file is written
 * atomically with mode 0600, its folder created with mode 0700. Returns 0 or
 * an exit code with ctx->err set.
 */
int config_edit(struct ctx *ctx, const char *profile, const char *key, const char *value);

#endif
