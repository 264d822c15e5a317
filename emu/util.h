/*
 * Small helpers of gandi-emu: dates (as text and as JSON), random identifiers, percent-encoding,
 * query strings, UTF-8 clean-up. Ownership: every char * returned by a
 * function here is the caller's to free(); struct query owns its strings
 * and is released with query_free().
 */
#ifndef EMU_UTIL_H
#define EMU_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include <jansson.h>

#include "buf.h"

/* Length of an ISO-8601 UTC date "2024-01-02T03:04:05Z" plus its NUL. */
#define ISO_LEN 21

/* Write t as "YYYY-MM-DDTHH:MM:SSZ" into out. */
void fmt_time(time_t t, char out[ISO_LEN]);

/* t as a new JSON string "YYYY-MM-DDTHH:MM:SSZ" (the API's dates). */
json_t *jtime(time_t t);

/* A new JSON array of the n strings of v (copied). */
json_t *jstrv(char *const *v, size_t n);

/*
 * Parse a date: ISO-8601 "YYYY-MM-DDTHH:MM:SS" followed by "Z", "+00:00" or
 * another offset, optional fractional seconds; or a date relative to now:
 * "+3d", "-1d", "+12h", "-30m", "+90s", "+2w". Returns 0 and sets *out, or
 * -1 when s is neither.
 */
int parse_time(const char *s, time_t now, time_t *out);

/* Fill out with n bytes from the kernel's random source (aborts if none). */
void random_bytes(void *out, size_t n);

/* A random version-4 UUID, 36 characters, into out. */
void gen_uuid(char out[37]);

/* n random lower-case hexadecimal characters, NUL-terminated, into out. */
void gen_hex(char *out, size_t n);

/* Decode %XX escapes of s[0..n); NULL when an escape is malformed or the
 * result holds a NUL byte. '+' is kept unless plus_is_space. */
char *pct_decode(const char *s, size_t n, bool plus_is_space);

/* Append s to b with every byte outside [A-Za-z0-9._~-] as %XX
 * (so '@' becomes "%40", '*' "%2A"). */
void pct_encode(struct buf *b, const char *s);

/* Lower-case ASCII copy. */
char *lower_dup(const char *s);
/* A domain name with its A-labels (xn--...) as U-labels, as Gandi's fqdn_unicode (to free). */
char *unicode_dup(const char *fqdn);

/* Append s[0..n) to b, replacing each invalid UTF-8 sequence with U+FFFD,
 * so that the result can always be stored in a JSON string. */
void utf8_clean(struct buf *b, const char *s, size_t n);

struct qparam {
	char *key;
	char *value; /* "" for a bare key */
};

struct query {
	struct qparam *v;
	size_t n;
	size_t cap;
};

/* Parse a raw query string ("a=1&b=%40"). Returns 0, or -1 when an escape is
 * malformed; the pairs parsed so far stay in q either way. */
int query_parse(struct query *q, const char *raw);
/* The first value of key, or NULL. */
const char *query_get(const struct query *q, const char *key);
/* Release the pairs; q is left empty. */
void query_free(struct query *q);

/* 4 when s is an IPv4 address, 6 when an IPv6 one, else 0. */
int ip_family(const char *s);
/* Whether a and b are the same address (both valid). */
bool ip_same(const char *a, const char *b);

/* Parse a whole decimal number in [min, max]; 0 on success, -1 otherwise. */
int parse_long(const char *s, long min, long max, long *out);

/* Stable sort of an array of n pointers with a comparator that gets ctx. */
void sort_ptrs(void **v, size_t n, int (*cmp)(const void *a, const void *b, void *ctx),
	       void *ctx);

#endif
