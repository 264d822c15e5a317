#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "config/config.h"
#include "error.h"
#include "output/output.h"
#include "prompt.h"
#include "config/secret.h"
#include "xalloc.h"

static const struct opt opts[] = {
	{"profile", 0, "NAME", "write into the [profiles.NAME] table", "profiles"},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	const char *key = a->argv[0];
	const char *profile = arg_value(a, "profile");
	const struct setting_def *d = setting_find(key);
	char *value = NULL;
	int rc;

	if (!d) {
		usage_error(ctx, "unknown setting '%s'", key);
		error_detail(ctx, "hint: 'gandi config list' shows the settings\n");
		return EXIT_USAGE;
	}
	if (d->secret && a->argc >= 2 && strcmp(a->argv[1], "-") != 0) {
		/* never echo it back, not even in the refusal */
		usage_error(ctx, "refusing to take %s from the command line, where other users "
				 "can see it and shell history keeps it", key);
		error_detail(ctx, "nothing was written\nhint: run 'gandi config set %s' and paste "
				  "it, or pipe it in: gandi config set %s - < FILE\n", key, key);
		return EXIT_USAGE;
	}
	if (a->argc < 2 || strcmp(a->argv[1], "-") == 0) {
		char *prompt = xasprintf("%s%s: ", key, d->secret ? " (input hidden)" : "");
		char *hint = xasprintf("gandi config set %s", key);
		value = read_secret(ctx, prompt, hint);
		free(prompt);
		free(hint);
		if (!value)
			return EXIT_USAGE;
	} else {
		value = xstrdup(a->argv[1]);
	}
	if (d->secret) {
		struct secret *s = secret_new(value, strlen(value), SRC_FILE, ctx->config_path);
		if (!s) {
			rc = usage_error(ctx, "the token is empty");
			goto out;
		}
		char *problems = secret_shape_problems(s);
		if (problems) {
			warn(ctx, "the token looks mistyped or partly pasted: %s", problems);
			free(problems);
		}
		secret_free(s);
		/* store it trimmed, as it will be used */
		size_t start = strspn(value, " \t\r\n");
		size_t end = strlen(value);
		while (end > start && strchr(" \t\r\n", value[end - 1]))
			end--;
		memmove(value, value + start, end - start);
		wipe(value + (end - start), strlen(value) - (end - start));
		value[end - start] = '\0';
	} else {
		rc = setting_check(ctx, d, value, "the command line");
		if (rc)
			goto out;
	}
	rc = config_edit(ctx, profile, key, value);
	if (rc)
		goto out;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "key", key);
		jv_set_str(o, "file", ctx->config_path);
		jv_set_str(o, "profile", profile);
		out_ok(ctx, o);
	} else if (!ctx->quiet) {
		fprintf(stderr, "%s set in %s%s%s%s\n", key, ctx->config_path,
			profile ? " [profiles." : "", profile ? profile : "", profile ? "]" : "");
		if (d->secret)
			fprintf(stderr, "check it with: gandi doctor\n");
	}
out:
	secret_release(value);
	return rc;
}

const struct cmd cmd_config_set = {
	.noun = "config",
	.verb = "set",
	.args = "KEY [VALUE]",
	.summary = "write a setting to the config file (api_key read from stdin)",
	.description = "Without VALUE, or with '-', the value is read from stdin: without echo\n"
		       "on a terminal, else the first line. api_key is only ever read that way:\n"
		       "given on the command line, it is refused. The file is rewritten atomically\n"
		       "with mode 0600, keeping its other keys and comments, under a lock on its\n"
		       "folder, so that concurrent edits are never lost.",
	.examples = "gandi config set api_key < token-file\n"
		    "gandi config set --profile work sharing_id ORG-ID\n"
		    "gandi config set timeout 30",
	.opts = opts,
	.min_args = 1,
	.max_args = 2,
	.flags = CMD_OWN_CONFIG,
	.exec = run,
};
