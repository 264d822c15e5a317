#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
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
	/* a verb of several words: "snapshot list", "axfr tsig list" */
	struct buf words = {0};
	for (int i = 1; i < a->argc; i++)
		buf_printf(&words, "%s%s", i > 1 ? " " : "", a->argv[i]);
	char *verb = a->argc > 1 ? buf_detach(&words) : NULL;
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
	.max_args = 1 + CLI_VERB_WORDS,
	.flags = CMD_NO_CONFIG,
	.exec = run,
};
