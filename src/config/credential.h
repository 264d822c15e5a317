/*
 * Where the token comes from. gandi looks in these places, in this order,
 * and uses the first one that is set; a later one is never tried because an
 * earlier one failed (an unreadable file, a failing command): that is an
 * error, so that gandi never acts with a token nobody meant.
 *
 *   1. with --profile NAME on the command line: that profile's
 *      api_key_command, then its api_key (naming a profile on this command
 *      line is the most explicit choice there is)
 *   2. GANDI_API_KEY: the token itself
 *   3. GANDI_API_KEY_FILE: a file holding it (containers, CI: *_FILE secrets)
 *   4. GANDIV5_PERSONAL_ACCESS_TOKEN, then GANDIV5_PERSONAL_ACCESS_TOKEN_FILE,
 *      the names lego and Traefik read, so that one secret serves both
 *   5. $CREDENTIALS_DIRECTORY/gandi-api-key: systemd's LoadCredential=
 *   6. the active profile's (GANDI_PROFILE, default_profile) api_key_command,
 *      then its api_key
 *   7. the top-level api_key_command, then api_key
 *
 * A variable counts when it is not empty; a credential file when
 * $CREDENTIALS_DIRECTORY holds gandi-api-key; a key when the table has it.
 * Variables holding a token are read and wiped from the environment at once
 * (so neither /proc/PID/environ nor api_key_command's process has them);
 * files are read, and the command run, only when a token is needed.
 *
 * A file (GANDI_API_KEY_FILE, the credential) holds the token on one line:
 * one final LF or CRLF is removed; an empty result, another line or a NUL
 * byte is refused. A file that others may read gives a warning, as the config
 * file does. api_key_command is run by /bin/sh -c (as git runs a credential
 * helper written "!cmd"), stdin from /dev/null, with a time limit
 * (api_key_command_timeout, 30 s by default); the first line of its stdout is the token; a
 * failure, a signal or an empty first line is an error; its stderr is shown
 * only with -v, redacted. It is never run when the config file can be written
 * by others, nor for a command that needs no token.
 *
 * Ownership: ctx->creds is made by creds_find() and released by creds_free()
 * (main.c); creds_load() puts a struct secret in ctx->token that ctx owns.
 */
#ifndef GANDI_CREDENTIAL_H
#define GANDI_CREDENTIAL_H

#include <stdbool.h>

#include "buf.h"
#include "ctx.h"

#define CRED_COMMAND_TIMEOUT 30   /* seconds api_key_command may take (api_key_command_timeout) */
#define CRED_FILE_MAX (64 * 1024) /* bytes: a larger token file is refused */
#define CRED_SYSTEMD_ID "gandi-api-key"

struct secret;

enum cred_kind {
	CRED_VARIABLE, /* GANDI_API_KEY, GANDIV5_PERSONAL_ACCESS_TOKEN */
	CRED_FILE,     /* GANDI_API_KEY_FILE, GANDIV5_PERSONAL_ACCESS_TOKEN_FILE */
	CRED_SYSTEMD,  /* $CREDENTIALS_DIRECTORY/gandi-api-key */
	CRED_COMMAND,  /* api_key_command */
	CRED_CONFIG,   /* api_key */
};

/* One place that holds a token. */
struct cred {
	enum cred_kind kind;
	const char *name;     /* "GANDI_API_KEY", "GANDI_API_KEY_FILE", "CREDENTIALS_DIRECTORY",
	                         "api_key_command", "api_key" (static) */
	enum source src;      /* SRC_ENV, SRC_PROFILE or SRC_FILE (the top level) */
	bool by_flag;         /* the profile named by --profile, before the variables */
	char *path;           /* the file read (CRED_FILE, CRED_SYSTEMD), or the config file */
	char *profile;        /* the [profiles.NAME] holding it, or NULL */
	char *command;        /* api_key_command's text */
	struct secret *value; /* a variable's token, read when found */
};

/* Every place that holds a token, in the order above: v[0] is the one used. */
struct creds {
	struct cred *v;
	size_t n;
};

/*
 * Find the places that hold a token (reading and wiping the variables) into
 * ctx->creds. Needs ctx's config and profile resolved. Returns 0, or
 * EXIT_USAGE with ctx->err set (an empty api_key_command).
 */
int creds_find(struct ctx *ctx);
void creds_free(struct creds *c);

enum { CREDS_NO_COMMAND = 1 << 0 }; /* leave api_key_command unrun: ctx->token stays NULL */

/*
 * Read the token from the first place that holds one into ctx->token (NULL
 * when none does). Returns 0, or EXIT_AUTH with ctx->err set when that place
 * did not give a token (its file unreadable, its command failing...).
 */
int creds_load(struct ctx *ctx, unsigned flags);

/* The place the token comes from (or would come from), or NULL when none holds one. */
const struct cred *creds_used(const struct ctx *ctx);

/*
 * Read c's token (not for CRED_COMMAND: NULL) for a comparison, or NULL when
 * it cannot be read; nothing is reported.
 */
struct secret *cred_peek(struct ctx *ctx, const struct cred *c);

/*
 * How messages name c, in out (reset first): "the variable GANDI_API_KEY",
 * "the file '/run/secrets/gandi' (GANDI_API_KEY_FILE)", "the systemd
 * credential '...'", "api_key_command in 'FILE' [profiles.work]",
 * "api_key in 'FILE'". Returns out's text.
 */
const char *cred_phrase(const struct cred *c, struct buf *out);
/* Its short form for config list's origin: "GANDI_API_KEY", "FILE [profiles.work]"... */
const char *cred_where(const struct cred *c, struct buf *out);
/* The command that stops gandi from using c: "unset GANDI_API_KEY", "gandi config unset api_key"... */
const char *cred_unset_hint(const struct cred *c, struct buf *out);
/* Whether gandi can write a new token where c is (api_key in the config). */
bool cred_writable(const struct cred *c);

/* The order of the places, as one line for messages and help. */
extern const char creds_order[];

#endif
