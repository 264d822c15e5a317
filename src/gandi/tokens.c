#include "gandi/tokens.h"

#include <stdlib.h>
#include <string.h>

#include "config/secret.h"
#include "gandi/call.h"
#include "output/output-json.h"
#include "xalloc.h"

static int tokeninfo_get(struct ctx *ctx, long timeout_ms, struct tokeninfo *out,
			 struct jv **raw)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	call_init(&c, "GET", NULL, CALL_ID);
	call_path(&c, "/tokeninfo");
	if (timeout_ms > 0) {
		c.timeout_ms = timeout_ms;
		c.max_attempts = 1;
	}
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "tokeninfo"};
		if (!decode_tokeninfo(&d, r.json, out))
			rc = call_decode_error(ctx, &d);
		else if (raw)
			*raw = jv_ref(jv_of(r.json));
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int token_info(struct ctx *ctx, struct tokeninfo *out, struct jv **raw)
{
	return tokeninfo_get(ctx, 0, out, raw);
}

int token_info_probe(struct ctx *ctx, long timeout_ms, struct tokeninfo *out)
{
	return tokeninfo_get(ctx, timeout_ms > 0 ? timeout_ms : 1, out, NULL);
}

void renewed_token_free(struct renewed_token *t)
{
	secret_release(t->access_token);
	free(t->expires_at);
	memset(t, 0, sizeof(*t));
}

int token_renew(struct ctx *ctx, const char *expires_at, struct renewed_token *out)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	call_init(&c, "POST", NULL, 0);
	call_path(&c, "/organization/access-tokens");
	json_t *body = json_object();
	if (expires_at)
		json_object_set_new(body, "expires_at", json_string(expires_at));
	call_body(&c, body);
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "renewed token"};
		const char *fresh = dec_str(&d, r.json, "access_token", true);
		const char *expires = dec_str(&d, r.json, "expires_at", false);
		if (d.error || !*fresh) {
			rc = call_decode_error(ctx, &d);
		} else {
			out->access_token = xstrdup(fresh);
			out->expires_at = expires ? xstrdup(expires) : NULL;
		}
		decoder_free(&d);
	}
	buf_wipe(&r.http.body); /* it held the new token */
	reply_free(&r);
	call_free(&c);
	return rc;
}

enum renew_refusal token_renew_refusal(const struct api_fault *f)
{
	if (f && (f->status == 400 || f->status == 409))
		return RENEW_TOO_EARLY;
	if (f && f->status == 403)
		return RENEW_NOT_ALLOWED;
	return RENEW_REFUSED_OTHER;
}

int api_reach(struct ctx *ctx, struct api_reach *out)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	call_init(&c, "GET", NULL, CALL_ANY_STATUS | (ctx->token ? 0 : CALL_NO_TOKEN));
	call_path(&c, "/domain/domains");
	call_query(&c, "per_page", "1");
	int rc = call_send(ctx, &c, &r);
	out->t_connect = r.http.t_connect;
	out->t_tls = r.http.t_tls;
	out->status = r.status;
	out->is_api = (r.status >= 200 && r.status <= 299) || r.status == 401 || r.status == 403;
	out->url = call_target(ctx, &c);
	reply_free(&r);
	call_free(&c);
	return rc;
}

int token_check(struct ctx *ctx, struct token_check *out)
{
	struct call c;
	struct reply r;
	bool apikey = secret_is_apikey(ctx->token);
	memset(out, 0, sizeof(*out));
	if (apikey) {
		/* a legacy key cannot be introspected: ask for one domain */
		call_init(&c, "GET", "domain:view", CALL_ANY_STATUS);
		call_path(&c, "/domain/domains");
		call_query(&c, "per_page", "1");
	} else {
		call_init(&c, "GET", NULL, CALL_ID | CALL_ANY_STATUS);
		call_path(&c, "/tokeninfo");
	}
	int rc = call_send(ctx, &c, &r);
	if (rc)
		goto out;
	out->status = r.status;
	out->url = call_target(ctx, &c);
	if (r.status == 401 || r.status == 403) {
		out->verdict = TOKEN_REJECTED;
	} else if (r.status == 404) {
		out->verdict = apikey ? TOKEN_UNCHECKED : TOKEN_NO_ENDPOINT;
	} else if (r.status < 200 || r.status > 299) {
		out->verdict = TOKEN_UNCHECKED;
	} else {
		out->verdict = TOKEN_ACCEPTED;
		if (!apikey) {
			json_error_t jerr;
			struct decoder d = {.what = "tokeninfo"};
			json_t *j = json_loadb(buf_str(&r.http.body), r.http.body.len, 0, &jerr);
			if (!j)
				out->unreadable = xstrdup(jerr.text);
			else if (!decode_tokeninfo(&d, j, &out->info))
				out->unreadable = xstrdup(d.error);
			else
				out->has_info = true;
			if (!out->has_info)
				tokeninfo_free(&out->info);
			json_decref(j);
			decoder_free(&d);
		}
	}
out:
	reply_free(&r);
	call_free(&c);
	return rc;
}

void token_check_free(struct token_check *c)
{
	free(c->url);
	free(c->unreadable);
	tokeninfo_free(&c->info);
	memset(c, 0, sizeof(*c));
}
