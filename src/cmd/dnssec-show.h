/*
 * How the DNSSEC commands word the one-shot switch's states (gandi-api.md
 * §9.2) and show the keys LiveDNS signs a zone with.
 */
#ifndef GANDI_DNSSEC_SHOW_H
#define GANDI_DNSSEC_SHOW_H

#include <stdbool.h>

#include "ctx.h"
#include "gandi/dnssec.h"

/* What a state means, for people: "on", "being turned on", "turning it off failed"... */
const char *dnssec_meaning(const char *state);
/* Whether the state is one Gandi is still moving from (activating, deactivating). */
bool dnssec_moving(const char *state);
/* The note that says what Gandi does in the background for state, and how to follow it. */
void dnssec_follow(struct ctx *ctx, const char *fqdn, const char *state);
/* "KSK" or "ZSK" (or "flags N", in a static buffer). */
const char *zone_key_kind(const struct zone_key *k);
/* "active", or "deleted" */
const char *zone_key_state(const struct zone_key *k);

#endif
