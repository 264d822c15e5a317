/*
 * Web redirections of a domain (/domain/domains/ZONE/webredirs). Hosts are
 * full source hosts ("blog.example.com"); checking what the user typed is
 * ops/redirects.h's. Every endpoint needs domain:tech.
 *
 * Ownership: struct webredir values are released with webredir_free().
 */
#ifndef GANDI_WEBREDIRS_H
#define GANDI_WEBREDIRS_H

#include <stdbool.h>

#include "gandi/gandi.h"
#include "gandi/types.h"

/*
 * Called with each redirection, in order. w may be moved out (the callback
 * then owns it and leaves *w zeroed); raw is Gandi's item, for --json,
 * borrowed. Returns 0 to go on, or an exit code with ctx->err set.
 */
typedef int webredir_fn(void *arg, struct webredir *w, const struct jv_text *raw);

/* Every redirection of the zone (every page). */
int webredirs_each(struct ctx *ctx, const char *zone, webredir_fn *each, void *arg);
/*
 * One redirection. Returns 0 with *found set (false when the domain answers
 * but has no redirection from host), or an exit code with ctx->err set (the
 * domain missing or not covered, network...).
 */
int webredir_get(struct ctx *ctx, const char *zone, const char *host, struct webredir *out,
		 bool *found);

/* A redirection to create. */
struct webredir_spec {
	const char *host, *url, *type, *protocol;
	bool override; /* replace a DNS record in the way */
};
/* POST: create it. */
int webredir_create(struct ctx *ctx, const char *zone, const struct webredir_spec *w);

/* What a PATCH changes: NULL fields stay as they are. */
struct webredir_patch {
	const char *url, *type, *protocol;
	int override; /* -1: not sent; 0 or 1: sent */
};
/* PATCH: change the redirection from host. */
int webredir_update(struct ctx *ctx, const char *zone, const char *host,
		    const struct webredir_patch *p);
/* DELETE it; a 404 after an attempt that may have done it counts as done. */
int webredir_delete(struct ctx *ctx, const char *zone, const char *host);

#endif
