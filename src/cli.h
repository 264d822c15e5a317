/*
 * The command line: global options, command words, per-command options and
 * positional arguments, all read from the tables in cmd.h; help and usage
 * text made from the same tables.
 */
#ifndef GANDI_CLI_H
#define GANDI_CLI_H

#include <stdio.h>

#include "cmd.h"
#include "ctx.h"

/* The most words a verb has ("axfr tsig list"). */
#define CLI_VERB_WORDS 3

struct cli {
	const struct cmd *cmd;   /* NULL when no command was named */
	const char *group;       /* a noun named without its verb, or NULL */
	bool help;               /* -h/--help was given */
	bool version;            /* --version was given */
	struct args args;        /* the command's options and positional arguments */
	const char *config_flag; /* --config FILE, or NULL */
};

/*
 * Parse argv. Global options are applied to ctx (settings given by flag get
 * SRC_FLAG). Returns 0, or EXIT_USAGE with ctx->err set. The caller frees
 * with cli_free().
 */
int cli_parse(struct ctx *ctx, int argc, char **argv, struct cli *cli);
void cli_free(struct cli *cli);

/* Help for everything (cmd and group NULL), a group, or one command. */
void cli_help(FILE *out, const struct cmd *cmd, const char *group);
/* Check the number of positional arguments; 0 or EXIT_USAGE with ctx->err set. */
int cli_check_args(struct ctx *ctx, const struct cmd *cmd, const struct args *a);
/* The one-line usage of a command: "gandi dns set DOMAIN TYPE NAME VALUE... [options]". */
void cli_usage_line(FILE *out, const struct cmd *cmd);
/* The exit codes (error.h's exit_docs) as one paragraph wrapped at width. */
void cli_exit_codes(FILE *out, int width);
/* The groups' summary, or NULL. */
const char *cli_group_summary(const char *noun);
/* Whether noun names a command group (a noun with verbs). */
bool cli_is_group(const char *noun);

#endif
