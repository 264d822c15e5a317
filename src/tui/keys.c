#include "tui/keys.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xalloc.h"

const struct tui_key tui_keys[] = {
	{"Up/Down, j/k", "move", {{0}}},
	{"PgUp/PgDn, Home/End", "move by a page, to the first or last row (also g/G)", {{0}}},
	{"Enter", "open the selected domain; in a tab, edit the row",
	 {{SCREEN_LISTS, "Enter", "open"}}},
	{"/",
	 "filter the domain list as you type (Enter keeps it, Esc clears it); in the records "
	 "and redirections tabs, the rows holding the text typed",
	 {{SCREEN_LISTS, "/", "filter"}, {SCREEN_RECORDS | SCREEN_REDIRS, "/", "filter"}}},
	{"Esc", "clear the filter (of the domain list, or of a tab); else back",
	 {{SCREEN_FILTERED | SCREEN_TAB_FILTERED, "Esc", "clear filter"}}},
	{"Tab, Shift-Tab", "next or previous tab: records, redirections, registration",
	 {{SCREEN_TABS, "Tab", "next tab"}}},
	{"1 2 3", "go to a tab", {{0}}},
	{"e",
	 "edit: a record's value and the TTL of its RRset, a redirection's target, type and "
	 "protocol, autorenew (registration tab)",
	 {{SCREEN_RECORDS, "e", "edit value+TTL"},
	  {SCREEN_REDIRS, "e", "retarget"},
	  {SCREEN_INFO, "e", "toggle autorenew"}}},
	{"a", "add: a value (to a new or an existing RRset), a redirection",
	 {{SCREEN_RECORDS | SCREEN_REDIRS, "a", "add"}}},
	{"d",
	 "delete: the selected value (the RRset goes with its last value), a redirection "
	 "(asks first)",
	 {{SCREEN_RECORDS, "d", "remove value"}, {SCREEN_REDIRS, "d", "delete"}}},
	{"D", "delete the whole RRset (asks first)", {{SCREEN_RECORDS, "D", "delete RRset"}}},
	{"R",
	 "renew the domain for a year, a paid operation (registration tab; asks first, showing "
	 "the new expiry and the price Gandi gives; needs domain:renew)",
	 {{SCREEN_INFO, "R", "renew"}}},
	{"r", "reload what is shown from Gandi", {{SCREEN_ALL, "r", "refresh"}}},
	{"?", "this help", {{SCREEN_ALL, "?", "help"}}},
	{"q, Esc", "back to the domain list, or leave",
	 {{SCREEN_LISTS, "q", "quit"}, {SCREEN_TABS, "q", "back"}}},
	{"Ctrl-C", "leave at once", {{0}}},
	{NULL, NULL, {{0}}},
};

void tui_keys_footer(unsigned screen, char *out, size_t n)
{
	struct buf b = {0};
	const char *sep = (screen & SCREEN_LISTS) ? "   " : "  ";
	for (size_t i = 0; tui_keys[i].keys; i++)
		for (size_t h = 0; h < 3 && tui_keys[i].hints[h].screens; h++) {
			const struct tui_hint *hint = &tui_keys[i].hints[h];
			if (!(hint->screens & screen))
				continue;
			buf_printf(&b, "%s%s %s", b.len ? sep : " ", hint->key, hint->label);
			break;
		}
	snprintf(out, n, "%s", buf_str(&b));
	buf_free(&b);
}

#define KEYS_WIDTH 19 /* the width of the keys column on the help screen */

char **tui_keys_help(int width)
{
	size_t cap = 0, len = 0;
	char **lines = NULL;
	int room = width - KEYS_WIDTH - 3;
	if (room < 20)
		room = 20;
	for (size_t i = 0; tui_keys[i].keys; i++) {
		const char *p = tui_keys[i].help;
		bool first = true;
		while (*p) {
			/* the longest run of words that fits */
			size_t take = strlen(p);
			if ((int)take > room) {
				take = (size_t)room;
				while (take > 0 && p[take] != ' ')
					take--;
				if (take == 0)
					take = (size_t)room;
			}
			lines = xgrow(lines, &cap, len + 2, sizeof(*lines));
			lines[len++] = xasprintf("  %-*s %.*s", KEYS_WIDTH,
						 first ? tui_keys[i].keys : "", (int)take, p);
			p += take;
			while (*p == ' ')
				p++;
			first = false;
		}
	}
	lines = xgrow(lines, &cap, len + 1, sizeof(*lines));
	lines[len] = NULL;
	return lines;
}
