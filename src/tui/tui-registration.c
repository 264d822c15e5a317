/*
 * The registration tab of a domain's screen: dates, status, nameservers,
 * organization and owner, the transfer lock and DNSSEC (read with the
 * requests domain info and dns dnssec status send), and autorenew, which e
 * turns on or off with the request domain autorenew sends. R renews the
 * domain for a year, a paid operation, with the requests domain renew sends
 * (the POST once, never again), after a question showing the new expiry and
 * the price Gandi gives.
 */
#include "tui/tui.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "buf.h"
#include "error.h"
#include "gandi/dnssec.h"
#include "gandi/domains.h"
#include "ops/domains.h"
#include "util.h"
#include "xalloc.h"

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

static int load_info(struct tui *t, struct dom_detail *z, char **note)
{
	(void)note;
	struct ctx *ctx = t->ctx;
	struct domain_info di;
	size_t cap = 0;
	tui_busy(t, "loading the registration details...");
	struct dnssec_state ds = {0};
	char *dnssec = NULL;
	int rc = domain_read(ctx, t->open->d.fqdn, &di, NULL);
	if (!rc && dnssec_read(ctx, t->open->d.fqdn, &ds, NULL)) {
		/* the details are there: a missing DNSSEC state is one row, not the tab */
		error_clear(&ctx->err);
		dnssec = xstrdup("unknown (its state could not be read)");
	} else if (!rc) {
		dnssec = xasprintf("%s (%s)%s%s", strcmp(ds.state, "active") == 0 ? "on"
						 : strcmp(ds.state, "inactive") == 0 ? "off"
										     : "changing",
				   ds.state, ds.error ? ": " : "", ds.error ? ds.error : "");
	}
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
		info_add(z, &cap, "transfer lock", di.transfer_locked ? "on"
						   : di.can_tld_lock ? "off"
								     : "off (the registry has none)");
		info_add(z, &cap, "DNSSEC", dnssec);
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
	dnssec_state_free(&ds);
	free(dnssec);
	domain_info_free(&di);
	return rc;
}

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
	rc = domain_autorenew_change(t->ctx, fqdn, on);
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	t->open->d.autorenew = on;
	tab_reload(t, TAB_INFO);
	if (!z->tabs[TAB_INFO].error)
		tui_status(t, STATUS_OK, "autorenew %s for %s", on ? "on" : "off", fqdn);
out:
	free(question);
}

/* The answer to the renewal question: yes or no. */
static int yes_or_no(struct tui *t, const char *text, void *arg)
{
	(void)arg;
	static const char *const words[] = {"yes", "y", "no", "n"};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasecmp(text, words[i]) == 0)
			return 0;
	return error_set(t->ctx, EXIT_USAGE, "usage", "answer yes to renew, or no");
}

/*
 * What renewing for a year would be: the expiry now (to free()) and the
 * price phrase (to free(), "price not given by Gandi" when the check fails
 * or holds none: the price is information, never a reason to stop). 0, or an
 * exit code with ctx->err set (a 403 names domain:renew).
 */
static int renewal_terms(struct tui *t, const char *fqdn, char **before, char **price)
{
	struct ctx *ctx = t->ctx;
	struct domain_info di;
	*before = *price = NULL;
	int rc = domain_read(ctx, fqdn, &di, NULL);
	if (!rc)
		rc = domain_renew_allowed(ctx, fqdn, 1);
	if (!rc) {
		*before = di.dates.registry_ends_at ? xstrdup(di.dates.registry_ends_at) : NULL;
		*price = domain_renew_price_text(ctx, fqdn, 1, NULL);
		if (!*price)
			*price = xstrdup("price not given by Gandi");
	}
	domain_info_free(&di);
	return rc;
}

static void renew(struct tui *t)
{
	struct ctx *ctx = t->ctx;
	struct renewal rn = {0};
	const char *fqdn = t->open->d.fqdn;
	char *before = NULL, *price = NULL, *label = NULL, *info = NULL, *answer = NULL;
	char after[11];
	tui_busy(t, "reading the renewal terms...");
	int rc = renewal_terms(t, fqdn, &before, &price);
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	format_date_plus_years(before, 1, after);
	label = xasprintf("Renew %s for 1 year, paid from your Gandi account? (yes/no)", fqdn);
	info = xasprintf("expiry %s -> %s, %s", date_only(before), after, price);
	answer = tui_prompt_info(t, label, "no", info, yes_or_no, NULL);
	if (!answer || (strcasecmp(answer, "yes") != 0 && strcasecmp(answer, "y") != 0)) {
		tui_status(t, STATUS_INFO, "declined: nothing was renewed");
		goto out;
	}
	tui_busy(t, "renewing...");
	rc = domain_renew(ctx, fqdn, 1, false, before, &rn);
	tui_idle(t);
	if (rc) {
		if (rn.recheck != RECHECK_NONE) {
			error_clear(&ctx->err);
			tui_status(t, STATUS_ERROR, "the renewal of %s may not have taken effect: do "
				   "not renew again before r shows whether the expiry moved", fqdn);
		} else {
			tui_error(t, rc);
		}
		goto out;
	}
	tab_reload(t, TAB_INFO);
	if (!t->open->detail->tabs[TAB_INFO].error)
		tui_status(t, STATUS_OK, "renewed %s for 1 year: expiry %s -> %s", fqdn,
			   date_only(before), rn.answer_lost ? date_only(rn.expires_after) : after);
out:
	renewal_free(&rn);
	free(before);
	free(price);
	free(label);
	free(info);
	free(answer);
}

static size_t info_rows(const struct dom_detail *z)
{
	return z->ninfo;
}

static void info_widths(const struct tui *t, const struct dom_detail *z, int w[3])
{
	(void)t;
	(void)z;
	w[0] = 13;
	w[1] = 0;
	w[2] = 0;
}

static void info_cells(const struct dom_detail *z, size_t row, const char *cells[4],
		       char buf[32])
{
	(void)buf;
	cells[0] = z->info[row].label;
	cells[1] = NULL;
	cells[2] = NULL;
	cells[3] = z->info[row].value;
}

static void info_key(struct tui *t, int key, bool enter)
{
	struct dom_detail *z = t->open->detail;
	const struct lview *v = &z->tabs[TAB_INFO].view;
	/* Enter edits only the autorenew row; e works from any row */
	if (enter && (!z->ninfo || strcmp(z->info[v->cur].label, "autorenew") != 0))
		return;
	if (key == 'e')
		toggle_autorenew(t);
	else if (key == 'R' && !enter)
		renew(t);
}

const struct tab_ops tab_info = {
	.name = "Registration",
	.heads = {"", "", "", ""},
	.empty = "no details",
	.screen = SCREEN_INFO,
	.keys_despite_error = true,
	.load = load_info,
	.release = free_info,
	.rows = info_rows,
	.widths = info_widths,
	.cells = info_cells,
	.key = info_key,
};
