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

#include "buf.h"
#include "ctx.h"
#include "dns/rrkey.h"
#include "gandi/types.h"

struct jv_text;
struct rrsets_out;

/*
 * An RRset as --json shows it: raw (as LiveDNS sent it) and, for TXT and
 * SPF, "rrset_texts": the text each value carries (null for one holding a
 * NUL byte), beside the quoted "rrset_values". A new reference.
 */
struct jv *rrset_json(const struct rrset *r, const struct jv *raw);
/* RRsets shown as they come (page by page): nothing is printed before rrsets_out_print(). */
struct rrsets_out *rrsets_out_new(struct ctx *ctx);
/* Add an RRset (raw: as Gandi sent it, for --json); an rrset_fn of gandi/livedns.h. */
int rrsets_out_add(void *out, struct rrset *r, const struct jv_text *raw);
/* What to say when no RRset was added ("no TXT records in example.com"). */
void rrsets_out_empty(struct rrsets_out *o, const char *text);
/* Print what was added, and free it. */
void rrsets_out_print(struct rrsets_out *o);
void rrsets_out_free(struct rrsets_out *o);

/*
 * Tell what a write did: with --json {"ok": true, "action", "domain", "name",
 * "type", "values", "changed", "ttl"}, else one line on stdout ("unchanged: "
 * first when nothing changed), values as dnsv_list() shows them.
 */
void rrset_report(struct ctx *ctx, const char *action, const struct rrkey *k, long long ttl,
		  const struct rrvalues *values, bool changed);

/*
 * Writing the apex NS (the zone's own name servers) asks first, as 'domain
 * nameservers --set' does: how the verb (set, add, remove) changes it with
 * values. 0 when k is another RRset or the user agrees (yes: --yes), else
 * an exit code with ctx->err set.
 */
int apex_ns_confirm(struct ctx *ctx, const struct rrkey *k, bool yes, const char *verb,
		    const struct rrvalues *values);

/*
 * A zone's text as gandi writes it (dns export, dns snapshot show --bind):
 * "$ORIGIN zone." and "$TTL 10800" first, so that the file says which zone
 * it is (dns sync refuses a file whose $ORIGIN names another), unless the
 * text has them already; then LiveDNS's text, made safe for terminals.
 * Appended to out.
 */
void zone_file_text(const char *zone, const struct buf *text, struct buf *out);

#endif
