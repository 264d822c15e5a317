/*
 * JSON at the edge, private to src/gandi: the one place that turns Gandi's
 * JSON into the C values of gandi/types.h.
 * Getters check types: a field of the wrong type is an error (recorded in the
 * decoder, first one wins), an absent optional field gives the default.
 * Nothing outside src/gandi sees these functions or a JSON tree.
 *
 * The items of lists are described by field tables (struct schema): which
 * members gandi keeps, of what type, where they go in the struct. One table
 * serves both readers: dec_schema() on a jansson tree, and gandi/stream.c on
 * the text of a page, which never builds a tree.
 */
#ifndef GANDI_DECODE_H
#define GANDI_DECODE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "gandi/types.h"
#include "xalloc.h"

struct decoder {
	const char *what;   /* "tokeninfo", "domain"...: names the object in errors */
	char *error;        /* first problem found, or NULL */
};

/* required: absent is an error. The string belongs to the JSON value. */
const char *dec_str(struct decoder *d, const json_t *obj, const char *key, bool required);
/* A copy of the string field, or NULL. */
char *dec_strdup(struct decoder *d, const json_t *obj, const char *key, bool required);
long long dec_int(struct decoder *d, const json_t *obj, const char *key, bool required,
		  long long def);
bool dec_bool(struct decoder *d, const json_t *obj, const char *key, bool required, bool def);
const json_t *dec_array(struct decoder *d, const json_t *obj, const char *key, bool required);
const json_t *dec_object(struct decoder *d, const json_t *obj, const char *key, bool required);
/* An array of strings into a NULL-terminated array of copies (free with strv_free). */
char **dec_strv(struct decoder *d, const json_t *obj, const char *key, bool required,
		size_t *count);
/* Record a problem (printf-style) unless one is already recorded. */
void dec_fail(struct decoder *d, const char *fmt, ...) XATTR_PRINTF(2, 3);
void decoder_free(struct decoder *d);

/* What a member holds. */
enum field_kind {
	FIELD_STR,  /* char *: a copy of the string */
	FIELD_INT,  /* long long: an integer (a number with a fraction is cut) */
	FIELD_BOOL, /* bool */
	FIELD_STRV, /* char **, NULL-terminated, and its count (size_t) at count_at */
};

/* A member an item's struct keeps: key, or parent.key (parent an object member). */
struct field {
	const char *parent;  /* NULL: a member of the item itself */
	const char *key;
	enum field_kind kind;
	bool required;       /* absent (or null) is an error */
	size_t at;           /* offsetof the value in the struct */
	size_t count_at;     /* FIELD_STRV: offsetof its count */
	long long def;       /* FIELD_INT and FIELD_BOOL: the value when absent */
};

/* An item type: its name in errors, its struct, the members kept. */
struct schema {
	const char *what;    /* "domain", "record"... */
	size_t size;         /* sizeof the struct */
	const struct field *fields;
	size_t nfields;
	void (*free)(void *item); /* releases what the struct holds, leaves it zeroed */
};

extern const struct schema schema_domain, schema_rrset, schema_webredir, schema_snapshot,
	schema_org;
/* Any object, nothing kept: for a short list whose items the caller decodes from their text. */
extern const struct schema schema_object;

/*
 * Fill out (a zeroed struct of s->size bytes, then the fields) from the
 * tree j; false with d->error set when j is not an object or a field is
 * wrong. What out holds is the caller's either way (s->free).
 */
bool dec_schema(struct decoder *d, const struct schema *s, const json_t *j, void *out);
/* The name of a JSON kind for errors: "an object", "a string", "null"... */
const char *json_kind_name(const json_t *v);

bool decode_tokeninfo(struct decoder *d, const json_t *j, struct tokeninfo *out);
bool decode_domain(struct decoder *d, const json_t *j, struct domain *out);
bool decode_domain_info(struct decoder *d, const json_t *j, struct domain_info *out);
bool decode_rrset(struct decoder *d, const json_t *j, struct rrset *out);
/*
 * Whether an RRset Gandi answered with can be used: a TTL LiveDNS can hold
 * (300 to 2592000), the name (any case) and type asked for when they are not
 * NULL, and an rrset_href, when there is one, naming that same RRset. A
 * hostile or broken server's answer is refused (d->error says why), never
 * used.
 */
bool rrset_answer_check(struct decoder *d, const struct rrset *r, const char *name,
			const char *type);
/* decode_rrset() then rrset_answer_check(). */
bool decode_rrset_answer(struct decoder *d, const json_t *j, struct rrset *out,
			 const char *name, const char *type);
bool decode_webredir(struct decoder *d, const json_t *j, struct webredir *out);
/* A snapshot's id, name, date and kind (not its records). */
bool decode_snapshot(struct decoder *d, const json_t *j, struct snapshot *out);

#endif
