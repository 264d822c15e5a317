/*
 * The seed format (emu/README.md, "Seeds and state files"): reading a seed or
 * state document into a store (seed_load.c), writing a store as one
 * (seed_write.c), the built-in seed and the generator of big seeds
 * (genseed.c).
 *
 * The built-in seed (emu/seed.json) is embedded at build time by tools/embed
 * into build/gen/seed_data.c: read-only, static storage.
 */
#ifndef EMU_SEED_H
#define EMU_SEED_H

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "buf.h"
#include "store.h"

/*
 * Build a store from a seed or state document (text[0..len)); relative dates
 * are resolved against now. *generation (when not NULL) gets the state
 * file's "generation" (0 when absent: a seed). Returns the store, or NULL
 * with a one-line reason in err (e.g. "domains[2].livedns.records[0]:
 * unknown rrset_type 'XX'").
 */
struct store *store_load(const char *text, size_t len, time_t now,
			 unsigned long long *generation, struct buf *err);

/* Write the whole state to f as a seed document (absolute dates) with its
 * generation (0: none), one element at a time so that memory does not grow
 * with the state; one record per line. Returns 0, or -1 if writing failed
 * (see errno). */
int store_write(const struct store *st, unsigned long long generation, FILE *f);

/*
 * Single objects in the seed format, for the journal (persist.h). The
 * *_json functions return a new reference; a domain comes without its
 * records and snapshots ("livedns" holds the zone's other settings, or null),
 * a snapshot without its zone_data.
 */
json_t *seed_domain_json(const struct domain *d);
json_t *seed_zone_meta_json(const struct zone *z);
json_t *seed_snapshot_json(const struct snapshot *s);
json_t *seed_token_json(const struct token *t);
json_t *seed_tsig_json(const struct tsig *k);
json_t *seed_record_json(const struct rrset *rr);

/* The reverse, checked as a seed is (err gets the reason): a domain (not
 * added to st), a token or a TSIG key (added to st), a record, an array of
 * records put into z. */
struct domain *seed_parse_domain(const struct store *st, json_t *obj, time_t now,
				 struct buf *err);
int seed_add_token(struct store *st, json_t *obj, time_t now, struct buf *err);
int seed_add_tsig(struct store *st, json_t *obj, time_t now, struct buf *err);
struct rrset *seed_parse_record(json_t *obj, struct buf *err);
int seed_parse_records(json_t *arr, struct zone *z, struct buf *err);

extern const unsigned char emu_seed_json[];
extern const size_t emu_seed_json_len;

/*
 * Write to stdout a seed made of the built-in one plus ndomains generated
 * domains (bench-000001.example, ...) and, when nrecords > 0, a domain
 * big.example whose zone holds nrecords RRsets. Returns 0, or -1 with a
 * message on stderr.
 */
int generate_seed(size_t ndomains, size_t nrecords);

#endif
