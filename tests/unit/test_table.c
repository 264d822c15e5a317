/*
 * The command table as the single source: the flags the core acts on agree
 * with the options each command declares, and the core refuses what a
 * command's flags do not allow.
 */
#include <stdlib.h>
#include <string.h>

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
	return unit_done();
}
