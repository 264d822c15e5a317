/*
 * JSON at the edge, private to src/gandi: the one place that turns Gandi's
 * JSON into the C values of gandi/types.h.
 * Getters check types: a field of the wrong type is an error (recorded in the
 * decoder, first one wins), an absent optional field gives the default.
 * Nothing outside src/gandi sees these functions or a JSON tree.
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

bool decode_tokeninfo(struct decoder *d, const json_t *j, struct tokeninfo *out);
bool decode_domain(struct decoder *d, const json_t *j, struct domain *out);
bool decode_domain_info(struct decoder *d, const json_t *j, struct domain_info *out);
bool decode_rrset(struct decoder *d, const json_t *j, struct rrset *out);
/*
 * An RRset as Gandi answered it: decode_rrset(), and a TTL LiveDNS can hold
 * (300 to 2592000), the name (any case) and type asked for when they are not
 * NULL, and an rrset_href, when there is one, naming that same RRset. A
 * hostile or broken server's answer is refused, never used.
 */
bool decode_rrset_answer(struct decoder *d, const json_t *j, struct rrset *out,
			 const char *name, const char *type);
bool decode_webredir(struct decoder *d, const json_t *j, struct webredir *out);
/* A snapshot's id, name, date and kind (not its records). */
bool decode_snapshot(struct decoder *d, const json_t *j, struct snapshot *out);

#endif
