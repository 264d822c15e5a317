/*
 * IP addresses as commands take them (glue records, AXFR secondaries):
 * IPv4 or IPv6, parsed by the value module and compared by value
 * (2001:db8::53 is 2001:0db8:0:0:0:0:0:53).
 *
 * Ownership: lists and strings returned are the caller's.
 */
#ifndef GANDI_IP_LIST_H
#define GANDI_IP_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "util.h"

/* argv's addresses in their standard spelling, repeats by value dropped; EXIT_USAGE on a bad one. */
int ip_list_parse(struct ctx *ctx, int argc, char **argv, struct strlist *out);
/* The item of v that is ip by value, or NULL. */
const char *ip_list_find(const char *const *v, size_t n, const char *ip);
/* Whether two lists hold the same addresses, by value. */
bool ip_list_same(const char *const *a, size_t na, const char *const *b, size_t nb);
/* "198.51.100.53, 2001:db8::53" (to free()). */
char *ip_list_text(const char *const *ips, size_t n);

#endif
