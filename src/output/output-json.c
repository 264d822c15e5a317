#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/secret.h"
#include "output/output.h"
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

static void add_newline(struct buf *out, int depth)
{
	buf_addc(out, '\n');
	for (int i = 0; i < depth; i++)
		buf_add(out, "  ", 2);
}

/*
 * Append the items of a page, kept as JSON_COMPACT wrote it ("[...]"), laid
 * out as JSON_INDENT(2) lays out the items of an array: a newline and two
 * spaces a level before each item, member and closing bracket, ": " between
 * key and value, "{}" and "[]" when empty. Strings are copied as they are.
 */
static void indent_items(const struct buf *page, bool first, struct buf *out)
{
	const char *s = page->data + 1, *end = page->data + page->len - 1;
	int depth = 1;
	if (!first)
		buf_addc(out, ',');
	add_newline(out, depth);
	while (s < end) {
		const char *start = s;
		char c = *s++;
		switch (c) {
		case '"':
			while (s < end && *s != '"')
				s += *s == '\\' ? 2 : 1;
			s++;
			buf_add(out, start, (size_t)(s - start));
			break;
		case '{':
		case '[':
			buf_addc(out, c);
			if (*s == (c == '{' ? '}' : ']'))
				buf_addc(out, *s++);
			else
				add_newline(out, ++depth);
			break;
		case '}':
		case ']':
			add_newline(out, --depth);
			buf_addc(out, c);
			break;
		case ',':
			buf_addc(out, ',');
			add_newline(out, depth);
			break;
		case ':':
			buf_add(out, ": ", 2);
			break;
		default:
			buf_addc(out, c);
			break;
		}
	}
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
	struct buf out = {0};
	(void)ctx;
	write_stdout("[", 1, NULL);
	for (size_t p = 0; p < l->n; p++) {
		buf_reset(&out);
		indent_items(&l->pages[p], p == 0, &out);
		write_stdout(out.data, out.len, NULL);
		buf_free(&l->pages[p]);
	}
	const char *end = l->n ? "\n]\n" : "]\n";
	write_stdout(end, strlen(end), NULL);
	buf_free(&out);
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
	struct buf line = {0};
	va_list ap;
	if (ctx->quiet)
		return;
	va_start(ap, fmt);
	out_vformat(ctx, &line, fmt, ap);
	va_end(ap);
	char *safe = secret_redact(ctx->token, buf_str(&line));
	fputs(safe, stdout);
	fputc('\n', stdout);
	free(safe);
	buf_free(&line);
	if (ferror(stdout) && errno == EPIPE)
		_Exit(0);
}
