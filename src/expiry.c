#include "expiry.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "gandi/tokens.h"
#include "error.h"
#include "config/secret.h"
#include "util.h"
#include "xalloc.h"

char *cache_dir(void)
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

/*
 * The cache's one line: {"checked_at":N,"expires_at":N}, with ,"failed_at":N
 * when the last check failed (checked_at and expires_at then keep the last
 * success's, 0 when there was none).
 */
#define CACHE_FORMAT "{\"checked_at\":%lld,\"expires_at\":%lld}"
#define CACHE_FORMAT_FAILED "{\"checked_at\":%lld,\"expires_at\":%lld,\"failed_at\":%lld}"

struct cached {
	long long checked, expires, failed; /* 0: never */
};

static void cache_write(struct ctx *ctx, const struct cached *c)
{
	if (!ctx->token)
		return;
	char *dir = cache_dir();
	char *path = expiry_cache_path(ctx);
	char text[128];
	int n = c->failed ? snprintf(text, sizeof(text), CACHE_FORMAT_FAILED, c->checked,
				     c->expires, c->failed)
			  : snprintf(text, sizeof(text), CACHE_FORMAT, c->checked, c->expires);
	if (n > 0 && (size_t)n < sizeof(text) && mkdir_p(dir, 0700) == 0)
		write_file_atomic(path, text, (size_t)n, 0600, 0);
	free(path);
	free(dir);
}

void expiry_remember(struct ctx *ctx, time_t expires_at)
{
	struct cached c = {.checked = (long long)time(NULL), .expires = (long long)expires_at};
	cache_write(ctx, &c);
}

/* What the cache says; false when it is missing or of another shape. */
static bool cache_read(struct ctx *ctx, struct cached *c)
{
	struct buf b = {0};
	char *path = expiry_cache_path(ctx);
	int end = 0;
	bool ok = false;
	memset(c, 0, sizeof(*c));
	if (read_file(path, 64 * 1024, &b) == 0) {
		const char *text = buf_str(&b);
		if (sscanf(text, CACHE_FORMAT_FAILED "%n", &c->checked, &c->expires, &c->failed,
			   &end) != 3 || c->failed <= 0) {
			end = 0;
			c->failed = 0;
			if (sscanf(text, CACHE_FORMAT "%n", &c->checked, &c->expires, &end) != 2)
				end = 0;
		}
		ok = end > 0 && text[end + strspn(text + end, "\n")] == '\0';
	}
	if (!ok)
		memset(c, 0, sizeof(*c));
	buf_free(&b);
	free(path);
	return ok;
}

static bool recent(long long when, long long now, long long span)
{
	return when > 0 && when <= now && now - when < span;
}

/* Ask tokeninfo, briefly; 0 expiry when it has none. False when it could not be read. */
static bool fetch(struct ctx *ctx, time_t *expires_at)
{
	struct tokeninfo ti;
	bool ok = token_info_probe(ctx, EXPIRY_TIMEOUT_MS, &ti) == 0;
	if (ok)
		*expires_at = ti.has_expiry ? time(NULL) + (time_t)ti.expires_in : 0;
	else
		error_clear(&ctx->err); /* no warning, and nothing to report */
	tokeninfo_free(&ti);
	return ok;
}

void expiry_check(struct ctx *ctx)
{
	struct cached c;
	time_t expires_at = 0;
	if (!ctx->token || secret_is_apikey(ctx->token) || ctx->quiet)
		return;
	long long now = (long long)time(NULL);
	bool have = cache_read(ctx, &c);
	if (have && (recent(c.failed, now, EXPIRY_RETRY_SECONDS) ||
		     (!c.failed && recent(c.checked, now, EXPIRY_REFRESH_SECONDS)))) {
		expires_at = (time_t)c.expires; /* 0 after a failure with nothing known */
	} else if (fetch(ctx, &expires_at)) {
		expiry_remember(ctx, expires_at);
	} else {
		/* not asked again for an hour; the last known expiry still warns */
		c.failed = now;
		cache_write(ctx, &c);
		expires_at = (time_t)c.expires;
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
