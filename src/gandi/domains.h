/*
 * Domain requests shared by the domain commands: the URL of a domain, and
 * reading its details.
 */
#ifndef GANDI_DOMAINS_H
#define GANDI_DOMAINS_H

#include <jansson.h>

#include "ctx.h"
#include "gandi/decode.h"

/* .../domain/domains/FQDN followed by suffix ("" or "/renew"...). */
char *domain_url(struct ctx *ctx, const char *fqdn, const char *suffix);
/* Read a domain's details; raw (may be NULL) receives the API's object. */
int domain_read(struct ctx *ctx, const char *fqdn, struct domain_info *out, json_t **raw);
/* "2027-03-12" from an API date, or "-" (static buffer). */
const char *date_only(const char *api_date);

#endif
