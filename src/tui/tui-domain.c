/*
 * A domain's screen: the tab bar, the columns, the keys every tab shares,
 * and the tabs themselves behind struct tab_ops (tui-records.c,
 * tui-redirs.c, tui-registration.c). Each tab loads on its first visit and
 * stays in memory until refreshed (r) or changed there.
 */
#include "tui/tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/keys.h"

#include "xalloc.h"

static const struct tab_ops *const tabs[TAB_COUNT] = {&tab_records, &tab_redirs, &tab_info};

void detail_free(struct dom_detail *z)
{
	for (int i = 0; i < TAB_COUNT; i++) {
		tabs[i]->release(z);
		free(z->tabs[i].error);
		free(z->tabs[i].shown);
	}
	memset(z, 0, sizeof(*z));
}

struct lview *detail_view(struct tui *t)
{
	struct dom_detail *z = t->open->detail;
	return &z->tabs[z->tab].view;
}

size_t tab_row(const struct dom_detail *z, enum tab tab, size_t i)
{
	const struct tab_state *ts = &z->tabs[tab];
	return ts->filter[0] && i < ts->nshown ? ts->shown[i] : i;
}

long long tab_view_index(const struct dom_detail *z, enum tab tab, size_t raw)
{
	const struct tab_state *ts = &z->tabs[tab];
	if (!ts->filter[0])
		return (long long)raw;
	for (size_t i = 0; i < ts->nshown; i++)
		if (ts->shown[i] == raw)
			return (long long)i;
	return -1;
}

/* The rows of a tab the filter shows (all without one), and the view over them. */
static void tab_refilter(struct tui *t, struct dom_detail *z, enum tab tab)
{
	struct tab_state *ts = &z->tabs[tab];
	size_t n = tabs[tab]->rows(z);
	free(ts->shown);
	ts->shown = NULL;
	ts->nshown = 0;
	if (ts->filter[0]) {
		ts->shown = xcalloc(n ? n : 1, sizeof(*ts->shown));
		for (size_t r = 0; r < n; r++) {
			const char *cells[4];
			char buf[32];
			tabs[tab]->cells(z, r, cells, buf);
			bool match = false;
			for (int c = 0; c < 4 && !match; c++)
				match = cells[c] && filter_match(cells[c], ts->filter);
			if (match)
				ts->shown[ts->nshown++] = r;
		}
		n = ts->nshown;
	}
	lview_resize(&ts->view, n, tui_list_height(t));
	t->dirty = DIRTY_ALL;
}

void tab_reload(struct tui *t, enum tab tab)
{
	struct dom_detail *z = t->open->detail;
	struct tab_state *ts = &z->tabs[tab];
	char *note = NULL;
	free(ts->error);
	ts->error = NULL;
	tabs[tab]->release(z);
	int rc = tabs[tab]->load(t, z, &note);
	if (rc) {
		ts->error = tui_take_error(t);
		tui_status(t, STATUS_ERROR, "%s", ts->error);
	} else if (note) {
		ts->error = note; /* shown in place of the rows */
		note = NULL;
	} else if (t->status && t->status_kind == STATUS_INFO) {
		free(t->status); /* the "loading..." note */
		t->status = NULL;
	}
	free(note);
	ts->loaded = true;
	tab_refilter(t, z, tab);
}

static void show_tab(struct tui *t, enum tab tab)
{
	struct dom_detail *z = t->open->detail;
	z->tab = tab;
	t->dirty = DIRTY_ALL;
	t->prev_cur = z->tabs[tab].view.cur;
	t->scrolled = 0;
	if (!z->tabs[tab].loaded)
		tab_reload(t, tab);
}

void domain_open(struct tui *t, struct tui_domain *dom)
{
	if (!dom->detail)
		dom->detail = xcalloc(1, sizeof(*dom->detail));
	t->open = dom;
	show_tab(t, dom->detail->tab);
}

/* ---- drawing ---- */

/* Column x positions of a tab: name, type, ttl/protocol, value/url. */
struct cols {
	int x[4], w[4];
};

static struct cols columns(struct tui *t)
{
	struct dom_detail *z = t->open->detail;
	struct cols c;
	tabs[z->tab]->widths(t, z, c.w);
	c.x[0] = 2;
	c.x[1] = c.x[0] + c.w[0] + 2;
	c.x[2] = c.x[1] + (c.w[1] ? c.w[1] + 2 : 0);
	c.x[3] = c.x[2] + (c.w[2] ? c.w[2] + 2 : 0);
	c.w[3] = t->cols - c.x[3];
	return c;
}

static void draw_cells(struct tui *t, WINDOW *w, int line, const struct cols *c,
		       const char *const cells[4])
{
	tui_text(t, w, line, 0, c->x[0], "");
	for (int i = 0; i < 4; i++) {
		if (!c->w[i])
			continue;
		int width = i < 3 ? c->x[i + 1] - c->x[i] : c->w[3];
		tui_text(t, w, line, c->x[i], width, cells[i]);
	}
}

void domain_draw_title(struct tui *t)
{
	struct dom_detail *z = t->open->detail;
	attr_t title = t->term.color ? (attr_t)COLOR_PAIR(PAIR_TITLE) : A_REVERSE;
	char *name = xasprintf(" %s  ", t->open->d.fqdn);
	int x = text_width(name);
	wattron(t->top, title | A_BOLD);
	tui_text(t, t->top, 0, 0, t->cols, name);
	wattroff(t->top, A_BOLD);
	for (int i = 0; i < TAB_COUNT && x < t->cols; i++) {
		char *label = xasprintf(i == (int)z->tab ? "[%d %s]" : " %d %s ", i + 1,
					tabs[i]->name);
		int w = text_width(label);
		if (i == (int)z->tab)
			wattron(t->top, A_BOLD | A_UNDERLINE);
		tui_text(t, t->top, 0, x, w < t->cols - x ? w : t->cols - x, label);
		wattroff(t->top, A_BOLD | A_UNDERLINE);
		x += w + 1;
		free(label);
	}
	wattroff(t->top, title);
	free(name);

	struct cols c = columns(t);
	attr_t head = t->term.color ? (attr_t)COLOR_PAIR(PAIR_HEAD) | A_BOLD : A_BOLD;
	wattron(t->top, head);
	draw_cells(t, t->top, 1, &c, tabs[z->tab]->heads);
	wattroff(t->top, head);
}

void domain_draw_row(struct tui *t, size_t row, int line)
{
	struct dom_detail *z = t->open->detail;
	struct cols c = columns(t);
	const char *cells[4];
	char buf[32];
	tabs[z->tab]->cells(z, tab_row(z, z->tab, row), cells, buf);
	draw_cells(t, t->list, line, &c, cells);
}

const char *domain_placeholder(const struct tui *t)
{
	const struct dom_detail *z = t->open->detail;
	const struct tab_state *ts = &z->tabs[z->tab];
	if (ts->error)
		return ts->error;
	if (!ts->loaded)
		return "loading...";
	if (ts->view.n)
		return NULL;
	return tabs[z->tab]->empty;
}

const char *domain_footer(struct tui *t)
{
	const struct dom_detail *z = t->open->detail;
	const struct tab_state *ts = &z->tabs[z->tab];
	/* only the keys that work: a tab that could not load has nothing to edit */
	unsigned screen = ts->error && !tabs[z->tab]->keys_despite_error ? SCREEN_BROKEN
									 : tabs[z->tab]->screen;
	return tui_footer(t, screen | (ts->filter[0] ? SCREEN_TAB_FILTERED : 0));
}

/* '/': filter the rows of the records or redirections tab. */
static void filter_tab(struct tui *t, struct dom_detail *z)
{
	struct tab_state *ts = &z->tabs[z->tab];
	char *text = tui_prompt(t, "filter", ts->filter, NULL, NULL);
	if (!text)
		return;
	snprintf(ts->filter, sizeof(ts->filter), "%s", text);
	free(text);
	tab_refilter(t, z, z->tab);
	if (ts->filter[0])
		tui_status(t, STATUS_INFO, "%zu match '%s' (Esc clears the filter)", ts->nshown,
			   ts->filter);
}

/* ---- keys ---- */

static void back_to_list(struct tui *t)
{
	t->open = NULL;
	t->prev_cur = t->view.cur;
	t->scrolled = 0;
	t->dirty = DIRTY_ALL;
}

void domain_key(struct tui *t, int key, bool is_char)
{
	struct dom_detail *z = t->open->detail;
	const struct tab_ops *tab = tabs[z->tab];
	bool enter = (is_char && (key == '\r' || key == '\n')) || (!is_char && key == KEY_ENTER);
	if (!is_char && !enter) {
		if (key == KEY_BTAB)
			show_tab(t, (z->tab + TAB_COUNT - 1) % TAB_COUNT);
		else if (key == KEY_LEFT)
			back_to_list(t);
		return;
	}
	if (enter)
		key = 'e';
	switch (key) {
	case '\t':
		show_tab(t, (z->tab + 1) % TAB_COUNT);
		break;
	case '1':
	case '2':
	case '3':
		show_tab(t, (enum tab)(key - '1'));
		break;
	case '/':
		if (z->tab != TAB_INFO && !z->tabs[z->tab].error)
			filter_tab(t, z);
		break;
	case 27: /* Esc: the tab's filter first, then back */
		if (z->tabs[z->tab].filter[0]) {
			z->tabs[z->tab].filter[0] = '\0';
			tab_refilter(t, z, z->tab);
			tui_status(t, STATUS_INFO, "filter cleared");
			break;
		}
		back_to_list(t);
		break;
	case 'q':
	case 'h':
		back_to_list(t);
		break;
	case 'r':
		tab_reload(t, z->tab);
		if (!z->tabs[z->tab].error)
			tui_status(t, STATUS_OK, "reloaded from Gandi");
		break;
	case 'e':
	case 'a':
	case 'd':
	case 'D':
		/* a tab that could not load has nothing to edit (but autorenew can still be set);
		 * a filter that shows no row leaves nothing selected but adding */
		if (z->tabs[z->tab].error && !tab->keys_despite_error)
			/* the key is not offered; pressed all the same, it says why */
			tui_status(t, STATUS_ERROR, "%s", z->tabs[z->tab].error);
		else if (key == 'a' || !z->tabs[z->tab].filter[0] || z->tabs[z->tab].view.n)
			tab->key(t, key, enter);
		break;
	default:
		break;
	}
	t->dirty |= DIRTY_STATUS | DIRTY_FOOTER;
}
