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

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "buf.h"
#include "store.h"

/*
 * Build a store from a seed or state document (text[0..len), named what in
 * messages); relative dates are resolved against now. Returns the store, or
 * NULL with a one-line reason in err (e.g. "domains[2].livedns.records[0]:
 * unknown rrset_type 'XX'").
 */
struct store *store_load(const char *text, size_t len, time_t now, struct buf *err);

/* Write the whole state to f as a seed document (absolute dates), one
 * element at a time so that memory does not grow with the state; one record
 * per line. Returns 0, or -1 if writing failed (see errno). */
int store_write(const struct store *st, FILE *f);

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
