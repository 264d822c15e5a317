#include "ops/snapshots.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dns/zonesync.h"
#include "error.h"
#include "gandi/livedns.h"
#include "ops/recheck.h"
#include "xalloc.h"

/* The snapshots read again: those of one name, or the one of an id. */
struct seen {
	const char *zone;
	const char *name, *id;  /* what is looked for (name NULL: any) */
	size_t n;               /* how many match */
	struct buf list;        /* the first few, described */
};

static int seen_one(void *arg, const struct snapshot *s, const struct jv_text *raw)
{
	struct seen *w = arg;
	(void)raw;
	bool match = w->id ? strcmp(s->id, w->id) == 0
			   : !w->name || (s->name && strcmp(s->name, w->name) == 0);
	if (!match)
		return 0;
	if (w->n++ < 3) {
		char *about = snapshot_describe(s);
		buf_printf(&w->list, "  %s (%s)\n", s->id, about);
		free(about);
	}
	return 0;
}

int snapshot_take(struct ctx *ctx, const char *zone, const char *name, char **id)
{
	struct error held;
	struct seen w = {.zone = zone, .name = name};
	int rc = snapshot_create(ctx, zone, name, id);
	if (!rc || !write_maybe_applied(ctx))
		return rc;
	error_hold(ctx, &held);
	/* newest first: the new one, if it was taken, is among the first */
	int lr = snapshots_each(ctx, zone, SNAPSHOTS_MANUAL, seen_one, &w);
	error_clear(&ctx->err);
	rc = error_resume(ctx, &held);
	if (lr)
		error_rechecked(ctx, "the request may have reached Gandi and been carried out, and "
				     "the snapshots of %s could not be read again to check: 'gandi "
				     "dns snapshot list %s' shows them\n", zone, zone);
	else if (w.n == 0 && name)
		error_rechecked(ctx, "the request may have reached Gandi, yet reading the snapshots "
				     "of %s again shows that none named '%s' was taken\n", zone, name);
	else if (w.n == 0)
		error_rechecked(ctx, "the request may have reached Gandi, yet reading the snapshots "
				     "of %s again shows that none was taken\n", zone);
	else
		error_rechecked(ctx, "the request may have reached Gandi and been carried out before "
				     "its answer was lost; the newest snapshot%s of %s%s%s%s:\n%s"
				     "hint: 'gandi dns snapshot list %s' shows them all; one taken "
				     "just now is the new one\n",
				w.n > 1 ? "s" : "", zone, name ? " named '" : "", name ? name : "",
				name ? "'" : "", buf_str(&w.list), zone);
	buf_free(&w.list);
	return rc;
}

static enum recheck_state snapshot_gone(struct ctx *ctx, void *arg)
{
	struct seen *w = arg;
	w->n = 0;
	if (snapshots_each(ctx, w->zone, SNAPSHOTS_ALL, seen_one, w))
		return SEEN_UNREADABLE;
	return w->n == 0 ? SEEN_HELD : SEEN_NOT_HELD;
}

int snapshot_remove(struct ctx *ctx, const char *zone, const char *id)
{
	struct seen w = {.zone = zone, .id = id};
	int rc = snapshot_delete(ctx, zone, id);
	char *what = xasprintf("the snapshots of %s", zone);
	char *check = xasprintf("gandi dns snapshot list %s", zone);
	rc = write_recheck(ctx, rc, what, check, snapshot_gone, &w);
	buf_free(&w.list);
	free(what);
	free(check);
	return rc;
}
