#include "ops/domains.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "gandi/domains.h"
#include "gandi/types.h"
#include "ops/recheck.h"
#include "xalloc.h"

struct asked {
	const char *fqdn;
	bool on;
	const char *const *ns;
	size_t n;
};

static enum recheck_state autorenew_holds(struct ctx *ctx, void *arg)
{
	const struct asked *a = arg;
	struct domain_info di;
	if (domain_read(ctx, a->fqdn, &di, NULL)) {
		domain_info_free(&di);
		return SEEN_UNREADABLE;
	}
	bool holds = di.autorenew == a->on;
	domain_info_free(&di);
	return holds ? SEEN_HELD : SEEN_NOT_HELD;
}

int domain_autorenew_change(struct ctx *ctx, const char *fqdn, bool on)
{
	struct asked a = {.fqdn = fqdn, .on = on};
	int rc = domain_autorenew_set(ctx, fqdn, on);
	char *what = xasprintf("the autorenew setting of %s", fqdn);
	char *check = xasprintf("gandi domain info %s", fqdn);
	rc = write_recheck(ctx, rc, what, check, autorenew_holds, &a);
	free(what);
	free(check);
	return rc;
}

/* Whether every host of a is in b, in any case and with or without the final dot. */
static bool hosts_in(const char *const *a, size_t na, char **b, size_t nb)
{
	for (size_t i = 0; i < na; i++) {
		bool found = false;
		for (size_t j = 0; j < nb && !found; j++) {
			size_t la = strlen(a[i]), lb = strlen(b[j]);
			la -= la > 1 && a[i][la - 1] == '.';
			lb -= lb > 1 && b[j][lb - 1] == '.';
			found = la == lb && strncasecmp(a[i], b[j], la) == 0;
		}
		if (!found)
			return false;
	}
	return true;
}

static enum recheck_state nameservers_hold(struct ctx *ctx, void *arg)
{
	const struct asked *a = arg;
	char **ns = NULL;
	size_t n = 0;
	if (domain_nameservers(ctx, a->fqdn, &ns, &n, NULL)) {
		strv_free(ns);
		return SEEN_UNREADABLE;
	}
	bool holds = n == a->n && hosts_in(a->ns, a->n, ns, n);
	strv_free(ns);
	return holds ? SEEN_HELD : SEEN_NOT_HELD;
}

int domain_nameservers_change(struct ctx *ctx, const char *fqdn, const char *const *ns,
			      size_t n)
{
	struct asked a = {.fqdn = fqdn, .ns = ns, .n = n};
	int rc = domain_nameservers_set(ctx, fqdn, ns, n);
	char *what = xasprintf("the nameservers of %s", fqdn);
	char *check = xasprintf("gandi domain nameservers %s", fqdn);
	rc = write_recheck(ctx, rc, what, check, nameservers_hold, &a);
	free(what);
	free(check);
	return rc;
}

int domain_renew_allowed(struct ctx *ctx, const char *fqdn, long years)
{
	struct renew_rules rules;
	int rc = domain_renew_rules(ctx, fqdn, &rules);
	if (rc)
		return rc;
	if (rules.prohibited) {
		rc = error_set(ctx, EXIT_ERROR, "renew_prohibited",
			       "Gandi does not allow renewing %s now", fqdn);
		error_detail(ctx, "hint: 'gandi domain info %s' shows its status and dates\n", fqdn);
	} else if (years < rules.min || years > rules.max) {
		rc = usage_error(ctx, "%s can be renewed for %lld to %lld years now, not %ld", fqdn,
				 rules.min, rules.max, years);
	}
	return rc;
}

char *domain_renew_price_text(struct ctx *ctx, const char *fqdn, long years,
			      struct renew_price *price)
{
	struct renew_price own = {0};
	struct renew_price *p = price ? price : &own;
	char *text = NULL;
	if (domain_renew_price(ctx, fqdn, years, p))
		error_clear(&ctx->err);
	else if (p->given)
		text = xasprintf("%.2f%s%s a year, taxes included", p->per_year,
				 p->currency ? " " : "", p->currency ? p->currency : "");
	renew_price_free(&own);
	return text;
}
