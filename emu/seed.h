/*
 * The built-in seed (emu/seed.json), embedded at build time by tools/embed
 * into build/gen/seed_data.c. Read-only, static storage.
 */
#ifndef EMU_SEED_H
#define EMU_SEED_H

#include <stddef.h>

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
