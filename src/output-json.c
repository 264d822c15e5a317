#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "output.h"
#include "xalloc.h"

struct json_list {
	struct buf *pages; /* each page's items: a compact JSON array */
	size_t n, cap;
};

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

static int write_buf(const char *buffer, size_t size, void *data)
{
	buf_add(data, buffer, size);
	return 0;
}

/* Items printed one level deep: two more spaces after every newline. */
static int write_nested(const char *buffer, size_t size, void *data)
{
	const char *end = buffer + size;
	(void)data;
	while (buffer < end) {
		const char *nl = memchr(buffer, '\n', (size_t)(end - buffer));
		size_t len = nl ? (size_t)(nl - buffer) + 1 : (size_t)(end - buffer);
		write_stdout(buffer, len, NULL);
		if (nl)
			write_stdout("  ", 2, NULL);
		buffer += len;
	}
	return 0;
}

struct json_list *json_list_new(void)
{
	return xcalloc(1, sizeof(struct json_list));
}

void json_list_add(struct json_list *l, const json_t *items)
{
	if (json_array_size(items) == 0)
		return;
	l->pages = xgrow(l->pages, &l->cap, l->n + 1, sizeof(*l->pages));
	struct buf *b = &l->pages[l->n++];
	memset(b, 0, sizeof(*b));
	json_dump_callback(items, write_buf, b, JSON_COMPACT | JSON_PRESERVE_ORDER);
}

void json_list_print(struct ctx *ctx, struct json_list *l)
{
	size_t printed = 0;
	(void)ctx;
	write_stdout("[", 1, NULL);
	for (size_t p = 0; p < l->n; p++) {
		json_error_t jerr;
		json_t *items = json_loadb(l->pages[p].data, l->pages[p].len, 0, &jerr);
		if (!items) {
			/* text this file wrote: only memory can be missing */
			fputs("fatal: out of memory\n", stderr);
			exit(70);
		}
		buf_free(&l->pages[p]);
		for (size_t i = 0; i < json_array_size(items); i++) {
			const char *sep = printed++ ? ",\n  " : "\n  ";
			write_stdout(sep, strlen(sep), NULL);
			json_dump_callback(json_array_get(items, i), write_nested, NULL,
					   JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		}
		json_decref(items);
	}
	const char *end = printed ? "\n]\n" : "]\n";
	write_stdout(end, strlen(end), NULL);
	out_flush();
	json_list_free(l);
}

void json_list_free(struct json_list *l)
{
	if (!l)
		return;
	for (size_t p = 0; p < l->n; p++)
		buf_free(&l->pages[p]);
	free(l->pages);
	free(l);
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
