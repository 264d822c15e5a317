/*
 * Saving the state file: the whole store as a seed document, written to a
 * temporary file next to the target, fsynced, renamed over it, and the
 * folder fsynced, so that a crash leaves either the old or the new state.
 */
#ifndef EMU_PERSIST_H
#define EMU_PERSIST_H

#include "buf.h"
#include "store.h"

/* Returns 0, or -1 with a message like "cannot write 'x.tmp': ..." in err. */
int persist_save(const struct store *st, const char *path, struct buf *err);

/*
 * Read a whole file into out (NUL-terminated). Returns 0, 1 when the file
 * does not exist (out untouched), or -1 with a message in err.
 */
int read_file(const char *path, struct buf *out, struct buf *err);

#endif
