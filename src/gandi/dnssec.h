/*
 * DNSSEC (gandi-api.md §9), three surfaces: the keys LiveDNS signs a zone
 * with (/livedns/domains/ZONE/keys, domain:tech), the one-shot switch that
 * signs the zone and hands its key to the registry
 * (/domain/domains/DOMAIN/livedns/dnssec: domain:view to read it,
 * domain:tech to switch), and the keys the registry publishes as the zone's
 * DS records (/domain/domains/DOMAIN/dnskeys: domain:view to read,
 * domain:tech to change). The switch and the registry's writes are
 * asynchronous at Gandi: what they start shows later.
 *
 * Ownership: structs filled here own their strings and are released by
 * their *_free() function; see gandi/gandi.h for struct jv.
 */
#ifndef GANDI_DNSSEC_H
#define GANDI_DNSSEC_H

#include <stdbool.h>
#include <stddef.h>

#include "gandi/gandi.h"

/* ---- the keys LiveDNS signs a zone with ---- */

#define ZONE_KEY_KSK 257
#define ZONE_KEY_ZSK 256

struct zone_key {
	char *id;
	long long flags;       /* ZONE_KEY_KSK, ZONE_KEY_ZSK */
	long long algorithm;   /* 13 */
	char *algorithm_name;  /* "ECDSAP256SHA256", or NULL */
	char *status;          /* "active", or NULL */
	bool deleted;          /* deleted keys stay listed, and can be restored */
	char *ds;              /* the DS line for the parent: "example.com. 3600 IN DS ..." */
	long long tag;         /* the key tag (the detail's, else the DS line's); -1: unknown */
	char *fingerprint;     /* the detail form only, else NULL */
	char *public_key;      /* base64; the detail form only, else NULL */
};
void zone_key_free(struct zone_key *k);

/* Called with each key, in order; k may be moved out; raw is Gandi's item, borrowed. */
typedef int zone_key_fn(void *arg, struct zone_key *k, const struct jv *raw);

/* The zone's keys, deleted ones included (GET .../keys). */
int zone_keys_each(struct ctx *ctx, const char *zone, zone_key_fn *each, void *arg);
/* One key in its detail form; a missing one is EXIT_NOTFOUND with a hint. raw may be NULL. */
int zone_key_get(struct ctx *ctx, const char *zone, const char *id, struct zone_key *out,
		 struct jv **raw);
/* A new key of flags (POST .../keys); *id receives its id (to free()). */
int zone_key_create(struct ctx *ctx, const char *zone, int flags, char **id);
/* DELETE .../keys/ID: the key stops signing and stays listed as deleted. */
int zone_key_delete(struct ctx *ctx, const char *zone, const char *id);
/* PATCH .../keys/ID {"deleted": false}: a deleted key signs again. */
int zone_key_restore(struct ctx *ctx, const char *zone, const char *id);
/* Whether id can be a key's id (letters, digits and dashes, 1 to 64). */
bool zone_key_id_ok(const char *id);

/* ---- the one-shot switch ---- */

struct dnssec_state {
	char *state; /* inactive, activating, active, deactivating, activation_error,
			deactivation_error (as Gandi says it) */
	char *error; /* Gandi's explanation, or NULL */
	char *cause; /* why a switch was refused ("not-on-livedns"), or NULL */
};
void dnssec_state_free(struct dnssec_state *s);

/* Where DNSSEC stands for the domain (GET). raw (may be NULL) receives Gandi's object. */
int dnssec_read(struct ctx *ctx, const char *fqdn, struct dnssec_state *out, struct jv **raw);
/*
 * Turn DNSSEC on (POST) or off (DELETE). Returns 0 with *out: with *refused
 * false Gandi took the request (out->state is "activating" or
 * "deactivating"); with *refused true Gandi answered that it cannot now, and
 * out holds the state it is in and why. Else an exit code with ctx->err set.
 */
int dnssec_switch(struct ctx *ctx, const char *fqdn, bool on, struct dnssec_state *out,
		  bool *refused);

/* ---- the keys at the registry ---- */

struct dnskey {
	long long id;          /* an integer at Gandi */
	long long keytag, algorithm, digest_type;
	char *type;            /* "ksk", "zsk" or "none" */
	char *digest;          /* hex, as Gandi gives it */
	char *public_key;      /* base64, or NULL */
};
void dnskey_free(struct dnskey *k);

typedef int dnskey_fn(void *arg, struct dnskey *k, const struct jv *raw);

/* Every key the registry holds for the domain (GET .../dnskeys, every page). */
int dnskeys_each(struct ctx *ctx, const char *fqdn, dnskey_fn *each, void *arg);
/*
 * POST .../dnskeys: hand a key to the registry. *exists becomes true when
 * Gandi answers that the registry has it already.
 */
int dnskey_add(struct ctx *ctx, const char *fqdn, long algorithm, const char *type,
	       const char *public_key, bool *exists);
/* DELETE .../dnskeys/ID. */
int dnskey_delete(struct ctx *ctx, const char *fqdn, long long id);

#endif
