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
	char *value;      /* the value as the API stores it */
	long ttl;
};

static void form_free(struct form *f)
{
	free(f->name);
	free(f->value);
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
static int keep_rrset(void *arg, struct rrset *r, const struct jv *raw)
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
	tab_reload(t, TAB_RECORDS);
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
		rc = record_set(t->ctx, &k, f.ttl, vals, values.n);
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
				.shown = value_display(z->sets[i].type, z->sets[i].values[v]),
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
