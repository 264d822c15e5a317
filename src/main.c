/*
 * gandi: a client for Gandi's v5 API. main() builds the context, finds the
 * command in the table, prepares what its flags ask for (configuration,
 * token), runs it and reports its error once.
 */
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cmd/version.h"
#include "cmd.h"
#include "config/config.h"
#include "config/credential.h"
#include "ctx.h"
#include "error.h"
#include "expiry.h"
#include "gandi/orgs.h"
#include "util.h"
#include "xalloc.h"
#include "guide.h"
#include "net/http.h"
#include "output/output.h"
#include "progress.h"
#include "output/output-jq.h"
#include "config/secret.h"
#include "dns/record.h"
#include "dns/rrkey.h"
#include "dns/zonefind.h"
#include "xalloc.h"

static void setting_free(struct setting *s)
{
	free(s->value);
	free(s->origin);
}

static void ctx_free(struct ctx *ctx)
{
	http_cleanup(ctx);
	jq_free(ctx);
	secret_free(ctx->token);
	creds_free(ctx->creds);
	config_free(ctx->config);
	free(ctx->config_path);
	setting_free(&ctx->api_url);
	setting_free(&ctx->id_url);
	setting_free(&ctx->sharing_id);
	setting_free(&ctx->timeout);
	setting_free(&ctx->deadline);
	setting_free(&ctx->retries);
	setting_free(&ctx->cacert);
	setting_free(&ctx->nameservers);
	setting_free(&ctx->wait_timeout);
	setting_free(&ctx->command_timeout);
	setting_free(&ctx->profile);
	error_clear(&ctx->err);
}

static void detect_terminal(struct ctx *ctx)
{
	const char *no_color = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	ctx->stdin_tty = isatty(STDIN_FILENO);
	ctx->stdout_tty = isatty(STDOUT_FILENO);
	ctx->stderr_tty = isatty(STDERR_FILENO);
	ctx->color = ctx->stdout_tty && !(no_color && *no_color) &&
		     !(term && strcmp(term, "dumb") == 0);
	setlocale(LC_CTYPE, "");
	const char *cs = nl_langinfo(CODESET);
	/* NO_COLOR is about colour only: the locale alone picks UTF-8 or ASCII symbols */
	ctx->utf8 = cs && strcmp(cs, "UTF-8") == 0;
}

/* Whether s looks like an organization's id (a UUID), not its name. */
static bool uuid_shaped(const char *s)
{
	size_t n = strlen(s);
	if (n != 36)
		return false;
	/* 8-4-4-4-12 hex digits: an id, not a DNS value */
	for (size_t i = 0; i < n; i++)
		if ((i == 8 || i == 13 || i == 18 || i == 23) ? s[i] != '-'
							      : !strchr("0123456789abcdefABCDEF", s[i]))
			return false;
	return true;
}

/*
 * --sharing-id NAME, as 'gandi org list' shows it: the organization of that
 * name (any case), by one request. Its id takes the name's place.
 */
static int sharing_by_name(struct ctx *ctx)
{
	struct org_list orgs;
	struct setting *s = &ctx->sharing_id;
	if (!s->value || !*s->value || uuid_shaped(s->value) || !ctx->token ||
	    !(ctx->cmd->flags & CMD_NET))
		return 0;
	int rc = orgs_list(ctx, &orgs);
	if (rc) {
		error_context(ctx, "cannot find the organization named '%s'", s->value);
		error_detail(ctx, "hint: give its id instead ('gandi org list' shows them)\n");
		return rc;
	}
	const char *id = NULL;
	for (size_t i = 0; i < orgs.len && !id; i++)
		if (orgs.items[i].name && str_ieq(orgs.items[i].name, s->value))
			id = orgs.items[i].id;
	if (id) {
		free(s->value);
		s->value = xstrdup(id);
	} else {
		char *names = orgs_text(&orgs);
		rc = usage_error(ctx, "no organization named '%s' (from %s)", s->value,
				 s->origin ? s->origin : "the config");
		error_detail(ctx, "this token can see: %s\n", orgs.len ? names : "none");
		free(names);
	}
	org_list_free(&orgs);
	return rc;
}

/* Prepare configuration and token as the command's flags ask. */
static int prepare(struct ctx *ctx, const struct cli *cli)
{
	const struct cmd *cmd = cli->cmd;
	int rc;
	if (cmd->flags & CMD_NO_CONFIG)
		return 0;
	ctx->config_path = config_locate(cli->config_flag, &ctx->config_path_src);
	rc = config_load(ctx, ctx->config_path, &ctx->config);
	if (rc) {
		if (!(cmd->flags & CMD_OWN_CONFIG))
			return rc;
		error_clear(&ctx->err);
	}
	rc = config_resolve(ctx);
	if (rc) {
		if (!(cmd->flags & CMD_OWN_CONFIG))
			return rc;
		error_clear(&ctx->err);
	}
	if (!(cmd->flags & CMD_TOKEN))
		return 0; /* api_key_command is never run for a command that needs no token */
	if ((rc = creds_load(ctx, 0)))
		return rc;
	if (!ctx->token)
		return guide_no_token(ctx);
	return sharing_by_name(ctx);
}

/*
 * Before the zone is looked up, what can be checked without it: the TYPE
 * and the VALUEs of a command taking DOMAIN TYPE NAME VALUE..., so that bad
 * input sends nothing (the command checks them again, quietly here).
 */
static int fqdn_args_check(struct ctx *ctx, const struct cmd *cmd, struct args *a, int pos)
{
	struct rrkey k = {.zone = "example.invalid"};
	struct rrvalues values = {0};
	bool quiet = ctx->quiet;
	int rc = 0;
	if (pos != 2 || a->argc < 1)
		return 0;
	rc = rrtype_check(ctx, a->argv[0], &k.type);
	ctx->quiet = true; /* the command itself warns, once */
	if (!rc && strstr(cmd->args, "VALUE"))
		rc = values_parse(ctx, &k, a->argc - 1, a->argv + 1, &values);
	ctx->quiet = quiet;
	rrvalues_free(&values);
	return rc;
}

/*
 * --fqdn NAME: find the zone holding NAME and put it in the arguments as
 * DOMAIN (and NAME, absolute, where the command takes DOMAIN TYPE NAME), so
 * that the command runs as if they had been given.
 */
static int resolve_fqdn(struct ctx *ctx, struct cli *cli)
{
	struct args *a = &cli->args;
	const char *fqdn = arg_value(a, "fqdn");
	int pos = -1;
	int words = fqdn ? cli_fqdn_words(cli->cmd, &pos) : 0;
	if (!words)
		return 0;
	int rc = fqdn_args_check(ctx, cli->cmd, a, pos);
	if (!rc)
		rc = zone_find(ctx, fqdn, NULL, &cli->fqdn_zone);
	if (rc)
		return rc;
	size_t len = strlen(fqdn);
	cli->fqdn_name = len && fqdn[len - 1] == '.' ? xstrdup(fqdn) : xasprintf("%s.", fqdn);
	char **v = xcalloc((size_t)a->argc + 3, sizeof(char *));
	int n = 0;
	/* DOMAIN, then the words before NAME (TYPE), NAME, and the rest */
	int before = pos > 0 ? pos - 1 : 0;
	v[n++] = cli->fqdn_zone;
	for (int i = 0; i < before && i < a->argc; i++)
		v[n++] = a->argv[i];
	if (pos > 0)
		v[n++] = cli->fqdn_name;
	for (int i = before; i < a->argc; i++)
		v[n++] = a->argv[i];
	free(a->argv);
	a->argv = v;
	a->argc = n;
	return 0;
}

int main(int argc, char **argv)
{
	struct ctx ctx = {0};
	struct cli cli;
	int rc;

	signal(SIGPIPE, SIG_IGN);
	jv_init();
	detect_terminal(&ctx);
	rc = cli_parse(&ctx, argc, argv, &cli);
	if (cli.cmd && (cli.cmd->flags & CMD_HOOK)) {
		ctx.quiet = true;
		ctx.one_line = true;
	}
	if (rc)
		goto out;
	if (cli.version) {
		rc = version_print(&ctx);
		goto out;
	}
	/* gandi alone: the browser on a terminal, help for scripts */
	if (!cli.help && !cli.cmd && !cli.group && ctx.stdin_tty && ctx.stdout_tty && !ctx.json)
		cli.cmd = cmd_find("browse", NULL);
	/* help, or a group named alone ("gandi dns", "gandi dns snapshot"): its help */
	if (cli.help || !cli.cmd) {
		cli_help(stdout, cli.cmd, cli.group, cli.prefix);
		out_check(&ctx);
		goto out;
	}
	ctx.cmd = cli.cmd;
	if (ctx.json && (cli.cmd->flags & CMD_NO_JSON)) {
		rc = usage_error(&ctx, "'gandi %s' has no JSON output%s", cmd_name(cli.cmd),
				 ctx.jq ? " for --jq" : "");
		error_detail(&ctx, "it prints text only; run it without --json%s\n",
			     ctx.jq ? " and --jq" : "");
		goto out;
	}
	rc = cli_check_args(&ctx, cli.cmd, &cli.args);
	if (rc)
		goto out;
	if (ctx.jq && (rc = jq_check(&ctx, ctx.jq)))
		goto out;
	rc = prepare(&ctx, &cli);
	if (rc)
		goto out;
	/* --dry-run: the API layer sends no write (and stops the command at its first one) */
	ctx.dry_run = cmd_takes_write_opts(cli.cmd) &&
		      (cli.dry_run || arg_flag(&cli.args, "dry-run"));
	rc = resolve_fqdn(&ctx, &cli);
	if (rc)
		goto out;
	rc = cli.cmd->exec(&ctx, &cli.args);
	if (rc == EXIT_HELD)
		rc = dry_run_report(&ctx);
	/* an error found while printing (--columns naming no column) */
	if (!rc && ctx.err.code)
		rc = ctx.err.code;
	/* after success only: bad input sends nothing, failures keep their message */
	if ((cli.cmd->flags & CMD_TOKEN) && (cli.cmd->flags & CMD_NET) && rc == 0)
		expiry_check(&ctx);
	if (rc && !ctx.err.code)
		error_set(&ctx, rc, "error", "'gandi %s' failed", cmd_name(cli.cmd));
out:;
	progress_clear(&ctx);
	/* every write checked: output that did not reach stdout is a failure */
	int e = out_close(&ctx);
	if (e && (rc == 0 || ctx.err.silent)) {
		error_clear(&ctx.err);
		rc = error_set(&ctx, EXIT_ERROR, "io", "writing stdout: %s", strerror(e));
	}
	if (rc)
		rc = error_report(&ctx);
	cli_free(&cli);
	ctx_free(&ctx);
	return rc;
}
