/*
 * TOML 1.0 parser (this project's own), checked against the toml-test suite.
 *
 * toml_parse() reads a whole document and returns its root table, or NULL
 * with *err filled in (message, 1-based line and column). The tree is owned by
 * the caller and released with toml_free(). Every key remembers the line and
 * column where it was written, so that callers can report and edit in place.
 */
#ifndef GANDI_TOML_H
#define GANDI_TOML_H

#include <stddef.h>
#include <stdint.h>

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
	int year, month, day;
	int hour, minute, second;
	long nanosecond;
	int offset_minutes; /* TOML_DATETIME only; 0 for Z */
};

struct toml_value;

struct toml_kv {
	char *key;               /* UTF-8, unescaped, NUL-terminated */
	size_t key_len;          /* keys may hold NUL */
	struct toml_value *value;
	int line, col;           /* where this key was written (1-based) */
};

struct toml_value {
	enum toml_type type;
	int line, col; /* tables: the header, or the first key defining it */
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
	char msg[256];
	int line, col;
};

struct toml_value *toml_parse(const char *text, size_t len, struct toml_error *err);
void toml_free(struct toml_value *v);

/* The value at key in a table, or NULL (also when tbl is not a table). */
const struct toml_value *toml_get(const struct toml_value *tbl, const char *key);
/* The key entry in a table, or NULL. */
const struct toml_kv *toml_get_kv(const struct toml_value *tbl, const char *key);
/* A type's name as TOML documents write it: "string", "integer", "table"... */
const char *toml_type_name(enum toml_type t);

#endif
