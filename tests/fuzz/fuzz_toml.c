/*
 * libFuzzer target for toml_parse().
 *
 * Besides crashes and sanitizer reports, it checks what a caller relies on:
 * an error has a message and a 1-based position inside the document; an
 * accepted document yields a tree whose positions and spans lie inside the
 * input, whose strings are NUL-terminated, whose tables hold unique keys;
 * and writing that tree back out as TOML and parsing it again gives the
 * same tree. Any violation aborts with a line on stderr.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Icommon -Isrc \
 *       tests/fuzz/fuzz_toml.c src/config/toml.c common/buf.c common/xalloc.c \
 *       -o fuzz_toml
 *   ./fuzz_toml -dict=tests/fuzz/toml.dict corpus-dir tests/fuzz/corpus/toml
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/toml.h"

#define REQUIRE(cond)                                                          \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "fuzz_toml: %s:%d: %s\n", __FILE__,    \
				__LINE__, #cond);                              \
			abort();                                               \
		}                                                              \
	} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_tree(const struct toml_value *v, size_t size, int depth)
{
	REQUIRE(depth <= TOML_MAX_DEPTH + 1);
	REQUIRE(v->start <= v->end && v->end <= size);
	if (depth > 0)
		REQUIRE(v->line >= 1 && v->col >= 1);
	switch (v->type) {
	case TOML_TABLE:
		for (size_t i = 0; i < v->u.table.len; i++) {
			const struct toml_kv *kv = &v->u.table.items[i];
			REQUIRE(kv->key[kv->key_len] == '\0');
			REQUIRE(kv->line >= 1 && kv->col >= 1 && kv->offset < size);
			REQUIRE(kv->value != NULL);
			/* quadratic, but fuzz inputs are small */
			for (size_t j = 0; j < i && j < 256; j++) {
				const struct toml_kv *o = &v->u.table.items[j];
				REQUIRE(o->key_len != kv->key_len ||
					memcmp(o->key, kv->key, kv->key_len) != 0);
			}
			check_tree(kv->value, size, depth + 1);
		}
		break;
	case TOML_ARRAY:
		for (size_t i = 0; i < v->u.array.len; i++)
			check_tree(v->u.array.items[i], size, depth + 1);
		break;
	case TOML_STRING:
		REQUIRE(v->u.s.ptr[v->u.s.len] == '\0');
		break;
	case TOML_DATETIME:
	case TOML_DATETIME_LOCAL:
	case TOML_DATE_LOCAL:
	case TOML_TIME_LOCAL:
		REQUIRE(v->u.dt.month >= 0 && v->u.dt.month <= 12);
		REQUIRE(v->u.dt.hour >= 0 && v->u.dt.hour <= 23);
		REQUIRE(v->u.dt.second >= 0 && v->u.dt.second <= 60);
		REQUIRE(v->u.dt.nanosecond >= 0 && v->u.dt.nanosecond < 1000000000);
		break;
	default:
		break;
	}
}

static void emit_string(struct buf *b, const char *s, size_t len)
{
	buf_addc(b, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			buf_printf(b, "\\u%04X", c);
		else
			buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

static void emit_value(struct buf *b, const struct toml_value *v)
{
	const struct toml_datetime *dt = &v->u.dt;
	switch (v->type) {
	case TOML_TABLE:
		buf_addc(b, '{');
		for (size_t i = 0; i < v->u.table.len; i++) {
			const struct toml_kv *kv = &v->u.table.items[i];
			buf_adds(b, i ? ", " : "");
			emit_string(b, kv->key, kv->key_len);
			buf_adds(b, " = ");
			emit_value(b, kv->value);
		}
		buf_addc(b, '}');
		break;
	case TOML_ARRAY:
		buf_addc(b, '[');
		for (size_t i = 0; i < v->u.array.len; i++) {
			buf_adds(b, i ? ", " : "");
			emit_value(b, v->u.array.items[i]);
		}
		buf_addc(b, ']');
		break;
	case TOML_STRING:
		emit_string(b, v->u.s.ptr, v->u.s.len);
		break;
	case TOML_INTEGER:
		buf_printf(b, "%" PRId64, v->u.i);
		break;
	case TOML_FLOAT:
		if (isnan(v->u.f)) {
			buf_adds(b, "nan");
		} else if (isinf(v->u.f)) {
			buf_adds(b, v->u.f < 0 ? "-inf" : "inf");
		} else {
			char text[40];
			snprintf(text, sizeof text, "%.17g", v->u.f);
			buf_adds(b, text);
			if (!strpbrk(text, ".e"))
				buf_adds(b, ".0");
		}
		break;
	case TOML_BOOL:
		buf_adds(b, v->u.b ? "true" : "false");
		break;
	case TOML_DATETIME:
	case TOML_DATETIME_LOCAL:
	case TOML_DATE_LOCAL:
	case TOML_TIME_LOCAL:
		if (v->type != TOML_TIME_LOCAL)
			buf_printf(b, "%04d-%02d-%02d", dt->year, dt->month, dt->day);
		if (v->type == TOML_DATETIME || v->type == TOML_DATETIME_LOCAL)
			buf_addc(b, 'T');
		if (v->type != TOML_DATE_LOCAL)
			buf_printf(b, "%02d:%02d:%02d.%09ld", dt->hour, dt->minute,
				   dt->second, dt->nanosecond);
		if (v->type == TOML_DATETIME)
			buf_printf(b, "%c%02d:%02d", dt->offset_minutes < 0 ? '-' : '+',
				   abs(dt->offset_minutes) / 60, abs(dt->offset_minutes) % 60);
		break;
	}
}

static void require_same(const struct toml_value *a, const struct toml_value *b)
{
	REQUIRE(a->type == b->type);
	switch (a->type) {
	case TOML_TABLE:
		REQUIRE(a->u.table.len == b->u.table.len);
		for (size_t i = 0; i < a->u.table.len; i++) {
			const struct toml_kv *x = &a->u.table.items[i], *y = &b->u.table.items[i];
			REQUIRE(x->key_len == y->key_len);
			REQUIRE(memcmp(x->key, y->key, x->key_len) == 0);
			require_same(x->value, y->value);
		}
		break;
	case TOML_ARRAY:
		REQUIRE(a->u.array.len == b->u.array.len);
		for (size_t i = 0; i < a->u.array.len; i++)
			require_same(a->u.array.items[i], b->u.array.items[i]);
		break;
	case TOML_STRING:
		REQUIRE(a->u.s.len == b->u.s.len);
		REQUIRE(memcmp(a->u.s.ptr, b->u.s.ptr, a->u.s.len) == 0);
		break;
	case TOML_INTEGER:
		REQUIRE(a->u.i == b->u.i);
		break;
	case TOML_FLOAT:
		REQUIRE((isnan(a->u.f) && isnan(b->u.f)) ||
			memcmp(&a->u.f, &b->u.f, sizeof a->u.f) == 0);
		break;
	case TOML_BOOL:
		REQUIRE(a->u.b == b->u.b);
		break;
	default:
		REQUIRE(memcmp(&a->u.dt, &b->u.dt, sizeof a->u.dt) == 0);
		break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct toml_error err;
	struct buf again = {0};
	struct toml_value *doc = toml_parse((const char *)data, size, &err);
	struct toml_value *doc2 = NULL;
	if (!doc) {
		REQUIRE(err.msg[0] != '\0' && memchr(err.msg, '\0', sizeof err.msg));
		REQUIRE(err.line >= 1 && err.col >= 1);
		REQUIRE((size_t)err.line <= size + 1 && (size_t)err.col <= size + 1);
		goto out;
	}
	REQUIRE(doc->type == TOML_TABLE);
	check_tree(doc, size, 0);
	for (size_t i = 0; i < doc->u.table.len; i++) {
		const struct toml_kv *kv = &doc->u.table.items[i];
		emit_string(&again, kv->key, kv->key_len);
		buf_adds(&again, " = ");
		emit_value(&again, kv->value);
		buf_addc(&again, '\n');
	}
	doc2 = toml_parse(again.data, again.len, &err);
	if (!doc2)
		fprintf(stderr, "fuzz_toml: re-parse failed at %d:%d: %s\n%s\n",
			err.line, err.col, err.msg, buf_str(&again));
	REQUIRE(doc2 != NULL);
	require_same(doc, doc2);
out:
	toml_free(doc);
	toml_free(doc2);
	buf_free(&again);
	return 0;
}
