/*
 * Token expiry warnings for every command. The expiry comes from a small
 * cache (under $XDG_CACHE_HOME/gandi, else ~/.cache/gandi), one file per
 * token named by the SHA-256 of the token (never the token), mode 0600,
 * refreshed from tokeninfo at most once a day; a corrupt file is ignored and
 * rewritten. So a command costs one extra request at most once a day.
 */
#ifndef GANDI_EXPIRY_H
#define GANDI_EXPIRY_H

#include <stdbool.h>
#include <time.h>

#include "ctx.h"

#define EXPIRY_WARN_DAYS 7

/* gandi's cache folder: $XDG_CACHE_HOME/gandi, else ~/.cache/gandi (to free()). */
char *cache_dir(void);
/* The cache file for the current token (to free()). */
char *expiry_cache_path(struct ctx *ctx);
/* Remember that the token expires at t (0: unknown). */
void expiry_remember(struct ctx *ctx, time_t expires_at);
/*
 * Warn once on stderr when the token expires within EXPIRY_WARN_DAYS days
 * (not with -q). Never fails the command: any problem just means no warning.
 */
void expiry_check(struct ctx *ctx);

#endif
