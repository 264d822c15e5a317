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
#include "cmd.h"
#include "config/config.h"
#include "config/credential.h"
#include "ctx.h"
#include "error.h"
#include "expiry.h"
#include "guide.h"
#include "net/http.h"
#include "output/output.h"
#include "config/secret.h"

static void setting_free(struct setting *s)
{
	free(s->value);
	free(s->origin);
}

static void ctx_free(struct ctx *ctx)
{
	http_cleanup(ctx);
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
	ctx->utf8 = cs && strcmp(cs, "UTF-8") == 0 && !(no_color && *no_color);
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
	if (rc)
		goto out;
	if (cli.version) {
		printf("gandi %s\n", GANDI_VERSION);
		out_check(&ctx);
		goto out;
	}
	/* gandi alone: the browser on a terminal, help for scripts */
	if (!cli.help && !cli.cmd && !cli.group && ctx.stdin_tty && ctx.stdout_tty && !ctx.json)
		cli.cmd = cmd_find("browse", NULL);
	if (cli.help || (!cli.cmd && !cli.group)) {
		cli_help(stdout, cli.cmd, cli.group);
		out_check(&ctx);
		goto out;
	}
	if (!cli.cmd) {
		rc = usage_error(&ctx, "'gandi %s' needs a command", cli.group);
		error_detail(&ctx, "run 'gandi %s --help' for its commands\n", cli.group);
		goto out;
	}
	ctx.cmd = cli.cmd;
	rc = cli_check_args(&ctx, cli.cmd, &cli.args);
	if (rc)
		goto out;
	rc = prepare(&ctx, &cli);
	if (rc)
		goto out;
	/* the table says which commands have --dry-run; the API layer then sends no write */
	ctx.dry_run = (cli.cmd->flags & CMD_DRY_RUN) && arg_flag(&cli.args, "dry-run");
	rc = cli.cmd->exec(&ctx, &cli.args);
	/* after success only: bad input sends nothing, failures keep their message */
	if ((cli.cmd->flags & CMD_TOKEN) && (cli.cmd->flags & CMD_NET) && rc == 0)
		expiry_check(&ctx);
	if (rc && !ctx.err.code)
		error_set(&ctx, rc, "error", "'gandi %s' failed", cmd_name(cli.cmd));
out:;
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
