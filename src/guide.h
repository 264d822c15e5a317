/*
 * Setup guidance: what gandi tells the user when there is no token, when
 * Gandi rejects it (401) and when it lacks a permission (403). Each fills
 * ctx->err (heading, numbered steps, and the same facts as JSON fields) and
 * returns the exit code.
 */
#ifndef GANDI_GUIDE_H
#define GANDI_GUIDE_H

#include "ctx.h"

/* The dashboard's name of a permission: "Manage domain name technical configurations". */
const char *scope_label(const char *scope);
/* "Manage domain name technical configurations (domain:tech)" in a static buffer. */
const char *scope_both(const char *scope);
/* The dashboard's address for the API in use (sandbox or production). */
const char *dashboard_url(const struct ctx *ctx);

int guide_no_token(struct ctx *ctx);
/* why: Gandi's message, or NULL. */
int guide_rejected(struct ctx *ctx, const char *why);
/* scope: the permission needed (the command's, or a route's), or NULL. */
int guide_denied(struct ctx *ctx, const char *scope, const char *why);

#endif
