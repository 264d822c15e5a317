/*
 * TOML 1.0 parser (this project's own), checked against the toml-test suite.
 *
 * toml_parse() reads a whole document and returns its root table, or NULL
 * with *err filled in (message, 1-based line and column). The tree is owned by
 * the caller and released with toml_free(). Every key remembers the line and
 * column where it was written, so that callers can report and edit in place.
 *
 * Positions: lines count LF characters; columns count Unicode characters
 * (not bytes) from 1, a tab counting as one. A UTF-8 byte order mark at the
 * start of the document is skipped and takes no column. For byte-exact
 * editing every key also has its byte offset, and every value the byte span
 * of its text in the document (start inclusive, end exclusive).
 *
 * The input need not be NUL-terminated and must be UTF-8. Time and memory are
 * linear in its length (keys are found through a hash index seeded per
 * call). Arrays, inline tables and tables nest at most
 * TOML_MAX_DEPTH levels below the root; deeper documents are rejected.
 * Floats are read with strtod() and give the same result in any locale.
 */
#ifndef GANDI_TOML_H
#define GANDI_TOML_H

#include <stddef.h>
#include <stdint.h>

#define TOML_MAX_DEPTH 128

enum toml_type {
	TOML_TABLE,
	TOML_ARRAY,
	TOML_STRING,
	TOML_INTEGER,
	TOML_FLOAT,
	TOML_BOOL,
	TOML_DATETIME,       /* offset date-time */
	TOML_DATETIME_LOCAL, /* local date-time */
	TOML_DATE_LOCAL,
	TOML_TIME_LOCAL,
};

struct toml_datetime {
	int year, month, day;       /* 0 for TOML_TIME_LOCAL */
	int hour, minute, second;   /* 0 for TOML_DATE_LOCAL; second may be 60 */
	long nanosecond;            /* digits past the ninth are truncated */
	int offset_minutes; /* TOML_DATETIME only; 0 for Z */
};

struct toml_value;

struct toml_kv {
	char *key;               /* UTF-8, unescaped, NUL-terminated */
	size_t key_len;          /* keys may hold NUL */
	struct toml_value *value;
	int line, col;           /* where this key was written (1-based) */
	size_t offset;           /* byte offset of the key's first character */
};

/*
 * line, col, start and end say where a value was written: for scalars,
 * arrays and inline tables, their text; for a table made by a [header] or a
 * [[header]] element, that header; for a table made only implicitly (the 'a'
 * of [a.b] or of a.b = 1), the key part that first made it; for an array of
 * tables, its first [[header]]. The root table has line and col 0 and spans
 * the whole document.
 */
struct toml_value {
	enum toml_type type;
	int line, col; /* tables: the header, or the first key defining it */
	size_t start, end; /* byte span of the text described above */
	union {
		struct {
			char *ptr; /* UTF-8, NUL-terminated */
			size_t len; /* strings may hold NUL */
		} s;
		int64_t i;
		double f;
		int b;
		struct toml_datetime dt;
		struct {
			struct toml_kv *items;
			size_t len;
		} table; /* in document order */
		struct {
			struct toml_value **items;
			size_t len;
		} array;
	} u;
};

struct toml_error {
	char msg[256]; /* git style: "duplicate key 'api_key' (first set on line 2)" */
	int line, col; /* of the offending character, 1-based */
};

/*
 * Parse len bytes of text. Returns the root table, to be released with
 * toml_free(), or NULL with *err describing the first error (err may be NULL
 * when the caller does not want it).
 */
struct toml_value *toml_parse(const char *text, size_t len, struct toml_error *err);
/* Release a tree returned by toml_parse(), every string value wiped first; NULL is allowed. */
void toml_free(struct toml_value *v);

/* The value at key in a table, or NULL (also when tbl is not a table). */
const struct toml_value *toml_get(const struct toml_value *tbl, const char *key);
/* The key entry in a table, or NULL. */
const struct toml_kv *toml_get_kv(const struct toml_value *tbl, const char *key);
/* A type's name as TOML documents write it: "string", "integer", "table"... */
const char *toml_type_name(enum toml_type t);

#endif
