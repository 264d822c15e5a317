#include "gandi/domains.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "config/secret.h"
#include "gandi/call.h"
#include "output/output-json.h"
#include "util.h"
#include "xalloc.h"

/* ---- the list ---- */

struct each_domain {
	struct ctx *ctx;
	domain_fn *each;
	void *arg;
};

static int domain_item(void *arg, void *item, const struct jv_text *raw)
{
	struct each_domain *e = arg;
	return e->each(e->arg, item, raw);
}

static void list_call(struct call *c, const struct domain_query *q)
{
	call_init(c, "GET", "domain:view", 0);
	call_path(c, "/domain/domains");
	call_query(c, "sort_by", q->by_expiry ? "dates.registry_ends_at" : "fqdn");
	call_query(c, "tld", q->tld);
	call_query(c, "fqdn", q->fqdn);
	call_query(c, "sharing_id", q->sharing_id);
	call_about_domains(c);
}

int domains_each(struct ctx *ctx, const struct domain_query *q, domain_fn *each, void *arg)
{
	struct call c;
	struct each_domain e = {.ctx = ctx, .each = each, .arg = arg};
	list_call(&c, q);
	int rc = call_list(ctx, &c, &schema_domain, domain_item, &e);
	call_free(&c);
	return rc;
}

int domains_first(struct ctx *ctx, const struct domain_query *q, struct gandi_pages *p,
		  domain_fn *each, void *arg)
{
	struct call c;
	struct each_domain e = {.ctx = ctx, .each = each, .arg = arg};
	list_call(&c, q);
	int rc = call_pages_first(ctx, &c, &schema_domain, p, domain_item, &e);
	call_free(&c);
	return rc;
}

int domains_next(struct ctx *ctx, struct gandi_pages *p, long max_pages, domain_fn *each,
		 void *arg)
{
	struct each_domain e = {.ctx = ctx, .each = each, .arg = arg};
	return call_pages_next(ctx, p, max_pages, domain_item, &e);
}

/* ---- one domain ---- */

static void domain_call(struct call *c, const char *method, const char *scope,
			const char *fqdn, const char *suffix)
{
	call_init(c, method, scope, 0);
	call_path(c, "/domain/domains/%s", fqdn);
	call_path(c, suffix);
	call_about_domain(c, fqdn);
}

/* domain_read(); with fault not NULL, a failed request's facts go there (call_try). */
static int read_domain(struct ctx *ctx, const char *fqdn, struct domain_info *out,
		       struct jv **raw, struct api_fault **fault)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	domain_call(&c, "GET", "domain:view", fqdn, "");
	int rc = fault ? call_try(ctx, &c, &r, fault) : call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "domain"};
		secret_hide(ctx->token, json_string_value(json_object_get(r.json, "authinfo")));
		if (!decode_domain_info(&d, r.json, out)) {
			rc = call_decode_error(ctx, &d);
		} else if (raw) {
			json_t *shown = json_copy(r.json);
			json_object_del(shown, "authinfo");
			*raw = jv_of(shown);
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int domain_read(struct ctx *ctx, const char *fqdn, struct domain_info *out, struct jv **raw)
{
	return read_domain(ctx, fqdn, out, raw, NULL);
}

int domain_renew_rules(struct ctx *ctx, const char *fqdn, struct renew_rules *out)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	domain_call(&c, "GET", "domain:renew", fqdn, "/renew");
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		const json_t *info = r.json;
		if (json_is_object(json_object_get(info, "renew")))
			info = json_object_get(info, "renew"); /* the older wrapped form */
		struct decoder d = {.what = "renewal information"};
		out->prohibited = dec_bool(&d, info, "prohibited", false, false);
		out->max = dec_int(&d, info, "maximum", false, 9);
		out->min = dec_int(&d, info, "minimum", false, 1);
		if (d.error)
			rc = call_decode_error(ctx, &d);
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

void renewal_free(struct renewal *r)
{
	free(r->expires_after);
	jv_free(r->verdict);
	memset(r, 0, sizeof(*r));
}

/*
 * After a renewal whose answer may have been lost: read the expiry again.
 * Returns true when it moved past before (it was renewed).
 */
static bool renewed_meanwhile(struct ctx *ctx, const char *fqdn, const char *before,
			      struct renewal *out)
{
	struct domain_info now;
	struct api_fault *fault = NULL;
	time_t t0 = 0, t1 = 0;
	bool moved = false;
	if (read_domain(ctx, fqdn, &now, NULL, &fault)) {
		/* the renewal's own failure is what gets reported, not this one */
		api_fault_free(fault);
		error_clear(&ctx->err);
		out->recheck = RECHECK_UNREADABLE;
	} else {
		moved = before && now.dates.registry_ends_at && parse_time(before, &t0) &&
			parse_time(now.dates.registry_ends_at, &t1) && t1 > t0;
		if (moved)
			out->expires_after = xstrdup(now.dates.registry_ends_at);
		out->recheck = moved ? RECHECK_NONE : RECHECK_NOT_MOVED;
	}
	domain_info_free(&now);
	return moved;
}

int domain_renew(struct ctx *ctx, const char *fqdn, long years, bool dry_run, const char *before,
		 struct renewal *out)
{
	struct call c;
	struct reply r;
	struct api_fault *fault = NULL;
	memset(out, 0, sizeof(*out));
	domain_call(&c, "POST", "domain:renew", fqdn, "/renew");
	if (dry_run)
		c.flags |= CALL_DRY_RUN;
	call_query(&c, "sharing_id", ctx->sharing_id.value);
	call_body(&c, json_pack("{si}", "duration", (int)years));
	int rc = call_try(ctx, &c, &r, &fault);
	if (!rc) {
		out->status = r.status;
		out->verdict = r.json ? jv_ref(jv_of(r.json)) : jv_null();
	} else if (fault && fault->maybe_applied && !dry_run &&
		   renewed_meanwhile(ctx, fqdn, before, out)) {
		api_fault_free(fault);
		out->answer_lost = true;
		rc = 0;
	} else if (fault) {
		/* read again (out->recheck): the command says what holds */
		fault->rechecked = out->recheck != RECHECK_NONE;
		rc = error_api(ctx, fault);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int domain_autorenew_set(struct ctx *ctx, const char *fqdn, bool on)
{
	struct call c;
	struct reply r;
	domain_call(&c, "PATCH", "domain:renew", fqdn, "/autorenew");
	call_body(&c, json_pack("{sb}", "enabled", on));
	int rc = call_send(ctx, &c, &r);
	reply_free(&r);
	call_free(&c);
	return rc;
}

int domain_nameservers(struct ctx *ctx, const char *fqdn, char ***ns, size_t *n,
		       struct jv **raw)
{
	struct call c;
	struct reply r;
	*ns = NULL;
	*n = 0;
	if (raw)
		*raw = NULL;
	domain_call(&c, "GET", "domain:view", fqdn, "/nameservers");
	int rc = call_send(ctx, &c, &r);
	if (!rc && !json_is_array(r.json))
		rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: the "
			       "nameservers of %s are not a list", fqdn);
	if (!rc) {
		size_t len = json_array_size(r.json);
		*ns = xcalloc(len + 1, sizeof(**ns));
		for (size_t i = 0; i < len; i++) {
			const char *s = json_string_value(json_array_get(r.json, i));
			(*ns)[i] = xstrdup(s ? s : "?");
		}
		*n = len;
		if (raw)
			*raw = jv_ref(jv_of(r.json));
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int domain_nameservers_set(struct ctx *ctx, const char *fqdn, const char *const *ns, size_t n)
{
	struct call c;
	struct reply r;
	json_t *list = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(list, json_string(ns[i]));
	domain_call(&c, "PUT", "domain:tech", fqdn, "/nameservers");
	call_body(&c, json_pack("{so}", "nameservers", list));
	int rc = call_send(ctx, &c, &r);
	reply_free(&r);
	call_free(&c);
	return rc;
}

int domain_lock_set(struct ctx *ctx, const char *fqdn, bool locked)
{
	struct call c;
	struct reply r;
	domain_call(&c, "PATCH", "domain:tech", fqdn, "/status");
	call_body(&c, json_pack("{sb}", "clientTransferProhibited", locked));
	int rc = call_send(ctx, &c, &r);
	reply_free(&r);
	call_free(&c);
	return rc;
}

int domain_authinfo(struct ctx *ctx, const char *fqdn, char **code, char **expires_at,
		    bool *locked)
{
	struct call c;
	struct reply r;
	*code = *expires_at = NULL;
	*locked = false;
	domain_call(&c, "GET", "domain:view", fqdn, "");
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "domain"};
		const json_t *dates = dec_object(&d, r.json, "dates", false);
		*code = dec_strdup(&d, r.json, "authinfo", false);
		secret_hide(ctx->token, *code);
		*expires_at = dates ? dec_strdup(&d, dates, "authinfo_expires_at", false) : NULL;
		size_t n = 0;
		char **status = dec_strv(&d, r.json, "status", false, &n);
		for (size_t i = 0; i < n; i++)
			*locked |= strcmp(status[i], "clientTransferProhibited") == 0;
		strv_free(status);
		if (d.error) {
			rc = call_decode_error(ctx, &d);
		} else if (!*code || !**code) {
			rc = error_set(ctx, EXIT_NOTFOUND, "not_found", "Gandi gives no transfer code "
				       "for %s", fqdn);
			error_detail(ctx, "some registries hand the code to the owner themselves; "
					  "'gandi domain authinfo %s --reset' asks Gandi for a new one\n",
				     fqdn);
		}
		if (rc) {
			secret_release(*code);
			free(*expires_at);
			*code = *expires_at = NULL;
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int domain_authinfo_reset(struct ctx *ctx, const char *fqdn)
{
	struct call c;
	struct reply r;
	domain_call(&c, "PUT", "domain:tech", fqdn, "/authinfo");
	int rc = call_send(ctx, &c, &r);
	reply_free(&r);
	call_free(&c);
	return rc;
}

/* ---- availability ---- */

static void decode_products(struct decoder *d, const json_t *j, struct availability *out)
{
	out->currency = dec_strdup(d, j, "currency", false);
	const json_t *products = dec_array(d, j, "products", false);
	size_t n = json_array_size(products);
	out->products = xcalloc(n + 1, sizeof(*out->products));
	for (size_t i = 0; !d->error && i < n; i++) {
		const json_t *p = json_array_get(products, i);
		struct domain_product *dp = &out->products[out->len++];
		dp->name = dec_strdup(d, p, "name", false);
		dp->status = dec_strdup(d, p, "status", true);
		const json_t *prices = dec_array(d, p, "prices", false);
		const json_t *first = json_array_size(prices) ? json_array_get(prices, 0) : NULL;
		if (first && json_is_object(first)) {
			const json_t *amount = json_object_get(first, "price_after_taxes");
			if (json_is_number(amount)) {
				dp->has_price = true;
				dp->price = json_number_value(amount);
			}
			dp->min_duration = dec_int(d, first, "min_duration", false, 1);
			dp->unit = dec_strdup(d, first, "duration_unit", false);
		}
	}
}

int domain_available(struct ctx *ctx, const char *name, struct availability *out,
		     struct jv **raw)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	call_init(&c, "GET", NULL, 0);
	call_path(&c, "/domain/check");
	call_query(&c, "name", name);
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "availability"};
		decode_products(&d, r.json, out);
		if (d.error)
			rc = call_decode_error(ctx, &d);
		else if (raw)
			*raw = jv_ref(jv_of(r.json));
		decoder_free(&d);
	}
	if (rc)
		availability_free(out);
	reply_free(&r);
	call_free(&c);
	return rc;
}

void availability_free(struct availability *a)
{
	for (size_t i = 0; i < a->len; i++) {
		free(a->products[i].name);
		free(a->products[i].status);
		free(a->products[i].unit);
	}
	free(a->products);
	free(a->currency);
	memset(a, 0, sizeof(*a));
}

/* The yearly price of a renew product of fqdn that covers years, if it has one. */
static void decode_renew_price(struct decoder *d, const json_t *j, const char *fqdn,
			       long years, struct renew_price *out)
{
	const json_t *products = dec_array(d, j, "products", false);
	for (size_t i = 0; !d->error && !out->given && i < json_array_size(products); i++) {
		const json_t *p = json_array_get(products, i);
		const char *name = dec_str(d, p, "name", false);
		const char *process = dec_str(d, p, "process", false);
		const json_t *prices = dec_array(d, p, "prices", false);
		if (d->error || !name || strcasecmp(name, fqdn) != 0 ||
		    (process && strcmp(process, "renew") != 0))
			continue;
		for (size_t k = 0; !d->error && !out->given && k < json_array_size(prices); k++) {
			const json_t *e = json_array_get(prices, k);
			const char *unit = dec_str(d, e, "duration_unit", false);
			long long lo = dec_int(d, e, "min_duration", false, 1);
			long long hi = dec_int(d, e, "max_duration", false, years);
			const json_t *amount = json_object_get(e, "price_after_taxes");
			if (d->error || !json_is_number(amount) || (unit && strcmp(unit, "y") != 0) ||
			    years < lo || years > hi)
				continue;
			out->given = true;
			out->per_year = json_number_value(amount);
		}
	}
	if (!d->error && out->given)
		out->currency = dec_strdup(d, j, "currency", false);
}

int domain_renew_price(struct ctx *ctx, const char *fqdn, long years, struct renew_price *out)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	call_init(&c, "GET", NULL, 0);
	call_path(&c, "/domain/check");
	call_query(&c, "name", fqdn);
	call_query(&c, "processes", "renew");
	call_about_domain(&c, fqdn);
	c.max_attempts = 1;
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "renewal price"};
		decode_renew_price(&d, r.json, fqdn, years, out);
		if (d.error)
			rc = call_decode_error(ctx, &d);
		decoder_free(&d);
	}
	if (rc)
		renew_price_free(out);
	reply_free(&r);
	call_free(&c);
	return rc;
}

void renew_price_free(struct renew_price *p)
{
	free(p->currency);
	memset(p, 0, sizeof(*p));
}

const char *date_only(const char *api_date)
{
	static char buf[11];
	time_t t;
	if (!api_date || !parse_time(api_date, &t))
		return "-";
	format_date(t, buf);
	return buf;
}
