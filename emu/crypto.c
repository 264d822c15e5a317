#include "crypto.h"

#include <gmp.h>
#include <nettle/base64.h>
#include <nettle/ecc-curve.h>
#include <nettle/ecc.h>
#include <nettle/ecdsa.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "xalloc.h"

void sha1(const void *data, size_t n, unsigned char out[SHA1_LEN])
{
	struct sha1_ctx c;
	sha1_init(&c);
	sha1_update(&c, n, data);
	sha1_digest(&c, SHA1_LEN, out);
}

void sha256(const void *data, size_t n, unsigned char out[SHA256_LEN])
{
	struct sha256_ctx c;
	sha256_init(&c);
	sha256_update(&c, n, data);
	sha256_digest(&c, SHA256_LEN, out);
}

char *base64_encode(const void *data, size_t n)
{
	char *out = xmalloc(BASE64_ENCODE_RAW_LENGTH(n) + 1);
	base64_encode_raw(out, n, data);
	out[BASE64_ENCODE_RAW_LENGTH(n)] = '\0';
	return out;
}

int base64_decode(const char *s, struct buf *out)
{
	struct base64_decode_ctx c;
	size_t n = strlen(s), len = BASE64_DECODE_LENGTH(n);
	uint8_t *dst = xmalloc(len ? len : 1);
	int rc = -1;
	buf_reset(out);
	base64_decode_init(&c);
	if (n % 4 == 0 && base64_decode_update(&c, &len, dst, n, s) && base64_decode_final(&c)) {
		buf_add(out, dst, len);
		rc = 0;
	}
	wipe(dst, BASE64_DECODE_LENGTH(n));
	free(dst);
	return rc;
}

/* ---- P-256 ----------------------------------------------------------------- */

static void nettle_random(void *ctx, size_t n, uint8_t *dst)
{
	(void)ctx;
	random_bytes(dst, n);
}

/* A big-endian number of exactly n bytes. */
static void mpz_to_bytes(const mpz_t z, unsigned char *out, size_t n)
{
	size_t count = 0;
	memset(out, 0, n);
	if ((mpz_sizeinbase(z, 2) + 7) / 8 <= n) {
		unsigned char tmp[64];
		mpz_export(tmp, &count, 1, 1, 1, 0, z);
		memcpy(out + n - count, tmp, count);
		wipe(tmp, sizeof tmp);
	}
}

static void point_bytes(const struct ecc_point *p, unsigned char pub[P256_PUB_LEN])
{
	mpz_t x, y;
	mpz_inits(x, y, NULL);
	ecc_point_get(p, x, y);
	mpz_to_bytes(x, pub, 32);
	mpz_to_bytes(y, pub + 32, 32);
	mpz_clears(x, y, NULL);
}

void p256_generate(unsigned char pub[P256_PUB_LEN], unsigned char priv[P256_PRIV_LEN])
{
	const struct ecc_curve *ecc = nettle_get_secp_256r1();
	struct ecc_point p;
	struct ecc_scalar k;
	mpz_t z;
	ecc_point_init(&p, ecc);
	ecc_scalar_init(&k, ecc);
	mpz_init(z);
	ecdsa_generate_keypair(&p, &k, NULL, nettle_random);
	point_bytes(&p, pub);
	ecc_scalar_get(&k, z);
	mpz_to_bytes(z, priv, P256_PRIV_LEN);
	mpz_clear(z);
	ecc_scalar_clear(&k);
	ecc_point_clear(&p);
}

int p256_public(const unsigned char priv[P256_PRIV_LEN], unsigned char pub[P256_PUB_LEN])
{
	const struct ecc_curve *ecc = nettle_get_secp_256r1();
	struct ecc_point p;
	struct ecc_scalar k;
	mpz_t z;
	int rc = -1;
	ecc_point_init(&p, ecc);
	ecc_scalar_init(&k, ecc);
	mpz_init(z);
	mpz_import(z, P256_PRIV_LEN, 1, 1, 1, 0, priv);
	if (ecc_scalar_set(&k, z)) {
		ecc_point_mul_g(&p, &k);
		point_bytes(&p, pub);
		rc = 0;
	}
	mpz_clear(z);
	ecc_scalar_clear(&k);
	ecc_point_clear(&p);
	return rc;
}

int p256_valid_public(const unsigned char pub[P256_PUB_LEN])
{
	struct ecc_point p;
	mpz_t x, y;
	ecc_point_init(&p, nettle_get_secp_256r1());
	mpz_inits(x, y, NULL);
	mpz_import(x, 32, 1, 1, 1, 0, pub);
	mpz_import(y, 32, 1, 1, 1, 0, pub + 32);
	int ok = ecc_point_set(&p, x, y);
	mpz_clears(x, y, NULL);
	ecc_point_clear(&p);
	return ok != 0;
}

char *gandi_etag(const void *body, size_t n)
{
	unsigned char d[SHA1_LEN];
	sha1(body, n, d);
	char *b64 = base64_encode(d, sizeof d);
	char *tag = xasprintf("W/\"%zx-%.27s\"", n, b64);
	free(b64);
	return tag;
}
