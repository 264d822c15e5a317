/*
 * gandi/stream.c: the items of a page read from their text by yajl. Each
 * decoded item is held to what the tree decoder (dec_schema on jansson's
 * tree) makes of the same text, and the text passed on for --json to what
 * jansson writes for it; the errors and the strictness are jansson's.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "gandi/decode.h"
#include "gandi/livedns.h"
#include "gandi/stream.h"
#include "unit.h"

/* Whether two structs of schema s hold the same fields. */
static int same_fields(const struct schema *s, const char *a, const char *b)
{
	for (size_t i = 0; i < s->nfields; i++) {
		const struct field *f = &s->fields[i];
		const void *x = a + f->at, *y = b + f->at;
		switch (f->kind) {
		case FIELD_STR: {
			const char *p = *(char *const *)x, *q = *(char *const *)y;
			if ((p == NULL) != (q == NULL) || (p && strcmp(p, q) != 0))
				return 0;
			break;
		}
		case FIELD_INT:
			if (*(const long long *)x != *(const long long *)y)
				return 0;
			break;
		case FIELD_BOOL:
			if (*(const bool *)x != *(const bool *)y)
				return 0;
			break;
		case FIELD_STRV: {
			size_t n = *(const size_t *)(a + f->count_at);
			if (n != *(const size_t *)(b + f->count_at))
				return 0;
			for (size_t k = 0; k < n; k++)
				if (strcmp((*(char **const *)x)[k], (*(char **const *)y)[k]) != 0)
					return 0;
			break;
		}
		}
	}
	return 1;
}

/*
 * Read page as items of s, and check every item against jansson's tree of
 * the same page: the same fields, and the text --json prints being what
 * jansson writes (JSON_COMPACT) once whitespace is dropped.
 */
static void check_page(const struct schema *s, const char *page, size_t nitems)
{
	struct items it;
	struct items_result res;
	json_error_t jerr;
	json_t *tree = json_loads(page, 0, &jerr);
	CHECK(items_read(page, strlen(page), s, 0, &it, &res) == ITEMS_OK);
	CHECK(tree != NULL);
	CHECK_INT(it.len, nitems);
	CHECK_INT(json_array_size(tree), nitems);
	char *want = calloc(1, s->size);
	for (size_t i = 0; i < it.len && i < json_array_size(tree); i++) {
		struct decoder d = {.what = s->what};
		CHECK(dec_schema(&d, s, json_array_get(tree, i), want));
		CHECK(same_fields(s, it.v[i].data, want));
		s->free(want);
		decoder_free(&d);
		char *dumped = json_dumps(json_array_get(tree, i), JSON_COMPACT);
		char *raw = calloc(1, it.v[i].raw.len + 1);
		size_t n = 0;
		bool in_string = false;
		for (size_t k = 0; k < it.v[i].raw.len; k++) { /* drop whitespace between tokens */
			char c = it.v[i].raw.text[k];
			if (in_string && c == '\\') {
				raw[n++] = c;
				raw[n++] = it.v[i].raw.text[++k];
				continue;
			}
			if (c == '"')
				in_string = !in_string;
			if (in_string || (c != ' ' && c != '\n' && c != '\t' && c != '\r'))
				raw[n++] = c;
		}
		CHECK_STR(raw, dumped);
		free(raw);
		free(dumped);
	}
	free(want);
	json_decref(tree);
	free(res.error);
	items_free(&it);
}

static void test_items_decode_as_the_tree_decoder_does(void)
{
	check_page(&schema_domain,
		   "[{\"fqdn\":\"a.example\",\"tld\":\"example\",\"status\":[\"ok\",\"x\"],"
		   "\"autorenew\":true,\"dates\":{\"registry_ends_at\":\"2030-01-01\",\"x\":[1,{}]},"
		   "\"nameserver\":{\"current\":\"livedns\"},\"tags\":[],\"owner\":null},"
		   " {\"fqdn\": \"b.example\", \"status\": null, \"autorenew\": false}]",
		   2);
	check_page(&schema_rrset,
		   "[ {\"rrset_name\":\"@\",\"rrset_type\":\"TXT\",\"rrset_ttl\":300,"
		   "\"rrset_values\":[\"\\\"a \\\\\\\" b\\\"\",\"\\\"{[,:]}\\\"\"]} ,\n"
		   "{\"rrset_name\":\"w\",\"rrset_type\":\"A\",\"rrset_values\":[\"192.0.2.1\"]}]",
		   2);
	check_page(&schema_webredir, "[]", 0);
}

static void test_text_jansson_writes_otherwise_goes_through_jansson(void)
{
	/* escapes jansson writes otherwise, reals, a key twice, -0: each rewritten */
	const char *pages[] = {
		"[{\"rrset_name\":\"caf\\u00e9\",\"rrset_type\":\"A\",\"rrset_values\":[]}]",
		"[{\"rrset_name\":\"a\\/b\",\"rrset_type\":\"A\",\"rrset_values\":[]}]",
		"[{\"rrset_name\":\"a\",\"rrset_type\":\"A\",\"rrset_ttl\":3e2,\"rrset_values\":[]}]",
		"[{\"rrset_name\":\"a\",\"rrset_name\":\"b\",\"rrset_type\":\"A\",\"rrset_values\":[]}]",
		"[{\"rrset_name\":\"a\",\"rrset_type\":\"A\",\"x\":-0,\"rrset_values\":[]}]",
		"[{\"rrset_name\":\"a\",\"rrset_type\":\"A\",\"x\":{\"k\":1,\"k\":2},"
		"\"rrset_values\":[]}]",
	};
	for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		struct items it;
		struct items_result res;
		CHECK(items_read(pages[i], strlen(pages[i]), &schema_rrset, 0, &it, &res) ==
		      ITEMS_OK);
		CHECK(it.len == 1 && it.v[0].rewritten != NULL);
		check_page(&schema_rrset, pages[i], 1);
		free(res.error);
		items_free(&it);
	}
	/* the usual text is passed on as it is */
	const char *plain = "[{\"rrset_name\":\"a\",\"rrset_type\":\"A\",\"rrset_values\":[\"x\"]}]";
	struct items it;
	struct items_result res;
	CHECK(items_read(plain, strlen(plain), &schema_rrset, 0, &it, &res) == ITEMS_OK);
	CHECK(it.len == 1 && it.v[0].rewritten == NULL && it.v[0].raw.text == plain + 1);
	free(res.error);
	items_free(&it);
}

/* The status and error of reading page as items of s. */
static enum items_status read_error(const struct schema *s, const char *page, char **error)
{
	struct items it;
	struct items_result res;
	enum items_status st = items_read(page, strlen(page), s, 0, &it, &res);
	*error = res.error;
	items_free(&it);
	return st;
}

static void test_bad_items_are_errors_named_as_before(void)
{
	char *e = NULL;
	CHECK(read_error(&schema_rrset, "[{\"rrset_type\":\"A\",\"rrset_values\":[]}]", &e) ==
	      ITEMS_BAD_ITEM);
	CHECK_STR(e, "record has no 'rrset_name'");
	free(e);
	CHECK(read_error(&schema_rrset, "[{\"rrset_name\":1,\"rrset_type\":\"A\"}]", &e) ==
	      ITEMS_BAD_ITEM);
	CHECK_STR(e, "record field 'rrset_name' is an integer, not a string");
	free(e);
	CHECK(read_error(&schema_rrset,
			 "[{\"rrset_name\":\"a\",\"rrset_type\":\"A\",\"rrset_values\":[1]}]",
			 &e) == ITEMS_BAD_ITEM);
	CHECK_STR(e, "record field 'rrset_values' holds an integer, not a string");
	free(e);
	CHECK(read_error(&schema_domain, "[{\"fqdn\":\"a\",\"dates\":\"x\"}]", &e) ==
	      ITEMS_BAD_ITEM);
	CHECK_STR(e, "domain field 'dates' is a string, not an object");
	free(e);
	CHECK(read_error(&schema_domain, "[\"a.example\"]", &e) == ITEMS_BAD_ITEM);
	CHECK_STR(e, "domain is a string, not an object");
	free(e);
	CHECK(read_error(&schema_domain, "{\"fqdn\":\"a\"}", &e) == ITEMS_NOT_ARRAY);
	free(e);
	/* what jansson refuses is refused: \u0000, a lone surrogate, bad UTF-8, cut text */
	const char *refused[] = {"[{\"fqdn\":\"a\\u0000b\"}]", "[{\"fqdn\":\"\\ud800\"}]",
				 "[{\"fqdn\":\"\xff\"}]", "[{\"fqdn\":\"a\"}", "[{\"fqdn\":\"a\"}] x"};
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		enum items_status st = read_error(&schema_domain, refused[i], &e);
		CHECK(st == ITEMS_SYNTAX || st == ITEMS_BAD_ITEM);
		free(e);
	}
}

/* A file given to dns sync, chunk by chunk of size n, against rrset_doc_parse. */
static void check_doc(const char *text, size_t n)
{
	struct rrset_doc whole, parts;
	rrset_doc_parse(text, strlen(text), &whole);
	struct rrset_doc_reader *r = rrset_doc_begin(&parts);
	for (size_t at = 0; at < strlen(text); at += n) {
		size_t len = strlen(text) - at < n ? strlen(text) - at : n;
		rrset_doc_feed(r, text + at, len);
	}
	rrset_doc_end(r);
	CHECK_INT(parts.status, whole.status);
	CHECK_INT(parts.len, whole.len);
	for (size_t i = 0; i < parts.len && i < whole.len; i++) {
		CHECK_INT(parts.items[i].ok, whole.items[i].ok);
		CHECK_INT(parts.items[i].not_object, whole.items[i].not_object);
		if (parts.items[i].ok && whole.items[i].ok)
			CHECK(same_fields(&schema_rrset, (const char *)&parts.items[i].r,
					  (const char *)&whole.items[i].r));
	}
	rrset_doc_free(&whole);
	rrset_doc_free(&parts);
}

static void test_files_read_in_chunks_as_whole(void)
{
	const char *doc = "{\"zone_data\": [1], \"items\": [{\"rrset_name\": \"www\", "
			  "\"rrset_type\": \"A\", \"rrset_ttl\": 300, \"rrset_values\": "
			  "[\"192.0.2.1\"]}, 5, {\"rrset_name\": 2}]}";
	for (size_t n = 1; n < 12; n++)
		check_doc(doc, n);
	check_doc("[{\"rrset_name\":\"a\",\"rrset_type\":\"MX\",\"rrset_values\":[\"1 a.\"]}]", 3);
	/* a syntax error: its line and column, counted across chunks */
	struct rrset_doc d;
	struct rrset_doc_reader *r = rrset_doc_begin(&d);
	rrset_doc_feed(r, "[{\"rrset_name\": \"a\",\n", 21);
	rrset_doc_feed(r, " \"rrset_type\" 3}]", 17);
	rrset_doc_end(r);
	CHECK_INT(d.status, DOC_SYNTAX);
	CHECK_INT(d.line, 2);
	CHECK(d.column > 1 && d.column <= 16);
	rrset_doc_free(&d);
}

int main(void)
{
	RUN(test_items_decode_as_the_tree_decoder_does);
	RUN(test_text_jansson_writes_otherwise_goes_through_jansson);
	RUN(test_bad_items_are_errors_named_as_before);
	RUN(test_files_read_in_chunks_as_whole);
	return unit_done();
}
