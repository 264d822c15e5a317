/*
 * The arguments that name an RRset and its values, as the dns commands and
 * the browser take them: DOMAIN TYPE NAME VALUE... checked before anything
 * is sent (a bad one is a usage error, exit 2, naming the bad part).
 *
 * Ownership: rrkey_free() releases a key; value lists are strlists
 * (util.h) the caller releases.
 */
#ifndef GANDI_RRKEY_H
#define GANDI_RRKEY_H

#include "ctx.h"
#include "util.h"

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

/*
 * Check and convert each VALUE for k->type into what LiveDNS stores (TXT
 * quoted...), leaving out those that mean the same as one before; appended
 * to values. Returns 0 or EXIT_USAGE with ctx->err set.
 */
int values_parse(struct ctx *ctx, const struct rrkey *k, int argc, char **argv,
		 struct strlist *values);

/* Whether value is among values (meaning, not spelling). */
bool values_contain(const char *type, const char *const *values, size_t n, const char *value);
/* Whether every value of a is in b and every value of b in a (meaning, not spelling). */
bool values_same(const char *type, const char *const *a, size_t na, const char *const *b,
		 size_t nb);
/* "1.2.3.4, 5.6.7.8" with TXT shown as text, for messages (to free()). */
char *values_text(const char *type, const char *const *values, size_t n);

#endif
