#include "dns/sync.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "error.h"
#include "output/output.h"
#include "util.h"
#include "xalloc.h"

/* Requests in flight at once while applying. */
#define APPLY_PARALLEL 8
/* Above this many changed RRsets, one PUT of the whole zone (Gandi allows ~1000 requests/min). */
/* Changes listed by name in an error before "... and N more". */
#define SHOWN_CHANGES 50
#define MAX_RRSET_REQUESTS 300

const char *state_word(enum write_state s)
{
	return s == WRITE_APPLIED ? "applied" : s == WRITE_NOT_APPLIED ? "not_applied"
		: s == WRITE_UNKNOWN ? "unknown" : "pending";
}

/* Room for one more entry in a's storage (grown by doubling: a 1M-RRset zone is linear). */
static void store_slot(struct apply *a)
{
	size_t cap = a->cstore_;
	a->values_ = xgrow(a->values_, &cap, a->nstore_ + 1, sizeof(*a->values_));
	a->names_ = xgrow(a->names_, &a->cstore_, a->nstore_ + 1, sizeof(*a->names_));
}

/* The values as they are sent (the API form: TXT strings already at most 255 bytes), kept in a's storage. */
static const char *const *values_for_write(struct apply *a, const char *const *values,
					   size_t n)
{
	const char **v = xcalloc(n + 1, sizeof(*v));
	for (size_t i = 0; i < n; i++)
		v[i] = xstrdup(values[i]);
	store_slot(a);
	a->values_[a->nstore_] = v;
	a->names_[a->nstore_] = NULL;
	a->nstore_++;
	return v;
}

/* A name kept in a's storage (taken). */
static const char *keep_name(struct apply *a, char *name)
{
	a->names_[a->nstore_ - 1] = name;
	return name;
}

void apply_free(struct apply *a)
{
	for (size_t i = 0; i < a->nstore_; i++) {
		for (size_t k = 0; a->values_[i] && a->values_[i][k]; k++)
			free((char *)a->values_[i][k]);
		free(a->values_[i]);
		free(a->names_[i]);
	}
	free(a->values_);
	free(a->names_);
	free(a->writes);
	free(a->first_);
	free(a->zone);
	free(a->states);
	memset(a, 0, sizeof(*a));
}

/* The name a write uses: the live spelling when there is one, else lower case. */
static char *write_name(const struct zd_change *c)
{
	return c->have ? xstrdup(c->have->name) : str_lower(c->want->name);
}

/* The whole zone as it will be: the file's RRsets as they change, and those left alone. */
static void whole_zone_specs(const struct sync_job *job, const struct zonediff *d,
			     struct apply *a)
{
	const struct zd_change **change_of = xcalloc(job->nwant + 1, sizeof(*change_of));
	bool *left_want = xcalloc(job->nwant + 1, sizeof(*left_want));
	a->zone = xcalloc(job->nwant + d->nleft + 1, sizeof(*a->zone));
	for (size_t i = 0; i < d->len; i++)
		if (d->changes[i].want)
			change_of[d->changes[i].want - job->want] = &d->changes[i];
	for (size_t i = 0; i < d->nleft; i++)
		if (!d->left[i].live)
			left_want[d->left[i].rrset - job->want] = true;
	for (size_t i = 0; i < job->nwant; i++) {
		const struct zd_rrset *w = &job->want[i];
		const struct zd_change *c = change_of[i];
		if (left_want[i])
			continue;
		struct rrset_spec *s = &a->zone[a->nzone++];
		const char *const *v = c ? c->values : w->values;
		size_t nv = c ? c->nvalues : w->nvalues;
		s->values = values_for_write(a, v, nv);
		s->nvalues = nv;
		s->name = keep_name(a, c ? write_name(c) : str_lower(w->name));
		s->type = w->type;
		s->ttl = c ? c->ttl : w->ttl;
	}
	for (size_t i = 0; i < d->nleft; i++) {
		const struct zd_rrset *h = d->left[i].rrset;
		if (!d->left[i].live)
			continue;
		a->zone[a->nzone++] = (struct rrset_spec){.name = h->name, .type = h->type,
							  .ttl = h->ttl, .values = h->values,
							  .nvalues = h->nvalues};
	}
	free(change_of);
	free(left_want);
}

/*
 * Whether to replace the whole zone in one request. Never with --no-delete:
 * the zone sent would be the one read at the start, and what other writers
 * add meanwhile (an ACME hook's TXT record) would go.
 */
static bool whole_zone(const struct sync_job *job, const struct zonediff *d)
{
	if (job->kind != SYNC_SYNC)
		return true;
	if (job->no_delete)
		return false;
	size_t k = d->len, n = zonediff_result_size(d) + d->nremove;
	return k > 1 && (2 * k > n || k > MAX_RRSET_REQUESTS);
}

void plan(const struct sync_job *job, const struct zonediff *d, struct apply *a)
{
	memset(a, 0, sizeof(*a));
	a->states = xcalloc(d->len + 1, sizeof(*a->states));
	a->whole = whole_zone(job, d);
	if (a->whole) {
		whole_zone_specs(job, d, a);
		return;
	}
	a->writes = xcalloc(d->len + 1, sizeof(*a->writes));
	a->first_ = xcalloc(d->len + 1, sizeof(*a->first_));
	a->n = d->len;
	for (size_t i = 0; i < d->len; i++) {
		const struct zd_change *c = &d->changes[i];
		const struct zd_rrset *r = change_rrset(c);
		struct rrset_spec *s = &a->writes[i].rrset;
		s->type = r->type;
		if (c->action == ZD_REMOVE) {
			store_slot(a);
			a->values_[a->nstore_] = NULL;
			a->names_[a->nstore_] = NULL;
			a->nstore_++;
			s->name = keep_name(a, write_name(c));
			/* a CNAME cannot sit beside other types: clear the name before writing to it */
			for (size_t k = 0; k < d->len && !a->first_[i]; k++)
				a->first_[i] = d->changes[k].action != ZD_REMOVE &&
					       strcasecmp(change_rrset(&d->changes[k])->name,
							  r->name) == 0;
		} else if (job->no_delete && c->action == ZD_CHANGE && c->nremoved == 0) {
			/* only values to add (or a TTL): a PATCH keeps what others add meanwhile */
			a->writes[i].add = true;
			s->values = values_for_write(a, c->added, c->nadded);
			s->nvalues = c->nadded;
			s->name = keep_name(a, write_name(c));
			s->ttl = c->ttl;
		} else {
			s->values = values_for_write(a, c->values, c->nvalues);
			s->nvalues = c->nvalues;
			s->name = keep_name(a, write_name(c));
			s->ttl = c->ttl;
		}
	}
}

int apply_run(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d,
	      struct apply *a)
{
	int rc = 0;
	if (a->whole) {
		enum write_state state = WRITE_PENDING;
		rc = zone_replace(ctx, job->zone, a->zone, a->nzone, &state, &a->requests);
		for (size_t i = 0; i < d->len; i++)
			a->states[i] = state;
		return rc;
	}
	if (job->no_delete && a->n > MAX_RRSET_REQUESTS)
		note(ctx, "--no-delete: %zu RRsets change, one request each (the whole zone is never "
			  "replaced with --no-delete); Gandi allows about 1000 requests a minute", a->n);
	struct rrset_write *phase = xcalloc(a->n + 1, sizeof(*phase));
	size_t *index = xcalloc(a->n + 1, sizeof(*index));
	for (int p = 0; p < 2 && !rc; p++) {
		size_t n = 0;
		for (size_t i = 0; i < a->n; i++)
			if (a->first_[i] == (p == 0)) {
				index[n] = i;
				phase[n++] = a->writes[i];
			}
		rc = rrsets_write(ctx, job->zone, phase, n, APPLY_PARALLEL, &a->requests);
		for (size_t k = 0; k < n; k++)
			a->writes[index[k]].state = phase[k].state;
	}
	free(phase);
	free(index);
	return rc;
}

void states_from_writes(const struct zonediff *d, struct apply *a)
{
	for (size_t i = 0; !a->whole && i < a->n && i < d->len; i++)
		a->states[i] = a->writes[i].state;
}

/* The states of the changes from the zone read again: done when no difference is left. */
static void states_from_zone(const struct zonediff *d, const struct zonediff *after,
			     struct apply *a)
{
	size_t j = 0;
	for (size_t i = 0; i < d->len; i++) {
		const struct zd_rrset *r = change_rrset(&d->changes[i]);
		while (j < after->len && zd_rrset_order(change_rrset(&after->changes[j]), r) < 0)
			j++;
		bool left = j < after->len && zd_rrset_order(change_rrset(&after->changes[j]), r) == 0;
		a->states[i] = left ? WRITE_NOT_APPLIED : WRITE_APPLIED;
	}
}

/*
 * The changes in one state, under a title: at most SHOWN_CHANGES lines, then
 * "... and N more" (the --json form lists them all), written at once.
 */
static void list_changes(struct ctx *ctx, const struct zonediff *d, const struct apply *a,
			 enum write_state state, const char *title)
{
	struct buf b = {0};
	size_t n = 0, shown = 0;
	for (size_t i = 0; i < d->len; i++)
		n += a->states[i] == state;
	if (!n)
		return;
	buf_printf(&b, "%s (%zu of %zu):\n", title, n, d->len);
	for (size_t i = 0; i < d->len && shown < SHOWN_CHANGES; i++) {
		if (a->states[i] != state)
			continue;
		const struct zd_change *c = &d->changes[i];
		const struct zd_rrset *r = change_rrset(c);
		buf_printf(&b, "  %s %s %s\n", action_word(c->action), r->name, r->type);
		shown++;
	}
	if (n > shown)
		buf_printf(&b, "  ... and %zu more (--json lists them all)\n", n - shown);
	error_detail(ctx, "%s", buf_str(&b));
	buf_free(&b);
}

static struct jv *states_json(const struct zonediff *d, const struct apply *a,
			      enum write_state s)
{
	struct jv *arr = jv_array();
	for (size_t i = 0; i < d->len; i++) {
		if (a->states[i] != s)
			continue;
		const struct zd_rrset *r = change_rrset(&d->changes[i]);
		struct jv *o = jv_object();
		jv_set_str(o, "action", action_word(d->changes[i].action));
		jv_set_str(o, "name", r->name);
		jv_set_str(o, "type", r->type);
		jv_push(arr, o);
	}
	return arr;
}

int apply_failed(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d,
		 struct apply *a, unsigned flags, const char *snap, int code,
		 struct live_zone *after)
{
	char *why = error_text(ctx);
	char *kind = xstrdup(ctx->err.kind ? ctx->err.kind : "error");
	char *reread = NULL;
	struct zonediff d2 = {0};
	int rc = code;
	error_clear(&ctx->err);
	int rr = live_zone_read(ctx, job->zone, after);
	if (!rr && zonediff(job->zone, job->want, job->nwant, after->rrsets, after->len, flags,
			    &d2) == 0) {
		states_from_zone(d, &d2, a);
		if (d2.len == 0) {
			/* the failed request was carried out, its answer lost: every change holds */
			warn(ctx, "an answer was lost (%s), but the zone of %s read again matches %s: "
				  "every change took effect", why, job->zone, job->source);
			rc = 0;
			goto out;
		}
	} else {
		reread = ctx->err.code ? error_text(ctx) : xstrdup("unreadable");
		states_from_writes(d, a);
	}
	error_clear(&ctx->err);
	rc = error_set(ctx, code, kind, "applying the changes to %s stopped: %s", job->zone, why);
	list_changes(ctx, d, a, WRITE_APPLIED, "applied");
	list_changes(ctx, d, a, WRITE_NOT_APPLIED, "not applied");
	list_changes(ctx, d, a, WRITE_UNKNOWN, "unknown (the requests may have reached Gandi; "
					      "the zone could not be read again to check)");
	if (reread)
		error_detail(ctx, "the zone could not be read again: %s\n", reread);
	char *cmd = restore_command(ctx, job->zone, snap), *again = rerun_command(ctx, job);
	/* first the way forward: the same sync again sends only what is still different */
	if (again)
		error_detail(ctx, "to finish it, run the same command again (it sends only what is "
				  "still different):\n  %s\nor, ", again);
	error_detail(ctx, "the zone as it was before is in snapshot %s; to put it back:\n  %s\n",
		     snap, cmd);
	error_field(ctx, "snapshot", jv_str(snap));
	error_field(ctx, "rerun", jv_str(again));
	error_field(ctx, "restore", jv_str(cmd));
	free(again);
	error_field(ctx, "applied", states_json(d, a, WRITE_APPLIED));
	error_field(ctx, "not_applied", states_json(d, a, WRITE_NOT_APPLIED));
	error_field(ctx, "unknown", states_json(d, a, WRITE_UNKNOWN));
	free(cmd);
out:
	free(why);
	free(kind);
	free(reread);
	zonediff_free(&d2);
	return rc;
}
