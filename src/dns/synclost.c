#include "dns/sync.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "dns/value.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "xalloc.h"

/* Snapshots read at most to find what a replacement of the whole zone removed. */
#define MAX_SNAPSHOTS_READ 16

/* RRsets (or some of their values) that one side has and others lack. */
struct rrlist {
	struct zd_rrset *r; /* values arrays owned; strings borrowed */
	const char **where; /* the snapshot each was found in */
	size_t n, cap;
};

static void rrlist_free(struct rrlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free((void *)l->r[i].values);
	free(l->r);
	free(l->where);
	memset(l, 0, sizeof(*l));
}

static void rrlist_push(struct rrlist *l, const struct zd_rrset *r, const char *const *values,
			size_t n, const char *where)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->r = xrealloc(l->r, l->cap * sizeof(*l->r));
		l->where = xrealloc(l->where, l->cap * sizeof(*l->where));
	}
	const char **v = xcalloc(n + 1, sizeof(*v));
	memcpy(v, values, n * sizeof(*v));
	l->r[l->n] = (struct zd_rrset){.name = r->name, .type = r->type, .ttl = r->ttl,
				       .values = v, .nvalues = n};
	l->where[l->n++] = where;
}

/*
 * The values of from's RRsets that side does not have (by meaning, as the
 * diff compares them), the SOA left out: into out. 0, or -1 when one of them
 * gives an RRset twice.
 */
static int minus(const char *zone, const struct zd_rrset *from, size_t n,
		 const struct zd_rrset *side, size_t nside, const char *const *where,
		 struct rrlist *out)
{
	struct zonediff d;
	memset(out, 0, sizeof(*out));
	if (zonediff(zone, from, n, side, nside, ZD_NO_DELETE | ZD_EXACT, &d))
		return -1;
	for (size_t i = 0; i < d.len; i++) {
		const struct zd_change *c = &d.changes[i];
		if (c->nadded == 0 || strcmp(c->want->type, "SOA") == 0)
			continue;
		rrlist_push(out, c->want, c->added, c->nadded, where[c->want - from]);
	}
	zonediff_free(&d);
	return 0;
}

/* Add l's RRsets and values to acc (which then gives each RRset once). */
static void merge(struct rrlist *acc, const struct rrlist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct zd_rrset *r = &l->r[i];
		size_t k = 0;
		while (k < acc->n && !(strcmp(acc->r[k].type, r->type) == 0 &&
				       strcasecmp(acc->r[k].name, r->name) == 0))
			k++;
		if (k == acc->n) {
			rrlist_push(acc, r, r->values, r->nvalues, l->where[i]);
			continue;
		}
		struct zd_rrset *a = &acc->r[k];
		const char **v = xrealloc((void *)a->values, (a->nvalues + r->nvalues + 1) *
							   sizeof(*v));
		memcpy(v + a->nvalues, r->values, r->nvalues * sizeof(*v));
		a->values = v;
		a->nvalues += r->nvalues;
	}
}

/* The snapshots to read: the automatic ones taken after ours, oldest first. */
struct snaps {
	const char *ours;
	bool past_ours;       /* listing newest first: ours was met */
	char **ids;           /* newer automatic ones, newest first */
	size_t n, newer;      /* how many kept; how many there were */
};

static int snap_seen(void *arg, const struct snapshot *s, const struct jv_text *raw)
{
	struct snaps *w = arg;
	(void)raw;
	if (w->past_ours)
		return 0;
	if (strcmp(s->id, w->ours) == 0) {
		w->past_ours = true;
	} else if (s->automatic) {
		w->newer++;
		w->ids = xrealloc(w->ids, (w->n + 1) * sizeof(*w->ids));
		w->ids[w->n++] = xstrdup(s->id);
	}
	return 0;
}

/* What each snapshot holds that neither the file nor the first read had: into lost. */
static int read_snapshot(struct ctx *ctx, const struct sync_job *job, const struct live_zone *lz,
			 const char *id, struct live_zone *kept, struct rrlist *lost)
{
	struct snapshot s = {0};
	struct rrlist a = {0}, b = {0};
	int rc = snapshot_rrsets(ctx, job->zone, id, &s.records, &s.nrecords);
	if (rc)
		return rc;
	live_zone_of_snapshot(&s, kept);
	snapshot_free(&s);
	const char **where = xcalloc(kept->len + 1, sizeof(*where));
	for (size_t i = 0; i < kept->len; i++)
		where[i] = id;
	rc = -1;
	if (!minus(job->zone, kept->rrsets, kept->len, lz->rrsets, lz->len, where, &a) &&
	    !minus(job->zone, a.r, a.n, job->want, job->nwant, a.where, &b)) {
		merge(lost, &b);
		rc = 0;
	}
	if (rc)
		rc = error_set(ctx, EXIT_ERROR, "api", "snapshot %s of %s gives an RRset twice", id,
			       job->zone);
	free(where);
	rrlist_free(&a);
	rrlist_free(&b);
	return rc;
}

/* The lost RRsets as the error lists them (at most SHOWN_LOST) and as JSON. */
#define SHOWN_LOST 50

static void report_lost(struct ctx *ctx, const struct sync_job *job, const struct rrlist *l)
{
	size_t nvalues = 0;
	for (size_t i = 0; i < l->n; i++)
		nvalues += l->r[i].nvalues;
	error_set(ctx, EXIT_ERROR, "concurrent_change_lost", "replacing the whole zone of %s "
		  "removed what someone else wrote while gandi ran: %zu value%s in %zu RRset%s",
		  job->zone, nvalues, plural(nvalues), l->n, plural(l->n));
	struct buf b = {0};
	struct jv *list = jv_array();
	for (size_t i = 0; i < l->n; i++) {
		const struct zd_rrset *r = &l->r[i];
		if (i < SHOWN_LOST) {
			buf_printf(&b, "  %s %s:", r->type, r->name);
			for (size_t k = 0; k < r->nvalues; k++) {
				char *shown = dnsv_display(r->type, r->values[k]);
				buf_printf(&b, "%s %s", k ? "," : "", shown);
				free(shown);
			}
			buf_printf(&b, " (in snapshot %s)\n", l->where[i]);
		}
		struct jv *o = jv_object();
		jv_set_str(o, "name", r->name);
		jv_set_str(o, "type", r->type);
		jv_set(o, "values", jv_strv(r->values, r->nvalues));
		jv_set_str(o, "snapshot", l->where[i]);
		jv_push(list, o);
	}
	if (l->n > SHOWN_LOST)
		buf_printf(&b, "  ... and %zu more\n", l->n - SHOWN_LOST);
	error_detail(ctx, "%s", buf_str(&b));
	error_detail(ctx, "they were neither in %s nor in the zone when gandi first read it: they "
			  "were written meanwhile, before the replacement; LiveDNS keeps them in the "
			  "snapshots named ('gandi dns snapshot show %s ID')\n", job->source,
		     job->zone);
	if (job->kind == SYNC_RESTORE)
		error_detail(ctx, "hint: put them back with 'gandi dns add'\n");
	else
		error_detail(ctx, "hint: put them back with 'gandi dns add', or add them to %s and run "
				  "it again%s\n", job->source,
			     job->kind == SYNC_SYNC ? "; 'gandi dns sync --no-delete' never replaces "
						      "the whole zone" : "");
	error_field(ctx, "lost", list);
	buf_free(&b);
}

int whole_zone_losses(struct ctx *ctx, const struct sync_job *job, const struct live_zone *lz,
		      const struct live_zone *after, const char *snap)
{
	struct snaps w = {.ours = snap};
	struct rrlist lost = {0}, gone = {0};
	struct live_zone *kept = NULL;
	size_t nkept = 0;
	int rc = snapshots_each(ctx, job->zone, SNAPSHOTS_ALL, snap_seen, &w);
	if (!rc && w.n == 0) {
		/* no automatic snapshots (turned off): ours, taken after the first read */
		w.ids = xcalloc(1, sizeof(*w.ids));
		w.ids[w.n++] = xstrdup(snap);
	}
	kept = xcalloc(w.n + 1, sizeof(*kept));
	/* the oldest first: those taken before the replacement hold what it removed */
	for (size_t i = w.n; !rc && i-- > 0 && nkept < MAX_SNAPSHOTS_READ;)
		rc = read_snapshot(ctx, job, lz, w.ids[i], &kept[nkept++], &lost);
	if (rc) {
		char *why = error_text(ctx);
		error_clear(&ctx->err);
		warn(ctx, "could not check whether replacing the whole zone of %s removed what "
			  "someone else wrote meanwhile: %s", job->zone, why);
		free(why);
		rc = 0;
		goto out;
	}
	if (w.n > MAX_SNAPSHOTS_READ)
		warn(ctx, "%zu automatic snapshots were taken while gandi changed %s: only the %d "
			  "oldest were read to check that nothing someone else wrote was removed",
		     w.n, job->zone, MAX_SNAPSHOTS_READ);
	/* what the zone holds now (written after the replacement, or put back) is not lost */
	if (minus(job->zone, lost.r, lost.n, after->rrsets, after->len, lost.where, &gone))
		goto out;
	if (gone.n) {
		report_lost(ctx, job, &gone);
		rc = EXIT_ERROR;
	}
out:
	for (size_t i = 0; i < nkept; i++)
		live_zone_free(&kept[i]);
	free(kept);
	for (size_t i = 0; i < w.n; i++)
		free(w.ids[i]);
	free(w.ids);
	rrlist_free(&lost);
	rrlist_free(&gone);
	return rc;
}
