#include <stdio.h>

#include "cmd.h"
#include "config/config.h"
#include "error.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"profile", 0, "NAME", "remove it from the [profiles.NAME] table", "profiles"},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	const char *key = a->argv[0];
	const char *profile = arg_value(a, "profile");
	if (!setting_find(key)) {
		usage_error(ctx, "unknown setting '%s'", key);
		error_detail(ctx, "hint: 'gandi config list' shows the settings\n");
		return EXIT_USAGE;
	}
	int rc = config_edit(ctx, profile, key, NULL);
	if (rc)
		return rc;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "key", key);
		jv_set_str(o, "file", ctx->config_path);
		jv_set_str(o, "profile", profile);
		out_ok(ctx, o);
	} else if (!ctx->quiet)
		fprintf(stderr, "%s unset in %s\n", key, ctx->config_path);
	return 0;
}

const struct cmd cmd_config_unset = {
	.noun = "config",
	.verb = "unset",
	.args = "KEY",
	.summary = "remove a setting from the config file",
	.examples = "gandi config unset sharing_id\n"
		    "gandi config unset --profile work api_key",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
