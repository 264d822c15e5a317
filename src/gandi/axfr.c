#include "gandi/axfr.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "config/secret.h"
#include "gandi/call.h"
#include "output/output-json.h"
#include "xalloc.h"

#define SCOPE "domain:tech"

void tsig_key_free(struct tsig_key *k)
{
	free(k->id);
	free(k->key_name);
	secret_release(k->secret);
	memset(k, 0, sizeof(*k));
}

/* A key from Gandi's object; its secret, when there, hidden beside the token. */
static bool decode_tsig(struct ctx *ctx, struct decoder *d, const json_t *j,
			struct tsig_key *out)
{
	memset(out, 0, sizeof(*out));
	out->id = dec_strdup(d, j, "id", true);
	out->key_name = dec_strdup(d, j, "key_name", false);
	out->secret = dec_strdup(d, j, "secret", false);
	secret_hide(ctx->token, out->secret);
	return d->error == NULL;
}

bool tsig_id_ok(const char *id)
{
	size_t n = strlen(id);
	bool ok = n > 0 && n <= 64;
	for (const char *p = id; *p && ok; p++)
		ok = isalnum((unsigned char)*p) || *p == '-';
	return ok;
}

/* Every key of a list answer to each(), their secrets left out of raw. */
static int tsig_list(struct ctx *ctx, struct call *c, const char *what, tsig_key_fn *each,
		     void *arg)
{
	struct reply r;
	int rc = call_send(ctx, c, &r);
	if (!rc && !json_is_array(r.json))
		rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: %s are not a "
			       "list", what);
	for (size_t i = 0; !rc && i < json_array_size(r.json); i++) {
		json_t *item = json_array_get(r.json, i);
		struct decoder d = {.what = "TSIG key"};
		struct tsig_key k;
		if (decode_tsig(ctx, &d, item, &k)) {
			json_t *shown = json_deep_copy(item);
			json_object_del(shown, "secret");
			rc = each(arg, &k, jv_of(shown));
			json_decref(shown);
		} else {
			rc = call_decode_error(ctx, &d);
		}
		tsig_key_free(&k);
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(c);
	return rc;
}

int tsig_keys_each(struct ctx *ctx, tsig_key_fn *each, void *arg)
{
	struct call c;
	call_init(&c, "GET", SCOPE, 0);
	call_path(&c, "/livedns/axfr/tsig");
	call_query(&c, "sharing_id", ctx->sharing_id.value);
	return tsig_list(ctx, &c, "the TSIG keys", each, arg);
}

int zone_tsig_each(struct ctx *ctx, const char *zone, tsig_key_fn *each, void *arg)
{
	struct call c;
	call_init(&c, "GET", SCOPE, 0);
	call_path(&c, "/livedns/domains/%s/axfr/tsig", zone);
	call_about_domain(&c, zone);
	return tsig_list(ctx, &c, "the TSIG keys of the zone", each, arg);
}

static int tsig_absent(struct ctx *ctx, const char *id)
{
	error_set(ctx, EXIT_NOTFOUND, "not_found", "no TSIG key '%s'", id);
	error_detail(ctx, "hint: 'gandi dns axfr tsig list' lists the keys of the organization\n");
	return EXIT_NOTFOUND;
}

int tsig_get(struct ctx *ctx, const char *id, struct tsig_key *out, struct jv **raw)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	call_init(&c, "GET", SCOPE, CALL_ABSENT_404);
	call_path(&c, "/livedns/axfr/tsig/%s", id);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT) {
		rc = tsig_absent(ctx, id);
	} else if (!rc) {
		struct decoder d = {.what = "TSIG key"};
		if (!decode_tsig(ctx, &d, r.json, out)) {
			rc = call_decode_error(ctx, &d);
			tsig_key_free(out);
		} else if (raw) {
			*raw = jv_ref(jv_of(r.json));
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int tsig_config(struct ctx *ctx, const char *id, const char *software, char **text)
{
	struct call c;
	struct reply r;
	*text = NULL;
	call_init(&c, "GET", SCOPE, CALL_ABSENT_404);
	call_path(&c, "/livedns/axfr/tsig/%s/config/%s", id, software);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT) {
		rc = tsig_absent(ctx, id);
	} else if (!rc && json_is_string(r.json)) {
		*text = xstrdup(json_string_value(r.json));
	} else if (!rc) {
		rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: the %s "
			       "configuration of TSIG key %s is not a string", software, id);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int tsig_create(struct ctx *ctx, struct tsig_key *out)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	call_init(&c, "POST", SCOPE, 0);
	call_path(&c, "/livedns/axfr/tsig");
	call_query(&c, "sharing_id", ctx->sharing_id.value);
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "TSIG key"};
		const char *slash = r.http.location ? strrchr(r.http.location, '/') : NULL;
		if (json_is_object(r.json))
			decode_tsig(ctx, &d, r.json, out);
		if (!out->id && slash)
			out->id = xstrdup(slash + 1); /* no body: the last part of its Location */
		if (!out->id || !tsig_id_ok(out->id)) {
			tsig_key_free(out);
			rc = error_set(ctx, EXIT_ERROR, "api", "Gandi created a TSIG key but did not "
				       "say its id");
			error_detail(ctx, "hint: 'gandi dns axfr tsig list' lists the keys\n");
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

static void zone_tsig_call(struct call *c, const char *method, const char *zone,
			   const char *id)
{
	call_init(c, method, SCOPE, CALL_ABSENT_404);
	call_path(c, "/livedns/domains/%s/axfr/tsig/%s", zone, id);
	call_about_domain(c, zone);
}

int zone_tsig_add(struct ctx *ctx, const char *zone, const char *id)
{
	struct call c;
	struct reply r;
	zone_tsig_call(&c, "PUT", zone, id);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT)
		rc = tsig_absent(ctx, id);
	reply_free(&r);
	call_free(&c);
	return rc;
}

int zone_tsig_remove(struct ctx *ctx, const char *zone, const char *id)
{
	struct call c;
	struct reply r;
	zone_tsig_call(&c, "DELETE", zone, id);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT) {
		rc = error_set(ctx, EXIT_NOTFOUND, "not_found", "the secondaries of %s do not use "
			       "TSIG key '%s'", zone, id);
		error_detail(ctx, "hint: 'gandi dns axfr tsig list %s' lists the keys they use\n",
			     zone);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int secondaries(struct ctx *ctx, const char *zone, char ***ips, size_t *n, struct jv **raw)
{
	struct call c;
	struct reply r;
	*ips = NULL;
	*n = 0;
	if (raw)
		*raw = NULL;
	call_init(&c, "GET", SCOPE, 0);
	call_path(&c, "/livedns/domains/%s/axfr/slaves", zone);
	call_about_domain(&c, zone);
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "secondaries"};
		json_t *wrap = json_pack("{sO}", "ips", r.json ? r.json : json_null());
		*ips = dec_strv(&d, wrap, "ips", true, n);
		if (d.error) {
			strv_free(*ips);
			*ips = NULL;
			*n = 0;
			rc = call_decode_error(ctx, &d);
		} else if (raw) {
			*raw = jv_ref(jv_of(r.json));
		}
		json_decref(wrap);
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

static int secondary_call(struct ctx *ctx, const char *method, const char *zone, const char *ip,
			  unsigned flags, struct reply *r)
{
	struct call c;
	call_init(&c, method, SCOPE, flags);
	call_path(&c, "/livedns/domains/%s/axfr/slaves/%s", zone, ip);
	call_about_domain(&c, zone);
	int rc = call_send(ctx, &c, r);
	call_free(&c);
	return rc;
}

int secondary_add(struct ctx *ctx, const char *zone, const char *ip)
{
	struct reply r;
	int rc = secondary_call(ctx, "PUT", zone, ip, 0, &r);
	reply_free(&r);
	return rc;
}

int secondary_remove(struct ctx *ctx, const char *zone, const char *ip)
{
	struct reply r;
	/* a second attempt finding it gone: the first one did it */
	int rc = secondary_call(ctx, "DELETE", zone, ip, CALL_DONE_404, &r);
	reply_free(&r);
	return rc;
}
