#include "dns/sync.h"

#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "dns/value.h"
#include "error.h"
#include "output/output.h"

/* Unchanged values shown under a changed RRset before "... and N more". */
#define SHOWN_KEPT 5

const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

const struct zd_rrset *change_rrset(const struct zd_change *c)
{
	return c->want ? c->want : c->have;
}

const char *action_word(enum zd_action a)
{
	return a == ZD_ADD ? "add" : a == ZD_CHANGE ? "change" : "remove";
}

static void print_values(struct ctx *ctx, const char *type, const char *mark, const char *style,
			 const char *const *values, size_t n, size_t limit)
{
	for (size_t i = 0; i < n && i < limit; i++) {
		char *shown = dnsv_display(type, values[i]);
		out_line(ctx, "    %s%s %s%s", style, mark, shown, style[0] ? style_reset(ctx) : "");
		free(shown);
	}
	if (n > limit)
		out_line(ctx, "    %s  ... and %zu more%s", style, n - limit,
			 style[0] ? style_reset(ctx) : "");
}

void print_change(struct ctx *ctx, const struct zd_change *c)
{
	const struct zd_rrset *r = change_rrset(c);
	const char *style = c->action == ZD_ADD ? style_green(ctx)
			    : c->action == ZD_REMOVE ? style_red(ctx) : style_yellow(ctx);
	char ttl[64];
	if (c->action == ZD_ADD)
		snprintf(ttl, sizeof(ttl), "TTL %lld", c->ttl);
	else if (c->action == ZD_REMOVE || c->have->ttl == c->ttl)
		snprintf(ttl, sizeof(ttl), "TTL %lld", c->have->ttl);
	else
		snprintf(ttl, sizeof(ttl), "TTL %lld -> %lld", c->have->ttl, c->ttl);
	const char *name = c->have ? c->have->name : r->name;
	out_line(ctx, "%s%-6s%s %s%s %s%s, %s", style, action_word(c->action), style_reset(ctx),
		 style_bold(ctx), name, r->type, style_reset(ctx), ttl);
	print_values(ctx, r->type, "-", style_red(ctx), c->removed, c->nremoved, (size_t)-1);
	print_values(ctx, r->type, "+", style_green(ctx), c->added, c->nadded, (size_t)-1);
	if (c->action == ZD_CHANGE)
		print_values(ctx, r->type, " ", style_dim(ctx), c->kept, c->nkept, SHOWN_KEPT);
}

static void counts_line(struct buf *b, const struct zonediff *d)
{
	const size_t counts[] = {d->nadd, d->nchange, d->nremove};
	const char *const words[] = {"to add", "to change", "to remove"};
	bool any = false;
	for (int i = 0; i < 3; i++) {
		if (!counts[i])
			continue;
		buf_printf(b, "%s%zu %s", any ? ", " : "", counts[i], words[i]);
		any = true;
	}
	buf_printf(b, "%s%zu unchanged", any ? "; " : "", d->nsame);
	if (d->nleft)
		buf_printf(b, ", %zu left alone", d->nleft);
}

const char *reason_word(enum zd_reason r)
{
	return r == ZD_SOA ? "soa" : r == ZD_GANDI_NS ? "gandi_ns" : "no_delete";
}

/* Notes about the RRsets left alone (stderr). */
static void note_left(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d)
{
	size_t kept = 0;
	for (size_t i = 0; i < d->nleft; i++) {
		const struct zd_left *l = &d->left[i];
		if (l->reason == ZD_KEPT) {
			kept++;
		} else if (l->reason == ZD_SOA && !l->live) {
			note(ctx, "the SOA of %s (line %d) is left to LiveDNS, which writes its own",
			     job->source, l->rrset->line);
		} else if (l->reason == ZD_SOA) {
			note(ctx, "the SOA at Gandi is left as it is: LiveDNS owns it");
		} else if (l->live) {
			note(ctx, "Gandi's name servers (@ NS) are left as they are: %s does not name "
				  "the apex NS", job->source);
		} else {
			note(ctx, "the apex NS of %s (line %d, Gandi's name servers) is not written: "
				  "LiveDNS serves its own", job->source, l->rrset->line);
		}
	}
	if (kept)
		note(ctx, "%zu RRset%s only at Gandi %s kept (--no-delete)", kept, plural(kept),
		     kept == 1 ? "is" : "are");
}

void print_diff(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d)
{
	note_left(ctx, job, d);
	for (size_t i = 0; i < d->len; i++)
		print_change(ctx, &d->changes[i]);
	struct buf b = {0};
	if (d->len == 0) {
		buf_printf(&b, "%s matches %s: nothing to change (", job->zone, job->source);
		counts_line(&b, d);
		buf_addc(&b, ')');
	} else {
		buf_printf(&b, "%s: ", job->zone);
		counts_line(&b, d);
	}
	out_line(ctx, "%s", buf_str(&b));
	buf_free(&b);
}
