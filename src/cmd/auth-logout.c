/*
 * gandi auth logout: remove the token gandi uses from where it came from,
 * when gandi wrote it there (api_key in the config file, by config_edit:
 * atomically, under the folder's lock). A token from anywhere else (a
 * variable, a file, systemd credentials, api_key_command) is not gandi's to
 * remove: it says so, with the step that is the user's. The token stays valid
 * at Gandi until it expires or is deleted in the dashboard.
 */
#include <stdio.h>

#include "buf.h"
#include "cmd.h"
#include "config/config.h"
#include "config/credential.h"
#include "config/secret.h"
#include "error.h"
#include "guide.h"
#include "output/output.h"

/* Why gandi cannot remove c, and the user's step, as the detail of the error. */
static void not_ours(struct ctx *ctx, const struct cred *c)
{
	struct buf hint = {0};
	switch (c->kind) {
	case CRED_VARIABLE:
		error_detail(ctx, "gandi cannot change the environment it was started from\n");
		break;
	case CRED_FILE:
		error_detail(ctx, "gandi does not delete a file it did not write\n");
		break;
	case CRED_SYSTEMD:
		error_detail(ctx, "the file is systemd's, made from the service's LoadCredential=\n");
		break;
	case CRED_COMMAND:
		error_detail(ctx, "the token is wherever the command reads it (%s)\n", c->command);
		break;
	case CRED_CONFIG:
		break;
	}
	error_detail(ctx, "hint: %s%s\n", cred_unset_hint(c, &hint),
		     c->kind == CRED_VARIABLE || c->kind == CRED_FILE
			     ? " (and remove it where it is set: a shell profile, a CI secret, "
			       "a service unit)"
			     : "");
	buf_free(&hint);
}

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	const struct cred *c = creds_used(ctx);
	struct buf phrase = {0}, next = {0};
	int rc = 0;
	if (!c) {
		note(ctx, "no token to remove: gandi finds none");
		if (ctx->json)
			out_ok(ctx, NULL);
		goto out;
	}
	if (!cred_writable(c)) {
		rc = error_set(ctx, EXIT_ERROR, "not_removable", "cannot remove the token: it comes "
			       "from %s", cred_phrase(c, &phrase));
		not_ours(ctx, c);
		for (size_t i = 1; i < ctx->creds->n; i++)
			if (cred_writable(&ctx->creds->v[i]))
				error_detail(ctx, "%s holds one too; gandi auth logout removes it once "
						  "nothing comes before it\n",
					     cred_phrase(&ctx->creds->v[i], &next));
		goto out;
	}
	cred_phrase(c, &phrase);
	char masked[16];
	snprintf(masked, sizeof(masked), "%s", secret_masked(c->value));
	if ((rc = config_edit(ctx, c->profile, "api_key", NULL)))
		goto out;
	const struct cred *then = ctx->creds->n > 1 ? &ctx->creds->v[1] : NULL;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "removed", masked);
		jv_set_str(o, "file", c->path);
		jv_set_str(o, "profile", c->profile);
		jv_set_str(o, "now_from", then ? then->name : NULL);
		out_ok(ctx, o);
	} else {
		out_line(ctx, "removed the token %s: it was %s", masked, buf_str(&phrase));
	}
	if (then)
		note(ctx, "gandi now uses the token from %s", cred_phrase(then, &next));
	else
		note(ctx, "no token is left; 'gandi auth login' saves one");
	note(ctx, "the token stays valid at Gandi until it expires; if it may have leaked, "
		  "delete it at %s (Account > Personal Access Tokens)", dashboard_url(ctx));
out:
	buf_free(&phrase);
	buf_free(&next);
	return rc;
}

const struct cmd cmd_auth_logout = {
	.noun = "auth",
	.verb = "logout",
	.args = "",
	.summary = "remove the token from the config file it came from",
	.description = "Removes api_key from the table gandi takes the token from (with --profile\n"
		       "NAME, that profile's). A token from the environment, a file, systemd\n"
		       "credentials or api_key_command is not gandi's to remove: it says what\n"
		       "to do instead, and exits 1. Gandi keeps the token valid until it expires\n"
		       "or is deleted in the dashboard.",
	.examples = "gandi auth logout\n"
		    "gandi auth logout --profile work",
	.max_args = 0,
	.exec = run,
};
