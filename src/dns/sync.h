/*
 * The parts of the sync engine (dns/zonesync.h), private to them: what the
 * difference looks like as text (syncprint.c), the plan and its requests
 * (syncapply.c), and the --json report (syncreport.c).
 *
 * Ownership: apply_free() releases what a struct apply holds; the RRsets and
 * values it points to belong to the job and the diff.
 */
#ifndef GANDI_SYNC_H
#define GANDI_SYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "dns/zonediff.h"
#include "dns/zonesync.h"
#include "gandi/livedns.h"

struct jv;

/* ---- syncprint.c ---- */

/* The file's RRset of a change, or the live one for a removal. */
const struct zd_rrset *change_rrset(const struct zd_change *c);
const char *action_word(enum zd_action a);
const char *reason_word(enum zd_reason r);
const char *plural(size_t n);
/* One change as the difference shows it (stdout). */
void print_change(struct ctx *ctx, const struct zd_change *c);
/* Notes about the RRsets left alone (stderr), every change, and the counts line. */
void print_diff(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d);

/* ---- syncapply.c ---- */

/* What applying the difference took. */
struct apply {
	struct rrset_write *writes; /* one per change, in the diff's order; NULL before planning */
	size_t n;
	bool whole;                 /* one PUT of the whole zone instead */
	struct rrset_spec *zone;    /* that zone, nzone RRsets */
	size_t nzone;
	enum write_state *states;   /* one per change of the diff */
	size_t requests;            /* sent (attempts not counted) */
	/* storage */
	bool *first_;               /* writes[i] must go before the others (a deletion) */
	char **names_;              /* the names written, one per change */
	const char ***values_;      /* the values written (TXT split at 255 bytes) */
	size_t nstore_, cstore_;
};

/* Plan the requests for d (a->whole, a->writes or a->zone). */
void plan(const struct sync_job *job, const struct zonediff *d, struct apply *a);
/* Send them (deletions that must go first, first). 0 or the first failure's code. */
int apply_run(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d,
	      struct apply *a);
/* The states of the changes from what the requests got. */
void states_from_writes(const struct zonediff *d, struct apply *a);
/*
 * Applying stopped with error code: find out what was done (the zone read
 * again into *after, which the caller frees), and record an error saying so
 * and how to undo it; returns code. When the zone read again matches the
 * file (the failed request was carried out and its answer lost), a warning
 * says so and 0 is returned.
 */
int apply_failed(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d,
		 struct apply *a, unsigned flags, const char *snap, int code,
		 struct live_zone *after);
void apply_free(struct apply *a);
const char *state_word(enum write_state s);

/* ---- synclost.c ---- */

/*
 * After the whole zone was replaced (lz: the zone read first, after: read
 * again, snap: the snapshot taken before): what someone else wrote
 * meanwhile that the replacement removed, found in the automatic snapshots
 * LiveDNS took after ours (or ours, without automatic snapshots), minus
 * what the file, the first read and the zone now hold. Returns 0 when
 * nothing was lost (a check that cannot be made is a warning), or
 * EXIT_ERROR with ctx->err listing what was lost and where it is kept.
 */
int whole_zone_losses(struct ctx *ctx, const struct sync_job *job, const struct live_zone *lz,
		      const struct live_zone *after, const char *snap);

/* ---- syncreport.c ---- */

/* The --json report of a sync (a new value). */
struct jv *sync_report(const struct sync_job *job, const struct zonediff *d,
		       const struct apply *a, const char *snap, bool in_sync);

#endif
