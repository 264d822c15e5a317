/*
 * How the dns commands show RRsets and what a write did: a table NAME TYPE
 * TTL VALUE with one row per value (TXT shown as text), or with --json the
 * RRsets as LiveDNS returns them; and the one line, or JSON object, that
 * reports a write.
 *
 * Ownership: a struct rrsets_out is released by rrsets_out_print() or
 * rrsets_out_free().
 */
#ifndef GANDI_DNS_SHOW_H
#define GANDI_DNS_SHOW_H

#include <stdbool.h>

#include "ctx.h"
#include "dns/rrkey.h"
#include "gandi/types.h"

struct jv;
struct rrsets_out;

/* RRsets shown as they come (page by page): nothing is printed before rrsets_out_print(). */
struct rrsets_out *rrsets_out_new(struct ctx *ctx);
/* Add an RRset (raw: as Gandi sent it, for --json); an rrset_fn of gandi/livedns.h. */
int rrsets_out_add(void *out, struct rrset *r, const struct jv *raw);
/* Print what was added, and free it. */
void rrsets_out_print(struct rrsets_out *o);
void rrsets_out_free(struct rrsets_out *o);

/*
 * Tell what a write did: with --json {"ok": true, "action", "domain", "name",
 * "type", "values", "changed", "ttl"}, else one line on stdout.
 */
void rrset_report(struct ctx *ctx, const char *action, const struct rrkey *k, long long ttl,
		  const char *const *values, size_t n, bool changed);

#endif
