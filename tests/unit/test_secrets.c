/*
 * Unit tests of what keeps the token and the terminal safe: redaction of the
 * token in whole or in part (config/secret.c), the text sanitiser and the
 * zone-file escaping (output/output-text.c), and the wiping of the parsed
 * config before its memory is released (config/toml.c).
 *
 * This binary is linked with -Wl,--wrap=free: every free() of gandi's code
 * goes through __wrap_free() below, which looks into the block about to be
 * released for the token being watched.
 */
#include <malloc.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/secret.h"
#include "config/toml.h"
#include "output/output.h"
#include "unit.h"

#define TOKEN "pat_0123456789abcdefghijklmnopqrstuvwxyzAB" /* 42 characters */

void __real_free(void *p);
void __wrap_free(void *p);

static const char *watched;
static volatile int freed_holding; /* volatile: compilers assume free() writes no global */

/* Whether the n bytes at p hold the first 8 characters of watched. */
static bool holds(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 8 <= n; i++)
		if (memcmp(p + i, watched, 8) == 0)
			return true;
	return false;
}

void __wrap_free(void *p)
{
	if (p && watched && holds(p, malloc_usable_size(p)))
		freed_holding++;
	__real_free(p);
}

static struct secret *token(void)
{
	return secret_new(TOKEN, strlen(TOKEN), SRC_ENV, "GANDI_API_KEY");
}

static void check_redact(const char *text, const char *want)
{
	struct secret *s = token();
	char *got = secret_redact(s, text);
	CHECK_STR(got, want);
	free(got);
	secret_free(s);
}

static void test_redact_whole_and_partial(void)
{
	check_redact("bad credentials " TOKEN, "bad credentials ****yzAB");
	check_redact(TOKEN TOKEN "!", "****yzAB!");
	/* a 401 echoing 30 of the 40 characters */
	check_redact("invalid token 'pat_0123456789abcdefghijklmn'", "invalid token '****'");
	/* a snippet cut so that the token's first 20 characters show */
	check_redact("...<p>Authorization: Bearer pat_0123456789abcdef'", "...<p>Authorization: Bearer ****'");
	/* its end shows: the masked form, whose last 4 characters are public anyway */
	check_redact("x mnopqrstuvwxyzAB y", "x ****yzAB y");
	/* 8 characters are masked, 7 are not */
	check_redact("[abcdefgh]", "[****]");
	check_redact("[abcdefg]", "[abcdefg]");
	check_redact("", "");
	check_redact("nothing to hide", "nothing to hide");
	/* no token, nothing to mask */
	char *got = secret_redact(NULL, "pat_0123456789abcdef");
	CHECK_STR(got, "pat_0123456789abcdef");
	free(got);
	/* a token shorter than a run: whole occurrences only */
	struct secret *s = secret_new("abc12", 5, SRC_ENV, "GANDI_API_KEY");
	got = secret_redact(s, "key abc12 and abc1");
	CHECK_STR(got, "key **** and abc1");
	free(got);
	secret_free(s);
}

static void check_safe(const char *text, size_t len, int flags, const char *want)
{
	struct buf b = {0};
	text_safe_add(&b, text, len, flags);
	CHECK_STR(buf_str(&b), want);
	buf_free(&b);
}

#define SAFE(lit, flags, want) check_safe(lit, sizeof(lit) - 1, flags, want)

/* A transfer code and a TSIG secret hidden with the token: masked whole or in runs of 8,
 * with nothing of them shown; the token alone when a command reveals what was asked. */
static void test_hidden_secrets(void)
{
	struct secret *s = token();
	secret_hide(s, "Vb3+qPx8-kZt");
	secret_hide(s, "aiG5ji3Necheisho");
	secret_hide(s, "aiG5ji3Necheisho"); /* once is enough */
	secret_hide(s, "abc");              /* short: whole occurrences only */
	secret_hide(s, "");
	char *got = secret_redact(s, "code Vb3+qPx8-kZt, secret aiG5ji3Necheisho, cut "
				     "qPx8-kZt, cab abc, token " TOKEN);
	CHECK_STR(got, "code ****, secret ****, cut ****, cab ****, token ****yzAB");
	free(got);
	got = secret_redact_token(s, "authinfo Vb3+qPx8-kZt for " TOKEN);
	CHECK_STR(got, "authinfo Vb3+qPx8-kZt for ****yzAB");
	free(got);
	/* the hidden values are wiped when the token goes */
	watched = "Vb3+qPx8-kZt";
	freed_holding = 0;
	secret_free(s);
	CHECK_INT(freed_holding, 0);
	watched = NULL;
	secret_hide(NULL, "x"); /* no token: nothing to hold it */
}

static void test_text_safe(void)
{
	SAFE("www", 0, "www");
	SAFE("\033]0;owned\007", 0, "\\x1b]0;owned\\x07");
	SAFE("\033[2J\033[H", 0, "\\x1b[2J\\x1b[H");
	SAFE("a\tb\nc\rd", 0, "a\\tb\\nc\\rd");
	SAFE("a\tb\nc\rd", TEXT_LINES, "a\tb\nc\\rd");
	SAFE("del\177", 0, "del\\x7f");
	SAFE("nul\0x", 0, "nul\\x00x");
	/* UTF-8 is kept; C1 controls (8-bit CSI) and bidi overrides are spelled out */
	SAFE("caf\xc3\xa9 \xe2\x9c\x93", 0, "caf\xc3\xa9 \xe2\x9c\x93");
	SAFE("\xc2\x9b" "31m", 0, "\\u009b31m");
	SAFE("abc\xe2\x80\xae" "cba", 0, "abc\\u202ecba");
	/* bytes that are not UTF-8: a lone CSI, overlong, surrogate, cut short */
	SAFE("\x9b" "2J", 0, "\\x9b2J");
	SAFE("\xc0\xaf", 0, "\\xc0\\xaf");
	SAFE("\xed\xa0\x80", 0, "\\xed\\xa0\\x80");
	SAFE("\xe2\x9c", 0, "\\xe2\\x9c");
	char *s = text_safe(NULL, 0);
	CHECK_STR(s, "");
	free(s);
}

static void check_zone(const char *text, size_t len, const char *want)
{
	struct buf b = {0};
	zone_text_safe_add(&b, text, len);
	CHECK_STR(buf_str(&b), want);
	buf_free(&b);
}

#define ZONE(lit, want) check_zone(lit, sizeof(lit) - 1, want)

static void test_zone_text_safe(void)
{
	ZONE("www 300 IN A 192.0.2.1\n", "www 300 IN A 192.0.2.1\n");
	ZONE("x\033]0;t\007 IN TXT \"a\033b\"\n",
		   "x\\027]0;t\\007 IN TXT \"a\\027b\"\n");
	/* an escaped control character stays one escaped byte */
	ZONE("\"a\\\033b\"", "\"a\\027b\"");
	ZONE("\"a\\\"b\\\\\"", "\"a\\\"b\\\\\"");
	/* CRLF line ends are kept, a lone CR is not */
	ZONE("a\r\nb\rc\n", "a\r\nb\\013c\n");
	ZONE("t\xc3\xa9 \xc2\x9b \xff", "t\xc3\xa9 \\194\\155 \\255");
	ZONE("", "");
}

static void check_format(const struct ctx *ctx, const char *want, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	out_vformat(ctx, &b, fmt, ap);
	va_end(ap);
	CHECK_STR(buf_str(&b), want);
	buf_free(&b);
}

static void test_out_vformat(void)
{
	struct ctx ctx = {.color = true};
	/* gandi's styles are kept, the same bytes from elsewhere are not */
	check_format(&ctx, "\033[31mremove\033[0m www\\x1b[31m", "%s%s%s %s", style_red(&ctx),
		     "remove", style_reset(&ctx), "www\033[31m");
	check_format(&ctx, "x\\x1b[31my", "%s", "x\033[31my");
	/* every other conversion as printf() has it */
	char want[200];
	snprintf(want, sizeof(want), "[%-6s|%5.2f|%zu|%lld|%*d|%%|%c|%ld|%u|%x|%.3s]", "add", 3.14159,
		 (size_t)42, -7LL, 4, 9, 'z', 123456789L, 7u, 255u, "abcdef");
	check_format(&ctx, want, "[%-6s|%5.2f|%zu|%lld|%*d|%%|%c|%ld|%u|%x|%.3s]", "add", 3.14159,
		     (size_t)42, -7LL, 4, 9, 'z', 123456789L, 7u, 255u, "abcdef");
	/* newlines and tabs of an argument are kept, other controls are not */
	check_format(&ctx, "a\tb\n\\x07", "%s", "a\tb\n\a");
	check_format(&ctx, "tab\tkept", "tab\t%s", "kept");
	/* without colour the styles are empty: nothing can pass as one */
	struct ctx plain = {.color = false};
	check_format(&plain, "\\x1b[31mx", "%s%s", "\033[31m", "x");
}

static void test_toml_free_wipes_strings(void)
{
	const char *doc = "api_key = \"" TOKEN "\"\n[profiles.w]\napi_key = \"" TOKEN "\"\n";
	struct toml_error err;
	struct toml_value *root = toml_parse(doc, strlen(doc), &err);
	CHECK(root != NULL);
	CHECK_STR(toml_get(root, "api_key")->u.s.ptr, TOKEN);
	watched = TOKEN + 10;
	freed_holding = 0;
	toml_free(root);
	CHECK_INT(freed_holding, 0);
	/* a string cut short by an error */
	const char *bad = "api_key = \"" TOKEN;
	freed_holding = 0;
	CHECK(toml_parse(bad, strlen(bad), &err) == NULL);
	CHECK_INT(freed_holding, 0);
	/* the watch itself works: an unwiped copy is seen */
	char *copy = xstrdup(TOKEN);
	freed_holding = 0;
	free(copy);
	CHECK_INT(freed_holding, 1);
	watched = NULL;
}

int main(void)
{
	RUN(test_redact_whole_and_partial);
	RUN(test_hidden_secrets);
	RUN(test_text_safe);
	RUN(test_zone_text_safe);
	RUN(test_out_vformat);
	RUN(test_toml_free_wipes_strings);
	return unit_done();
}
