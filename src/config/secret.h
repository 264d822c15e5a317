/*
 * The token's one home. Only secret.c sees its value: everything else gets a
 * masked form ("****c0de"), a redacted copy of a text, or an Authorization
 * header built on demand and wiped after use. The other secrets a command
 * handles are masked with it (secret_hide()). While a token is held, core
 * dumps are disabled. The value is wiped when the secret is freed.
 */
#ifndef GANDI_SECRET_H
#define GANDI_SECRET_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"

struct secret;

/*
 * Take a copy of the len bytes at value as the token. Surrounding white space
 * (a pasted newline, say) is trimmed for use and remembered for doctor.
 * Returns NULL when nothing is left after trimming. src and origin (copied)
 * say where it came from: the variable's name or the file's path.
 */
struct secret *secret_new(const char *value, size_t len, enum source src, const char *origin);
/* A copy of s, with its origin and what doctor says of its shape. */
struct secret *secret_copy(const struct secret *s);
/* Wipe and release; NULL is fine. */
void secret_free(struct secret *s);

enum source secret_source(const struct secret *s);
const char *secret_origin(const struct secret *s);
/* "****" and the last 4 characters (all masked when the token is shorter than 12). */
const char *secret_masked(const struct secret *s);
/* "Bearer" for a Personal Access Token, "Apikey" for a legacy API key (24 characters or fewer). */
const char *secret_scheme(const struct secret *s);
bool secret_is_apikey(const struct secret *s);
size_t secret_len(const struct secret *s);
/* Whether two secrets hold the same token. */
bool secret_equal(const struct secret *a, const struct secret *b);

/* "Authorization: <scheme> <token>", to be released with secret_release(). */
char *secret_auth_header(const struct secret *s);
/*
 * The token itself, alone on a line, or as {"token": "..."} with json: the
 * one way anything gets it whole to print (gandi auth token). Release it with
 * secret_release().
 */
char *secret_reveal(const struct secret *s, bool json);

/* Wipe and free a string that held the token. */
void secret_release(char *p);

/*
 * A copy of text (to free()) with the token masked wherever it appears, in
 * part too: every run of 8 or more consecutive characters of the token
 * (of a token shorter than 8, every whole occurrence) becomes "****", or the
 * masked form "****c0de" when the run ends where the token ends. Texts are
 * redacted before they are cut, and cutting a redacted text reveals nothing.
 */
char *secret_redact(const struct secret *s, const char *text);

/*
 * Another secret a command handles (a domain's transfer code, a TSIG key's
 * secret), held beside the token s: from then on every redaction through s
 * (traces, errors, messages, tables, lines) masks it too, whole or any run
 * of 8 of its characters, as "****" (none of its characters is public).
 * The value is copied, and wiped when s is freed. Nothing when s is NULL.
 */
void secret_hide(struct secret *s, const char *value);
/*
 * secret_redact() masking the token only: for the one line that shows a
 * secret hidden with secret_hide() to the user who asked for it.
 */
char *secret_redact_token(const struct secret *s, const char *text);

/* Lower-case hex SHA-256 of the token, for cache keys; 65 bytes with the NUL. */
void secret_hash(const struct secret *s, char out[65]);

/*
 * Problems with the token's shape, one short phrase each ("surrounding white
 * space", "contains a quote"...) joined with "; " in out (to free()), or NULL
 * when it looks like a well-formed token.
 */
char *secret_shape_problems(const struct secret *s);

/* Disable core dumps and ptrace-attach for this process. */
void secret_protect_process(void);

#endif
