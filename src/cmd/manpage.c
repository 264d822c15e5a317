/*
 * gandi manpage [SECTION] (hidden): the parts of gandi(1) made from gandi's
 * tables, in scdoc, which the Makefile splices into doc/gandi.1.scd.in:
 * commands (the COMMANDS and GLOBAL OPTIONS sections, from the command
 * table), scopes (the permissions and the commands that need them), keys
 * (the browser's keys, from tui/keys.c) and exit (EXIT STATUS, from
 * error.h's exit_docs).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"
#include "ctx.h"
#include "error.h"
#include "guide.h"
#include "output/output.h"
#include "tui/keys.h"

/* Text with scdoc's formatting characters escaped. */
static void esc(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '*' || *s == '_' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
}

/* A paragraph: each line of text indented by one tab. */
static void para(FILE *out, const char *text)
{
	fputc('\t', out);
	for (const char *p = text; *p; p++) {
		if (*p == '\n') {
			fputs(p[1] ? "\n\t" : "\n", out);
			continue;
		}
		if (*p == '*' || *p == '_' || *p == '\\')
			fputc('\\', out);
		fputc(*p, out);
	}
	fputc('\n', out);
}

static void options_one(FILE *out, const struct opt *o)
{
	fputs("\t", out);
	if (o->short_name)
		fprintf(out, "*-%c*, ", o->short_name);
	fprintf(out, "*--");
	esc(out, o->name);
	fputc('*', out);
	if (o->arg) {
		fputs(" _", out);
		esc(out, o->arg);
		fputc('_', out);
	}
	fputs("\n\t\t", out);
	esc(out, o->help);
	fputs("\n\n", out);
}

static void commands_section(FILE *out)
{
	fputs("# COMMANDS\n\n", out);
	for (size_t c = 0; commands[c]; c++) {
		const struct cmd *cmd = commands[c];
		if (cmd->flags & CMD_HIDDEN)
			continue;
		fprintf(out, "*%s%s%s*", cmd->noun, cmd->verb ? " " : "", cmd->verb ? cmd->verb : "");
		if (cmd->args[0]) {
			fputs(" _", out);
			esc(out, cmd->args);
			fputc('_', out);
		}
		fputs("\n", out);
		para(out, cmd->summary);
		if (cmd->description) {
			fputc('\n', out);
			para(out, cmd->description);
		}
		if (cmd->flags & CMD_CONFIRM) {
			fputs("\n\tAsks ", out);
			esc(out, cmd->asks ? cmd->asks : "before changing anything");
			fputs("; *--yes* in scripts (without a terminal it refuses).\n", out);
		}
		if (cmd_alias(cmd)) {
			fputs("\n\tAlso *", out);
			esc(out, cmd_alias(cmd));
			fputs("*.\n", out);
		}
		if (cmd->examples) {
			/* a literal block: each line as typed */
			fputs("\n\t```\n", out);
			for (const char *p = cmd->examples; *p;) {
				size_t len = strcspn(p, "\n");
				fprintf(out, "\t%.*s\n", (int)len, p);
				p += len + (p[len] == '\n');
			}
			fputs("\t```\n", out);
		}
		if (cmd->scope) {
			fputs("\n\tNeeds the permission ", out);
			esc(out, cmd->scope);
			if (cmd->scope2) {
				fputs(", and ", out);
				esc(out, cmd->scope2);
				fputc(' ', out);
				esc(out, cmd->scope2_for);
			}
			fputs(".\n", out);
		}
		fputc('\n', out);
		for (size_t i = 0; cli_opt(cmd, i); i++)
			options_one(out, cli_opt(cmd, i));
	}
	fputs("# GLOBAL OPTIONS\n\nThey can be given before or after the command.\n\n", out);
	for (size_t i = 0; global_opts[i].name; i++)
		options_one(out, &global_opts[i]);
}

struct users {
	FILE *out;
	int n;
};

static void user(void *arg, const char *name, bool whole, const char *but)
{
	struct users *u = arg;
	fputs(u->n++ ? ", *" : ": *", u->out);
	esc(u->out, name);
	fputs(whole ? "* commands" : "*", u->out);
	if (but) {
		fputs(" but *", u->out);
		esc(u->out, but);
		fputc('*', u->out);
	}
}

static void scopes_section(FILE *out)
{
	for (size_t i = 0; scope_docs[i].scope; i++) {
		struct users u = {.out = out};
		fputs("- *", out);
		esc(out, scope_docs[i].scope);
		fputs("* (", out);
		esc(out, scope_docs[i].label);
		fputc(')', out);
		cmd_scope_users(scope_docs[i].scope, user, &u);
		fputc('\n', out);
	}
}

static void keys_section(FILE *out)
{
	for (size_t i = 0; tui_keys[i].keys; i++) {
		fputs("- *", out);
		esc(out, tui_keys[i].keys);
		fputs("*: ", out);
		esc(out, tui_keys[i].help);
		fputc('\n', out);
	}
}

static void exit_section(FILE *out)
{
	fputs("# EXIT STATUS\n\n", out);
	for (size_t i = 0; exit_docs[i].brief; i++)
		fprintf(out, "*%d*\t%s\n\n", exit_docs[i].code, exit_docs[i].text);
}

/* Every command of the table, hidden ones too, one per line: for tests that must cover them all. */
static void names_section(FILE *out)
{
	for (size_t i = 0; commands[i]; i++)
		fprintf(out, "%s\n", cmd_name(commands[i]));
}

static int run(struct ctx *ctx, struct args *a)
{
	static const struct {
		const char *name;
		void (*print)(FILE *out);
	} sections[] = {
		{"commands", commands_section},
		{"scopes", scopes_section},
		{"keys", keys_section},
		{"exit", exit_section},
		{"names", names_section},
	};
	const char *want = a->argc ? a->argv[0] : "commands";
	for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
		if (strcmp(sections[i].name, want) == 0) {
			sections[i].print(stdout);
			out_flush();
			out_check(ctx);
			return 0;
		}
	return usage_error(ctx, "no section '%s': commands, scopes, keys, exit or names", want);
}

const struct cmd cmd_manpage = {
	.noun = "manpage",
	.args = "[SECTION]",
	.summary = "print a generated part of gandi(1) in scdoc: commands, scopes, keys, exit (names: every command)",
	.examples = "gandi manpage commands",
	.max_args = 1,
	.flags = CMD_NO_CONFIG | CMD_HIDDEN | CMD_NO_JSON,
	.exec = run,
};
