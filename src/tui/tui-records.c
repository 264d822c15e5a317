/*
 * The records tab of a domain's screen: one row per value of each RRset.
 * Edits check their input with the commands' own functions and send what
 * the commands send: an edited RRset goes whole, with its TTL, as dns set
 * sends it (after checking that it did not change meanwhile), a value is
 * added and removed as dns add and dns remove do, an RRset deleted as dns
 * delete deletes it.
 */
#include "tui/tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dns/record.h"
#include "dns/rrkey.h"
#include "dns/value.h"
#include "error.h"
#include "gandi/livedns.h"
#include "ops/records.h"
#include "util.h"
#include "xalloc.h"

/* What the prompts of an edit collect, each checked as it is typed. */
struct form {
	const char *zone;
	char *name;       /* relative record name */
	const char *type; /* canonical record type */
	struct dnsv value; /* the value, parsed against the zone */
	long ttl;
};

static void form_free(struct form *f)
{
	free(f->name);
	dnsv_free(&f->value);
	memset(f, 0, sizeof(*f));
}

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

/* An RRset of the zone joins the tab (moved; an rrset_fn). */
static int keep_rrset(void *arg, struct rrset *r, const struct jv_text *raw)
{
	struct dom_detail *z = arg;
	(void)raw;
	z->sets = xgrow(z->sets, &z->cap_sets, z->nsets + 1, sizeof(*z->sets));
	z->sets[z->nsets++] = *r;
	memset(r, 0, sizeof(*r));
	return 0;
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
	int rc = rrtype_check(t->ctx, text, &f->type);
	if (!rc) {
		struct rrkey k = {.zone = (char *)f->zone, .type = f->type};
		rc = rrkey_writable(t->ctx, &k);
	}
	return rc;
}

static int check_value(struct tui *t, const char *text, void *arg)
{
	struct form *f = arg;
	dnsv_free(&f->value);
	return value_check(t->ctx, f->type, f->zone, text, &f->value);
}

static int check_ttl(struct tui *t, const char *text, void *arg)
{
	struct form *f = arg;
	return ttl_check(t->ctx, text, &f->ttl);
}

/* Select the row of name/type holding value (any value when NULL). */
/* The row selected, of every row (the filter's view mapped back). */
static size_t cur_row(const struct dom_detail *z)
{
	return tab_row(z, TAB_RECORDS, z->tabs[TAB_RECORDS].view.cur);
}

static void select_record(struct tui *t, const char *name, const char *type,
			  const struct dnsv *value)
{
	struct dom_detail *z = t->open->detail;
	for (size_t i = 0; i < z->nrows; i++) {
		const struct rrset *s = &z->sets[z->rows[i].set];
		if (strcmp(s->name, name) != 0 || strcmp(s->type, type) != 0)
			continue;
		if (value) {
			struct dnsv here;
			dnsv_stored(type, s->values[z->rows[i].value], t->open->d.fqdn, &here);
			bool same = dnsv_equal(&here, value);
			dnsv_free(&here);
			if (!same)
				continue;
		}
		if (tab_view_index(z, TAB_RECORDS, i) >= 0)
			lview_goto(&z->tabs[TAB_RECORDS].view, tab_view_index(z, TAB_RECORDS, i));
		return;
	}
}

/* After a write: reload the records and select name/type/value again. */
static void records_changed(struct tui *t, const char *name, const char *type,
			    const struct dnsv *value)
{
	char *n = xstrdup(name);
	struct dnsv v = {0};
	const char *ty = dnsv_type(type);
	char *status = t->status ? xstrdup(t->status) : NULL;
	enum status_kind kind = t->status_kind;
	if (value)
		dnsv_copy(&v, value);
	tab_reload(t, TAB_RECORDS);
	if (ty) {
		select_record(t, n, ty, value ? &v : NULL);
		if (!t->open->detail->tabs[TAB_RECORDS].error && status)
			tui_status(t, kind, "%s", status);
	}
	free(status);
	free(n);
	dnsv_free(&v);
}

/* The cached RRset still what Gandi holds? Otherwise nothing is sent. */
static int still_same(struct tui *t, const struct rrkey *k, const struct rrset *cached)
{
	struct rrset cur;
	struct rrvalues now = {0}, before = {0};
	bool found = false;
	int rc = rrset_get(t->ctx, k->zone, k->name, k->type, &cur, &found, NULL);
	if (!rc && !found)
		rc = error_set(t->ctx, EXIT_ERROR, "changed",
			       "%s was deleted meanwhile: nothing was sent (reloaded)", k->subject);
	if (!rc) {
		values_stored(k->zone, &cur, &now);
		values_stored(k->zone, cached, &before);
	}
	if (!rc && (cur.ttl != cached->ttl || !dnsv_same_set(now.v, now.n, before.v, before.n)))
		rc = error_set(t->ctx, EXIT_ERROR, "changed", "%s changed meanwhile: "
			       "nothing was sent (reloaded, try again)", k->subject);
	rrvalues_free(&now);
	rrvalues_free(&before);
	rrset_free(&cur);
	return rc;
}

/* Writing the apex NS asks first, as dns set does; false: cancelled (said). */
static bool apex_ns_ok(struct tui *t, const struct rrkey *k, const char *question)
{
	if (!rrkey_apex_ns(k) || tui_confirm(t, question))
		return true;
	tui_status(t, STATUS_INFO, "cancelled: nothing was changed");
	return false;
}

static void edit_record(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	struct form f = {.zone = t->open->d.fqdn};
	struct rrkey k = {0};
	struct rrvalues values = {0}, have = {0};
	char *text = NULL, *ttl_text = NULL, *shown = NULL, *question = NULL, *label = NULL;
	char ttl0[24];
	if (!z->nrows)
		return;
	const struct rrow *row = &z->rows[cur_row(z)];
	const struct rrset *set = &z->sets[row->set];
	if (rrkey_parse(t->ctx, f.zone, set->type, set->name, &k) || rrkey_writable(t->ctx, &k)) {
		tui_error(t, 1);
		goto out;
	}
	f.type = k.type;
	snprintf(ttl0, sizeof(ttl0), "%lld", set->ttl);
	label = xasprintf("%s %s value", set->name, set->type);
	if (!(text = tui_prompt(t, label, row->shown, check_value, &f)) ||
	    !(ttl_text = tui_prompt(t, "TTL", ttl0, check_ttl, &f)))
		goto out;
	values_stored(f.zone, set, &have);
	for (size_t i = 0; i < have.n; i++) {
		const struct dnsv *v = i == row->value ? &f.value : &have.v[i];
		if (dnsv_find(values.v, values.n, v) == values.n)
			rrvalues_add(&values, v);
	}
	if (f.ttl == set->ttl && dnsv_same_set(have.v, have.n, values.v, values.n)) {
		tui_status(t, STATUS_INFO, "unchanged: nothing was sent");
		goto out;
	}
	shown = values_text(&values);
	question = xasprintf("Replace the apex NS of %s with %s?", k.zone, shown);
	if (!apex_ns_ok(t, &k, question))
		goto out;
	tui_busy(t, "saving...");
	rc = still_same(t, &k, set);
	if (!rc) /* the whole RRset, with its TTL, as dns set sends it */
		rc = record_set(t->ctx, &k, f.ttl, &values);
	tui_idle(t);
	if (rc) {
		bool changed = t->ctx->err.kind && strcmp(t->ctx->err.kind, "changed") == 0;
		tui_error(t, rc);
		if (changed)
			records_changed(t, k.name, k.type, NULL);
		goto out;
	}
	tui_status(t, STATUS_OK, "set %s %s in %s: %s (TTL %ld)", k.type, k.name, k.zone, shown,
		   f.ttl);
	records_changed(t, k.name, k.type, &f.value);
out:
	rrvalues_free(&values);
	rrvalues_free(&have);
	free(label);
	free(text);
	free(ttl_text);
	free(shown);
	free(question);
	rrkey_free(&k);
	form_free(&f);
}

static void add_record(struct tui *t)
{
	int rc;
	long ttl;
	char *shown = NULL, *question = NULL;
	struct dom_detail *z = t->open->detail;
	struct form f = {.zone = t->open->d.fqdn};
	struct rrkey k = {0};
	struct rrvalues values = {0};
	struct record_change done = {0};
	char *name = NULL, *type = NULL, *value = NULL, *ttl_text = NULL;
	char ttl0[24];
	const struct rrset *here = z->nrows ? &z->sets[z->rows[cur_row(z)].set]
					    : NULL;
	if (!(name = tui_prompt(t, "name (@ for the domain itself)", here ? here->name : "@",
				check_name, &f)) ||
	    !(type = tui_prompt(t, "type", here ? here->type : "A", check_type, &f)) ||
	    !(value = tui_prompt(t, "value", "", check_value, &f)))
		goto out;
	ttl = RECORD_ADD_TTL;
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
	rrvalues_add(&values, &f.value);
	shown = values_text(&values);
	question = xasprintf("Add %s to the apex NS of %s?", shown, k.zone);
	if (!apex_ns_ok(t, &k, question))
		goto out;
	tui_busy(t, "adding...");
	rc = record_add(t->ctx, &k, &values, f.ttl, &done); /* exactly what dns add does */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	if (done.changed)
		tui_status(t, STATUS_OK, "add %s %s in %s: %s (TTL %ld)", k.type, k.name, k.zone,
			   shown, f.ttl);
	else
		tui_status(t, STATUS_INFO, "unchanged: %s already holds %s", k.subject, shown);
	records_changed(t, k.name, k.type, &f.value);
out:
	record_change_free(&done);
	rrvalues_free(&values);
	free(shown);
	free(question);
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
	struct rrvalues values = {0};
	char *text = NULL, *question = NULL;
	if (!z->nrows)
		return;
	const struct rrset *set = &z->sets[z->rows[cur_row(z)].set];
	long long ttl = set->ttl;
	if (rrkey_parse(t->ctx, t->open->d.fqdn, set->type, set->name, &k) ||
	    rrkey_writable(t->ctx, &k)) {
		tui_error(t, 1);
		goto out;
	}
	values_stored(k.zone, set, &values);
	text = values_text(&values);
	question = xasprintf("Delete the %s record %s in %s (%s, TTL %lld)?", set->type, set->name,
			     t->open->d.fqdn, text, set->ttl);
	if (!tui_confirm(t, question)) {
		tui_status(t, STATUS_INFO, "cancelled: nothing was changed");
		goto out;
	}
	tui_busy(t, "deleting...");
	rc = record_delete(t->ctx, &k); /* as dns delete sends it */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "delete %s %s in %s: %s (TTL %lld)", k.type, k.name, k.zone, text,
		   ttl);
	records_changed(t, k.name, k.type, NULL);
out:
	rrvalues_free(&values);
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
	char *question = NULL, *shown = NULL;
	struct rrvalues values = {0};
	struct record_change done = {0};
	struct dnsv v = {0};
	if (!z->nrows)
		return;
	const struct rrow *row = &z->rows[cur_row(z)];
	const struct rrset *set = &z->sets[row->set];
	if (set->nvalues < 2) {
		delete_rrset(t);
		return;
	}
	if (rrkey_parse(t->ctx, t->open->d.fqdn, set->type, set->name, &k) ||
	    rrkey_writable(t->ctx, &k)) {
		tui_error(t, 1);
		goto out;
	}
	shown = xstrdup(row->shown);
	question = rrkey_apex_ns(&k)
			   ? xasprintf("Remove %s from the apex NS of %s?", shown, k.zone)
			   : xasprintf("Remove %s from the %s record %s in %s?", shown, set->type,
				       set->name, k.zone);
	if (!tui_confirm(t, question)) {
		tui_status(t, STATUS_INFO, "cancelled: nothing was changed");
		goto out;
	}
	dnsv_stored(k.type, set->values[row->value], k.zone, &v);
	rrvalues_add(&values, &v);
	tui_busy(t, "removing...");
	rc = record_remove(t->ctx, &k, &values, &done);
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "remove %s %s in %s: %s", k.type, k.name, k.zone, shown);
	records_changed(t, k.name, k.type, NULL);
out:
	dnsv_free(&v);
	rrvalues_free(&values);
	record_change_free(&done);
	free(question);
	free(shown);
	rrkey_free(&k);
}

static int load_records(struct tui *t, struct dom_detail *z, char **note)
{
	const char *ns = t->open->d.nameserver;
	if (ns && strcmp(ns, "livedns") != 0) {
		/* its zone is elsewhere: LiveDNS would only answer 404 */
		*note = xasprintf("%s does not use LiveDNS (nameservers: %s), so gandi cannot show "
				  "its records", t->open->d.fqdn, ns);
		return 0;
	}
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
				.shown = dnsv_display(z->sets[i].type, z->sets[i].values[v]),
			};
	return rc;
}

static size_t records_rows(const struct dom_detail *z)
{
	return z->nrows;
}

static void records_widths(const struct tui *t, const struct dom_detail *z, int w[3])
{
	int third = t->cols / 3, name = 4, type = 4;
	for (size_t i = 0; i < z->nsets; i++) {
		int n = text_width(z->sets[i].name), k = (int)strlen(z->sets[i].type);
		name = n > name ? n : name;
		type = k > type ? k : type;
	}
	w[0] = name < third ? name : third;
	w[1] = type;
	w[2] = 7;
}

static void records_cells(const struct dom_detail *z, size_t row, const char *cells[4],
			  char buf[32])
{
	const struct rrow *r = &z->rows[row];
	const struct rrset *s = &z->sets[r->set];
	snprintf(buf, 32, "%lld", s->ttl);
	cells[0] = s->name;
	cells[1] = s->type;
	cells[2] = buf;
	cells[3] = r->shown;
}

static void records_key(struct tui *t, int key, bool enter)
{
	(void)enter;
	if (key == 'e')
		edit_record(t);
	else if (key == 'a')
		add_record(t);
	else if (key == 'd')
		remove_value(t);
	else if (key == 'D')
		delete_rrset(t);
}

const struct tab_ops tab_records = {
	.name = "Records",
	.heads = {"NAME", "TYPE", "TTL", "VALUE"},
	.empty = "no DNS records (a adds one)",
	.screen = SCREEN_RECORDS,
	.load = load_records,
	.release = free_records,
	.rows = records_rows,
	.widths = records_widths,
	.cells = records_cells,
	.key = records_key,
};
