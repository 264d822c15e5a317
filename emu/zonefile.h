/*
 * The text/plain form of a LiveDNS zone (RFC 1035 master-file syntax, the
 * way Gandi exports it: relative owners, explicit TTL, class IN, a synthetic
 * SOA first) and a small parser for importing such text.
 *
 * Ownership: zone_parse() gives the caller an array of items to release with
 * zitems_free().
 */
#ifndef EMU_ZONEFILE_H
#define EMU_ZONEFILE_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "store.h"

/* Append the zone text of the n rrsets to out; serial is the SOA serial. */
void zone_export(struct buf *out, struct rrset *const *rr, size_t n, time_t serial);

struct zitem {
	char *name;  /* relative to the zone, "@" for the apex */
	char *type;  /* upper case */
	long ttl;
	char *value; /* rdata fields joined by one space, quoted strings as written */
	unsigned line;
};

/*
 * Parse zone text for the zone fqdn (no final dot). Understands comments,
 * parentheses, $ORIGIN, $TTL, '@', relative and absolute owners, owners
 * carried over from the line above, TTL and class in either order, '@' as
 * the target of CNAME, MX, NS, SRV...; SOA records are skipped (LiveDNS
 * makes its own). Other rdata is kept as written. Returns 0, or -1 with
 * "line N: problem" in err.
 */
int zone_parse(const char *text, size_t len, const char *fqdn, struct zitem **out, size_t *n,
	       struct buf *err);
/* Release n items and the array. */
void zitems_free(struct zitem *items, size_t n);

#endif
