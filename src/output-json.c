#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "output.h"

void out_flush(void)
{
	if (fflush(stdout) == EOF && errno == EPIPE)
		_Exit(0);
}

static int write_stdout(const char *buffer, size_t size, void *data)
{
	(void)data;
	if (fwrite(buffer, 1, size, stdout) != size && errno == EPIPE)
		_Exit(0);
	return 0;
}

void out_json(struct ctx *ctx, const json_t *j)
{
	(void)ctx;
	json_dump_callback(j, write_stdout, NULL, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', stdout);
	out_flush();
}

void out_ok(struct ctx *ctx, json_t *extra)
{
	if (ctx->quiet) {
		json_decref(extra);
		return;
	}
	json_t *o = json_object();
	json_object_set_new(o, "ok", json_true());
	if (extra) {
		json_object_update(o, extra);
		json_decref(extra);
	}
	out_json(ctx, o);
	json_decref(o);
}

void out_line(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	if (ctx->quiet)
		return;
	va_start(ap, fmt);
	vfprintf(stdout, fmt, ap);
	va_end(ap);
	fputc('\n', stdout);
	if (ferror(stdout) && errno == EPIPE)
		_Exit(0);
}
