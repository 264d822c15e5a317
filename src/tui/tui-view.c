#include "tui/tui.h"

#include <ctype.h>
#include <string.h>

static void clamp(struct lview *v)
{
	size_t h = v->height > 0 ? (size_t)v->height : 1;
	if (v->n == 0) {
		v->cur = 0;
		v->top = 0;
		return;
	}
	if (v->cur >= v->n)
		v->cur = v->n - 1;
	/* no empty space below the last row when the list could fill it */
	if (v->top + h > v->n)
		v->top = v->n > h ? v->n - h : 0;
	if (v->cur < v->top)
		v->top = v->cur;
	else if (v->cur >= v->top + h)
		v->top = v->cur - h + 1;
}

void lview_resize(struct lview *v, size_t n, int height)
{
	v->n = n;
	v->height = height;
	clamp(v);
}

long lview_goto(struct lview *v, long long row)
{
	size_t before = v->top;
	if (v->n == 0)
		return 0;
	if (row < 0)
		row = 0;
	if ((unsigned long long)row >= v->n)
		row = (long long)v->n - 1;
	v->cur = (size_t)row;
	clamp(v);
	return (long)v->top - (long)before;
}

long lview_move(struct lview *v, long long delta)
{
	return lview_goto(v, (long long)v->cur + delta);
}

bool lview_visible(const struct lview *v, size_t row, int *line)
{
	size_t h = v->height > 0 ? (size_t)v->height : 0;
	if (row < v->top || row >= v->top + h || row >= v->n)
		return false;
	*line = (int)(row - v->top);
	return true;
}

bool filter_match(const char *text, const char *filter)
{
	size_t fl = strlen(filter);
	if (fl == 0)
		return true;
	for (const char *p = text; *p; p++) {
		size_t i = 0;
		while (i < fl && p[i] &&
		       tolower((unsigned char)p[i]) == tolower((unsigned char)filter[i]))
			i++;
		if (i == fl)
			return true;
	}
	return false;
}
