/*
 * The domain list: the same requests as `gandi domain list` (sort_by=fqdn,
 * sharing_id when set, every page), but shown after the first page while the
 * others arrive a parallel batch at a time between key presses. The filter
 * runs over the list in memory; scrolling never asks Gandi again.
 */
#include "tui/tui.h"

#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
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
	api_pages_free(&t->pages);
	free(t->list_url);
	free(t->load_error);
	t->list_url = NULL;
	t->load_error = NULL;
}

/* Decode and append items; returns 0 or EXIT_ERROR with ctx->err set. */
static int add_items(struct tui *t, const json_t *items)
{
	size_t before = t->ndoms;
	t->doms = xgrow(t->doms, &t->cap, t->ndoms + json_array_size(items), sizeof(*t->doms));
	for (size_t i = 0; i < json_array_size(items); i++) {
		struct decoder d = {.what = "domain"};
		struct tui_domain *dom = &t->doms[t->ndoms];
		memset(dom, 0, sizeof(*dom));
		if (!decode_domain(&d, json_array_get(items, i), &dom->d)) {
			int rc = decode_error(t->ctx, &d);
			domain_free(&dom->d);
			decoder_free(&d);
			return rc;
		}
		decoder_free(&d);
		t->ndoms++;
	}
	/* the new rows that match the filter join the view */
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
	return 0;
}

static char *list_url(struct ctx *ctx)
{
	struct buf url = {0};
	char *base = api_url(ctx, "/domain/domains");
	buf_printf(&url, "%s?sort_by=fqdn", base);
	free(base);
	if (ctx->sharing_id.value) {
		char *v = url_escape(ctx->sharing_id.value);
		buf_printf(&url, "&sharing_id=%s", v);
		free(v);
	}
	return buf_detach(&url);
}

int domains_start(struct tui *t)
{
	json_t *items = NULL;
	free_domains(t);
	api_pages_free(&t->pages);
	free(t->load_error);
	t->load_error = NULL;
	if (!t->list_url)
		t->list_url = list_url(t->ctx);
	t->ctx->scope = "domain:view";
	int rc = api_pages_first(t->ctx, t->list_url, "the domain list", &t->pages, &items);
	if (!rc)
		rc = add_items(t, items);
	if (rc)
		t->pages.next = 0;
	json_decref(items);
	lview_resize(&t->view, t->nshown, tui_list_height(t));
	t->dirty = DIRTY_ALL;
	return rc;
}

void domains_load_more(struct tui *t)
{
	json_t *more = json_array();
	t->ctx->scope = "domain:view";
	t->term.busy = 1;
	int rc = api_pages_next(t->ctx, &t->pages, API_PAGES_PARALLEL, more);
	t->term.busy = 0;
	if (!rc)
		rc = add_items(t, more);
	if (rc) {
		t->load_error = tui_take_error(t);
		tui_status(t, STATUS_ERROR, "the list is incomplete: %s (r reloads)",
			   t->load_error);
		t->dirty |= DIRTY_TITLE;
	}
	json_decref(more);
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

const char *domains_footer(const struct tui *t)
{
	if (t->filter[0])
		return " Enter open   / filter   Esc clear filter   r refresh   ? help   q quit";
	return " Enter open   / filter   r refresh   ? help   q quit";
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
