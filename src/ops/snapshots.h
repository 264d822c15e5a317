/*
 * Taking and deleting a zone's snapshots, as the snapshot commands do: when
 * the request fails in a way that it may still have been carried out (its
 * answer lost, a gateway failing), the snapshots are listed again and the
 * report says what exists (ops/recheck.h).
 */
#ifndef GANDI_OPS_SNAPSHOTS_H
#define GANDI_OPS_SNAPSHOTS_H

#include "ctx.h"

/*
 * POST: take a snapshot now (named unless name is NULL); *id receives its id
 * (to free()). The POST is never sent twice: after a lost answer the error
 * names the snapshots of that name that exist now (which one is the new one
 * cannot be told for sure), or says none was taken.
 */
int snapshot_take(struct ctx *ctx, const char *zone, const char *name, char **id);
/* DELETE the snapshot id. */
int snapshot_remove(struct ctx *ctx, const char *zone, const char *id);

#endif
