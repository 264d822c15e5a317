/*
 * Unit tests of the TOML parser's API: lookups, types, positions and spans,
 * error messages with line and column, CRLF, byte order marks, limits.
 * Every document is parsed from an exact-size heap copy with no NUL after
 * it, so that a read past the end shows up under AddressSanitizer.
 */
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "config/toml.h"
#include "unit.h"

static struct toml_value *parse_n(const char *text, size_t len, struct toml_error *err)
{
	char *copy = xmalloc(len ? len : 1);
	if (len)
		memcpy(copy, text, len);
	struct toml_value *doc = toml_parse(copy, len, err);
	free(copy);
	return doc;
}

static struct toml_value *parse(const char *text, struct toml_error *err)
{
	return parse_n(text, strlen(text), err);
}

/* Parse a document that must fail; check where and what. */
#define CHECK_ERROR(text, l, c, message)                                       \
	do {                                                                   \
		struct toml_error e_;                                          \
		struct toml_value *d_ = parse((text), &e_);                    \
		CHECK(d_ == NULL);                                             \
		toml_free(d_);                                                 \
		CHECK_STR(e_.msg, (message));                                  \
		CHECK_INT(e_.line, (l));                                       \
		CHECK_INT(e_.col, (c));                                        \
	} while (0)

static const char config[] =
	"# gandi configuration\n"
	"default_profile = \"work\"\n"
	"\n"
	"[profile.work]\n"
	"api_key = \"s3cr3t\"   # personal access token\n"
	"timeout = 30\n"
	"sandbox = false\n"
	"ratio = 0.5\n"
	"created = 2024-02-29T12:00:00.5+02:00\n"
	"\n"
	"[[profile.work.zones]]\n"
	"name = \"example.com\"\n"
	"ttl = 0x12c\n"
	"[[profile.work.zones]]\n"
	"name = \"example.org\"\n";

static void test_lookup_and_types(void)
{
	struct toml_error err;
	struct toml_value *doc = parse(config, &err);
	CHECK(doc != NULL);
	if (!doc)
		goto out;
	CHECK_INT(doc->type, TOML_TABLE);
	CHECK_STR(toml_get(doc, "default_profile")->u.s.ptr, "work");
	const struct toml_value *profile = toml_get(doc, "profile");
	const struct toml_value *work = toml_get(profile, "work");
	CHECK(work && work->type == TOML_TABLE);
	CHECK_STR(toml_get(work, "api_key")->u.s.ptr, "s3cr3t");
	CHECK_INT(toml_get(work, "api_key")->u.s.len, 6);
	CHECK_INT(toml_get(work, "timeout")->type, TOML_INTEGER);
	CHECK_INT(toml_get(work, "timeout")->u.i, 30);
	CHECK_INT(toml_get(work, "sandbox")->type, TOML_BOOL);
	CHECK_INT(toml_get(work, "sandbox")->u.b, 0);
	CHECK(toml_get(work, "ratio")->u.f == 0.5);
	const struct toml_value *created = toml_get(work, "created");
	CHECK_INT(created->type, TOML_DATETIME);
	CHECK_INT(created->u.dt.year, 2024);
	CHECK_INT(created->u.dt.month, 2);
	CHECK_INT(created->u.dt.day, 29);
	CHECK_INT(created->u.dt.hour, 12);
	CHECK_INT(created->u.dt.nanosecond, 500000000);
	CHECK_INT(created->u.dt.offset_minutes, 120);
	const struct toml_value *zones = toml_get(work, "zones");
	CHECK_INT(zones->type, TOML_ARRAY);
	CHECK_INT(zones->u.array.len, 2);
	CHECK_STR(toml_get(zones->u.array.items[1], "name")->u.s.ptr, "example.org");
	CHECK_INT(toml_get(zones->u.array.items[0], "ttl")->u.i, 300);
	/* keys stay in document order */
	CHECK_STR(work->u.table.items[0].key, "api_key");
	CHECK_STR(work->u.table.items[5].key, "zones");
	/* misses */
	CHECK(toml_get(work, "missing") == NULL);
	CHECK(toml_get(toml_get(work, "timeout"), "x") == NULL);
	CHECK(toml_get(NULL, "x") == NULL);
	CHECK(toml_get_kv(zones, "name") == NULL);
out:
	toml_free(doc);
}

static void test_positions_and_spans(void)
{
	struct toml_error err;
	struct toml_value *doc = parse(config, &err);
	CHECK(doc != NULL);
	if (!doc)
		goto out;
	const struct toml_value *work = toml_get(toml_get(doc, "profile"), "work");
	CHECK_INT(work->line, 4);
	CHECK_INT(work->col, 1);
	CHECK_INT(doc->line, 0);
	const struct toml_kv *kv = toml_get_kv(work, "timeout");
	CHECK_INT(kv->line, 6);
	CHECK_INT(kv->col, 1);
	CHECK_INT(kv->offset, strstr(config, "timeout") - config);
	CHECK_INT(kv->value->line, 6);
	CHECK_INT(kv->value->col, 11);
	/* the key "work" sits at column 10 of its header */
	const struct toml_kv *wkv = toml_get_kv(toml_get(doc, "profile"), "work");
	CHECK_INT(wkv->line, 4);
	CHECK_INT(wkv->col, 10);
	/* arrays of tables: the array at its first header, elements at theirs */
	const struct toml_value *zones = toml_get(work, "zones");
	CHECK_INT(zones->line, 11);
	CHECK_INT(zones->u.array.items[1]->line, 14);
	/* rewrite one value in place, keeping the comment */
	const struct toml_value *key = toml_get(work, "api_key");
	CHECK_INT(key->end - key->start, strlen("\"s3cr3t\""));
	struct buf b = {0};
	buf_add(&b, config, key->start);
	buf_adds(&b, "\"n3w\"");
	buf_adds(&b, config + key->end);
	struct toml_value *again = parse(b.data, &err);
	CHECK(again != NULL);
	const struct toml_value *w2 = toml_get(toml_get(again, "profile"), "work");
	CHECK_STR(toml_get(w2, "api_key")->u.s.ptr, "n3w");
	CHECK(strstr(b.data, "\"n3w\"   # personal access token\n") != NULL);
	toml_free(again);
	buf_free(&b);
out:
	toml_free(doc);
}

static void test_columns_count_characters(void)
{
	struct toml_error err;
	const char *text = "t = {\"\xc3\xa9\xc3\xa9\" = 1, b = 2}\n";
	struct toml_value *doc = parse(text, &err);
	CHECK(doc != NULL);
	const struct toml_kv *kv = toml_get_kv(toml_get(doc, "t"), "b");
	CHECK(kv != NULL);
	if (kv) {
		CHECK_INT(kv->col, 16);
		CHECK_INT(kv->offset, 17);
	}
	toml_free(doc);
	CHECK_ERROR("s = \"\xc3\xa9\" x\n", 1, 9,
		    "expected end of line after the value of 's', found 'x'");
}

static void test_error_messages(void)
{
	CHECK_ERROR("api_key = \"a\"\napi_key = \"b\"\n", 2, 1,
		    "duplicate key 'api_key' (first set on line 1)");
	CHECK_ERROR("path = \"C:\\qux\"\n", 1, 11,
		    "invalid escape '\\q' in string (write \\\\ for a backslash)");
	CHECK_ERROR("timeout 30\n", 1, 9, "expected '=' after key 'timeout'");
	CHECK_ERROR("[profile]\nname = \"x\n", 2, 10,
		    "unterminated string (missing closing \" before the end of the line)");
	CHECK_ERROR("[a]\nx = 1\n[a]\n", 3, 2,
		    "duplicate table [a] (already defined on line 1)");
	CHECK_ERROR("a.b = 1\n[a]\n", 2, 2,
		    "duplicate table [a] (already defined by dotted keys on line 1)");
	CHECK_ERROR("d = 2023-02-29\n", 1, 5,
		    "invalid date '2023-02-29' (day must be 01-28 in that month)");
	CHECK_ERROR("t = 24:00:00\n", 1, 5,
		    "invalid time in '24:00:00' (hour 00-23, minute 00-59, second 00-60)");
	CHECK_ERROR("n = 9223372036854775808\n", 1, 5,
		    "integer '9223372036854775808' out of range (it must fit in 64 bits)");
	CHECK_ERROR("n = 0x8000000000000000\n", 1, 5,
		    "integer '0x8000000000000000' out of range (it must fit in 64 bits)");
	CHECK_ERROR("f = 1e400\n", 1, 5, "float '1e400' out of range");
	CHECK_ERROR("n = 012\n", 1, 5,
		    "invalid number '012' (leading zeros are not allowed)");
	CHECK_ERROR("s = hello\n", 1, 5,
		    "invalid value 'hello' (strings must be quoted: \"hello\")");
	CHECK_ERROR("b = True\n", 1, 5,
		    "invalid value 'True' (booleans are lower case: true, false)");
	CHECK_ERROR("a = 1 b = 2\n", 1, 7,
		    "expected end of line after the value of 'a', found 'b'");
	CHECK_ERROR("a = [1, 2\nb = 3\n", 2, 1,
		    "expected ',' or ']' after array element, found 'b'");
	CHECK_ERROR("t = {a = 1,\n b = 2}\n", 1, 12,
		    "newline in inline table (an inline table must fit on one line; "
		    "use a [table] instead)");
	CHECK_ERROR("t = {a = 1}\n[t]\n", 2, 2,
		    "cannot extend inline table 't' (defined on line 1): inline tables "
		    "are complete once written");
	CHECK_ERROR("a = 1\n[a.b]\n", 2, 2,
		    "key 'a' is already an integer (line 1), not a table");
	CHECK_ERROR("a = [1]\n[[a]]\n", 2, 3,
		    "cannot extend array 'a' (line 1): only arrays of tables made with "
		    "[[a]] can be extended");
	CHECK_ERROR("\"a b\" = 1\n\"a b\" = 2\n", 2, 1,
		    "duplicate key '\"a b\"' (first set on line 1)");
	CHECK_ERROR("s = \"\xff\"\n", 1, 6,
		    "invalid UTF-8 byte 0xFF (the document must be UTF-8 encoded)");
	CHECK_ERROR("s = \"\xed\xa0\x80\"\n", 1, 6,
		    "invalid UTF-8 byte 0xED (the document must be UTF-8 encoded)");
	CHECK_ERROR("s = \"a\x01\"\n", 1, 7,
		    "invalid control character U+0001 in string (write it as an escape "
		    "such as \\u0001)");
	CHECK_ERROR("s = \"\\uD800\"\n", 1, 6,
		    "invalid escape '\\uD800' in string (not a Unicode scalar value)");
}

static void test_rare_errors(void)
{
	CHECK_ERROR("s = \"\\\xc3\xa9\"\n", 1, 6,
		    "invalid escape '\\\xc3\xa9' in string (write \\\\ for a backslash)");
	CHECK_ERROR("s = \"\\\x01\"\n", 1, 6,
		    "invalid escape '\\' followed by U+0001 in string");
	CHECK_ERROR("s = \"\\\n", 1, 6,
		    "invalid escape '\\' at end of line (line-ending backslashes work "
		    "only in \"\"\" strings)");
	CHECK_ERROR("a = [1,\r2]\n", 1, 8,
		    "carriage return without line feed (end lines with LF or CRLF)");
	CHECK_ERROR("a = [ # c\x01\n]\n", 1, 10,
		    "invalid control character U+0001 in comment");
	CHECK_ERROR("s = \"\"\"a\rb\"\"\"\n", 1, 9,
		    "carriage return without line feed in string (end lines with LF or CRLF)");
	CHECK_ERROR("t = {a = 1", 1, 5, "unterminated inline table (missing '}')");
	CHECK_ERROR("t = {", 1, 5, "unterminated inline table (missing '}')");
	CHECK_ERROR("a = [1, 2", 1, 5, "unterminated array (missing ']')");
	CHECK_ERROR("s = '''abc''", 1, 5, "unterminated string (missing closing ''')");

	/* long values and keys are cut to fit the message */
	char *text = xasprintf("n = 1%0100d\n", 0);
	char *want = xasprintf("integer '1%043d...' out of range (it must fit in 64 bits)", 0);
	CHECK_ERROR(text, 1, 5, want);
	free(text);
	free(want);

	char name[201];
	memset(name, 'k', 200);
	name[200] = '\0';
	text = xasprintf("%s = 1\n%s = 2\n", name, name);
	want = xasprintf("duplicate key '%.92s...' (first set on line 1)", name);
	CHECK_ERROR(text, 2, 1, want);
	free(text);
	free(want);

	struct buf b = {0};
	buf_adds(&b, "[a");
	for (int i = 0; i < TOML_MAX_DEPTH; i++)
		buf_adds(&b, ".a");
	buf_adds(&b, "]\n");
	CHECK_ERROR(b.data, 1, 2 + 2 * TOML_MAX_DEPTH,
		    "tables and arrays nested deeper than 128 levels");
	buf_free(&b);
}

static void test_crlf(void)
{
	struct toml_error err;
	const char *text = "a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\n[t]\r\nc = 2 # note\r\n";
	struct toml_value *doc = parse(text, &err);
	CHECK(doc != NULL);
	if (!doc)
		goto out;
	CHECK_STR(toml_get(doc, "b")->u.s.ptr, "x\ny");
	CHECK_INT(toml_get(doc, "t")->line, 4);
	const struct toml_kv *c = toml_get_kv(toml_get(doc, "t"), "c");
	CHECK_INT(c->line, 5);
	CHECK_INT(c->col, 1);
	CHECK_INT(c->value->u.i, 2);
out:
	toml_free(doc);
	CHECK_ERROR("a = 1\r\nb = 2\rc = 3\r\n", 2, 6,
		    "carriage return without line feed (end lines with LF or CRLF)");
	CHECK_ERROR("a = 1\r\nb = x\r\n", 2, 5,
		    "invalid value 'x' (strings must be quoted: \"x\")");
}

static void test_bom(void)
{
	struct toml_error err;
	struct toml_value *doc = parse("\xef\xbb\xbf" "a = 1\n", &err);
	CHECK(doc != NULL);
	const struct toml_kv *kv = toml_get_kv(doc, "a");
	CHECK(kv != NULL);
	if (kv) {
		CHECK_INT(kv->line, 1);
		CHECK_INT(kv->col, 1);
		CHECK_INT(kv->offset, 3);
	}
	toml_free(doc);
	doc = parse("\xef\xbb\xbf", &err);
	CHECK(doc != NULL && doc->u.table.len == 0);
	toml_free(doc);
	CHECK_ERROR("\xef\xbb\xbf" "a = \n", 1, 5, "expected a value, found end of line");
	CHECK_ERROR("a = 1\n\xef\xbb\xbf" "b = 2\n", 2, 1,
		    "expected a key, found '\xef\xbb\xbf' (keys with characters other "
		    "than A-Za-z0-9_- must be quoted)");
}

static void test_input_is_not_nul_terminated(void)
{
	struct toml_error err;
	/* only the first 7 bytes count: "a = 123" */
	struct toml_value *doc = parse_n("a = 12345", 7, &err);
	CHECK(doc != NULL);
	CHECK_INT(toml_get(doc, "a")->u.i, 123);
	toml_free(doc);
	const char *cut[] = {"s = \"abc", "s = '''abc''", "s = \"\\u00e", "d = 1979-05",
			     "t = 07:32:00.", "a = [1,", "t = {a = 1", "[a.b", "k = \"\\",
			     "f = 1e", "x = 0x", "# comment", "d = 1979-05-27T07:32:00+01"};
	for (size_t i = 0; i < sizeof cut / sizeof cut[0]; i++) {
		doc = parse(cut[i], &err);
		CHECK(doc == NULL || strcmp(cut[i], "# comment") == 0);
		toml_free(doc);
	}
	doc = parse_n(NULL, 0, &err);
	CHECK(doc != NULL && doc->type == TOML_TABLE);
	toml_free(doc);
}

static char *repeat(const char *head, const char *unit, size_t n, const char *tail)
{
	struct buf b = {0};
	buf_adds(&b, head);
	for (size_t i = 0; i < n; i++)
		buf_adds(&b, unit);
	buf_adds(&b, tail);
	return buf_detach(&b);
}

static void test_depth_limit(void)
{
	struct toml_error err;
	char *ok = repeat("a = ", "[", TOML_MAX_DEPTH, "");
	char *closing = repeat(ok, "]", TOML_MAX_DEPTH, "\n");
	struct toml_value *doc = parse(closing, &err);
	CHECK(doc != NULL);
	toml_free(doc);
	free(ok);
	free(closing);

	char *deep = repeat("a = ", "[", TOML_MAX_DEPTH + 1, "");
	doc = parse(deep, &err);
	CHECK(doc == NULL);
	CHECK_STR(err.msg, "tables and arrays nested deeper than 128 levels");
	CHECK_INT(err.col, 4 + TOML_MAX_DEPTH + 1);
	free(deep);

	char *huge = repeat("a = ", "[", 1000000, "");
	doc = parse(huge, &err);
	CHECK(doc == NULL);
	CHECK_STR(err.msg, "tables and arrays nested deeper than 128 levels");
	free(huge);

	char *inl = repeat("a = ", "{b = ", 200, "");
	doc = parse(inl, &err);
	CHECK(doc == NULL);
	CHECK_STR(err.msg, "tables and arrays nested deeper than 128 levels");
	free(inl);

	char *dotted = repeat("a", ".a", 200, " = 1\n");
	doc = parse(dotted, &err);
	CHECK(doc == NULL);
	CHECK_STR(err.msg, "tables and arrays nested deeper than 128 levels");
	free(dotted);

	char *header = repeat("[a", ".a", 200, "]\n");
	doc = parse(header, &err);
	CHECK(doc == NULL);
	CHECK_STR(err.msg, "tables and arrays nested deeper than 128 levels");
	free(header);

	/* 128 levels of tables are fine: 127 dots below the root key */
	char *limit = repeat("[a", ".a", TOML_MAX_DEPTH - 1, "]\nk = 1\n");
	doc = parse(limit, &err);
	CHECK(doc != NULL);
	toml_free(doc);
	free(limit);
}

/* A quadratic parser would need minutes here; this one takes milliseconds. */
static void test_large_documents(void)
{
	struct toml_error err;
	struct buf b = {0};
	for (int i = 0; i < 100000; i++)
		buf_printf(&b, "key%d = %d\n", i, i);
	clock_t t0 = clock();
	struct toml_value *doc = parse(b.data, &err);
	CHECK(doc != NULL && doc->u.table.len == 100000);
	CHECK_INT(toml_get(doc, "key99999")->u.i, 99999);
	CHECK_INT(toml_get_kv(doc, "key99999")->line, 100000);
	toml_free(doc);

	buf_reset(&b);
	buf_adds(&b, "t = {");
	for (int i = 0; i < 100000; i++)
		buf_printf(&b, "%sk%d = %d", i ? ", " : "", i, i);
	buf_adds(&b, "}\n");
	doc = parse(b.data, &err);
	CHECK(doc != NULL);
	const struct toml_kv *last = toml_get_kv(toml_get(doc, "t"), "k99999");
	CHECK(last != NULL && (size_t)last->col == last->offset + 1);
	toml_free(doc);

	buf_reset(&b);
	for (int i = 0; i < 50000; i++)
		buf_printf(&b, "[[zone]]\nname = \"z%d\"\n[zone.ttl]\nv = %d\n", i, i);
	doc = parse(b.data, &err);
	CHECK(doc != NULL && toml_get(doc, "zone")->u.array.len == 50000);
	toml_free(doc);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	CHECK(secs < 10.0);
	buf_free(&b);
}

static void test_scalars(void)
{
	struct toml_error err;
	struct toml_value *doc = parse(
		"i = [0, -0, +7, 1_000, 0xDEAD_beef, 0o755, 0b1010, "
		"9223372036854775807, -9223372036854775808]\n"
		"f = [1e3, -2.5E-3, 6.626e-34, inf, -inf, nan, -0.0, 1_0.0_1]\n"
		"d = [1979-05-27T07:32:00Z, 1979-05-27 07:32:00.999999999999-07:30, "
		"1979-05-27t07:32:00, 1979-05-27, 23:59:60.5, 2000-02-29]\n"
		"s = [\"\\u00e9\\U0001F600\\t\\\"\", 'C:\\x', \"\"\"\\\n   a\"\"\"\"\", "
		"'''\nb''''', \"\\u0000\"]\n",
		&err);
	CHECK(doc != NULL);
	if (!doc) {
		fprintf(stderr, "%d:%d: %s\n", err.line, err.col, err.msg);
		goto out;
	}
	const struct toml_value *i = toml_get(doc, "i");
	int64_t want_i[] = {0, 0, 7, 1000, 0xdeadbeef, 0755, 10, INT64_MAX, INT64_MIN};
	CHECK_INT(i->u.array.len, 9);
	for (size_t k = 0; k < 9 && k < i->u.array.len; k++)
		CHECK_INT(i->u.array.items[k]->u.i, want_i[k]);
	const struct toml_value *f = toml_get(doc, "f");
	CHECK(f->u.array.items[0]->u.f == 1000.0);
	CHECK(f->u.array.items[1]->u.f == -2.5e-3);
	CHECK(f->u.array.items[2]->u.f == 6.626e-34);
	CHECK(isinf(f->u.array.items[3]->u.f) && f->u.array.items[3]->u.f > 0);
	CHECK(isinf(f->u.array.items[4]->u.f) && f->u.array.items[4]->u.f < 0);
	CHECK(isnan(f->u.array.items[5]->u.f));
	CHECK(f->u.array.items[6]->u.f == 0.0 && signbit(f->u.array.items[6]->u.f));
	CHECK(f->u.array.items[7]->u.f == 10.01);
	const struct toml_value *d = toml_get(doc, "d");
	CHECK_INT(d->u.array.items[0]->type, TOML_DATETIME);
	CHECK_INT(d->u.array.items[1]->type, TOML_DATETIME);
	CHECK_INT(d->u.array.items[1]->u.dt.offset_minutes, -450);
	CHECK_INT(d->u.array.items[1]->u.dt.nanosecond, 999999999);
	CHECK_INT(d->u.array.items[2]->type, TOML_DATETIME_LOCAL);
	CHECK_INT(d->u.array.items[3]->type, TOML_DATE_LOCAL);
	CHECK_INT(d->u.array.items[4]->type, TOML_TIME_LOCAL);
	CHECK_INT(d->u.array.items[4]->u.dt.second, 60);
	CHECK_INT(d->u.array.items[5]->u.dt.day, 29);
	const struct toml_value *s = toml_get(doc, "s");
	CHECK_STR(s->u.array.items[0]->u.s.ptr, "\xc3\xa9\xf0\x9f\x98\x80\t\"");
	CHECK_STR(s->u.array.items[1]->u.s.ptr, "C:\\x");
	CHECK_STR(s->u.array.items[2]->u.s.ptr, "a\"\"");
	CHECK_STR(s->u.array.items[3]->u.s.ptr, "b''");
	CHECK_INT(s->u.array.items[4]->u.s.len, 1);
	CHECK_INT(s->u.array.items[4]->u.s.ptr[0], 0);
out:
	toml_free(doc);
}

static void test_table_rules(void)
{
	struct toml_error err;
	/* an implicit table may be defined once, by a header or dotted keys */
	struct toml_value *doc = parse("[a.b.c]\n[a]\nb.d = 1\n", &err);
	CHECK(doc != NULL);
	toml_free(doc);
	CHECK_ERROR("[a.b.c]\n[a]\nb.d = 1\n[a.b]\n", 4, 4,
		    "duplicate table [a.b] (already defined by dotted keys on line 3)");
	/* headers may add sub-tables to tables defined by dotted keys */
	doc = parse("[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true\n",
		    &err);
	CHECK(doc != NULL);
	toml_free(doc);
	CHECK_ERROR("[[a]]\n[a]\n", 2, 2,
		    "'a' is an array of tables (line 1): write [[a]] to add an element");
	CHECK_ERROR("[a]\nb = {}\n[a.b.c]\n", 3, 4,
		    "cannot extend inline table 'a.b' (defined on line 2): inline tables "
		    "are complete once written");
	CHECK_ERROR("[a.b]\nc = 1\n[a]\nb.c = 2\n", 4, 1,
		    "cannot add to table 'b' with dotted keys: it has its own [header] "
		    "on line 1");
}

static void test_type_names(void)
{
	CHECK_STR(toml_type_name(TOML_TABLE), "table");
	CHECK_STR(toml_type_name(TOML_ARRAY), "array");
	CHECK_STR(toml_type_name(TOML_STRING), "string");
	CHECK_STR(toml_type_name(TOML_INTEGER), "integer");
	CHECK_STR(toml_type_name(TOML_FLOAT), "float");
	CHECK_STR(toml_type_name(TOML_BOOL), "boolean");
	CHECK_STR(toml_type_name(TOML_DATETIME), "offset date-time");
	CHECK_STR(toml_type_name(TOML_DATETIME_LOCAL), "local date-time");
	CHECK_STR(toml_type_name(TOML_DATE_LOCAL), "local date");
	CHECK_STR(toml_type_name(TOML_TIME_LOCAL), "local time");
	CHECK_STR(toml_type_name((enum toml_type)99), "unknown");
}

/*
 * Under a locale whose decimal point is a comma, floats still read with a
 * dot. Needs such a locale (e.g. LOCPATH pointing at one made by localedef);
 * without one, the check runs in the C locale only and says so.
 */
static void test_floats_ignore_locale(void)
{
	static const char *names[] = {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8",
				      "fr_FR.utf8", "nl_NL.UTF-8"};
	const char *used = NULL;
	for (size_t i = 0; i < sizeof names / sizeof names[0] && !used; i++)
		if (setlocale(LC_NUMERIC, names[i]) && strtod("1,5", NULL) == 1.5)
			used = names[i];
	if (!used)
		fprintf(stderr, "note: no decimal-comma locale installed; "
			"float parsing checked in the C locale only\n");
	struct toml_error err;
	struct toml_value *doc = parse("f = 1.5\ng = 2e-1\n", &err);
	CHECK(doc != NULL);
	CHECK(doc && toml_get(doc, "f")->u.f == 1.5);
	CHECK(doc && toml_get(doc, "g")->u.f == 0.2);
	toml_free(doc);
	setlocale(LC_NUMERIC, "C");
}

int main(void)
{
	RUN(test_lookup_and_types);
	RUN(test_positions_and_spans);
	RUN(test_columns_count_characters);
	RUN(test_error_messages);
	RUN(test_rare_errors);
	RUN(test_crlf);
	RUN(test_bom);
	RUN(test_input_is_not_nul_terminated);
	RUN(test_depth_limit);
	RUN(test_large_documents);
	RUN(test_scalars);
	RUN(test_table_rules);
	RUN(test_type_names);
	RUN(test_floats_ignore_locale);
	return unit_done();
}
