#include "gandi/redirects.h"

#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "error.h"
#include "gandi/livedns.h"
#include "dns/record.h"
#include "util.h"
#include "xalloc.h"

char *zone_subject(const char *zone)
{
	return xasprintf("domain '%s'", zone);
}

int redirect_host(struct ctx *ctx, const char *zone, const char *source, char **host)
{
	char *rel = NULL;
	int rc = record_name(ctx, zone, source, &rel);
	if (rc)
		return rc;
	if (strchr(rel, '*')) {
		free(rel);
		return usage_error(ctx, "a redirection's source cannot hold '*': '%s'", source);
	}
	*host = strcmp(rel, "@") == 0 ? xstrdup(zone) : xasprintf("%s.%s", rel, zone);
	free(rel);
	return 0;
}

char *webredirs_url(struct ctx *ctx, const char *zone, const char *host)
{
	char *z = url_escape(zone);
	char *h = host ? url_escape(host) : NULL;
	char *u = h ? api_url(ctx, "/domain/domains/%s/webredirs/%s", z, h)
		    : api_url(ctx, "/domain/domains/%s/webredirs", z);
	free(z);
	free(h);
	return u;
}

static int one_of(struct ctx *ctx, const char *what, const char *value, const char *const *ok)
{
	if (!value)
		return 0;
	for (size_t i = 0; ok[i]; i++)
		if (strcmp(value, ok[i]) == 0)
			return 0;
	usage_error(ctx, "%s '%s' is not one of %s, %s, %s", what, value, ok[0], ok[1], ok[2]);
	return EXIT_USAGE;
}

int redirect_check_type(struct ctx *ctx, const char *type)
{
	static const char *const types[] = {"http301", "http302", "cloak", NULL};
	return one_of(ctx, "--type", type, types);
}

int redirect_check_protocol(struct ctx *ctx, const char *protocol)
{
	static const char *const protocols[] = {"http", "https", "httpsonly", NULL};
	return one_of(ctx, "--protocol", protocol, protocols);
}

int redirect_check_url(struct ctx *ctx, const char *url)
{
	char *host = NULL;
	if (!url_parse(url, NULL, &host, NULL)) {
		usage_error(ctx, "'%s' is not an http:// or https:// URL", url);
		error_detail(ctx, "a redirection's target looks like https://www.example.org/page\n");
		return EXIT_USAGE;
	}
	free(host);
	for (const char *p = url; *p; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f)
			return usage_error(ctx, "the URL '%s' holds a space or a character that must "
					   "be percent-encoded", url);
	return 0;
}

int redirect_read(struct ctx *ctx, const char *zone, const char *host, struct webredir *out,
		  bool *found)
{
	struct api_result res;
	char *url = webredirs_url(ctx, zone, host);
	char *subject = zone_subject(zone);
	memset(out, 0, sizeof(*out));
	*found = false;
	int rc = api_call(ctx, "GET", url, NULL, 0, subject, &res);
	if (!rc) {
		struct decoder d = {.what = "redirection"};
		if (decode_webredir(&d, res.json, out))
			*found = true;
		else
			rc = decode_error(ctx, &d);
		decoder_free(&d);
	} else if (rc == EXIT_NOTFOUND && res.status == 404) {
		/* the domain itself, or the redirection? ask the list */
		struct api_result list;
		char *lurl = webredirs_url(ctx, zone, NULL);
		struct error saved = ctx->err;
		memset(&ctx->err, 0, sizeof(ctx->err));
		int lrc = api_call(ctx, "GET", lurl, NULL, 0, subject, &list);
		if (lrc == 0) {
			error_clear(&saved);
			rc = 0;
		} else {
			error_clear(&ctx->err);
			ctx->err = saved;
		}
		api_result_free(&list);
		free(lurl);
	}
	api_result_free(&res);
	free(url);
	free(subject);
	return rc;
}
