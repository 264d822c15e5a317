/*
 * gandi complete-words KIND (hidden): the words the completion scripts offer
 * that only gandi knows: the domains of the account (from a cache of at most
 * COMPLETE_CACHE_SECONDS, so a TAB never waits for Gandi more than once in
 * that time), the profiles of the config file, its settings. One a line;
 * nothing, and exit 0, when there is nothing to offer (no token, no file, an
 * error): a completion never prints a message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "buf.h"
#include "cmd.h"
#include "config/config.h"
#include "config/credential.h"
#include "config/secret.h"
#include "error.h"
#include "expiry.h"
#include "gandi/domains.h"
#include "output/output.h"
#include "util.h"
#include "xalloc.h"

#define COMPLETE_CACHE_SECONDS 600

static int add_name(void *arg, struct domain *dom, const struct jv_text *raw)
{
	(void)raw;
	buf_printf(arg, "%s\n", dom->fqdn);
	return 0;
}

/* The account's domains, one a line: the cache when fresh, else one listing (cached). */
static void domains(struct ctx *ctx, struct buf *out)
{
	char hash[65], *dir = cache_dir(), *path;
	struct stat st;
	secret_hash(ctx->token, hash);
	path = xasprintf("%s/domains-%s.txt", dir, hash);
	if (stat(path, &st) == 0 && time(NULL) - st.st_mtime < COMPLETE_CACHE_SECONDS &&
	    read_file(path, 16 * 1024 * 1024, out) == 0)
		goto out;
	buf_reset(out);
	struct domain_query q = {.sharing_id = ctx->sharing_id.value};
	if (domains_each(ctx, &q, add_name, out) != 0) {
		buf_reset(out);
		goto out;
	}
	if (mkdir_p(dir, 0700) == 0)
		write_file_atomic(path, out->data ? out->data : "", out->len, 0600, 0);
out:
	free(path);
	free(dir);
}

static int run(struct ctx *ctx, struct args *a)
{
	struct buf out = {0};
	const char *kind = a->argv[0];
	/* the token from where it is kept, never by running api_key_command for a TAB */
	if (strcmp(kind, "domains") == 0 && creds_load(ctx, CREDS_NO_COMMAND) == 0 && ctx->token) {
		domains(ctx, &out);
	} else if (strcmp(kind, "profiles") == 0 && ctx->config) {
		const char **names = config_profiles(ctx->config);
		for (size_t i = 0; names[i]; i++)
			buf_printf(&out, "%s\n", names[i]);
		free(names);
	} else if (strcmp(kind, "settings") == 0) {
		for (const struct setting_def *d = setting_defs; d->key; d++)
			buf_printf(&out, "%s\n", d->key);
	}
	error_clear(&ctx->err);
	if (out.len)
		out_write(ctx, out.data, out.len);
	buf_free(&out);
	return 0;
}

const struct cmd cmd_complete_words = {
	.noun = "complete-words",
	.args = "domains|profiles|settings",
	.summary = "the words shell completion offers: domains (cached 10 minutes), profiles, "
		   "settings",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_OWN_CONFIG | CMD_NET | CMD_HIDDEN | CMD_NO_JSON,
	.exec = run,
};
