#include "ops/recheck.h"

#include <stdio.h>
#include <stdlib.h>

#include "error.h"
#include "output/output.h"

bool write_maybe_applied(const struct ctx *ctx)
{
	const struct api_fault *f = error_fault(ctx);
	return f && f->maybe_applied;
}

/* "HTTP 503 after 4 attempts", "no answer" (to free()). */
static char *what_came(const struct api_fault *f)
{
	char tries[40] = "";
	if (f->attempts > 1)
		snprintf(tries, sizeof(tries), " after %d attempts", f->attempts);
	if (f->status)
		return xasprintf("HTTP %ld%s", f->status, tries);
	return xasprintf("no answer%s", tries);
}

int write_recheck(struct ctx *ctx, int rc, const char *what, const char *check,
		  recheck_fn *read, void *arg)
{
	struct error held;
	if (!rc || !write_maybe_applied(ctx))
		return rc;
	char *came = what_came(error_fault(ctx));
	error_hold(ctx, &held);
	enum recheck_state st = read(ctx, arg);
	error_clear(&ctx->err); /* what the reading itself met is not the story */
	if (st == SEEN_HELD) {
		error_clear(&held);
		warn(ctx, "the answer to the change was lost (%s), but reading %s again shows that "
			  "it took effect", came, what);
		rc = 0;
	} else {
		rc = error_resume(ctx, &held);
		error_field(ctx, "took_effect", st == SEEN_NOT_HELD ? jv_bool(false) : jv_null());
		if (st == SEEN_NOT_HELD)
			error_rechecked(ctx, "the request may have reached Gandi, yet reading %s again "
					     "shows that it did not take effect\n", what);
		else
			error_rechecked(ctx, "the request may have reached Gandi and been carried out, "
					     "and %s could not be read again to check: '%s' shows "
					     "it\n", what, check);
	}
	free(came);
	return rc;
}
