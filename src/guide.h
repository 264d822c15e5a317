/*
 * Setup guidance: what gandi tells the user when there is no token, when
 * Gandi rejects it (401) and when it lacks a permission (403): a heading,
 * numbered steps, and the same facts as JSON fields, composed from the facts
 * of the failed call (error.h) when the error is shown.
 */
#ifndef GANDI_GUIDE_H
#define GANDI_GUIDE_H

#include "ctx.h"
#include "error.h"

/* A permission (scope) and the dashboard's name for it. */
struct scope_doc {
	const char *scope, *label;
};
/* Every permission gandi's commands need; ends with a zeroed entry. */
extern const struct scope_doc scope_docs[];

/* The dashboard's name of a permission: "Manage domain name technical configurations". */
const char *scope_label(const char *scope);
/* "Manage domain name technical configurations (domain:tech)" in a static buffer. */
const char *scope_both(const char *scope);
/* The dashboard's address for the API in use (sandbox or production). */
const char *dashboard_url(const struct ctx *ctx);

/* Record the error of a command run without a token (EXIT_AUTH), returned. */
int guide_no_token(struct ctx *ctx);

/*
 * For error.c, composing the error e of a failed call: the setup steps when
 * there is no token, when Gandi rejects it (401) and when it lacks a
 * permission (403). scope: the permission the call needed (NULL: the
 * command's); why: Gandi's message, or NULL.
 */
void guide_no_token_text(const struct ctx *ctx, struct error *e, const char *scope);
void guide_rejected(const struct ctx *ctx, struct error *e, const char *scope, const char *why);
void guide_denied(const struct ctx *ctx, struct error *e, const char *scope, const char *why);

#endif
