#include "nameservers.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"

/* FNV-1a over the lower-case name without a final dot. */
static uint64_t name_hash(const char *fqdn)
{
	uint64_t h = 14695981039346656037ULL;
	size_t len = strlen(fqdn);
	if (len && fqdn[len - 1] == '.')
		len--;
	for (size_t i = 0; i < len; i++) {
		h ^= (uint64_t)(unsigned char)tolower((unsigned char)fqdn[i]);
		h *= 1099511628211ULL;
	}
	return h;
}

void livedns_ns_generic(const char *fqdn, char out[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN])
{
	uint64_t h = name_hash(fqdn);
	for (int k = 0; k < LIVEDNS_NS_COUNT; k++) {
		/* numbers from 1 to 250, as the sets seen on Gandi (25 to 232) */
		unsigned num = (unsigned)((h >> (21 * k)) % 250) + 1;
		snprintf(out[k], LIVEDNS_NS_LEN, "ns-%u-%c.gandi.net", num, 'a' + k);
	}
}

char **livedns_ns_of_zone(const char *fqdn, const struct zone *z, size_t *n)
{
	char **names = NULL;
	long i = z ? zone_find(z, "@", "NS", &(size_t){0}) : -1;
	if (i >= 0 && z->rr[i]->nval > 0) {
		const struct rrset *rr = z->rr[i];
		names = xcalloc(rr->nval, sizeof *names);
		for (size_t k = 0; k < rr->nval; k++) {
			const char *v = rr->val[k];
			size_t len = strlen(v);
			struct buf b = {0};
			if (len > 1 && v[len - 1] == '.')
				buf_add(&b, v, len - 1);
			else
				buf_printf(&b, "%s.%s", v, fqdn);
			names[k] = buf_detach(&b);
		}
		*n = rr->nval;
	} else {
		char gen[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN];
		livedns_ns_generic(fqdn, gen);
		names = xcalloc(LIVEDNS_NS_COUNT, sizeof *names);
		for (int k = 0; k < LIVEDNS_NS_COUNT; k++)
			names[k] = xstrdup(gen[k]);
		*n = LIVEDNS_NS_COUNT;
	}
	return names;
}
