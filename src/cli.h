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
	char *prefix;            /* with group: the first words of longer verbs ("snapshot"), or NULL */
	bool help;               /* -h/--help was given */
	bool version;            /* --version was given */
	bool dry_run;            /* --dry-run, given to a command that lists it not itself */
	struct args args;        /* the command's options and positional arguments */
	const char *config_flag; /* --config FILE, or NULL */
	char *fqdn_zone, *fqdn_name; /* owned: the words --fqdn put in args.argv */
};

/*
 * Parse argv. Global options are applied to ctx (settings given by flag get
 * SRC_FLAG). Returns 0, or EXIT_USAGE with ctx->err set. The caller frees
 * with cli_free().
 */
int cli_parse(struct ctx *ctx, int argc, char **argv, struct cli *cli);
void cli_free(struct cli *cli);

/*
 * Help for everything (cmd and group NULL), a group, the part of a group
 * whose verbs start with prefix ("dns snapshot"; prefix may be NULL), or one
 * command. Lines fit in 80 columns.
 */
void cli_help(FILE *out, const struct cmd *cmd, const char *group, const char *prefix);
/* Whether prefix starts longer verbs of noun ("snapshot" of dns). */
bool cli_is_prefix(const char *noun, const char *prefix);
/* Option i of c: its own, then --yes and --dry-run for a CMD_MUTATES command; NULL past the end. */
const struct opt *cli_opt(const struct cmd *c, size_t i);
/*
 * How many positional words --fqdn NAME stands for in cmd: 2 when its
 * arguments start DOMAIN TYPE NAME or DOMAIN NAME (*name_pos: where NAME
 * is, 2 or 1), 1 when they start DOMAIN (*name_pos -1), 0 when cmd has no
 * --fqdn option. name_pos may be NULL.
 */
int cli_fqdn_words(const struct cmd *cmd, int *name_pos);
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
