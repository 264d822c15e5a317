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

/*
 * The full source host of SOURCE ("@", a label, or the full host) in zone
 * (to free()). A source with dots that is not under zone is refused (a usage
 * error), never taken as a name relative to it: 'foo.example.net' in
 * example.com is a mistake, not foo.example.net.example.com.
 */
int redirect_host(struct ctx *ctx, const char *zone, const char *source, char **host);

/* The record name of a redirection's host in zone: "@" or the label(s) (to free()). */
char *redirect_name(const char *zone, const char *host);

/* RRsets at one name, read for a redirection (release with redirect_rrsets_free()). */
struct redirect_rrsets {
	struct rrset *items;
	size_t n, cap;
};
void redirect_rrsets_free(struct redirect_rrsets *l);

/*
 * The RRsets that a redirection from host replaces when it overrides what is
 * in the way (as gandi-emu models Gandi): at the apex its addresses (A,
 * AAAA) and an ALIAS, elsewhere every RRset at the name (the CNAME it needs
 * stands alone); the redirection's own record to Gandi's service aside.
 * Appended to out. Returns 0 or an exit code with ctx->err set.
 */
int redirect_in_the_way(struct ctx *ctx, const char *zone, const char *host,
			struct redirect_rrsets *out);

/*
 * After a write with override: keep in way only the RRsets that are no
 * longer at host's name as they were (the zone read again), so that what
 * is said to be replaced was. 0 or an exit code with ctx->err set.
 */
int redirect_replaced(struct ctx *ctx, const char *zone, const char *host,
		      struct redirect_rrsets *way);

/*
 * The records that point host at Gandi's redirection service
 * (webredir.vip.gandi.net: a CNAME, an ALIAS at the apex), which stay when
 * the redirection is deleted. Appended to out. 0 or an exit code.
 */
int redirect_left_behind(struct ctx *ctx, const char *zone, const char *host,
			 struct redirect_rrsets *out);

/* {"name", "type", "ttl", "values"}: an RRset in a --json report (a new value). */
struct jv *redirect_rrset_json(const struct rrset *r);

/* "the A record blog in example.com (192.0.2.1, TTL 300)", for messages (to free()). */
char *redirect_rrset_text(const char *zone, const struct rrset *r);
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
