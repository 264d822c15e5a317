#include "dnssec.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "util.h"

void dnskey_rdata(struct buf *out, int flags, int algorithm, const unsigned char *key,
		  size_t n)
{
	unsigned char head[4] = {(unsigned char)(flags >> 8), (unsigned char)flags, 3,
				 (unsigned char)algorithm};
	buf_add(out, head, sizeof head);
	buf_add(out, key, n);
}

unsigned key_tag(const unsigned char *rdata, size_t n)
{
	unsigned long ac = 0;
	for (size_t i = 0; i < n; i++)
		ac += i & 1 ? rdata[i] : (unsigned long)rdata[i] << 8;
	ac += (ac >> 16) & 0xFFFF;
	return (unsigned)(ac & 0xFFFF);
}

/* owner in canonical wire form: lower-case labels, each after its length. */
static void wire_name(struct buf *out, const char *owner)
{
	const char *p = owner;
	while (*p && *p != '.') {
		size_t l = strcspn(p, ".");
		buf_addc(out, (char)l);
		for (size_t i = 0; i < l; i++)
			buf_addc(out, (char)tolower((unsigned char)p[i]));
		p += l;
		if (*p == '.')
			p++;
	}
	buf_addc(out, 0);
}

char *ds_digest(const char *owner, const unsigned char *rdata, size_t n, bool upper)
{
	struct buf in = {0};
	unsigned char d[SHA256_LEN];
	char *hex = xmalloc(2 * SHA256_LEN + 1);
	wire_name(&in, owner);
	buf_add(&in, rdata, n);
	sha256(in.data, in.len, d);
	for (size_t i = 0; i < SHA256_LEN; i++)
		snprintf(hex + 2 * i, 3, upper ? "%02X" : "%02x", d[i]);
	buf_free(&in);
	return hex;
}

unsigned lkey_tag(const struct lkey *k)
{
	struct buf rd = {0};
	dnskey_rdata(&rd, k->flags, 13, k->pub, sizeof k->pub);
	unsigned tag = key_tag((const unsigned char *)rd.data, rd.len);
	buf_free(&rd);
	return tag;
}

char *lkey_ds(const struct lkey *k, const char *fqdn)
{
	struct buf rd = {0};
	dnskey_rdata(&rd, k->flags, 13, k->pub, sizeof k->pub);
	char *digest = ds_digest(fqdn, (const unsigned char *)rd.data, rd.len, false);
	char *line = xasprintf("%s. 3600 IN DS %u 13 2 %s", fqdn,
			       key_tag((const unsigned char *)rd.data, rd.len), digest);
	free(digest);
	buf_free(&rd);
	return line;
}

char *lkey_public_b64(const struct lkey *k)
{
	return base64_encode(k->pub, sizeof k->pub);
}

char *lkey_fingerprint(const struct lkey *k)
{
	unsigned char d[SHA256_LEN];
	char *hex = xmalloc(2 * SHA256_LEN + 1);
	sha256(k->pub, sizeof k->pub, d);
	for (size_t i = 0; i < SHA256_LEN; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	return hex;
}

struct lkey *lkey_generate(int flags, time_t now)
{
	char id[37];
	struct lkey *k = xcalloc(1, sizeof *k);
	gen_uuid(id);
	k->id = xstrdup(id);
	k->flags = flags;
	k->created_at = now;
	p256_generate(k->pub, k->priv);
	k->has_priv = true;
	return k;
}

int lkey_material(struct lkey *k, const char *pub, const char *priv, struct buf *why)
{
	int rc = -1;
	struct buf raw = {0};
	unsigned char derived[P256_PUB_LEN];
	if (!pub && !priv) {
		buf_adds(why, "give public_key or private_key (base64)");
		goto out;
	}
	if (priv) {
		if (base64_decode(priv, &raw) < 0 || raw.len != P256_PRIV_LEN ||
		    p256_public((const unsigned char *)raw.data, derived) < 0) {
			buf_adds(why, "private_key must be the base64 of a 32-byte P-256 private key");
			goto out;
		}
		memcpy(k->priv, raw.data, P256_PRIV_LEN);
		k->has_priv = true;
		memcpy(k->pub, derived, P256_PUB_LEN);
	}
	if (pub) {
		if (base64_decode(pub, &raw) < 0 || raw.len != P256_PUB_LEN ||
		    !p256_valid_public((const unsigned char *)raw.data)) {
			buf_adds(why, "public_key must be the base64 of a 64-byte P-256 point (x then y)");
			goto out;
		}
		if (priv && memcmp(k->pub, raw.data, P256_PUB_LEN) != 0) {
			buf_adds(why, "public_key is not the public key of private_key");
			goto out;
		}
		memcpy(k->pub, raw.data, P256_PUB_LEN);
	}
	rc = 0;
out:
	buf_wipe(&raw);
	buf_free(&raw);
	wipe(derived, sizeof derived);
	return rc;
}

/* Public key sizes of the algorithms whose keys have one (RFC 6605, 8080). */
static long key_size(long algorithm)
{
	switch (algorithm) {
	case 13: return 64;
	case 14: return 96;
	case 15: return 32;
	case 16: return 57;
	default: return 0;
	}
}

int dnskey_check(const json_t *algorithm, const json_t *type, const json_t *public_key,
		 int *flags, const char **field, struct buf *why)
{
	int rc = -1;
	struct buf raw = {0};
	const char *t = json_string_value(type);
	if (!json_is_integer(algorithm) || json_integer_value(algorithm) < 0 ||
	    json_integer_value(algorithm) > 255) {
		*field = "algorithm";
		buf_adds(why, "algorithm is required: an algorithm number from 0 to 255, e.g. 13");
		goto out;
	}
	if (!t || (strcmp(t, "ksk") && strcmp(t, "zsk") && strcmp(t, "none"))) {
		*field = "type";
		buf_adds(why, "type is required: one of \"ksk\", \"zsk\", \"none\"");
		goto out;
	}
	*flags = strcmp(t, "ksk") == 0 ? 257 : strcmp(t, "zsk") == 0 ? 256 : 0;
	long want = key_size(json_integer_value(algorithm));
	*field = "public_key";
	if (!json_is_string(public_key) || base64_decode(json_string_value(public_key), &raw) < 0 ||
	    raw.len == 0) {
		buf_adds(why, "public_key is required: the key in base64, as in a DNSKEY record");
		goto out;
	}
	if (want && (long)raw.len != want) {
		buf_printf(why, "public_key holds %zu bytes: an algorithm %lld key has %ld",
			   raw.len, (long long)json_integer_value(algorithm), want);
		goto out;
	}
	if (json_integer_value(algorithm) == 13 &&
	    !p256_valid_public((const unsigned char *)raw.data)) {
		buf_adds(why, "public_key is not a point of the P-256 curve");
		goto out;
	}
	rc = 0;
out:
	buf_free(&raw);
	return rc;
}

/* The RDATA of a registry key (its public_key is valid base64). */
static void dnskey_rdata_of(const struct dnskey *k, struct buf *rd)
{
	struct buf raw = {0};
	base64_decode(k->public_key, &raw);
	dnskey_rdata(rd, k->flags, k->algorithm, (const unsigned char *)raw.data, raw.len);
	buf_free(&raw);
}

unsigned dnskey_tag(const struct dnskey *k)
{
	struct buf rd = {0};
	dnskey_rdata_of(k, &rd);
	unsigned tag = key_tag((const unsigned char *)rd.data, rd.len);
	buf_free(&rd);
	return tag;
}

char *dnskey_digest(const struct dnskey *k, const char *fqdn)
{
	struct buf rd = {0};
	dnskey_rdata_of(k, &rd);
	char *d = ds_digest(fqdn, (const unsigned char *)rd.data, rd.len, true);
	buf_free(&rd);
	return d;
}
