/*
 * The writes to a domain's registration that the commands and the browser
 * share: when one fails in a way that it may still have been carried out
 * (its answer lost, a gateway failing), the domain is read again and the
 * report says what holds (ops/recheck.h). (domain renew, a paid operation,
 * has its own recheck in gandi/domains.c.)
 */
#ifndef GANDI_OPS_DOMAINS_H
#define GANDI_OPS_DOMAINS_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "gandi/domains.h"

/* PATCH: turn automatic renewal on or off. */
int domain_autorenew_change(struct ctx *ctx, const char *fqdn, bool on);
/* PUT: the registry's nameservers become ns (host names without the final dot). */
int domain_nameservers_change(struct ctx *ctx, const char *fqdn, const char *const *ns,
			      size_t n);

/*
 * Whether Gandi's renewal rules allow renewing fqdn for years now: 0, or an
 * exit code with ctx->err set (prohibited, or years outside what is allowed:
 * a usage error naming the range).
 */
int domain_renew_allowed(struct ctx *ctx, const char *fqdn, long years);

/*
 * What Gandi says renewing fqdn for years costs, as "18.60 EUR a year, taxes
 * included" (to free()), or NULL when it says nothing. The price is
 * information, never a reason to stop: a failed check is cleared from ctx->err.
 * When price is not NULL it receives the figures (renew_price_free() it).
 */
char *domain_renew_price_text(struct ctx *ctx, const char *fqdn, long years,
			      struct renew_price *price);

#endif
