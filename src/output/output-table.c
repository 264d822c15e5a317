#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/secret.h"
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

void table_print(struct table *t)
{
	struct ctx *ctx = t->ctx;
	struct buf line = {0};
	if (ctx->quiet) {
		table_free(t);
		return;
	}
	for (size_t r = ctx->no_header ? 1 : 0; r < t->rows; r++) {
		buf_reset(&line);
		if (r == 0)
			buf_adds(&line, style_bold(ctx));
		for (size_t c = 0; c < t->ncols; c++) {
			const char *cell = t->text.data + t->cells[r * t->ncols + c];
			buf_adds(&line, cell);
			if (c + 1 == t->ncols)
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
