/*
 * Zone transfers to secondary servers (gandi-api.md §11.6): an
 * organization's TSIG keys (/livedns/axfr/tsig), and for each zone the keys
 * its secondaries sign their transfers with and the addresses allowed to
 * transfer it (/livedns/domains/ZONE/axfr/...). Every endpoint needs
 * domain:tech. A key's secret is a secret: once read it is hidden beside the
 * token (secret_hide()), so that nothing gandi prints shows it except the
 * one line that reveals it (out_reveal()); the items handed over for --json
 * lose it, except tsig_get()'s.
 *
 * Ownership: struct tsig_key owns its strings (tsig_key_free(), which wipes
 * the secret); lists of addresses are NULL-terminated copies (strv_free()).
 */
#ifndef GANDI_AXFR_H
#define GANDI_AXFR_H

#include <stdbool.h>
#include <stddef.h>

#include "gandi/gandi.h"

struct tsig_key {
	char *id;
	char *key_name; /* "ID.gandi.net", the name a server's configuration gives it */
	char *secret;   /* base64; NULL when the answer did not hold it */
};
void tsig_key_free(struct tsig_key *k);

/* Called with each key, in order; raw is Gandi's item without its secret, borrowed. */
typedef int tsig_key_fn(void *arg, const struct tsig_key *k, const struct jv *raw);

/* The keys of the organization (ctx->sharing_id, else the token's). */
int tsig_keys_each(struct ctx *ctx, tsig_key_fn *each, void *arg);
/* The keys a zone's secondaries may use. */
int zone_tsig_each(struct ctx *ctx, const char *zone, tsig_key_fn *each, void *arg);
/*
 * One key with its secret; a missing one is EXIT_NOTFOUND with a hint. raw
 * (may be NULL) receives Gandi's object, secret included, for --json.
 */
int tsig_get(struct ctx *ctx, const char *id, struct tsig_key *out, struct jv **raw);
/* The key's definition for a server (bind, knot, nsd, powerdns), as Gandi writes it. */
int tsig_config(struct ctx *ctx, const char *id, const char *software, char **text);
/* A new key of the organization (its secret is not in the answer). */
int tsig_create(struct ctx *ctx, struct tsig_key *out);
/* Let the zone's secondaries use a key (PUT), or no longer (DELETE). */
int zone_tsig_add(struct ctx *ctx, const char *zone, const char *id);
int zone_tsig_remove(struct ctx *ctx, const char *zone, const char *id);
/* Whether id can be a key's id (letters, digits and dashes, 1 to 64). */
bool tsig_id_ok(const char *id);

/* The addresses allowed to transfer the zone, as Gandi stores them; raw for --json. */
int secondaries(struct ctx *ctx, const char *zone, char ***ips, size_t *n, struct jv **raw);
/* Allow (PUT), or no longer (DELETE), an address to transfer the zone. */
int secondary_add(struct ctx *ctx, const char *zone, const char *ip);
int secondary_remove(struct ctx *ctx, const char *zone, const char *ip);

#endif
