/*
 * Validation of LiveDNS record names, types, TTLs and values, as Gandi's
 * LiveDNS checks them (per type: A is IPv4, AAAA IPv6, MX "priority host",
 * SRV "priority weight port target", CAA "flags tag value", CNAME/ALIAS/
 * DNAME/NS/PTR host names; TXT values are quoted when written unquoted;
 * everything else is stored verbatim).
 *
 * Each check returns 0, or -1 with a description in why (no final full stop)
 * and, where it says so, the name of the faulty field in *field. Returned
 * strings and arrays belong to the caller.
 */
#ifndef EMU_RECORDS_H
#define EMU_RECORDS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "store.h"

#define MIN_TTL 300L
#define MAX_TTL 2592000L
#define MAX_VALUE_LEN 16384

/* The record types LiveDNS accepts, in the order GET /dns/rrtypes lists them. */
extern const char *const rr_types[];
extern const size_t rr_ntypes;
/* Whether type (exact, upper case) is one of rr_types. */
bool rr_type_known(const char *type);

/* A record name relative to the zone ("@", "www", "_acme-challenge.sub",
 * "*.dev"); returns its lower-case form or NULL. */
char *rr_name_check(const char *name, struct buf *why);

/* Check a record type; NULL why-text when fine. */
int rr_type_check(const char *type, struct buf *why);

/* A TTL given as JSON (NULL means absent: DEFAULT_TTL); a string of digits
 * such as "300" counts as its number (gandi-api.md §13.4). */
int rr_ttl_check(const json_t *v, long *out, struct buf *why);

/*
 * Check and normalise the values of an RRset of type at name: values is a
 * JSON array of strings (or, with strs, a C array of n strings); no values at
 * all only with empty_ok. On success *out holds the stored form (TXT quoted;
 * duplicates kept as sent, gandi-api.md §13.2) and *nout its length.
 */
int rr_values_check(const char *name, const char *type, const json_t *values, bool empty_ok,
		    char ***out, size_t *nout, struct buf *why);
int rr_values_check_strs(const char *name, const char *type, char *const *strs, size_t n,
			 bool empty_ok, char ***out, size_t *nout, struct buf *why);

/* The stored form of one TXT/SPF value: unchanged when already made of
 * quoted strings, otherwise wrapped in quotes with '"' and '\' escaped. */
char *txt_quote(const char *v);

/*
 * The placement rules: no CNAME at the apex, ALIAS only at the apex, and a
 * CNAME never beside another type at the same name. rr is checked against
 * the RRsets of z at the same name, ignoring the one of the same type (which
 * it replaces) and empty ones (they serve nothing). *field is set to the
 * field to blame.
 */
int rr_placement_check(const struct zone *z, const char *name, const char *type,
		       const char **field, struct buf *why);

/* A glue record's host name, relative to its domain ("ns1", "a.b", or "@");
 * returns its lower-case form or NULL. */
char *host_name_check(const char *name, struct buf *why);

/* The addresses of a glue record: a non-empty JSON array of distinct IPv4
 * and IPv6 addresses (*out gets copies, as given). */
int ips_check(const json_t *ips, char ***out, size_t *n, struct buf *why);

/* Free an array of n strings. */
void strv_free(char **v, size_t n);

#endif
