/*
 * gandi acme dehydrated HANDLER ARGS...: dehydrated's HOOK= (through the
 * libexec script acme-dehydrated, since HOOK takes one path). It answers
 * deploy_challenge and clean_challenge, each with one or (HOOK_CHAIN=yes)
 * several DOMAIN TOKEN-FILENAME VALUE triplets; every other handler, and
 * any unknown one (dehydrated probes with one at startup), exits 0 without
 * a word, without needing a token or a good config file.
 */
#include <stdlib.h>
#include <string.h>

#include "acme/challenge.h"
#include "cmd.h"
#include "config/config.h"
#include "config/credential.h"
#include "error.h"
#include "guide.h"

/*
 * A deploy_challenge that failed makes dehydrated stop without calling
 * clean_challenge: remove what this call added (the triplets before end),
 * keeping the first error.
 */
static void undo(struct ctx *ctx, struct acme_run *r, const struct args *a, int end)
{
	struct error first = ctx->err;
	memset(&ctx->err, 0, sizeof(ctx->err));
	for (int i = 1; i + 2 < a->argc && i < end; i += 3) {
		char *name = acme_name_of(a->argv[i]);
		acme_remove(r, name, a->argv[i + 2]);
		error_clear(&ctx->err);
		free(name);
	}
	ctx->err = first;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct acme_run r;
	int rc = 0;
	bool deploy = a->argc && strcmp(a->argv[0], "deploy_challenge") == 0;
	bool clean = a->argc && strcmp(a->argv[0], "clean_challenge") == 0;
	acme_run_init(&r, ctx);
	if (!deploy && !clean)
		goto out;
	if (a->argc < 4 || (a->argc - 1) % 3) {
		rc = usage_error(ctx, "%s needs DOMAIN TOKEN-FILENAME VALUE triplets, got %d "
				 "argument%s", a->argv[0], a->argc - 1, a->argc == 2 ? "" : "s");
		goto out;
	}
	if (ctx->config && ctx->config->load_error) {
		/* only now does a broken config file matter */
		rc = error_set(ctx, ctx->config->load_code, "config", "%s", ctx->config->load_error);
		if (ctx->config->load_detail)
			error_detail(ctx, "%s", ctx->config->load_detail);
		goto out;
	}
	/* the token only now, and only here: the other handlers never need it */
	if ((rc = creds_load(ctx, 0)))
		goto out;
	if (!ctx->token) {
		rc = guide_no_token(ctx);
		goto out;
	}
	int done = 1;
	for (; done + 2 < a->argc && !rc; done += 3) {
		char *name = acme_name_of(a->argv[done]);
		rc = deploy ? acme_add(&r, name, a->argv[done + 2])
			    : acme_remove(&r, name, a->argv[done + 2]);
		free(name);
	}
	if (!rc && deploy)
		rc = acme_wait(&r, NULL);
	if (rc && deploy)
		undo(ctx, &r, a, done);
out:
	acme_run_free(&r);
	return rc;
}

const struct cmd cmd_acme_dehydrated = {
	.noun = "acme",
	.verb = "dehydrated",
	.args = "HANDLER [ARGS...]",
	.summary = "dehydrated's hook (HOOK=.../libexec/gandi/acme-dehydrated)",
	.description = "deploy_challenge adds each triplet's value at _acme-challenge.DOMAIN (TTL\n"
		       "300), then waits until the nameservers serve them all (when it fails, it\n"
		       "removes them again: dehydrated then stops without cleaning); clean_challenge\n"
		       "removes them. HOOK_CHAIN=yes (every triplet in one call) is the fastest.\n"
		       "Every other handler exits 0 and prints nothing, as dehydrated requires.",
	.examples = "dehydrated -c -t dns-01 -k \"gandi acme dehydrated\"",
	.min_args = 0,
	.max_args = -1,
	.flags = CMD_NET | CMD_MUTATES | CMD_HOOK | CMD_OWN_CONFIG,
	.scope = "domain:tech",
	.exec = run,
};
