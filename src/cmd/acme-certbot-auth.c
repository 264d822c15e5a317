/*
 * gandi acme certbot-auth: certbot's --manual-auth-hook for DNS-01. certbot
 * runs it once per challenge with CERTBOT_DOMAIN (the identifier) and
 * CERTBOT_VALIDATION (the TXT value) set, and never waits for DNS itself; on
 * the last challenge (CERTBOT_REMAINING_CHALLENGES=0) the hook waits until
 * the nameservers serve what the API holds at every name of
 * CERTBOT_ALL_DOMAINS, which covers the values of the earlier calls without
 * a state file.
 */
#include <stdlib.h>
#include <string.h>

#include "acme/challenge.h"
#include "cmd.h"
#include "error.h"
#include "util.h"
#include "xalloc.h"

static const char *env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* Remember the API's values at the challenge name of each identifier of list. */
static int expect_all(struct acme_run *r, const char *list)
{
	int rc = 0;
	struct strlist names = {0};
	char *copy = xstrdup(list), *save = NULL;
	for (char *id = strtok_r(copy, ", ", &save); id; id = strtok_r(NULL, ", ", &save)) {
		char *name = acme_name_of(id);
		if (!strlist_has(&names, name))
			strlist_add(&names, name);
		free(name);
	}
	for (size_t i = 0; i < names.n && !rc; i++)
		rc = acme_expect_api(r, names.v[i]);
	strlist_free(&names);
	free(copy);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct acme_run r;
	const char *domain = env("CERTBOT_DOMAIN"), *value = env("CERTBOT_VALIDATION");
	const char *remaining = env("CERTBOT_REMAINING_CHALLENGES");
	const char *all = env("CERTBOT_ALL_DOMAINS");
	char *name = NULL;
	int rc = 0;
	(void)a;
	acme_run_init(&r, ctx);
	if (!domain || !value) {
		rc = usage_error(ctx, "CERTBOT_DOMAIN and CERTBOT_VALIDATION are not set: this is "
				 "certbot's --manual-auth-hook");
		error_detail(ctx, "hint: certbot certonly --manual --preferred-challenges dns "
			     "--manual-auth-hook 'gandi acme certbot-auth' --manual-cleanup-hook "
			     "'gandi acme certbot-cleanup' -d DOMAIN\n");
		goto out;
	}
	if (env("CERTBOT_TOKEN")) {
		rc = usage_error(ctx, "certbot gave an HTTP-01 challenge (CERTBOT_TOKEN is set): gandi "
				 "acme certbot-auth answers dns-01 challenges only");
		error_detail(ctx, "hint: run certbot with --preferred-challenges dns\n");
		goto out;
	}
	if (!acme_value_ok(value)) {
		rc = usage_error(ctx, "CERTBOT_VALIDATION '%s' is not a DNS-01 value: gandi acme "
				 "certbot-auth answers dns-01 challenges only", value);
		error_detail(ctx, "hint: run certbot with --preferred-challenges dns\n");
		goto out;
	}
	name = acme_name_of(domain);
	if ((rc = acme_add(&r, name, value)))
		goto out;
	if (remaining && strcmp(remaining, "0") != 0)
		goto out;
	if (all && (rc = expect_all(&r, all)))
		goto out;
	rc = acme_wait(&r, NULL);
out:
	free(name);
	acme_run_free(&r);
	return rc;
}

const struct cmd cmd_acme_certbot_auth = {
	.noun = "acme",
	.verb = "certbot-auth",
	.args = "",
	.summary = "certbot's --manual-auth-hook: add the DNS-01 value, wait on the last one",
	.description = "Reads CERTBOT_DOMAIN and CERTBOT_VALIDATION and adds the value at\n"
		       "_acme-challenge.DOMAIN (TTL 300; other values stay). On the last challenge\n"
		       "(CERTBOT_REMAINING_CHALLENGES=0) it waits until the zone's nameservers\n"
		       "serve every value Gandi holds at the names of CERTBOT_ALL_DOMAINS (at most\n"
		       "the setting wait_timeout, 120 s). Prints nothing on success.",
	.examples = "certbot certonly --manual --preferred-challenges dns --manual-auth-hook \"gandi acme certbot-auth\" --manual-cleanup-hook \"gandi acme certbot-cleanup\" -d www.example.com",
	.min_args = 0,
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_HOOK,
	.scope = "domain:tech",
	.exec = run,
};
