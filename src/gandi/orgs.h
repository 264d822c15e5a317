/*
 * Organizations the token can see (GET /organization/organizations).
 */
#ifndef GANDI_ORGS_H
#define GANDI_ORGS_H

#include <jansson.h>

#include "ctx.h"

/*
 * The organizations as the API returns them, in *out (a new reference).
 * quiet: on failure, no error is left in ctx (used for hints).
 */
int orgs_read(struct ctx *ctx, bool quiet, json_t **out);
/* "alice (a11ce000-...), Example Corp (c0c0...)" for messages (to free()). */
char *orgs_text(const json_t *orgs);

#endif
