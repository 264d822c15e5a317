#include "gandi/orgs.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gandi/call.h"
#include "output/output-json.h"
#include "xalloc.h"

struct collect {
	struct ctx *ctx;
	struct org_list *out;
	size_t cap;
};

static int add_org(void *arg, void *item, const struct jv_text *raw)
{
	struct collect *c = arg;
	struct org_list *l = c->out;
	struct org *o = item;
	json_error_t jerr;
	l->items = xgrow(l->items, &c->cap, l->len + 1, sizeof(*l->items));
	l->items[l->len++] = *o;
	memset(o, 0, sizeof(*o));
	/* a few organizations: their --json is a tree (checked text, so it parses) */
	json_array_append_new(jv_json(l->raw), json_loadb(raw->text, raw->len, 0, &jerr));
	return 0;
}

int orgs_list(struct ctx *ctx, struct org_list *out)
{
	struct call c;
	struct collect col = {.ctx = ctx, .out = out};
	memset(out, 0, sizeof(*out));
	out->raw = jv_array();
	call_init(&c, "GET", "organization:view", 0);
	call_path(&c, "/organization/organizations");
	int rc = call_list(ctx, &c, &schema_org, add_org, &col);
	if (rc)
		org_list_free(out);
	call_free(&c);
	return rc;
}

void org_list_free(struct org_list *l)
{
	for (size_t i = 0; i < l->len; i++)
		org_free(&l->items[i]);
	free(l->items);
	jv_free(l->raw);
	memset(l, 0, sizeof(*l));
}

char *orgs_text(const struct org_list *l)
{
	struct buf b = {0};
	for (size_t i = 0; i < l->len; i++)
		buf_printf(&b, "%s%s (%s)", i ? ", " : "", l->items[i].name ? l->items[i].name : "?",
			   l->items[i].id ? l->items[i].id : "?");
	return buf_detach(&b);
}
