/*
 * The few cryptographic pieces gandi-emu needs, on Nettle (already loaded
 * through GnuTLS by libmicrohttpd for HTTPS): digests for ETags and DS
 * records, base64, and ECDSA P-256 keys for LiveDNS's DNSSEC signing keys.
 *
 * Ownership: strings returned here are the caller's to free(); key material
 * is wiped before it is released.
 */
#ifndef EMU_CRYPTO_H
#define EMU_CRYPTO_H

#include <stddef.h>

#include "buf.h"

#define SHA1_LEN 20
#define SHA256_LEN 32
/* An ECDSA P-256 public key as DNSKEY carries it (RFC 6605): x then y. */
#define P256_PUB_LEN 64
#define P256_PRIV_LEN 32

void sha1(const void *data, size_t n, unsigned char out[SHA1_LEN]);
void sha256(const void *data, size_t n, unsigned char out[SHA256_LEN]);

/* Standard base64 (with padding) of data[0..n). */
char *base64_encode(const void *data, size_t n);
/* Decode standard base64 into out (emptied first). Returns 0, or -1 when s is
 * not base64. */
int base64_decode(const char *s, struct buf *out);

/* A new ECDSA P-256 key pair: pub gets x||y, priv the private scalar
 * (big-endian). */
void p256_generate(unsigned char pub[P256_PUB_LEN], unsigned char priv[P256_PRIV_LEN]);
/* The public key of private scalar priv. Returns 0, or -1 when priv is not a
 * valid scalar (0, or not below the group order). */
int p256_public(const unsigned char priv[P256_PRIV_LEN], unsigned char pub[P256_PUB_LEN]);
/* Whether pub (x||y) is a point of the P-256 curve: 1 or 0. */
int p256_valid_public(const unsigned char pub[P256_PUB_LEN]);

/* The ETag Gandi's front sends for body: W/"<length hex>-<27 characters of
 * base64(SHA-1(body))>" (the weak ETag of Node's etag module). */
char *gandi_etag(const void *body, size_t n);

#endif
