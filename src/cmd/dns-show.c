#include "dns-show.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dns/value.h"
#include "error.h"
#include "output/output.h"
#include "prompt.h"
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

/* The text each value of a TXT or SPF RRset carries (null for one with a NUL), or NULL. */
static struct jv *rrset_texts(const struct rrset *r)
{
	struct jv *texts = NULL;
	for (size_t v = 0; v < r->nvalues; v++) {
		struct dnsv d = {0};
		struct dnsv_error err;
		bool parsed = dnsv_parse(r->type, r->values[v], DNSV_API, NULL, &d, &err) == 0;
		if (v == 0 && parsed && !d.text) {
			dnsv_free(&d);
			break; /* a type without text */
		}
		if (!texts)
			texts = jv_array();
		if (parsed && d.text && !memchr(d.text, '\0', d.text_len))
			jv_push(texts, jv_str(d.text));
		else
			jv_push(texts, jv_null());
		dnsv_free(&d);
	}
	return texts;
}

struct jv *rrset_json(const struct rrset *r, const struct jv *raw)
{
	struct jv *o = jv_object(), *texts = rrset_texts(r);
	jv_merge(o, raw);
	/* beside LiveDNS's quoted strings, the text they carry (TXT, SPF): what jq users want */
	if (texts)
		jv_set(o, "rrset_texts", texts);
	return o;
}

int rrsets_out_add(void *out, struct rrset *r, const struct jv_text *raw)
{
	struct rrsets_out *o = out;
	char ttl[24];
	if (o->json) {
		struct jv *texts = rrset_texts(r);
		if (texts)
			jv_list_add_text_with(o->json, raw, "rrset_texts", texts);
		else
			jv_list_add_text(o->json, raw);
		jv_free(texts);
		return 0;
	}
	snprintf(ttl, sizeof(ttl), "%lld", r->ttl);
	for (size_t v = 0; v < r->nvalues; v++) {
		char *shown = dnsv_display(r->type, r->values[v]);
		const char *row[] = {r->name, r->type, ttl, shown};
		table_add(o->table, row);
		free(shown);
	}
	return 0;
}

void rrsets_out_empty(struct rrsets_out *o, const char *text)
{
	if (o->table)
		table_empty(o->table, "%s", text);
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
		  const struct rrvalues *values, bool changed)
{
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "action", action);
		jv_set_str(o, "domain", k->zone);
		jv_set_str(o, "name", k->name);
		jv_set_str(o, "type", k->type);
		jv_set(o, "values", jv_strv(values->api, values->n));
		jv_set_bool(o, "changed", changed);
		if (ttl > 0)
			jv_set_int(o, "ttl", ttl);
		out_ok(ctx, o);
		return;
	}
	char *text = values_text(values);
	if (ttl > 0)
		note(ctx, "%s%s %s %s in %s: %s (TTL %lld)", changed ? "" : "unchanged: ", action,
			 k->type, k->name, k->zone, text, ttl);
	else
		note(ctx, "%s%s %s %s in %s%s%s", changed ? "" : "unchanged: ", action, k->type,
			 k->name, k->zone, text[0] ? ": " : "", text);
	free(text);
}

int apex_ns_confirm(struct ctx *ctx, const struct rrkey *k, bool yes, const char *verb,
		    const struct rrvalues *values)
{
	if (!rrkey_apex_ns(k))
		return 0;
	char *text = values_text(values), *question, *action;
	if (strcmp(verb, "set") == 0)
		question = xasprintf("Replace the apex NS of %s with %s? LiveDNS will name them as "
				     "the name servers of %s.", k->zone, text, k->zone);
	else if (strcmp(verb, "add") == 0)
		question = xasprintf("Add %s to the apex NS of %s? LiveDNS will name it among the "
				     "name servers of %s.", text, k->zone, k->zone);
	else
		question = xasprintf("Remove %s from the apex NS of %s?", text, k->zone);
	action = xasprintf("change the apex NS of %s", k->zone);
	int rc = confirm(ctx, yes, question, action);
	if (rc && ctx->err.code == EXIT_USAGE)
		error_detail(ctx, "the apex NS names the zone's name servers; 'gandi domain "
				  "nameservers %s' shows those the registry delegates to\n", k->zone);
	free(action);
	free(question);
	free(text);
	return rc;
}

/* Whether text has a line starting with directive ("$ORIGIN"), in any case. */
static bool has_directive(const struct buf *text, const char *directive)
{
	size_t n = strlen(directive);
	for (size_t i = 0; i + n <= text->len; i++) {
		if ((i == 0 || text->data[i - 1] == '\n') && strncasecmp(text->data + i, directive, n) == 0)
			return true;
	}
	return false;
}

void zone_file_text(const char *zone, const struct buf *text, struct buf *out)
{
	if (!has_directive(text, "$ORIGIN"))
		buf_printf(out, "$ORIGIN %s.\n", zone);
	if (!has_directive(text, "$TTL"))
		buf_printf(out, "$TTL %d\n", DNSV_TTL_DEFAULT);
	/* the server's bytes a terminal could act on, as \DDD: the same zone, still valid */
	zone_text_safe_add(out, text->data ? text->data : "", text->len);
}
