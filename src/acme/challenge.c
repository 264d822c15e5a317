#include "acme/challenge.h"

#include <stdlib.h>
#include <string.h>

#include "config/sha256.h"
#include "dns/record.h"
#include "dns/value.h"
#include "error.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "ops/records.h"
#include "util.h"
#include "xalloc.h"

struct acme_name {
	char *zone, *name; /* "example.com", "_acme-challenge.www" */
	char **values;     /* API spellings (quoted) */
	size_t n;
};

void acme_run_init(struct acme_run *r, struct ctx *ctx)
{
	memset(r, 0, sizeof(*r));
	r->ctx = ctx;
}

void acme_run_free(struct acme_run *r)
{
	for (size_t i = 0; i < r->nnames; i++) {
		free(r->names[i].zone);
		free(r->names[i].name);
		for (size_t k = 0; k < r->names[i].n; k++)
			free(r->names[i].values[k]);
		free(r->names[i].values);
	}
	free(r->names);
	zone_cache_free(&r->zones);
	memset(r, 0, sizeof(*r));
}

char *acme_name_of(const char *identifier)
{
	if (strncmp(identifier, "*.", 2) == 0)
		identifier += 2;
	char *id = zone_name(identifier);
	char *name = xasprintf(ACME_PREFIX "%s", id);
	free(id);
	return name;
}

static void remember(struct acme_run *r, const struct rrkey *k, const char *api_value)
{
	struct acme_name *an = NULL;
	for (size_t i = 0; i < r->nnames && !an; i++)
		if (strcmp(r->names[i].zone, k->zone) == 0 && strcmp(r->names[i].name, k->name) == 0)
			an = &r->names[i];
	if (!an) {
		r->names = xrealloc(r->names, (r->nnames + 1) * sizeof(*r->names));
		an = &r->names[r->nnames++];
		memset(an, 0, sizeof(*an));
		an->zone = xstrdup(k->zone);
		an->name = xstrdup(k->name);
	}
	for (size_t i = 0; i < an->n; i++)
		if (dnsv_same("TXT", an->values[i], DNSV_API, api_value, DNSV_API, k->zone))
			return;
	an->values = xrealloc(an->values, (an->n + 1) * sizeof(char *));
	an->values[an->n++] = xstrdup(api_value);
}

/* The key of the TXT RRset at fqdn, its zone found through the API. */
static int challenge_key(struct acme_run *r, const char *fqdn, struct rrkey *k)
{
	char *zone = NULL;
	size_t len = strlen(fqdn);
	char *abs = len && fqdn[len - 1] == '.' ? xstrdup(fqdn) : xasprintf("%s.", fqdn);
	int rc = zone_find(r->ctx, fqdn, &r->zones, &zone);
	if (!rc)
		rc = rrkey_parse(r->ctx, zone, "TXT", abs, k);
	free(abs);
	free(zone);
	return rc;
}

/*
 * The key of the TXT RRset at fqdn and value (the TXT text, checked before
 * any request) as LiveDNS stores it.
 */
static int challenge_values(struct acme_run *r, const char *fqdn, const char *value,
			    struct rrkey *k, struct rrvalues *values)
{
	struct rrkey check = {.zone = "example.invalid", .type = "TXT"};
	struct rrvalues first = {0};
	char *arg = (char *)value;
	int rc = values_parse(r->ctx, &check, 1, &arg, &first);
	rrvalues_free(&first);
	if (!rc)
		rc = challenge_key(r, fqdn, k);
	if (!rc)
		rc = values_parse(r->ctx, k, 1, &arg, values);
	return rc;
}

int acme_add(struct acme_run *r, const char *fqdn, const char *value)
{
	struct rrkey k = {0};
	struct rrvalues values = {0};
	struct record_change done = {0};
	int rc = challenge_values(r, fqdn, value, &k, &values);
	if (!rc)
		rc = record_add(r->ctx, &k, &values, ACME_TTL, &done);
	if (!rc)
		remember(r, &k, values.api[0]);
	record_change_free(&done);
	rrvalues_free(&values);
	rrkey_free(&k);
	return rc;
}

int acme_remove(struct acme_run *r, const char *fqdn, const char *value)
{
	struct rrkey k = {0};
	struct rrvalues values = {0};
	struct record_change done = {0};
	int rc = challenge_values(r, fqdn, value, &k, &values);
	if (!rc)
		rc = record_remove(r->ctx, &k, &values, &done);
	record_change_free(&done);
	rrvalues_free(&values);
	rrkey_free(&k);
	return rc;
}

int acme_expect_api(struct acme_run *r, const char *fqdn)
{
	struct rrkey k = {0};
	struct rrset cur = {0};
	bool found = false;
	int rc = challenge_key(r, fqdn, &k);
	if (!rc)
		rc = rrset_get(r->ctx, k.zone, k.name, k.type, &cur, &found, NULL);
	for (size_t i = 0; !rc && found && i < cur.nvalues; i++)
		remember(r, &k, cur.values[i]);
	rrset_free(&cur);
	rrkey_free(&k);
	return rc;
}

int acme_wait(struct acme_run *r, const struct args *a)
{
	struct wait_opts o;
	struct wait_result res;
	struct wait_target *t = xcalloc(r->nnames + 1, sizeof(*t));
	size_t n = 0;
	int rc = wait_opts_from_args(r->ctx, a, a ? "wait-timeout" : NULL, NULL, &o);
	for (size_t i = 0; i < r->nnames; i++) {
		if (!r->names[i].n)
			continue;
		t[n++] = (struct wait_target){r->names[i].zone, r->names[i].name, "TXT", WAIT_PRESENT,
					      (const char *const *)r->names[i].values,
					      r->names[i].n};
	}
	if (!rc && n)
		rc = dns_wait(r->ctx, t, n, &o, &res);
	free(t);
	return rc;
}

bool acme_value_ok(const char *value)
{
	size_t n = strlen(value);
	return n == 43 && strspn(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
				      "0123456789-_") == n;
}

char *acme_value_of_keyauth(const char *keyauth)
{
	static const char b64[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	unsigned char d[32];
	char *out = xmalloc(44), *p = out;
	sha256(keyauth, strlen(keyauth), d);
	for (size_t i = 0; i < 32; i += 3) {
		unsigned v = (unsigned)d[i] << 16 | (i + 1 < 32 ? (unsigned)d[i + 1] << 8 : 0) |
			     (i + 2 < 32 ? d[i + 2] : 0);
		*p++ = b64[v >> 18 & 63];
		*p++ = b64[v >> 12 & 63];
		if (i + 1 < 32)
			*p++ = b64[v >> 6 & 63];
		if (i + 2 < 32)
			*p++ = b64[v & 63];
	}
	*p = '\0';
	return out;
}
