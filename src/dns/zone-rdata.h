/*
 * The lexical pieces of master files, shared by the zone parser (zone.c) and
 * the value module (value.c): record type mnemonics and numbers, domain names
 * as written, TTLs, quoting, generic rdata. What a value of each type means
 * is the value module's (value.h). Nothing here keeps state; output goes to
 * a caller's struct buf, which the caller owns.
 */
#ifndef GANDI_ZONE_RDATA_H
#define GANDI_ZONE_RDATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "dns/zone.h"

struct rrtype {
	const char *name; /* upper case mnemonic */
	unsigned number;  /* 0 for ALIAS, which has none */
};

/* The type named name (len bytes, any case), or NULL when unknown. */
const struct rrtype *rrtype_by_name(const char *name, size_t len);
/* The known type with this number, or NULL. */
const struct rrtype *rrtype_by_number(unsigned number);

/*
 * Parse a TTL: seconds ("3600") or units ("1h30m", "1w", case-insensitive).
 * Returns 0, -1 when the text is not a TTL, -2 when it exceeds ZONE_TTL_MAX.
 */
int zttl_parse(const char *s, size_t len, uint32_t *out);

/*
 * Check a domain name as written (escapes kept, "@" not allowed here): no
 * empty label, labels up to 63 bytes, at most 255 bytes in wire form (for an
 * absolute name). Sets *absolute; returns 0, or -1 with a reason in why.
 */
int zname_check(const char *s, size_t len, bool *absolute, char *why, size_t whylen);

/*
 * Append the absolute form of a checked name: "@" is origin, a relative
 * name gets ".origin" (origin absolute, "." for the root).
 */
void zname_absolute(struct buf *out, const char *s, size_t len, const char *origin);

/*
 * Append name (absolute, checked) relative to origin (absolute): "@" for the
 * origin itself, "www" for "www.origin". Returns false, appending nothing,
 * when name is not at or below origin. Labels compare case-insensitively.
 */
bool zname_relative(struct buf *out, const char *name, size_t len, const char *origin);

/*
 * Read one character of a name at s[i] (escapes decoded) into *c. Returns
 * the bytes consumed (1, 2 for \c, 4 for \DDD), 0 for a bad escape.
 */
size_t zname_char(const char *s, size_t len, size_t i, unsigned char *c);

/* The value of a hex digit, or -1. */
int zhex_digit(char c);

/* Append bytes as one quoted string: \" \\ escaped, \DDD outside 0x20-0x7e. */
void zquote(struct buf *out, const char *data, size_t len);

/* Append s for a message: at most about 60 bytes, non-printable bytes as \DDD. */
void zsubject(struct buf *out, const char *s, size_t len);

/* Whether a field is the RFC 3597 marker \# (unquoted). */
bool rdata_is_generic(const struct zone_field *f);

struct rdata_error {
	size_t field; /* the field at fault; nfields when one is missing */
	char msg[300];
};

/*
 * Check generic rdata (\# LENGTH HEX...): the length must match the bytes
 * given. Returns 0 or -1 with *err.
 */
int rdata_generic_check(const struct zone_field *f, size_t n, struct rdata_error *err);

#endif
