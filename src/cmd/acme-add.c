/*
 * gandi acme add FQDN VALUE...: challenge values at a full name, for callers that name the record themselves (acme.sh's
 * dns_gandi_cli.sh, Traefik, scripts).
 */
#include "acme/challenge.h"
#include "cmd.h"
#include "dns/wait.h"

static const struct opt add_opts[] = {
	OPT_WAIT,
	{0},
};

static int add(struct ctx *ctx, struct args *a)
{
	struct acme_run r;
	int rc = 0;
	acme_run_init(&r, ctx);
	if ((rc = wait_args_check(ctx, a)))
		goto out;
	for (int i = 1; i < a->argc && !rc; i++)
		rc = acme_add(&r, a->argv[0], a->argv[i]);
	if (!rc && (arg_flag(a, "wait") || arg_flag(a, "wait-timeout") ||
		    arg_flag(a, "nameserver")))
		rc = acme_wait(&r, a);
out:
	acme_run_free(&r);
	return rc;
}

const struct cmd cmd_acme_add = {
	.noun = "acme",
	.verb = "add",
	.args = "FQDN VALUE...",
	.summary = "add challenge values at a full name (TTL 300), quietly",
	.description = "FQDN is the record's full name, _acme-challenge included (a final dot is\n"
		       "fine); its zone is found among the token's LiveDNS domains. Values are\n"
		       "added with PATCH, so that other values at the name stay; running it\n"
		       "again changes nothing. Prints nothing on success, one line on failure.\n"
		       "Put -- before a value that starts with '-'.",
	.examples = "gandi acme add _acme-challenge.www.example.com \"token-value\" --wait",
	.opts = add_opts,
	.min_args = 2,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_HOOK,
	.scope = "domain:tech",
	.exec = add,
};
