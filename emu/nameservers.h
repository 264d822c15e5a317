/*
 * Which nameservers serve a LiveDNS zone (../shared/gandi-api.md §11.7):
 * the generic set LiveDNS derives from the zone's name, ns-<N>-a.gandi.net,
 * ns-<M>-b.gandi.net and ns-<K>-c.gandi.net with a stable number per letter
 * taken from a hash of the fqdn (Gandi's own hash is unknown), unless the
 * zone has NS records at its apex, which then win.
 *
 * Ownership: the names written into the caller's arrays, and the array
 * livedns_ns_of_zone() returns, are the caller's (strv_free()).
 */
#ifndef EMU_NAMESERVERS_H
#define EMU_NAMESERVERS_H

#include <stddef.h>

#include "store.h"

/* Room for one generic name: "ns-NNN-a.gandi.net" and its NUL. */
#define LIVEDNS_NS_LEN 24
/* How many generic nameservers a zone has. */
#define LIVEDNS_NS_COUNT 3

/* The generic LiveDNS nameservers of fqdn (any case, final dot or not). */
void livedns_ns_generic(const char *fqdn, char out[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN]);

/*
 * The nameservers LiveDNS considers in use for zone z of domain fqdn: the
 * values of its apex NS RRset as absolute names without the final dot (a
 * relative value is completed with fqdn), or else the generic set. Returns
 * a new array of names and sets *n.
 */
char **livedns_ns_of_zone(const char *fqdn, const struct zone *z, size_t *n);

#endif
