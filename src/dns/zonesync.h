/*
 * Zone as code: the engine dns sync, dns import and dns snapshot restore
 * share. It reads the live zone, shows the difference with the desired one,
 * asks, takes a snapshot, applies the changes with the fewest requests,
 * checks the result, and on a failure midway says what was applied and how
 * to undo it. Its parts: dns/zoneinput.c (the desired zone from a file),
 * dns/syncprint.c (the difference as text), dns/syncapply.c (the plan and
 * the requests), dns/syncreport.c (the --json report), this file (the live
 * zone, snapshots as the commands name them, the engine).
 *
 * Ownership: live_zone_read() fills a struct that owns everything reachable
 * from it (live_zone_free()). Strings returned are freed by the caller.
 */
#ifndef GANDI_ZONESYNC_H
#define GANDI_ZONESYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "dns/zonediff.h"
#include "dns/zoneinput.h"
#include "gandi/types.h"

/* A zone as LiveDNS holds it: every RRset of GET .../records, or of a snapshot. */
struct live_zone {
	struct rrset *decoded;
	struct zd_rrset *rrsets; /* pointing into decoded */
	size_t len, cap;
	struct zd_live *filter;  /* borrowed: RRsets it finds the same as the file's are dropped */
};

int live_zone_read(struct ctx *ctx, const char *zone, struct live_zone *lz);
/*
 * The live zone compared as its pages arrive: only the RRsets that differ
 * from the file's (or that it lacks) are kept, the others are counted in
 * filter (zonediff_known()); a 10,000-RRset zone the file matches holds
 * nothing. An RRset Gandi lists twice is an error.
 */
int live_zone_read_against(struct ctx *ctx, const char *zone, struct zd_live *filter,
			   struct live_zone *lz);
/* The zone a snapshot holds (its records are moved out of s). */
void live_zone_of_snapshot(struct snapshot *s, struct live_zone *lz);
void live_zone_free(struct live_zone *lz);

/*
 * A snapshot ID argument: a whole id, or its first characters when they
 * start exactly one of the zone's snapshots (one request lists them); *full
 * gets the whole id (to free). EXIT_USAGE when it cannot be one or is
 * ambiguous, EXIT_NOTFOUND when no snapshot has it, with ctx->err set.
 */
int snapshot_id_check(struct ctx *ctx, const char *zone, const char *id, char **full);
/* "'Before the move', taken 2026-03-01 10:00 UTC" (allocated). */
char *snapshot_describe(const struct snapshot *s);
/* The command that puts the zone back as snapshot id holds it, global flags included. */
char *restore_command(struct ctx *ctx, const char *zone, const char *id);
struct sync_job;
/*
 * The command that runs the same sync (or import) again, with --yes, or NULL
 * (a snapshot restore, a file from stdin): after a failure midway, it sends
 * only what is still different.
 */
char *rerun_command(struct ctx *ctx, const struct sync_job *job);

enum sync_kind {
	SYNC_SYNC,    /* dns sync: one request per changed RRset, or the whole zone */
	SYNC_IMPORT,  /* dns import: the whole zone in one request */
	SYNC_RESTORE, /* dns snapshot restore: the whole zone in one request, exactly */
};

struct sync_job {
	enum sync_kind kind;
	const char *zone;          /* checked domain name */
	const char *source;        /* "'zone.txt'", "snapshot ID": names the desired zone */
	const char *file;          /* for --json output; NULL for a snapshot */
	const struct zd_rrset *want;
	size_t nwant;
	const struct zone_skip *skipped; /* borrowed; for --json output */
	size_t nskipped;
	bool has_skipped;          /* the report says what was skipped (a file was read) */
	bool no_delete, dry_run, yes, exit_code;
};

/*
 * Make the zone match job->want: read the live zone, print the difference
 * (stdout; with --json one object at the end), and unless it is empty or a
 * dry run: confirm, take a snapshot and print its id, apply (SYNC_SYNC:
 * deletions that must go first, then one request per changed RRset, 8 at a
 * time, stopping at the first failure; or one PUT of the whole zone when
 * more than half of its RRsets change or more than 300 requests would be
 * needed; the others: one PUT of the whole zone), re-read the zone and
 * report any difference left. On a failure midway the error says what was
 * applied, what was not, and the command that restores the snapshot.
 * Returns 0, EXIT_CHANGES (exit_code with changes left pending), or an exit
 * code with ctx->err set.
 */
int zone_sync(struct ctx *ctx, const struct sync_job *job);

/*
 * zone_sync() with the zone named by DOMAIN (checked) and the records of the
 * zone file or JSON at PATH (- for stdin, as zone_input_read reads it): job
 * brings the kind and the flags, this fills the rest. For dns sync and import.
 */
int zone_sync_file(struct ctx *ctx, const char *domain, const char *path,
		   bool skip_unsupported, struct sync_job *job);

#endif
