#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"
#include "ctx.h"
#include "error.h"
#include "xalloc.h"

static int run(struct ctx *ctx, struct args *a)
{
	if (a->argc == 0) {
		cli_help(stdout, NULL, NULL);
		return 0;
	}
	const char *noun = a->argv[0];
	/* a verb of two words: "snapshot list" */
	char *verb = a->argc > 2 ? xasprintf("%s %s", a->argv[1], a->argv[2])
		     : a->argc > 1 ? xstrdup(a->argv[1]) : NULL;
	const struct cmd *c = cmd_find(noun, verb);
	int rc = 0;
	if (c) {
		cli_help(stdout, c, NULL);
	} else if (!verb && cli_is_group(noun)) {
		cli_help(stdout, NULL, noun);
	} else {
		rc = usage_error(ctx, "no help for '%s%s%s': it is not a gandi command", noun,
				 verb ? " " : "", verb ? verb : "");
		error_detail(ctx, "run 'gandi --help' for the list of commands\n");
	}
	free(verb);
	return rc;
}

const struct cmd cmd_help = {
	.noun = "help",
	.args = "[COMMAND]",
	.summary = "show help for gandi or one of its commands",
	.min_args = 0,
	.max_args = 3,
	.flags = CMD_NO_CONFIG,
	.exec = run,
};
