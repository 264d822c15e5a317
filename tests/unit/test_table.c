/*
 * The command table as the single source: the flags the core acts on agree
 * with the options each command declares, and the core refuses what a
 * command's flags do not allow.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"
#include "ctx.h"
#include "error.h"
#include "prompt.h"
#include "unit.h"

static const struct opt *find(const struct cmd *c, const char *name)
{
	for (size_t i = 0; c->opts && c->opts[i].name; i++)
		if (strcmp(c->opts[i].name, name) == 0)
			return &c->opts[i];
	return NULL;
}

static void test_flags_and_options_agree(void)
{
	for (size_t i = 0; commands[i]; i++) {
		const struct cmd *c = commands[i];
		const struct opt *yes = find(c, "yes"), *dry = find(c, "dry-run");
		bool confirms = (c->flags & CMD_CONFIRM) != 0, dries = (c->flags & CMD_DRY_RUN) != 0;
		if (confirms != (yes != NULL) || dries != (dry != NULL))
			fprintf(stderr, "%s: flags and options disagree\n", cmd_name(c));
		CHECK(confirms == (yes != NULL));
		CHECK(dries == (dry != NULL));
		CHECK(!yes || yes->short_name == 'y');
		CHECK(!dry || dry->short_name == 'n');
		/* what asks or rehearses changes something; a writer talks to the network */
		CHECK(!confirms || (c->flags & CMD_MUTATES));
		CHECK(!dries || (c->flags & CMD_MUTATES));
		CHECK(!(c->flags & CMD_MUTATES) || (c->flags & CMD_NET));
	}
}

/* The options a command takes, its own and the core's (cli_opt), by name. */
static bool takes(const struct cmd *c, const char *name, char short_name)
{
	const struct opt *o;
	for (size_t i = 0; (o = cli_opt(c, i)); i++)
		if (strcmp(o->name, name) == 0)
			return o->short_name == short_name;
	return false;
}

/*
 * Every command the table marks CMD_MUTATES takes -y/--yes and -n/--dry-run; no other does
 * (the browser, a session at a terminal, asks for each change and takes neither).
 */
static void test_every_writer_takes_yes_and_dry_run(void)
{
	size_t writers = 0;
	for (size_t i = 0; commands[i]; i++) {
		const struct cmd *c = commands[i];
		bool mutates = (c->flags & CMD_MUTATES) && !(c->flags & CMD_INTERACTIVE);
		writers += mutates;
		if (takes(c, "yes", 'y') != mutates || takes(c, "dry-run", 'n') != mutates)
			fprintf(stderr, "%s: --yes/--dry-run and CMD_MUTATES disagree\n", cmd_name(c));
		CHECK(takes(c, "yes", 'y') == mutates);
		CHECK(takes(c, "dry-run", 'n') == mutates);
	}
	CHECK(writers > 20);
}

static int no_exec(struct ctx *ctx, struct args *a)
{
	(void)ctx;
	(void)a;
	return 0;
}

/* A command the table does not mark CMD_CONFIRM cannot ask: it has no --yes for scripts. */
static void test_confirm_needs_the_flag(void)
{
	static const struct cmd quiet = {.noun = "quiet", .args = "", .summary = "never asks",
					 .flags = CMD_NET | CMD_MUTATES, .exec = no_exec};
	static const struct cmd asking = {.noun = "asking", .args = "", .summary = "asks",
					  .flags = CMD_NET | CMD_MUTATES | CMD_CONFIRM,
					  .exec = no_exec};
	struct ctx ctx;
	memset(&ctx, 0, sizeof(ctx));
	ctx.cmd = &quiet;
	CHECK_INT(confirm(&ctx, true, "Really?", "do it"), EXIT_ERROR);
	CHECK_STR(ctx.err.kind, "internal");
	error_clear(&ctx.err);
	ctx.cmd = &asking;
	CHECK_INT(confirm(&ctx, true, "Really?", "do it"), 0); /* --yes */
	CHECK_INT(confirm(&ctx, false, "Really?", "do it"), EXIT_USAGE); /* no terminal */
	error_clear(&ctx.err);
}

int main(void)
{
	RUN(test_flags_and_options_agree);
	RUN(test_confirm_needs_the_flag);
	RUN(test_every_writer_takes_yes_and_dry_run);
	return unit_done();
}
