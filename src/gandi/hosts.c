#include "gandi/hosts.h"

#include <stdlib.h>
#include <string.h>

#include "gandi/call.h"
#include "output/output-json.h"
#include "xalloc.h"

static void hosts_call(struct call *c, const char *method, const char *scope, const char *fqdn,
		       const char *name, unsigned flags)
{
	call_init(c, method, scope, flags);
	call_path(c, "/domain/domains/%s/hosts", fqdn);
	if (name)
		call_path(c, "/%s", name);
	call_about_domain(c, fqdn);
}

static bool decode_glue(struct decoder *d, const json_t *j, struct glue *out)
{
	memset(out, 0, sizeof(*out));
	out->name = dec_strdup(d, j, "name", true);
	out->ips = dec_strv(d, j, "ips", true, &out->nips);
	return d->error == NULL;
}

void glue_free(struct glue *g)
{
	free(g->name);
	strv_free(g->ips);
	memset(g, 0, sizeof(*g));
}

struct each_glue {
	struct ctx *ctx;
	glue_fn *each;
	void *arg;
};

/* A few glue records: each is decoded from a tree of its (checked) text. */
static int glue_item(void *arg, void *unused, const struct jv_text *raw)
{
	struct each_glue *e = arg;
	struct decoder d = {.what = "glue record"};
	struct glue g;
	json_error_t jerr;
	json_t *item = json_loadb(raw->text, raw->len, 0, &jerr);
	int rc;
	(void)unused;
	if (decode_glue(&d, item, &g))
		rc = e->each(e->arg, &g, jv_of(item));
	else
		rc = call_decode_error(e->ctx, &d);
	glue_free(&g);
	decoder_free(&d);
	json_decref(item);
	return rc;
}

int glue_each(struct ctx *ctx, const char *fqdn, glue_fn *each, void *arg)
{
	struct call c;
	struct each_glue e = {.ctx = ctx, .each = each, .arg = arg};
	hosts_call(&c, "GET", "domain:view", fqdn, NULL, 0);
	int rc = call_list(ctx, &c, &schema_object, glue_item, &e);
	call_free(&c);
	return rc;
}

int glue_get(struct ctx *ctx, const char *fqdn, const char *name, struct glue *out, bool *found,
	     struct jv **raw)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	*found = false;
	if (raw)
		*raw = NULL;
	hosts_call(&c, "GET", "domain:view", fqdn, name, CALL_ABSENT_404);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_OK) {
		struct decoder d = {.what = "glue record"};
		if (!decode_glue(&d, r.json, out)) {
			rc = call_decode_error(ctx, &d);
			glue_free(out);
		} else {
			*found = true;
			if (raw)
				*raw = jv_ref(jv_of(r.json));
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

static json_t *ips_array(const char *const *ips, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(ips[i]));
	return a;
}

static int send_only(struct ctx *ctx, struct call *c)
{
	struct reply r;
	int rc = call_send(ctx, c, &r);
	reply_free(&r);
	call_free(c);
	return rc;
}

int glue_create(struct ctx *ctx, const char *fqdn, const char *name, const char *const *ips,
		size_t n)
{
	struct call c;
	hosts_call(&c, "POST", "domain:tech", fqdn, NULL, 0);
	call_body(&c, json_pack("{ssso}", "name", name, "ips", ips_array(ips, n)));
	return send_only(ctx, &c);
}

int glue_update(struct ctx *ctx, const char *fqdn, const char *name, const char *const *ips,
		size_t n)
{
	struct call c;
	hosts_call(&c, "PUT", "domain:tech", fqdn, name, 0);
	call_body(&c, json_pack("{so}", "ips", ips_array(ips, n)));
	return send_only(ctx, &c);
}

int glue_delete(struct ctx *ctx, const char *fqdn, const char *name)
{
	struct call c;
	hosts_call(&c, "DELETE", "domain:tech", fqdn, name, 0);
	return send_only(ctx, &c);
}
