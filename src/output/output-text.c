#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/secret.h"
#include "output/output.h"

/*
 * The length of the valid UTF-8 sequence at s (at most len bytes) and its code
 * point, or 0 when s does not start one (overlong forms, surrogates and code
 * points past U+10FFFF are not valid).
 */
static size_t utf8_seq(const unsigned char *s, size_t len, uint32_t *cp)
{
	size_t n;
	uint32_t c, min;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2, c = s[0] & 0x1f, min = 0x80;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3, c = s[0] & 0x0f, min = 0x800;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4, c = s[0] & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/*
 * Code points a terminal acts on or that reorder what it shows: the C1
 * controls (U+0080..U+009F: CSI, OSC... in their 8-bit form) and the
 * bidirectional embeddings, overrides and isolates.
 */
static bool active_code_point(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

void text_safe_add(struct buf *out, const char *text, size_t len, int flags)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	while (i < len) {
		size_t run = i;
		while (run < len && s[run] >= 0x20 && s[run] < 0x7f)
			run++;
		buf_add(out, s + i, run - i);
		i = run;
		if (i >= len)
			break;
		unsigned char c = s[i];
		uint32_t cp;
		size_t n;
		if ((c == '\n' || c == '\t') && (flags & TEXT_LINES)) {
			buf_addc(out, (char)c);
			i++;
		} else if (c == '\n' || c == '\t' || c == '\r') {
			buf_adds(out, c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r");
			i++;
		} else if (c < 0x80) {
			buf_printf(out, "\\x%02x", c);
			i++;
		} else if ((n = utf8_seq(s + i, len - i, &cp)) == 0) {
			buf_printf(out, "\\x%02x", c);
			i++;
		} else if (active_code_point(cp)) {
			buf_printf(out, "\\u%04x", (unsigned)cp);
			i += n;
		} else {
			buf_add(out, s + i, n);
			i += n;
		}
	}
	if (!out->data)
		buf_add(out, "", 0);
}

char *text_safe(const char *s, int flags)
{
	struct buf b = {0};
	text_safe_add(&b, s ? s : "", s ? strlen(s) : 0, flags);
	return buf_detach(&b);
}

/* Whether byte i of s must be written \DDD in zone-file text; *n: the bytes it spans. */
static bool zone_escape(const unsigned char *s, size_t len, size_t i, size_t *n)
{
	uint32_t cp;
	unsigned char c = s[i];
	*n = 1;
	if (c == '\t' || c == '\n')
		return false;
	if (c == '\r')
		return !(i + 1 < len && s[i + 1] == '\n');
	if (c < 0x20 || c == 0x7f)
		return true;
	if (c < 0x80)
		return false;
	size_t k = utf8_seq(s + i, len - i, &cp);
	if (k == 0)
		return true;
	*n = k;
	return active_code_point(cp);
}

void zone_text_safe_add(struct buf *out, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, n;
	while (i < len) {
		if (s[i] == '\\' && i + 1 < len) {
			/* an escaped byte stays escaped: "\" ESC becomes \027, not "\\027" */
			if (zone_escape(s, len, i + 1, &n)) {
				for (size_t k = 0; k < n; k++)
					buf_printf(out, "\\%03u", s[i + 1 + k]);
			} else {
				buf_add(out, s + i, 1 + n);
			}
			i += 1 + n;
		} else if (zone_escape(s, len, i, &n)) {
			for (size_t k = 0; k < n; k++)
				buf_printf(out, "\\%03u", s[i + k]);
			i += n;
		} else {
			buf_add(out, s + i, n);
			i += n;
		}
	}
	if (!out->data)
		buf_add(out, "", 0);
}

char *out_safe(const struct ctx *ctx, const char *s)
{
	char *redacted = secret_redact(ctx->token, s);
	char *safe = text_safe(redacted, TEXT_LINES);
	free(redacted);
	return safe;
}

/* Whether s is one of gandi's own style sequences (output-table.c), not text. */
static bool is_style(const struct ctx *ctx, const char *s)
{
	return s && *s &&
	       (s == style_bold(ctx) || s == style_dim(ctx) || s == style_red(ctx) ||
		s == style_green(ctx) || s == style_yellow(ctx) || s == style_reset(ctx));
}

/*
 * Each conversion is printed alone with the spec copied from fmt, which the
 * compiler checked against its arguments at the out_line() call (printf
 * attribute): the one place where a format is not a literal.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
void out_vformat(const struct ctx *ctx, struct buf *out, const char *fmt, va_list ap)
{
	struct buf safe = {0};
	const char *p = fmt;
	while (*p) {
		const char *pct = strchr(p, '%');
		if (!pct) {
			buf_adds(out, p);
			break;
		}
		buf_add(out, p, (size_t)(pct - p));
		/* one conversion: %[flags][width][.precision][length]conversion */
		char spec[32];
		size_t n = 0;
		const char *q = pct;
		int stars[2], nstars = 0;
		spec[n++] = *q++;
		while (*q && strchr("-+ #0", *q) && n < 8)
			spec[n++] = *q++;
		for (int part = 0; part < 2; part++) {
			if (part == 1) {
				if (*q != '.')
					break;
				spec[n++] = *q++;
			}
			if (*q == '*') {
				spec[n++] = *q++;
				stars[nstars++] = va_arg(ap, int);
			}
			while (*q >= '0' && *q <= '9' && n < 20)
				spec[n++] = *q++;
		}
		int longs = 0;
		char len = 0;
		while (*q && strchr("hlzjtL", *q) && n < 26) {
			len = *q;
			longs += *q == 'l';
			spec[n++] = *q++;
		}
		char conv = *q ? *q++ : '\0';
		spec[n++] = conv;
		spec[n] = '\0';
#define EMIT(value)                                                                   \
	do {                                                                          \
		if (nstars == 2)                                                      \
			buf_printf(out, spec, stars[0], stars[1], value);             \
		else if (nstars == 1)                                                 \
			buf_printf(out, spec, stars[0], value);                       \
		else                                                                  \
			buf_printf(out, spec, value);                                 \
	} while (0)
		switch (conv) {
		case 'd':
		case 'i':
		case 'o':
		case 'u':
		case 'x':
		case 'X':
		case 'c':
			if (len == 'z')
				EMIT(va_arg(ap, size_t));
			else if (len == 'j')
				EMIT(va_arg(ap, intmax_t));
			else if (len == 't')
				EMIT(va_arg(ap, ptrdiff_t));
			else if (longs >= 2)
				EMIT(va_arg(ap, long long));
			else if (longs == 1)
				EMIT(va_arg(ap, long));
			else
				EMIT(va_arg(ap, int));
			break;
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
		case 'a':
		case 'A':
			if (len == 'L')
				EMIT(va_arg(ap, long double));
			else
				EMIT(va_arg(ap, double));
			break;
		case 'p':
			EMIT(va_arg(ap, void *));
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s || is_style(ctx, s)) {
				EMIT(s ? s : "(null)");
				break;
			}
			buf_reset(&safe);
			text_safe_add(&safe, s, strlen(s), TEXT_LINES);
			EMIT(buf_str(&safe));
			break;
		}
		case '%':
			buf_addc(out, '%');
			break;
		default: /* not a conversion gandi uses: shown as written */
			buf_add(out, pct, (size_t)(q - pct));
			break;
		}
#undef EMIT
		p = q;
	}
	buf_free(&safe);
	if (!out->data)
		buf_add(out, "", 0);
}
#pragma GCC diagnostic pop
