/*
 * libFuzzer target: what gandi does with a user's record arguments before any
 * request. Input: "TYPE\nNAME\nVALUE". Checks, besides crashes: a TXT value
 * the user writes comes back unchanged through the API form (round trip);
 * every accepted value is printable ASCII; the value sent, read back as
 * LiveDNS stores it, is the same value (what dns add, remove and set compare).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "error.h"
#include "dns/record.h"
#include "dns/rrkey.h"
#include "dns/value.h"
#include "xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ctx ctx;
	memset(&ctx, 0, sizeof(ctx));
	ctx.quiet = true;
	char *text = xstrndup((const char *)data, size); /* stops at a NUL, like argv */
	char *type = text, *name = strchr(text, '\n'), *value = NULL;
	if (name) {
		*name++ = '\0';
		value = strchr(name, '\n');
		if (value)
			*value++ = '\0';
	}
	const char *canon = dnsv_type(type);
	char *rel = NULL;
	struct dnsv v = {0}, back = {0};
	if (name && record_name(&ctx, "example.com", name, &rel) == 0)
		free(rel);
	error_clear(&ctx.err);
	long ttl;
	ttl_check(&ctx, type, &ttl);
	error_clear(&ctx.err);
	if (canon && value && value_check(&ctx, canon, "example.com", value, &v) == 0) {
		for (const char *p = v.api; *p; p++)
			if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
				abort();
		if ((strcmp(canon, "TXT") == 0 || strcmp(canon, "SPF") == 0) && value[0] != '"' &&
		    (!v.text || v.text_len != strlen(value) || memcmp(v.text, value, v.text_len) != 0))
			abort();
		dnsv_stored(canon, v.api, "example.com", &back);
		if (!dnsv_equal(&v, &back))
			abort();
		char *shown = dnsv_display(canon, v.api);
		free(shown);
	}
	dnsv_free(&v);
	dnsv_free(&back);
	error_clear(&ctx.err);
	free(text);
	return 0;
}
