/*
 * gandi domain renew: a paid operation. It is asked for once: the POST is
 * never resent, and when its answer is lost the domain's expiry is read again
 * to tell whether the renewal happened.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "cmd.h"
#include "gandi/domains.h"
#include "ops/domains.h"
#include "error.h"
#include "output/output.h"
#include "prompt.h"
#include "dns/record.h"
#include "util.h"

static const struct opt opts[] = {
	{"duration", 'd', "YEARS", "years to add, 1 to 9 (default 1)", "1 2 3 4 5 6 7 8 9"},
	OPT_DRY_RUN("ask Gandi to check the renewal without doing it"),
	OPT_YES,
	{0},
};

/* The --json form of a renewal: domain, duration, expiry before and after. */
static struct jv *renewal_json(const char *fqdn, long years, const char *before,
			       const char *after)
{
	struct jv *o = jv_object();
	jv_set_str(o, "domain", fqdn);
	jv_set_int(o, "duration", years);
	jv_set_str(o, "expires_before", date_only(before));
	jv_set_str(o, "expires_after", after);
	return o;
}

/* What a failed renewal whose answer may have been lost leaves to say. */
static void explain_lost(struct ctx *ctx, const char *fqdn, const char *before,
			 const struct renewal *rn)
{
	if (rn->recheck == RECHECK_UNREADABLE) {
		error_detail(ctx, "The renewal may or may not have happened, and its expiry cannot "
				  "be read now.\nDo not renew again before 'gandi domain info %s' shows "
				  "whether the expiry moved.\n", fqdn);
	} else if (rn->recheck == RECHECK_NOT_MOVED) {
		error_detail(ctx, "The expiry of %s has not moved (%s), so the renewal has not "
				  "taken effect.\nGandi may still be processing it: check 'gandi "
				  "domain info %s' in a few minutes before renewing again.\n", fqdn,
			     date_only(before), fqdn);
		error_field(ctx, "renewed", jv_bool(false));
	}
}

static int run(struct ctx *ctx, struct args *a)
{
	struct domain_info di;
	struct renewal rn = {0};
	struct renew_price price = {0};
	char *fqdn = NULL, *question = NULL, *cost = NULL;
	long years = 1;
	char after[11];
	bool dry = arg_flag(a, "dry-run");
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	memset(&di, 0, sizeof(di));
	if (arg_value(a, "duration")) {
		char *end;
		years = strtol(arg_value(a, "duration"), &end, 10);
		if (*end || end == arg_value(a, "duration") || years < 1 || years > 9) {
			rc = usage_error(ctx, "--duration must be a number of years from 1 to 9, not "
					      "'%s'", arg_value(a, "duration"));
			goto out;
		}
	}
	if ((rc = domain_read(ctx, fqdn, &di, NULL)) || (rc = domain_renew_allowed(ctx, fqdn, years)))
		goto out;
	const char *before = di.dates.registry_ends_at;
	format_date_plus_years(before, years, after);
	bool asks = !arg_flag(a, "yes") && !ctx->yes && ctx->stdin_tty;
	if (dry || asks)
		cost = domain_renew_price_text(ctx, fqdn, years, &price);
	if (dry) {
		if ((rc = domain_renew(ctx, fqdn, years, true, before, &rn)))
			goto out;
		if (ctx->json) {
			struct jv *o = renewal_json(fqdn, years, before, after);
			jv_set_bool(o, "dry_run", true);
			jv_set(o, "verdict", jv_ref(rn.verdict));
			if (price.given) {
				/* a decimal string: a double would print as 18.600000000000001 */
				char amount[32];
				snprintf(amount, sizeof(amount), "%.2f", price.per_year);
				struct jv *pj = jv_object();
				jv_set_str(pj, "per_year", amount);
				jv_set_str(pj, "currency", price.currency);
				jv_set_bool(pj, "taxes_included", true);
				jv_set(o, "price", pj);
			}
			out_ok(ctx, o);
		} else {
			note(ctx, "dry run: Gandi accepts renewing %s for %ld year%s (expiry %s "
				      "-> %s%s%s); nothing was renewed", fqdn, years,
				 years > 1 ? "s" : "", date_only(before), after, cost ? "; " : "",
				 cost ? cost : "");
		}
		goto out;
	}
	question = xasprintf("Renew %s for %ld year%s, paid from your Gandi account? "
			     "Expiry %s -> %s.%s%s%s", fqdn, years, years > 1 ? "s" : "",
			     date_only(before), after, cost ? " Price: " : "", cost ? cost : "",
			     cost ? "." : "");
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "renew a domain")))
		goto out;
	if ((rc = domain_renew(ctx, fqdn, years, false, before, &rn))) {
		explain_lost(ctx, fqdn, before, &rn);
		goto out;
	}
	if (rn.answer_lost) {
		char now[11];
		snprintf(now, sizeof(now), "%s", date_only(rn.expires_after));
		warn(ctx, "the answer to the renewal was lost, but the expiry of %s moved: it was "
			  "renewed", fqdn);
		if (ctx->json) {
			struct jv *o = renewal_json(fqdn, years, before, now);
			jv_set_bool(o, "answer_lost", true);
			out_ok(ctx, o);
		} else {
			note(ctx, "renewed %s for %ld year%s: now expires %s", fqdn, years,
				 years > 1 ? "s" : "", now);
		}
	} else if (ctx->json) {
		struct jv *o = renewal_json(fqdn, years, before, after);
		jv_set_int(o, "status", rn.status);
		out_ok(ctx, o);
	} else {
		note(ctx, "renewed %s for %ld year%s: expiry %s -> %s", fqdn, years,
			 years > 1 ? "s" : "", date_only(before), after);
	}
out:
	renewal_free(&rn);
	renew_price_free(&price);
	domain_info_free(&di);
	free(cost);
	free(question);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_renew = {
	.noun = "domain",
	.verb = "renew",
	.args = "DOMAIN",
	.summary = "renew a domain (paid; asks first, --yes in scripts)",
	.description = "Shows the current expiry and the new one and asks on a terminal; without\n"
		       "a terminal it refuses unless --yes is given. The question and the dry\n"
		       "run show the yearly price when Gandi gives one (nothing is said\n"
		       "otherwise). --dry-run sends Dry-Run: 1: Gandi checks the renewal and\n"
		       "nothing is renewed. The request is never sent twice: if its answer is\n"
		       "lost, gandi reads the expiry again and says whether the renewal\n"
		       "happened.",
	.examples = "gandi domain renew example.com\n"
		    "gandi domain renew example.com --duration 2 --dry-run\n"
		    "gandi domain renew example.com --yes",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM | CMD_DRY_RUN,
	.scope = "domain:renew",
	.scope2 = "domain:view",
	.scope2_for = "to read the domain and its price first",
	.exec = run,
};
