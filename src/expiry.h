/*
 * Token expiry warnings for every command. The expiry comes from a small
 * cache (under $XDG_CACHE_HOME/gandi, else ~/.cache/gandi), one file per
 * token named by the SHA-256 of the token (never the token), mode 0600,
 * refreshed from tokeninfo at most once a day; a corrupt file is ignored and
 * rewritten. The refresh is a side check that never costs the command much:
 * one attempt within EXPIRY_TIMEOUT_MS (not --timeout), and when it fails
 * (id.gandi.net slow, unreachable, refusing) the failure is cached too, so
 * that the next attempt waits EXPIRY_RETRY_SECONDS; meanwhile the last known
 * expiry, if any, still gives the warning. So an unreachable id.gandi.net
 * costs at most EXPIRY_TIMEOUT_MS once an hour.
 */
#ifndef GANDI_EXPIRY_H
#define GANDI_EXPIRY_H

#include <stdbool.h>
#include <time.h>

#include "ctx.h"

#define EXPIRY_WARN_DAYS 7
#define EXPIRY_REFRESH_SECONDS 86400 /* a known expiry is asked again after a day */
#define EXPIRY_TIMEOUT_MS 2000L      /* what the side check may take */
#define EXPIRY_RETRY_SECONDS 3600    /* after a failed check, the next one waits this long */

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
