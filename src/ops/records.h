/*
 * What `dns add` and `dns remove` do to an RRset, and the browser's add and
 * remove with them: read it, decide, and write with the requests that keep
 * other writers' values. (dns set, dns delete and the browser's edits send
 * one request each: gandi/livedns.h's rrset_put and rrset_delete.) Values
 * are compared by meaning, against the zone (dns/value.h).
 *
 * Ownership: a struct record_change is released with record_change_free().
 */
#ifndef GANDI_OPS_RECORDS_H
#define GANDI_OPS_RECORDS_H

#include <stdbool.h>

#include "ctx.h"
#include "dns/rrkey.h"

/*
 * The TTL dns add (and the browser's add) gives an RRset it creates: values
 * added one by one are mostly short-lived (ACME challenges, verification
 * tokens), and a value removed should not stay cached for LiveDNS's 3 hours.
 */
#define RECORD_ADD_TTL 300

/* What an add or a remove did. */
struct record_change {
	struct rrvalues values; /* the values sent: added, or removed (as they were stored) */
	long long ttl;          /* the RRset's TTL now (add); 0 for a remove */
	bool found;             /* the RRset existed before */
	bool changed;           /* what was sent changed the RRset: values, or its TTL */
};
void record_change_free(struct record_change *c);

/*
 * Add values to an RRset, creating it when absent: values already there
 * are skipped; PATCH add_rrset_values keeps what other writers add
 * meanwhile; a POST whose answer was lost is not sent again (PATCH
 * instead), nor one that found the RRset created meanwhile. ttl 0 keeps the
 * RRset's TTL (RECORD_ADD_TTL, 300, for a new one); another TTL is sent when it differs,
 * and counts as a change. Returns 0 with *out filled, or an exit code with
 * ctx->err set.
 */
int record_add(struct ctx *ctx, const struct rrkey *k, const struct rrvalues *values, long ttl,
	       struct record_change *out);

/*
 * Remove values from an RRset, compared by meaning: PATCH
 * remove_rrset_values with the stored spellings; the RRset goes when empty;
 * a 404 after an attempt that may have done it counts as done. Returns 0
 * with *out filled (no values when none was there), or an exit code with
 * ctx->err set.
 */
int record_remove(struct ctx *ctx, const struct rrkey *k, const struct rrvalues *values,
		  struct record_change *out);

#endif
