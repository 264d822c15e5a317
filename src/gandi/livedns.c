#include "gandi/livedns.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "buf.h"
#include "error.h"
#include "output/output.h"
#include "dns/record.h"
#include "util.h"
#include "xalloc.h"

int rrkey_parse(struct ctx *ctx, const char *domain, const char *type, const char *name,
		struct rrkey *k)
{
	int rc;
	memset(k, 0, sizeof(*k));
	rc = domain_check(ctx, domain, &k->zone);
	if (!rc && type)
		rc = rrtype_check(ctx, type, &k->type);
	if (!rc && name)
		rc = record_name(ctx, k->zone, name, &k->name);
	if (rc) {
		rrkey_free(k);
		return rc;
	}
	if (k->type && k->name)
		k->subject = xasprintf("the %s record %s in %s", k->type, k->name, k->zone);
	else
		k->subject = zone_subject(k->zone);
	return 0;
}

void rrkey_free(struct rrkey *k)
{
	free(k->zone);
	free(k->name);
	free(k->subject);
	memset(k, 0, sizeof(*k));
}

char *records_url(struct ctx *ctx, const char *zone, const char *name, const char *type)
{
	char *z = url_escape(zone);
	char *n = name ? url_escape(name) : NULL;
	char *t = type ? url_escape(type) : NULL;
	char *u;
	if (n && t)
		u = api_url(ctx, "/livedns/domains/%s/records/%s/%s", z, n, t);
	else if (n)
		u = api_url(ctx, "/livedns/domains/%s/records/%s", z, n);
	else
		u = api_url(ctx, "/livedns/domains/%s/records", z);
	free(z);
	free(n);
	free(t);
	return u;
}

char *zone_subject(const char *zone)
{
	return xasprintf("domain '%s'", zone);
}

int rrset_read(struct ctx *ctx, const struct rrkey *k, struct rrset *out, bool *found,
	       json_t **raw)
{
	struct api_result res;
	char *url = records_url(ctx, k->zone, k->name, k->type);
	char *zsubj = zone_subject(k->zone);
	int rc = api_call(ctx, "GET", url, NULL, 0, zsubj, &res);
	*found = false;
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	if (rc == EXIT_NOTFOUND && ctx->err.kind &&
	    strcmp(ctx->err.kind, "record_not_found") == 0) {
		/* the dns-record 404: the zone answered, the record is absent */
		error_clear(&ctx->err);
		rc = 0;
	} else if (!rc) {
		struct decoder d = {.what = "record"};
		if (decode_rrset(&d, res.json, out)) {
			*found = true;
			if (raw)
				*raw = json_incref(res.json);
		}
		else
			rc = decode_error(ctx, &d);
		decoder_free(&d);
	}
	api_result_free(&res);
	free(url);
	free(zsubj);
	return rc;
}

int values_parse(struct ctx *ctx, const struct rrkey *k, int argc, char **argv,
		 json_t **values)
{
	json_t *arr = json_array();
	for (int i = 0; i < argc; i++) {
		char *api = NULL;
		int rc = record_value(ctx, k->type, argv[i], &api);
		if (rc) {
			json_decref(arr);
			return rc;
		}
		bool dup = false;
		for (size_t j = 0; j < json_array_size(arr); j++)
			if (value_equal(k->type, json_string_value(json_array_get(arr, j)), api))
				dup = true;
		if (!dup)
			json_array_append_new(arr, json_string(api));
		free(api);
	}
	*values = arr;
	return 0;
}

json_t *rrset_json(const char *name, const char *type, long long ttl, const json_t *values)
{
	return json_pack("{sssssIsO}", "rrset_name", name, "rrset_type", type, "rrset_ttl",
			 (json_int_t)ttl, "rrset_values", values);
}

char *values_text(const char *type, const json_t *values)
{
	struct buf b = {0};
	for (size_t i = 0; i < json_array_size(values); i++) {
		char *shown = value_display(type, json_string_value(json_array_get(values, i)));
		buf_printf(&b, "%s%s", i ? ", " : "", shown);
		free(shown);
	}
	return buf_detach(&b);
}

struct rrsets_out {
	struct ctx *ctx;
	struct table *table;    /* NAME TYPE TTL VALUE, without --json */
	struct json_list *json; /* with --json */
};

struct rrsets_out *rrsets_out_new(struct ctx *ctx)
{
	static const char *headers[] = {"NAME", "TYPE", "TTL", "VALUE"};
	struct rrsets_out *o = xcalloc(1, sizeof(*o));
	o->ctx = ctx;
	if (ctx->json)
		o->json = json_list_new();
	else
		o->table = table_new(ctx, 4, headers);
	return o;
}

static int rrsets_add(struct rrsets_out *o, const json_t *items)
{
	int rc = 0;
	if (o->json) {
		json_list_add(o->json, items);
		return 0;
	}
	for (size_t i = 0; i < json_array_size(items); i++) {
		struct decoder d = {.what = "record"};
		struct rrset r;
		if (!decode_rrset(&d, json_array_get(items, i), &r)) {
			rc = decode_error(o->ctx, &d);
			decoder_free(&d);
			rrset_free(&r);
			break;
		}
		char ttl[24];
		snprintf(ttl, sizeof(ttl), "%lld", r.ttl);
		for (size_t v = 0; v < r.nvalues; v++) {
			char *shown = value_display(r.type, r.values[v]);
			const char *row[] = {r.name, r.type, ttl, shown};
			table_add(o->table, row);
			free(shown);
		}
		rrset_free(&r);
		decoder_free(&d);
	}
	return rc;
}

int rrsets_out_add(void *out, json_t *items)
{
	return rrsets_add(out, items);
}

void rrsets_out_print(struct rrsets_out *o)
{
	if (o->json)
		json_list_print(o->ctx, o->json);
	else
		table_print(o->table);
	free(o);
}

void rrsets_out_free(struct rrsets_out *o)
{
	if (!o)
		return;
	json_list_free(o->json);
	table_free(o->table);
	free(o);
}

int rrsets_print(struct ctx *ctx, const json_t *items)
{
	if (ctx->json) {
		out_json(ctx, items);
		return 0;
	}
	struct rrsets_out *o = rrsets_out_new(ctx);
	int rc = rrsets_add(o, items);
	if (rc)
		rrsets_out_free(o);
	else
		rrsets_out_print(o);
	return rc;
}

bool values_contain(const char *type, char **values, size_t n, const char *value)
{
	for (size_t i = 0; i < n; i++)
		if (value_equal(type, values[i], value))
			return true;
	return false;
}

bool values_same(const char *type, char **a, size_t na, const json_t *b)
{
	size_t nb = json_array_size(b);
	for (size_t i = 0; i < nb; i++)
		if (!values_contain(type, a, na, json_string_value(json_array_get(b, i))))
			return false;
	for (size_t i = 0; i < na; i++) {
		bool in_b = false;
		for (size_t j = 0; j < nb && !in_b; j++)
			in_b = value_equal(type, a[i], json_string_value(json_array_get(b, j)));
		if (!in_b)
			return false;
	}
	return true;
}

void rrset_report(struct ctx *ctx, const char *action, const struct rrkey *k, long long ttl,
		  const json_t *values, bool changed)
{
	if (ctx->json) {
		json_t *o = json_pack("{sssssssssOsb}", "action", action, "domain", k->zone, "name",
				      k->name, "type", k->type, "values", values, "changed", changed);
		if (ttl > 0)
			json_object_set_new(o, "ttl", json_integer(ttl));
		out_ok(ctx, o);
		return;
	}
	char *text = values_text(k->type, values);
	if (ttl > 0)
		out_line(ctx, "%s%s %s %s in %s: %s (TTL %lld)", changed ? "" : "unchanged: ", action,
			 k->type, k->name, k->zone, text, ttl);
	else
		out_line(ctx, "%s%s %s %s in %s%s%s", changed ? "" : "unchanged: ", action, k->type,
			 k->name, k->zone, text[0] ? ": " : "", text);
	free(text);
}

/* PATCH add_rrset_values (and the TTL when ttl is not 0). */
static int patch_add(struct ctx *ctx, const struct rrkey *k, const json_t *add, long ttl)
{
	struct api_result res;
	char *url = records_url(ctx, k->zone, k->name, k->type);
	json_t *body = json_pack("{sO}", "add_rrset_values", add);
	if (ttl)
		json_object_set_new(body, "rrset_ttl", json_integer(ttl));
	int rc = api_call(ctx, "PATCH", url, body, 0, k->subject, &res);
	api_result_free(&res);
	json_decref(body);
	free(url);
	return rc;
}

int rrset_add(struct ctx *ctx, const struct rrkey *k, const json_t *values, long ttl,
	      json_t **added, long *ttl_out)
{
	struct rrset cur;
	struct api_result res = {0};
	json_t *add = json_array(), *body = NULL;
	char *url = NULL;
	bool found = false;
	*added = NULL;
	int rc = rrset_read(ctx, k, &cur, &found, NULL);
	if (rc)
		goto out;
	for (size_t i = 0; i < json_array_size(values); i++) {
		const char *v = json_string_value(json_array_get(values, i));
		if (!found || !values_contain(k->type, cur.values, cur.nvalues, v))
			json_array_append_new(add, json_string(v));
	}
	if (found) {
		bool ttl_change = ttl && ttl != cur.ttl;
		if (json_array_size(add) > 0 || ttl_change)
			rc = patch_add(ctx, k, add, ttl_change ? ttl : 0);
		*ttl_out = ttl ? ttl : (long)cur.ttl;
		goto out;
	}
	*ttl_out = ttl = ttl ? ttl : TTL_ADD_DEFAULT;
	url = records_url(ctx, k->zone, k->name, k->type);
	body = json_pack("{sOsI}", "rrset_values", add, "rrset_ttl", (json_int_t)ttl);
	rc = api_call(ctx, "POST", url, body, 0, k->subject, &res);
	bool lost = rc && (res.status == 0 ? res.http.maybe_sent : res.status >= 500);
	if (rc && (res.status == 409 || lost)) {
		/*
		 * 409: created meanwhile by another writer. Lost answer: the POST is
		 * not sent again. Either way, PATCH adds the values and can safely be
		 * repeated.
		 */
		error_clear(&ctx->err);
		rc = patch_add(ctx, k, add, res.status == 409 ? 0 : ttl);
	}
out:
	if (!rc) {
		*added = add;
		add = NULL;
	}
	api_result_free(&res);
	json_decref(body);
	json_decref(add);
	free(url);
	rrset_free(&cur);
	return rc;
}

int rrset_remove(struct ctx *ctx, const struct rrkey *k, const json_t *values,
		 json_t **removed, bool *found)
{
	struct rrset cur;
	struct api_result res = {0};
	json_t *remove = json_array(), *body = NULL;
	char *url = NULL;
	*removed = NULL;
	int rc = rrset_read(ctx, k, &cur, found, NULL);
	if (rc)
		goto out;
	for (size_t i = 0; *found && i < cur.nvalues; i++)
		for (size_t j = 0; j < json_array_size(values); j++)
			if (value_equal(k->type, cur.values[i],
					json_string_value(json_array_get(values, j)))) {
				/* the stored spelling, which the server matches */
				json_array_append_new(remove, json_string(cur.values[i]));
				break;
			}
	if (json_array_size(remove) == 0)
		goto out;
	url = records_url(ctx, k->zone, k->name, k->type);
	body = json_pack("{sO}", "remove_rrset_values", remove);
	rc = api_call(ctx, "PATCH", url, body, 0, k->subject, &res);
	if (rc && api_done_before_retry(ctx, &res))
		rc = 0;
	const json_t *left = !rc && json_is_object(res.json)
				     ? json_object_get(res.json, "rrset_values")
				     : NULL;
	if (json_is_array(left) && json_array_size(left) == 0) {
		/* a server that keeps an emptied RRset: delete it */
		api_result_free(&res);
		rc = api_call(ctx, "DELETE", url, NULL, 0, k->subject, &res);
		if (rc == EXIT_NOTFOUND && ctx->err.kind &&
		    strcmp(ctx->err.kind, "record_not_found") == 0) {
			error_clear(&ctx->err); /* the PATCH already removed it */
			rc = 0;
		}
	}
out:
	if (!rc) {
		*removed = remove;
		remove = NULL;
	}
	api_result_free(&res);
	json_decref(body);
	json_decref(remove);
	free(url);
	rrset_free(&cur);
	return rc;
}

int livedns_zone_probe(struct ctx *ctx, const char *fqdn, bool *exists)
{
	struct api_result res = {0};
	char *z = url_escape(fqdn);
	char *url = api_url(ctx, "/livedns/domains/%s", z);
	char *subject = zone_subject(fqdn);
	int rc = api_call(ctx, "GET", url, NULL, API_QUIET_404, subject, &res);
	*exists = rc == 0;
	if (rc == EXIT_NOTFOUND && res.status == 404)
		rc = 0;
	api_result_free(&res);
	free(subject);
	free(url);
	free(z);
	return rc;
}

int livedns_nameservers(struct ctx *ctx, const char *zone, char ***names, size_t *n)
{
	struct api_result res = {0};
	struct decoder d = {.what = "nameserver list"};
	char *z = url_escape(zone);
	char *url = api_url(ctx, "/livedns/domains/%s/nameservers", z);
	char *subject = zone_subject(zone);
	char **v = NULL;
	size_t len = 0;
	int rc = api_call(ctx, "GET", url, NULL, 0, subject, &res);
	if (rc)
		goto out;
	if (!json_is_array(res.json)) {
		dec_fail(&d, "it is not a list of names");
		rc = decode_error(ctx, &d);
		goto out;
	}
	len = json_array_size(res.json);
	v = xcalloc(len + 1, sizeof(char *));
	for (size_t i = 0; i < len; i++) {
		const char *s = json_string_value(json_array_get(res.json, i));
		if (!s || !*s) {
			dec_fail(&d, "item %zu is not a name", i + 1);
			rc = decode_error(ctx, &d);
			goto out;
		}
		v[i] = zone_name(s);
	}
	*names = v;
	*n = len;
	v = NULL;
out:
	strv_free(v);
	decoder_free(&d);
	api_result_free(&res);
	free(subject);
	free(url);
	free(z);
	return rc;
}

static json_t *strings_json(const char *const *values, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, json_string(values[i]));
	return arr;
}

int rrset_put_values(struct ctx *ctx, const struct rrkey *k, const char *const *values,
		     size_t n, long ttl)
{
	struct api_result res = {0};
	char *url = records_url(ctx, k->zone, k->name, k->type);
	json_t *body = json_pack("{sosI}", "rrset_values", strings_json(values, n), "rrset_ttl",
				 (json_int_t)ttl);
	int rc = api_call(ctx, "PUT", url, body, 0, k->subject, &res);
	api_result_free(&res);
	json_decref(body);
	free(url);
	return rc;
}

int rrset_add_values(struct ctx *ctx, const struct rrkey *k, const char *const *values,
		     size_t n, long ttl, bool *changed)
{
	json_t *arr = strings_json(values, n), *added = NULL;
	long ttl_now = 0;
	int rc = rrset_add(ctx, k, arr, ttl, &added, &ttl_now);
	*changed = !rc && json_array_size(added) > 0;
	json_decref(added);
	json_decref(arr);
	return rc;
}

int rrset_remove_values(struct ctx *ctx, const struct rrkey *k, const char *const *values,
			size_t n, bool *changed)
{
	json_t *arr = strings_json(values, n), *removed = NULL;
	bool found = false;
	int rc = rrset_remove(ctx, k, arr, &removed, &found);
	*changed = !rc && json_array_size(removed) > 0;
	json_decref(removed);
	json_decref(arr);
	return rc;
}

const char **values_view(const json_t *values, size_t *n)
{
	*n = json_array_size(values);
	const char **v = xcalloc(*n + 1, sizeof(char *));
	for (size_t i = 0; i < *n; i++)
		v[i] = json_string_value(json_array_get(values, i));
	return v;
}
