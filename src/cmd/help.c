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
	struct buf verb = {0};
	int rc = 0;
	if (a->argc == 0) {
		cli_help(stdout, NULL, NULL, NULL);
		return 0;
	}
	const char *noun = a->argv[0];
	/* the verb's words, as many as given: "snapshot list", "axfr tsig list", "ls" */
	for (int i = 1; i < a->argc; i++)
		buf_printf(&verb, "%s%s", i > 1 ? " " : "", a->argv[i]);
	const char *v = verb.len ? buf_str(&verb) : NULL;
	const struct cmd *c = cmd_find(noun, v);
	if (c)
		cli_help(stdout, c, NULL, NULL);
	else if (cli_is_group(noun) && (!v || cli_is_prefix(noun, v)))
		cli_help(stdout, NULL, noun, v);
	else {
		rc = usage_error(ctx, "no help for '%s%s%s': it is not a gandi command", noun,
				 v ? " " : "", v ? v : "");
		error_detail(ctx, "run 'gandi help' for the list of commands\n");
	}
	buf_free(&verb);
	return rc;
}

const struct cmd cmd_help = {
	.noun = "help",
	.args = "[COMMAND...]",
	.summary = "show help for gandi, a group of commands or one command",
	.examples = "gandi help dns\ngandi help dns snapshot\ngandi help dns set",
	.min_args = 0,
	.max_args = 1 + CLI_VERB_WORDS,
	.flags = CMD_NO_CONFIG | CMD_NO_JSON,
	.exec = run,
};
