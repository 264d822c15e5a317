/*
 * The emulator's state: organizations, users, tokens, domains with their
 * LiveDNS zones, snapshots and web redirections. The model only: reading and
 * writing it in the seed format is seed.h's.
 *
 * Ownership: the store owns everything reachable from it and store_free()
 * releases it all. An rrset is immutable once built and reference-counted, so
 * that a zone and its snapshots share rrsets instead of copying them; use
 * rrset_ref()/rrset_unref() and never change an rrset after it was shared.
 * The store is not locked here: the caller (router.c) holds the emulator's
 * read-write lock around every use.
 */
#ifndef EMU_STORE_H
#define EMU_STORE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "buf.h"

enum {
	SCOPE_DOMAIN_VIEW = 1,
	SCOPE_DOMAIN_RENEW = 2,
	SCOPE_DOMAIN_TECH = 4,
	SCOPE_ORG_VIEW = 8,
	SCOPE_ALL = 15,
};

/* Automatic snapshots kept per zone; older ones are dropped. */
#define MAX_AUTO_SNAPSHOTS 20
/* Default TTL of an RRset written without rrset_ttl. */
#define DEFAULT_TTL 10800

struct org {
	json_t *obj; /* the organization object as served (id, name, type, ...) */
	const char *id;
	const char *name;
};

struct user {
	json_t *obj; /* the user-info object as served (without "organizations") */
	const char *id;
	const char *username;
	struct org **orgs;
	size_t norgs;
};

struct token {
	char *id;
	char *name;
	char *secret;
	bool apikey;     /* a legacy API key ("Apikey" scheme) */
	unsigned scopes; /* SCOPE_* bits */
	bool all_domains;
	char **domains; /* lower-case fqdns when !all_domains */
	size_t ndomains;
	struct org *org; /* NULL for an API key: every organization of its user */
	struct user *user;
	time_t created_at;
	time_t expires_at; /* 0: never */
};

struct rrset {
	unsigned refs;
	char *name; /* relative, lower case, "@" for the apex */
	char *type; /* upper case */
	long ttl;
	char **val;
	size_t nval;
};

struct snapshot {
	char *id;
	char *name;
	time_t created_at;
	bool automatic;
	struct rrset **rr; /* shared references */
	size_t n;
};

/* Sizes of ECDSA P-256 key material (crypto.h has the same). */
#define KEY_PUB_LEN 64
#define KEY_PRIV_LEN 32

/* A DNSSEC key LiveDNS signs the zone with: ECDSA P-256 (algorithm 13). */
struct lkey {
	char *id; /* a UUID */
	int flags; /* 257 KSK, 256 ZSK */
	bool deleted; /* "no longer active": listed, not published */
	unsigned char pub[KEY_PUB_LEN]; /* x then y, as DNSKEY carries it */
	unsigned char priv[KEY_PRIV_LEN];
	bool has_priv; /* a seed may give the public part only */
	time_t created_at;
};

/* A TSIG key of an organization, for zone transfers to its secondaries. */
struct tsig {
	char *id; /* a UUID; the key's name is ID.gandi.net */
	char *secret;
	struct org *org;
	time_t created_at;
};

struct zone {
	bool automatic_snapshots;
	struct rrset **rr; /* sorted by rrset_cmp() */
	size_t n, cap;
	struct snapshot **snap; /* oldest first */
	size_t nsnap, capsnap;
	time_t updated_at; /* last change: the SOA serial of exports */
	struct lkey **keys; /* oldest first */
	size_t nkeys, capkeys;
	char **slaves; /* AXFR secondaries: IP addresses as given */
	size_t nslaves;
	struct tsig **tsig; /* TSIG keys the secondaries use (the store owns them) */
	size_t ntsig;
};

/* A glue record: a host name under the domain and its addresses. */
struct host {
	char *name; /* relative to the domain, lower case; "@" for the domain itself */
	char **ips; /* IPv4 and IPv6, as given */
	size_t nips;
};

/* A DNSKEY handed to the registry, which publishes its DS. */
struct dnskey {
	long id;
	int algorithm;
	int flags; /* 257 ksk, 256 zsk, 0 none */
	char *public_key; /* base64, as given */
};

/* The states of the one-shot DNSSEC switch (gandi-api.md §9.2). */
enum dnssec_state {
	DS_INACTIVE,
	DS_ACTIVATING,
	DS_ACTIVE,
	DS_DEACTIVATING,
	DS_ACTIVATION_ERROR,
	DS_DEACTIVATION_ERROR,
};
/* Seconds "activating" and "deactivating" last. */
#define DNSSEC_SWITCH_DELAY 2
/* "inactive", "activating"... */
extern const char *const dnssec_state_names[6];

struct webredir {
	char *host; /* full host name, domain included */
	char *type; /* http301, http302, cloak */
	char *url;
	char *protocol; /* http, https, httpsonly */
	char *cert_uuid; /* NULL for plain http */
	time_t created_at, updated_at;
};

struct domain {
	char *fqdn; /* lower case */
	char *id;
	char *tld;
	struct org *org;
	char *owner; /* the owner's display name */
	json_t *status; /* array of EPP status strings */
	json_t *tags;   /* array of strings */
	json_t *contacts; /* object, or NULL to build contacts from the org */
	time_t created_at, registry_created_at, registry_ends_at, updated_at;
	bool autorenew;
	int autorenew_duration;
	char **ns; /* nameserver host names */
	size_t nns;
	char *ns_current; /* livedns, other, ... */
	char *authinfo;
	bool can_tld_lock; /* the registry offers clientTransferProhibited */
	struct zone *zone; /* NULL when the domain has no LiveDNS zone */
	struct webredir **wr; /* sorted by host */
	size_t nwr, capwr;
	struct host **hosts; /* glue records, by name */
	size_t nhosts, caphosts;
	struct dnskey **dnskeys; /* at the registry, oldest first */
	size_t ndnskeys, capdnskeys;
	enum dnssec_state dnssec; /* as set at dnssec_since */
	time_t dnssec_since;
	char *dnssec_error; /* for the *_error states, or NULL */
};

struct store {
	struct org **orgs;
	size_t norgs;
	struct user **users;
	size_t nusers;
	struct token **tokens;
	size_t ntokens, captokens;
	struct domain **domains; /* sorted by fqdn */
	size_t ndomains, capdomains;
	struct tsig **tsigs; /* oldest first */
	size_t ntsigs, captsigs;
};

/* Release the store and everything in it (NULL is fine). */
void store_free(struct store *st);

/* The domain named fqdn (lower case), or NULL. */
struct domain *store_domain(const struct store *st, const char *fqdn);
/* Insert a domain built by the caller (the store takes it). */
void store_add_domain(struct store *st, struct domain *d);
/* The organization with this id, or NULL. */
struct org *store_org(const struct store *st, const char *id);
/* The user whose id or username is ref, or NULL. */
struct user *store_user(const struct store *st, const char *ref);
/* The token whose secret is secret, or NULL. */
struct token *store_token_by_secret(const struct store *st, const char *secret);
/* Add a token (the store takes it). */
void store_add_token(struct store *st, struct token *t);
/* The TSIG key with this id, or NULL; add one (the store takes it). */
struct tsig *store_tsig(const struct store *st, const char *id);
void store_add_tsig(struct store *st, struct tsig *k);
/* The registry key id after the highest of every domain (at least 1281080). */
long store_next_dnskey_id(const struct store *st);

/* The state of d's DNSSEC switch at time now (activating turns active,
 * deactivating inactive, DNSSEC_SWITCH_DELAY seconds after they began). */
enum dnssec_state domain_dnssec_state(const struct domain *d, time_t now);

/* Names of the SCOPE_* bits, in bit order. */
extern const char *const scope_names[4];
/* The SCOPE_* bit named name, or 0 if unknown. */
unsigned scope_bit(const char *name);

/* --- rrsets and zones ---------------------------------------------------- */

/* A new rrset with one reference; takes the values array and its strings. */
struct rrset *rrset_new(const char *name, const char *type, long ttl, char **val,
			size_t nval);
/* Take one more reference (returns rr) / drop one, freeing rr at zero. */
struct rrset *rrset_ref(struct rrset *rr);
void rrset_unref(struct rrset *rr);

/* Order of records: name compared upper-cased byte by byte (so "@" first and
 * "_acme" after letters, as Gandi lists them), then type. */
int rrset_cmp(const char *name_a, const char *type_a, const char *name_b, const char *type_b);

/* Index of (name, type) in z, or -1; *at gets the insertion point. */
long zone_find(const struct zone *z, const char *name, const char *type, size_t *at);
/* Put rr into z, replacing an RRset of the same name and type (takes rr). */
void zone_put(struct zone *z, struct rrset *rr);
/* Remove the RRset at index i. */
void zone_remove(struct zone *z, size_t i);
/* Remove every RRset. */
void zone_clear(struct zone *z);
/* Append snapshot s (taken) to z, as the newest; nothing is dropped. */
void zone_add_snapshot(struct zone *z, struct snapshot *s);
/* Remove and free the snapshot at index i. */
void zone_drop_snapshot(struct zone *z, size_t i);
/* Record a snapshot of the zone as it is now (shares the rrsets); automatic
 * ones beyond MAX_AUTO_SNAPSHOTS are dropped, oldest first. */
struct snapshot *zone_snapshot(struct zone *z, const char *name, bool automatic, time_t now);
/* Call before changing z: takes the automatic snapshot if they are on, and
 * stamps the zone as changed. */
void zone_will_change(struct zone *z, time_t now);
/* Release one object and what it owns (dropping rrset references); NULL is
 * fine. token_free() wipes the secret first. */
void snapshot_free(struct snapshot *s);
void zone_free(struct zone *z);
void webredir_free(struct webredir *w);
void domain_free(struct domain *d);
void token_free(struct token *t);
void lkey_free(struct lkey *k);
void tsig_free(struct tsig *k);
void host_free(struct host *h);
void dnskey_free(struct dnskey *k);

#endif
