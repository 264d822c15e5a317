#include <stdio.h>

#include "cmd.h"
#include "config/config.h"
#include "ctx.h"
#include "output/output.h"

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	bool exists = ctx->config && ctx->config->exists;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "path", ctx->config_path);
		jv_set_str(o, "source", source_name(ctx->config_path_src));
		jv_set_bool(o, "exists", exists);
		out_json(ctx, o);
		jv_free(o);
		return 0;
	}
	out_line(ctx, "%s", ctx->config_path);
	return 0;
}

const struct cmd cmd_config_path = {
	.noun = "config",
	.verb = "path",
	.args = "",
	.summary = "print the path of the config file in use",
	.description = "The file is --config FILE, else $GANDI_CONFIG, else\n"
		       "$XDG_CONFIG_HOME/gandi/config.toml, else ~/.config/gandi/config.toml.",
	.examples = "gandi config path\n"
		    "$EDITOR \"$(gandi config path)\"",
	.max_args = 0,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
