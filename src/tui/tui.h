/*
 * The interactive browser: `gandi browse`, or `gandi` alone on a terminal.
 * Domains, their DNS records, web redirections and registration details, with
 * editing in place. It talks to Gandi only through the API layer's endpoints
 * (gandi/domains.h, livedns.h, webredirs.h) and the operations the commands
 * share (ops/records.h, ops/redirects.h), validates input with the commands'
 * own functions before any request, and sends no request that a command does
 * not send the same way.
 *
 * The parts:
 *   tui.c          the session: start, main loop, status line, prompts, help
 *   tui-term.c     the terminal: taking it over, giving it back on every path
 *                  (q, signals, exit, crashes), stderr while the screen is up
 *   tui-text.c     UTF-8 text into screen cells: widths, clipping, sanitizing
 *   tui-view.c     a window over a list, and the filter (no curses: unit tested)
 *   keys.c         the keys, one table for footers, help and gandi(1)
 *   tui-domains.c  the domain list, loaded page by page
 *   tui-domain.c   a domain's screen: tab bar, columns, shared keys
 *   tui-records.c, tui-redirs.c, tui-registration.c
 *                  its tabs, each behind struct tab_ops
 *
 * Ownership: struct tui and everything it points to belong to tui_browse(),
 * which releases them before it returns. Strings in the structs below are
 * owned by the struct holding them.
 */
#ifndef GANDI_TUI_H
#define GANDI_TUI_H

#include <curses.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <termios.h>

#include "ctx.h"
#include "gandi/gandi.h"
#include "gandi/types.h"
#include "tui/keys.h"

/*
 * Run the browser until the user leaves. Returns 0, or an exit code with
 * ctx->err set when it could not start (no terminal, token missing or
 * rejected: reported before the screen is taken over, so nothing is lost).
 */
int tui_browse(struct ctx *ctx);

/* ---- tui-view.c: a window of `height` rows over a list of n rows ---- */

struct lview {
	size_t n;   /* rows in the list */
	size_t cur; /* the selected row (0 when the list is empty) */
	size_t top; /* the first row shown */
	int height; /* rows shown at most */
};

/* Set the number of rows and the height, keeping cur and top valid. */
void lview_resize(struct lview *v, size_t n, int height);
/*
 * Select row (clamped to the list), moving the window as little as possible.
 * Returns how many rows the window moved (negative: up); 0 when only the
 * selection moved.
 */
long lview_goto(struct lview *v, long long row);
/* lview_goto(v, cur + delta). */
long lview_move(struct lview *v, long long delta);
/* Whether row is inside the window; *line receives its line in the window. */
bool lview_visible(const struct lview *v, size_t row, int *line);

/* Whether text contains filter, ignoring ASCII case ("" matches everything). */
bool filter_match(const char *text, const char *filter);

/* ---- tui-text.c ---- */

/* Columns text takes on screen (controls and invalid bytes count as one). */
int text_width(const char *s);
/*
 * Convert text in the locale's encoding (UTF-8) into at most width columns of
 * wide characters for waddnwstr(): control characters and invalid bytes
 * become U+FFFD ('?' outside UTF-8), text that does not fit ends with an
 * ellipsis. Returns the number of wide characters written to out, which has
 * room for cap of them; *cols receives the columns they take.
 */
size_t text_cells(const char *s, int width, wchar_t *out, size_t cap, int *cols);

/* ---- tui-term.c ---- */

struct tui_term {
	SCREEN *screen;        /* NULL when the terminal is not ours */
	struct termios saved;  /* the terminal's modes before */
	int saved_stderr;      /* the real stderr while the screen is up, else -1 */
	FILE *capture;         /* what was written to stderr meanwhile */
	long shown;            /* how much of capture was already shown */
	char leave_seq[256];   /* bytes that restore the screen, for signal handlers */
	size_t leave_len;
	bool color;            /* colour pairs are set up */
	volatile sig_atomic_t busy;   /* a request is running: a signal leaves at once */
	volatile sig_atomic_t signal; /* SIGINT/SIGTERM/SIGHUP received while idle */
};

/* Colour pairs (used only when term.color). */
enum { PAIR_ERROR = 1, PAIR_OK, PAIR_HEAD, PAIR_TITLE };

/*
 * Check that stdin and stdout are a terminal that can address the cursor;
 * EXIT_USAGE with ctx->err set otherwise. Nothing is drawn.
 */
int term_check(struct ctx *ctx);
/*
 * Take the terminal over: curses screen, signal handlers that give it back,
 * stderr captured so that messages do not tear the screen. Returns 0 or
 * EXIT_ERROR with ctx->err set (the terminal is then untouched).
 */
int term_enter(struct ctx *ctx, struct tui_term *t);
/*
 * Give the terminal back as it was, then print what was written to stderr
 * meanwhile. Safe to call twice.
 */
void term_leave(struct tui_term *t);
/* The last warning written to stderr since the previous call, or NULL (to free()). */
char *term_stderr_warning(struct tui_term *t);

/* ---- the browser's state (tui.c, tui-domains.c, tui-domain.c) ---- */

enum tab { TAB_RECORDS, TAB_REDIRS, TAB_INFO, TAB_COUNT };

/* One row of the records tab: a value of an RRset. */
struct rrow {
	size_t set;   /* index in zone->sets */
	size_t value; /* index in the set's values */
	char *shown;  /* the value as tables show it (TXT unquoted) */
};

/* A label and its value, for the registration tab. */
struct info_row {
	char *label, *value;
};

/* What a tab holds once loaded. */
struct tab_state {
	bool loaded;
	char *error;       /* why it could not load (shown in place of the rows), or NULL */
	struct lview view; /* over the rows the filter shows */
	char filter[128];  /* '/': rows holding this text (any case), or "" for all */
	size_t *shown;     /* with a filter: the rows it shows (indexes of the tab's rows) */
	size_t nshown;
};

/* A domain's tabs, loaded on first visit and kept until refreshed. */
struct dom_detail {
	enum tab tab;
	struct tab_state tabs[TAB_COUNT];
	struct rrset *sets;
	size_t nsets, cap_sets;
	struct rrow *rows;
	size_t nrows;
	struct webredir *redirs;
	size_t nredirs, cap_redirs;
	struct info_row *info;
	size_t ninfo;
	bool autorenew; /* as the registration tab last read it */
};

/* A domain as the list shows it, and its tabs once opened. */
struct tui_domain {
	struct domain d;
	struct dom_detail *detail; /* NULL until opened */
};

enum status_kind { STATUS_INFO, STATUS_OK, STATUS_ERROR };

/* Parts of the screen to draw again. */
enum dirty {
	DIRTY_TITLE = 1 << 0,
	DIRTY_ROWS = 1 << 1,   /* every row of the list */
	DIRTY_CURSOR = 1 << 2, /* the previously and newly selected rows */
	DIRTY_STATUS = 1 << 3,
	DIRTY_FOOTER = 1 << 4,
	DIRTY_ALL = 0xff,
};

struct tui {
	struct ctx *ctx;
	struct tui_term term;
	WINDOW *top, *list, *bottom; /* title and header; rows; status and footer */
	int rows, cols;
	unsigned dirty;
	size_t prev_cur;           /* the selection before the last move */
	long scrolled;             /* how far the window moved since the last draw */

	/* the domain list */
	struct tui_domain *doms;
	size_t ndoms, cap;
	size_t *shown;             /* indexes into doms of the rows matching the filter */
	size_t nshown;
	struct lview view;
	char filter[256];          /* UTF-8 */
	bool filtering;            /* the filter is being typed */
	struct gandi_pages pages;  /* pages still to load when pages.next != 0 */
	char *load_error;          /* why loading stopped, or NULL */

	struct tui_domain *open;   /* the domain whose tabs are shown, or NULL */

	char *status;
	enum status_kind status_kind;
	char footer[256];          /* the footer last made (tui_footer()) */
	bool quit;
};

/* ---- tui.c: services for the screens ---- */

/*
 * Set the status line (printf-style, the token redacted). A warning written
 * to stderr since the last status (a host name without its final dot...) is
 * appended unless kind is STATUS_ERROR.
 */
void tui_status(struct tui *t, enum status_kind kind, const char *fmt, ...)
	XATTR_PRINTF(3, 4);
/* ctx->err as one line (to free(), the token redacted); ctx->err is cleared. */
char *tui_take_error(struct tui *t);
/* Show ctx->err in the status line and clear it; returns rc. */
int tui_error(struct tui *t, int rc);
/* Show what is happening ("saving...") and mark a request running (see tui_term.busy). */
void tui_busy(struct tui *t, const char *what);
/* The request is over: a signal leaves cleanly again. */
void tui_idle(struct tui *t);
/*
 * Ask for a line of text in the status line, starting from initial, the
 * default: shown as a selection, the first character typed (or a deletion)
 * replaces it, a movement key keeps it to edit. check, when not NULL,
 * validates it (0, or an exit code with ctx->err set): on a problem the
 * message is shown and the text can be fixed. Returns a UTF-8 copy (to
 * free()), or NULL when the user cancelled with Esc. tui_prompt_prefix():
 * initial is a start to type after ("https://"), never replaced.
 */
char *tui_prompt_prefix(struct tui *t, const char *label, const char *initial,
			int (*check)(struct tui *t, const char *text, void *arg), void *arg);
char *tui_prompt(struct tui *t, const char *label, const char *initial,
		 int (*check)(struct tui *t, const char *text, void *arg), void *arg);
/* tui_prompt() with info (what the answer is about) on the line below, before the keys. */
char *tui_prompt_info(struct tui *t, const char *label, const char *initial, const char *info,
		      int (*check)(struct tui *t, const char *text, void *arg), void *arg);
/* Ask a yes/no question in the status line; true only for y. */
bool tui_confirm(struct tui *t, const char *question);
/* Draw what is dirty (t->dirty, a scrolled window) and update the terminal. */
void tui_draw(struct tui *t);
/* Draw text at (y, x) of win in at most width columns, padded with spaces. */
void tui_text(struct tui *t, WINDOW *win, int y, int x, int width, const char *text);
/* The rows the list window shows. */
int tui_list_height(const struct tui *t);
/* The footer of a screen (enum tui_screen), from the key table, in t->footer. */
const char *tui_footer(struct tui *t, unsigned screen);

/* ---- tui-domains.c: the domain list ---- */

/*
 * Read the first page of domains (the list restarts: loaded tabs are
 * dropped). Returns 0, or an exit code with ctx->err set.
 */
int domains_start(struct tui *t);
/* Read the next batch of pages; a failure stops loading, marked in the title. */
void domains_load_more(struct tui *t);
/* Apply t->filter again, keeping the selected domain when it still matches. */
void domains_refilter(struct tui *t);
/* Release the list, its domains and their tabs. */
void domains_free(struct tui *t);
/* The title and column headers of the list. */
void domains_draw_title(struct tui *t);
/* Row `row` of the filtered list at line `line` of the list window. */
void domains_draw_row(struct tui *t, size_t row, int line);
/* The key hints of the list. */
const char *domains_footer(struct tui *t);
/* A key on the list screen (not filtering). */
void domains_key(struct tui *t, int key, bool is_char);

/* ---- tui-domain.c: a domain's tabs ---- */

/* Show dom's tabs, loading the current one on its first visit. */
void domain_open(struct tui *t, struct tui_domain *dom);
/* Release what the tabs hold (not d itself). */
void detail_free(struct dom_detail *d);
/* The window over the open domain's current tab. */
struct lview *detail_view(struct tui *t);
/* The domain's name, the tabs and the current tab's column headers. */
void domain_draw_title(struct tui *t);
/* Row `row` of the current tab at line `line` of the list window. */
void domain_draw_row(struct tui *t, size_t row, int line);
/* Text shown in place of the rows (loading error, empty tab), or NULL. */
const char *domain_placeholder(const struct tui *t);
/* The key hints of the current tab. */
const char *domain_footer(struct tui *t);
/* A key on a domain's screen: tabs, edits, back. */
void domain_key(struct tui *t, int key, bool is_char);
/* Load tab again from Gandi; its error, if any, is shown in place of its rows. */
void tab_reload(struct tui *t, enum tab tab);

/* ---- the tabs (tui-records.c, tui-redirs.c, tui-registration.c) ---- */

/* What one tab of a domain's screen does. */
struct tab_ops {
	const char *name;           /* on the tab bar: "Records" */
	const char *heads[4];       /* column headers */
	const char *empty;          /* shown when it holds no row */
	unsigned screen;            /* its screen in the key table (footer) */
	bool keys_despite_error;    /* its edit keys work when it could not load */
	/*
	 * Load from Gandi into z. Returns 0, or an exit code with ctx->err set;
	 * *note, when set (to free()), is shown in place of the rows.
	 */
	int (*load)(struct tui *t, struct dom_detail *z, char **note);
	void (*release)(struct dom_detail *z); /* what load filled in */
	size_t (*rows)(const struct dom_detail *z);
	/* The widths of its first three columns (0: no such column). */
	void (*widths)(const struct tui *t, const struct dom_detail *z, int w[3]);
	/* The four cells of row, pointing into z or into buf. */
	void (*cells)(const struct dom_detail *z, size_t row, const char *cells[4], char buf[32]);
	/* An edit key: e, a, d, D (enter: it came as Enter). */
	void (*key)(struct tui *t, int key, bool enter);
};

extern const struct tab_ops tab_records, tab_redirs, tab_info;

/* The tab's row shown at view index i (its filter applied). */
size_t tab_row(const struct dom_detail *z, enum tab tab, size_t i);
/* The view index of the tab's row raw, or -1 when the filter hides it. */
long long tab_view_index(const struct dom_detail *z, enum tab tab, size_t raw);

#endif
