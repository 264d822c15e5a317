#include "guide.h"

#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "config/config.h"
#include "error.h"
#include "config/secret.h"
#include "util.h"

static const struct {
	const char *scope;
	const char *label;
} scopes[] = {
	{"domain:view", "See and renew domain names"},
	{"domain:renew", "See and renew domain names"},
	{"domain:tech", "Manage domain name technical configurations"},
	{"organization:view", "View organization"},
	{NULL, NULL},
};

const char *scope_label(const char *scope)
{
	for (size_t i = 0; scope && scopes[i].scope; i++)
		if (strcmp(scopes[i].scope, scope) == 0)
			return scopes[i].label;
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

static const char *command_scope(const struct ctx *ctx)
{
	return ctx->scope ? ctx->scope : ctx->cmd ? ctx->cmd->scope : NULL;
}

static const char *command_label(const struct ctx *ctx)
{
	static char name[80];
	snprintf(name, sizeof(name), "gandi %s", ctx->cmd ? cmd_name(ctx->cmd) : "");
	return name;
}

/* The "create a token; give it to gandi; verify" steps, shared by all three. */
static void steps(struct ctx *ctx, const char *scope, bool replace)
{
	json_t *list = json_array();
	char line[512];
	error_detail(ctx, "  1. %s a Personal Access Token at %s:\n"
			  "     Account > Personal Access Tokens > Create.\n",
		     replace ? "Create (or edit)" : "Create", dashboard_url(ctx));
	snprintf(line, sizeof(line), "%s a Personal Access Token at %s (Account > Personal "
		 "Access Tokens > Create)", replace ? "Create or edit" : "Create",
		 dashboard_url(ctx));
	json_array_append_new(list, json_string(line));
	if (scope) {
		error_detail(ctx, "     Grant only what is needed; this command needs:\n"
				  "       %s\n", scope_both(scope));
		snprintf(line, sizeof(line), "grant it: %s", scope_both(scope));
		json_array_append_new(list, json_string(line));
	} else {
		error_detail(ctx, "     Grant only what you need, e.g.\n"
				  "       %s\n", scope_both("domain:tech"));
	}
	error_detail(ctx, "  2. Give it to gandi, for this shell:\n"
			  "       export GANDI_API_KEY=\"...\"\n"
			  "     or for good, in %s (mode 0600):\n"
			  "       api_key = \"...\"\n"
			  "     (gandi config set api_key reads it from stdin and writes the file "
			  "safely)\n",
		     ctx->config_path ? ctx->config_path : "the config file");
	snprintf(line, sizeof(line), "export GANDI_API_KEY=\"...\", or api_key = \"...\" in %s",
		 ctx->config_path ? ctx->config_path : "the config file");
	json_array_append_new(list, json_string(line));
	error_detail(ctx, "  3. Check with: gandi doctor\n");
	json_array_append_new(list, json_string("gandi doctor"));
	error_field(ctx, "steps", list);
	error_field(ctx, "config_path", ctx->config_path ? json_string(ctx->config_path) : NULL);
	error_field(ctx, "scope_needed", scope ? json_string(scope) : NULL);
}

static const char *source_phrase(const struct secret *s)
{
	static char text[1100];
	switch (secret_source(s)) {
	case SRC_ENV:
		snprintf(text, sizeof(text), "the variable %s", secret_origin(s));
		break;
	case SRC_PROFILE:
		snprintf(text, sizeof(text), "the profile's api_key in '%s'", secret_origin(s));
		break;
	default:
		snprintf(text, sizeof(text), "api_key in '%s'", secret_origin(s));
		break;
	}
	return text;
}

static void token_fields(struct ctx *ctx)
{
	if (!ctx->token)
		return;
	const char *src = secret_source(ctx->token) == SRC_ENV ? "env" : "file";
	error_field(ctx, "token_source", json_string(src));
	error_field(ctx, "token_origin", json_string(secret_origin(ctx->token)));
	error_field(ctx, "token", json_string(secret_masked(ctx->token)));
}

int guide_no_token(struct ctx *ctx)
{
	const char *scope = command_scope(ctx);
	error_set(ctx, EXIT_AUTH, "not_authenticated", "Not authenticated");
	error_detail(ctx, "'%s' needs a Gandi Personal Access Token, and none was found\n"
			  "(GANDI_API_KEY is not set, and %s has no api_key).\n\n",
		     command_label(ctx), ctx->config_path ? ctx->config_path : "the config file");
	steps(ctx, scope, false);
	error_field(ctx, "token_source", NULL);
	return EXIT_AUTH;
}

int guide_rejected(struct ctx *ctx, const char *why)
{
	const char *scope = command_scope(ctx);
	if (!ctx->token)
		return guide_no_token(ctx);
	error_set(ctx, EXIT_AUTH, "token_rejected", "Token rejected");
	error_detail(ctx, "Gandi refused the token %s from %s (HTTP 401).\n",
		     secret_masked(ctx->token), source_phrase(ctx->token));
	if (why)
		error_detail(ctx, "Gandi said: %s\n", why);
	error_detail(ctx, "\nUsual causes:\n"
			  "  - it has expired (every token has an expiry date);\n"
			  "  - it was mistyped or only partly pasted;\n"
			  "  - it belongs to the other environment (sandbox or production);\n");
	if (scope)
		error_detail(ctx, "  - it lacks what this command needs: %s.\n", scope_both(scope));
	if (secret_source(ctx->token) == SRC_ENV && ctx->config &&
	    config_lookup(ctx->config, NULL, "api_key"))
		error_detail(ctx, "Note: GANDI_API_KEY is set, so api_key in '%s' is not used.\n",
			     ctx->config_path);
	error_detail(ctx, "\nTo fix it:\n");
	steps(ctx, scope, true);
	token_fields(ctx);
	if (why)
		error_field(ctx, "api_message", json_string(why));
	return EXIT_AUTH;
}

int guide_denied(struct ctx *ctx, const char *scope, const char *why)
{
	if (!scope)
		scope = command_scope(ctx);
	if (!ctx->token)
		return guide_no_token(ctx);
	error_set(ctx, EXIT_PERM, "permission_denied", "Permission denied");
	error_detail(ctx, "Gandi accepted the token %s from %s,\nbut it does not allow '%s' "
			  "(HTTP 403).\n", secret_masked(ctx->token), source_phrase(ctx->token),
		     command_label(ctx));
	if (why)
		error_detail(ctx, "Gandi said: %s\n", why);
	if (scope)
		error_detail(ctx, "\nThis command needs the permission:\n  %s\n", scope_both(scope));
	error_detail(ctx, "\nTo fix it: at %s, Account > Personal Access Tokens, create a token "
			  "that has it,\ngive it to gandi (GANDI_API_KEY or api_key in %s),\n"
			  "then check with 'gandi doctor'.\n",
		     dashboard_url(ctx), ctx->config_path ? ctx->config_path : "the config file");
	error_field(ctx, "scope_needed", scope ? json_string(scope) : NULL);
	error_field(ctx, "permission_needed", scope && scope_label(scope)
						      ? json_string(scope_label(scope))
						      : NULL);
	token_fields(ctx);
	if (why)
		error_field(ctx, "api_message", json_string(why));
	return EXIT_PERM;
}
