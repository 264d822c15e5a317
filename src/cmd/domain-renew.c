/*
 * gandi domain renew: a paid operation. It is asked for once: the POST is
 * never resent, and when its answer is lost the domain's expiry is read again
 * to tell whether the renewal happened.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gandi/api.h"
#include "buf.h"
#include "cmd.h"
#include "gandi/decode.h"
#include "gandi/domains.h"
#include "error.h"
#include "output/output-json.h"
#include "output/output.h"
#include "prompt.h"
#include "dns/record.h"
#include "util.h"

static const struct opt opts[] = {
	{"duration", 'd', "YEARS", "years to add, 1 to 9 (default 1)", "1 2 3 4 5 6 7 8 9"},
	{"dry-run", 0, NULL, "ask Gandi to check the renewal without doing it", NULL},
	{"yes", 'y', NULL, "do not ask for confirmation", NULL},
	{0},
};

/* The expiry plus years, as a date. */
static void plus_years(const char *api_date, long years, char out[11])
{
	time_t t;
	if (!api_date || !parse_time(api_date, &t)) {
		snprintf(out, 11, "?");
		return;
	}
	struct tm tm;
	gmtime_r(&t, &tm);
	tm.tm_year += (int)years;
	t = timegm(&tm);
	format_date(t, out);
}

/* Read the renewal rules; 0 or an exit code (403 guidance included). */
static int check_rules(struct ctx *ctx, const char *fqdn, long years)
{
	struct api_result res;
	char *url = domain_url(ctx, fqdn, "/renew");
	char *subject = xasprintf("domain '%s'", fqdn);
	int rc = api_call(ctx, "GET", url, NULL, 0, subject, &res);
	if (rc)
		goto out;
	const json_t *info = res.json;
	if (json_is_object(json_object_get(info, "renew")))
		info = json_object_get(info, "renew"); /* the older wrapped form */
	struct decoder d = {.what = "renewal information"};
	bool prohibited = dec_bool(&d, info, "prohibited", false, false);
	long long max = dec_int(&d, info, "maximum", false, 9);
	long long min = dec_int(&d, info, "minimum", false, 1);
	if (d.error) {
		rc = decode_error(ctx, &d);
	} else if (prohibited) {
		rc = error_set(ctx, EXIT_ERROR, "renew_prohibited",
			       "Gandi does not allow renewing %s now", fqdn);
		error_detail(ctx, "hint: 'gandi domain info %s' shows its status and dates\n", fqdn);
	} else if (years < min || years > max) {
		rc = usage_error(ctx, "%s can be renewed for %lld to %lld years now, not %ld", fqdn,
				 min, max, years);
	}
	decoder_free(&d);
out:
	api_result_free(&res);
	free(url);
	free(subject);
	return rc;
}

/* After an answer was lost: did the expiry move? Sets ctx->err either way. */
static int settle(struct ctx *ctx, const char *fqdn, const char *before, long years)
{
	struct domain_info now;
	struct error lost = ctx->err;
	memset(&ctx->err, 0, sizeof(ctx->err));
	int rc = domain_read(ctx, fqdn, &now, NULL);
	if (rc) {
		error_clear(&ctx->err);
		ctx->err = lost;
		error_detail(ctx, "The renewal may or may not have happened, and its expiry cannot "
				  "be read now.\nDo not renew again before 'gandi domain info %s' shows "
				  "whether the expiry moved.\n", fqdn);
		domain_info_free(&now);
		return ctx->err.code;
	}
	time_t t0 = 0, t1 = 0;
	bool moved = before && now.dates.registry_ends_at && parse_time(before, &t0) &&
		     parse_time(now.dates.registry_ends_at, &t1) && t1 > t0;
	if (moved) {
		error_clear(&lost);
		warn(ctx, "the answer to the renewal was lost, but the expiry of %s moved: it was "
			  "renewed", fqdn);
		if (ctx->json)
			out_ok(ctx, jv_of(json_pack("{sssisssssb}", "domain", fqdn, "duration", (int)years,
					      "expires_before", date_only(before), "expires_after",
					      date_only(now.dates.registry_ends_at), "answer_lost", 1)));
		else
			out_line(ctx, "renewed %s for %ld year%s: now expires %s", fqdn, years,
				 years > 1 ? "s" : "", date_only(now.dates.registry_ends_at));
		domain_info_free(&now);
		return 0;
	}
	ctx->err = lost;
	error_detail(ctx, "The expiry of %s has not moved (%s), so the renewal has not taken "
			  "effect.\nGandi may still be processing it: check 'gandi domain info %s' "
			  "in a few minutes before renewing again.\n", fqdn, date_only(before), fqdn);
	error_field(ctx, "renewed", jv_bool(false));
	domain_info_free(&now);
	return ctx->err.code;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct domain_info di;
	struct api_result res = {0};
	char *fqdn = NULL, *url = NULL, *question = NULL;
	json_t *body = NULL;
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
	if ((rc = domain_read(ctx, fqdn, &di, NULL)) || (rc = check_rules(ctx, fqdn, years)))
		goto out;
	plus_years(di.dates.registry_ends_at, years, after);
	url = domain_url(ctx, fqdn, "/renew");
	if (ctx->sharing_id.value) {
		char *org = url_escape(ctx->sharing_id.value);
		char *u2 = xasprintf("%s?sharing_id=%s", url, org);
		free(url);
		free(org);
		url = u2;
	}
	body = json_pack("{si}", "duration", (int)years);
	if (dry) {
		rc = api_call(ctx, "POST", url, body, API_DRY_RUN, fqdn, &res);
		if (rc)
			goto out;
		if (ctx->json)
			out_ok(ctx, jv_of(json_pack("{sssisssssbsO}", "domain", fqdn, "duration", (int)years,
					      "expires_before", date_only(di.dates.registry_ends_at),
					      "expires_after", after, "dry_run", 1, "verdict",
					      res.json ? res.json : json_null())));
		else
			out_line(ctx, "dry run: Gandi accepts renewing %s for %ld year%s (expiry %s "
				      "-> %s); nothing was renewed", fqdn, years, years > 1 ? "s" : "",
				 date_only(di.dates.registry_ends_at), after);
		goto out;
	}
	question = xasprintf("Renew %s for %ld year%s, paid from your Gandi account? "
			     "Expiry %s -> %s.", fqdn, years, years > 1 ? "s" : "",
			     date_only(di.dates.registry_ends_at), after);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "renew a domain")))
		goto out;
	rc = api_call(ctx, "POST", url, body, 0, fqdn, &res);
	bool ambiguous = rc && (res.status == 0 ? res.http.maybe_sent
						: res.status >= 500 || res.status == 408);
	if (rc) {
		if (ambiguous)
			rc = settle(ctx, fqdn, di.dates.registry_ends_at, years);
		goto out;
	}
	if (ctx->json)
		out_ok(ctx, jv_of(json_pack("{sssisssssi}", "domain", fqdn, "duration", (int)years,
				      "expires_before", date_only(di.dates.registry_ends_at),
				      "expires_after", after, "status", (int)res.status)));
	else
		out_line(ctx, "renewed %s for %ld year%s: expiry %s -> %s", fqdn, years,
			 years > 1 ? "s" : "", date_only(di.dates.registry_ends_at), after);
out:
	api_result_free(&res);
	json_decref(body);
	domain_info_free(&di);
	free(question);
	free(url);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_renew = {
	.noun = "domain",
	.verb = "renew",
	.args = "DOMAIN",
	.summary = "renew a domain (paid; asks first, --yes in scripts)",
	.description = "Shows the current expiry and the new one and asks on a terminal; without\n"
		       "a terminal it refuses unless --yes is given. --dry-run sends Dry-Run: 1:\n"
		       "Gandi checks the renewal and nothing is renewed. The request is never\n"
		       "sent twice: if its answer is lost, gandi reads the expiry again and says\n"
		       "whether the renewal happened.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:renew",
	.exec = run,
};
