#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "cmd.h"
#include "config/secret.h"
#include "output/output-jq.h"
#include "output/output-json.h"
#include "progress.h"
#include "xalloc.h"

/* Reals with 15 significant digits: a price of 18.6 prints as 18.6, not as jansson's
 * default 17 digits (18.600000000000001); every decimal of up to 15 digits survives. */
#define REALS JSON_REAL_PRECISION(15)

/* Items as compact JSON text, a chunk of at most CHUNK_ITEMS per buffer: "[a,b,...]". */
#define CHUNK_ITEMS 100

struct jv_list {
	struct buf *chunks;
	size_t n, cap;
	size_t in_last; /* items in the last chunk */
};

void out_flush(void)
{
	if (fflush(stdout) == EOF && errno == EPIPE)
		_Exit(0);
}

void out_check(struct ctx *ctx)
{
	if (!ferror(stdout))
		return;
	int e = errno ? errno : EIO;
	if (e == EPIPE)
		_Exit(0);
	if (!ctx->out_errno)
		ctx->out_errno = e;
}

void out_write(struct ctx *ctx, const void *data, size_t len)
{
	progress_clear(ctx);
	errno = 0;
	fwrite(data, 1, len, stdout);
	out_check(ctx);
}

int out_close(struct ctx *ctx)
{
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout))
		out_check(ctx);
	errno = 0;
	if (fclose(stdout) != 0 && !ctx->out_errno)
		ctx->out_errno = errno ? errno : EIO;
	return ctx->out_errno == EPIPE ? 0 : ctx->out_errno;
}

static int write_stdout(const char *buffer, size_t size, void *data)
{
	out_write(data, buffer, size);
	return 0;
}

static int write_buf(const char *buffer, size_t size, void *data);

/* The results of --jq over the JSON text in json, on stdout. */
static void jq_filter_out(struct ctx *ctx, const struct buf *json)
{
	struct buf results = {0};
	jq_run(ctx, json->len ? json->data : "null", json->len ? json->len : 4, &results);
	out_write(ctx, results.data ? results.data : "", results.len);
	out_flush();
	out_check(ctx);
	buf_free(&results);
}

void out_json(struct ctx *ctx, const struct jv *v)
{
	if (ctx->jq) {
		struct buf text = {0};
		json_dump_callback(jv_json(v), write_buf, &text, JSON_COMPACT | JSON_ENCODE_ANY | REALS |
				   JSON_PRESERVE_ORDER);
		jq_filter_out(ctx, &text);
		buf_free(&text);
		return;
	}
	json_dump_callback(jv_json(v), write_stdout, ctx, JSON_INDENT(2) | JSON_PRESERVE_ORDER | REALS);
	out_write(ctx, "\n", 1);
	out_flush();
	out_check(ctx);
}

static void add_newline(struct buf *out, int depth)
{
	buf_addc(out, '\n');
	for (int i = 0; i < depth; i++)
		buf_add(out, "  ", 2);
}

/*
 * Append the items of a chunk ("[...]": items as JSON_COMPACT writes them, or
 * with whitespace between tokens), laid out as JSON_INDENT(2) lays out the
 * items of an array: a newline and two spaces a level before each item,
 * member and closing bracket, ": " between key and value, "{}" and "[]" when
 * empty; whitespace between tokens dropped. Strings are copied as they are.
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
			while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
				s++;
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
		case ' ':
		case '\t':
		case '\n':
		case '\r':
			break;
		default:
			buf_addc(out, c);
			break;
		}
	}
}

struct jv_list *jv_list_new(void)
{
	return xcalloc(1, sizeof(struct jv_list));
}

static int write_buf(const char *buffer, size_t size, void *data)
{
	buf_add(data, buffer, size);
	return 0;
}

/* The chunk the next item goes to, its separator written. */
static struct buf *next_item(struct jv_list *l)
{
	if (!l->n || l->in_last == CHUNK_ITEMS) {
		if (l->n) /* close the full chunk */
			buf_addc(&l->chunks[l->n - 1], ']');
		l->chunks = xgrow(l->chunks, &l->cap, l->n + 1, sizeof(*l->chunks));
		memset(&l->chunks[l->n], 0, sizeof(l->chunks[l->n]));
		l->n++;
		l->in_last = 0;
	}
	struct buf *b = &l->chunks[l->n - 1];
	buf_addc(b, l->in_last ? ',' : '[');
	l->in_last++;
	return b;
}

void jv_list_add(struct jv_list *l, const struct jv *item)
{
	json_dump_callback(jv_json(item), write_buf, next_item(l),
			   JSON_COMPACT | JSON_ENCODE_ANY | REALS);
}

void jv_list_add_text(struct jv_list *l, const struct jv_text *item)
{
	struct buf *b = next_item(l);
	if (item)
		buf_add(b, item->text, item->len);
	else
		buf_add(b, "null", 4);
}

void jv_list_add_text_with(struct jv_list *l, const struct jv_text *item, const char *key,
			   const struct jv *value)
{
	if (!item || item->len < 2 || item->text[item->len - 1] != '}') {
		jv_list_add_text(l, item);
		return;
	}
	/* the object's text, its closing brace moved past one more member */
	struct buf *b = next_item(l);
	json_t *k = json_string(key);
	buf_add(b, item->text, item->len - 1);
	if (item->len > 2)
		buf_addc(b, ',');
	json_dump_callback(k, write_buf, b, JSON_COMPACT | JSON_ENCODE_ANY | REALS);
	buf_addc(b, ':');
	json_dump_callback(jv_json(value), write_buf, b, JSON_COMPACT | JSON_ENCODE_ANY | REALS |
			   JSON_PRESERVE_ORDER);
	buf_addc(b, '}');
	json_decref(k);
}

void jv_list_print(struct ctx *ctx, struct jv_list *l)
{
	struct buf out = {0};
	if (ctx->jq) {
		/* the chunks "[a,b" ... joined into one compact array for the filter */
		buf_addc(&out, '[');
		for (size_t p = 0; p < l->n; p++) {
			bool full = p + 1 < l->n; /* closed with its ']' */
			buf_add(&out, l->chunks[p].data + 1, l->chunks[p].len - 1 - full);
			buf_addc(&out, full ? ',' : ']');
		}
		if (!l->n)
			buf_addc(&out, ']');
		jq_filter_out(ctx, &out);
		buf_free(&out);
		jv_list_free(l);
		return;
	}
	out_write(ctx, "[", 1);
	if (l->n)
		buf_addc(&l->chunks[l->n - 1], ']');
	for (size_t p = 0; p < l->n; p++) {
		buf_reset(&out);
		indent_items(&l->chunks[p], p == 0, &out);
		out_write(ctx, out.data, out.len);
		buf_free(&l->chunks[p]);
	}
	const char *end = l->n ? "\n]\n" : "]\n";
	out_write(ctx, end, strlen(end));
	buf_free(&out);
	out_flush();
	out_check(ctx);
	jv_list_free(l);
}

void jv_list_free(struct jv_list *l)
{
	if (!l)
		return;
	for (size_t p = 0; p < l->n; p++)
		buf_free(&l->chunks[p]);
	free(l->chunks);
	free(l);
}

void out_ok(struct ctx *ctx, struct jv *extra)
{
	/* the envelope of every write: what ran, whether it changed anything, a dry run? */
	json_t *o = json_object();
	json_object_set_new(o, "ok", json_true());
	json_object_set_new(o, "command", ctx->cmd ? json_string(cmd_name(ctx->cmd)) : json_null());
	json_object_set_new(o, "changed", json_boolean(!ctx->dry_run));
	json_object_set_new(o, "dry_run", json_boolean(ctx->dry_run));
	if (extra) {
		json_object_update(o, jv_json(extra));
		jv_free(extra);
	}
	out_json(ctx, jv_of(o));
	json_decref(o);
}

void out_line(struct ctx *ctx, const char *fmt, ...)
{
	struct buf line = {0};
	va_list ap;
	va_start(ap, fmt);
	out_vformat(ctx, &line, fmt, ap);
	va_end(ap);
	char *safe = secret_redact(ctx->token, buf_str(&line));
	progress_clear(ctx);
	errno = 0;
	fputs(safe, stdout);
	fputc('\n', stdout);
	out_check(ctx);
	free(safe);
	buf_free(&line);
}

void out_reveal(struct ctx *ctx, const char *fmt, ...)
{
	struct buf line = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&line, fmt, ap);
	va_end(ap);
	char *redacted = secret_redact_token(ctx->token, buf_str(&line));
	char *safe = text_safe(redacted, TEXT_LINES);
	progress_clear(ctx);
	errno = 0;
	fputs(safe, stdout);
	fputc('\n', stdout);
	out_check(ctx);
	wipe(redacted, strlen(redacted));
	wipe(safe, strlen(safe));
	wipe(line.data, line.len);
	free(redacted);
	free(safe);
	buf_free(&line);
}

/* ---- JSON values ---- */

static void *jansson_alloc(size_t n)
{
	return xmalloc(n ? n : 1);
}

void jv_init(void)
{
	json_set_alloc_funcs(jansson_alloc, free);
}

struct jv *jv_object(void)
{
	return jv_of(json_object());
}

struct jv *jv_array(void)
{
	return jv_of(json_array());
}

struct jv *jv_str(const char *s)
{
	return jv_of(s ? json_string(s) : json_null());
}

struct jv *jv_int(long long v)
{
	return jv_of(json_integer((json_int_t)v));
}

struct jv *jv_real(double v)
{
	return jv_of(json_real(v));
}

struct jv *jv_bool(bool b)
{
	return jv_of(json_boolean(b));
}

struct jv *jv_null(void)
{
	return jv_of(json_null());
}

struct jv *jv_strv(const char *const *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, v[i] ? json_string(v[i]) : json_null());
	return jv_of(a);
}

void jv_set(struct jv *o, const char *key, struct jv *v)
{
	json_object_set_new(jv_json(o), key, v ? jv_json(v) : json_null());
}

void jv_set_str(struct jv *o, const char *key, const char *s)
{
	jv_set(o, key, jv_str(s));
}

void jv_set_int(struct jv *o, const char *key, long long v)
{
	jv_set(o, key, jv_int(v));
}

void jv_set_bool(struct jv *o, const char *key, bool b)
{
	jv_set(o, key, jv_bool(b));
}

void jv_push(struct jv *a, struct jv *v)
{
	json_array_append_new(jv_json(a), v ? jv_json(v) : json_null());
}

void jv_merge(struct jv *o, const struct jv *from)
{
	if (from)
		json_object_update(jv_json(o), jv_json(from));
}

size_t jv_len(const struct jv *v)
{
	const json_t *j = jv_json(v);
	return json_is_array(j) ? json_array_size(j) : json_is_object(j) ? json_object_size(j) : 0;
}

struct jv *jv_ref(const struct jv *v)
{
	return jv_of(json_incref(jv_json(v)));
}

void jv_free(struct jv *v)
{
	json_decref(jv_json(v));
}

char *jv_dump_line(const struct jv *v)
{
	char *s = json_dumps(jv_json(v), JSON_COMPACT | JSON_ENSURE_ASCII | JSON_ENCODE_ANY | REALS);
	return s ? s : xstrdup("null");
}
