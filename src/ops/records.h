/*
 * What the dns commands do to an RRset, and the browser's edits with them:
 * read it, decide, and write with the requests that keep other writers'
 * values (dns set and dns delete send one request each); and when a write
 * fails in a way that it may still have been carried out (its answer lost,
 * a gateway failing), read the RRset again and report what holds
 * (ops/recheck.h): done, with a warning, when it is what was asked. Values
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

/* PUT: the RRset becomes these values with this TTL. */
int record_set(struct ctx *ctx, const struct rrkey *k, long ttl, const struct rrvalues *values);

/* DELETE the RRset (it must exist: a 404 is an error unless a lost attempt did it). */
int record_delete(struct ctx *ctx, const struct rrkey *k);

#endif
