/*
 * ACME DNS-01 challenge records, as every hook of gandi acme writes them: the
 * zone found through the API (dns/zonefind.h), only the hook's own value
 * added or removed (PATCH add_rrset_values / remove_rrset_values, never a
 * PUT of the RRset, so that other challenges in flight stay), TTL 300, the
 * RRset deleted when its last value goes, nothing done twice when a hook
 * runs again. What was written is remembered so that one wait covers every
 * value of a run (dns/wait.h).
 *
 * Ownership: a struct acme_run owns copies of everything it remembers;
 * acme_run_free() releases them.
 */
#ifndef GANDI_ACME_CHALLENGE_H
#define GANDI_ACME_CHALLENGE_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "dns/wait.h"
#include "dns/zonefind.h"

#define ACME_TTL 300
#define ACME_PREFIX "_acme-challenge."

struct acme_name; /* a name of the run and its values (private) */

struct acme_run {
	struct ctx *ctx;
	struct zone_cache zones;
	struct acme_name *names;
	size_t nnames;
};

void acme_run_init(struct acme_run *r, struct ctx *ctx);
void acme_run_free(struct acme_run *r);

/*
 * The challenge name of an identifier: "_acme-challenge.example.com" for
 * "example.com", "*.example.com" or "example.com." (lower case). To free().
 */
char *acme_name_of(const char *identifier);

/*
 * Add value (the TXT text) at fqdn (a full name, final dot allowed), with
 * TTL 300, and remember it for acme_wait(). Returns 0 or an exit code with
 * ctx->err set.
 */
int acme_add(struct acme_run *r, const char *fqdn, const char *value);

/* Remove value from the TXT RRset at fqdn (the RRset goes with its last value). */
int acme_remove(struct acme_run *r, const char *fqdn, const char *value);

/*
 * Remember, for acme_wait(), every value the API holds now in the TXT RRset
 * at fqdn (certbot's earlier challenges, whose values this run never saw).
 */
int acme_expect_api(struct acme_run *r, const char *fqdn);

/*
 * Wait until the nameservers of each zone serve every value remembered
 * (timeout: --wait-timeout when a has it, else the setting wait_timeout;
 * servers: --nameserver, GANDI_NAMESERVERS, the setting nameservers, else
 * the zones' own). a may be NULL. Returns 0 or dns_wait()'s code.
 */
struct args;
int acme_wait(struct acme_run *r, const struct args *a);

/* Whether value looks like a DNS-01 TXT value: 43 base64url characters. */
bool acme_value_ok(const char *value);

/*
 * The DNS-01 value of a key authorization (lego's EXEC_MODE=RAW):
 * base64url(SHA-256(keyauth)) without padding, 43 characters. To free().
 */
char *acme_value_of_keyauth(const char *keyauth);

#endif
