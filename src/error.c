#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "ctx.h"
#include "config/secret.h"
#include "output/output.h"
#include "xalloc.h"

void error_clear(struct error *err)
{
	free(err->kind);
	free(err->message);
	free(err->detail);
	json_decref(err->extra);
	memset(err, 0, sizeof(*err));
}

static int error_vset(struct ctx *ctx, int code, const char *kind, const char *fmt, va_list ap)
	XATTR_PRINTF(4, 0);

static int error_vset(struct ctx *ctx, int code, const char *kind, const char *fmt, va_list ap)
{
	struct buf b = {0};
	error_clear(&ctx->err);
	buf_vprintf(&b, fmt, ap);
	ctx->err.code = code;
	ctx->err.kind = xstrdup(kind);
	ctx->err.message = buf_detach(&b);
	return code;
}

int error_set(struct ctx *ctx, int code, const char *kind, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vset(ctx, code, kind, fmt, ap);
	va_end(ap);
	return code;
}

int error_silent(struct ctx *ctx, int code)
{
	error_clear(&ctx->err);
	ctx->err.code = code;
	ctx->err.silent = true;
	return code;
}

int usage_error(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vset(ctx, EXIT_USAGE, "usage", fmt, ap);
	va_end(ap);
	return EXIT_USAGE;
}

void error_detail(struct ctx *ctx, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	if (ctx->err.detail) {
		buf_adds(&b, ctx->err.detail);
		free(ctx->err.detail);
	}
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	ctx->err.detail = buf_detach(&b);
}

void error_field(struct ctx *ctx, const char *key, json_t *value)
{
	if (!ctx->err.extra)
		ctx->err.extra = json_object();
	json_object_set_new(ctx->err.extra, key, value ? value : json_null());
}

/* Error kinds printed as a heading block rather than "gandi: message". */
static int is_heading(const char *kind)
{
	return kind && (strcmp(kind, "not_authenticated") == 0 ||
			strcmp(kind, "token_rejected") == 0 ||
			strcmp(kind, "permission_denied") == 0);
}

/* The first line of text that starts (or not) with prefix, trimmed, or NULL. */
static char *first_line(const char *text, const char *prefix, bool with)
{
	size_t pl = strlen(prefix);
	for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		p += strspn(p, " \t");
		size_t len = strcspn(p, "\n");
		if (!len || (strncmp(p, prefix, pl) == 0) != with)
			continue;
		return with ? xstrndup(p + pl, len - pl) : xstrndup(p, len);
	}
	return NULL;
}

/*
 * An error in one line: "message; the first line of detail (hint: ...)". A
 * heading ("Not authenticated") becomes lower case, with the first paragraph
 * of its detail.
 */
static char *one_line(const char *msg, const char *detail, bool heading)
{
	struct buf b = {0};
	char *said = detail ? first_line(detail, "hint: ", false) : NULL;
	char *hint = detail ? first_line(detail, "hint: ", true) : NULL;
	if (heading && msg[0]) {
		buf_printf(&b, "%c%s", (char)(msg[0] >= 'A' && msg[0] <= 'Z' ? msg[0] + 32 : msg[0]),
			   msg + 1);
		/* the first paragraph, joined */
		const char *end = detail ? strstr(detail, "\n\n") : NULL;
		size_t len = detail ? (end ? (size_t)(end - detail) : strlen(detail)) : 0;
		if (len)
			buf_adds(&b, ": ");
		for (size_t i = 0; i < len; i++)
			buf_addc(&b, detail[i] == '\n' ? ' ' : detail[i]);
		while (b.len && b.data[b.len - 1] == ' ')
			b.data[--b.len] = '\0';
		buf_adds(&b, "; run 'gandi doctor'");
	} else {
		buf_adds(&b, msg);
		if (said)
			buf_printf(&b, "; %s", said);
		if (hint)
			buf_printf(&b, " (hint: %s)", hint);
	}
	free(said);
	free(hint);
	return buf_detach(&b);
}

int error_report(struct ctx *ctx)
{
	struct error *e = &ctx->err;
	char *msg = NULL, *detail = NULL, *dump = NULL;
	if (!e->code || e->silent)
		return e->code;
	if (ctx->json) {
		/* JSON escapes every control character itself */
		msg = secret_redact(ctx->token, e->message ? e->message : "error");
		detail = e->detail ? secret_redact(ctx->token, e->detail) : NULL;
	} else {
		/* redacted, then made safe for a terminal: server text is in there */
		msg = out_safe(ctx, e->message ? e->message : "error");
		detail = e->detail ? out_safe(ctx, e->detail) : NULL;
	}
	if (ctx->json) {
		json_t *o = json_object();
		json_object_set_new(o, "error", json_string(msg));
		json_object_set_new(o, "kind", json_string(e->kind ? e->kind : "error"));
		json_object_set_new(o, "exit_code", json_integer(e->code));
		if (detail)
			json_object_set_new(o, "detail", json_string(detail));
		if (e->extra)
			json_object_update(o, e->extra);
		char *raw = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
		json_decref(o);
		dump = secret_redact(ctx->token, raw ? raw : "{}");
		free(raw);
		fprintf(stderr, "%s\n", dump);
	} else if (ctx->one_line) {
		char *line = one_line(msg, detail, is_heading(e->kind));
		fprintf(stderr, "gandi: %s\n", line);
		free(line);
		free(detail);
		detail = NULL;
	} else if (is_heading(e->kind)) {
		fprintf(stderr, "%s\n", msg);
		if (detail)
			fprintf(stderr, "\n%s", detail);
	} else {
		fprintf(stderr, "gandi: %s\n", msg);
		if (detail)
			fputs(detail, stderr);
	}
	if (detail && !ctx->json && detail[0] && detail[strlen(detail) - 1] != '\n')
		fputc('\n', stderr);
	fflush(stderr);
	free(msg);
	free(detail);
	free(dump);
	return e->code;
}

static void message(struct ctx *ctx, const char *prefix, const char *json_key, const char *fmt,
		    va_list ap) XATTR_PRINTF(4, 0);

static void message(struct ctx *ctx, const char *prefix, const char *json_key, const char *fmt,
		    va_list ap)
{
	struct buf b = {0};
	if (ctx->quiet)
		return;
	buf_vprintf(&b, fmt, ap);
	char *text = ctx->json ? secret_redact(ctx->token, buf_str(&b)) : out_safe(ctx, buf_str(&b));
	if (ctx->json) {
		json_t *o = json_pack("{ss}", json_key, text);
		char *raw = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
		fprintf(stderr, "%s\n", raw);
		free(raw);
		json_decref(o);
	} else {
		fprintf(stderr, "%s%s\n", prefix, text);
	}
	free(text);
	buf_free(&b);
}

void warn(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	message(ctx, "warning: ", "warning", fmt, ap);
	va_end(ap);
}

void note(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	if (ctx->json)
		return;
	va_start(ap, fmt);
	message(ctx, "", "note", fmt, ap);
	va_end(ap);
}

void trace_note(struct ctx *ctx, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	if (!ctx->verbose)
		return;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	char *text = out_safe(ctx, buf_str(&b));
	fprintf(stderr, "gandi: %s\n", text);
	free(text);
	buf_free(&b);
}
