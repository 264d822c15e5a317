/*
 * The API layer: one function per Gandi endpoint, in one header per area
 * (gandi/tokens.h, orgs.h, domains.h, livedns.h, webredirs.h). Each builds its
 * request, sends it through the call core (gandi/call.c, private) and hands
 * back typed structs, or records the facts of the failure in ctx->err for
 * the core's error report (error.h). The statuses an endpoint expects (a 404
 * meaning absent, a 409 meaning it exists, a 404 after an attempt that may
 * have been applied meaning done) and the permission it needs are part of
 * the endpoint, not strings tested afterwards. Nothing outside src/gandi
 * builds a URL, knows an HTTP status or sees Gandi's JSON: answers meant for
 * --json come as opaque struct jv handles that the output module prints, and
 * the items of lists as struct jv_text (their JSON text as Gandi sent it,
 * checked: lists are read from their text, never as trees).
 *
 * This header holds what every area shares.
 *
 * Ownership: structs filled by an endpoint own their strings and are released
 * by their *_free() function; struct jv_text handles given to callbacks are
 * borrowed for the call, struct jv returned through struct jv ** are new
 * references (jv_free()).
 */
#ifndef GANDI_GANDI_H
#define GANDI_GANDI_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "output/output.h"

/* Pages requested at once by gandi_pages_next-style readers (a screen's batch). */
#define GANDI_PAGES_PARALLEL 8

struct call;
struct schema;

/* A collection read a few pages at a time (see call_pages_first in gandi/call.h). */
struct gandi_pages {
	long long total;     /* items announced; -1 when Gandi does not say */
	long page_len;       /* items a full page holds (what the first page says) */
	long next;           /* the next page to fetch; 0 once every page is in */
	long last;           /* the last page to fetch when the total is known */
	size_t have;         /* items received so far */
	struct call *call_;  /* the request, private to src/gandi */
	const struct schema *schema_; /* how its items decode, private to src/gandi */
};

void gandi_pages_free(struct gandi_pages *p);

#endif
