/*
 * A domain's tabs: DNS records (one row per value), web redirections and
 * registration details. Each tab loads on its first visit and stays in memory
 * until refreshed (r) or changed here. Edits validate with the commands'
 * functions before sending anything, send what the matching command sends
 * (dns set/add/remove/delete, redirect add/update/delete, domain autorenew),
 * and ask on screen before anything destructive.
 */
#include "tui/tui.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "gandi/domains.h"
#include "error.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "ops/records.h"
#include "ops/redirects.h"
#include "gandi/webredirs.h"
#include "dns/record.h"
#include "util.h"
#include "xalloc.h"

static const char *const tab_names[TAB_COUNT] = {"Records", "Redirections", "Registration"};

#define RTYPE_PROMPT "type (http301, http302 or cloak)"
#define PROTOCOL_PROMPT "protocol (http, https or httpsonly)"

/* ---- tab data ---- */

static void free_records(struct dom_detail *z)
{
	for (size_t i = 0; i < z->nsets; i++)
		rrset_free(&z->sets[i]);
	for (size_t i = 0; i < z->nrows; i++)
		free(z->rows[i].shown);
	free(z->sets);
	free(z->rows);
	z->sets = NULL;
	z->rows = NULL;
	z->nsets = z->nrows = z->cap_sets = 0;
}

static void free_redirs(struct dom_detail *z)
{
	for (size_t i = 0; i < z->nredirs; i++)
		webredir_free(&z->redirs[i]);
	free(z->redirs);
	z->redirs = NULL;
	z->nredirs = z->cap_redirs = 0;
}

static void free_info(struct dom_detail *z)
{
	for (size_t i = 0; i < z->ninfo; i++) {
		free(z->info[i].label);
		free(z->info[i].value);
	}
	free(z->info);
	z->info = NULL;
	z->ninfo = 0;
}

void detail_free(struct dom_detail *z)
{
	free_records(z);
	free_redirs(z);
	free_info(z);
	for (int i = 0; i < TAB_COUNT; i++)
		free(z->tabs[i].error);
	memset(z, 0, sizeof(*z));
}

struct lview *detail_view(struct tui *t)
{
	struct dom_detail *z = t->open->detail;
	return &z->tabs[z->tab].view;
}

/* An RRset of the zone joins the tab (moved; an rrset_fn). */
static int keep_rrset(void *arg, struct rrset *r, const struct jv *raw)
{
	struct dom_detail *z = arg;
	(void)raw;
	z->sets = xgrow(z->sets, &z->cap_sets, z->nsets + 1, sizeof(*z->sets));
	z->sets[z->nsets++] = *r;
	memset(r, 0, sizeof(*r));
	return 0;
}

static int load_records(struct tui *t, struct dom_detail *z)
{
	tui_busy(t, "loading the DNS records...");
	int rc = records_each(t->ctx, t->open->d.fqdn, NULL, keep_rrset, z);
	tui_idle(t);
	size_t nrows = 0;
	for (size_t i = 0; i < z->nsets; i++)
		nrows += z->sets[i].nvalues;
	z->rows = xcalloc(nrows ? nrows : 1, sizeof(*z->rows));
	for (size_t i = 0; i < z->nsets; i++)
		for (size_t v = 0; v < z->sets[i].nvalues; v++)
			z->rows[z->nrows++] = (struct rrow){
				.set = i,
				.value = v,
				.shown = value_display(z->sets[i].type, z->sets[i].values[v]),
			};
	return rc;
}

/* A redirection joins the tab (moved; a webredir_fn). */
static int keep_redir(void *arg, struct webredir *w, const struct jv *raw)
{
	struct dom_detail *z = arg;
	(void)raw;
	z->redirs = xgrow(z->redirs, &z->cap_redirs, z->nredirs + 1, sizeof(*z->redirs));
	z->redirs[z->nredirs++] = *w;
	memset(w, 0, sizeof(*w));
	return 0;
}

static int load_redirs(struct tui *t, struct dom_detail *z)
{
	tui_busy(t, "loading the web redirections...");
	int rc = webredirs_each(t->ctx, t->open->d.fqdn, keep_redir, z);
	tui_idle(t);
	return rc;
}

static void info_add(struct dom_detail *z, size_t *cap, const char *label, const char *value)
{
	z->info = xgrow(z->info, cap, z->ninfo + 1, sizeof(*z->info));
	z->info[z->ninfo].label = xstrdup(label);
	z->info[z->ninfo].value = xstrdup(value && *value ? value : "-");
	z->ninfo++;
}

static void info_list(struct dom_detail *z, size_t *cap, const char *label, char **v, size_t n)
{
	if (n == 0)
		info_add(z, cap, label, "-");
	for (size_t i = 0; i < n; i++)
		info_add(z, cap, i == 0 ? label : "", v[i]);
}

/* A date with how far it is: "2027-03-12 (in 1 year)". */
static char *date_and_span(const char *api_date)
{
	time_t when;
	if (!api_date || !parse_time(api_date, &when))
		return xstrdup("-");
	long long left = (long long)(when - time(NULL));
	char *span = format_span(left >= 0 ? left : -left);
	char *s = xasprintf("%s (%s%s%s)", date_only(api_date), left >= 0 ? "in " : "", span,
			    left >= 0 ? "" : " ago");
	free(span);
	return s;
}

static int load_info(struct tui *t, struct dom_detail *z)
{
	struct ctx *ctx = t->ctx;
	struct domain_info di;
	size_t cap = 0;
	tui_busy(t, "loading the registration details...");
	int rc = domain_read(ctx, t->open->d.fqdn, &di, NULL);
	tui_idle(t);
	if (!rc) {
		struct buf status = {0}, org = {0};
		for (size_t i = 0; i < di.nstatus; i++)
			buf_printf(&status, "%s%s", i ? ", " : "", di.status[i]);
		char *expires = date_and_span(di.dates.registry_ends_at);
		long long years = di.autorenew_duration ? di.autorenew_duration : 1;
		char *autorenew = di.autorenew
					  ? xasprintf("on (%lld year%s)   e turns it off", years,
						      years > 1 ? "s" : "")
					  : xstrdup("off   e turns it on");
		if (di.org_name)
			buf_printf(&org, "%s%s%s%s", di.org_name, di.org_type ? " (" : "",
				   di.org_type ? di.org_type : "", di.org_type ? ")" : "");
		if (di.org_id)
			buf_printf(&org, "%s%s", org.len ? ", id " : "", di.org_id);
		info_add(z, &cap, "domain", di.fqdn);
		info_add(z, &cap, "status", status.len ? buf_str(&status) : "ok");
		info_add(z, &cap, "created",
			 date_only(di.dates.registry_created_at ? di.dates.registry_created_at
								 : di.dates.created_at));
		info_add(z, &cap, "expires", expires);
		if (di.dates.renew_begins_at)
			info_add(z, &cap, "renewable", date_only(di.dates.renew_begins_at));
		if (di.dates.deletes_at)
			info_add(z, &cap, "deleted on", date_only(di.dates.deletes_at));
		info_add(z, &cap, "autorenew", autorenew);
		info_list(z, &cap, "nameservers", di.nameservers, di.nnameservers);
		info_list(z, &cap, "services", di.services, di.nservices);
		info_add(z, &cap, "organization", buf_str(&org));
		info_add(z, &cap, "owner", di.owner);
		info_add(z, &cap, "updated", date_only(di.dates.updated_at));
		z->autorenew = di.autorenew;
		t->open->d.autorenew = di.autorenew; /* the list shows it too */
		buf_free(&status);
		buf_free(&org);
		free(expires);
		free(autorenew);
	}
	domain_info_free(&di);
	return rc;
}

/* (Re)load a tab from Gandi; its error, if any, is shown in place of its rows. */
static void load_tab(struct tui *t, enum tab tab)
{
	struct dom_detail *z = t->open->detail;
	struct tab_state *ts = &z->tabs[tab];
	const char *ns = t->open->d.nameserver;
	int rc = 0;
	free(ts->error);
	ts->error = NULL;
	switch (tab) {
	case TAB_RECORDS:
		free_records(z);
		if (ns && strcmp(ns, "livedns") != 0) {
			/* its zone is elsewhere: LiveDNS would only answer 404 */
			ts->error = xasprintf("%s does not use LiveDNS (nameservers: %s), so gandi "
					      "cannot show its records",
					      t->open->d.fqdn, ns);
			break;
		}
		rc = load_records(t, z);
		break;
	case TAB_REDIRS:
		free_redirs(z);
		rc = load_redirs(t, z);
		break;
	default:
		free_info(z);
		rc = load_info(t, z);
		break;
	}
	if (rc) {
		ts->error = tui_take_error(t);
		tui_status(t, STATUS_ERROR, "%s", ts->error);
	} else if (t->status && t->status_kind == STATUS_INFO) {
		free(t->status); /* the "loading..." note */
		t->status = NULL;
	}
	size_t n = tab == TAB_RECORDS ? z->nrows : tab == TAB_REDIRS ? z->nredirs : z->ninfo;
	ts->loaded = true;
	lview_resize(&ts->view, n, tui_list_height(t));
	t->dirty = DIRTY_ALL;
}

static void show_tab(struct tui *t, enum tab tab)
{
	struct dom_detail *z = t->open->detail;
	z->tab = tab;
	t->dirty = DIRTY_ALL;
	t->prev_cur = z->tabs[tab].view.cur;
	t->scrolled = 0;
	if (!z->tabs[tab].loaded)
		load_tab(t, tab);
}

void domain_open(struct tui *t, struct tui_domain *dom)
{
	if (!dom->detail)
		dom->detail = xcalloc(1, sizeof(*dom->detail));
	t->open = dom;
	show_tab(t, dom->detail->tab);
}

/* ---- drawing ---- */

static int max_width(struct tui *t, bool records, int lo, int hi)
{
	struct dom_detail *z = t->open->detail;
	int w = lo;
	if (records) {
		for (size_t i = 0; i < z->nsets; i++) {
			int n = text_width(z->sets[i].name);
			w = n > w ? n : w;
		}
	} else {
		for (size_t i = 0; i < z->nredirs; i++) {
			int n = text_width(z->redirs[i].host ? z->redirs[i].host : "");
			w = n > w ? n : w;
		}
	}
	return w < hi ? w : hi;
}

static int type_width(struct tui *t)
{
	struct dom_detail *z = t->open->detail;
	int w = 4;
	for (size_t i = 0; i < z->nsets; i++) {
		int n = (int)strlen(z->sets[i].type);
		w = n > w ? n : w;
	}
	return w;
}

/* Column x positions of a tab: name, type, ttl/protocol, value/url. */
struct cols {
	int x[4], w[4];
};

static struct cols columns(struct tui *t)
{
	struct dom_detail *z = t->open->detail;
	struct cols c;
	int third = t->cols / 3;
	if (z->tab == TAB_RECORDS) {
		c.w[0] = max_width(t, true, 4, third);
		c.w[1] = type_width(t);
		c.w[2] = 7;
	} else if (z->tab == TAB_REDIRS) {
		c.w[0] = max_width(t, false, 6, third);
		c.w[1] = 7;
		c.w[2] = 9;
	} else {
		c.w[0] = 13;
		c.w[1] = 0;
		c.w[2] = 0;
	}
	c.x[0] = 2;
	c.x[1] = c.x[0] + c.w[0] + 2;
	c.x[2] = c.x[1] + (c.w[1] ? c.w[1] + 2 : 0);
	c.x[3] = c.x[2] + (c.w[2] ? c.w[2] + 2 : 0);
	c.w[3] = t->cols - c.x[3];
	return c;
}

static void draw_cells(struct tui *t, WINDOW *w, int line, const struct cols *c,
		       const char *const cells[4])
{
	tui_text(t, w, line, 0, c->x[0], "");
	for (int i = 0; i < 4; i++) {
		if (!c->w[i])
			continue;
		int width = i < 3 ? c->x[i + 1] - c->x[i] : c->w[3];
		tui_text(t, w, line, c->x[i], width, cells[i]);
	}
}

void domain_draw_title(struct tui *t)
{
	struct dom_detail *z = t->open->detail;
	attr_t title = t->term.color ? (attr_t)COLOR_PAIR(PAIR_TITLE) : A_REVERSE;
	char *name = xasprintf(" %s  ", t->open->d.fqdn);
	int x = text_width(name);
	wattron(t->top, title | A_BOLD);
	tui_text(t, t->top, 0, 0, t->cols, name);
	wattroff(t->top, A_BOLD);
	for (int i = 0; i < TAB_COUNT && x < t->cols; i++) {
		char *label = xasprintf(i == (int)z->tab ? "[%d %s]" : " %d %s ", i + 1,
					tab_names[i]);
		int w = text_width(label);
		if (i == (int)z->tab)
			wattron(t->top, A_BOLD | A_UNDERLINE);
		tui_text(t, t->top, 0, x, w < t->cols - x ? w : t->cols - x, label);
		wattroff(t->top, A_BOLD | A_UNDERLINE);
		x += w + 1;
		free(label);
	}
	wattroff(t->top, title);
	free(name);

	static const char *const heads[TAB_COUNT][4] = {
		{"NAME", "TYPE", "TTL", "VALUE"},
		{"SOURCE", "TYPE", "PROTOCOL", "URL"},
		{"", "", "", ""},
	};
	struct cols c = columns(t);
	attr_t head = t->term.color ? (attr_t)COLOR_PAIR(PAIR_HEAD) | A_BOLD : A_BOLD;
	wattron(t->top, head);
	draw_cells(t, t->top, 1, &c, heads[z->tab]);
	wattroff(t->top, head);
}

void domain_draw_row(struct tui *t, size_t row, int line)
{
	struct dom_detail *z = t->open->detail;
	struct cols c = columns(t);
	char ttl[24];
	if (z->tab == TAB_RECORDS) {
		const struct rrow *r = &z->rows[row];
		const struct rrset *s = &z->sets[r->set];
		snprintf(ttl, sizeof(ttl), "%lld", s->ttl);
		const char *cells[4] = {s->name, s->type, ttl, r->shown};
		draw_cells(t, t->list, line, &c, cells);
	} else if (z->tab == TAB_REDIRS) {
		const struct webredir *w = &z->redirs[row];
		const char *cells[4] = {w->host, w->type, w->protocol, w->url};
		draw_cells(t, t->list, line, &c, cells);
	} else {
		const struct info_row *r = &z->info[row];
		const char *cells[4] = {r->label, NULL, NULL, r->value};
		draw_cells(t, t->list, line, &c, cells);
	}
}

const char *domain_placeholder(const struct tui *t)
{
	const struct dom_detail *z = t->open->detail;
	const struct tab_state *ts = &z->tabs[z->tab];
	if (ts->error)
		return ts->error;
	if (!ts->loaded)
		return "loading...";
	if (ts->view.n)
		return NULL;
	switch (z->tab) {
	case TAB_RECORDS:
		return "no DNS records (a adds one)";
	case TAB_REDIRS:
		return "no web redirections (a adds one)";
	default:
		return "no details";
	}
}

const char *domain_footer(const struct tui *t)
{
	switch (t->open->detail->tab) {
	case TAB_RECORDS:
		return " Tab next tab  e edit value+TTL  a add  d remove value  D delete RRset  r "
		       "refresh  ? help  q back";
	case TAB_REDIRS:
		return " Tab next tab  e retarget  a add  d delete  r refresh  ? help  q back";
	default:
		return " Tab next tab  e toggle autorenew  r refresh  ? help  q back";
	}
}

/* ---- checks run by prompts: the commands' own validation ---- */

struct form {
	const char *zone;
	char *name;          /* relative record name */
	const char *type;    /* canonical record type */
	char *value;         /* the value as the API stores it */
	long ttl;
	char *host;          /* a redirection's full source host */
	const char *rtype, *protocol, *url;
};

static void form_free(struct form *f)
{
	free(f->name);
	free(f->value);
	free(f->host);
	memset(f, 0, sizeof(*f));
}

static int check_name(struct tui *t, const char *text, void *arg)
{
	struct form *f = arg;
	free(f->name);
	f->name = NULL;
	return record_name(t->ctx, f->zone, text, &f->name);
}

static int check_type(struct tui *t, const char *text, void *arg)
{
	struct form *f = arg;
	return rrtype_check(t->ctx, text, &f->type);
}

static int check_value(struct tui *t, const char *text, void *arg)
{
	struct form *f = arg;
	free(f->value);
	f->value = NULL;
	return record_value(t->ctx, f->type, text, &f->value);
}

static int check_ttl(struct tui *t, const char *text, void *arg)
{
	struct form *f = arg;
	return record_ttl(t->ctx, text, &f->ttl);
}

static int check_source(struct tui *t, const char *text, void *arg)
{
	struct form *f = arg;
	free(f->host);
	f->host = NULL;
	return redirect_host(t->ctx, f->zone, text, &f->host);
}

static int check_url(struct tui *t, const char *text, void *arg)
{
	(void)arg;
	return redirect_check_url(t->ctx, text);
}

static int check_rtype(struct tui *t, const char *text, void *arg)
{
	(void)arg;
	return redirect_check_type(t->ctx, text);
}

static int check_protocol(struct tui *t, const char *text, void *arg)
{
	(void)arg;
	return redirect_check_protocol(t->ctx, text);
}

/* ---- records ---- */

/* Select the row of name/type holding value (any value when NULL). */
static void select_record(struct tui *t, const char *name, const char *type, const char *value)
{
	struct dom_detail *z = t->open->detail;
	for (size_t i = 0; i < z->nrows; i++) {
		const struct rrset *s = &z->sets[z->rows[i].set];
		if (strcmp(s->name, name) != 0 || strcmp(s->type, type) != 0)
			continue;
		if (value && !value_equal(type, s->values[z->rows[i].value], value))
			continue;
		lview_goto(&z->tabs[TAB_RECORDS].view, (long long)i);
		return;
	}
}

/* After a write: reload the records and select name/type/value again. */
static void records_changed(struct tui *t, const char *name, const char *type,
			    const char *value)
{
	char *n = xstrdup(name), *v = value ? xstrdup(value) : NULL;
	const char *ty = rrtype_lookup(type);
	char *status = t->status ? xstrdup(t->status) : NULL;
	enum status_kind kind = t->status_kind;
	load_tab(t, TAB_RECORDS);
	if (ty) {
		select_record(t, n, ty, v);
		if (!t->open->detail->tabs[TAB_RECORDS].error && status)
			tui_status(t, kind, "%s", status);
	}
	free(status);
	free(n);
	free(v);
}

/* The cached RRset still what Gandi holds? Otherwise nothing is sent. */
static int still_same(struct tui *t, const struct rrkey *k, const struct rrset *cached)
{
	struct rrset cur;
	bool found = false;
	int rc = rrset_get(t->ctx, k->zone, k->name, k->type, &cur, &found, NULL);
	if (!rc && !found)
		rc = error_set(t->ctx, EXIT_ERROR, "changed",
			       "%s was deleted meanwhile: nothing was sent (reloaded)", k->subject);
	if (!rc && (cur.ttl != cached->ttl ||
		    !values_same(k->type, (const char *const *)cur.values, cur.nvalues,
				 (const char *const *)cached->values, cached->nvalues)))
		rc = error_set(t->ctx, EXIT_ERROR, "changed", "%s changed meanwhile: "
			       "nothing was sent (reloaded, try again)", k->subject);
	rrset_free(&cur);
	return rc;
}

static void edit_record(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	struct form f = {.zone = t->open->d.fqdn};
	struct rrkey k = {0};
	struct strlist values = {0};
	char *text = NULL, *ttl_text = NULL, *shown = NULL;
	char ttl0[24];
	if (!z->nrows)
		return;
	const struct rrow *row = &z->rows[z->tabs[TAB_RECORDS].view.cur];
	const struct rrset *set = &z->sets[row->set];
	f.type = set->type;
	snprintf(ttl0, sizeof(ttl0), "%lld", set->ttl);
	char *label = xasprintf("%s %s value", set->name, set->type);
	if (!(text = tui_prompt(t, label, row->shown, check_value, &f)) ||
	    !(ttl_text = tui_prompt(t, "TTL", ttl0, check_ttl, &f)))
		goto out;
	for (size_t i = 0; i < set->nvalues; i++) {
		const char *v = i == row->value ? f.value : set->values[i];
		if (!values_contain(set->type, (const char *const *)values.v, values.n, v))
			strlist_add(&values, v);
	}
	const char *const *vals = (const char *const *)values.v;
	if (f.ttl == set->ttl && values_same(set->type, (const char *const *)set->values,
					      set->nvalues, vals, values.n)) {
		tui_status(t, STATUS_INFO, "unchanged: nothing was sent");
		goto out;
	}
	if (rrkey_parse(t->ctx, f.zone, set->type, set->name, &k)) {
		tui_error(t, 1);
		goto out;
	}
	tui_busy(t, "saving...");
	rc = still_same(t, &k, set);
	if (!rc) /* the whole RRset, with its TTL, as dns set sends it */
		rc = rrset_put(t->ctx, k.zone, k.name, k.type, f.ttl, vals, values.n);
	tui_idle(t);
	if (rc) {
		bool changed = t->ctx->err.kind && strcmp(t->ctx->err.kind, "changed") == 0;
		tui_error(t, rc);
		if (changed)
			records_changed(t, k.name, k.type, NULL);
		goto out;
	}
	shown = values_text(k.type, vals, values.n);
	tui_status(t, STATUS_OK, "set %s %s in %s: %s (TTL %ld)", k.type, k.name, k.zone, shown,
		   f.ttl);
	records_changed(t, k.name, k.type, f.value);
out:
	strlist_free(&values);
	free(label);
	free(text);
	free(ttl_text);
	free(shown);
	rrkey_free(&k);
	form_free(&f);
}

/* Add a value to an RRset, or create it: exactly what dns add does. */
static int add_value(struct tui *t, const struct rrkey *k, const char *value, long ttl,
		     bool *changed)
{
	struct strlist values = {0}, added = {0};
	long now = 0;
	strlist_add(&values, value);
	int rc = record_add(t->ctx, k, &values, ttl, &added, &now);
	*changed = !rc && (added.n > 0 || (ttl && ttl != now));
	strlist_free(&added);
	strlist_free(&values);
	return rc;
}

static void add_record(struct tui *t)
{
	int rc;
	long ttl;
	bool changed = true;
	char *shown = NULL;
	struct dom_detail *z = t->open->detail;
	struct form f = {.zone = t->open->d.fqdn};
	struct rrkey k = {0};
	char *name = NULL, *type = NULL, *value = NULL, *ttl_text = NULL;
	char ttl0[24];
	const struct rrset *here = z->nrows ? &z->sets[z->rows[z->tabs[TAB_RECORDS].view.cur].set]
					    : NULL;
	if (!(name = tui_prompt(t, "name (@ for the domain itself)", here ? here->name : "@",
				check_name, &f)) ||
	    !(type = tui_prompt(t, "type", here ? here->type : "A", check_type, &f)) ||
	    !(value = tui_prompt(t, "value", "", check_value, &f)))
		goto out;
	ttl = TTL_DEFAULT;
	for (size_t i = 0; i < z->nsets; i++)
		if (strcmp(z->sets[i].name, f.name) == 0 && strcmp(z->sets[i].type, f.type) == 0)
			ttl = (long)z->sets[i].ttl;
	snprintf(ttl0, sizeof(ttl0), "%ld", ttl);
	if (!(ttl_text = tui_prompt(t, "TTL", ttl0, check_ttl, &f)))
		goto out;
	if (rrkey_parse(t->ctx, f.zone, f.type, f.name, &k)) {
		tui_error(t, 1);
		goto out;
	}
	tui_busy(t, "adding...");
	rc = add_value(t, &k, f.value, f.ttl, &changed);
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	shown = value_display(k.type, f.value);
	if (changed)
		tui_status(t, STATUS_OK, "add %s %s in %s: %s (TTL %ld)", k.type, k.name, k.zone,
			   shown, f.ttl);
	else
		tui_status(t, STATUS_INFO, "unchanged: %s already holds %s", k.subject, shown);
	records_changed(t, k.name, k.type, f.value);
out:
	free(shown);
	free(name);
	free(type);
	free(value);
	free(ttl_text);
	rrkey_free(&k);
	form_free(&f);
}

/* DELETE the RRset under the cursor, after asking. */
static void delete_rrset(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	struct rrkey k = {0};
	if (!z->nrows)
		return;
	const struct rrset *set = &z->sets[z->rows[z->tabs[TAB_RECORDS].view.cur].set];
	char *text = values_text(set->type, (const char *const *)set->values, set->nvalues);
	char *question = xasprintf("Delete the %s record %s in %s (%s, TTL %lld)?", set->type,
				   set->name, t->open->d.fqdn, text, set->ttl);
	long long ttl = set->ttl;
	if (!tui_confirm(t, question)) {
		tui_status(t, STATUS_INFO, "cancelled: nothing was changed");
		goto out;
	}
	if (rrkey_parse(t->ctx, t->open->d.fqdn, set->type, set->name, &k)) {
		tui_error(t, 1);
		goto out;
	}
	tui_busy(t, "deleting...");
	rc = rrset_delete(t->ctx, k.zone, k.name, k.type, false); /* as dns delete sends it */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "delete %s %s in %s: %s (TTL %lld)", k.type, k.name, k.zone, text,
		   ttl);
	records_changed(t, k.name, k.type, NULL);
out:
	free(text);
	free(question);
	rrkey_free(&k);
}

/* Remove the value under the cursor, as dns remove does (the RRset goes when empty). */
static void remove_value(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	struct rrkey k = {0};
	char *question = NULL, *value = NULL, *shown = NULL;
	struct strlist values = {0}, removed = {0};
	bool found = false;
	if (!z->nrows)
		return;
	const struct rrow *row = &z->rows[z->tabs[TAB_RECORDS].view.cur];
	const struct rrset *set = &z->sets[row->set];
	if (set->nvalues < 2) {
		delete_rrset(t);
		return;
	}
	value = xstrdup(set->values[row->value]); /* the stored spelling, which Gandi matches */
	shown = xstrdup(row->shown);
	question = xasprintf("Remove %s from the %s record %s in %s?", shown, set->type, set->name,
			     t->open->d.fqdn);
	if (!tui_confirm(t, question)) {
		tui_status(t, STATUS_INFO, "cancelled: nothing was changed");
		goto out;
	}
	if (rrkey_parse(t->ctx, t->open->d.fqdn, set->type, set->name, &k)) {
		tui_error(t, 1);
		goto out;
	}
	strlist_add(&values, value);
	tui_busy(t, "removing...");
	rc = record_remove(t->ctx, &k, &values, &removed, &found);
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "remove %s %s in %s: %s", k.type, k.name, k.zone, shown);
	records_changed(t, k.name, k.type, NULL);
out:
	strlist_free(&values);
	strlist_free(&removed);
	free(question);
	free(value);
	free(shown);
	rrkey_free(&k);
}

/* ---- redirections ---- */

static void redirs_changed(struct tui *t, const char *host)
{
	char *h = host ? xstrdup(host) : NULL;
	char *status = t->status ? xstrdup(t->status) : NULL;
	enum status_kind kind = t->status_kind;
	struct dom_detail *z = t->open->detail;
	load_tab(t, TAB_REDIRS);
	for (size_t i = 0; h && i < z->nredirs; i++)
		if (z->redirs[i].host && str_ieq(z->redirs[i].host, h))
			lview_goto(&z->tabs[TAB_REDIRS].view, (long long)i);
	if (!z->tabs[TAB_REDIRS].error && status)
		tui_status(t, kind, "%s", status);
	free(status);
	free(h);
}

static void add_redir(struct tui *t)
{
	int rc;
	struct form f = {.zone = t->open->d.fqdn};
	char *source = NULL, *target = NULL, *type = NULL, *protocol = NULL;
	if (!(source = tui_prompt(t, "source (@, a label or a full host)", "", check_source, &f)) ||
	    !(target = tui_prompt(t, "redirect to URL", "https://", check_url, &f)) ||
	    !(type = tui_prompt(t, RTYPE_PROMPT, "http301", check_rtype, &f)) ||
	    !(protocol = tui_prompt(t, PROTOCOL_PROMPT, "https", check_protocol, &f)))
		goto out;
	struct webredir_spec spec = {.host = f.host, .url = target, .type = type,
				     .protocol = protocol};
	tui_busy(t, "adding...");
	rc = webredir_create(t->ctx, f.zone, &spec); /* as redirect add sends it */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "added %s -> %s (%s, %s)", f.host, target, type, protocol);
	redirs_changed(t, f.host);
out:
	free(source);
	free(target);
	free(type);
	free(protocol);
	form_free(&f);
}


static void edit_redir(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	struct webredir_patch patch;
	char *target = NULL, *type = NULL, *protocol = NULL;
	char *host = NULL, *label = NULL;
	if (!z->nredirs)
		return;
	const struct webredir *w = &z->redirs[z->tabs[TAB_REDIRS].view.cur];
	host = xstrdup(w->host ? w->host : "");
	label = xasprintf("%s redirects to URL", host);
	if (!(target = tui_prompt(t, label, w->url, check_url, NULL)) ||
	    !(type = tui_prompt(t, RTYPE_PROMPT, w->type ? w->type : "http301", check_rtype,
				NULL)) ||
	    !(protocol = tui_prompt(t, PROTOCOL_PROMPT, w->protocol ? w->protocol : "https",
				    check_protocol, NULL)))
		goto out;
	if (!redirect_patch(w, target, type, protocol, -1, &patch)) {
		tui_status(t, STATUS_INFO, "nothing to change: %s already redirects to %s (%s, %s)",
			   host, target, type, protocol);
		goto out;
	}
	tui_busy(t, "saving...");
	rc = webredir_update(t->ctx, t->open->d.fqdn, host, &patch); /* as redirect update */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "updated %s -> %s (%s, %s)", host, target, type, protocol);
	redirs_changed(t, host);
out:
	free(target);
	free(type);
	free(protocol);
	free(host);
	free(label);
}

static void delete_redir(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	char *question = NULL, *host = NULL, *target = NULL;
	if (!z->nredirs)
		return;
	const struct webredir *w = &z->redirs[z->tabs[TAB_REDIRS].view.cur];
	host = xstrdup(w->host ? w->host : "");
	target = xstrdup(w->url ? w->url : "");
	question = xasprintf("Delete the redirection %s -> %s?", host, target);
	if (!tui_confirm(t, question)) {
		tui_status(t, STATUS_INFO, "cancelled: nothing was changed");
		goto out;
	}
	tui_busy(t, "deleting...");
	rc = webredir_delete(t->ctx, t->open->d.fqdn, host); /* as redirect delete sends it */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "deleted %s -> %s", host, target);
	redirs_changed(t, NULL);
out:
	free(question);
	free(host);
	free(target);
}

/* ---- registration ---- */

static void toggle_autorenew(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	const char *fqdn = t->open->d.fqdn;
	if (z->tabs[TAB_INFO].error) {
		tui_status(t, STATUS_ERROR, "the details could not be read: r tries again");
		return;
	}
	bool on = !z->autorenew;
	char *question = xasprintf("Turn autorenew %s for %s?", on ? "on" : "off", fqdn);
	if (!tui_confirm(t, question)) {
		tui_status(t, STATUS_INFO, "cancelled: nothing was changed");
		goto out;
	}
	tui_busy(t, "saving...");
	rc = domain_autorenew_set(t->ctx, fqdn, on);
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	t->open->d.autorenew = on;
	load_tab(t, TAB_INFO);
	if (!z->tabs[TAB_INFO].error)
		tui_status(t, STATUS_OK, "autorenew %s for %s", on ? "on" : "off", fqdn);
out:
	free(question);
}

/* ---- keys ---- */

static void back_to_list(struct tui *t)
{
	t->open = NULL;
	t->prev_cur = t->view.cur;
	t->scrolled = 0;
	t->dirty = DIRTY_ALL;
}

void domain_key(struct tui *t, int key, bool is_char)
{
	struct dom_detail *z = t->open->detail;
	bool enter = (is_char && (key == '\r' || key == '\n')) || (!is_char && key == KEY_ENTER);
	if (!is_char) {
		if (key == KEY_BTAB)
			show_tab(t, (z->tab + TAB_COUNT - 1) % TAB_COUNT);
		else if (key == KEY_LEFT)
			back_to_list(t);
		else if (enter)
			domain_key(t, 'e', true);
		return;
	}
	if (enter && z->tab == TAB_INFO) {
		/* Enter edits only the autorenew row; e works from any row */
		const struct lview *v = &z->tabs[TAB_INFO].view;
		if (!z->ninfo || strcmp(z->info[v->cur].label, "autorenew") != 0)
			return;
	}
	if (enter)
		key = 'e';
	switch (key) {
	case '\t':
		show_tab(t, (z->tab + 1) % TAB_COUNT);
		break;
	case '1':
	case '2':
	case '3':
		show_tab(t, (enum tab)(key - '1'));
		break;
	case 'q':
	case 27: /* Esc */
	case 'h':
		back_to_list(t);
		break;
	case 'r':
		load_tab(t, z->tab);
		if (!z->tabs[z->tab].error)
			tui_status(t, STATUS_OK, "reloaded from Gandi");
		break;
	case 'e':
		if (z->tab == TAB_RECORDS && !z->tabs[z->tab].error)
			edit_record(t);
		else if (z->tab == TAB_REDIRS && !z->tabs[z->tab].error)
			edit_redir(t);
		else if (z->tab == TAB_INFO)
			toggle_autorenew(t);
		break;
	case 'a':
		if (z->tab == TAB_RECORDS && !z->tabs[z->tab].error)
			add_record(t);
		else if (z->tab == TAB_REDIRS && !z->tabs[z->tab].error)
			add_redir(t);
		break;
	case 'd':
		if (z->tab == TAB_RECORDS && !z->tabs[z->tab].error)
			remove_value(t);
		else if (z->tab == TAB_REDIRS && !z->tabs[z->tab].error)
			delete_redir(t);
		break;
	case 'D':
		if (z->tab == TAB_RECORDS && !z->tabs[z->tab].error)
			delete_rrset(t);
		break;
	default:
		break;
	}
	t->dirty |= DIRTY_STATUS | DIRTY_FOOTER;
}
