#include "gandi/decode.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "dns/value.h"
#include "output/output.h"
#include "xalloc.h"

void dec_fail(struct decoder *d, const char *fmt, ...)
{
	if (d->error)
		return;
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	d->error = buf_detach(&b);
}

void decoder_free(struct decoder *d)
{
	free(d->error);
	d->error = NULL;
}

const char *json_kind_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "an object";
	case JSON_ARRAY:
		return "an array";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
		return "an integer";
	case JSON_REAL:
		return "a number";
	case JSON_TRUE:
	case JSON_FALSE:
		return "a boolean";
	default:
		return "null";
	}
}

/* The field, or NULL when absent (an error when required). null counts as absent. */
static const json_t *field(struct decoder *d, const json_t *obj, const char *key, bool required)
{
	if (!json_is_object(obj)) {
		dec_fail(d, "%s is %s, not an object", d->what, obj ? json_kind_name(obj) : "missing");
		return NULL;
	}
	const json_t *v = json_object_get(obj, key);
	if (!v || json_is_null(v)) {
		if (required)
			dec_fail(d, "%s has no '%s'", d->what, key);
		return NULL;
	}
	return v;
}

static void wrong(struct decoder *d, const char *key, const json_t *v, const char *want)
{
	dec_fail(d, "%s field '%s' is %s, not %s", d->what, key, json_kind_name(v), want);
}

const char *dec_str(struct decoder *d, const json_t *obj, const char *key, bool required)
{
	const json_t *v = field(d, obj, key, required);
	if (!v)
		return NULL;
	if (!json_is_string(v)) {
		wrong(d, key, v, "a string");
		return NULL;
	}
	return json_string_value(v);
}

char *dec_strdup(struct decoder *d, const json_t *obj, const char *key, bool required)
{
	const char *s = dec_str(d, obj, key, required);
	return s ? xstrdup(s) : NULL;
}

long long dec_int(struct decoder *d, const json_t *obj, const char *key, bool required,
		  long long def)
{
	const json_t *v = field(d, obj, key, required);
	if (!v)
		return def;
	if (json_is_integer(v))
		return (long long)json_integer_value(v);
	if (json_is_real(v)) {
		double x = json_real_value(v);
		if (x >= -9.2e18 && x <= 9.2e18)
			return (long long)x;
	}
	wrong(d, key, v, "an integer");
	return def;
}

bool dec_bool(struct decoder *d, const json_t *obj, const char *key, bool required, bool def)
{
	const json_t *v = field(d, obj, key, required);
	if (!v)
		return def;
	if (!json_is_boolean(v)) {
		wrong(d, key, v, "a boolean");
		return def;
	}
	return json_is_true(v);
}

const json_t *dec_array(struct decoder *d, const json_t *obj, const char *key, bool required)
{
	const json_t *v = field(d, obj, key, required);
	if (v && !json_is_array(v)) {
		wrong(d, key, v, "an array");
		return NULL;
	}
	return v;
}

const json_t *dec_object(struct decoder *d, const json_t *obj, const char *key, bool required)
{
	const json_t *v = field(d, obj, key, required);
	if (v && !json_is_object(v)) {
		wrong(d, key, v, "an object");
		return NULL;
	}
	return v;
}

char **dec_strv(struct decoder *d, const json_t *obj, const char *key, bool required,
		size_t *count)
{
	const json_t *arr = dec_array(d, obj, key, required);
	size_t n = arr ? json_array_size(arr) : 0;
	char **v = xcalloc(n + 1, sizeof(*v));
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		const json_t *item = json_array_get(arr, i);
		if (!json_is_string(item)) {
			dec_fail(d, "%s field '%s' holds %s, not a string", d->what, key,
				 json_kind_name(item));
			continue;
		}
		v[k++] = xstrdup(json_string_value(item));
	}
	if (count)
		*count = k;
	return v;
}

void strv_free(char **v)
{
	for (size_t i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

bool decode_tokeninfo(struct decoder *d, const json_t *j, struct tokeninfo *out)
{
	memset(out, 0, sizeof(*out));
	out->name = dec_strdup(d, j, "pat_name", false);
	out->scopes = dec_strv(d, j, "scope", false, &out->nscopes);
	const json_t *ents = dec_array(d, j, "entities", false);
	size_t n = ents ? json_array_size(ents) : 0;
	out->entities = xcalloc(n + 1, sizeof(*out->entities));
	for (size_t i = 0; i < n; i++) {
		const json_t *e = json_array_get(ents, i);
		struct token_entity *te = &out->entities[out->nentities];
		if (json_is_string(e)) {
			te->id = xstrdup(json_string_value(e));
		} else {
			te->id = dec_strdup(d, e, "id", false);
			te->type = dec_strdup(d, e, "type", false);
			te->name = dec_strdup(d, e, "name", false);
		}
		out->nentities++;
	}
	const json_t *exp = json_is_object(j) ? json_object_get(j, "expires_in") : NULL;
	if (exp && !json_is_null(exp)) {
		out->expires_in = dec_int(d, j, "expires_in", false, 0);
		out->has_expiry = true;
	}
	return d->error == NULL;
}

void tokeninfo_free(struct tokeninfo *t)
{
	free(t->name);
	strv_free(t->scopes);
	for (size_t i = 0; i < t->nentities; i++) {
		free(t->entities[i].id);
		free(t->entities[i].type);
		free(t->entities[i].name);
	}
	free(t->entities);
	memset(t, 0, sizeof(*t));
}

bool tokeninfo_has_scope(const struct tokeninfo *t, const char *scope)
{
	for (size_t i = 0; i < t->nscopes; i++)
		if (strcmp(t->scopes[i], scope) == 0)
			return true;
	return false;
}

static void decode_dates(struct decoder *d, const json_t *j, struct domain_dates *out)
{
	const json_t *dates = dec_object(d, j, "dates", false);
	if (!dates)
		return;
	out->created_at = dec_strdup(d, dates, "created_at", false);
	out->registry_created_at = dec_strdup(d, dates, "registry_created_at", false);
	out->registry_ends_at = dec_strdup(d, dates, "registry_ends_at", false);
	out->updated_at = dec_strdup(d, dates, "updated_at", false);
	out->renew_begins_at = dec_strdup(d, dates, "renew_begins_at", false);
	out->deletes_at = dec_strdup(d, dates, "deletes_at", false);
	out->hold_ends_at = dec_strdup(d, dates, "hold_ends_at", false);
	out->restore_ends_at = dec_strdup(d, dates, "restore_ends_at", false);
}

static void dates_free(struct domain_dates *dd)
{
	free(dd->created_at);
	free(dd->registry_created_at);
	free(dd->registry_ends_at);
	free(dd->updated_at);
	free(dd->renew_begins_at);
	free(dd->deletes_at);
	free(dd->hold_ends_at);
	free(dd->restore_ends_at);
}

bool decode_domain(struct decoder *d, const json_t *j, struct domain *out)
{
	return dec_schema(d, &schema_domain, j, out);
}

void domain_free(struct domain *dom)
{
	free(dom->fqdn);
	free(dom->fqdn_unicode);
	free(dom->tld);
	free(dom->id);
	strv_free(dom->status);
	dates_free(&dom->dates);
	free(dom->nameserver);
	free(dom->owner);
	free(dom->orga_owner);
	free(dom->sharing_id);
	memset(dom, 0, sizeof(*dom));
}

bool decode_domain_info(struct decoder *d, const json_t *j, struct domain_info *out)
{
	memset(out, 0, sizeof(*out));
	out->fqdn = dec_strdup(d, j, "fqdn", true);
	out->fqdn_unicode = dec_strdup(d, j, "fqdn_unicode", false);
	out->tld = dec_strdup(d, j, "tld", false);
	out->id = dec_strdup(d, j, "id", false);
	out->status = dec_strv(d, j, "status", false, &out->nstatus);
	decode_dates(d, j, &out->dates);
	/* the details form holds an object; tolerate the list form's boolean */
	const json_t *ar = json_is_object(j) ? json_object_get(j, "autorenew") : NULL;
	if (json_is_boolean(ar)) {
		out->autorenew = json_is_true(ar);
	} else if (ar && !json_is_null(ar)) {
		const json_t *o = dec_object(d, j, "autorenew", false);
		out->autorenew = dec_bool(d, o, "enabled", false, false);
		out->autorenew_duration = dec_int(d, o, "duration", false, 0);
	}
	out->nameservers = dec_strv(d, j, "nameservers", false, &out->nnameservers);
	out->services = dec_strv(d, j, "services", false, &out->nservices);
	for (size_t i = 0; i < out->nstatus; i++)
		out->transfer_locked |= strcmp(out->status[i], "clientTransferProhibited") == 0;
	out->can_tld_lock = dec_bool(d, j, "can_tld_lock", false, true);
	const json_t *space = dec_object(d, j, "sharing_space", false);
	if (space) {
		out->org_id = dec_strdup(d, space, "id", false);
		out->org_name = dec_strdup(d, space, "name", false);
		out->org_type = dec_strdup(d, space, "type", false);
	}
	const json_t *contacts = dec_object(d, j, "contacts", false);
	const json_t *owner = contacts ? dec_object(d, contacts, "owner", false) : NULL;
	if (owner) {
		const char *org = dec_str(d, owner, "orgname", false);
		const char *given = dec_str(d, owner, "given", false);
		const char *family = dec_str(d, owner, "family", false);
		if (org && *org)
			out->owner = xstrdup(org);
		else if (given || family)
			out->owner = xasprintf("%s%s%s", given ? given : "",
					       given && family ? " " : "", family ? family : "");
	}
	return d->error == NULL;
}

void domain_info_free(struct domain_info *di)
{
	free(di->fqdn);
	free(di->fqdn_unicode);
	free(di->tld);
	free(di->id);
	strv_free(di->status);
	dates_free(&di->dates);
	strv_free(di->nameservers);
	strv_free(di->services);
	free(di->org_id);
	free(di->org_name);
	free(di->org_type);
	free(di->owner);
	memset(di, 0, sizeof(*di));
}

bool decode_rrset(struct decoder *d, const json_t *j, struct rrset *out)
{
	return dec_schema(d, &schema_rrset, j, out);
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The last segment of a path before end, percent-decoded (to free()), and where it starts. */
static char *last_segment(const char *start, const char *end, const char **at)
{
	const char *p = end;
	while (p > start && p[-1] != '/')
		p--;
	*at = p;
	struct buf b = {0};
	for (const char *q = p; q < end; q++) {
		int hi, lo;
		if (*q == '%' && end - q > 2 && (hi = hexval(q[1])) >= 0 && (lo = hexval(q[2])) >= 0) {
			buf_addc(&b, (char)(hi * 16 + lo));
			q += 2;
		} else {
			buf_addc(&b, *q);
		}
	}
	return buf_detach(&b);
}

/* Whether an rrset_href ".../records/NAME/TYPE" names r (an href of another form says nothing). */
static bool href_names(const char *href, const struct rrset *r)
{
	const char *end = href + strlen(href), *at = NULL, *records = strstr(href, "/records/");
	if (!records)
		return true;
	char *type = last_segment(href, end, &at);
	char *name = at > href ? last_segment(href, at - 1, &at) : xstrdup("");
	bool ok = at == records + strlen("/records/") ? strcasecmp(name, r->name) == 0 &&
							 strcmp(type, r->type) == 0
						       : true;
	free(type);
	free(name);
	return ok;
}

bool rrset_answer_check(struct decoder *d, const struct rrset *r, const char *name,
			const char *type)
{
	if (r->ttl < DNSV_TTL_MIN || r->ttl > DNSV_TTL_MAX)
		dec_fail(d, "the %s record %s has the TTL %lld, which LiveDNS cannot hold (%d to %d)",
			 r->type, r->name, r->ttl, DNSV_TTL_MIN, DNSV_TTL_MAX);
	else if (name && type && (strcasecmp(name, r->name) != 0 || strcmp(type, r->type) != 0))
		dec_fail(d, "asked for the %s record %s, it sent the %s record %s", type, name,
			 r->type, r->name);
	else if (name && strcasecmp(name, r->name) != 0)
		dec_fail(d, "asked for the records at %s, it sent the %s record %s", name, r->type,
			 r->name);
	else if (type && strcmp(type, r->type) != 0)
		dec_fail(d, "asked for the %s records, it sent the %s record %s", type, r->type,
			 r->name);
	else if (r->href && !href_names(r->href, r))
		dec_fail(d, "the %s record %s comes with the rrset_href of another RRset ('%s')",
			 r->type, r->name, r->href);
	return d->error == NULL;
}

bool decode_rrset_answer(struct decoder *d, const json_t *j, struct rrset *out,
			 const char *name, const char *type)
{
	return decode_rrset(d, j, out) && rrset_answer_check(d, out, name, type);
}

void rrset_free(struct rrset *r)
{
	free(r->name);
	free(r->type);
	free(r->href);
	strv_free(r->values);
	memset(r, 0, sizeof(*r));
}

bool decode_webredir(struct decoder *d, const json_t *j, struct webredir *out)
{
	return dec_schema(d, &schema_webredir, j, out);
}

void webredir_free(struct webredir *w)
{
	free(w->host);
	free(w->type);
	free(w->url);
	free(w->protocol);
	free(w->cert_status);
	free(w->created_at);
	free(w->updated_at);
	memset(w, 0, sizeof(*w));
}

void org_free(struct org *o)
{
	free(o->id);
	free(o->name);
	free(o->type);
	memset(o, 0, sizeof(*o));
}

bool decode_snapshot(struct decoder *d, const json_t *j, struct snapshot *out)
{
	return dec_schema(d, &schema_snapshot, j, out);
}

void snapshot_free(struct snapshot *s)
{
	free(s->id);
	free(s->name);
	free(s->created_at);
	for (size_t i = 0; i < s->nrecords; i++)
		rrset_free(&s->records[i]);
	free(s->records);
	jv_free(s->raw_records);
	memset(s, 0, sizeof(*s));
}

/* ---- the field tables ---- */

bool dec_schema(struct decoder *d, const struct schema *s, const json_t *j, void *out)
{
	char *base = out;
	memset(out, 0, s->size);
	if (!json_is_object(j))
		dec_fail(d, "%s is %s, not an object", d->what, j ? json_kind_name(j) : "missing");
	for (size_t i = 0; i < s->nfields && !d->error; i++) {
		const struct field *f = &s->fields[i];
		const json_t *obj = f->parent ? dec_object(d, j, f->parent, false) : j;
		void *at = base + f->at;
		switch (f->kind) {
		case FIELD_STR:
			*(char **)at = obj ? dec_strdup(d, obj, f->key, f->required) : NULL;
			break;
		case FIELD_INT:
			*(long long *)at = obj ? dec_int(d, obj, f->key, f->required, f->def) : f->def;
			break;
		case FIELD_BOOL:
			*(bool *)at = obj ? dec_bool(d, obj, f->key, f->required, f->def) : f->def;
			break;
		case FIELD_STRV:
			*(char ***)at = dec_strv(d, obj, f->key, f->required, (size_t *)(base + f->count_at));
			break;
		}
	}
	/* every string array is an array, even when decoding stopped early */
	for (size_t i = 0; i < s->nfields; i++)
		if (s->fields[i].kind == FIELD_STRV && !*(char ***)(base + s->fields[i].at))
			*(char ***)(base + s->fields[i].at) = xcalloc(1, sizeof(char *));
	return d->error == NULL;
}

/* Members named as the struct's: F_STR(struct webredir, host, true) */
#define F_STR(T, k, req) {NULL, #k, FIELD_STR, req, offsetof(T, k), 0, 0}
#define F_BOOL(T, k, def) {NULL, #k, FIELD_BOOL, false, offsetof(T, k), 0, def}
#define F_STRV(T, k, n, req) {NULL, #k, FIELD_STRV, req, offsetof(T, k), offsetof(T, n), 0}
/* A member of an object member, or named otherwise: F_STR_AT(T, "dates", "x", dates.x, false) */
#define F_STR_AT(T, p, k, member, req) {p, k, FIELD_STR, req, offsetof(T, member), 0, 0}

static void domain_free_v(void *p)
{
	domain_free(p);
}

static const struct field domain_fields[] = {
	F_STR(struct domain, fqdn, true),
	F_STR(struct domain, fqdn_unicode, false),
	F_STR(struct domain, tld, false),
	F_STR(struct domain, id, false),
	F_STRV(struct domain, status, nstatus, false),
	F_BOOL(struct domain, autorenew, false),
	F_STR_AT(struct domain, "dates", "created_at", dates.created_at, false),
	F_STR_AT(struct domain, "dates", "registry_created_at", dates.registry_created_at, false),
	F_STR_AT(struct domain, "dates", "registry_ends_at", dates.registry_ends_at, false),
	F_STR_AT(struct domain, "dates", "updated_at", dates.updated_at, false),
	F_STR_AT(struct domain, "dates", "renew_begins_at", dates.renew_begins_at, false),
	F_STR_AT(struct domain, "dates", "deletes_at", dates.deletes_at, false),
	F_STR_AT(struct domain, "dates", "hold_ends_at", dates.hold_ends_at, false),
	F_STR_AT(struct domain, "dates", "restore_ends_at", dates.restore_ends_at, false),
	F_STR_AT(struct domain, "nameserver", "current", nameserver, false),
	F_STR(struct domain, owner, false),
	F_STR(struct domain, orga_owner, false),
	F_STR(struct domain, sharing_id, false),
};
const struct schema schema_domain = {"domain", sizeof(struct domain), domain_fields,
				     sizeof(domain_fields) / sizeof(domain_fields[0]),
				     domain_free_v};

static void rrset_free_v(void *p)
{
	rrset_free(p);
}

static const struct field rrset_fields[] = {
	F_STR_AT(struct rrset, NULL, "rrset_name", name, true),
	F_STR_AT(struct rrset, NULL, "rrset_type", type, true),
	{NULL, "rrset_ttl", FIELD_INT, false, offsetof(struct rrset, ttl), 0, 10800},
	{NULL, "rrset_values", FIELD_STRV, true, offsetof(struct rrset, values),
	 offsetof(struct rrset, nvalues), 0},
	F_STR_AT(struct rrset, NULL, "rrset_href", href, false),
};
const struct schema schema_rrset = {"record", sizeof(struct rrset), rrset_fields,
				    sizeof(rrset_fields) / sizeof(rrset_fields[0]),
				    rrset_free_v};

static void webredir_free_v(void *p)
{
	webredir_free(p);
}

static const struct field webredir_fields[] = {
	F_STR(struct webredir, host, true),
	F_STR(struct webredir, type, false),
	F_STR(struct webredir, url, false),
	F_STR(struct webredir, protocol, false),
	F_STR(struct webredir, cert_status, false),
	F_STR(struct webredir, created_at, false),
	F_STR(struct webredir, updated_at, false),
};
const struct schema schema_webredir = {"redirection", sizeof(struct webredir),
				       webredir_fields,
				       sizeof(webredir_fields) / sizeof(webredir_fields[0]),
				       webredir_free_v};

static void snapshot_free_v(void *p)
{
	snapshot_free(p);
}

static const struct field snapshot_fields[] = {
	F_STR(struct snapshot, id, true),
	F_STR(struct snapshot, name, false),
	F_STR(struct snapshot, created_at, false),
	F_BOOL(struct snapshot, automatic, false),
};
const struct schema schema_snapshot = {"snapshot", sizeof(struct snapshot), snapshot_fields,
				       sizeof(snapshot_fields) / sizeof(snapshot_fields[0]),
				       snapshot_free_v};

static void org_free_v(void *p)
{
	org_free(p);
}

static const struct field org_fields[] = {
	F_STR(struct org, id, false),
	F_STR(struct org, name, false),
	F_STR(struct org, type, false),
};
const struct schema schema_org = {"organization", sizeof(struct org), org_fields,
				  sizeof(org_fields) / sizeof(org_fields[0]), org_free_v};

struct nothing {
	char unused;
};

static void nothing_free(void *p)
{
	memset(p, 0, sizeof(struct nothing));
}

const struct schema schema_object = {"item", sizeof(struct nothing), NULL, 0, nothing_free};
