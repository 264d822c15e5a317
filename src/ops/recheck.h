/*
 * What a write that failed may still have done. Gandi may carry a request
 * out and its answer be lost (a cut connection, a gateway's 5xx), and the
 * retries that follow may then meet a 503 or a 404: the failure says nothing
 * of the state. So, as domain renew does, the state is read again and the
 * report says what holds, for every write a command or the browser makes.
 */
#ifndef GANDI_OPS_RECHECK_H
#define GANDI_OPS_RECHECK_H

#include <stdbool.h>

#include "ctx.h"

/* What reading the state again showed. */
enum recheck_state {
	SEEN_HELD,       /* the state is what the write asked for */
	SEEN_NOT_HELD,   /* it is not */
	SEEN_UNREADABLE, /* it could not be read */
};

/*
 * Read the state again (its own failures are recorded in ctx->err as usual,
 * and dropped by the caller) and say whether it is what was asked.
 */
typedef enum recheck_state recheck_fn(struct ctx *ctx, void *arg);

/*
 * After a write that failed with rc (ctx->err pending): when the failure is
 * a write an attempt may have carried out, read(arg) reads the state again.
 * When it holds, the error is dropped, a warning says the answer was lost but
 * the write took effect, and 0 is returned. Otherwise the error stays (rc is
 * returned) with a line saying what reading `what` ("the A record www in
 * example.com") again showed, and the command that shows it (check). A
 * failure that cannot have been carried out, or rc 0, is returned as is.
 */
int write_recheck(struct ctx *ctx, int rc, const char *what, const char *check,
		  recheck_fn *read, void *arg);

/* Whether the pending error is a write that an attempt may have carried out. */
bool write_maybe_applied(const struct ctx *ctx);

#endif
