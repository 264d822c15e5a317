/*
 * LiveDNS (/livedns/domains/ZONE/...): a zone's RRsets one by one or all at
 * once, the zone as BIND text, and its snapshots. Names are relative to the
 * zone ("@", "www"), types canonical ("TXT"), values as LiveDNS stores them
 * (TXT quoted); checking what the user typed is dns/rrkey.h's, and what a
 * command does with these requests (read, compare, write) is ops/records.h's.
 *
 * Every endpoint needs domain:tech. Reads of one RRset tell an absent RRset
 * (the zone answered that it does not exist: *found false) from a zone that
 * is missing or not covered by the token (an error).
 *
 * Ownership: struct rrset and struct snapshot values are released with
 * rrset_free() and snapshot_free(); see gandi/gandi.h for struct jv.
 */
#ifndef GANDI_LIVEDNS_H
#define GANDI_LIVEDNS_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "gandi/gandi.h"
#include "gandi/types.h"

/*
 * Called with each RRset, in order. r may be moved out (the callback then
 * owns it and leaves *r zeroed); raw is the item as Gandi sent it, for
 * --json, borrowed. Returns 0 to go on, or an exit code with ctx->err set.
 */
typedef int rrset_fn(void *arg, struct rrset *r, const struct jv_text *raw);

/* Every RRset of the zone (GET .../records, every page), of one type unless type is NULL. */
int records_each(struct ctx *ctx, const char *zone, const char *type, rrset_fn *each,
		 void *arg);
/* The RRsets at one name (every type, or one when type is not NULL); none when absent. */
int records_at(struct ctx *ctx, const char *zone, const char *name, const char *type,
	       rrset_fn *each, void *arg);
/*
 * One RRset. Returns 0 with *found set (false when the zone answers that it
 * does not exist), or an exit code with ctx->err set. raw (may be NULL)
 * receives Gandi's object, for --json.
 */
int rrset_get(struct ctx *ctx, const char *zone, const char *name, const char *type,
	      struct rrset *out, bool *found, struct jv **raw);
/* PUT: the RRset becomes these values with this TTL (both always sent). */
int rrset_put(struct ctx *ctx, const char *zone, const char *name, const char *type,
	      long long ttl, const char *const *values, size_t n);
/*
 * POST: create the RRset. *exists becomes true when Gandi answers that it
 * exists already (created meanwhile). A lost answer is a failure whose fault
 * says maybe_applied (error_fault()): the POST is never sent again.
 */
int rrset_post(struct ctx *ctx, const char *zone, const char *name, const char *type,
	       long long ttl, const char *const *values, size_t n, bool *exists);
/* PATCH add_rrset_values (and rrset_ttl unless ttl is 0): what other writers add stays. */
int rrset_patch_add(struct ctx *ctx, const char *zone, const char *name, const char *type,
		    const char *const *values, size_t n, long long ttl);
/*
 * PATCH remove_rrset_values (the stored spellings). *left receives how many
 * values Gandi says the RRset still holds, or -1 when it does not say; a
 * 404 after an attempt that may have done it counts as done (*left -1).
 */
int rrset_patch_remove(struct ctx *ctx, const char *zone, const char *name, const char *type,
		       const char *const *values, size_t n, long *left);
/*
 * DELETE the RRset. A 404 after an attempt that may have done it counts as
 * done; with gone_ok, so does a 404 saying the RRset does not exist.
 */
int rrset_delete(struct ctx *ctx, const char *zone, const char *name, const char *type,
		 bool gone_ok);

/*
 * Whether the token has a LiveDNS zone named fqdn (GET .../livedns/domains/
 * FQDN): *exists false on any 404 (no such zone, or one the token does not
 * cover). Returns 0, or an exit code with ctx->err set (auth, network...).
 */
int zone_probe(struct ctx *ctx, const char *fqdn, bool *exists);

/*
 * The names of the nameservers LiveDNS says serve the zone (GET
 * .../livedns/domains/ZONE/nameservers, apex NS records included), lower
 * case, without final dots: a NULL-terminated array (strv_free()).
 */
int zone_nameservers(struct ctx *ctx, const char *zone, char ***names, size_t *n);

/* The zone as BIND text (GET .../records, text/plain), appended to out. */
int zone_text(struct ctx *ctx, const char *zone, struct buf *out);

/* An RRset to write: what sync and import send. */
struct rrset_spec {
	const char *name, *type;
	long long ttl;
	const char *const *values;
	size_t nvalues;
};
/* What became of a write. */
enum write_state {
	WRITE_PENDING,     /* not sent */
	WRITE_APPLIED,     /* Gandi answered with success */
	WRITE_NOT_APPLIED, /* Gandi refused it */
	WRITE_UNKNOWN,     /* no answer came, or an attempt may have been carried out */
};

/*
 * PUT .../records {items}: the whole zone becomes these RRsets, in one
 * request. *state says what became of it, *sent is incremented when it went
 * out. Returns 0, or an exit code with ctx->err set ("PUT domain 'x': ...").
 */
int zone_replace(struct ctx *ctx, const char *zone, const struct rrset_spec *rrsets, size_t n,
		 enum write_state *state, size_t *sent);

/* One write of a batch (rrsets_write), and what became of it. */
struct rrset_write {
	/*
	 * nvalues 0: DELETE the RRset; else PUT it, or with add, PATCH
	 * add_rrset_values with these values and rrset_ttl (what other writers
	 * add to the RRset meanwhile stays; nvalues 0 then only sets the TTL)
	 */
	struct rrset_spec rrset;
	bool add;
	enum write_state state;
};
/*
 * Send the writes in waves of at most parallel, stopping after the first
 * wave with a failure; each write's state is set. *sent counts the requests
 * that went out (attempts not counted). Returns 0, or the exit code of the
 * first failure with ctx->err set to it, in the context of the request
 * ("PUT the A record www in example.com: ...").
 */
int rrsets_write(struct ctx *ctx, const char *zone, struct rrset_write *w, size_t n,
		 int parallel, size_t *sent);

/* ---- snapshots ---- */

/* Called with each snapshot (records empty), in order; raw is Gandi's item, borrowed. */
typedef int snapshot_fn(void *arg, const struct snapshot *s, const struct jv_text *raw);

enum snapshot_kind { SNAPSHOTS_ALL, SNAPSHOTS_AUTOMATIC, SNAPSHOTS_MANUAL };
/* The zone's snapshots, newest first. */
int snapshots_each(struct ctx *ctx, const char *zone, enum snapshot_kind kind,
		   snapshot_fn *each, void *arg);
/* One snapshot with its records; a missing one is EXIT_NOTFOUND with a hint. */
int snapshot_get(struct ctx *ctx, const char *zone, const char *id, struct snapshot *out);
/*
 * The RRsets of one snapshot only (*out, n of them: each rrset_free(), then
 * free(*out)), read without a tree of its JSON, for a big zone; a missing
 * snapshot is EXIT_NOTFOUND with a hint.
 */
int snapshot_rrsets(struct ctx *ctx, const char *zone, const char *id, struct rrset **out,
		    size_t *n);
/* One snapshot as BIND text, appended to out; a missing one is EXIT_NOTFOUND with a hint. */
int snapshot_text(struct ctx *ctx, const char *zone, const char *id, struct buf *out);
/* Take a snapshot now (named unless name is NULL); *id receives its id (to free()). */
int snapshot_create(struct ctx *ctx, const char *zone, const char *name, char **id);
int snapshot_delete(struct ctx *ctx, const char *zone, const char *id);
/* Whether id can be a snapshot's id (letters, digits and dashes, 1 to 64). */
bool snapshot_id_ok(const char *id);

/*
 * RRsets given as JSON by the user (what 'gandi dns list --json' prints: an
 * array, or {"items": [...]}, or a snapshot's {"zone_data": [...]}).
 */
struct rrset_doc_item {
	bool ok;         /* r holds the RRset */
	struct rrset r;
	char *problem;   /* why it is not an RRset ("record has no 'rrset_name'"), or NULL */
	bool not_object; /* it is not even a JSON object */
};
struct rrset_doc {
	enum { DOC_OK, DOC_SYNTAX, DOC_NOT_RRSETS } status;
	int line, column; /* of a syntax error */
	char *syntax;     /* the syntax error, or NULL */
	struct rrset_doc_item *items;
	size_t len;
};
void rrset_doc_parse(const char *text, size_t len, struct rrset_doc *out);
/*
 * The same, the text given chunk by chunk as a file is read and never held
 * whole (a 10,000-RRset file is 2.3 MB); a syntax error is then described in
 * yajl's words, its line and column counted here.
 */
struct rrset_doc_reader;
struct rrset_doc_reader *rrset_doc_begin(struct rrset_doc *out);
void rrset_doc_feed(struct rrset_doc_reader *d, const char *data, size_t len);
/* Fill out as rrset_doc_parse() would, and free d. */
void rrset_doc_end(struct rrset_doc_reader *d);
void rrset_doc_free(struct rrset_doc *d);

/* ---- the zone's settings (GET and PATCH /livedns/domains/ZONE) ---- */

struct zone_settings {
	bool automatic_snapshots; /* a snapshot before every change */
};
/* The zone's settings; raw (may be NULL) receives Gandi's object, for --json. */
int zone_settings_read(struct ctx *ctx, const char *zone, struct zone_settings *out,
		       struct jv **raw);
/* Turn automatic snapshots on or off. */
int zone_snapshots_set(struct ctx *ctx, const char *zone, bool on);

#endif
