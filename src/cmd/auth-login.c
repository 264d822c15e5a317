/*
 * gandi auth login: the dashboard's steps and the permissions to grant, then
 * the token read without echo (or from stdin), checked with Gandi before it
 * is saved: a token Gandi rejects, or one that has expired, is never saved;
 * missing permissions are warned about. It is saved as api_key in the
 * profile's table (or the top level) by config_edit(): atomically, mode 0600,
 * under the folder's lock. Then it says what would still come before it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "cmd.h"
#include "config/config.h"
#include "config/credential.h"
#include "config/secret.h"
#include "error.h"
#include "expiry.h"
#include "gandi/tokens.h"
#include "guide.h"
#include "output/output.h"
#include "prompt.h"
#include "util.h"
#include "xalloc.h"

/* The permissions the menu offers, in its order. */
static const char *const menu[] = {"domain:tech", "domain:view", "domain:renew",
				   "organization:view", NULL};

static const struct opt opts[] = {
	{"profile", 0, "NAME", "save it in [profiles.NAME] (made when missing)", NULL},
	{"scopes", 0, "LIST",
	 "the permissions you grant it, comma-separated (default: asked on a terminal)",
	 "domain:tech domain:view domain:renew organization:view"},
	{0},
};

static bool known_scope(const char *s)
{
	for (size_t i = 0; menu[i]; i++)
		if (strcmp(menu[i], s) == 0)
			return true;
	return false;
}

/* --scopes "a,b c" into wanted; EXIT_USAGE for an unknown one. */
static int parse_scopes(struct ctx *ctx, const char *text, struct strlist *wanted)
{
	char *copy = xstrdup(text);
	int rc = 0;
	for (char *tok = strtok(copy, ", "); tok; tok = strtok(NULL, ", ")) {
		if (!known_scope(tok)) {
			rc = usage_error(ctx, "unknown permission '%s' in --scopes", tok);
			error_detail(ctx, "permissions: domain:tech, domain:view, domain:renew, "
					  "organization:view\n");
			break;
		}
		if (!strlist_has(wanted, tok))
			strlist_add(wanted, tok);
	}
	free(copy);
	return rc;
}

static void unlocked_item(void *arg, const char *name, bool whole, const char *but)
{
	struct buf *b = arg;
	buf_printf(b, "%s%s%s%s%s", b->len ? ", " : "", name, whole ? " *" : "",
		   but ? " but " : "", but ? but : "");
}

/* "'gandi dns ...', 'gandi domain renew'" for the warning of a missing permission. */
static void refused_item(void *arg, const char *name, bool whole, const char *but)
{
	struct buf *b = arg;
	buf_printf(b, "%s'gandi %s%s'%s%s", b->len ? ", " : "", name, whole ? " ..." : "",
		   but ? " but " : "", but ? but : "");
}

/* The short menu, on a terminal: numbers separated by spaces, Enter for the first. */
static int ask_scopes(struct ctx *ctx, struct strlist *wanted)
{
	struct buf cmds = {0};
	int rc = 0;
	fprintf(stderr, "Which permissions will you grant the token?\n");
	for (size_t i = 0; menu[i]; i++) {
		buf_reset(&cmds);
		cmd_scope_users(menu[i], unlocked_item, &cmds);
		fprintf(stderr, "  %zu. %-18s %s%s%s\n", i + 1, menu[i], scope_label(menu[i]),
			cmds.len ? ": " : "", buf_str(&cmds));
	}
	for (;;) {
		char *answer = read_answer(ctx, "Numbers, separated by spaces [1]: ");
		if (!answer) {
			rc = usage_error(ctx, "no answer: nothing was saved");
			goto out;
		}
		bool ok = true;
		strlist_free(wanted);
		for (char *tok = strtok(answer, ", "); tok && ok; tok = strtok(NULL, ", ")) {
			char *end;
			long n = strtol(tok, &end, 10);
			ok = !*end && n >= 1 && n <= 4;
			if (ok && !strlist_has(wanted, menu[n - 1]))
				strlist_add(wanted, menu[n - 1]);
		}
		if (ok && !wanted->n)
			strlist_add(wanted, menu[0]);
		free(answer);
		if (ok)
			break;
		fprintf(stderr, "Type numbers from 1 to 4, such as: 1 2\n");
	}
out:
	buf_free(&cmds);
	return rc;
}

static void show_steps(const struct ctx *ctx, const struct strlist *wanted)
{
	fprintf(stderr, "\nCreate the token at %s: Account > Personal Access Tokens > Create.\n",
		dashboard_url(ctx));
	for (size_t i = 0; i < wanted->n; i++)
		fprintf(stderr, "  %-6s %s\n", i ? "" : "Grant:", scope_both(wanted->v[i]));
	fprintf(stderr, "  Choose the organization and the domains it may act on, and an expiry;\n"
			"  Gandi shows the token once: copy it.\n\n");
}

/* The table's name in messages: "'FILE' [profiles.NAME]" or "'FILE'". */
static const char *table_phrase(const struct ctx *ctx, const char *profile, struct buf *b)
{
	buf_reset(b);
	buf_printf(b, "'%s'", ctx->config_path);
	if (profile)
		buf_printf(b, " [profiles.%s]", profile);
	return buf_str(b);
}

/* Check the candidate in ctx->token with Gandi; 0 when it may be saved. */
static int check(struct ctx *ctx, struct token_check *tc, const char *profile)
{
	int rc = token_check(ctx, tc);
	if (rc) {
		error_context(ctx, "cannot check the token with Gandi");
		error_detail(ctx, "nothing was saved\nhint: check the network (gandi doctor), or "
				  "save it unchecked: gandi config set%s%s api_key\n",
			     profile ? " --profile " : "", profile ? profile : "");
		goto out;
	}
	if (tc->verdict == TOKEN_REJECTED) {
		rc = error_set(ctx, EXIT_AUTH, "rejected", "Gandi rejects the token %s (HTTP "
			       "%ld): nothing was saved", secret_masked(ctx->token), tc->status);
		error_detail(ctx, "usual causes: it has expired or been deleted, it was mistyped or "
				  "only partly pasted,\nor it belongs to the other environment (sandbox "
				  "or production)\nhint: copy it again from %s, in one piece\n",
			     dashboard_url(ctx));
	} else if (tc->verdict == TOKEN_UNCHECKED) {
		rc = error_set(ctx, EXIT_ERROR, "unchecked", "cannot check the token: HTTP %ld from "
			       "%s; nothing was saved", tc->status, tc->url);
		error_detail(ctx, "hint: retry later; if it persists, check Gandi's status page\n");
	} else if (!secret_is_apikey(ctx->token) && !tc->has_info) {
		rc = error_set(ctx, EXIT_ERROR, "unchecked", "Gandi's tokeninfo answer could not "
			       "be read (%s): nothing was saved", tc->unreadable);
	} else if (tc->has_info && tc->info.has_expiry && tc->info.expires_in <= 0) {
		rc = error_set(ctx, EXIT_AUTH, "expired", "the token \"%s\" has expired: "
			       "nothing was saved", tc->info.name ? tc->info.name : "?");
		error_detail(ctx, "hint: create a new one at %s (Account > Personal Access "
				  "Tokens > Create)\n", dashboard_url(ctx));
	}
out:
	return rc;
}

/* What Gandi says of the token, and a warning for each wanted permission it lacks. */
static void report(struct ctx *ctx, const struct token_check *tc, const struct strlist *wanted,
		   struct strlist *missing)
{
	const struct tokeninfo *ti = &tc->info;
	if (!tc->has_info) {
		warn(ctx, "this is a legacy API key, which Gandi deprecated in 2023: it has no "
			  "name, permissions or expiry to check; a Personal Access Token is better");
		return;
	}
	struct buf scopes = {0};
	for (size_t i = 0; i < ti->nscopes; i++)
		buf_printf(&scopes, "%s%s", i ? ", " : "", ti->scopes[i]);
	if (!ctx->json && !ctx->quiet) {
		char *name = out_safe(ctx, ti->name ? ti->name : "?");
		char *list = out_safe(ctx, scopes.len ? buf_str(&scopes) : "none");
		fprintf(stderr, "Gandi accepts the token \"%s\" (%s)\n  permissions: %s\n", name,
			secret_masked(ctx->token), list);
		if (ti->has_expiry) {
			char date[11];
			char *span = format_span(ti->expires_in);
			format_date(time(NULL) + (time_t)ti->expires_in, date);
			fprintf(stderr, "  expires:     %s (in %s)\n", date, span);
			free(span);
		} else {
			fprintf(stderr, "  expires:     never said\n");
		}
		free(name);
		free(list);
	}
	for (size_t i = 0; i < wanted->n; i++) {
		if (tokeninfo_has_scope(ti, wanted->v[i]))
			continue;
		struct buf cmds = {0};
		strlist_add(missing, wanted->v[i]);
		cmd_scope_users(wanted->v[i], refused_item, &cmds);
		warn(ctx, "the token lacks %s: Gandi will refuse %s; edit the token at %s "
			  "(Account > Personal Access Tokens) to grant it", scope_both(wanted->v[i]),
		     cmds.len ? buf_str(&cmds) : "what needs it", dashboard_url(ctx));
		buf_free(&cmds);
	}
	buf_free(&scopes);
}

/* Group of a place in the order of config/credential.h, for what comes before the saved one. */
static int rank(const struct cred *c)
{
	return c->by_flag ? 0 : c->src == SRC_ENV ? 1 : c->profile ? 2 : 3;
}

/* Say what would still be used instead of the token just saved into profile. */
static void shadowed(struct ctx *ctx, const char *profile)
{
	struct buf a = {0}, b = {0};
	const char *active = ctx->profile.value;
	if (profile && (!active || strcmp(active, profile) != 0)) {
		note(ctx, "[profiles.%s] is not the active profile (%s%s): use it with "
			  "--profile %s, or make it the default: gandi profile use %s", profile,
		     active ? "that is " : "none is", active ? active : "", profile, profile);
		goto out;
	}
	int mine = profile ? 2 : 3;
	for (size_t i = 0; ctx->creds && i < ctx->creds->n; i++) {
		const struct cred *c = &ctx->creds->v[i];
		bool same = (!c->profile && !profile) ||
			    (c->profile && profile && strcmp(c->profile, profile) == 0);
		if (rank(c) > mine || (same && c->kind == CRED_CONFIG))
			break;
		note(ctx, "%s comes first, so it is still the one used; to use the token just "
			  "saved: %s", cred_phrase(c, &a), cred_unset_hint(c, &b));
	}
out:
	buf_free(&a);
	buf_free(&b);
}

static int run(struct ctx *ctx, struct args *a)
{
	const char *profile = arg_value(a, "profile");
	const char *scopes = arg_value(a, "scopes");
	struct strlist wanted = {0}, missing = {0};
	struct token_check tc = {0};
	struct secret *candidate = NULL;
	struct buf where = {0};
	char *value = NULL;
	int rc = 0;

	if (!profile && ctx->profile.value)
		profile = ctx->profile.value; /* the active one */
	if (profile && !*profile) {
		rc = usage_error(ctx, "--profile needs a name");
		goto out;
	}
	if (scopes)
		rc = parse_scopes(ctx, scopes, &wanted);
	else if (ctx->stdin_tty && ctx->stderr_tty)
		rc = ask_scopes(ctx, &wanted);
	if (rc)
		goto out;
	if (ctx->stdin_tty)
		show_steps(ctx, &wanted);
	value = read_secret(ctx, "Paste the token (input hidden): ", "gandi auth login");
	if (!value) {
		rc = ctx->err.code;
		goto out;
	}
	candidate = secret_new(value, strlen(value), profile ? SRC_PROFILE : SRC_FILE,
			       ctx->config_path);
	if (!candidate) {
		rc = usage_error(ctx, "the token is empty: nothing was saved");
		goto out;
	}
	char *problems = secret_shape_problems(candidate);
	if (problems) {
		warn(ctx, "the token looks mistyped or partly pasted: %s", problems);
		free(problems);
	}
	/* from now on every message is redacted with the candidate */
	secret_free(ctx->token);
	ctx->token = candidate;
	if ((rc = check(ctx, &tc, profile)))
		goto out;
	report(ctx, &tc, &wanted, &missing);

	/* saved as it is used: without the white space around it */
	size_t start = strspn(value, " \t\r\n"), end = strlen(value);
	while (end > start && strchr(" \t\r\n", value[end - 1]))
		end--;
	memmove(value, value + start, end - start);
	wipe(value + (end - start), strlen(value) - (end - start));
	value[end - start] = '\0';
	if ((rc = config_edit(ctx, profile, "api_key", value))) {
		error_detail(ctx, "the token was accepted by Gandi, but not saved\n");
		goto out;
	}
	if (tc.has_info)
		expiry_remember(ctx, tc.info.has_expiry ? time(NULL) + (time_t)tc.info.expires_in : 0);
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "name", tc.has_info ? tc.info.name : NULL);
		jv_set_str(o, "token", secret_masked(ctx->token));
		jv_set_str(o, "file", ctx->config_path);
		jv_set_str(o, "profile", profile);
		jv_set(o, "scopes", jv_strv((const char *const *)tc.info.scopes, tc.info.nscopes));
		jv_set(o, "missing_scopes", jv_strv((const char *const *)missing.v, missing.n));
		if (tc.has_info && tc.info.has_expiry) {
			char date[11];
			format_date(time(NULL) + (time_t)tc.info.expires_in, date);
			jv_set_str(o, "expires_at", date);
		}
		out_ok(ctx, o);
	} else {
		out_line(ctx, "saved the token %s in %s (mode 0600)", secret_masked(ctx->token),
			 table_phrase(ctx, profile, &where));
	}
	shadowed(ctx, profile);
out:
	token_check_free(&tc);
	strlist_free(&wanted);
	strlist_free(&missing);
	secret_release(value);
	buf_free(&where);
	return rc;
}

const struct cmd cmd_auth_login = {
	.noun = "auth",
	.verb = "login",
	.args = "",
	.summary = "check a token with Gandi, then save it in the config file",
	.description = "Shows where to create the token in Gandi's dashboard and the permissions\n"
		       "to grant it (--scopes, or a short menu on a terminal), reads it without\n"
		       "echo (or the first line of stdin), and asks Gandi about it: a token Gandi\n"
		       "rejects, or one that has expired, is not saved; a permission asked for\n"
		       "that it lacks is warned about. It is saved as api_key in [profiles.NAME]\n"
		       "with --profile (the table is made when missing), else in the active\n"
		       "profile, else at the top level: atomically, mode 0600. Then it says what\n"
		       "would still come before it (GANDI_API_KEY, api_key_command...).",
	.examples = "gandi auth login\n"
		    "gandi auth login --profile work < token-file",
	.opts = opts,
	.max_args = 0,
	.flags = CMD_NET,
	.exec = run,
};
