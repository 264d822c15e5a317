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

/* PATCH: turn automatic renewal on or off. */
int domain_autorenew_change(struct ctx *ctx, const char *fqdn, bool on);
/* PUT: the registry's nameservers become ns (host names without the final dot). */
int domain_nameservers_change(struct ctx *ctx, const char *fqdn, const char *const *ns,
			      size_t n);

#endif
