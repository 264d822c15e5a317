#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"
#include "ctx.h"
#include "error.h"

static int run(struct ctx *ctx, struct args *a)
{
	if (a->argc == 0) {
		cli_help(stdout, NULL, NULL);
		return 0;
	}
	const char *noun = a->argv[0], *verb = a->argc > 1 ? a->argv[1] : NULL;
	const struct cmd *c = cmd_find(noun, verb);
	if (c) {
		cli_help(stdout, c, NULL);
		return 0;
	}
	if (!verb && cli_is_group(noun)) {
		cli_help(stdout, NULL, noun);
		return 0;
	}
	usage_error(ctx, "no help for '%s%s%s': it is not a gandi command", noun, verb ? " " : "",
		    verb ? verb : "");
	error_detail(ctx, "run 'gandi --help' for the list of commands\n");
	return EXIT_USAGE;
}

const struct cmd cmd_help = {
	.noun = "help",
	.args = "[COMMAND]",
	.summary = "show help for gandi or one of its commands",
	.min_args = 0,
	.max_args = 2,
	.flags = CMD_NO_CONFIG,
	.exec = run,
};
