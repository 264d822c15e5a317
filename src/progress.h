/*
 * Progress, for a person at a terminal: one line on stderr, rewritten in
 * place, for anything that has taken over PROGRESS_AFTER seconds (waits for
 * Gandi's rate limit with the seconds left, the pages of a long list, the
 * steps of dns sync), erased before anything else is written to the
 * terminal and when the command ends. Nothing at all when stderr is not a
 * terminal, with -q or -v (whose trace lines say more), or in the browser.
 *
 * The state lives in ctx->progress; no function here fails.
 */
#ifndef GANDI_PROGRESS_H
#define GANDI_PROGRESS_H

#include "ctx.h"
#include "xalloc.h"

#define PROGRESS_AFTER 1.0 /* seconds an operation runs before its line appears */

/* What is being done now ("reading the domain list", "applying 12 changes"); restarts the clock. */
void progress_step(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/*
 * Called while waiting (the HTTP loop, about once a second): shows the step
 * with detail ("page 3 of 40", "Gandi's rate limit: retrying in 42 s") once
 * the step has run PROGRESS_AFTER seconds. detail may be NULL.
 */
void progress_tick(struct ctx *ctx, const char *detail);
/* Erase the line, if one is shown (before other output, and at the end). */
void progress_clear(struct ctx *ctx);
/* Whether progress is shown at all for this run (a terminal, no -q, no -v). */
bool progress_on(const struct ctx *ctx);

#endif
