/*
 * DNS records as the user writes them and as LiveDNS stores them: record
 * types, names relative to the zone, per-type value checks, TXT quoting
 * (the user writes text; the API holds quoted strings of at most 255 bytes),
 * TTLs. Everything here runs before any request: a bad value is a usage error
 * (exit 2) naming the bad part.
 *
 * Returned strings are allocated; the caller frees them.
 */
#ifndef GANDI_RECORD_H
#define GANDI_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"

#define TTL_MIN 300
#define TTL_MAX 2592000
#define TTL_DEFAULT 10800

/* The record types LiveDNS accepts, NULL-terminated. */
extern const char *const livedns_types[];

/* The canonical (upper-case) spelling of a LiveDNS type, or NULL. */
const char *rrtype_lookup(const char *type);
/* Check a type; EXIT_USAGE with ctx->err set when LiveDNS does not have it. */
int rrtype_check(struct ctx *ctx, const char *type, const char **canonical);

/* A domain name as given (with or without final dot), lower-cased, no final dot. */
char *zone_name(const char *domain);
/* Check a domain argument; EXIT_USAGE with ctx->err set when it is not a domain name. */
int domain_check(struct ctx *ctx, const char *domain, char **normalized);

/*
 * The name of a record relative to zone: "@", "www", "_acme-challenge.sub".
 * Accepts "@", "" (apex), relative names, and full names with or without the
 * final dot. A name outside the zone is a usage error.
 */
int record_name(struct ctx *ctx, const char *zone, const char *name, char **relative);

/* Parse a TTL from text (300 to 2592000 seconds). */
/* The longest value LiveDNS stores (its schema: rrset_values items of 16384 characters). */
#define MAX_API_VALUE 16384

int record_ttl(struct ctx *ctx, const char *text, long *ttl);

/*
 * Check a value for type and turn it into what the API stores: TXT and SPF
 * text quoted and split into strings of at most 255 bytes (a value already
 * written as quoted strings is kept), CAA values quoted; others verbatim.
 * Warnings (a host name without its final dot) go through ctx. A value
 * longer than MAX_API_VALUE once so written is refused (EXIT_USAGE).
 */
int record_value(struct ctx *ctx, const char *type, const char *value, char **api_value);

/* TXT as the API holds it ("a" "b") back to the text it carries, or NULL when not quoted. */
char *txt_decode(const char *api_value);
/* What a value means for comparisons: TXT/SPF decoded, host names lower-cased. */
char *value_key(const char *type, const char *api_value);
/* Whether two API values of type mean the same. */
bool value_equal(const char *type, const char *a, const char *b);
/* A value as tables show it (TXT unquoted, escapes decoded). */
char *value_display(const char *type, const char *api_value);

#endif
