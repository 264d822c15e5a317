#include "guide.h"

#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "buf.h"
#include "config/config.h"
#include "config/credential.h"
#include "error.h"
#include "config/secret.h"
#include "output/output.h"
#include "util.h"

const struct scope_doc scope_docs[] = {
	{"domain:view", "See and renew domain names"},
	{"domain:renew", "See and renew domain names"},
	{"domain:tech", "Manage domain name technical configurations"},
	{"organization:view", "View organization"},
	{NULL, NULL},
};

const char *scope_label(const char *scope)
{
	for (size_t i = 0; scope && scope_docs[i].scope; i++)
		if (strcmp(scope_docs[i].scope, scope) == 0)
			return scope_docs[i].label;
	return NULL;
}

const char *scope_both(const char *scope)
{
	static char both[128];
	const char *label = scope_label(scope);
	if (label)
		snprintf(both, sizeof(both), "%s (%s)", label, scope);
	else
		snprintf(both, sizeof(both), "%s", scope ? scope : "");
	return both;
}

const char *dashboard_url(const struct ctx *ctx)
{
	if (ctx->api_url.value && strstr(ctx->api_url.value, "sandbox.gandi.net"))
		return "https://admin.sandbox.gandi.net";
	return "https://admin.gandi.net";
}

/* The permission a call needed, else the command's. */
static const char *needed(const struct ctx *ctx, const char *scope)
{
	return scope ? scope : ctx->cmd ? ctx->cmd->scope : NULL;
}

static const char *command_label(const struct ctx *ctx)
{
	static char name[80];
	snprintf(name, sizeof(name), "gandi %s", ctx->cmd ? cmd_name(ctx->cmd) : "");
	return name;
}

/* The "create a token; give it to gandi; verify" steps, shared by all three. */
static void steps(const struct ctx *ctx, struct error *e, const char *scope, bool replace)
{
	struct jv *list = jv_array();
	char line[512];
	err_detail(e, "  1. %s a Personal Access Token at %s:\n"
			  "     Account > Personal Access Tokens > Create.\n",
		     replace ? "Create (or edit)" : "Create", dashboard_url(ctx));
	snprintf(line, sizeof(line), "%s a Personal Access Token at %s (Account > Personal "
		 "Access Tokens > Create)", replace ? "Create or edit" : "Create",
		 dashboard_url(ctx));
	jv_push(list, jv_str(line));
	if (scope) {
		err_detail(e, "     Grant only what is needed; this command needs:\n"
				  "       %s\n", scope_both(scope));
		snprintf(line, sizeof(line), "grant it: %s", scope_both(scope));
		jv_push(list, jv_str(line));
	} else {
		err_detail(e, "     Grant only what you need, e.g.\n"
				  "       %s\n", scope_both("domain:tech"));
	}
	err_detail(e, "  2. Give it to gandi: 'gandi auth login' checks it with Gandi and saves\n"
			  "     it in %s (mode 0600); or, for this shell:\n"
			  "       export GANDI_API_KEY=\"...\"\n"
			  "     (a file, systemd credentials, a password manager: man gandi, TOKEN)\n",
		     ctx->config_path ? ctx->config_path : "the config file");
	jv_push(list, jv_str("gandi auth login, or export GANDI_API_KEY=\"...\""));
	err_detail(e, "  3. Check with: gandi doctor\n");
	jv_push(list, jv_str("gandi doctor"));
	err_field(e, "steps", list);
	err_field(e, "config_path", jv_str(ctx->config_path));
	err_field(e, "scope_needed", jv_str(scope));
}

/* How messages name the place the token came from, in a static buffer. */
static const char *source_phrase(const struct ctx *ctx)
{
	static char text[1200];
	const struct cred *c = creds_used(ctx);
	struct buf b = {0};
	snprintf(text, sizeof(text), "%s", c ? cred_phrase(c, &b) : "nowhere");
	buf_free(&b);
	return text;
}

static void token_fields(const struct ctx *ctx, struct error *e)
{
	const struct cred *c = creds_used(ctx);
	if (!ctx->token || !c)
		return;
	struct buf b = {0};
	err_field(e, "token_source", jv_str(c->name));
	err_field(e, "token_origin", jv_str(cred_where(c, &b)));
	err_field(e, "token", jv_str(secret_masked(ctx->token)));
	buf_free(&b);
}

/* "Note: X is used; also set: Y, Z." when other places hold a token too. */
static void others_note(const struct ctx *ctx, struct error *e)
{
	if (!ctx->creds || ctx->creds->n < 2)
		return;
	struct buf b = {0}, all = {0};
	for (size_t i = 1; i < ctx->creds->n; i++)
		buf_printf(&all, "%s%s", i > 1 ? ", " : "", cred_phrase(&ctx->creds->v[i], &b));
	err_detail(e, "Note: also set, but not used: %s.\n", buf_str(&all));
	buf_free(&b);
	buf_free(&all);
}

void guide_no_token_text(const struct ctx *ctx, struct error *e, const char *scope)
{
	scope = needed(ctx, scope);
	err_headline(e, "Not authenticated");
	err_detail(e, "'%s' needs a Gandi Personal Access Token, and none was found\n"
		      "(not in the environment, systemd credentials, or %s).\n\n",
		   command_label(ctx), ctx->config_path ? ctx->config_path : "the config file");
	steps(ctx, e, scope, false);
	err_field(e, "token_source", NULL);
}

int guide_no_token(struct ctx *ctx)
{
	error_set(ctx, EXIT_AUTH, "not_authenticated", "Not authenticated");
	guide_no_token_text(ctx, &ctx->err, NULL);
	return EXIT_AUTH;
}

void guide_rejected(const struct ctx *ctx, struct error *e, const char *scope, const char *why)
{
	scope = needed(ctx, scope);
	err_headline(e, "Token rejected");
	err_detail(e, "Gandi refused the token %s from %s (HTTP 401).\n", secret_masked(ctx->token),
		   source_phrase(ctx));
	if (why)
		err_detail(e, "Gandi said: %s\n", why);
	err_detail(e, "\nUsual causes:\n"
		      "  - it has expired (every token has an expiry date);\n"
		      "  - it was mistyped or only partly pasted;\n"
		      "  - it belongs to the other environment (sandbox or production);\n");
	if (scope)
		err_detail(e, "  - it lacks what this command needs: %s.\n", scope_both(scope));
	others_note(ctx, e);
	err_detail(e, "\nTo fix it:\n");
	steps(ctx, e, scope, true);
	token_fields(ctx, e);
	if (why)
		err_field(e, "api_message", jv_str(why));
}

void guide_denied(const struct ctx *ctx, struct error *e, const char *scope, const char *why)
{
	scope = needed(ctx, scope);
	err_headline(e, "Permission denied");
	err_detail(e, "Gandi accepted the token %s from %s,\nbut it does not allow '%s' "
		      "(HTTP 403).\n", secret_masked(ctx->token), source_phrase(ctx),
		   command_label(ctx));
	if (why)
		err_detail(e, "Gandi said: %s\n", why);
	/* the permission the refused request needed is the one missing; the others, said apart */
	const char *cmd_scope = ctx->cmd ? ctx->cmd->scope : NULL;
	const char *cmd_scope2 = ctx->cmd ? ctx->cmd->scope2 : NULL;
	if (scope)
		err_detail(e, "\nThe token lacks the permission:\n  %s\n", scope_both(scope));
	const char *other = cmd_scope && scope && strcmp(cmd_scope, scope) != 0 ? cmd_scope
			    : cmd_scope2 && scope && strcmp(cmd_scope2, scope) != 0 ? cmd_scope2
										  : NULL;
	if (other)
		err_detail(e, "('%s' needs it, and %s, which Gandi did not refuse.)\n",
			   command_label(ctx), other);
	err_detail(e, "\nTo fix it: at %s, Account > Personal Access Tokens, edit the token\n"
		      "or create one that has it, give it to gandi (gandi auth login),\n"
		      "then check with 'gandi doctor'.\n", dashboard_url(ctx));
	err_field(e, "scope_needed", jv_str(scope));
	err_field(e, "permission_needed", jv_str(scope_label(scope)));
	token_fields(ctx, e);
	if (why)
		err_field(e, "api_message", jv_str(why));
}
