/*
 * Commands. Each command lives in src/cmd/NOUN-VERB.c and exports one
 * read-only `const struct cmd cmd_NOUN_VERB`; src/commands.c lists them. The
 * table drives dispatch, help, usage errors, the man page's sections
 * (commands, permissions, exit codes), shell completion, and what the core
 * lets a command do: a command without CMD_NET sends no request, one without
 * CMD_MUTATES sends only reads, one without CMD_CONFIRM cannot ask, and with
 * --dry-run nothing that writes goes out. Every CMD_MUTATES command takes
 * --yes and --dry-run (write_opts): with --dry-run the core stops it at its
 * first write and shows that write instead (CMD_DRY_RUN: the command does
 * its own dry run, with Gandi's Dry-Run header or a plan). --json is refused
 * for CMD_NO_JSON commands, which print nothing JSON could carry. So none of
 * them can drift from the code.
 */
#ifndef GANDI_CMD_H
#define GANDI_CMD_H

#include <stdbool.h>
#include <stddef.h>

struct ctx;

enum cmd_flag {
	CMD_TOKEN = 1 << 0,     /* needs a token; without one, setup guidance */
	CMD_NET = 1 << 1,       /* talks to the network */
	CMD_MUTATES = 1 << 2,   /* changes something at Gandi */
	CMD_NO_CONFIG = 1 << 3, /* never reads the config file */
	CMD_OWN_CONFIG = 1 << 4,/* a broken config file is this command's to report */
	CMD_HIDDEN = 1 << 5,    /* not listed in help */
	CMD_INTERACTIVE = 1 << 6, /* a session at a terminal: no overall deadline */
	CMD_CONFIRM = 1 << 7,   /* asks before changing anything (--yes, -y in scripts) */
	CMD_DRY_RUN = 1 << 8,   /* does its own --dry-run (Dry-Run: 1, or a plan); sends no write */
	CMD_HOOK = 1 << 9,      /* run by another program: nothing printed on success
	                           (-q), errors in one line */
	CMD_NO_JSON = 1 << 10,  /* prints text JSON cannot carry (a script, help): --json refused */
};

/* The options CMD_CONFIRM and CMD_DRY_RUN mean; every such command lists them. */
#define OPT_YES {"yes", 'y', NULL, "do not ask for confirmation", NULL}
#define OPT_DRY_RUN(help) {"dry-run", 'n', NULL, help, NULL}

/* An option: --name[=ARG] or -s [ARG]. */
struct opt {
	const char *name;     /* long name, without the dashes */
	char short_name;      /* 0 when none */
	const char *arg;      /* metavariable when it takes a value, NULL for a flag */
	const char *help;
	const char *complete; /* completion of its value: "rrtype", "file", a
	                         space-separated word list, or NULL */
};

/*
 * --fqdn NAME, for the commands whose arguments start DOMAIN TYPE NAME, or
 * DOMAIN: main.c finds the zone holding NAME among the token's LiveDNS
 * domains and fills those arguments in (cli_fqdn_words()).
 */
#define OPT_FQDN_RECORD                                                                    \
	{"fqdn", 0, "NAME", "the record's full name, instead of DOMAIN and NAME (its zone is " \
	 "looked up)", NULL}
#define OPT_FQDN_ZONE                                                                      \
	{"fqdn", 0, "NAME", "a full name, instead of DOMAIN: the zone holding it", NULL}

/* --wait and its options, for the dns commands that write (dns/wait.h's wait_after_write()). */
#define OPT_WAIT                                                                           \
	{"wait", 0, NULL, "then wait until every nameserver of the zone serves the change",    \
	 NULL},                                                                            \
	{"wait-timeout", 0, "SECONDS", "how long --wait waits (default 120, setting "          \
	 "wait_timeout; implies --wait)", NULL},                                            \
	{"nameserver", 0, "HOST[:PORT]", "the server --wait asks instead of the zone's; "      \
	 "repeatable (implies --wait)", NULL}

/* The parsed command line handed to a command. */
struct args {
	int argc;             /* positional arguments, after the command words */
	char **argv;
	const struct opt *opts;
	const char **values;  /* one per opt: its last value ("" for a flag), or NULL */
	int *counts;          /* one per opt: how many times it was given */
	const char ***lists;  /* one per opt: every value given, in order, NULL-terminated
	                         (NULL when never given) */
};

struct cmd {
	const char *noun;        /* "dns" */
	const char *verb;        /* "set", or NULL for a one-word command */
	const char *args;        /* "DOMAIN TYPE NAME VALUE..." or "" */
	const char *summary;     /* one line, lower case, no full stop */
	const char *description; /* paragraphs for --help and the man page, or NULL */
	const struct opt *opts;  /* ends with a zeroed entry; may be NULL */
	int min_args, max_args;  /* max_args -1: no limit */
	unsigned flags;          /* enum cmd_flag */
	const char *asks;        /* with CMD_CONFIRM, when it asks if not before every change
	                            ("before writing the apex NS"), or NULL */
	const char *scope;       /* the permission it needs ("domain:tech"), or NULL */
	const char *scope2;      /* a second one some of it needs ("domain:tech"), or NULL */
	const char *scope2_for;  /* what needs scope2: "for --set", "to read the domain first" */
	const char *examples;    /* command lines, one a line ("# comment" lines allowed), or NULL */
	int (*exec)(struct ctx *ctx, struct args *a);
};

/* A command group (noun) with its one-line summary, for help. */
struct cmd_group {
	const char *noun;
	const char *summary;
	const char *guide; /* printed after its commands by 'gandi help NOUN', or NULL */
};

extern const struct cmd *const commands[];     /* NULL-terminated */
extern const struct cmd_group cmd_groups[];    /* ends with a zeroed entry */
extern const struct opt global_opts[];         /* ends with a zeroed entry */
/* --yes and --dry-run: taken by every CMD_MUTATES command (ends with a zeroed entry) */
extern const struct opt write_opts[];

/* Whether c takes write_opts: it changes things, and is not a session at a terminal (browse). */
static inline bool cmd_takes_write_opts(const struct cmd *c)
{
	return (c->flags & CMD_MUTATES) && !(c->flags & CMD_INTERACTIVE);
}

/* The value of option name, or NULL when it was not given. */
const char *arg_value(const struct args *a, const char *name);
/*
 * Every value of a repeatable option, in the order given: the number of them,
 * with *values pointing at a NULL-terminated array owned by a (NULL when 0).
 */
size_t arg_values(const struct args *a, const char *name, const char *const **values);
/* Whether flag or option name was given. */
bool arg_flag(const struct args *a, const char *name);
/*
 * The command called "noun verb", or NULL. Aliases are known: a verb ending
 * in ls is the one ending in list, rm the one in remove (else delete).
 */
const struct cmd *cmd_find(const char *noun, const char *verb);
/* The alias of c's name ("dns ls"), in a static buffer, or NULL. */
const char *cmd_alias(const struct cmd *c);
/* The full name, "dns set", in a static buffer. */
const char *cmd_name(const struct cmd *c);
/*
 * The commands a permission unlocks, in table order, each once: item() gets a
 * noun when every command of it needs scope (whole), or all but one or two
 * of many (named in but, "dns dnssec status"; else but is NULL), and
 * otherwise a command's name.
 */
void cmd_scope_users(const char *scope,
		     void (*item)(void *arg, const char *name, bool whole, const char *but),
		     void *arg);

#endif
