/* The browser's logic that needs no terminal: the list window, the filter, text cells. */
#include <locale.h>
#include <stdlib.h>
#include <wchar.h>

#include "tui/tui.h"
#include "unit.h"

static void test_lview_moves_the_window_as_little_as_possible(void)
{
	struct lview v = {0};
	lview_resize(&v, 100, 10);
	CHECK_INT(v.cur, 0);
	CHECK_INT(v.top, 0);
	CHECK_INT(lview_move(&v, 9), 0); /* still inside the window */
	CHECK_INT(v.cur, 9);
	CHECK_INT(lview_move(&v, 1), 1); /* one row down: the window moves by one */
	CHECK_INT(v.top, 1);
	CHECK_INT(lview_move(&v, -5), 0);
	CHECK_INT(lview_move(&v, -10), -1);
	CHECK_INT(v.cur, 0);
	CHECK_INT(v.top, 0);
	CHECK_INT(lview_goto(&v, 1000), 90); /* clamped to the last row */
	CHECK_INT(v.cur, 99);
	CHECK_INT(v.top, 90);
	CHECK_INT(lview_goto(&v, -7), -90);
	CHECK_INT(v.cur, 0);
}

static void test_lview_resize_keeps_the_selection_visible(void)
{
	struct lview v = {0};
	int line = -1;
	lview_resize(&v, 50, 10);
	lview_goto(&v, 45);
	CHECK_INT(v.top, 36); /* the selection at the bottom of the window */
	lview_resize(&v, 50, 20); /* taller: no empty space below the last row */
	CHECK_INT(v.top, 30);
	CHECK(lview_visible(&v, 45, &line));
	CHECK_INT(line, 15);
	lview_resize(&v, 50, 3); /* shorter: the selection stays on screen */
	CHECK(lview_visible(&v, 45, &line));
	CHECK(!lview_visible(&v, 29, &line));
	lview_resize(&v, 5, 3); /* fewer rows (a filter): selection clamped */
	CHECK_INT(v.cur, 4);
	CHECK_INT(v.top, 2);
	lview_resize(&v, 0, 3);
	CHECK_INT(v.cur, 0);
	CHECK_INT(v.top, 0);
	CHECK_INT(lview_move(&v, 1), 0);
	CHECK(!lview_visible(&v, 0, &line));
}

static void test_filter_match(void)
{
	CHECK(filter_match("example.com", ""));
	CHECK(filter_match("example.com", "ple.c"));
	CHECK(filter_match("Example.COM", "example.com"));
	CHECK(filter_match("bench-000100.example", "BENCH-0001"));
	CHECK(!filter_match("example.com", "example.net"));
	CHECK(!filter_match("exa", "example"));
}

/* text_cells as a UTF-8 string, for comparisons. */
static char *cells(const char *s, int width, int *cols)
{
	wchar_t out[64];
	char mb[256];
	size_t n = text_cells(s, width, out, 64, cols);
	out[n] = L'\0';
	size_t len = wcstombs(mb, out, sizeof(mb));
	return strndup(mb, len == (size_t)-1 ? 0 : len);
}

static void test_text_widths_and_clipping(void)
{
	int cols = 0;
	char *s;
	CHECK_INT(text_width("example.com"), 11);
	CHECK_INT(text_width("h\xc3\xa9llo"), 5);           /* é: one column */
	CHECK_INT(text_width("\xe6\x97\xa5\xe6\x9c\xac"), 4); /* 日本: two each */
	CHECK_INT(text_width("a\x1b[2Jb"), 6);              /* controls count one */
	s = cells("example.com", 20, &cols);
	CHECK_STR(s, "example.com");
	CHECK_INT(cols, 11);
	free(s);
	s = cells("example.com", 8, &cols);
	CHECK_STR(s, "example\xe2\x80\xa6"); /* ends with an ellipsis */
	CHECK_INT(cols, 8);
	free(s);
	s = cells("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 4, &cols); /* 日本語 in 4 columns */
	CHECK_STR(s, "\xe6\x97\xa5\xe2\x80\xa6");                     /* 日… (a wide char never split) */
	CHECK_INT(cols, 3);
	free(s);
	s = cells("a\x1b[2J\nb", 20, &cols); /* no escape reaches the terminal */
	CHECK_STR(s, "a\xef\xbf\xbd[2J\xef\xbf\xbd" "b");
	free(s);
	s = cells("bad \xff byte", 20, &cols);
	CHECK_STR(s, "bad \xef\xbf\xbd byte");
	CHECK_INT(cols, 10);
	free(s);
	s = cells("anything", 0, &cols);
	CHECK_STR(s, "");
	CHECK_INT(cols, 0);
	free(s);
}

/* The footers come from the key table: each screen names its own keys. */
static void test_footers_from_the_key_table(void)
{
	char f[256];
	tui_keys_footer(SCREEN_LIST, f, sizeof(f));
	CHECK_STR(f, " Enter open   / filter   r refresh   ? help   q quit");
	tui_keys_footer(SCREEN_FILTERED, f, sizeof(f));
	CHECK_STR(f, " Enter open   / filter   Esc clear filter   r refresh   ? help   q quit");
	tui_keys_footer(SCREEN_RECORDS, f, sizeof(f));
	CHECK_STR(f, " / filter  Tab next tab  e edit value+TTL  a add  d remove value  "
		     "D delete RRset  r refresh  ? help  q back");
	tui_keys_footer(SCREEN_RECORDS | SCREEN_TAB_FILTERED, f, sizeof(f));
	CHECK_STR(f, " / filter  Esc clear filter  Tab next tab  e edit value+TTL  a add  "
		     "d remove value  D delete RRset  r refresh  ? help  q back");
	tui_keys_footer(SCREEN_REDIRS, f, sizeof(f));
	CHECK_STR(f, " / filter  Tab next tab  e retarget  a add  d delete  r refresh  ? help  "
		     "q back");
	/* a tab that could not load (a domain not on LiveDNS): nothing to edit is offered */
	tui_keys_footer(SCREEN_BROKEN, f, sizeof(f));
	CHECK_STR(f, " Tab next tab  r refresh  ? help  q back");
	tui_keys_footer(SCREEN_INFO, f, sizeof(f));
	CHECK_STR(f, " Tab next tab  e toggle autorenew  R renew  r refresh  ? help  q back");
}

/* The help screen lists every key of the table, its text wrapped under it. */
static void test_help_lists_every_key(void)
{
	char **lines = tui_keys_help(78);
	size_t n = 0, k = 0;
	for (; lines[n]; n++) {
		CHECK(strlen(lines[n]) <= 78);
		if (tui_keys[k].keys && strncmp(lines[n] + 2, tui_keys[k].keys,
						 strlen(tui_keys[k].keys)) == 0)
			k++;
	}
	CHECK(tui_keys[k].keys == NULL); /* each key began a line, in order */
	CHECK(n > k);                    /* and a long text took a second line */
	CHECK_STR(lines[0], "  Up/Down, j/k        move");
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

int main(void)
{
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		setlocale(LC_CTYPE, "en_US.UTF-8");
	RUN(test_lview_moves_the_window_as_little_as_possible);
	RUN(test_lview_resize_keeps_the_selection_visible);
	RUN(test_filter_match);
	RUN(test_text_widths_and_clipping);
	RUN(test_footers_from_the_key_table);
	RUN(test_help_lists_every_key);
	return unit_done();
}
