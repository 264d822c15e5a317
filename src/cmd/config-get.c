#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "config-show.h"
#include "error.h"
#include "output/output.h"

static int run(struct ctx *ctx, struct args *a)
{
	struct shown s;
	int rc = config_show(ctx, a->argv[0], &s);
	if (rc)
		return rc;
	if (s.problem) {
		error_set(ctx, EXIT_AUTH, "token_source", "%s", s.problem);
		shown_free(&s);
		return EXIT_AUTH;
	}
	if (!s.value && s.not_run) {
		error_set(ctx, EXIT_ERROR, "not_run", "'%s' comes from %s, which 'config get' does "
			  "not run", a->argv[0], s.origin);
		error_detail(ctx, "hint: 'gandi auth status' runs it and shows the token masked\n");
		shown_free(&s);
		return EXIT_ERROR;
	}
	if (!s.value) {
		error_set(ctx, EXIT_ERROR, "not_set", "'%s' is not set", a->argv[0]);
		shown_free(&s);
		return EXIT_ERROR;
	}
	if (ctx->json) {
		struct jv *o = shown_json(&s);
		out_json(ctx, o);
		jv_free(o);
	} else {
		out_line(ctx, "%s", s.value);
	}
	shown_free(&s);
	return 0;
}

const struct cmd cmd_config_get = {
	.noun = "config",
	.verb = "get",
	.args = "KEY",
	.summary = "print the effective value of a setting (the token masked)",
	.description = "Exit status 1 when the setting has no value. 'gandi config list' shows\n"
		       "every setting with where its value comes from.",
	.examples = "gandi config get api_url\n"
		    "gandi config get api_key --profile work",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
