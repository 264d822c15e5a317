/*
 * Glue records (gandi-api.md §10): the addresses the registry publishes for
 * name servers inside the domain (/domain/domains/DOMAIN/hosts). Names are
 * relative to the domain ("ns1"), "@" for the domain itself; one list holds
 * IPv4 and IPv6 addresses. Reads need domain:view, writes domain:tech; the
 * writes are asynchronous at Gandi (the registry applies them).
 *
 * Ownership: struct glue owns its strings (glue_free()).
 */
#ifndef GANDI_HOSTS_H
#define GANDI_HOSTS_H

#include <stdbool.h>
#include <stddef.h>

#include "gandi/gandi.h"

struct glue {
	char *name;   /* "ns1", or "@" */
	char **ips;   /* as Gandi stores them (NULL-terminated) */
	size_t nips;
};
void glue_free(struct glue *g);

/* Called with each glue record, in order; g may be moved out; raw is Gandi's item. */
typedef int glue_fn(void *arg, struct glue *g, const struct jv *raw);

/* Every glue record of the domain (every page). */
int glue_each(struct ctx *ctx, const char *fqdn, glue_fn *each, void *arg);
/*
 * One glue record: 0 with *found false when the domain has none of that
 * name, or an exit code with ctx->err set. raw (may be NULL) for --json.
 */
int glue_get(struct ctx *ctx, const char *fqdn, const char *name, struct glue *out, bool *found,
	     struct jv **raw);
/* POST: a new glue record. */
int glue_create(struct ctx *ctx, const char *fqdn, const char *name, const char *const *ips,
		size_t n);
/* PUT: its addresses become these. */
int glue_update(struct ctx *ctx, const char *fqdn, const char *name, const char *const *ips,
		size_t n);
int glue_delete(struct ctx *ctx, const char *fqdn, const char *name);

#endif
