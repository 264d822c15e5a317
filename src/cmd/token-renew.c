/*
 * gandi token renew: POST /organization/access-tokens with the current token
 * gives a new token. A token kept in the config file is replaced there
 * (atomically, mode 0600) and neither token is printed; a token from the
 * environment cannot be updated by gandi, so the new one is printed once, on
 * stdout only, as the line to put wherever GANDI_API_KEY is kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gandi/api.h"
#include "cmd.h"
#include "config/config.h"
#include "gandi/decode.h"
#include "error.h"
#include "expiry.h"
#include "output/output.h"
#include "config/secret.h"
#include "util.h"

static const struct opt opts[] = {
	{"expires-at", 0, "DATE", "the new token's expiry (default: the same lifetime again)",
	 NULL},
	{0},
};

/* Explain Gandi's refusals plainly. */
static void explain(struct ctx *ctx, long status)
{
	if (status == 400 || status == 409)
		error_detail(ctx, "Gandi renews a token only near its expiry (its last 30 days, as "
				  "far as is known); 'gandi token info' shows when it expires.\n");
	else if (status == 403)
		error_detail(ctx, "Only Personal Access Tokens can be renewed, with a token that "
				  "is still valid.\n");
}

static int run(struct ctx *ctx, struct args *a)
{
	struct api_result res = {0};
	struct decoder d = {.what = "renewed token"};
	json_t *body = json_object();
	char *url = NULL;
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
		char *iso = strlen(when) == 10 ? xasprintf("%sT00:00:00Z", when) : xstrdup(when);
		if (!parse_time(iso, &t) || t <= time(NULL)) {
			free(iso);
			rc = usage_error(ctx, "--expires-at '%s' is not a date in the future "
					      "(2027-01-31 or 2027-01-31T12:00:00Z)", when);
			goto out;
		}
		json_object_set_new(body, "expires_at", json_string(iso));
		free(iso);
	}
	url = api_url(ctx, "/organization/access-tokens");
	rc = api_call(ctx, "POST", url, body, 0, NULL, &res);
	if (rc) {
		if (res.status == 400 || res.status == 403 || res.status == 409) {
			char *msg = xasprintf("Gandi refused to renew the token: %s",
					      ctx->err.message ? ctx->err.message : "refused");
			free(ctx->err.message);
			ctx->err.message = msg;
			explain(ctx, res.status);
		}
		goto out;
	}
	const char *fresh = dec_str(&d, res.json, "access_token", true);
	const char *expires = dec_str(&d, res.json, "expires_at", false);
	if (d.error || !*fresh) {
		rc = decode_error(ctx, &d);
		goto out;
	}
	struct secret *next = secret_new(fresh, strlen(fresh), secret_source(ctx->token),
					 secret_origin(ctx->token));
	enum source src = secret_source(ctx->token);
	if (src == SRC_FILE || src == SRC_PROFILE) {
		const char *profile = src == SRC_PROFILE ? ctx->profile.value : NULL;
		rc = config_edit(ctx, profile, "api_key", fresh);
		if (rc) {
			/* the only copy of the new token: print it, once, on stdout */
			error_detail(ctx, "Gandi renewed the token, but the new one is not in '%s': "
					  "it is printed on stdout, once.\nStore it yourself, with: "
					  "gandi config set%s%s api_key - (then paste it)\nThe old token "
					  "%s stays valid until its own expiry.\n", ctx->config_path,
				     profile ? " --profile " : "", profile ? profile : "",
				     secret_masked(ctx->token));
			if (ctx->json) {
				json_t *o = json_pack("{sbsssssbss}", "ok", 0, "access_token", fresh,
						      "expires_at", expires ? expires : "", "saved",
						      0, "file", ctx->config_path);
				char *text = json_dumps(o, JSON_INDENT(2));
				printf("%s\n", text);
				secret_release(text);
				json_decref(o);
			} else {
				printf("%s\n", fresh);
			}
			out_flush();
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
	if (src == SRC_ENV) {
		if (ctx->json) {
			json_t *o = json_pack("{sbssssss}", "ok", 1, "access_token", fresh, "expires_at",
					      expires ? expires : "", "token_source", "env");
			char *text = json_dumps(o, JSON_INDENT(2));
			printf("%s\n", text);
			secret_release(text);
			json_decref(o);
		} else {
			printf("GANDI_API_KEY=%s\n", fresh);
		}
		out_flush();
		if (!ctx->json)
			fprintf(stderr, "The token came from GANDI_API_KEY, which gandi cannot update: "
					"put the line above wherever it is kept\n(shell profile, CI "
					"secret...). The old token %s stays valid until its own expiry.\n",
				secret_masked(old));
	} else if (ctx->json) {
		out_ok(ctx, json_pack("{sssssss}", "token", secret_masked(next), "expires_at",
				      expires ? expires : "", "file", ctx->config_path));
	} else {
		out_line(ctx, "renewed: the new token %s%s%s is saved in %s", secret_masked(next),
			 expires ? ", expiring " : "", expires ? expires : "", ctx->config_path);
	}
	secret_free(old);
out:
	decoder_free(&d);
	api_result_free(&res);
	json_decref(body);
	free(url);
	return rc;
}

const struct cmd cmd_token_renew = {
	.noun = "token",
	.verb = "renew",
	.args = "",
	.summary = "renew the token through Gandi's API and save the new one",
	.description = "A token from the config file (or a profile) is replaced there atomically\n"
		       "and never printed. A token from GANDI_API_KEY is printed once, on stdout,\n"
		       "as GANDI_API_KEY=..., to put wherever the variable is kept.",
	.opts = opts,
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.exec = run,
};
