/*
 * Which of the token's LiveDNS zones holds a full name, for the commands that
 * take a name without its domain (--fqdn, the ACME hooks, ddns --fqdn). The
 * zone is found through the API as certbot-dns-gandi and acme.sh do, never by
 * a DNS SOA walk (which split-horizon DNS misleads): GET .../livedns/domains/
 * SUFFIX for each suffix of the name, longest first, down to its last two
 * labels. A suffix whose first label starts with '_' is skipped: no domain
 * is named so.
 *
 * Ownership: the zone returned is the caller's to free; a struct zone_cache
 * is released with zone_cache_free().
 */
#ifndef GANDI_DNS_ZONEFIND_H
#define GANDI_DNS_ZONEFIND_H

#include "ctx.h"

/* Zones found so far in this run, so that a second name of a zone asks nothing. */
struct zone_cache {
	char **zones;
	size_t n;
};

/*
 * The zone holding fqdn (any case, final dot or not, "*." allowed in front),
 * into *zone. Says which one it used with -v. Returns 0; EXIT_USAGE for a name
 * that is not a domain name; EXIT_NOTFOUND when no zone of the token holds
 * it (naming the suffixes tried); or another exit code with ctx->err set.
 * cache may be NULL.
 */
int zone_find(struct ctx *ctx, const char *fqdn, struct zone_cache *cache, char **zone);

void zone_cache_free(struct zone_cache *c);

#endif
