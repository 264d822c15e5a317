/*
 * Records as the user names them: record types, domain names, names relative
 * to the zone. Everything here runs before any request: a bad argument is a
 * usage error (exit 2) naming the bad part. What a value means, whether it is
 * valid and whether two are equal is the value module's (dns/value.h); the
 * value functions below are thin wrappers on it, kept for the callers of the
 * API layer, the commands and the browser until phase two of issue 15 moves
 * them onto dns/value.h (with the zone known) and removes the wrappers.
 *
 * Returned strings are allocated; the caller frees them.
 */
#ifndef GANDI_RECORD_H
#define GANDI_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"

#include "dns/value.h"

#define TTL_MIN DNSV_TTL_MIN
#define TTL_MAX DNSV_TTL_MAX
#define TTL_DEFAULT DNSV_TTL_DEFAULT
/*
 * The TTL dns add (and the browser's add) gives an RRset it creates: values
 * added one by one are mostly short-lived (ACME challenges, verification
 * tokens), and a value removed should not stay cached for LiveDNS's 3 hours.
 */
#define TTL_ADD_DEFAULT 300

/* The record types LiveDNS accepts, NULL-terminated (compatibility name). */
#define livedns_types dnsv_types

/* dnsv_type() (compatibility name): the canonical spelling of a LiveDNS type, or NULL. */
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

/* ---- compatibility wrappers on dns/value.h (phase two removes them) ---- */

/* dnsv_ttl(): a TTL from text (300 to 2592000 seconds); EXIT_USAGE with ctx->err. */
int record_ttl(struct ctx *ctx, const char *text, long *ttl);

/*
 * dnsv_parse(DNSV_USER, zone unknown): check a value for type and give what
 * the API stores (DNSV_PRINT_API). EXIT_USAGE with ctx->err and a hint; the
 * module's warning (a name without its final dot) goes through ctx.
 */
int record_value(struct ctx *ctx, const char *type, const char *value, char **api_value);

/* The text a TXT value in the API form carries, or NULL when it does not start with a quote. */
char *txt_decode(const char *api_value);
/* dnsv_key() of an API value, zone unknown. */
char *value_key(const char *type, const char *api_value);
/* dnsv_same() of two API values, zone unknown. */
bool value_equal(const char *type, const char *a, const char *b);
/* dnsv_display(): an API value as tables show it. */
char *value_display(const char *type, const char *api_value);

#endif
