#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "config/secret.h"
#include "error.h"
#include "output/output.h"
#include "util.h"
#include "xalloc.h"

struct table {
	struct ctx *ctx;
	size_t ncols;
	struct buf text; /* every cell, each ended by a NUL: one block, not a malloc a cell */
	size_t *cells;   /* rows * ncols offsets into text, row 0 the header */
	size_t rows, cap;
	size_t *width;
	char *empty;     /* said when there is no row, or NULL */
};

/*
 * Append a cell to text, the token masked, made safe for a terminal (tabs and
 * newlines, which would break the layout, spelled out too).
 */
static void add_cell(const struct ctx *ctx, struct buf *text, const char *s)
{
	if (s && ctx->token) {
		char *redacted = secret_redact(ctx->token, s);
		text_safe_add(text, redacted, strlen(redacted), 0);
		free(redacted);
	} else if (s) {
		text_safe_add(text, s, strlen(s), 0);
	}
	buf_add(text, "", 1);
}

struct table *table_new(struct ctx *ctx, size_t ncols, const char *const *headers)
{
	struct table *t = xcalloc(1, sizeof(*t));
	t->ctx = ctx;
	t->ncols = ncols;
	t->width = xcalloc(ncols, sizeof(*t->width));
	table_add(t, headers);
	return t;
}

void table_add(struct table *t, const char *const *cells)
{
	size_t need = (t->rows + 1) * t->ncols;
	t->cells = xgrow(t->cells, &t->cap, need, sizeof(*t->cells));
	for (size_t c = 0; c < t->ncols; c++) {
		size_t at = t->text.len;
		add_cell(t->ctx, &t->text, cells[c]);
		t->cells[t->rows * t->ncols + c] = at;
		if (!t->ctx->plain) {
			size_t w = utf8_width(t->text.data + at);
			if (w > t->width[c])
				t->width[c] = w;
		}
	}
	t->rows++;
}

size_t table_rows(const struct table *t)
{
	return t->rows - 1;
}

void table_empty(struct table *t, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	free(t->empty);
	t->empty = buf_detach(&b);
}

/*
 * The columns --columns names (a comma-separated list of headers, in any
 * case), as indexes into order; returns how many, or 0 with ctx->err set.
 */
static size_t pick_columns(struct table *t, size_t *order)
{
	struct ctx *ctx = t->ctx;
	const char *p = ctx->columns;
	size_t n = 0;
	if (!p) {
		for (size_t c = 0; c < t->ncols; c++)
			order[c] = c;
		return t->ncols;
	}
	while (*p) {
		size_t len = strcspn(p, ",");
		size_t c = 0;
		while (c < t->ncols && (strlen(t->text.data + t->cells[c]) != len ||
					strncasecmp(t->text.data + t->cells[c], p, len) != 0))
			c++;
		if (c == t->ncols || n == t->ncols) {
			struct buf names = {0};
			for (size_t k = 0; k < t->ncols; k++)
				buf_printf(&names, "%s%s", k ? "," : "", t->text.data + t->cells[k]);
			usage_error(ctx, "--columns: no column '%.*s'", (int)len, p);
			error_detail(ctx, "the columns are %s\n", buf_str(&names));
			buf_free(&names);
			return 0;
		}
		order[n++] = c;
		p += len + (p[len] == ',');
	}
	return n;
}

void table_print(struct table *t)
{
	struct ctx *ctx = t->ctx;
	struct buf line = {0};
	size_t *order = xcalloc(t->ncols, sizeof(*order));
	size_t ncols = pick_columns(t, order);
	if (!ncols)
		goto out;
	if (t->rows == 1) {
		/* nothing to show: said on stderr, stdout stays empty for scripts */
		note(ctx, "%s", t->empty ? t->empty : "nothing to show");
		goto out;
	}
	for (size_t r = ctx->no_header ? 1 : 0; r < t->rows; r++) {
		buf_reset(&line);
		if (r == 0)
			buf_adds(&line, style_bold(ctx));
		for (size_t k = 0; k < ncols; k++) {
			size_t c = order[k];
			const char *cell = t->text.data + t->cells[r * t->ncols + c];
			buf_adds(&line, cell);
			if (k + 1 == ncols)
				break;
			if (ctx->plain) {
				buf_addc(&line, '\t');
			} else {
				size_t pad = t->width[c] - utf8_width(cell) + 2;
				while (pad--)
					buf_addc(&line, ' ');
			}
		}
		if (!ctx->plain)
			while (line.len > 0 && line.data[line.len - 1] == ' ')
				line.data[--line.len] = '\0';
		if (r == 0)
			buf_adds(&line, style_reset(ctx));
		buf_addc(&line, '\n');
		out_write(ctx, line.data, line.len);
	}
out:
	free(order);
	buf_free(&line);
	table_free(t);
	out_flush();
	out_check(ctx);
}

void table_free(struct table *t)
{
	if (!t)
		return;
	buf_free(&t->text);
	free(t->cells);
	free(t->width);
	free(t->empty);
	free(t);
}

const char *style_bold(const struct ctx *ctx)
{
	return ctx->color ? "\033[1m" : "";
}

const char *style_dim(const struct ctx *ctx)
{
	return ctx->color ? "\033[2m" : "";
}

const char *style_red(const struct ctx *ctx)
{
	return ctx->color ? "\033[31m" : "";
}

const char *style_green(const struct ctx *ctx)
{
	return ctx->color ? "\033[32m" : "";
}

const char *style_yellow(const struct ctx *ctx)
{
	return ctx->color ? "\033[33m" : "";
}

const char *style_reset(const struct ctx *ctx)
{
	return ctx->color ? "\033[0m" : "";
}
