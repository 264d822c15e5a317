/*
 * What the dns commands do to an RRset, and the browser's edits with them:
 * read it, decide, and write with the requests that keep other writers'
 * values; and, when a write fails in a way that it may still have been
 * carried out (its answer lost, a gateway failing), read the RRset again
 * and report what holds (ops/recheck.h): done, with a warning, when it is
 * what was asked.
 *
 * Ownership: value lists are strlists (util.h) the caller releases.
 */
#ifndef GANDI_OPS_RECORDS_H
#define GANDI_OPS_RECORDS_H

#include <stdbool.h>

#include "ctx.h"
#include "dns/rrkey.h"

/*
 * Add values (as LiveDNS stores them) to an RRset, creating it when absent:
 * values already there are skipped; PATCH add_rrset_values keeps what other
 * writers add meanwhile; a POST whose answer was lost is not sent again
 * (PATCH instead), nor one that found the RRset created meanwhile. ttl 0
 * keeps the RRset's TTL (10800 for a new one). added receives the values
 * sent (empty when nothing changed), *ttl_out the RRset's TTL. Returns 0 or
 * an exit code with ctx->err set.
 */
int record_add(struct ctx *ctx, const struct rrkey *k, const struct strlist *values, long ttl,
	       struct strlist *added, long *ttl_out);

/*
 * Remove values from an RRset, compared by meaning: PATCH
 * remove_rrset_values with the stored spellings; the RRset goes when empty;
 * a 404 after an attempt that may have done it counts as done. removed
 * receives the values removed (empty when none was there), *found whether
 * the RRset existed. Returns 0 or an exit code with ctx->err set.
 */
int record_remove(struct ctx *ctx, const struct rrkey *k, const struct strlist *values,
		  struct strlist *removed, bool *found);

/* PUT: the RRset becomes these values (as LiveDNS stores them) with this TTL. */
int record_set(struct ctx *ctx, const struct rrkey *k, long ttl, const char *const *values,
	       size_t n);

/* DELETE the RRset (it must exist: a 404 is an error unless a lost attempt did it). */
int record_delete(struct ctx *ctx, const struct rrkey *k);

#endif
