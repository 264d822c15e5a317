#include "tui/tui.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* The next character of s: its wide form and width; returns the bytes it took. */
static size_t next_char(const char *s, wchar_t *wc, int *w)
{
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t n = mbrtowc(wc, s, MB_CUR_MAX, &st);
	bool bad = n == (size_t)-1 || n == (size_t)-2 || n == 0;
	if (!bad && (*wc < 0x20 || (*wc >= 0x7f && *wc < 0xa0)))
		bad = true;
	int width = bad ? 1 : wcwidth(*wc);
	if (width < 0)
		bad = true;
	if (bad) {
		*wc = MB_CUR_MAX > 1 ? (wchar_t)0xFFFD : L'?';
		*w = 1;
		return n == (size_t)-1 || n == (size_t)-2 || n == 0 ? 1 : n;
	}
	*w = width;
	return n;
}

int text_width(const char *s)
{
	int cols = 0;
	while (*s) {
		wchar_t wc;
		int w;
		s += next_char(s, &wc, &w);
		cols += w;
	}
	return cols;
}

size_t text_cells(const char *s, int width, wchar_t *out, size_t cap, int *cols)
{
	size_t n = 0;
	int used = 0;
	int room = width;
	if (width <= 0 || cap < 2) {
		*cols = 0;
		return 0;
	}
	if (text_width(s) > width)
		room = width - 1; /* keep a column for the ellipsis */
	while (*s && n + 1 < cap) {
		wchar_t wc;
		int w;
		size_t len = next_char(s, &wc, &w);
		if (used + w > room)
			break;
		if (w == 0 && n == 0) { /* a combining mark with nothing to sit on */
			s += len;
			continue;
		}
		out[n++] = wc;
		used += w;
		s += len;
	}
	if (*s && used < width) {
		out[n++] = MB_CUR_MAX > 1 ? (wchar_t)0x2026 : L'~';
		used++;
	}
	*cols = used;
	return n;
}
