#include "gandi/dnssec.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gandi/call.h"
#include "output/output-json.h"
#include "xalloc.h"

/* ---- the keys LiveDNS signs a zone with ---- */

static void keys_call(struct call *c, const char *method, const char *zone, const char *id,
		      unsigned flags)
{
	call_init(c, method, "domain:tech", flags);
	call_path(c, "/livedns/domains/%s/keys", zone);
	if (id)
		call_path(c, "/%s", id);
	call_about_domain(c, zone);
}

/* The key tag of a DS line ("example.com. 3600 IN DS 50651 13 2 ..."), or -1. */
static long long ds_tag(const char *ds)
{
	const char *p = ds ? strstr(ds, " DS ") : NULL;
	char *end;
	if (!p)
		return -1;
	long long tag = strtoll(p + 4, &end, 10);
	return end != p + 4 && (*end == ' ' || *end == '\t') && tag >= 0 && tag <= 65535 ? tag
											     : -1;
}

static bool decode_zone_key(struct decoder *d, const json_t *j, struct zone_key *out)
{
	memset(out, 0, sizeof(*out));
	out->id = dec_strdup(d, j, "id", true);
	out->flags = dec_int(d, j, "flags", true, 0);
	out->algorithm = dec_int(d, j, "algorithm", false, 0);
	out->algorithm_name = dec_strdup(d, j, "algorithm_name", false);
	out->status = dec_strdup(d, j, "status", false);
	out->deleted = dec_bool(d, j, "deleted", false, false);
	out->ds = dec_strdup(d, j, "ds", false);
	out->tag = dec_int(d, j, "tag", false, -1);
	if (out->tag < 0)
		out->tag = ds_tag(out->ds);
	out->fingerprint = dec_strdup(d, j, "fingerprint", false);
	out->public_key = dec_strdup(d, j, "public_key", false);
	return d->error == NULL;
}

void zone_key_free(struct zone_key *k)
{
	free(k->id);
	free(k->algorithm_name);
	free(k->status);
	free(k->ds);
	free(k->fingerprint);
	free(k->public_key);
	memset(k, 0, sizeof(*k));
}

int zone_keys_each(struct ctx *ctx, const char *zone, zone_key_fn *each, void *arg)
{
	struct call c;
	struct reply r;
	keys_call(&c, "GET", zone, NULL, 0);
	int rc = call_send(ctx, &c, &r);
	if (!rc && !json_is_array(r.json))
		rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: the DNSSEC "
			       "keys of %s are not a list", zone);
	for (size_t i = 0; !rc && i < json_array_size(r.json); i++) {
		const json_t *item = json_array_get(r.json, i);
		struct decoder d = {.what = "DNSSEC key"};
		struct zone_key k;
		if (decode_zone_key(&d, item, &k))
			rc = each(arg, &k, jv_of(item));
		else
			rc = call_decode_error(ctx, &d);
		zone_key_free(&k);
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int zone_key_get(struct ctx *ctx, const char *zone, const char *id, struct zone_key *out,
		 struct jv **raw)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	keys_call(&c, "GET", zone, id, CALL_ABSENT_404);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT) {
		rc = error_set(ctx, EXIT_NOTFOUND, "not_found", "%s has no DNSSEC key '%s'", zone,
			       id);
		error_detail(ctx, "hint: 'gandi dns keys list %s' lists its keys\n", zone);
	} else if (!rc) {
		struct decoder d = {.what = "DNSSEC key"};
		if (!decode_zone_key(&d, r.json, out)) {
			rc = call_decode_error(ctx, &d);
			zone_key_free(out);
		} else if (raw) {
			*raw = jv_ref(jv_of(r.json));
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

bool zone_key_id_ok(const char *id)
{
	size_t n = strlen(id);
	bool ok = n > 0 && n <= 64;
	for (const char *p = id; *p && ok; p++)
		ok = isalnum((unsigned char)*p) || *p == '-';
	return ok;
}

int zone_key_create(struct ctx *ctx, const char *zone, int flags, char **id)
{
	struct call c;
	struct reply r;
	*id = NULL;
	keys_call(&c, "POST", zone, NULL, 0);
	call_body(&c, json_pack("{si}", "flags", flags));
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		/* Gandi names the new key only in its Location (gandi-api.md §9.1) */
		const char *slash = r.http.location ? strrchr(r.http.location, '/') : NULL;
		if (slash && zone_key_id_ok(slash + 1))
			*id = xstrdup(slash + 1);
		else
			rc = error_set(ctx, EXIT_ERROR, "api", "Gandi created a DNSSEC key for %s but "
				       "did not say its id", zone);
		if (rc)
			error_detail(ctx, "hint: 'gandi dns keys list %s' lists its keys\n", zone);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

static int send_only(struct ctx *ctx, struct call *c)
{
	struct reply r;
	int rc = call_send(ctx, c, &r);
	reply_free(&r);
	call_free(c);
	return rc;
}

int zone_key_delete(struct ctx *ctx, const char *zone, const char *id)
{
	struct call c;
	keys_call(&c, "DELETE", zone, id, 0);
	return send_only(ctx, &c);
}

int zone_key_restore(struct ctx *ctx, const char *zone, const char *id)
{
	struct call c;
	keys_call(&c, "PATCH", zone, id, 0);
	call_body(&c, json_pack("{sb}", "deleted", 0));
	return send_only(ctx, &c);
}

/* ---- the one-shot switch ---- */

static void switch_call(struct call *c, const char *method, const char *scope,
			const char *fqdn)
{
	call_init(c, method, scope, 0);
	call_path(c, "/domain/domains/%s/livedns/dnssec", fqdn);
	call_about_domain(c, fqdn);
}

static bool decode_state(struct decoder *d, const json_t *j, struct dnssec_state *out)
{
	memset(out, 0, sizeof(*out));
	out->state = dec_strdup(d, j, "state", true);
	out->error = dec_strdup(d, j, "error", false);
	out->cause = dec_strdup(d, j, "cause", false);
	return d->error == NULL;
}

void dnssec_state_free(struct dnssec_state *s)
{
	free(s->state);
	free(s->error);
	free(s->cause);
	memset(s, 0, sizeof(*s));
}

int dnssec_read(struct ctx *ctx, const char *fqdn, struct dnssec_state *out, struct jv **raw)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	switch_call(&c, "GET", "domain:view", fqdn);
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "DNSSEC state"};
		if (!decode_state(&d, r.json, out)) {
			rc = call_decode_error(ctx, &d);
			dnssec_state_free(out);
		} else if (raw) {
			*raw = jv_ref(jv_of(r.json));
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

/*
 * A refusal of the switch: a 409 (or a 400) whose body says the state the
 * domain is in (gandi-api.md §9.2). Fills out and returns true when it is one.
 */
static bool refusal(const struct reply *r, struct dnssec_state *out)
{
	json_error_t jerr;
	if (r->status != 409 && r->status != 400)
		return false;
	json_t *j = r->http.body.len ? json_loadb(r->http.body.data, r->http.body.len, 0, &jerr)
				     : NULL;
	struct decoder d = {.what = "DNSSEC state"};
	bool ok = json_is_object(j) && json_is_string(json_object_get(j, "state")) &&
		  decode_state(&d, j, out);
	if (!ok)
		dnssec_state_free(out);
	decoder_free(&d);
	json_decref(j);
	return ok;
}

int dnssec_switch(struct ctx *ctx, const char *fqdn, bool on, struct dnssec_state *out,
		  bool *refused)
{
	struct call c;
	struct reply r;
	struct api_fault *fault = NULL;
	memset(out, 0, sizeof(*out));
	*refused = false;
	switch_call(&c, on ? "POST" : "DELETE", "domain:tech", fqdn);
	int rc = call_try(ctx, &c, &r, &fault);
	if (fault && refusal(&r, out)) {
		api_fault_free(fault);
		*refused = true;
		rc = 0;
	} else if (fault) {
		rc = error_api(ctx, fault);
	} else if (!rc) {
		struct decoder d = {.what = "DNSSEC state"};
		if (!decode_state(&d, r.json, out)) {
			rc = call_decode_error(ctx, &d);
			dnssec_state_free(out);
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

/* ---- the keys at the registry ---- */

static void dnskeys_call(struct call *c, const char *method, const char *scope,
			 const char *fqdn)
{
	call_init(c, method, scope, 0);
	call_path(c, "/domain/domains/%s/dnskeys", fqdn);
	call_about_domain(c, fqdn);
}

static bool decode_dnskey(struct decoder *d, const json_t *j, struct dnskey *out)
{
	memset(out, 0, sizeof(*out));
	out->id = dec_int(d, j, "id", true, 0);
	out->keytag = dec_int(d, j, "keytag", false, -1);
	out->algorithm = dec_int(d, j, "algorithm", false, 0);
	out->digest_type = dec_int(d, j, "digest_type", false, 0);
	out->type = dec_strdup(d, j, "type", false);
	out->digest = dec_strdup(d, j, "digest", false);
	out->public_key = dec_strdup(d, j, "public_key", false);
	return d->error == NULL;
}

void dnskey_free(struct dnskey *k)
{
	free(k->type);
	free(k->digest);
	free(k->public_key);
	memset(k, 0, sizeof(*k));
}

struct each_dnskey {
	struct ctx *ctx;
	dnskey_fn *each;
	void *arg;
};

/* A few keys: each is decoded from a tree of its (checked) text. */
static int dnskey_item(void *arg, void *unused, const struct jv_text *raw)
{
	struct each_dnskey *e = arg;
	struct decoder d = {.what = "registry key"};
	struct dnskey k;
	json_error_t jerr;
	json_t *item = json_loadb(raw->text, raw->len, 0, &jerr);
	int rc;
	(void)unused;
	if (decode_dnskey(&d, item, &k))
		rc = e->each(e->arg, &k, jv_of(item));
	else
		rc = call_decode_error(e->ctx, &d);
	dnskey_free(&k);
	decoder_free(&d);
	json_decref(item);
	return rc;
}

int dnskeys_each(struct ctx *ctx, const char *fqdn, dnskey_fn *each, void *arg)
{
	struct call c;
	struct each_dnskey e = {.ctx = ctx, .each = each, .arg = arg};
	dnskeys_call(&c, "GET", "domain:view", fqdn);
	int rc = call_list(ctx, &c, &schema_object, dnskey_item, &e);
	call_free(&c);
	return rc;
}

int dnskey_add(struct ctx *ctx, const char *fqdn, long algorithm, const char *type,
	       const char *public_key, bool *exists)
{
	struct call c;
	struct reply r;
	*exists = false;
	dnskeys_call(&c, "POST", "domain:tech", fqdn);
	c.flags |= CALL_EXISTS_409;
	call_body(&c, json_pack("{sIssss}", "algorithm", (json_int_t)algorithm, "type", type,
				"public_key", public_key));
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_EXISTS)
		*exists = true;
	reply_free(&r);
	call_free(&c);
	return rc;
}

int dnskey_delete(struct ctx *ctx, const char *fqdn, long long id)
{
	struct call c;
	char num[32];
	snprintf(num, sizeof(num), "%lld", id);
	call_init(&c, "DELETE", "domain:tech", 0);
	call_path(&c, "/domain/domains/%s/dnskeys/%s", fqdn, num);
	call_about_domain(&c, fqdn);
	return send_only(ctx, &c);
}
