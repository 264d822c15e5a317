#include "ops/redirects.h"

#include <stdlib.h>
#include <string.h>

#include "dns/record.h"
#include "error.h"
#include "ops/recheck.h"
#include "util.h"
#include "xalloc.h"

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

static bool differs(const char *want, const char *have)
{
	return want && (!have || strcmp(want, have) != 0);
}

bool redirect_patch(const struct webredir *cur, const char *url, const char *type,
		    const char *protocol, int override, struct webredir_patch *p)
{
	p->url = differs(url, cur->url) ? url : NULL;
	p->type = differs(type, cur->type) ? type : NULL;
	p->protocol = differs(protocol, cur->protocol) ? protocol : NULL;
	p->override = override;
	return p->url || p->type || p->protocol;
}

/* What a write of the redirection from host asked for. */
struct asked {
	const char *zone, *host;
	const char *url, *type, *protocol; /* NULL: any */
	bool gone;
};

static bool same_or_any(const char *want, const char *have)
{
	return !want || (have && strcmp(want, have) == 0);
}

static enum recheck_state redirect_holds(struct ctx *ctx, void *arg)
{
	const struct asked *a = arg;
	struct webredir cur;
	bool found = false;
	if (webredir_get(ctx, a->zone, a->host, &cur, &found))
		return SEEN_UNREADABLE;
	bool holds = a->gone ? !found
			     : found && same_or_any(a->url, cur.url) &&
				       same_or_any(a->type, cur.type) &&
				       same_or_any(a->protocol, cur.protocol);
	webredir_free(&cur);
	return holds ? SEEN_HELD : SEEN_NOT_HELD;
}

static int recheck_redirect(struct ctx *ctx, int rc, const struct asked *a)
{
	if (!rc || !write_maybe_applied(ctx))
		return rc;
	char *what = xasprintf("the redirection from %s", a->host);
	char *check = xasprintf("gandi redirect list %s", a->zone);
	rc = write_recheck(ctx, rc, what, check, redirect_holds, (void *)a);
	free(what);
	free(check);
	return rc;
}

int redirect_create(struct ctx *ctx, const char *zone, const struct webredir_spec *w)
{
	struct asked a = {.zone = zone, .host = w->host, .url = w->url, .type = w->type,
			  .protocol = w->protocol};
	return recheck_redirect(ctx, webredir_create(ctx, zone, w), &a);
}

int redirect_change(struct ctx *ctx, const char *zone, const char *host,
		    const struct webredir_patch *p)
{
	struct asked a = {.zone = zone, .host = host, .url = p->url, .type = p->type,
			  .protocol = p->protocol};
	return recheck_redirect(ctx, webredir_update(ctx, zone, host, p), &a);
}

int redirect_remove(struct ctx *ctx, const char *zone, const char *host)
{
	struct asked a = {.zone = zone, .host = host, .gone = true};
	return recheck_redirect(ctx, webredir_delete(ctx, zone, host), &a);
}
