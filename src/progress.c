#include "progress.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd.h"
#include "output/output.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

bool progress_on(const struct ctx *ctx)
{
	return ctx->stderr_tty && !ctx->quiet && !ctx->verbose &&
	       !(ctx->cmd && (ctx->cmd->flags & CMD_INTERACTIVE));
}

void progress_step(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	if (!progress_on(ctx) || ctx->progress.held)
		return;
	va_start(ap, fmt);
	vsnprintf(ctx->progress.step, sizeof(ctx->progress.step), fmt, ap);
	va_end(ap);
	ctx->progress.since = now_s();
}

void progress_hold(struct ctx *ctx, bool hold)
{
	ctx->progress.held = hold;
}

void progress_tick(struct ctx *ctx, const char *detail)
{
	if (!progress_on(ctx))
		return;
	double now = now_s();
	if (ctx->progress.since == 0)
		ctx->progress.since = now; /* a wait no step announced: timed from here */
	if (now - ctx->progress.since < PROGRESS_AFTER)
		return;
	const char *step = ctx->progress.step[0] ? ctx->progress.step : "waiting for Gandi";
	char *safe = text_safe(detail ? detail : "", 0);
	/* \r and erase to the end of the line: the line is rewritten in place */
	fprintf(stderr, "\r\033[K%s%s%s (%.0f s)", step, detail ? ": " : "", safe,
		now - ctx->progress.since);
	fflush(stderr);
	free(safe);
	ctx->progress.shown = true;
}

long progress_due_ms(const struct ctx *ctx)
{
	if (!progress_on(ctx))
		return -1;
	if (ctx->progress.shown || ctx->progress.since == 0)
		return 1000; /* rewritten once a second (the seconds it shows) */
	double left = ctx->progress.since + PROGRESS_AFTER - now_s();
	return left > 0 ? (long)(left * 1000) + 1 : 0;
}

void progress_clear(struct ctx *ctx)
{
	if (!ctx->progress.shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	ctx->progress.shown = false;
}
