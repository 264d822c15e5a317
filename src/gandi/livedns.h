/*
 * LiveDNS requests shared by the dns commands (and later sync and the
 * browser): the URLs of a zone's records, reading one RRset, and the common
 * argument checks of DOMAIN TYPE NAME.
 *
 * Ownership: struct rrset values are released with rrset_free() (decode.h);
 * strings returned are freed by the caller; a struct rrsets_out is released
 * by rrsets_out_print() or rrsets_out_free().
 */
#ifndef GANDI_LIVEDNS_H
#define GANDI_LIVEDNS_H

#include <jansson.h>
#include <stdbool.h>

#include "ctx.h"
#include "gandi/decode.h"

/* The checked arguments DOMAIN TYPE NAME of a dns command. */
struct rrkey {
	char *zone;       /* "example.com" */
	const char *type; /* canonical: "TXT" */
	char *name;       /* relative: "@", "www" */
	char *subject;    /* "the TXT record www in example.com", for messages */
};

/* Check DOMAIN, TYPE and NAME (each may be NULL when not given). */
int rrkey_parse(struct ctx *ctx, const char *domain, const char *type, const char *name,
		struct rrkey *k);
void rrkey_free(struct rrkey *k);

/* .../livedns/domains/ZONE/records[/NAME[/TYPE]] (NULL parts stop the path). */
char *records_url(struct ctx *ctx, const char *zone, const char *name, const char *type);
/* "domain 'example.com'", for messages about a zone. */
char *zone_subject(const char *zone);

/*
 * Read one RRset. Returns 0 with *found set (false when the zone answers that
 * the record does not exist), or an exit code with ctx->err set (the zone
 * itself missing or not covered, network...). raw, when not NULL, receives
 * the API's object (or NULL).
 */
int rrset_read(struct ctx *ctx, const struct rrkey *k, struct rrset *out, bool *found,
	       json_t **raw);

/* Check and convert each VALUE for k->type; returns a JSON array of API values. */
int values_parse(struct ctx *ctx, const struct rrkey *k, int argc, char **argv,
		 json_t **values);

/* An RRset as JSON, the API's shape (name, type, ttl, values). */
json_t *rrset_json(const char *name, const char *type, long long ttl, const json_t *values);

/* "1.2.3.4, 5.6.7.8" with TXT shown as text, for messages. */
char *values_text(const char *type, const json_t *values);

/*
 * Print RRsets (a JSON array of the API's objects): with --json as they are,
 * else a table NAME TYPE TTL VALUE with one row per value.
 */
int rrsets_print(struct ctx *ctx, const json_t *items);

/*
 * The same, fed page by page (api_list_each): each page is turned into table
 * rows, or compact JSON text with --json, as it comes, so the API's JSON is
 * never held whole; nothing is printed before rrsets_out_print().
 */
struct rrsets_out;

struct rrsets_out *rrsets_out_new(struct ctx *ctx);
/* Add a page (a JSON array of the API's objects); an api_page_fn. */
int rrsets_out_add(void *out, json_t *items);
/* Print what was added, and free it. */
void rrsets_out_print(struct rrsets_out *o);
void rrsets_out_free(struct rrsets_out *o);

/*
 * Add values (API spellings) to an RRset, creating it when absent, as
 * `dns add` does: values already there are skipped; PATCH add_rrset_values
 * keeps what other writers add meanwhile; a POST whose answer was lost is
 * not sent again (PATCH instead). ttl 0 keeps the RRset's TTL (TTL_ADD_DEFAULT,
 * 300, for a new one). *added receives the values sent (a new array, empty when nothing
 * changed) and *ttl_out the RRset's TTL. Returns 0 or an exit code.
 */
int rrset_add(struct ctx *ctx, const struct rrkey *k, const json_t *values, long ttl,
	      json_t **added, long *ttl_out);

/*
 * Remove values from an RRset, compared by meaning, as `dns remove` does:
 * PATCH remove_rrset_values with the stored spellings; the RRset goes when
 * empty; a 404 after a retry counts as done. *removed receives the values
 * removed (a new array, empty when none was there); *found whether the RRset
 * existed. Returns 0 or an exit code.
 */
int rrset_remove(struct ctx *ctx, const struct rrkey *k, const json_t *values,
		 json_t **removed, bool *found);

/*
 * Whether the token has a LiveDNS zone named fqdn (GET .../livedns/domains/
 * FQDN): *exists false on any 404 (no such zone, or one the token does not
 * cover). Returns 0, or an exit code with ctx->err set (auth, network...).
 */
int livedns_zone_probe(struct ctx *ctx, const char *fqdn, bool *exists);

/*
 * The names of the nameservers LiveDNS says serve zone (GET .../livedns/
 * domains/ZONE/nameservers), lower case, without final dots: a
 * NULL-terminated array (strv_free()) and its length. Returns 0 or an exit
 * code with ctx->err set.
 */
int livedns_nameservers(struct ctx *ctx, const char *zone, char ***names, size_t *n);

/*
 * Replace an RRset (PUT .../records/NAME/TYPE) with values (API spellings)
 * and ttl, both always sent. Returns 0 or an exit code with ctx->err set.
 */
int rrset_put_values(struct ctx *ctx, const struct rrkey *k, const char *const *values,
		     size_t n, long ttl);

/*
 * rrset_add() and rrset_remove() with values as strings (API spellings):
 * *changed tells whether anything was sent that changed the RRset. For
 * callers that keep JSON out of their code.
 */
int rrset_add_values(struct ctx *ctx, const struct rrkey *k, const char *const *values,
		     size_t n, long ttl, bool *changed);
int rrset_remove_values(struct ctx *ctx, const struct rrkey *k, const char *const *values,
			size_t n, bool *changed);

/* The strings of a JSON array of values, borrowed from it (free the array only). */
const char **values_view(const json_t *values, size_t *n);

/* Whether every value of a is in b and every value of b in a. */
bool values_same(const char *type, char **a, size_t na, const json_t *b);
/* Whether value is among values (meaning, not spelling). */
bool values_contain(const char *type, char **values, size_t n, const char *value);

/*
 * Tell what a write did: with --json {"ok": true, "action", "domain", "name",
 * "type", "ttl", "values", "changed"}, else one line on stdout.
 */
void rrset_report(struct ctx *ctx, const char *action, const struct rrkey *k, long long ttl,
		  const json_t *values, bool changed);


#endif
