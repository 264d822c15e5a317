/*
 * What `dns add` and `dns remove` do to an RRset, and the browser's add and
 * remove with them: read it, decide, and write with the requests that keep
 * other writers' values. (dns set, dns delete and the browser's edits send
 * one request each: gandi/livedns.h's rrset_put and rrset_delete.)
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
 * keeps the RRset's TTL (TTL_ADD_DEFAULT, 300, for a new one). added receives the values
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

#endif
