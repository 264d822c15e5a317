/*
 * Master files (RFC 1035 zone files): this project's own parser, and the
 * grouping of their records into the RRsets LiveDNS stores.
 *
 * zone_parse() reads a whole zone text (pointer and length, no NUL needed)
 * and returns every record in file order, or NULL with the errors, each
 * naming the file, line and column: the parse goes on after an error (at the
 * next line, or after the parentheses it was in) so that one run reports
 * every error of a file, ZONE_ERRORS_SHOWN of them in full. It understands $ORIGIN, $TTL (with units: 1h30m,
 * 1w), @, relative and absolute names, escapes in names, owners carried over
 * from the line above, an optional class IN, TTL and class in either order,
 * parentheses across lines, comments, quoted strings with \" \\ \DDD and
 * RFC 3597 generic rdata (\# LEN HEX). $INCLUDE, classes other than IN and
 * unknown type mnemonics (write them TYPEnnn) are refused. Lines and columns
 * count from 1; a column counts bytes (a tab is one).
 *
 * Every record is kept, whatever its type. For the types LiveDNS accepts the
 * parser also checks the rdata through the value module (value.h) and keeps
 * the value as LiveDNS stores it and its canonical form (zone_record.value,
 * .key); a value that is well-formed but that gandi refuses (an MX pointing
 * at an IP address) does not stop the parse: zone_record.refused says why.
 * zone_unsupported() lists the records LiveDNS cannot hold (other types,
 * owners outside the zone, refused values) so that the caller can report
 * them.
 *
 * Ownership: zone_parse() returns a struct zone that owns every record,
 * field and string reachable from it; zone_free() releases all of it at
 * once. zone_rrsets() fills a struct zone_rrsets whose arrays and warnings
 * it owns (release with zone_rrsets_free()) but whose strings are borrowed
 * from the zone: free the RRsets before, or together with, the zone.
 * zone_unsupported() returns an array that the caller releases with free().
 */
#ifndef GANDI_ZONE_H
#define GANDI_ZONE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The largest TTL a zone may give (RFC 2181: the top bit is zero). */
#define ZONE_TTL_MAX 2147483647u

/* Errors of a file kept in full; those after are counted. */
#define ZONE_ERRORS_SHOWN 20

struct zone_error {
	/* the first: "'zone.txt' line 12, column 8: unterminated quoted string" */
	char msg[512];
	int line, col; /* 1-based; 0 when no position applies (a bad origin) */
	size_t count;  /* how many errors the file holds, all told */
	/* the next ones, in file order: min(count, ZONE_ERRORS_SHOWN) - 1 of them */
	char more[ZONE_ERRORS_SHOWN - 1][512];
};

/* One rdata field. */
struct zone_field {
	const char *data; /* escapes and quotes removed; NUL-terminated, may hold NUL */
	size_t len;       /* bytes in data */
	const char *text; /* as written, escapes kept (for a quoted field: data re-quoted) */
	bool quoted;      /* the whole field was one "quoted string" */
	int line, col;
};

struct zone_record {
	const char *owner;  /* absolute, as written with the origin applied: "www.example.com." */
	const char *name;   /* relative to the zone: "@", "www", "_acme-challenge.sub";
	                       the absolute owner when outside */
	bool outside;       /* the owner is not the zone's origin nor below it */
	uint32_t ttl;
	const char *rclass; /* always "IN" */
	const char *type;   /* upper case; TYPE1 is written A, unknown ones TYPE999 */
	const struct zone_field *fields;
	size_t nfields;
	/* The fields joined by one space, quoted strings re-quoted with \" \\ and
	   \DDD for bytes outside printable ASCII. */
	const char *rdata;
	/* The value in LiveDNS's text form (names absolute, strings quoted,
	   numbers and addresses normalized: value.h's DNSV_PRINT_API), or NULL
	   when LiveDNS does not accept the type or gandi refuses the value. */
	const char *value;
	/* The canonical form of value (value.h), for comparisons; NULL with value. */
	const char *key;
	/* Why gandi refuses a well-formed value of a LiveDNS type ("column 9:
	   invalid MX exchange '192.0.2.1': an IP address, ..."), or NULL. */
	const char *refused;
	const char *origin; /* the $ORIGIN in force at this record */
	int line, col;      /* where the record starts */
};

struct zone_arena;

struct zone {
	const char *file;   /* as given to zone_parse(), for messages */
	const char *origin; /* the zone's origin, absolute */
	/* The first $ORIGIN naming neither the zone nor a name under it (the file
	   of another zone), absolute, and its line; NULL and 0 when none does. */
	const char *foreign_origin;
	int foreign_line;
	struct zone_record *records;
	size_t len;
	size_t cap_;
	struct zone_arena *arena_;
};

/*
 * Parse a master file. file names it in messages; origin is the zone's name
 * ("example.com." or "example.com": a final dot is implied); default_ttl
 * applies to records before any $TTL line that give no TTL. Returns the zone,
 * or NULL with *err filled in (every error, as above).
 */
struct zone *zone_parse(const char *text, size_t len, const char *file,
			const char *origin, uint32_t default_ttl,
			struct zone_error *err);

/* Release a zone returned by zone_parse() (NULL is fine). */
void zone_free(struct zone *z);

/*
 * Whether LiveDNS accepts this record type (upper case): A AAAA ALIAS CAA
 * CDS CNAME DNAME DS HTTPS KEY LOC MX NAPTR NS OPENPGPKEY PTR RP SOA SPF
 * SRV SSHFP SVCB TLSA TXT WKS.
 */
bool zone_type_is_livedns(const char *type);

struct zone_unsupported {
	const struct zone_record *record;
	const char *reason; /* "type not accepted by LiveDNS", "owner outside the zone",
			       or zone_record.refused */
};

/*
 * The records LiveDNS cannot hold, in file order: those of other types,
 * those whose value gandi refuses and those whose owner is outside the zone. Returns how many; *out (to free())
 * is NULL when there are none.
 */
size_t zone_unsupported(const struct zone *z, struct zone_unsupported **out);

struct zone_rrset {
	const char *name;   /* relative, as zone_record.name (first spelling seen) */
	const char *type;
	uint32_t ttl;       /* the lowest TTL of its records */
	const char **values; /* zone_record.value, or rdata for other types and refused
				values; no duplicates (by meaning: zone_record.key) */
	size_t nvalues;
	int line;           /* the line of its first record */
	bool livedns;       /* the type is one LiveDNS accepts, and no value is refused */
	bool outside;       /* the owner is outside the zone */
};

struct zone_rrsets {
	struct zone_rrset *items; /* in the order of their first record */
	size_t len;
	char **warnings; /* "'zone.txt' ...": differing TTLs, duplicate records */
	size_t nwarnings;
	const char **values_; /* the storage behind every items[].values */
};

/*
 * Group the records into RRsets keyed by (relative name, case-insensitive;
 * type; owner inside or outside the zone; values refused or not). An RRset whose records give different TTLs takes the lowest and
 * gets a warning naming the lines; a record repeated in one RRset is kept
 * once, with a warning. Linear in the number of records.
 */
void zone_rrsets(const struct zone *z, struct zone_rrsets *out);

/* Release what zone_rrsets() filled in; the struct is left empty. */
void zone_rrsets_free(struct zone_rrsets *s);

#endif
