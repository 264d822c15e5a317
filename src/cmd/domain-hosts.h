/*
 * What the glue record commands share: host names and addresses as the user
 * gives them, checked before anything is sent (addresses parsed and compared
 * by value: 2001:db8::53 is 2001:0db8:0:0:0:0:0:53), and whether the
 * domain's own delegation names a host (glue "in use": changing or deleting
 * it can take the domain off the air).
 *
 * Ownership: strings and lists returned are the caller's.
 */
#ifndef GANDI_DOMAIN_HOSTS_H
#define GANDI_DOMAIN_HOSTS_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "ip-list.h"
#include "util.h"

/* A host name under fqdn ("ns1", "ns1.example.net.", "@") as Gandi names it: "ns1". */
int glue_name(struct ctx *ctx, const char *fqdn, const char *arg, char **name);
/* The host's full name: "ns1.example.net" (fqdn itself for "@"; to free()). */
char *glue_fqdn(const char *fqdn, const char *name);
/* The addresses after --ip (ip_list_parse() of ip-list.h), at least one. */
int glue_addresses(struct ctx *ctx, int argc, char **argv, struct strlist *out);
/*
 * Whether the domain's nameservers (its delegation at the registry) name the
 * host: *used, and in *ns (to free(), may be NULL) the nameservers as text.
 */
int glue_in_use(struct ctx *ctx, const char *fqdn, const char *name, bool *used, char **ns);

#endif
