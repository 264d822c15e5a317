/*
 * libFuzzer target: everything gandi does with an answer from the API.
 * The first byte picks an HTTP status; the rest is the body. It goes through
 * the facts of a failure and the message composed from them (JSON envelopes,
 * HTML pages, truncated bodies)
 * and, when it parses as JSON, through every typed decoder, on the value and
 * on each element of an array; and through the page reader (gandi/stream.c)
 * for every list's items, whole and in chunks.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gandi/call.h"
#include "ctx.h"
#include "gandi/decode.h"
#include "gandi/livedns.h"
#include "gandi/stream.h"
#include "error.h"
#include "net/http.h"

static void decode_all(const json_t *j)
{
	struct decoder d = {.what = "fuzz"};
	struct tokeninfo ti;
	struct domain dom;
	struct domain_info di;
	struct rrset r;
	struct webredir w;
	decode_tokeninfo(&d, j, &ti);
	tokeninfo_free(&ti);
	decoder_free(&d);
	decode_domain(&d, j, &dom);
	domain_free(&dom);
	decoder_free(&d);
	decode_domain_info(&d, j, &di);
	domain_info_free(&di);
	decoder_free(&d);
	decode_rrset(&d, j, &r);
	rrset_free(&r);
	decoder_free(&d);
	decode_webredir(&d, j, &w);
	webredir_free(&w);
	decoder_free(&d);
	struct snapshot snap;
	decode_snapshot(&d, j, &snap);
	snapshot_free(&snap);
	decoder_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const long statuses[] = {200, 400, 401, 403, 404, 409, 429, 500, 502, 503};
	struct ctx ctx;
	struct http_response resp;
	memset(&ctx, 0, sizeof(ctx));
	ctx.quiet = true;
	http_response_init(&resp);
	long status = size ? statuses[data[0] % 10] : 200;
	if (size) {
		data++;
		size--;
	}
	resp.status = status;
	buf_add(&resp.body, data, size);
	if (status >= 400) {
		struct call c;
		call_init(&c, "GET", "domain:tech", 0);
		call_about_domain(&c, "example.com");
		error_api(&ctx, call_fault(&ctx, &c, &resp));
		free(error_text(&ctx)); /* the message composed from the facts */
		error_clear(&ctx.err);
		call_free(&c);
	}
	json_error_t jerr;
	json_t *j = json_loadb((const char *)data, size, JSON_DECODE_ANY, &jerr);
	if (j) {
		decode_all(j);
		for (size_t i = 0; json_is_array(j) && i < json_array_size(j); i++)
			decode_all(json_array_get(j, i));
		json_decref(j);
	}
	/* the same bytes as a page of every list, read from its text */
	static const struct schema *const schemas[] = {&schema_domain, &schema_rrset,
						      &schema_webredir, &schema_snapshot,
						      &schema_org, &schema_object};
	for (size_t i = 0; i < sizeof(schemas) / sizeof(schemas[0]); i++) {
		struct items it;
		struct items_result res;
		items_read((const char *)data, size, schemas[i], 0, &it, &res);
		free(res.error);
		items_free(&it);
	}
	struct rrset_doc doc; /* the same bytes as a file given to dns sync */
	rrset_doc_parse((const char *)data, size, &doc);
	rrset_doc_free(&doc);
	/* and read as a file is read, in chunks of 7 bytes */
	struct rrset_doc_reader *r = rrset_doc_begin(&doc);
	for (size_t at = 0; at < size; at += 7)
		rrset_doc_feed(r, (const char *)data + at, size - at < 7 ? size - at : 7);
	rrset_doc_end(r);
	rrset_doc_free(&doc);
	http_response_free(&resp);
	return 0;
}
