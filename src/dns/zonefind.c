#include "dns/zonefind.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dns/record.h"
#include "error.h"
#include "gandi/livedns.h"
#include "xalloc.h"

/* Whether name is zone or lies below it. */
static bool name_in(const char *name, const char *zone)
{
	size_t ln = strlen(name), lz = strlen(zone);
	if (ln == lz)
		return strcmp(name, zone) == 0;
	return ln > lz && name[ln - lz - 1] == '.' && strcmp(name + ln - lz, zone) == 0;
}

static void cache_add(struct zone_cache *c, const char *zone)
{
	c->zones = xrealloc(c->zones, (c->n + 1) * sizeof(char *));
	c->zones[c->n++] = xstrdup(zone);
}

int zone_find(struct ctx *ctx, const char *fqdn, struct zone_cache *cache, char **zone)
{
	char *name = NULL;
	struct buf tried = {0};
	*zone = NULL;
	const char *given = fqdn;
	if (strncmp(fqdn, "*.", 2) == 0)
		fqdn += 2;
	int rc = domain_check(ctx, fqdn, &name);
	if (rc)
		goto out;
	for (size_t i = 0; cache && i < cache->n; i++)
		if (name_in(name, cache->zones[i])) {
			*zone = xstrdup(cache->zones[i]);
			goto out;
		}
	for (const char *s = name; s; s = strchr(s, '.') ? strchr(s, '.') + 1 : NULL) {
		if (!strchr(s, '.'))
			break; /* a top-level domain is nobody's zone */
		if (s[0] == '_')
			continue;
		bool exists = false;
		if ((rc = zone_probe(ctx, s, &exists)))
			goto out;
		if (exists) {
			*zone = xstrdup(s);
			break;
		}
		buf_printf(&tried, "%s%s", tried.len ? ", " : "", s);
	}
	if (!*zone) {
		rc = error_set(ctx, EXIT_NOTFOUND, "zone_not_found",
			       "no LiveDNS zone of this token holds '%s'", given);
		if (tried.len)
			error_detail(ctx, "hint: asked Gandi for %s; 'gandi domain list' shows the "
				     "domains the token covers\n", buf_str(&tried));
		goto out;
	}
	if (cache)
		cache_add(cache, *zone);
	trace_note(ctx, "zone %s holds %s", *zone, name);
out:
	buf_free(&tried);
	free(name);
	return rc;
}

void zone_cache_free(struct zone_cache *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->zones[i]);
	free(c->zones);
	c->zones = NULL;
	c->n = 0;
}
