/*
 * gandi token renew: POST /organization/access-tokens with the current token
 * gives a new token. A token kept in the config file (api_key) is replaced
 * there (atomically, mode 0600) and neither token is printed; one from
 * anywhere else (a variable, a file, systemd credentials, api_key_command)
 * cannot be updated by gandi, so the new one is printed once, on stdout only:
 * as NAME=TOKEN for a variable, alone otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd.h"
#include "buf.h"
#include "config/config.h"
#include "config/credential.h"
#include "gandi/tokens.h"
#include "error.h"
#include "expiry.h"
#include "ops/recheck.h"
#include "output/output.h"
#include "config/secret.h"
#include "util.h"

static const struct opt opts[] = {
	{"expires-at", 0, "DATE", "the new token's expiry (default: the same lifetime again)",
	 NULL},
	{0},
};

/* Explain Gandi's refusals plainly. */
static void explain(struct ctx *ctx)
{
	enum renew_refusal why = token_renew_refusal(error_fault(ctx));
	if (why == RENEW_REFUSED_OTHER)
		return;
	error_context(ctx, "Gandi refused to renew the token");
	if (why == RENEW_TOO_EARLY)
		error_detail(ctx, "Gandi renews a token only near its expiry (its last 30 days, as "
				  "far as is known); 'gandi token info' shows when it expires.\n");
	else
		error_detail(ctx, "Only Personal Access Tokens can be renewed, with a token that "
				  "is still valid.\n");
}

/*
 * The renewal may have been carried out, but its answer (which held the new
 * token) was lost: nothing can recover that token. Say so, check that the
 * token in use still works, and say what to do.
 */
static void lost_renewal(struct ctx *ctx)
{
	struct error held;
	struct tokeninfo ti;
	struct buf place = {0};
	const struct cred *used = creds_used(ctx);
	const char *where = used ? cred_phrase(used, &place) : "?";
	error_hold(ctx, &held);
	int rc = token_info(ctx, &ti, NULL);
	error_clear(&ctx->err);
	error_resume(ctx, &held);
	error_rechecked(ctx, "the request may have reached Gandi and been carried out before its "
			     "answer was lost: Gandi may have made a new token, and it cannot be "
			     "recovered (it was in the lost answer)\n");
	long long days = (ti.expires_in + 43200) / 86400;
	if (!rc && ti.has_expiry && days > 0)
		error_detail(ctx, "The token in use (%s, from %s) is unchanged and still valid for "
				  "%lld day%s: nothing was lost.\n", secret_masked(ctx->token),
			     where, days, days == 1 ? "" : "s");
	else if (!rc)
		error_detail(ctx, "The token in use (%s, from %s) is unchanged and still works: "
				  "nothing was lost.\n", secret_masked(ctx->token), where);
	else
		error_detail(ctx, "The token in use (%s, from %s) is unchanged; it could not be "
				  "checked now: 'gandi token info' shows whether it still works.\n",
			     secret_masked(ctx->token), where);
	error_detail(ctx, "hint: run 'gandi token renew' again for a new token; a token made by the "
			  "lost renewal is used by no one and expires on its own, or delete it in "
			  "Gandi's dashboard (Account > Personal Access Tokens%s%s%s)\n",
		     !rc && ti.name ? ": the newest token named '" : "", !rc && ti.name ? ti.name : "",
		     !rc && ti.name ? "'" : "");
	error_field(ctx, "renewed", jv_null());
	tokeninfo_free(&ti);
	buf_free(&place);
}

static int run(struct ctx *ctx, struct args *a)
{
	struct renewed_token renewed = {0};
	char *iso = NULL;
	int rc = 0;
	const char *when = arg_value(a, "expires-at");
	if (secret_is_apikey(ctx->token)) {
		rc = error_set(ctx, EXIT_ERROR, "apikey", "a legacy API key cannot be renewed");
		error_detail(ctx, "hint: create a Personal Access Token at https://admin.gandi.net "
				  "(Account > Personal Access Tokens > Create) and use it instead\n");
		goto out;
	}
	if (when) {
		time_t t;
		iso = strlen(when) == 10 ? xasprintf("%sT00:00:00Z", when) : xstrdup(when);
		if (!parse_time(iso, &t) || t <= time(NULL)) {
			rc = usage_error(ctx, "--expires-at '%s' is not a date in the future "
					      "(2027-01-31 or 2027-01-31T12:00:00Z)", when);
			goto out;
		}
	}
	if ((rc = token_renew(ctx, iso, &renewed))) {
		if (write_maybe_applied(ctx))
			lost_renewal(ctx);
		else
			explain(ctx);
		goto out;
	}
	const char *fresh = renewed.access_token;
	const char *expires = renewed.expires_at;
	const struct cred *used = creds_used(ctx);
	struct secret *next = secret_new(fresh, strlen(fresh), secret_source(ctx->token),
					 secret_origin(ctx->token));
	if (cred_writable(used)) {
		const char *profile = used->profile;
		rc = config_edit(ctx, profile, "api_key", fresh);
		if (rc) {
			/* the only copy of the new token: print it, once, on stdout */
			error_detail(ctx, "Gandi renewed the token, but the new one is not in '%s': "
					  "it is printed on stdout, once.\nStore it yourself, with: "
					  "gandi config set%s%s api_key - (then paste it)\nThe old token "
					  "%s stays valid until its own expiry.\n", used->path,
				     profile ? " --profile " : "", profile ? profile : "",
				     secret_masked(ctx->token));
			if (ctx->json) {
				struct jv *o = jv_object();
				jv_set_bool(o, "ok", false);
				jv_set_str(o, "access_token", fresh);
				jv_set_str(o, "expires_at", expires ? expires : "");
				jv_set_bool(o, "saved", false);
				jv_set_str(o, "file", used->path);
				out_json(ctx, o);
				jv_free(o);
			} else {
				printf("%s\n", fresh);
			}
			out_flush();
			out_check(ctx);
			secret_free(next);
			goto out;
		}
	}
	/* from now on the new token is the one to mask and to remember */
	struct secret *old = ctx->token;
	ctx->token = next;
	time_t t = 0;
	if (expires && parse_time(expires, &t))
		expiry_remember(ctx, t);
	if (!cred_writable(used)) {
		bool variable = used->kind == CRED_VARIABLE;
		if (ctx->json) {
			struct jv *o = jv_object();
			jv_set_bool(o, "ok", true);
			jv_set_str(o, "access_token", fresh);
			jv_set_str(o, "expires_at", expires ? expires : "");
			jv_set_str(o, "token_source", used->name);
			out_json(ctx, o);
			jv_free(o);
		} else if (variable) {
			printf("%s=%s\n", used->name, fresh);
		} else {
			printf("%s\n", fresh);
		}
		out_flush();
		out_check(ctx);
		if (!ctx->json) {
			struct buf phrase = {0};
			fprintf(stderr, "The token came from %s, which gandi cannot update: %s "
					"The old token %s stays valid until its own expiry.\n",
				cred_phrase(used, &phrase),
				variable ? "put the line above wherever it is kept\n(shell profile, "
					   "CI secret...)."
				: used->kind == CRED_COMMAND
					? "store the new token (the line above) where that\ncommand "
					  "reads it."
					: "put the new token (the line above) in that file,\nor "
					  "wherever it is made from (a container or CI secret...).",
				secret_masked(old));
			buf_free(&phrase);
		}
	} else if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "token", secret_masked(next));
		jv_set_str(o, "expires_at", expires ? expires : "");
		jv_set_str(o, "file", used->path);
		out_ok(ctx, o);
	} else {
		note(ctx, "renewed: the new token %s%s%s is saved in %s", secret_masked(next),
		 expires ? ", expiring " : "", expires ? expires : "", used->path);
	}
	secret_free(old);
out:
	renewed_token_free(&renewed);
	free(iso);
	return rc;
}

const struct cmd cmd_token_renew = {
	.noun = "token",
	.verb = "renew",
	.args = "",
	.summary = "renew the token through Gandi's API and save the new one",
	.description = "A token from the config file (or a profile) is replaced there atomically\n"
		       "and never printed. A token from GANDI_API_KEY is printed once, on stdout,\n"
		       "as GANDI_API_KEY=..., to put wherever the variable is kept; one from a\n"
		       "file, systemd credentials or api_key_command is printed alone, once.",
	.examples = "gandi token renew\n"
		    "gandi token renew --dry-run",
	.opts = opts,
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.exec = run,
};
