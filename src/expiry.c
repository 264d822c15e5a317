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

/* The cache's one line: {"checked_at":N,"expires_at":N}. */
#define CACHE_FORMAT "{\"checked_at\":%lld,\"expires_at\":%lld}"

void expiry_remember(struct ctx *ctx, time_t expires_at)
{
	if (!ctx->token)
		return;
	char *dir = cache_dir();
	char *path = expiry_cache_path(ctx);
	char text[96];
	int n = snprintf(text, sizeof(text), CACHE_FORMAT, (long long)time(NULL),
			 (long long)expires_at);
	if (n > 0 && (size_t)n < sizeof(text) && mkdir_p(dir, 0700) == 0)
		write_file_atomic(path, text, (size_t)n, 0600, 0);
	free(path);
	free(dir);
}

/* The cached expiry, when the cache is fresh; a file of another shape is ignored. */
static bool cached(struct ctx *ctx, time_t *expires_at)
{
	struct buf b = {0};
	char *path = expiry_cache_path(ctx);
	bool ok = false;
	long long checked = 0, exp = 0;
	int end = 0;
	if (read_file(path, 64 * 1024, &b) == 0 &&
	    sscanf(buf_str(&b), CACHE_FORMAT "%n", &checked, &exp, &end) == 2 && end > 0 &&
	    buf_str(&b)[end + strspn(buf_str(&b) + end, "\n")] == '\0') {
		time_t now = time(NULL);
		if (checked <= now && now - checked < REFRESH_SECONDS) {
			*expires_at = (time_t)exp;
			ok = true;
		}
	}
	buf_free(&b);
	free(path);
	return ok;
}

/* Ask tokeninfo; 0 expiry when it has none. False when it could not be read. */
static bool fetch(struct ctx *ctx, time_t *expires_at)
{
	struct tokeninfo ti;
	bool ok = token_info(ctx, &ti, NULL) == 0;
	if (ok)
		*expires_at = ti.has_expiry ? time(NULL) + (time_t)ti.expires_in : 0;
	else
		error_clear(&ctx->err); /* no warning, and nothing to report */
	tokeninfo_free(&ti);
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
