/*
 * Web redirections as the redirect commands and the browser take them: the
 * checks of SOURCE, URL, --type and --protocol before anything is sent, what
 * an update changes, and the writes themselves: when one fails in a way that
 * it may still have been carried out (its answer lost, a gateway failing),
 * the redirection is read again and the report says what holds
 * (ops/recheck.h).
 */
#ifndef GANDI_OPS_REDIRECTS_H
#define GANDI_OPS_REDIRECTS_H

#include <stdbool.h>

#include "ctx.h"
#include "gandi/types.h"
#include "gandi/webredirs.h"

/* The full source host of SOURCE ("@", a label, or the full host) in zone (to free()). */
int redirect_host(struct ctx *ctx, const char *zone, const char *source, char **host);
/* Check --type and --protocol values (NULL is fine). */
int redirect_check_type(struct ctx *ctx, const char *type);
int redirect_check_protocol(struct ctx *ctx, const char *protocol);
/* Check a target URL. */
int redirect_check_url(struct ctx *ctx, const char *url);

/*
 * What updating cur to url, type and protocol (NULL: keep) changes, in p
 * (override: -1 unless given). Returns whether anything but override differs.
 */
bool redirect_patch(const struct webredir *cur, const char *url, const char *type,
		    const char *protocol, int override, struct webredir_patch *p);

/* POST: create the redirection (never sent twice). */
int redirect_create(struct ctx *ctx, const char *zone, const struct webredir_spec *w);
/* PATCH: change the redirection from host. */
int redirect_change(struct ctx *ctx, const char *zone, const char *host,
		    const struct webredir_patch *p);
/* DELETE the redirection from host. */
int redirect_remove(struct ctx *ctx, const char *zone, const char *host);

#endif
