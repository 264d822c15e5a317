/*
 * --state FILE: the state file and its journal, with group commit.
 *
 * On disk: FILE, a seed document with a "generation" G (written to FILE.tmp,
 * fsynced, renamed, the folder fsynced), and the journals FILE.journal.G,
 * FILE.journal.G+1...: a header line, then one line per change
 * (journal.h). The state is FILE followed by its journals in order; a last
 * line without its newline was never acknowledged and is dropped.
 *
 * A change is appended to the current journal under the store's write lock
 * and acknowledged only once fdatasync() covered it: one committer thread
 * syncs whatever has been appended since its last sync, so concurrent
 * writers share one sync (group commit). A change is visible to other
 * requests as soon as it is appended. When an append fails, the journal is
 * cut back and the store reloaded from disk; when a sync fails, every change
 * since the last good sync is cut off, the store reloaded, and each of
 * their requests answered 500.
 *
 * A start that replayed changes, and a clean stop, write a new state file,
 * so that FILE alone is then the whole state (and a valid seed). A
 * compactor thread writes one too once the journal outgrows
 * max(64 KiB, twice the state file): under the store's read lock it waits
 * for the journal to be durable, starts journal G+1 and writes the state as
 * generation G+1 to FILE.tmp; then, without the lock, it syncs and renames
 * it and deletes the older journals.
 *
 * Ownership: struct persist belongs to main.c (persist_open .. persist_close).
 */
#ifndef EMU_PERSIST_H
#define EMU_PERSIST_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "buf.h"
#include "store.h"

struct persist;
struct emu;

/*
 * Open the state at path: load FILE and replay its journals, or, when FILE
 * does not exist, take make_seed(arg) and create it. *st gets the store.
 * Returns NULL with a message (and a hint line) in err.
 */
struct persist *persist_open(const char *path, struct store *(*make_seed)(void *arg), void *arg,
			     time_t now, struct store **st, struct buf *err);

/* Start the committer and compactor threads; they lock emu->lock. */
void persist_start(struct persist *p, struct emu *emu);

/*
 * Append one change (line[0..len), one line of JSON without its newline);
 * call it holding emu->lock for writing. Returns the change's sequence
 * number, or 0 when writing failed: the journal is cut back and the caller
 * must call persist_reload() before releasing the lock.
 */
uint64_t persist_append(struct persist *p, const char *line, size_t len, struct buf *err);

/* Replace emu->store by the state on disk (emu->lock held for writing).
 * Returns 0, or -1 with a message when it cannot be read (emu->store is then
 * left as it is). */
int persist_reload(struct persist *p, struct emu *emu, struct buf *err);

/* Call wake(arg, ok) once change seq is durable (ok) or lost (!ok), from the
 * committer thread, or at once (from the caller) when already known. */
void persist_wait(struct persist *p, uint64_t seq, void (*wake)(void *arg, bool ok), void *arg);

/* Wait for change seq; true when durable. */
bool persist_sync(struct persist *p, uint64_t seq);

/* Sync what is pending, wake every waiter, stop the threads, write the state
 * file when it changed, and free p (NULL is fine). */
void persist_close(struct persist *p);

/* Read a whole file into out (NUL-terminated). Returns 0, 1 when the file
 * does not exist (out untouched), or -1 with a message in err. */
int read_file(const char *path, struct buf *out, struct buf *err);

#endif
