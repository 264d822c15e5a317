#include "dnssec-show.h"

#include <stdio.h>
#include <string.h>

#include "error.h"

static const struct {
	const char *state, *meaning;
} meanings[] = {
	{"inactive", "off"},
	{"activating", "being turned on"},
	{"active", "on"},
	{"deactivating", "being turned off"},
	{"activation_error", "turning it on failed"},
	{"deactivation_error", "turning it off failed"},
};

const char *dnssec_meaning(const char *state)
{
	for (size_t i = 0; state && i < sizeof(meanings) / sizeof(meanings[0]); i++)
		if (strcmp(meanings[i].state, state) == 0)
			return meanings[i].meaning;
	return "in a state gandi does not know";
}

bool dnssec_moving(const char *state)
{
	return state && (strcmp(state, "activating") == 0 || strcmp(state, "deactivating") == 0);
}

void dnssec_follow(struct ctx *ctx, const char *fqdn, const char *state)
{
	if (state && strcmp(state, "deactivating") == 0)
		note(ctx, "Gandi withdraws the DS from the registry and stops signing in the "
			  "background; follow it with: gandi dns dnssec status %s", fqdn);
	else
		note(ctx, "Gandi signs the zone and gives its DS to the registry in the background; "
			  "follow it with: gandi dns dnssec status %s", fqdn);
}

const char *zone_key_kind(const struct zone_key *k)
{
	static char other[32];
	if (k->flags == ZONE_KEY_KSK)
		return "KSK";
	if (k->flags == ZONE_KEY_ZSK)
		return "ZSK";
	snprintf(other, sizeof(other), "flags %lld", k->flags);
	return other;
}

const char *zone_key_state(const struct zone_key *k)
{
	return k->deleted ? "deleted" : k->status ? k->status : "active";
}
