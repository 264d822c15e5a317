/*
 * libFuzzer target: what gandi does with a user's record arguments before any
 * request. Input: "TYPE\nNAME\nVALUE". Checks, besides crashes: a TXT value
 * the user writes comes back unchanged through the API form (round trip), and
 * every accepted value is printable ASCII.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "error.h"
#include "dns/record.h"
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
	const char *canon = rrtype_lookup(type);
	char *rel = NULL, *api = NULL;
	if (name && record_name(&ctx, "example.com", name, &rel) == 0)
		free(rel);
	error_clear(&ctx.err);
	long ttl;
	record_ttl(&ctx, type, &ttl);
	error_clear(&ctx.err);
	if (canon && value && record_value(&ctx, canon, value, &api) == 0) {
		for (const char *p = api; *p; p++)
			if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
				abort();
		if ((strcmp(canon, "TXT") == 0 || strcmp(canon, "SPF") == 0) && value[0] != '"') {
			char *back = txt_decode(api);
			if (!back || strcmp(back, value) != 0)
				abort();
			free(back);
		}
		char *shown = value_display(canon, api);
		char *key = value_key(canon, api);
		if (!value_equal(canon, api, api))
			abort();
		free(shown);
		free(key);
		free(api);
	}
	error_clear(&ctx.err);
	char *decoded = txt_decode(text);
	free(decoded);
	free(text);
	return 0;
}
