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
 * While hold is true, progress_step changes nothing: a step a command names
 * ("reading example.com again to check it") stays over the steps of the lists
 * it reads meanwhile. Released with hold false.
 */
void progress_hold(struct ctx *ctx, bool hold);
/*
 * Called while waiting (the HTTP loop, about once a second): shows the step
 * with detail ("page 3 of 40", "Gandi's rate limit: retrying in 42 s") once
 * the step has run PROGRESS_AFTER seconds. detail may be NULL.
 */
void progress_tick(struct ctx *ctx, const char *detail);
/*
 * Milliseconds until progress_tick has something new to show (the line due
 * after PROGRESS_AFTER, then once a second); -1 when progress is off. The
 * HTTP loop waits no longer than that, so that the line comes on time.
 */
long progress_due_ms(const struct ctx *ctx);
/* Erase the line, if one is shown (before other output, and at the end). */
void progress_clear(struct ctx *ctx);
/* Whether progress is shown at all for this run (a terminal, no -q, no -v). */
bool progress_on(const struct ctx *ctx);

#endif
