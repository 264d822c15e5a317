/*
 * The journal's transactions: what one write request changed in the store,
 * as one line of JSON, and how to apply such a line again (at start, and to
 * roll back a failed save by reloading).
 *
 * A line is an array of operations, each an object with one member:
 *   {"domain": D}          the domain D (seed format) replaces the one of the
 *                          same fqdn, keeping its records and snapshots
 *   {"rrset": R}           R (a seed record plus "domain") replaces or adds
 *   {"rrset_del": R}       the RRset R names (domain, rrset_name, rrset_type)
 *   {"snapshot": S}        a new snapshot (seed format plus "domain") of the
 *                          zone as it is at this point of the line, or of
 *                          S's own zone_data when it has one
 *   {"snapshot_del": S}    / {"snapshot_name": S}: by domain and id
 *   {"token": T}           a new token (seed format)
 *   {"tsig_key": K}        a new TSIG key (seed format), before the domain
 *                          that may name it
 *
 * A transaction is built by diffing: txn_begin() takes a before-image of the
 * domain a request may change (its zone's RRset pointers, which are
 * immutable, and its snapshot ids and names) and the lengths of the store's
 * append-only lists; txn_end() compares with the store after the handler.
 *
 * Ownership: struct txn holds references to RRsets and copies of strings,
 * released by txn_free().
 */
#ifndef EMU_JOURNAL_H
#define EMU_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "store.h"

struct snapname {
	char *id;
	char *name;
};

struct txn {
	const struct domain *dom; /* the domain whose before-image is held, or NULL */
	struct rrset **rr;        /* its RRsets before (references) */
	size_t nrr;
	struct snapname *snap;    /* its snapshots before */
	size_t nsnap;
	size_t ntokens;           /* length of the store's token list before */
	size_t ntsigs;            /* ... and of its TSIG key list */
};

/* Take the before-image of st and of domain d (NULL when the request names
 * none: a domain it changes anyway must not have had a zone). */
void txn_begin(struct txn *t, const struct store *st, const struct domain *d);

/* Append to line the transaction that turned the before-image into st, with
 * d the domain the request changed (NULL: none); nothing when nothing
 * changed. */
void txn_end(const struct txn *t, const struct store *st, const struct domain *d,
	     struct buf *line);

void txn_free(struct txn *t);

/* Apply the transaction line[0..len) to st. Returns 0, or -1 with the
 * reason in err (the store may then be half changed: discard it). */
int journal_apply(struct store *st, const char *line, size_t len, time_t now, struct buf *err);

#endif
