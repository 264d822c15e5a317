/*
 * DNSSEC arithmetic on DNSKEY records (RFC 4034): the RDATA, the key tag
 * (Appendix B) and the DS digest (type 2, SHA-256), as LiveDNS's keys and
 * the registry's keys show them.
 *
 * Ownership: returned strings are the caller's to free().
 */
#ifndef EMU_DNSSEC_H
#define EMU_DNSSEC_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "store.h"

/* Append the DNSKEY RDATA of (flags, protocol 3, algorithm, key) to out. */
void dnskey_rdata(struct buf *out, int flags, int algorithm, const unsigned char *key,
		  size_t n);

/* The key tag of a DNSKEY RDATA. */
unsigned key_tag(const unsigned char *rdata, size_t n);

/* The hexadecimal SHA-256 DS digest of owner (a domain name, final dot
 * optional) and rdata, in upper case with upper. */
char *ds_digest(const char *owner, const unsigned char *rdata, size_t n, bool upper);

/* LiveDNS's views of one of its keys of zone fqdn: the key tag, the
 * "ds" line ("example.com. 3600 IN DS 50651 13 2 01cc..."), the public key
 * in base64 and the fingerprint (SHA-256 of the public key, lower-case hex). */
unsigned lkey_tag(const struct lkey *k);
char *lkey_ds(const struct lkey *k, const char *fqdn);
char *lkey_public_b64(const struct lkey *k);
char *lkey_fingerprint(const struct lkey *k);

/* A new LiveDNS key (flags 257 or 256) with fresh P-256 material. */
struct lkey *lkey_generate(int flags, time_t now);

/* Fill k's key material from base64 text: the private scalar (its public key
 * derived, and checked against pub when both are given), or the public point
 * alone. Returns 0, or -1 with the reason in why. */
int lkey_material(struct lkey *k, const char *pub, const char *priv, struct buf *why);

/* Check a key for the registry: algorithm 0..255, type "ksk", "zsk" or
 * "none" (*flags gets 257, 256 or 0), public_key base64 (of the right size
 * and, for algorithm 13, a point of P-256). Returns 0, or -1 with the field
 * to blame in *field and the reason in why. */
int dnskey_check(const json_t *algorithm, const json_t *type, const json_t *public_key,
		 int *flags, const char **field, struct buf *why);

/* The key tag and the upper-case digest of a registry key of domain fqdn
 * (gandi-api.md §9.3). */
unsigned dnskey_tag(const struct dnskey *k);
char *dnskey_digest(const struct dnskey *k, const char *fqdn);

#endif
