/*
 * The browser's keys, in one table: the footer of each screen, the help
 * screen (?) and the section of gandi(1) that lists them are all made from
 * it (gandi manpage keys prints that section).
 */
#ifndef GANDI_TUI_KEYS_H
#define GANDI_TUI_KEYS_H

#include <stddef.h>

/* The screens a key works on, and whose footer names it. */
enum tui_screen {
	SCREEN_LIST = 1 << 0,     /* the domain list */
	SCREEN_FILTERED = 1 << 1, /* the domain list with a filter set */
	SCREEN_RECORDS = 1 << 2,  /* a domain's tabs */
	SCREEN_REDIRS = 1 << 3,
	SCREEN_INFO = 1 << 4,
	SCREEN_TAB_FILTERED = 1 << 5, /* a records or redirections tab with a filter set */
	SCREEN_BROKEN = 1 << 6,       /* a tab that could not load: nothing to edit */
};
#define SCREEN_LISTS (SCREEN_LIST | SCREEN_FILTERED)
#define SCREEN_TABS (SCREEN_RECORDS | SCREEN_REDIRS | SCREEN_INFO | SCREEN_BROKEN)
#define SCREEN_ALL (SCREEN_LISTS | SCREEN_TABS)

/* How a footer names a key on some screens: "e edit value+TTL". */
struct tui_hint {
	unsigned screens;
	const char *key, *label;
};

struct tui_key {
	const char *keys;            /* as help shows them: "Up/Down, j/k" */
	const char *help;            /* what they do, for ? and gandi(1) */
	struct tui_hint hints[3];    /* footers naming them; screens 0 ends */
};

/* Every key, in the order help lists them; ends with keys NULL. */
extern const struct tui_key tui_keys[];

/* The footer of a screen (one of enum tui_screen): " Enter open   / filter ...". */
void tui_keys_footer(unsigned screen, char *out, size_t n);

/* The help screen's lines, keys then text wrapped at width (to free(), NULL-terminated). */
char **tui_keys_help(int width);

#endif
