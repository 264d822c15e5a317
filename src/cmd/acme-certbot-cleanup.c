/*
 * gandi acme certbot-cleanup: certbot's --manual-cleanup-hook. It removes
 * CERTBOT_VALIDATION from _acme-challenge.CERTBOT_DOMAIN and nothing else.
 */
#include <stdlib.h>

#include "acme/challenge.h"
#include "cmd.h"
#include "error.h"

static int run(struct ctx *ctx, struct args *a)
{
	struct acme_run r;
	const char *domain = getenv("CERTBOT_DOMAIN"), *value = getenv("CERTBOT_VALIDATION");
	char *name = NULL;
	int rc = 0;
	(void)a;
	acme_run_init(&r, ctx);
	if (!domain || !*domain || !value || !*value) {
		rc = usage_error(ctx, "CERTBOT_DOMAIN and CERTBOT_VALIDATION are not set: this is "
				 "certbot's --manual-cleanup-hook");
		goto out;
	}
	name = acme_name_of(domain);
	rc = acme_remove(&r, name, value);
out:
	free(name);
	acme_run_free(&r);
	return rc;
}

const struct cmd cmd_acme_certbot_cleanup = {
	.noun = "acme",
	.verb = "certbot-cleanup",
	.args = "",
	.summary = "certbot's --manual-cleanup-hook: remove the value the auth hook added",
	.description = "Removes CERTBOT_VALIDATION from _acme-challenge.CERTBOT_DOMAIN; the\n"
		       "RRset goes with its last value. Prints nothing on success.",
	.examples = "certbot certonly --manual --preferred-challenges dns --manual-auth-hook \"gandi acme certbot-auth\" --manual-cleanup-hook \"gandi acme certbot-cleanup\" -d www.example.com",
	.min_args = 0,
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_HOOK,
	.scope = "domain:tech",
	.exec = run,
};
