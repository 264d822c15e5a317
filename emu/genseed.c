/*
 * --generate-seed: large seeds for benchmarks, built on the built-in seed so
 * that its tokens keep working.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "seed.h"
#include "xalloc.h"

/* The id of the organization of the built-in seed's "all" token. */
static const char *main_org(json_t *seed)
{
	size_t i;
	json_t *t;
	json_array_foreach(json_object_get(seed, "tokens"), i, t) {
		const char *name = json_string_value(json_object_get(t, "name"));
		if (name && strcmp(name, "all") == 0)
			return json_string_value(json_object_get(t, "organization"));
	}
	return json_string_value(
		json_object_get(json_array_get(json_object_get(seed, "organizations"), 0), "id"));
}

static json_t *record(const char *name, const char *type, int ttl, const char *value)
{
	return json_pack("{s:s, s:s, s:i, s:[s]}", "rrset_name", name, "rrset_type", type,
			 "rrset_ttl", ttl, "rrset_values", value);
}

static json_t *domain(const char *fqdn, const char *org, size_t i, json_t *records)
{
	char ends[16], created[16];
	snprintf(ends, sizeof ends, "+%zud", 1 + i % 730);
	snprintf(created, sizeof created, "-%zud", 30 + i % 3000);
	return json_pack("{s:s, s:s, s:{s:s, s:s, s:s, s:s}, s:b, s:{s:b, s:o}}", "fqdn", fqdn,
			 "organization", org, "dates", "created_at", created,
			 "registry_created_at", created, "registry_ends_at", ends, "updated_at",
			 "-1d", "autorenew", (int)(i % 3 == 0), "livedns", "automatic_snapshots", 1,
			 "records", records);
}

int generate_seed(size_t ndomains, size_t nrecords)
{
	int rc = -1;
	json_error_t err;
	json_t *seed = json_loadb((const char *)emu_seed_json, emu_seed_json_len, 0, &err);
	if (!seed) {
		fprintf(stderr, "gandi-emu: the built-in seed is not valid JSON: %s\n", err.text);
		goto out;
	}
	const char *org = main_org(seed);
	json_t *domains = json_object_get(seed, "domains");
	for (size_t i = 1; i <= ndomains; i++) {
		char fqdn[64];
		snprintf(fqdn, sizeof fqdn, "bench-%06zu.example", i);
		json_t *recs = json_array();
		char ip[32];
		snprintf(ip, sizeof ip, "198.51.100.%zu", 1 + i % 254);
		json_array_append_new(recs, record("@", "A", 10800, ip));
		char target[80];
		snprintf(target, sizeof target, "%s.", fqdn);
		json_array_append_new(recs, record("www", "CNAME", 10800, target));
		json_array_append_new(domains, domain(fqdn, org, i, recs));
	}
	if (nrecords) {
		json_t *recs = json_array();
		for (size_t i = 0; i < nrecords; i++) {
			char name[32], value[64];
			snprintf(name, sizeof name, "host%06zu", i);
			if (i % 10 == 9) {
				snprintf(value, sizeof value, "\"bench record %zu\"", i);
				json_array_append_new(recs, record(name, "TXT", 3600, value));
			} else {
				snprintf(value, sizeof value, "10.%zu.%zu.%zu", (i >> 16) & 255,
					 (i >> 8) & 255, i & 255);
				json_array_append_new(recs, record(name, "A", 300, value));
			}
		}
		json_array_append_new(domains, domain("big.example", org, 0, recs));
	}
	if (json_dumpf(seed, stdout, JSON_INDENT(1)) < 0 || fputc('\n', stdout) == EOF ||
	    fflush(stdout) == EOF) {
		perror("gandi-emu: cannot write the seed");
		goto out;
	}
	rc = 0;
out:
	json_decref(seed);
	return rc;
}
