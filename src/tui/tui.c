/*
 * The browser's session: start (first page of domains before the screen is
 * taken, so that token problems print the usual guidance), the main loop,
 * drawing what changed, the status line, prompts, confirmations and help.
 */
#include "tui/tui.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "buf.h"
#include "error.h"
#include "config/secret.h"
#include "xalloc.h"

#define MIN_ROWS 6
#define MIN_COLS 30
#define KEY_ESC 27
#define CTRL_KEY(c) ((c) & 0x1f)
#define PROMPT_MAX 2048 /* wide characters in a prompt */
#define IDLE_MS 1000    /* the longest wait for a key before checking for signals */
#define MB_BYTES 16     /* room for one character in UTF-8 (glibc's MB_LEN_MAX) */

static bool too_small(const struct tui *t)
{
	return t->rows < MIN_ROWS || t->cols < MIN_COLS;
}

int tui_list_height(const struct tui *t)
{
	return too_small(t) ? 1 : t->rows - 4;
}

static struct lview *current_view(struct tui *t)
{
	return t->open ? detail_view(t) : &t->view;
}

/* ---- layout and drawing ---- */

static void free_windows(struct tui *t)
{
	if (t->top)
		delwin(t->top);
	if (t->list)
		delwin(t->list);
	if (t->bottom)
		delwin(t->bottom);
	t->top = t->list = t->bottom = NULL;
}

/* Windows for the current size, every view resized to them. */
static void layout(struct tui *t)
{
	free_windows(t);
	getmaxyx(stdscr, t->rows, t->cols);
	werase(stdscr);
	wnoutrefresh(stdscr);
	t->dirty = DIRTY_ALL;
	t->scrolled = 0;
	lview_resize(&t->view, t->nshown, tui_list_height(t));
	for (size_t i = 0; i < t->ndoms; i++) {
		struct dom_detail *z = t->doms[i].detail;
		for (int k = 0; z && k < TAB_COUNT; k++)
			lview_resize(&z->tabs[k].view, z->tabs[k].view.n, tui_list_height(t));
	}
	if (too_small(t))
		return;
	t->top = newwin(2, t->cols, 0, 0);
	t->list = newwin(t->rows - 4, t->cols, 2, 0);
	t->bottom = newwin(2, t->cols, t->rows - 2, 0);
}

void tui_text(struct tui *t, WINDOW *win, int y, int x, int width, const char *text)
{
	wchar_t cells[512];
	int cols = 0;
	(void)t;
	if (width <= 0)
		return;
	size_t n = text_cells(text ? text : "", width, cells,
			      sizeof(cells) / sizeof(cells[0]), &cols);
	wmove(win, y, x);
	if (n)
		waddnwstr(win, cells, (int)n);
	for (; cols < width; cols++)
		waddch(win, ' ');
}

static attr_t pair_attr(const struct tui *t, int pair, attr_t fallback)
{
	return t->term.color ? (attr_t)COLOR_PAIR(pair) : fallback;
}

static void draw_row(struct tui *t, size_t row)
{
	struct lview *v = current_view(t);
	int line;
	if (!lview_visible(v, row, &line))
		return;
	if (row == v->cur)
		wattron(t->list, A_REVERSE);
	if (t->open)
		domain_draw_row(t, row, line);
	else
		domains_draw_row(t, row, line);
	wattroff(t->list, A_REVERSE);
}

static void draw_rows(struct tui *t)
{
	struct lview *v = current_view(t);
	const char *placeholder = t->open ? domain_placeholder(t) : NULL;
	werase(t->list);
	if (!t->open && t->nshown == 0)
		placeholder = t->filter[0]  ? "no domain matches the filter (Esc clears it)"
		    : t->load_error	    ? "the list could not be loaded: r tries again"
		    : t->pages.next	    ? "loading..."
					    : "this token sees no domains";
	if (placeholder) {
		tui_text(t, t->list, 1, 2, t->cols - 4, placeholder);
		return;
	}
	for (size_t r = v->top; r < v->n && r < v->top + (size_t)v->height; r++)
		draw_row(t, r);
}

/* After the window moved by t->scrolled rows: scroll, then draw only what appeared. */
static void draw_scrolled(struct tui *t)
{
	struct lview *v = current_view(t);
	long s = t->scrolled;
	scrollok(t->list, TRUE);
	wscrl(t->list, (int)s);
	scrollok(t->list, FALSE);
	if (s > 0) {
		for (long i = v->height - s; i < v->height; i++)
			draw_row(t, v->top + (size_t)i);
	} else {
		for (long i = 0; i < -s; i++)
			draw_row(t, v->top + (size_t)i);
	}
	draw_row(t, t->prev_cur);
	draw_row(t, v->cur);
}

static void draw_bottom(struct tui *t)
{
	if (t->dirty & DIRTY_STATUS) {
		attr_t a = t->status_kind == STATUS_ERROR ? pair_attr(t, PAIR_ERROR, A_BOLD)
			 : t->status_kind == STATUS_OK	  ? pair_attr(t, PAIR_OK, A_NORMAL)
							  : A_NORMAL;
		wattron(t->bottom, a);
		if (t->filtering || (!t->open && t->filter[0] && !t->status)) {
			char *line = xasprintf("/%s", t->filter);
			tui_text(t, t->bottom, 0, 0, t->cols, line);
			free(line);
		} else {
			tui_text(t, t->bottom, 0, 0, t->cols, t->status ? t->status : "");
		}
		wattroff(t->bottom, a);
	}
	if (t->dirty & DIRTY_FOOTER) {
		attr_t a = pair_attr(t, PAIR_TITLE, A_REVERSE);
		wattron(t->bottom, a);
		tui_text(t, t->bottom, 1, 0, t->cols,
			 t->filtering ? " type to filter   Enter keep   Esc clear   Up/Down move"
			 : t->open    ? domain_footer(t)
				      : domains_footer(t));
		wattroff(t->bottom, a);
	}
}

void tui_draw(struct tui *t)
{
	struct lview *v = current_view(t);
	if (too_small(t)) {
		werase(stdscr);
		mvwaddstr(stdscr, 0, 0, "terminal too small");
		wrefresh(stdscr);
		t->dirty = 0;
		return;
	}
	if (t->dirty & DIRTY_TITLE) {
		werase(t->top);
		if (t->open)
			domain_draw_title(t);
		else
			domains_draw_title(t);
		wnoutrefresh(t->top);
	}
	if (t->dirty & DIRTY_ROWS) {
		draw_rows(t);
	} else if (t->scrolled && labs(t->scrolled) < v->height) {
		draw_scrolled(t);
	} else if (t->scrolled) {
		draw_rows(t);
	} else if (t->dirty & DIRTY_CURSOR) {
		draw_row(t, t->prev_cur);
		draw_row(t, v->cur);
	}
	if (t->dirty & (DIRTY_ROWS | DIRTY_CURSOR) || t->scrolled)
		wnoutrefresh(t->list);
	if (t->dirty & (DIRTY_STATUS | DIRTY_FOOTER)) {
		draw_bottom(t);
		wnoutrefresh(t->bottom);
	}
	doupdate();
	t->dirty = 0;
	t->scrolled = 0;
	t->prev_cur = v->cur;
}

/* Move the selection of the current list. */
static void go(struct tui *t, long long row)
{
	struct lview *v = current_view(t);
	if (v->n == 0)
		return;
	t->prev_cur = v->cur;
	t->scrolled += lview_goto(v, row);
	t->dirty |= DIRTY_CURSOR;
}

/* ---- status line ---- */

static void set_status(struct tui *t, enum status_kind kind, const char *text)
{
	free(t->status);
	t->status = secret_redact(t->ctx->token, text);
	t->status_kind = kind;
	t->dirty |= DIRTY_STATUS;
}

void tui_status(struct tui *t, enum status_kind kind, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	char *warning = term_stderr_warning(&t->term);
	if (warning && kind != STATUS_ERROR)
		buf_printf(&b, " (%s)", warning);
	free(warning);
	set_status(t, kind, buf_str(&b));
	buf_free(&b);
}

/* One line saying what ctx->err says. */
static char *error_line(struct tui *t)
{
	struct error *e = &t->ctx->err;
	const struct api_fault *f = error_fault(t->ctx);
	const char *scope = f ? f->scope : NULL;
	if (e->kind && strcmp(e->kind, "permission_denied") == 0)
		return xasprintf("permission denied (HTTP 403): the token lacks %s",
				 scope ? scope : "a permission this needs");
	if (e->kind && strcmp(e->kind, "token_rejected") == 0)
		return xstrdup("token rejected (HTTP 401): it may have expired; leave with q and "
			       "run 'gandi doctor'");
	if (e->kind && strcmp(e->kind, "not_authenticated") == 0)
		return xstrdup("not authenticated: no token; leave with q and run 'gandi doctor'");
	struct buf b = {0};
	char *text = error_text(t->ctx);
	buf_adds(&b, text);
	free(text);
	if (e->detail && e->kind && strcmp(e->kind, "usage") == 0) {
		/* a usage error's first detail line is its example or hint */
		size_t n = strcspn(e->detail, "\n");
		buf_printf(&b, " (%.*s)", (int)n, e->detail);
	}
	return buf_detach(&b);
}

char *tui_take_error(struct tui *t)
{
	char *line = error_line(t);
	char *safe = secret_redact(t->ctx->token, line);
	free(line);
	error_clear(&t->ctx->err);
	return safe;
}

int tui_error(struct tui *t, int rc)
{
	char *line = tui_take_error(t);
	tui_status(t, STATUS_ERROR, "%s", line);
	free(line);
	return rc;
}

void tui_busy(struct tui *t, const char *what)
{
	set_status(t, STATUS_INFO, what); /* a pending warning waits for the outcome */
	tui_draw(t);
	t->term.busy = 1;
}

void tui_idle(struct tui *t)
{
	t->term.busy = 0;
}

/* ---- prompts ---- */

static bool is_enter(int kr, wint_t wc)
{
	return (kr == OK && (wc == '\r' || wc == '\n')) || (kr == KEY_CODE_YES && wc == KEY_ENTER);
}

static int wide_width(const wchar_t *s, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n; i++) {
		int c = wcwidth(s[i]);
		w += c > 0 ? c : 0;
	}
	return w;
}

static void handle_resize(struct tui *t)
{
	layout(t);
	tui_draw(t);
}

/* The text being typed in a prompt. */
struct line {
	wchar_t buf[PROMPT_MAX];
	size_t len, pos; /* characters, and the cursor's place */
	size_t first;    /* the first character shown */
	bool fresh;      /* the default, untouched: a typed character replaces it, as a selection */
};

static void line_delete(struct line *l, size_t at)
{
	if (at >= l->len)
		return;
	memmove(l->buf + at, l->buf + at + 1, (l->len - at - 1) * sizeof(*l->buf));
	l->len--;
	if (l->pos > at)
		l->pos--;
}

static void line_insert(struct line *l, wchar_t wc)
{
	if (l->len + 1 >= PROMPT_MAX)
		return;
	memmove(l->buf + l->pos + 1, l->buf + l->pos, (l->len - l->pos) * sizeof(*l->buf));
	l->buf[l->pos++] = wc;
	l->len++;
}

/* An editing key: moves, deletions, a character typed. */
static void line_key(struct line *l, int kr, wint_t wc)
{
	if (l->fresh) {
		/* the first key decides: a character or a deletion replaces the default, a
		 * movement keeps it to edit */
		bool typed = kr != KEY_CODE_YES && wc >= 0x20 && wc != 0x7f;
		bool erase = (kr == KEY_CODE_YES && (wc == KEY_BACKSPACE || wc == KEY_DC)) ||
			     (kr != KEY_CODE_YES && (wc == 0x7f || wc == CTRL_KEY('h')));
		l->fresh = false;
		if (typed || erase)
			l->len = l->pos = l->first = 0;
		if (erase)
			return;
	}
	if (kr == KEY_CODE_YES) {
		if (wc == KEY_LEFT && l->pos > 0)
			l->pos--;
		else if (wc == KEY_RIGHT && l->pos < l->len)
			l->pos++;
		else if (wc == KEY_HOME)
			l->pos = 0;
		else if (wc == KEY_END)
			l->pos = l->len;
		else if (wc == KEY_BACKSPACE && l->pos > 0)
			line_delete(l, l->pos - 1);
		else if (wc == KEY_DC)
			line_delete(l, l->pos);
		return;
	}
	switch (wc) {
	case CTRL_KEY('a'):
		l->pos = 0;
		break;
	case CTRL_KEY('e'):
		l->pos = l->len;
		break;
	case CTRL_KEY('u'):
		while (l->pos > 0)
			line_delete(l, l->pos - 1);
		break;
	case CTRL_KEY('k'):
		l->len = l->pos;
		break;
	case CTRL_KEY('h'):
	case 0x7f:
		if (l->pos > 0)
			line_delete(l, l->pos - 1);
		break;
	default:
		if (wc >= 0x20 && wc != 0x7f && wcwidth((wchar_t)wc) >= 0)
			line_insert(l, (wchar_t)wc);
		break;
	}
}

/* Draw the prompt line: label, the visible part of the text, the cursor. */
static void draw_prompt(struct tui *t, const char *label, const char *info, struct line *l,
			const char *problem)
{
	int lw = text_width(label) + 2;
	int room = t->cols - lw - 1;
	if (room < 1)
		room = 1;
	if (l->pos < l->first)
		l->first = l->pos;
	while (l->first < l->pos && wide_width(l->buf + l->first, l->pos - l->first) > room - 1)
		l->first++;
	werase(t->bottom);
	wattron(t->bottom, A_BOLD);
	mvwaddstr(t->bottom, 0, 0, label);
	waddstr(t->bottom, ": ");
	wattroff(t->bottom, A_BOLD);
	size_t end = l->first;
	while (end < l->len && wide_width(l->buf + l->first, end + 1 - l->first) <= room)
		end++;
	if (l->fresh)
		wattron(t->bottom, A_REVERSE); /* shown as a selection: typing replaces it */
	if (end > l->first)
		waddnwstr(t->bottom, l->buf + l->first, (int)(end - l->first));
	if (l->fresh)
		wattroff(t->bottom, A_REVERSE);
	attr_t a = problem ? pair_attr(t, PAIR_ERROR, A_BOLD) : pair_attr(t, PAIR_TITLE, A_REVERSE);
	wattron(t->bottom, a);
	char *keys = xasprintf(" %s%sEnter accept   Esc cancel   Left/Right, Home/End, Ctrl-U",
			       info ? info : "", info ? "   " : "");
	tui_text(t, t->bottom, 1, 0, t->cols, problem ? problem : keys);
	free(keys);
	wattroff(t->bottom, a);
	wmove(t->bottom, 0, lw + wide_width(l->buf + l->first, l->pos - l->first));
	wnoutrefresh(t->bottom);
	doupdate();
}

static char *wide_to_utf8(const wchar_t *buf, size_t len)
{
	struct buf b = {0};
	char mb[MB_BYTES];
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	for (size_t i = 0; i < len; i++) {
		size_t n = wcrtomb(mb, buf[i], &st);
		if (n != (size_t)-1)
			buf_add(&b, mb, n);
	}
	buf_addc(&b, '\0');
	b.len--;
	return buf_detach(&b);
}

static size_t utf8_to_wide(const char *s, wchar_t *out, size_t cap)
{
	size_t n = 0;
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	while (*s && n + 1 < cap) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s, MB_CUR_MAX, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&st, 0, sizeof(st));
			wc = L'?';
			k = 1;
		}
		out[n++] = wc;
		s += k;
	}
	return n;
}

static char *prompt_line(struct tui *t, const char *label, const char *initial, bool fresh,
			 const char *info, int (*check)(struct tui *t, const char *text, void *arg), void *arg)
{
	struct line *l = NULL;
	char *problem = NULL, *result = NULL;
	if (too_small(t))
		goto out;
	l = xcalloc(1, sizeof(*l));
	l->len = utf8_to_wide(initial ? initial : "", l->buf, PROMPT_MAX);
	l->pos = l->len;
	l->fresh = fresh && l->len > 0;
	wtimeout(stdscr, IDLE_MS);
	curs_set(1);
	for (;;) {
		wint_t wc;
		draw_prompt(t, label, info, l, problem);
		int kr = wget_wch(stdscr, &wc);
		if (kr == ERR) {
			if (t->term.signal)
				break;
			continue;
		}
		if (kr == KEY_CODE_YES && wc == KEY_RESIZE) {
			handle_resize(t);
			if (too_small(t))
				break;
			continue;
		}
		if (kr == OK && wc == KEY_ESC)
			break;
		if (!is_enter(kr, wc)) {
			line_key(l, kr, wc);
			continue;
		}
		char *text = wide_to_utf8(l->buf, l->len);
		if (!check || !check(t, text, arg)) {
			result = text;
			break;
		}
		free(problem);
		problem = tui_take_error(t);
		free(text);
	}
	curs_set(0);
	t->dirty |= DIRTY_STATUS | DIRTY_FOOTER;
out:
	free(problem);
	free(l);
	return result;
}

char *tui_prompt(struct tui *t, const char *label, const char *initial,
		 int (*check)(struct tui *t, const char *text, void *arg), void *arg)
{
	return prompt_line(t, label, initial, true, NULL, check, arg);
}

char *tui_prompt_info(struct tui *t, const char *label, const char *initial, const char *info,
		      int (*check)(struct tui *t, const char *text, void *arg), void *arg)
{
	return prompt_line(t, label, initial, true, info, check, arg);
}

char *tui_prompt_prefix(struct tui *t, const char *label, const char *initial,
			int (*check)(struct tui *t, const char *text, void *arg), void *arg)
{
	return prompt_line(t, label, initial, false, NULL, check, arg);
}

bool tui_confirm(struct tui *t, const char *question)
{
	bool yes = false;
	if (too_small(t))
		return false;
	wtimeout(stdscr, IDLE_MS);
	for (;;) {
		wint_t wc;
		werase(t->bottom);
		wattron(t->bottom, A_BOLD);
		char *q = xasprintf("%s [y/N]", question);
		tui_text(t, t->bottom, 0, 0, t->cols, q);
		free(q);
		wattroff(t->bottom, A_BOLD);
		attr_t a = pair_attr(t, PAIR_TITLE, A_REVERSE);
		wattron(t->bottom, a);
		tui_text(t, t->bottom, 1, 0, t->cols, " y yes   any other key: no");
		wattroff(t->bottom, a);
		wnoutrefresh(t->bottom);
		doupdate();
		int kr = wget_wch(stdscr, &wc);
		if (kr == ERR) {
			if (t->term.signal)
				break;
			continue;
		}
		if (kr == KEY_CODE_YES && wc == KEY_RESIZE) {
			handle_resize(t);
			if (too_small(t))
				break;
			continue;
		}
		yes = kr == OK && (wc == 'y' || wc == 'Y');
		break;
	}
	t->dirty |= DIRTY_STATUS | DIRTY_FOOTER;
	return yes;
}

/* ---- help ---- */

/* What the help screen says after the keys. */
static const char *const help_end[] = {
	"",
	"In prompts: Enter accepts, Esc cancels; the same checks as the commands run",
	"before anything is sent. Errors from Gandi appear in the status line.",
	"",
	"Press any key to go back.",
	NULL,
};

const char *tui_footer(struct tui *t, unsigned screen)
{
	tui_keys_footer(screen, t->footer, sizeof(t->footer));
	return t->footer;
}

static void show_help(struct tui *t)
{
	WINDOW *w = newwin(t->rows, t->cols, 0, 0);
	bool resized = false;
	if (!w)
		return;
	char **keys = tui_keys_help(t->cols - 2 < 78 ? t->cols - 2 : 78);
	int line = 0;
	wattron(w, A_BOLD);
	tui_text(t, w, line++, 1, t->cols - 2, "gandi browse: keys");
	wattroff(w, A_BOLD);
	line++;
	for (size_t i = 0; keys[i]; i++) {
		if (line < t->rows)
			tui_text(t, w, line++, 1, t->cols - 2, keys[i]);
		free(keys[i]);
	}
	free(keys);
	for (size_t i = 0; help_end[i] && line < t->rows; i++)
		tui_text(t, w, line++, 1, t->cols - 2, help_end[i]);
	wrefresh(w);
	wtimeout(stdscr, IDLE_MS);
	for (;;) {
		wint_t wc;
		int kr = wget_wch(stdscr, &wc);
		if (kr == ERR && !t->term.signal)
			continue;
		resized = kr == KEY_CODE_YES && wc == KEY_RESIZE;
		break;
	}
	delwin(w);
	if (resized) {
		layout(t);
	} else {
		touchwin(stdscr);
		wnoutrefresh(stdscr);
		t->dirty = DIRTY_ALL;
	}
}

/* ---- keys ---- */

/* Keys that move in any list. Returns true when the key was one. */
static bool nav_key(struct tui *t, int kr, wint_t wc)
{
	struct lview *v = current_view(t);
	long long page = v->height > 1 ? v->height - 1 : 1;
	if (kr == KEY_CODE_YES) {
		switch (wc) {
		case KEY_UP:
			go(t, (long long)v->cur - 1);
			return true;
		case KEY_DOWN:
			go(t, (long long)v->cur + 1);
			return true;
		case KEY_PPAGE:
			go(t, (long long)v->cur - page);
			return true;
		case KEY_NPAGE:
			go(t, (long long)v->cur + page);
			return true;
		case KEY_HOME:
			go(t, 0);
			return true;
		case KEY_END:
			go(t, (long long)v->n - 1);
			return true;
		default:
			return false;
		}
	}
	if (t->filtering)
		return false;
	switch (wc) {
	case 'k':
		go(t, (long long)v->cur - 1);
		return true;
	case 'j':
		go(t, (long long)v->cur + 1);
		return true;
	case 'g':
		go(t, 0);
		return true;
	case 'G':
		go(t, (long long)v->n - 1);
		return true;
	case CTRL_KEY('b'):
		go(t, (long long)v->cur - page);
		return true;
	case CTRL_KEY('f'):
		go(t, (long long)v->cur + page);
		return true;
	default:
		return false;
	}
}

/* Typing the filter: printable characters, Backspace, Enter, Esc. */
static void filter_key(struct tui *t, int kr, wint_t wc)
{
	size_t n = strlen(t->filter);
	if (is_enter(kr, wc)) {
		t->filtering = false;
		t->dirty |= DIRTY_STATUS | DIRTY_FOOTER;
		return;
	}
	if (kr == OK && wc == KEY_ESC) {
		t->filtering = false;
		t->filter[0] = '\0';
	} else if ((kr == KEY_CODE_YES && wc == KEY_BACKSPACE) ||
		   (kr == OK && (wc == 0x7f || wc == CTRL_KEY('h')))) {
		/* drop the last character, with all its UTF-8 bytes */
		while (n > 0 && ((unsigned char)t->filter[n - 1] & 0xc0) == 0x80)
			n--;
		if (n > 0)
			n--;
		t->filter[n] = '\0';
	} else if (kr == OK && wc >= 0x20 && wc != 0x7f) {
		char mb[MB_BYTES];
		mbstate_t st;
		memset(&st, 0, sizeof(st));
		size_t k = wcrtomb(mb, (wchar_t)wc, &st);
		if (k == (size_t)-1 || n + k >= sizeof(t->filter))
			return;
		memcpy(t->filter + n, mb, k);
		t->filter[n + k] = '\0';
	} else {
		return;
	}
	domains_refilter(t);
	t->dirty |= DIRTY_STATUS | DIRTY_FOOTER | DIRTY_TITLE | DIRTY_ROWS;
}

static void handle_key(struct tui *t, int kr, wint_t wc)
{
	if (t->status) {
		free(t->status);
		t->status = NULL;
		t->dirty |= DIRTY_STATUS;
	}
	if (kr == KEY_CODE_YES && wc == KEY_RESIZE) {
		layout(t);
		return;
	}
	if (nav_key(t, kr, wc))
		return;
	if (t->filtering) {
		filter_key(t, kr, wc);
		return;
	}
	if (kr == OK && wc == '?') {
		show_help(t);
		return;
	}
	if (t->open)
		domain_key(t, (int)wc, kr == OK);
	else
		domains_key(t, (int)wc, kr == OK);
}

/* ---- the session ---- */

static void tui_free(struct tui *t)
{
	free_windows(t);
	domains_free(t);
	free(t->status);
}

int tui_browse(struct ctx *ctx)
{
	struct tui t;
	int rc;
	memset(&t, 0, sizeof(t));
	t.ctx = ctx;
	t.term.saved_stderr = -1;
	if ((rc = term_check(ctx)))
		return rc;
	/* the first page before the screen: token problems print the usual guidance */
	if ((rc = domains_start(&t)))
		goto out;
	if ((rc = term_enter(ctx, &t.term)))
		goto out;
	layout(&t);
	while (!t.quit && !t.term.signal) {
		wint_t wc;
		tui_draw(&t);
		bool loading = t.pages.next != 0 && !t.load_error;
		wtimeout(stdscr, loading ? 0 : IDLE_MS);
		int kr = wget_wch(stdscr, &wc);
		if (kr == ERR) {
			if (loading && !t.term.signal)
				domains_load_more(&t);
			continue;
		}
		handle_key(&t, kr, wc);
	}
	term_leave(&t.term);
out:
	if (t.term.signal) {
		int sig = t.term.signal;
		tui_free(&t);
		/* die of the signal, as the shell expects of an interrupted program */
		signal(sig, SIG_DFL);
		raise(sig);
	}
	tui_free(&t);
	return rc;
}
