/*
 * /v5/domain: list, details, renewal, autorenew, nameservers, LiveDNS
 * switch and availability check.
 */
#include <ctype.h>
#include <fnmatch.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "nameservers.h"
#include "records.h"

#define DAY 86400L

static json_t *domain_list_item(const struct req *rq, const struct domain *d)
{
	json_t *o = json_object();
	json_object_set(o, "status", d->status);
	json_object_set_new(o, "dates",
			    json_pack("{s:o, s:o, s:o, s:o}", "created_at", jtime(d->created_at),
				      "registry_created_at", jtime(d->registry_created_at),
				      "registry_ends_at", jtime(d->registry_ends_at), "updated_at",
				      jtime(d->updated_at)));
	json_object_set(o, "tags", d->tags);
	json_object_set_new(o, "fqdn", json_string(d->fqdn));
	json_object_set_new(o, "id", json_string(d->id));
	json_object_set_new(o, "autorenew", json_boolean(d->autorenew));
	json_object_set_new(o, "tld", json_string(d->tld));
	json_object_set_new(o, "owner", json_string(d->org->name));
	json_object_set_new(o, "orga_owner", json_string(d->org->name));
	json_object_set_new(o, "domain_owner", json_string(d->owner));
	json_object_set_new(o, "nameserver", json_pack("{s:s}", "current", d->ns_current));
	char *h = href(rq, "/v5/domain/domains/%s", d->fqdn);
	json_object_set_new(o, "href", json_string(h));
	free(h);
	char *u = unicode_dup(d->fqdn);
	json_object_set_new(o, "fqdn_unicode", json_string(u));
	free(u);
	json_object_set_new(o, "sharing_id", json_string(d->org->id));
	return o;
}

static bool fqdn_matches(const char *pattern, const char *fqdn)
{
	char *p = lower_dup(pattern);
	bool ok = fnmatch(p, fqdn, FNM_NOESCAPE) == 0;
	free(p);
	return ok;
}

/* Sort keys of the domain list. */
struct dsort {
	const char *key;
	int (*cmp)(const void *, const void *);
};

static int cmp_time(time_t a, time_t b)
{
	return a < b ? -1 : a > b;
}

#define DCMP(fn, expr)                                                           \
	static int fn(const void *pa, const void *pb)                            \
	{                                                                        \
		const struct domain *a = *(struct domain *const *)pa;            \
		const struct domain *b = *(struct domain *const *)pb;            \
		int c = (expr);                                                  \
		return c ? c : strcmp(a->fqdn, b->fqdn);                         \
	}

DCMP(by_fqdn, strcmp(a->fqdn, b->fqdn))
DCMP(by_tld, strcmp(a->tld, b->tld))
DCMP(by_ends, cmp_time(a->registry_ends_at, b->registry_ends_at))
DCMP(by_created, cmp_time(a->created_at, b->created_at))
DCMP(by_updated, cmp_time(a->updated_at, b->updated_at))
DCMP(by_reg_created, cmp_time(a->registry_created_at, b->registry_created_at))

static const struct dsort dsorts[] = {
	{"fqdn", by_fqdn},
	{"tld", by_tld},
	{"dates.registry_ends_at", by_ends},
	{"dates.created_at", by_created},
	{"dates.updated_at", by_updated},
	{"dates.registry_created_at", by_reg_created},
};

/* The nameserver filter: livedns, abc (Gandi's classic DNS) or other. */
static bool ns_matches(const char *filter, const char *current)
{
	if (strcmp(filter, "other") == 0)
		return strcmp(current, "livedns") != 0 && strcmp(current, "abc") != 0;
	return strcmp(filter, current) == 0;
}

void h_domains_list(struct req *rq, struct resp *rs)
{
	struct store *st = rq->emu->store;
	const char *fqdn = query_get(&rq->q, "fqdn");
	const char *tld = query_get(&rq->q, "tld");
	const char *ns = query_get(&rq->q, "nameserver");
	const char *sort = query_get(&rq->q, "sort_by");
	const struct org *sharing = NULL;
	struct domain **sel = NULL;
	size_t nsel = 0, total = 0, first, last;
	const struct dsort *ds = &dsorts[0];
	bool desc = false;
	if (sort) {
		const char *k = sort[0] == '-' ? sort + 1 : sort;
		desc = sort[0] == '-';
		ds = NULL;
		for (size_t i = 0; i < sizeof dsorts / sizeof dsorts[0] && !ds; i++)
			if (strcmp(dsorts[i].key, k) == 0)
				ds = &dsorts[i];
		if (!ds)
			verr(rs, "querystring", "sort_by",
			     "'%s' is not a sort key (use fqdn, tld, dates.registry_ends_at, "
			     "dates.created_at, dates.updated_at, with '-' for descending order)",
			     sort);
	}
	if (ns && strcmp(ns, "livedns") && strcmp(ns, "abc") && strcmp(ns, "other"))
		verr(rs, "querystring", "nameserver",
		     "nameserver must be one of abc, livedns, other, not '%s'", ns);
	if (verr_done(rs) || sharing_filter(rq, rs, &sharing) < 0)
		goto out;
	sel = xcalloc(st->ndomains ? st->ndomains : 1, sizeof *sel);
	for (size_t i = 0; i < st->ndomains; i++) {
		struct domain *d = st->domains[i];
		if (!token_covers(rq->tok, d))
			continue;
		total++;
		if (sharing && d->org != sharing)
			continue;
		if (fqdn && !fqdn_matches(fqdn, d->fqdn))
			continue;
		if (tld && strcasecmp(tld, d->tld) != 0)
			continue;
		if (ns && !ns_matches(ns, d->ns_current))
			continue;
		sel[nsel++] = d;
	}
	if (ds && (ds != &dsorts[0] || desc))
		qsort(sel, nsel, sizeof *sel, ds->cmp);
	if (paginate(rq, rs, total, nsel, 100, &first, &last) < 0)
		goto out;
	json_t *arr = json_array();
	for (size_t i = first; i < last; i++)
		json_array_append_new(arr, domain_list_item(rq, sel[desc ? nsel - 1 - i : i]));
	resp_json(rs, 200, arr);
out:
	free(sel);
}

/* A contact object built from the owning organization. */
static json_t *contact_from_org(const struct org *org, bool owner)
{
	json_t *c = json_object();
	static const char *const copy[] = {"email", "streetaddr", "zip", "city", "state",
					   "country", "phone", "orgname", NULL};
	json_t *v;
	const char *type = json_string_value(json_object_get(org->obj, "type"));
	if ((v = json_object_get(org->obj, "firstname")))
		json_object_set(c, "given", v);
	if ((v = json_object_get(org->obj, "lastname")))
		json_object_set(c, "family", v);
	for (size_t i = 0; copy[i]; i++)
		if ((v = json_object_get(org->obj, copy[i])) && !json_is_null(v))
			json_object_set(c, copy[i], v);
	json_object_set_new(c, "type", json_string(type && strcmp(type, "company") == 0
							   ? "company"
							   : "individual"));
	json_object_set_new(c, "extra_parameters", json_object());
	json_object_set_new(c, "data_obfuscated", json_true());
	json_object_set_new(c, "mail_obfuscated", json_true());
	if (!owner)
		json_object_set_new(c, "same_as_owner", json_true());
	return c;
}

void h_domain_get(struct req *rq, struct resp *rs)
{
	const struct domain *d = rq->dom;
	time_t end = d->registry_ends_at;
	json_t *o = json_object();
	json_object_set(o, "status", d->status);
	json_t *dates = json_object();
	json_object_set_new(dates, "created_at", jtime(d->created_at));
	json_object_set_new(dates, "deletes_at", jtime(end + 45 * DAY));
	json_object_set_new(dates, "hold_begins_at", jtime(end));
	json_object_set_new(dates, "hold_ends_at", jtime(end + 45 * DAY));
	json_object_set_new(dates, "pending_delete_ends_at", jtime(end + 80 * DAY));
	json_object_set_new(dates, "registry_created_at", jtime(d->registry_created_at));
	json_object_set_new(dates, "registry_ends_at", jtime(end));
	json_object_set_new(dates, "renew_begins_at", jtime(d->registry_created_at));
	json_object_set_new(dates, "restore_ends_at", jtime(end + 75 * DAY));
	json_object_set_new(dates, "updated_at", jtime(d->updated_at));
	json_object_set_new(o, "dates", dates);
	json_object_set_new(o, "can_tld_lock", json_boolean(d->can_tld_lock));
	json_object_set(o, "tags", d->tags);
	json_object_set_new(o, "reachability", json_string("done"));
	json_object_set_new(o, "nameservers", jstrv(d->ns, d->nns));
	if (d->contacts) {
		json_object_set(o, "contacts", d->contacts);
	} else {
		json_object_set_new(o, "contacts",
				    json_pack("{s:o, s:o, s:o, s:o}", "admin",
					      contact_from_org(d->org, false), "bill",
					      contact_from_org(d->org, false), "tech",
					      contact_from_org(d->org, false), "owner",
					      contact_from_org(d->org, true)));
	}
	json_object_set_new(o, "fqdn", json_string(d->fqdn));
	char *ar_href = href(rq, "/v5/domain/domains/%s/autorenew", d->fqdn);
	json_t *ar_dates = json_array();
	json_array_append_new(ar_dates, jtime(end - 30 * DAY));
	json_array_append_new(ar_dates, jtime(end - 15 * DAY));
	json_array_append_new(ar_dates, jtime(end - 1 * DAY));
	json_object_set_new(o, "autorenew",
			    json_pack("{s:o, s:s, s:i, s:s, s:b}", "dates", ar_dates, "org_id",
				      d->org->id, "duration", d->autorenew_duration, "href", ar_href,
				      "enabled", d->autorenew));
	free(ar_href);
	json_object_set_new(o, "authinfo", json_string(d->authinfo));
	const char *otype = json_string_value(json_object_get(d->org->obj, "type"));
	json_object_set_new(o, "sharing_space",
			    json_pack("{s:s, s:s, s:s}", "type",
				      otype && strcmp(otype, "individual") == 0 ? "user"
										: "organization",
				      "id", d->org->id, "name", d->org->name));
	json_object_set_new(o, "tld", json_string(d->tld));
	json_t *services = json_array();
	if (d->zone)
		json_array_append_new(services, json_string("gandilivedns"));
	if (d->nwr)
		json_array_append_new(services, json_string("webredirection"));
	json_object_set_new(o, "services", services);
	json_object_set_new(o, "id", json_string(d->id));
	json_object_set_new(o, "trustee_roles", json_array());
	char *h = href(rq, "/v5/domain/domains/%s", d->fqdn);
	json_object_set_new(o, "href", json_string(h));
	free(h);
	char *u = unicode_dup(d->fqdn);
	json_object_set_new(o, "fqdn_unicode", json_string(u));
	free(u);
	resp_json(rs, 200, o);
}

/* Renewal limits: at most 10 years registered ahead, at most 9 at once. */
static int renew_maximum(const struct domain *d, time_t now)
{
	double left = (double)(d->registry_ends_at - now) / (365.25 * DAY);
	int years = left <= 0 ? 0 : (int)ceil(left);
	int max = 10 - years;
	return max > 9 ? 9 : max < 0 ? 0 : max;
}

static bool renew_possible(const struct domain *d, time_t now)
{
	return now < d->registry_ends_at + 45 * DAY;
}

void h_renew_info(struct req *rq, struct resp *rs)
{
	const struct domain *d = rq->dom;
	int max = renew_maximum(d, rq->now);
	bool open = renew_possible(d, rq->now);
	bool prohibited = !open || max < 1;
	json_t *durations = json_array();
	for (int i = 1; !prohibited && i <= max; i++)
		json_array_append_new(durations, json_integer(i));
	resp_json(rs, 200,
		  json_pack("{s:b, s:o, s:i, s:i, s:b, s:o, s:o}", "in_renew_period", open,
			    "durations", durations, "maximum", prohibited ? 0 : max, "minimum", 1,
			    "prohibited", prohibited, "begins_at", jtime(d->registry_created_at),
			    "ends_at", jtime(d->registry_ends_at + 45 * DAY)));
}

/* t plus n calendar years. */
static time_t add_years(time_t t, int n)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	tm.tm_year += n;
	return timegm(&tm);
}

void h_renew(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	json_t *body = NULL;
	long duration = 1;
	const char *dry = req_header(rq, "Dry-Run");
	if (rq->body.len) {
		if (!(body = req_json(rq, rs, false)))
			goto out;
		json_t *jd = json_object_get(body, "duration");
		if (jd && (!json_is_integer(jd) || json_integer_value(jd) < 1 ||
			   json_integer_value(jd) > 9))
			verr(rs, "body", "duration",
			     "duration must be an integer number of years from 1 to 9");
		else if (jd)
			duration = (long)json_integer_value(jd);
	}
	int max = renew_maximum(d, rq->now);
	if (!rs->errors && !renew_possible(d, rq->now))
		verr(rs, "body", "fqdn",
		     "%s can no longer be renewed: its registration ended more than 45 days "
		     "ago (it must be restored)",
		     d->fqdn);
	else if (!rs->errors && duration > max)
		verr(rs, "body", "duration",
		     "%s can be renewed for at most %d year%s now (a domain cannot be registered "
		     "more than 10 years ahead)",
		     d->fqdn, max, max == 1 ? "" : "s");
	if (dry && strcmp(dry, "1") == 0) {
		if (!verr_done(rs))
			resp_json(rs, 200, json_pack("{s:s}", "status", "success"));
		goto out;
	}
	if (verr_done(rs))
		goto out;
	d->registry_ends_at = add_years(d->registry_ends_at, (int)duration);
	d->updated_at = rq->now;
	rs->dirty = true;
	char *loc = href(rq, "/v5/domain/domains/%s", d->fqdn);
	resp_header(rs, "location", loc);
	free(loc);
	resp_message(rs, 200, "Domain renewed.");
out:
	json_decref(body);
}

void h_autorenew(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	json_t *body = req_json(rq, rs, false);
	if (!body)
		goto out;
	json_t *en = json_object_get(body, "enabled");
	json_t *dur = json_object_get(body, "duration");
	json_t *org = json_object_get(body, "org_id");
	if (!json_is_boolean(en))
		verr(rs, "body", "enabled", "enabled is required and must be true or false");
	if (dur && (!json_is_integer(dur) || json_integer_value(dur) < 1 ||
		    json_integer_value(dur) > 9))
		verr(rs, "body", "duration", "duration must be an integer from 1 to 9");
	if (org) {
		const struct org *o = json_is_string(org)
					      ? store_org(rq->emu->store, json_string_value(org))
					      : NULL;
		if (!o || !token_sees_org(rq->tok, o))
			verr(rs, "body", "org_id",
			     "org_id must be the id of an organization you belong to");
	}
	if (!verr_done(rs)) {
		d->autorenew = json_is_true(en);
		if (dur)
			d->autorenew_duration = (int)json_integer_value(dur);
		d->updated_at = rq->now;
		rs->dirty = true;
		resp_message(rs, 200, d->autorenew ? "Automatic renewal enabled."
						   : "Automatic renewal disabled.");
	}
out:
	json_decref(body);
}

void h_ns_get(struct req *rq, struct resp *rs)
{
	resp_json(rs, 200, jstrv(rq->dom->ns, rq->dom->nns));
}

static bool is_livedns_ns(const char *fqdn, char *const *ns, size_t n)
{
	char livedns_ns[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN];
	livedns_ns_generic(fqdn, livedns_ns);
	for (size_t i = 0; i < n; i++) {
		bool found = false;
		for (size_t k = 0; k < LIVEDNS_NS_COUNT && !found; k++)
			found = strcmp(ns[i], livedns_ns[k]) == 0;
		if (!found)
			return false;
	}
	return n > 0;
}

void h_ns_put(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	char **ns = NULL;
	size_t n = 0;
	json_t *body = req_json(rq, rs, false);
	if (!body)
		goto out;
	json_t *arr = json_object_get(body, "nameservers");
	if (!json_is_array(arr) || json_array_size(arr) < 1 || json_array_size(arr) > 13) {
		verr(rs, "body", "nameservers",
		     "nameservers must be an array of 1 to 13 host names");
		goto out;
	}
	ns = xcalloc(json_array_size(arr), sizeof *ns);
	for (size_t i = 0; i < json_array_size(arr); i++) {
		json_t *v = json_array_get(arr, i);
		struct buf why = {0};
		char *h = json_is_string(v) ? rr_name_check(json_string_value(v), &why) : NULL;
		buf_free(&why);
		if (!h && json_is_string(v) && json_string_length(v) > 1) {
			/* a final dot is fine on a nameserver */
			char *copy = xstrdup(json_string_value(v));
			size_t l = strlen(copy);
			if (copy[l - 1] == '.')
				copy[l - 1] = '\0';
			h = rr_name_check(copy, &why);
			buf_free(&why);
			free(copy);
		}
		if (!h || strcmp(h, "@") == 0 || !strchr(h, '.') || strchr(h, '*')) {
			free(h);
			verr(rs, "body", "nameservers", "nameservers[%zu] is not a host name like "
							"'ns1.example.net'",
			     i);
			goto out;
		}
		for (size_t k = 0; k < n; k++) {
			if (strcmp(ns[k], h) == 0) {
				verr(rs, "body", "nameservers", "'%s' is listed twice", h);
				free(h);
				goto out;
			}
		}
		if (glue_missing(d, h)) {
			verr(rs, "body", "nameservers",
			     "'%s' lies inside %s: create its glue record first (POST /hosts)", h,
			     d->fqdn);
			free(h);
			goto out;
		}
		ns[n++] = h;
	}
	strv_free(d->ns, d->nns);
	d->ns = ns;
	d->nns = n;
	ns = NULL;
	free(d->ns_current);
	d->ns_current = xstrdup(is_livedns_ns(d->fqdn, d->ns, d->nns) ? "livedns" : "other");
	d->updated_at = rq->now;
	rs->dirty = true;
	resp_message(rs, 202, "The nameservers are being updated.");
out:
	strv_free(ns, n);
	json_decref(body);
}

void h_domain_livedns_get(struct req *rq, struct resp *rs)
{
	char livedns_ns[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN];
	livedns_ns_generic(rq->dom->fqdn, livedns_ns);
	json_t *ns = json_array();
	for (int i = 0; i < LIVEDNS_NS_COUNT; i++)
		json_array_append_new(ns, json_string(livedns_ns[i]));
	resp_json(rs, 200,
		  json_pack("{s:s, s:o, s:b, s:b}", "current", rq->dom->ns_current, "nameservers",
			    ns, "dnssec_available", 1, "livednssec_available", 1));
}

void h_domain_livedns_post(struct req *rq, struct resp *rs)
{
	struct domain *d = rq->dom;
	if (d->zone && strcmp(d->ns_current, "livedns") == 0) {
		resp_error(rs, 409, "domain", "The domain already uses LiveDNS.");
	} else {
		if (!d->zone) {
			d->zone = xcalloc(1, sizeof *d->zone);
			d->zone->automatic_snapshots = true;
			d->zone->updated_at = rq->now;
		}
		char livedns_ns[LIVEDNS_NS_COUNT][LIVEDNS_NS_LEN];
		livedns_ns_generic(d->fqdn, livedns_ns);
		strv_free(d->ns, d->nns);
		d->ns = xcalloc(LIVEDNS_NS_COUNT, sizeof *d->ns);
		for (int i = 0; i < LIVEDNS_NS_COUNT; i++)
			d->ns[i] = xstrdup(livedns_ns[i]);
		d->nns = LIVEDNS_NS_COUNT;
		free(d->ns_current);
		d->ns_current = xstrdup("livedns");
		d->updated_at = rq->now;
		rs->dirty = true;
		resp_message(rs, 202, "The domain is being switched to LiveDNS.");
	}
}

/* Yearly prices before taxes (EUR) of the TLDs gandi-emu sells. */
static const struct {
	const char *tld;
	double price;
} prices[] = {
	{"com", 15.50}, {"net", 17.00}, {"org", 14.50}, {"fr", 9.00},   {"eu", 8.50},
	{"io", 45.00},  {"dev", 16.00}, {"app", 17.00}, {"info", 19.00}, {"me", 19.00},
	{"uk", 8.00},   {"de", 9.00},   {"ch", 12.00},  {"be", 9.50},   {"nl", 9.50},
};

static json_t *taxes(void)
{
	return json_pack("[{s:s, s:i, s:s}]", "type", "service", "rate", 20, "name", "vat");
}

/* One yearly price, before and after the 20 % VAT, for 1 to max years. */
static json_t *price_list(double price, int max)
{
	double after = round(price * 1.2 * 100) / 100;
	return json_pack("[{s:i, s:s, s:i, s:b, s:f, s:f}]", "max_duration", max, "duration_unit",
			 "y", "min_duration", 1, "discount", 0, "price_after_taxes", after,
			 "price_before_taxes", price);
}

/* The create product: available with its price when no account holds the name. */
static json_t *create_product(struct req *rq, const char *fqdn, double price)
{
	bool taken = store_domain(rq->emu->store, fqdn) != NULL;
	json_t *product = json_pack("{s:s, s:s, s:s, s:o}", "status",
				    taken ? "unavailable" : "available", "name", fqdn, "process",
				    "create", "taxes", taxes());
	if (!taken)
		json_object_set_new(product, "prices", price_list(price, 10));
	return product;
}

/*
 * The renew product (a guess, see the README: process "renew" is in the
 * product's shape, no recording shows it): available with its price, the
 * create price, for a domain the token covers while it can be renewed;
 * otherwise unavailable without a price, the same for a domain of another
 * account as for a free name, so that nothing is told about either.
 */
static json_t *renew_product(struct req *rq, const char *fqdn, double price)
{
	const struct domain *d = store_domain(rq->emu->store, fqdn);
	bool mine = d && token_covers(rq->tok, d);
	int max = mine ? renew_maximum(d, rq->now) : 0;
	bool open = mine && renew_possible(d, rq->now) && max >= 1;
	json_t *product = json_pack("{s:s, s:s, s:s, s:o}", "status",
				    open ? "available" : "unavailable", "name", fqdn, "process",
				    "renew", "taxes", taxes());
	if (open)
		json_object_set_new(product, "prices", price_list(price, max));
	return product;
}

void h_check(struct req *rq, struct resp *rs)
{
	const char *name = query_get(&rq->q, "name");
	const char *process = query_get(&rq->q, "processes");
	char *fqdn = NULL;
	double price = -1;
	if (!name || !*name) {
		verr(rs, "querystring", "name", "name is required: the domain name to check, e.g. "
						"?name=example.com");
		goto out;
	}
	if (process && strcmp(process, "create") != 0 && strcmp(process, "renew") != 0) {
		verr(rs, "querystring", "processes",
		     "gandi-emu only checks the 'create' and 'renew' processes, not '%s'", process);
		goto out;
	}
	struct buf why = {0};
	fqdn = rr_name_check(name, &why);
	buf_free(&why);
	if (!fqdn || !strchr(fqdn, '.') || strchr(fqdn, '*') || strchr(fqdn, '_')) {
		verr(rs, "querystring", "name", "'%s' is not a domain name like 'example.com'",
		     name);
		goto out;
	}
	const char *tld = strrchr(fqdn, '.') + 1;
	for (size_t i = 0; i < sizeof prices / sizeof prices[0]; i++)
		if (strcmp(prices[i].tld, tld) == 0)
			price = prices[i].price;
	if (price < 0) {
		verr(rs, "querystring", "name", "the TLD '.%s' is not sold (gandi-emu sells .com, "
						".net, .org, .fr, .eu, .io, .dev, .app, .info, .me, "
						".uk, .de, .ch, .be, .nl)",
		     tld);
		goto out;
	}
	json_t *product = process && strcmp(process, "renew") == 0
				  ? renew_product(rq, fqdn, price)
				  : create_product(rq, fqdn, price);
	resp_json(rs, 200,
		  json_pack("{s:s, s:s, s:[o], s:o}", "currency", "EUR", "grid", "A", "products",
			    product, "taxes", taxes()));
out:
	free(fqdn);
}
