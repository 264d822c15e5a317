/*
 * Records as the user names them: record types, domain names, names relative
 * to the zone. Everything here runs before any request: a bad argument is a
 * usage error (exit 2) naming the bad part. What a value means, whether it is
 * valid and whether two are equal is the value module's (dns/value.h);
 * dns/rrkey.h takes a command's values through it.
 *
 * Returned strings are allocated; the caller frees them.
 */
#ifndef GANDI_RECORD_H
#define GANDI_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"

/* Check a type; EXIT_USAGE with ctx->err set when LiveDNS does not have it. */
int rrtype_check(struct ctx *ctx, const char *type, const char **canonical);

/* A domain name as given (with or without final dot), lower-cased, no final dot. */
char *zone_name(const char *domain);
/* Check a domain argument; EXIT_USAGE with ctx->err set when it is not a domain name. */
int domain_check(struct ctx *ctx, const char *domain, char **normalized);

/*
 * The name of a record relative to zone: "@", "www", "_acme-challenge.sub".
 * Accepts "@" and the zone's own name (with or without the final dot) for
 * the apex, relative names, and full names with or without the final dot.
 * An empty name or "." is a usage error, never the apex (an empty shell
 * variable must not hit the apex), and so is a name outside the zone.
 */
int record_name(struct ctx *ctx, const char *zone, const char *name, char **relative);

#endif
