/*
 * gandi auth token: the token itself on stdout, for a script
 * (TOKEN=$(gandi auth token)). On a terminal, where it would stay on screen
 * and in the scrollback, only with --show.
 */
#include <string.h>

#include "cmd.h"
#include "config/secret.h"
#include "error.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"show", 0, NULL, "print it on a terminal too", NULL},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	if (ctx->stdout_tty && !arg_flag(a, "show")) {
		usage_error(ctx, "refusing to print the token on a terminal, where it stays on "
				 "screen and in the scrollback");
		error_detail(ctx, "hint: use it in a script: TOKEN=$(gandi auth token), or add "
				  "--show to print it here\n");
		return EXIT_USAGE;
	}
	/* a failed write is reported by main, as for every command */
	char *line = secret_reveal(ctx->token, ctx->json);
	out_write(ctx, line, strlen(line));
	secret_release(line);
	return 0;
}

const struct cmd cmd_auth_token = {
	.noun = "auth",
	.verb = "token",
	.args = "",
	.summary = "print the token, for a script",
	.description = "Prints the token gandi would use (from wherever it comes: the variables,\n"
		       "a file, systemd credentials, api_key_command, the config file), alone on\n"
		       "a line, or as {\"token\": \"...\"} with --json. On a terminal it is printed\n"
		       "only with --show.",
	.examples = "token=$(gandi auth token)",
	.opts = opts,
	.max_args = 0,
	.flags = CMD_TOKEN,
	.exec = run,
};
