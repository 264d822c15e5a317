/*
 * Organizations the token can see (GET /organization/organizations).
 */
#ifndef GANDI_ORGS_H
#define GANDI_ORGS_H

#include "gandi/gandi.h"
#include "gandi/types.h"

struct org_list {
	struct org *items;
	size_t len;
	struct jv *raw; /* the API's array, for --json */
};

/*
 * Every organization (all pages; needs organization:view). Returns 0, or an
 * exit code with ctx->err set.
 */
int orgs_list(struct ctx *ctx, struct org_list *out);
void org_list_free(struct org_list *l);
/* "alice (a11ce000-...), Example Corp (c0c0...)" for messages (to free()). */
char *orgs_text(const struct org_list *l);

#endif
