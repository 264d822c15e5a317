#include "dns-show.h"

#include <stdio.h>
#include <stdlib.h>

#include "dns/record.h"
#include "output/output.h"
#include "xalloc.h"

struct rrsets_out {
	struct ctx *ctx;
	struct table *table;    /* NAME TYPE TTL VALUE, without --json */
	struct jv_list *json; /* with --json */
};

struct rrsets_out *rrsets_out_new(struct ctx *ctx)
{
	static const char *headers[] = {"NAME", "TYPE", "TTL", "VALUE"};
	struct rrsets_out *o = xcalloc(1, sizeof(*o));
	o->ctx = ctx;
	if (ctx->json)
		o->json = jv_list_new();
	else
		o->table = table_new(ctx, 4, headers);
	return o;
}

int rrsets_out_add(void *out, struct rrset *r, const struct jv *raw)
{
	struct rrsets_out *o = out;
	char ttl[24];
	if (o->json) {
		jv_list_add(o->json, raw);
		return 0;
	}
	snprintf(ttl, sizeof(ttl), "%lld", r->ttl);
	for (size_t v = 0; v < r->nvalues; v++) {
		char *shown = value_display(r->type, r->values[v]);
		const char *row[] = {r->name, r->type, ttl, shown};
		table_add(o->table, row);
		free(shown);
	}
	return 0;
}

void rrsets_out_print(struct rrsets_out *o)
{
	if (o->json)
		jv_list_print(o->ctx, o->json);
	else
		table_print(o->table);
	free(o);
}

void rrsets_out_free(struct rrsets_out *o)
{
	if (!o)
		return;
	jv_list_free(o->json);
	table_free(o->table);
	free(o);
}

void rrset_report(struct ctx *ctx, const char *action, const struct rrkey *k, long long ttl,
		  const char *const *values, size_t n, bool changed)
{
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "action", action);
		jv_set_str(o, "domain", k->zone);
		jv_set_str(o, "name", k->name);
		jv_set_str(o, "type", k->type);
		jv_set(o, "values", jv_strv(values, n));
		jv_set_bool(o, "changed", changed);
		if (ttl > 0)
			jv_set_int(o, "ttl", ttl);
		out_ok(ctx, o);
		return;
	}
	char *text = values_text(k->type, values, n);
	if (ttl > 0)
		out_line(ctx, "%s%s %s %s in %s: %s (TTL %lld)", changed ? "" : "unchanged: ", action,
			 k->type, k->name, k->zone, text, ttl);
	else
		out_line(ctx, "%s%s %s %s in %s%s%s", changed ? "" : "unchanged: ", action, k->type,
			 k->name, k->zone, text[0] ? ": " : "", text);
	free(text);
}
