/*
 * What gandi-emu's DNS server serves: a versioned, read-only view of the
 * LiveDNS zones of the store, shared by the HTTP threads (which publish) and
 * the DNS threads (which read).
 *
 * Publishing a zone copies its array of RRset pointers and takes a reference
 * on each RRset: cheap, and (with giving references back) the only moment the
 * view changes anything of the store, always under the store's write lock.
 * Compiling later reads the RRsets it holds references to without a lock:
 * RRsets never change once built (store.h). Each copy
 * is a version stamped with the time it becomes visible: at once, or after
 * the --dns-delay. A DNS query takes the newest visible version of the zone
 * holding its name, compiles it on first use into ldns records (sharing the
 * records of unchanged RRsets with the previous version, and merging its
 * index instead of sorting it again), and answers from it
 * without any store lock. Versions older than the visible one are dropped as
 * soon as no query reads them; their RRset references are given back to the
 * store at the next publish, under its lock. At most DNSVIEW_MAX_PENDING
 * versions of a zone wait for their delay at once: beyond that the waiting
 * version closest in time to the next one is dropped (its state is never
 * served; a change then shows a little later than the delay, never earlier).
 *
 * Locking: one mutex guards the table of zones and their version lists, held
 * for a few pointer operations only; compiling holds a second mutex (one
 * compile at a time) and no other lock. Lock order: store lock, then the
 * view's mutex; the compile mutex, then the view's mutex.
 *
 * Ownership: dnsview_new() returns a view that dnsview_free() releases (after
 * the DNS server stopped, before the store is freed). A czone returned by
 * dnsview_acquire() stays valid until dnsview_release(); the ldns objects the
 * czone_* functions return belong to it.
 */
#ifndef EMU_DNSVIEW_H
#define EMU_DNSVIEW_H

#include <ldns/ldns.h>
#include <stdbool.h>
#include <stddef.h>

#include "store.h"

/* Versions of one zone waiting for their delay, at most. */
#define DNSVIEW_MAX_PENDING 64

struct dnsview;
struct czone;

/* A view of the zones of st as they are now, served at once; the changes
 * published later become visible delay_ms after. The caller is alone with
 * the store. */
struct dnsview *dnsview_new(const struct store *st, unsigned delay_ms);
/* Release the view and every reference it holds (NULL is fine). The caller
 * is alone with the store. */
void dnsview_free(struct dnsview *v);

/*
 * Publish the zone of domain d as it is now (a domain whose zone is gone is
 * published as gone). Unchanged zones are not published again. The caller
 * holds the store's write lock (or is alone with the store).
 */
void dnsview_publish(struct dnsview *v, const struct domain *d);
/* Publish every domain of st that has (or had) a zone. Same lock rule. */
void dnsview_publish_all(struct dnsview *v, const struct store *st);

/*
 * The version visible now of the zone that holds name (the longest zone name
 * that is name or one of its parents), compiled; NULL when no zone of the
 * view holds name. Release it with dnsview_release().
 */
const struct czone *dnsview_acquire(struct dnsview *v, const ldns_rdf *name);
void dnsview_release(struct dnsview *v, const struct czone *cz);

/* The zone's apex name. */
const ldns_rdf *czone_apex(const struct czone *cz);
/* The RRset of type t owned by name (any case), or NULL. The zone's SOA
 * (made by LiveDNS, never the one of the records) and its NS (the apex NS
 * records, or else the generic LiveDNS nameservers) are found here too. */
const ldns_rr_list *czone_find(const struct czone *cz, const ldns_rdf *name, ldns_rr_type t);
/* Whether name owns records or has a descendant that does (an empty
 * non-terminal exists too). */
bool czone_exists(const struct czone *cz, const ldns_rdf *name);
/* The RRsets owned by name: up to max of them into sets; returns how many
 * there are. */
size_t czone_sets(const struct czone *cz, const ldns_rdf *name, const ldns_rr_list **sets,
		  size_t max);
/* The apex ALIAS: one record of type CNAME whose target and TTL are the
 * ALIAS's, or NULL when the zone has none. */
const ldns_rr *czone_alias(const struct czone *cz);

#endif
