/*
 * --jq EXPR: the JSON a command prints goes through a jq filter, with
 * Debian's libjq loaded only then (dlopen of libjq.so.1: a run without --jq
 * never maps it). Each result prints as jq -r prints it: a string as its
 * raw text, anything else as indented JSON.
 *
 * Ownership: the compiled filter belongs to ctx (ctx->jq_filter) and is
 * released by jq_free().
 */
#ifndef GANDI_OUTPUT_JQ_H
#define GANDI_OUTPUT_JQ_H

#include <stddef.h>

#include "buf.h"
#include "ctx.h"

/*
 * Load libjq and compile expr, before anything is sent. Returns 0, or
 * EXIT_USAGE (a bad expression) or EXIT_ERROR (no libjq) with ctx->err set.
 */
int jq_check(struct ctx *ctx, const char *expr);
/*
 * Run the filter over the JSON text json (len bytes): each result, a line,
 * appended to out. A filter that fails on this data records the error in
 * ctx->err (the results before it are kept).
 */
void jq_run(struct ctx *ctx, const char *json, size_t len, struct buf *out);
void jq_free(struct ctx *ctx);

#endif
