/*
 * The difference between a desired zone (a file) and the live one, RRset by
 * RRset: which RRsets to add, which to change (values and TTL) and which to
 * remove, compared by meaning rather than spelling. Nothing here talks to
 * the network or prints.
 *
 * Meaning: names compare case-insensitively; values (in LiveDNS's text form,
 * DNSV_API) by their canonical form, dnsv_key() (value.h: TXT by content,
 * names case-insensitive and absolute against the zone, addresses by value,
 * hex in any case...); the TTL counts. Values are a set: order and
 * duplicates do not matter.
 *
 * Left alone unless ZD_EXACT: the SOA (LiveDNS writes its own; an SOA that
 * only one side has is not a difference) and Gandi's own name servers at
 * the apex (an apex NS RRset whose every host is under gandi.net, when the
 * other side has no apex NS at all).
 *
 * Cost: linear in the number of RRsets and values (hash tables on the
 * (name, type) keys), plus the sorting of the changes.
 *
 * Ownership: zonediff() fills a struct zonediff whose arrays it owns and
 * zonediff_free() releases; the RRsets and value strings they point to are
 * borrowed from the caller's arrays, which must outlive the diff.
 */
#ifndef GANDI_ZONEDIFF_H
#define GANDI_ZONEDIFF_H

#include <stdbool.h>
#include <stddef.h>

/* An RRset as both sides give it. */
struct zd_rrset {
	const char *name;          /* relative to the zone: "@", "www" (any case) */
	const char *type;          /* upper case: "TXT" */
	long long ttl;
	const char *const *values; /* as LiveDNS stores them (TXT quoted) */
	size_t nvalues;
	int line;                  /* where the file gives it; 0 when unknown */
};

enum zd_action { ZD_ADD, ZD_CHANGE, ZD_REMOVE };

struct zd_change {
	enum zd_action action;
	const struct zd_rrset *want; /* the file's RRset; NULL for ZD_REMOVE */
	const struct zd_rrset *have; /* the live RRset; NULL for ZD_ADD */
	long long ttl;               /* the TTL to write (not for ZD_REMOVE) */
	const char **values;         /* the values to write, file's first (not for ZD_REMOVE) */
	size_t nvalues;
	const char **added;          /* values Gandi does not have yet */
	size_t nadded;
	const char **removed;        /* values that leave Gandi */
	size_t nremoved;
	const char **kept;           /* values on both sides (in the live spelling) */
	size_t nkept;
};

enum zd_reason {
	ZD_SOA,       /* the SOA: LiveDNS writes its own */
	ZD_GANDI_NS,  /* Gandi's own name servers at the apex */
	ZD_KEPT,      /* only at Gandi, and ZD_NO_DELETE keeps it */
};

/* An RRset that one side has and that is left as it is. */
struct zd_left {
	const struct zd_rrset *rrset;
	bool live;           /* a live RRset kept; false: a file RRset not written */
	enum zd_reason reason;
};

enum zd_flag {
	ZD_NO_DELETE = 1 << 0, /* remove nothing: RRsets and values only at Gandi stay */
	ZD_EXACT = 1 << 1,     /* no special case for the SOA and Gandi's name servers */
};

struct zonediff {
	struct zd_change *changes; /* by name ("@" first), then type */
	size_t len;
	size_t nadd, nchange, nremove, nsame;
	struct zd_left *left;      /* in the order of the inputs, file side first */
	size_t nleft;
	/* When zonediff() fails: which side gives an RRset twice, and where. */
	bool dup_live;
	size_t dup_first, dup_second;
};

/*
 * Compute the changes that turn have (the live zone) into want (the file)
 * for the zone (its name, for relative host names in values). Returns 0, or
 * -1 when one side gives the same (name, type) twice: out->dup_* then say
 * where, and out holds nothing to free.
 */
int zonediff(const char *zone, const struct zd_rrset *want, size_t nwant,
	     const struct zd_rrset *have, size_t nhave, unsigned flags, struct zonediff *out);

/*
 * zonediff() where the wants marked in same (may be NULL) are known to have
 * a live twin with nothing to write (zd_live_same() found it as the live zone
 * arrived, and did not keep it): they count as unchanged.
 */
int zonediff_known(const char *zone, const struct zd_rrset *want, size_t nwant,
		   const bool *same, const struct zd_rrset *have, size_t nhave, unsigned flags,
		   struct zonediff *out);

/*
 * The live zone compared as it arrives, so that it is never held whole: each
 * live RRset is given to zd_live_same(), which says whether it has a twin in
 * want with nothing to write (then only counted; the caller drops it). The
 * others are kept and given with l->same to zonediff_known().
 */
struct zd_live {
	const struct zd_rrset *want;
	size_t nwant;
	unsigned flags;
	char *zone;          /* lower case, no final dot */
	size_t *slots;       /* want's keys: index + 1, 0 empty */
	size_t mask;
	bool *same;          /* want[i] has a live twin with nothing to write */
	bool *seen;          /* want[i] has a live twin */
	bool dup_live;       /* a live RRset given twice: the twin of want[dup_want] */
	size_t dup_want;
};

/* Start; -1 when want gives a key twice (dup->dup_first, dup->dup_second say where). */
int zd_live_init(struct zd_live *l, const char *zone, const struct zd_rrset *want, size_t nwant,
		 unsigned flags, struct zonediff *dup);
bool zd_live_same(struct zd_live *l, const struct zd_rrset *r);
void zd_live_free(struct zd_live *l);

/* Whether rrsets give a (name, type) twice: then true with *first, *second where. */
bool zd_duplicate(const struct zd_rrset *rrsets, size_t n, size_t *first, size_t *second);

/* Release what zonediff() filled in; the struct is left empty. */
void zonediff_free(struct zonediff *d);

/* Whether an RRset is Gandi's own name servers at the apex. */
bool zd_is_gandi_ns(const struct zd_rrset *r);

/* The order of the changes: by name ("@" first, case-insensitive), then type. */
int zd_rrset_order(const struct zd_rrset *a, const struct zd_rrset *b);

/* The number of RRsets the zone holds once the changes are made. */
size_t zonediff_result_size(const struct zonediff *d);

#endif
