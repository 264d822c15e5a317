/*
 * The items of a JSON array read straight from its text with yajl (a
 * streaming parser), private to src/gandi: each item is decoded by its field
 * table (gandi/decode.h) as the parser goes, and its text in the page is kept
 * for --json, so no tree is built. The text is checked as strictly as
 * jansson checks it (valid UTF-8, no \u0000, nesting at most 2048 deep).
 *
 * An item's text is passed on as it is, whitespace aside, when that is
 * exactly what jansson would write for it: no \u or \/ escape, every number
 * an integer written as jansson writes it, no key twice in one object.
 * Otherwise it goes through jansson (parsed, so checked again, and written
 * again), which keeps --json byte for byte what it was.
 *
 * Ownership: a struct items owns the decoded structs and any text written
 * again (items_free()); the other texts point into the page, which must
 * outlive it.
 */
#ifndef GANDI_STREAM_H
#define GANDI_STREAM_H

#include <stdbool.h>
#include <stddef.h>

#include "gandi/decode.h"
#include "output/output-json.h"

struct item {
	void *data;          /* the struct of the schema (in struct items' storage) */
	struct jv_text raw;  /* its text, as --json prints it */
	char *rewritten;     /* the text jansson wrote for it, when raw is that */
	bool not_object;     /* ITEMS_KEEP_BAD: it is not an object (data left empty) */
	char *problem;       /* ITEMS_KEEP_BAD: why it does not decode, or NULL */
};

struct items {
	const struct schema *schema;
	char *data;          /* cap structs of schema->size bytes, len of them used */
	struct item *v;      /* len items, their data in data */
	size_t len, cap;
};

enum items_flag {
	/* the array may also be the member items (or zone_data) of an object */
	ITEMS_WRAPPED = 1 << 0,
	/* an item that does not decode is kept with its problem, not an error */
	ITEMS_KEEP_BAD = 1 << 1,
	/* items_begin(): the text comes in chunks and is not kept (item.raw stays empty) */
	ITEMS_NO_TEXT = 1 << 2,
};

enum items_status {
	ITEMS_OK,
	ITEMS_SYNTAX,     /* not JSON: error says why, at the byte offset error_at */
	ITEMS_NOT_ARRAY,  /* JSON, but not an array (of ITEMS_WRAPPED's forms) */
	ITEMS_BAD_ITEM,   /* an item does not decode: error says why */
};

struct items_result {
	enum items_status status;
	char *error;      /* to free() */
	size_t error_at;
};

/*
 * Read text (len bytes) as an array of items of schema s into out (emptied
 * first). Returns res->status; out holds what was read either way.
 */
enum items_status items_read(const char *text, size_t len, const struct schema *s,
			     unsigned flags, struct items *out, struct items_result *res);
/*
 * The same, the text given chunk by chunk (ITEMS_NO_TEXT: no item's text is
 * kept): items_feed() returns false once the reading stopped (the rest need
 * not be given); items_end() finishes, frees the reader, returns res->status.
 */
struct items_reader;
struct items_reader *items_begin(const struct schema *s, unsigned flags, struct items *out,
				 struct items_result *res);
bool items_feed(struct items_reader *r, const char *data, size_t len);
enum items_status items_end(struct items_reader *r);
void items_free(struct items *it);

#endif
