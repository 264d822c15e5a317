#include "expiry.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gandi/api.h"
#include "buf.h"
#include "gandi/decode.h"
#include "error.h"
#include "net/http.h"
#include "config/secret.h"
#include "util.h"
#include "xalloc.h"

#define REFRESH_SECONDS 86400

static char *cache_dir(void)
{
	const char *xdg = getenv("XDG_CACHE_HOME");
	if (xdg && xdg[0] == '/')
		return xasprintf("%s/gandi", xdg);
	const char *home = getenv("HOME");
	return xasprintf("%s/.cache/gandi", home && *home ? home : "/");
}

char *expiry_cache_path(struct ctx *ctx)
{
	char hash[65];
	char *dir = cache_dir();
	secret_hash(ctx->token, hash);
	char *p = xasprintf("%s/token-%s.json", dir, hash);
	free(dir);
	return p;
}

void expiry_remember(struct ctx *ctx, time_t expires_at)
{
	if (!ctx->token)
		return;
	char *dir = cache_dir();
	char *path = expiry_cache_path(ctx);
	json_t *o = json_pack("{sIsI}", "checked_at", (json_int_t)time(NULL), "expires_at",
			      (json_int_t)expires_at);
	char *text = json_dumps(o, JSON_COMPACT);
	if (text && mkdir_p(dir, 0700) == 0)
		write_file_atomic(path, text, strlen(text), 0600, 0);
	free(text);
	json_decref(o);
	free(path);
	free(dir);
}

/* The cached expiry, when the cache is fresh. */
static bool cached(struct ctx *ctx, time_t *expires_at)
{
	struct buf b = {0};
	char *path = expiry_cache_path(ctx);
	bool ok = false;
	if (read_file(path, 64 * 1024, &b) == 0) {
		json_error_t jerr;
		json_t *o = json_loadb(buf_str(&b), b.len, 0, &jerr);
		json_t *checked = json_object_get(o, "checked_at");
		json_t *exp = json_object_get(o, "expires_at");
		time_t now = time(NULL);
		if (json_is_integer(checked) && json_is_integer(exp) &&
		    json_integer_value(checked) <= now &&
		    now - json_integer_value(checked) < REFRESH_SECONDS) {
			*expires_at = (time_t)json_integer_value(exp);
			ok = true;
		}
		json_decref(o);
	}
	buf_free(&b);
	free(path);
	return ok;
}

/* Ask tokeninfo; 0 expiry when it has none. False when it could not be read. */
static bool fetch(struct ctx *ctx, time_t *expires_at)
{
	struct http_response resp;
	char *url = id_url(ctx, "/tokeninfo");
	struct http_request req = {.method = "GET", .url = url, .auth = true};
	bool ok = false;
	int rc = http_send(ctx, &req, &resp);
	if (rc) {
		error_clear(&ctx->err);
	} else if (resp.status == 200) {
		json_error_t jerr;
		json_t *j = json_loadb(buf_str(&resp.body), resp.body.len, 0, &jerr);
		struct decoder d = {.what = "tokeninfo"};
		struct tokeninfo ti;
		if (j && decode_tokeninfo(&d, j, &ti)) {
			*expires_at = ti.has_expiry ? time(NULL) + (time_t)ti.expires_in : 0;
			ok = true;
		}
		tokeninfo_free(&ti);
		decoder_free(&d);
		json_decref(j);
	}
	http_response_free(&resp);
	free(url);
	return ok;
}

void expiry_check(struct ctx *ctx)
{
	time_t expires_at = 0;
	if (!ctx->token || secret_is_apikey(ctx->token) || ctx->quiet)
		return;
	if (!cached(ctx, &expires_at)) {
		if (!fetch(ctx, &expires_at))
			return;
		expiry_remember(ctx, expires_at);
	}
	long long left = (long long)(expires_at - time(NULL));
	if (expires_at == 0 || left > EXPIRY_WARN_DAYS * 86400LL || left <= 0)
		return;
	char date[21];
	format_datetime(expires_at, date);
	char *span = format_span(left);
	warn(ctx, "your Gandi token expires in %s (%s); renew it with: gandi token renew", span,
	     date);
	free(span);
}
