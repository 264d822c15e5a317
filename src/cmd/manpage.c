/*
 * gandi manpage (hidden): the COMMANDS and OPTIONS sections of gandi(1) in
 * scdoc, made from the command table; the Makefile splices them into
 * doc/gandi.1.scd.in.
 */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "ctx.h"

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

static void options(FILE *out, const struct opt *opts)
{
	for (size_t i = 0; opts && opts[i].name; i++) {
		const struct opt *o = &opts[i];
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
}

static int run(struct ctx *ctx, struct args *a)
{
	(void)ctx;
	(void)a;
	FILE *out = stdout;
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
		if (cmd->scope) {
			fputs("\n\tNeeds the permission ", out);
			esc(out, cmd->scope);
			fputs(".\n", out);
		}
		fputc('\n', out);
		options(out, cmd->opts);
	}
	fputs("# GLOBAL OPTIONS\n\nThey can be given before or after the command.\n\n", out);
	options(out, global_opts);
	return 0;
}

const struct cmd cmd_manpage = {
	.noun = "manpage",
	.args = "",
	.summary = "print the generated sections of gandi(1) in scdoc",
	.max_args = 0,
	.flags = CMD_NO_CONFIG | CMD_HIDDEN,
	.exec = run,
};
