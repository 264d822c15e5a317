/*
 * DNS values: the one module that parses, checks, compares and prints the
 * value (rdata as text) of a record, for every type LiveDNS accepts. Nothing
 * else in gandi decides whether a value is valid or whether two are equal.
 *
 * Three forms come in (enum dnsv_form):
 *   DNSV_USER  a command-line argument or the browser's prompt: rdata in
 *              master-file syntax, except TXT and SPF, whose plain text is
 *              the content (text written as "quoted" "strings" is read as
 *              those strings), and CAA, whose value may be the unquoted rest
 *              of the line ("0 issue letsencrypt.org");
 *   DNSV_ZONE  a master file's rdata (text, or the fields the zone parser
 *              cut: dnsv_fields());
 *   DNSV_API   what LiveDNS stores and returns: master-file rdata with TXT
 *              quoted (an unquoted TXT is taken as plain text, a CAA value
 *              as in DNSV_USER).
 * A name without its final dot is relative to the zone, as BIND and LiveDNS
 * read it; "@" is the zone itself. With no zone (NULL) such names stay
 * relative, in every output.
 *
 * Checks have two levels. The syntax of the type: field counts, numbers and
 * their ranges, addresses, names, hex, base64, LOC, SvcParam keys. Then what
 * gandi refuses although well-formed (err->refused): a host name that is an
 * IP address, the root or not a host name; a digest or fingerprint whose
 * length does not fit its type; unassigned TLSA, SSHFP and DS parameters;
 * SvcParams that contradict each other; CAA flags, tags, issuers and iodef
 * URLs; NAPTR flags and services; a value longer than LiveDNS holds. The user
 * and API forms must pass both. The zone parser reads any well-formed file
 * and reports refused records on their own, with their line.
 *
 * The canonical form (the key) decides equality: two values are equal when
 * their keys are the same string, and only then. Names: lower case, absolute,
 * escapes in one spelling. Addresses: their standard text (2001:db8::1).
 * Numbers in decimal, DNSSEC algorithm mnemonics as numbers, WKS protocols as
 * numbers. Hex in lower case, base64 re-encoded. TXT and SPF by content: the
 * bytes of every string joined, then split into strings of 255. CAA tags in
 * lower case. SvcParams sorted by key, mandatory keys sorted. LOC in full.
 *
 * Printed forms (enum dnsv_print):
 *   DNSV_PRINT_API    what gandi sends: the key's spelling, except that names
 *                     keep their case, TXT and SPF keep their strings (those
 *                     longer than 255 bytes split) and base64 stays as given;
 *   DNSV_PRINT_ZONE   for a master file: the same text (LiveDNS's text form
 *                     is master-file rdata; every special character is
 *                     quoted or escaped);
 *   DNSV_PRINT_TABLE  for people, one value per row or joined by ", ": TXT
 *                     and SPF as their plain text unless that text is empty,
 *                     starts with '"', holds ", " or a control character, in
 *                     which case the API form (quoted); other types in the
 *                     API form, where strings are quoted already. So one
 *                     value never reads as two in a list, and DNSV_USER reads
 *                     every table form back to the same value.
 *
 * Messages are git's manner: lower case, the bad part quoted, no final full
 * stop ("invalid MX exchange '192.0.2.1': an IP address, where MX needs a
 * host name"); hints say the next step.
 *
 * Ownership: dnsv_parse() fills a struct dnsv that owns its strings (release
 * with dnsv_free()); functions returning char * return a string the caller
 * frees; error texts are written into the caller's struct dnsv_error.
 */
#ifndef GANDI_DNS_VALUE_H
#define GANDI_DNS_VALUE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "dns/zone.h"

#define DNSV_TTL_MIN 300
#define DNSV_TTL_MAX 2592000
#define DNSV_TTL_DEFAULT 10800
/* The longest value LiveDNS holds, in characters of its text form. */
#define DNSV_API_MAX 16384

/* The record types LiveDNS accepts (upper case, sorted), NULL-terminated. */
extern const char *const dnsv_types[];

/* The canonical (upper-case) spelling of a LiveDNS type, any case in; or NULL. */
const char *dnsv_type(const char *name);
/* The same for name's first len bytes. */
const char *dnsv_type_n(const char *name, size_t len);

enum dnsv_form { DNSV_USER, DNSV_ZONE, DNSV_API };

enum dnsv_print { DNSV_PRINT_API, DNSV_PRINT_ZONE, DNSV_PRINT_TABLE };

struct dnsv_error {
	size_t field;   /* the field at fault (0-based); the field count when one is missing */
	bool refused;   /* well-formed, but gandi does not send it (the second level) */
	char msg[400];  /* "invalid MX exchange '192.0.2.1': an IP address, where ..." */
	char hint[400]; /* the next step ("MX values look like '10 mail.example.com.'"), or "" */
};

struct dnsv {
	const char *type; /* canonical, static */
	char *api;        /* DNSV_PRINT_API */
	char *key;        /* the canonical form */
	char *text;       /* TXT and SPF: the content (text_len bytes, may hold NUL); else NULL */
	size_t text_len;
	char *warning;    /* DNSV_USER: "CNAME target 'a.example' has no final dot: ...", or NULL */
};

/*
 * Parse and check text, a value of type in form, against zone ("example.com"
 * or "example.com.", NULL when unknown). Returns 0 with *out filled, or -1
 * with *err (out is then left empty).
 */
int dnsv_parse(const char *type, const char *text, enum dnsv_form form, const char *zone,
	       struct dnsv *out, struct dnsv_error *err);

/* Release what dnsv_parse() filled in (a zeroed struct is fine); it is left zeroed. */
void dnsv_free(struct dnsv *v);

/* Whether a and b (of one type, parsed against one zone) mean the same. */
bool dnsv_equal(const struct dnsv *a, const struct dnsv *b);

/*
 * A value as LiveDNS stores it, read for comparing and showing: it never
 * fails, since another client may have stored what gandi refuses. api is
 * the stored text exactly (the spelling Gandi matches when values are
 * removed), key as dnsv_key() gives it (DNSV_API, against zone), text the
 * content of a TXT or SPF value that parses (else NULL), type canonical (or
 * NULL for a type gandi does not know). Release with dnsv_free().
 */
void dnsv_stored(const char *type, const char *api_text, const char *zone, struct dnsv *out);

/* A deep copy of from into to (release both with dnsv_free()). */
void dnsv_copy(struct dnsv *to, const struct dnsv *from);

/* The index of the first value of set[0..n) that means the same as v (dnsv_equal()), or n. */
size_t dnsv_find(const struct dnsv *set, size_t n, const struct dnsv *v);

/* Whether a and b hold the same values, as sets: order and repeats do not count. */
bool dnsv_same_set(const struct dnsv *a, size_t na, const struct dnsv *b, size_t nb);

/*
 * Values as a list shows them on one line: each in DNSV_PRINT_TABLE, joined
 * by ", " (no value's table form holds ", " unquoted, so two values never
 * read as one). Free the result.
 */
char *dnsv_list(const struct dnsv *v, size_t n);

/* Whether the values of type are IP addresses (A, AAAA). */
bool dnsv_type_address(const char *type);

/* v printed in a form. */
char *dnsv_print(const struct dnsv *v, enum dnsv_print how);

/*
 * The rdata fields f[0..n) of a record of type (the zone parser's cut) with
 * relative names against origin (absolute): appends the API form to api and,
 * when key is not NULL, the key to key. Returns 0, or -1 with *err: with
 * err->refused the value is well-formed and api and key are complete (the
 * zone parser reports such records), else err->field names the bad field.
 * Generic rdata (RFC 3597 \#) is decoded.
 */
int dnsv_fields(const char *type, const struct zone_field *f, size_t n, const char *origin,
		struct buf *api, struct buf *key, struct dnsv_error *err);

/*
 * The key of text for comparisons, whether or not it passes the checks: a
 * well-formed value gets its key even when refused (a value another client
 * stored), text that does not parse gets its blanks collapsed (no key of a
 * well-formed value looks like that). Never fails.
 */
char *dnsv_key(const char *type, const char *text, enum dnsv_form form, const char *zone);

/* Whether a (in form fa) and b (in form fb) mean the same, as dnsv_key() says. */
bool dnsv_same(const char *type, const char *a, enum dnsv_form fa, const char *b,
	       enum dnsv_form fb, const char *zone);

/*
 * An API value as a table shows it (DNSV_PRINT_TABLE), zone unknown; text
 * that does not parse is shown as it is, control characters as \DDD.
 */
char *dnsv_display(const char *type, const char *api_text);

/*
 * The VALUE arguments of a command (argc of them, DNSV_USER): each parsed
 * and checked, repeats (by meaning) dropped. When the type takes one value
 * in several fields and the arguments only make sense together (MX 10
 * mail.example.com), the error says so: "quote it: '10 mail.example.com.'".
 * Returns 0 with *out (n values; free each with dnsv_free(), then the array
 * with free()), or -1 with *err and nothing to free.
 */
int dnsv_parse_args(const char *type, int argc, char *const *argv, const char *zone,
		    struct dnsv **out, size_t *n, struct dnsv_error *err);

/* Parse a TTL as a user writes it: whole seconds from 300 to 2592000. 0 or -1 with *err. */
int dnsv_ttl(const char *text, long *ttl, struct dnsv_error *err);

/* Whether LiveDNS accepts this TTL. */
bool dnsv_ttl_ok(long long ttl);

/*
 * Check a host name outside any zone (a registry name server): absolute,
 * with or without its final dot, not an IP address, what the name of a
 * field says in messages ("name server"). 0, or -1 with *err.
 */
int dnsv_host(const char *name, const char *what, struct dnsv_error *err);

/*
 * Whether a value of a type holding one host name (NS, CNAME, ...) names a
 * host under domain ("gandi.net": ns1.gandi.net, not gandi.net itself), the
 * value read as stored (zone unknown, final dot or not).
 */
bool dnsv_host_under(const char *type, const char *api_text, const char *domain);

/*
 * A DNSKEY (a zone's key, for its parent's DS), as a user gives it: its
 * rdata ("257 3 13 BASE64", the key possibly split by blanks, the algorithm
 * a number or a mnemonic) or a whole record ("example.com. 3600 IN DNSKEY
 * 257 3 13 ..."), with comments (;) and parentheses as dnssec-keygen's .key
 * files and dig hold them. Checked: flags 257 (KSK) or 256 (ZSK), protocol
 * 3, an algorithm for signing zones, a public key of its algorithm's size.
 */
struct dnsv_dnskey {
	unsigned flags, protocol, algorithm;
	unsigned tag;     /* the key tag (RFC 4034 appendix B) */
	char *public_key; /* base64, in one spelling (decoded and encoded again) */
	char *owner;      /* the owner of a whole record, as written, or NULL */
};
/* 0 with *out filled (release with dnsv_dnskey_free()), or -1 with *err. */
int dnsv_dnskey(const char *text, struct dnsv_dnskey *out, struct dnsv_error *err);
void dnsv_dnskey_free(struct dnsv_dnskey *k);

#endif
