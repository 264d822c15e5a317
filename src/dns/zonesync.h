/*
 * Zone as code: what dns sync, dns import and dns snapshot restore share.
 * Reading a desired zone from a file (BIND text or the JSON of 'dns list
 * --json', told apart by content), reading the live zone, LiveDNS
 * snapshots, and the one engine that shows the difference, asks, takes a
 * snapshot, applies the changes with the fewest requests, checks the
 * result, and on a failure midway says what was applied and how to undo it.
 *
 * Ownership: zone_input_read() and live_zone_read() fill structs that own
 * everything reachable from them (release with zone_input_free() and
 * live_zone_free()); the zd_rrset arrays in them point into that storage.
 * Strings returned are freed by the caller.
 */
#ifndef GANDI_ZONESYNC_H
#define GANDI_ZONESYNC_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "gandi/decode.h"
#include "dns/zonediff.h"

struct zone;
struct zone_rrsets;

/* A desired zone, read from a file. */
struct zone_input {
	char *file;              /* as given; "-" is stdin */
	bool json;               /* read as JSON rather than BIND text */
	struct zd_rrset *rrsets; /* what LiveDNS can hold, in file order */
	size_t len;
	json_t *skipped;         /* records left out with skip_unsupported: [{where, name,
				    type, reason}] */
	/* storage */
	struct zone *zone_;
	struct zone_rrsets *groups_;
	struct rrset *decoded_;
	size_t ndecoded_;
};

/*
 * Read the desired zone of zone (a checked domain name) from path ("-":
 * stdin). BIND text is parsed with the zone as origin; the JSON that 'gandi
 * dns list --json' prints (an array of RRsets; also {"items": [...]} and a
 * snapshot's {"zone_data": [...]}) is checked item by item. Records LiveDNS
 * cannot hold (other types, owners outside the zone) are each reported by
 * name and line; they make it fail with EXIT_USAGE unless skip_unsupported,
 * when they are left out, listed in a warning and in in->skipped. TTLs
 * outside 300 to 2592000 are usage errors too. Returns 0 or an exit code
 * with ctx->err set; nothing is sent.
 */
int zone_input_read(struct ctx *ctx, const char *zone, const char *path,
		    bool skip_unsupported, struct zone_input *in);
void zone_input_free(struct zone_input *in);

/* The live zone: every RRset of GET .../records, every page. */
struct live_zone {
	json_t *items;           /* the API's array */
	struct rrset *decoded;
	struct zd_rrset *rrsets;
	size_t len;
};

int live_zone_read(struct ctx *ctx, const char *zone, struct live_zone *lz);
void live_zone_free(struct live_zone *lz);

/* RRsets decoded from a JSON array of the API's record objects (a snapshot's zone_data). */
int rrsets_from_json(struct ctx *ctx, const json_t *items, const char *what,
		     struct live_zone *out);

/* A LiveDNS snapshot. */
struct snapshot {
	char *id, *name, *created_at;
	bool automatic;
	json_t *zone_data; /* the records (GET of one snapshot only); NULL otherwise */
};
bool decode_snapshot(struct decoder *d, const json_t *j, struct snapshot *out);
void snapshot_free(struct snapshot *s);

/* GET one snapshot; a missing one is EXIT_NOTFOUND with a hint. */
int snapshot_read(struct ctx *ctx, const char *zone, const char *id, struct snapshot *out);

/* "'Before the move', taken 2026-03-01 10:00 UTC" (allocated). */
char *snapshot_describe(const struct snapshot *s);

/*
 * Take a snapshot of the zone (POST .../snapshots, with name unless NULL).
 * Returns 0 with *id set (allocated), or an exit code with ctx->err set.
 */
int snapshot_take(struct ctx *ctx, const char *zone, const char *name, char **id);

/* The command that puts the zone back as snapshot id holds it, global flags included. */
char *restore_command(struct ctx *ctx, const char *zone, const char *id);

/* .../livedns/domains/ZONE/snapshots[/ID] */
char *snapshots_url(struct ctx *ctx, const char *zone, const char *id);

/* Check a snapshot ID argument; EXIT_USAGE with ctx->err set when it cannot be one. */
int snapshot_id_check(struct ctx *ctx, const char *id);

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
	json_t *skipped;           /* borrowed; for --json output, may be NULL */
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
