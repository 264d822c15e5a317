/*
 * The domain list: the same requests as `gandi domain list` (sort_by=fqdn,
 * sharing_id when set, every page), but shown after the first page while the
 * others arrive a parallel batch at a time between key presses. The filter
 * runs over the list in memory; scrolling never asks Gandi again.
 */
#include "tui/tui.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gandi/domains.h"
#include "error.h"
#include "util.h"
#include "xalloc.h"

#define COL_EXPIRES 10
#define COL_AUTORENEW 9
#define COL_NS 11

static void free_domains(struct tui *t)
{
	for (size_t i = 0; i < t->ndoms; i++) {
		domain_free(&t->doms[i].d);
		if (t->doms[i].detail) {
			detail_free(t->doms[i].detail);
			free(t->doms[i].detail);
		}
	}
	free(t->doms);
	free(t->shown);
	t->doms = NULL;
	t->shown = NULL;
	t->ndoms = t->cap = t->nshown = 0;
	t->open = NULL;
}

void domains_free(struct tui *t)
{
	free_domains(t);
	gandi_pages_free(&t->pages);
	free(t->load_error);
	t->load_error = NULL;
}

/* Append a domain of the list (a domain_fn): it is moved into t->doms. */
static int add_domain(void *arg, struct domain *d, const struct jv_text *raw)
{
	struct tui *t = arg;
	(void)raw;
	t->doms = xgrow(t->doms, &t->cap, t->ndoms + 1, sizeof(*t->doms));
	struct tui_domain *dom = &t->doms[t->ndoms++];
	memset(dom, 0, sizeof(*dom));
	dom->d = *d;
	memset(d, 0, sizeof(*d));
	return 0;
}

/* The domains from before onwards that match the filter join the view. */
static void show_new(struct tui *t, size_t before)
{
	t->shown = xrealloc(t->shown, (t->ndoms ? t->ndoms : 1) * sizeof(*t->shown));
	size_t was = t->nshown;
	for (size_t i = before; i < t->ndoms; i++)
		if (filter_match(t->doms[i].d.fqdn, t->filter))
			t->shown[t->nshown++] = i;
	if (t->nshown != was) {
		bool room = was < t->view.top + (size_t)t->view.height;
		lview_resize(&t->view, t->nshown, tui_list_height(t));
		if (room)
			t->dirty |= DIRTY_ROWS; /* the new rows appear on screen */
	}
	t->dirty |= DIRTY_TITLE;
}

/* The same list as `gandi domain list`: by name, for the organization in use. */
static void list_query(const struct tui *t, struct domain_query *q)
{
	memset(q, 0, sizeof(*q));
	q->sharing_id = t->ctx->sharing_id.value;
}

int domains_start(struct tui *t)
{
	struct domain_query q;
	free_domains(t);
	gandi_pages_free(&t->pages);
	free(t->load_error);
	t->load_error = NULL;
	list_query(t, &q);
	int rc = domains_first(t->ctx, &q, &t->pages, add_domain, t);
	show_new(t, 0);
	if (rc)
		t->pages.next = 0;
	lview_resize(&t->view, t->nshown, tui_list_height(t));
	t->dirty = DIRTY_ALL;
	return rc;
}

void domains_load_more(struct tui *t)
{
	size_t before = t->ndoms;
	t->term.busy = 1;
	int rc = domains_next(t->ctx, &t->pages, GANDI_PAGES_PARALLEL, add_domain, t);
	t->term.busy = 0;
	show_new(t, before);
	if (rc) {
		t->load_error = tui_take_error(t);
		tui_status(t, STATUS_ERROR, "the list is incomplete: %s (r reloads)",
			   t->load_error);
		t->dirty |= DIRTY_TITLE;
	}
}

void domains_refilter(struct tui *t)
{
	const char *selected = t->nshown ? t->doms[t->shown[t->view.cur]].d.fqdn : NULL;
	size_t keep = 0;
	bool found = false;
	t->nshown = 0;
	for (size_t i = 0; i < t->ndoms; i++) {
		if (!filter_match(t->doms[i].d.fqdn, t->filter))
			continue;
		if (selected && !found && t->doms[i].d.fqdn == selected) {
			keep = t->nshown;
			found = true;
		}
		t->shown[t->nshown++] = i;
	}
	t->view.cur = keep;
	t->view.top = 0;
	lview_resize(&t->view, t->nshown, tui_list_height(t));
	lview_goto(&t->view, (long long)keep);
	t->prev_cur = t->view.cur;
	t->scrolled = 0;
}

void domains_draw_title(struct tui *t)
{
	struct buf b = {0};
	buf_printf(&b, " gandi   %zu domain%s", t->ndoms, t->ndoms == 1 ? "" : "s");
	if (t->pages.next && t->pages.total > 0)
		buf_printf(&b, " of %lld", t->pages.total);
	if (t->load_error)
		buf_adds(&b, " (incomplete: r reloads)");
	else if (t->pages.next)
		buf_adds(&b, ", loading...");
	if (t->filter[0])
		buf_printf(&b, "   %zu match '%s'", t->nshown, t->filter);
	attr_t title = t->term.color ? (attr_t)COLOR_PAIR(PAIR_TITLE) : A_REVERSE;
	wattron(t->top, title | A_BOLD);
	tui_text(t, t->top, 0, 0, t->cols, buf_str(&b));
	wattroff(t->top, title | A_BOLD);
	buf_free(&b);

	int dw = t->cols - 2 - COL_EXPIRES - COL_AUTORENEW - COL_NS - 6;
	attr_t head = t->term.color ? (attr_t)COLOR_PAIR(PAIR_HEAD) | A_BOLD : A_BOLD;
	wattron(t->top, head);
	if (dw < 12) {
		tui_text(t, t->top, 1, 1, t->cols - 1, "DOMAIN");
	} else {
		tui_text(t, t->top, 1, 0, 2, "");
		tui_text(t, t->top, 1, 2, dw + 2, "DOMAIN");
		tui_text(t, t->top, 1, 4 + dw, COL_EXPIRES + 2, "EXPIRES");
		tui_text(t, t->top, 1, 6 + dw + COL_EXPIRES, COL_AUTORENEW + 2, "AUTORENEW");
		tui_text(t, t->top, 1, 8 + dw + COL_EXPIRES + COL_AUTORENEW,
			 t->cols - (8 + dw + COL_EXPIRES + COL_AUTORENEW), "NAMESERVERS");
	}
	wattroff(t->top, head);
}

void domains_draw_row(struct tui *t, size_t row, int line)
{
	const struct domain *d = &t->doms[t->shown[row]].d;
	int dw = t->cols - 2 - COL_EXPIRES - COL_AUTORENEW - COL_NS - 6;
	if (dw < 12) {
		tui_text(t, t->list, line, 0, 1, "");
		tui_text(t, t->list, line, 1, t->cols - 1, d->fqdn);
		return;
	}
	tui_text(t, t->list, line, 0, 2, "");
	tui_text(t, t->list, line, 2, dw + 2, d->fqdn);
	tui_text(t, t->list, line, 4 + dw, COL_EXPIRES + 2, date_only(d->dates.registry_ends_at));
	tui_text(t, t->list, line, 6 + dw + COL_EXPIRES, COL_AUTORENEW + 2,
		 d->autorenew ? "on" : "off");
	tui_text(t, t->list, line, 8 + dw + COL_EXPIRES + COL_AUTORENEW,
		 t->cols - (8 + dw + COL_EXPIRES + COL_AUTORENEW),
		 d->nameserver ? d->nameserver : "-");
}

const char *domains_footer(struct tui *t)
{
	return tui_footer(t, t->filter[0] ? SCREEN_FILTERED : SCREEN_LIST);
}

void domains_key(struct tui *t, int key, bool is_char)
{
	if ((is_char && (key == '\r' || key == '\n' || key == 'l')) ||
	    (!is_char && (key == KEY_ENTER || key == KEY_RIGHT))) {
		if (t->nshown)
			domain_open(t, &t->doms[t->shown[t->view.cur]]);
		return;
	}
	if (!is_char)
		return;
	switch (key) {
	case '/':
		t->filtering = true;
		t->dirty |= DIRTY_STATUS | DIRTY_FOOTER;
		break;
	case 27: /* Esc */
		if (t->filter[0]) {
			t->filter[0] = '\0';
			domains_refilter(t);
			t->dirty |= DIRTY_ALL;
		}
		break;
	case 'r': {
		tui_busy(t, "reloading the domain list...");
		int rc = domains_start(t);
		tui_idle(t);
		if (rc) {
			t->load_error = tui_take_error(t);
			tui_status(t, STATUS_ERROR, "cannot reload the domain list: %s",
				   t->load_error);
		} else {
			tui_status(t, STATUS_OK, "reloaded: %zu domain%s%s", t->ndoms,
				   t->ndoms == 1 ? "" : "s", t->pages.next ? " so far" : "");
		}
		domains_refilter(t);
		t->dirty = DIRTY_ALL;
		break;
	}
	case 'q':
		t->quit = true;
		break;
	default:
		break;
	}
}
