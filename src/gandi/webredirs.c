#include "gandi/webredirs.h"

#include <stdlib.h>
#include <string.h>

#include "gandi/call.h"
#include "output/output-json.h"
#include "xalloc.h"

#define SCOPE "domain:tech"

static void webredirs_call(struct call *c, const char *method, const char *zone,
			   const char *host, unsigned flags)
{
	call_init(c, method, SCOPE, flags);
	call_path(c, "/domain/domains/%s/webredirs", zone);
	if (host)
		call_path(c, "/%s", host);
	call_about_domain(c, zone);
}

struct each_webredir {
	struct ctx *ctx;
	webredir_fn *each;
	void *arg;
};

static int webredir_item(void *arg, void *item, const struct jv_text *raw)
{
	struct each_webredir *e = arg;
	return e->each(e->arg, item, raw);
}

int webredirs_each(struct ctx *ctx, const char *zone, webredir_fn *each, void *arg)
{
	struct call c;
	struct each_webredir e = {.ctx = ctx, .each = each, .arg = arg};
	webredirs_call(&c, "GET", zone, NULL, 0);
	int rc = call_list(ctx, &c, &schema_webredir, webredir_item, &e);
	call_free(&c);
	return rc;
}

/* Send a call and forget its answer. */
static int send_only(struct ctx *ctx, struct call *c)
{
	struct reply r;
	int rc = call_send(ctx, c, &r);
	reply_free(&r);
	call_free(c);
	return rc;
}

int webredir_get(struct ctx *ctx, const char *zone, const char *host, struct webredir *out,
		 bool *found)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	*found = false;
	webredirs_call(&c, "GET", zone, host, CALL_ABSENT_ANY_404);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT) {
		/* the domain itself, or the redirection? its list tells */
		struct call list;
		webredirs_call(&list, "GET", zone, NULL, 0);
		rc = send_only(ctx, &list);
	} else if (!rc) {
		struct decoder d = {.what = "redirection"};
		if (decode_webredir(&d, r.json, out))
			*found = true;
		else
			rc = call_decode_error(ctx, &d);
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int webredir_create(struct ctx *ctx, const char *zone, const struct webredir_spec *w)
{
	struct call c;
	webredirs_call(&c, "POST", zone, NULL, 0);
	call_body(&c, json_pack("{sssssssssb}", "host", w->host, "url", w->url, "type", w->type,
				"protocol", w->protocol, "override", w->override));
	return send_only(ctx, &c);
}

int webredir_update(struct ctx *ctx, const char *zone, const char *host,
		    const struct webredir_patch *p)
{
	struct call c;
	json_t *body = json_object();
	if (p->url)
		json_object_set_new(body, "url", json_string(p->url));
	if (p->type)
		json_object_set_new(body, "type", json_string(p->type));
	if (p->protocol)
		json_object_set_new(body, "protocol", json_string(p->protocol));
	if (p->override >= 0)
		json_object_set_new(body, "override", json_boolean(p->override));
	webredirs_call(&c, "PATCH", zone, host, 0);
	call_body(&c, body);
	return send_only(ctx, &c);
}

int webredir_delete(struct ctx *ctx, const char *zone, const char *host)
{
	struct call c;
	webredirs_call(&c, "DELETE", zone, host, CALL_DONE_404);
	return send_only(ctx, &c);
}
