/*
 * The addresses of one of this machine's network interfaces, for gandi ddns
 * --from-interface: those of global scope only (not loopback, not
 * link-local, not 0.0.0.0), and of IPv6 neither temporary (privacy
 * extensions: they change every day), deprecated, tentative nor failed
 * duplicate detection, as /proc/net/if_inet6 flags them.
 *
 * Ownership: the strlists filled are the caller's (strlist_free()).
 */
#ifndef GANDI_NET_IFADDR_H
#define GANDI_NET_IFADDR_H

#include "ctx.h"
#include "util.h"

/*
 * The global addresses of interface name, as text ("192.0.2.7",
 * "2001:db8::7"), IPv4 into v4 and IPv6 into v6, in the kernel's order.
 * Returns 0; EXIT_USAGE with ctx->err when there is no such interface
 * (naming those there are); EXIT_ERROR when it has no global address, or
 * the list cannot be read.
 */
int ifaddr_global(struct ctx *ctx, const char *name, struct strlist *v4, struct strlist *v6);

#endif
