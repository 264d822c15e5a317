/* SHA-256 (FIPS 180-4), for hashing the token into cache keys. */
#ifndef GANDI_SHA256_H
#define GANDI_SHA256_H

#include <stddef.h>

void sha256(const void *data, size_t len, unsigned char digest[32]);

#endif
