/*
 * gandi acme lego present|cleanup ...: lego's exec provider (EXEC_PATH=
 * .../libexec/gandi/acme-lego, which passes its arguments after --). The
 * default mode gives FQDN VALUE (FQDN with its final dot); EXEC_MODE=RAW
 * gives -- DOMAIN TOKEN KEY-AUTHORIZATION, and the value is computed here.
 * present waits until the nameservers serve the value: lego 4.9.1's own
 * check asks the zone's NS names on port 53, which only the real Gandi
 * answers.
 */
#include <stdlib.h>
#include <string.h>

#include "acme/challenge.h"
#include "cmd.h"
#include "error.h"
#include "xalloc.h"

static int run(struct ctx *ctx, struct args *a)
{
	struct acme_run r;
	char *name = NULL, *value = NULL;
	int rc = 0;
	const char *mode = a->argv[0];
	char **rest = a->argv + 1;
	int n = a->argc - 1;
	acme_run_init(&r, ctx);
	if (n && strcmp(rest[0], "--") == 0) {
		rest++;
		n--;
	}
	bool present = strcmp(mode, "present") == 0;
	if (!present && strcmp(mode, "cleanup") != 0) {
		rc = usage_error(ctx, "'%s' is not a lego exec command: present or cleanup", mode);
		goto out;
	}
	if (n == 2) {
		name = xstrdup(rest[0]);
		value = xstrdup(rest[1]);
	} else if (n == 3) {
		name = acme_name_of(rest[0]);
		value = acme_value_of_keyauth(rest[2]);
	} else {
		rc = usage_error(ctx, "lego's %s gives FQDN VALUE, or -- DOMAIN TOKEN KEYAUTH with "
				 "EXEC_MODE=RAW; got %d argument%s", mode, n, n == 1 ? "" : "s");
		goto out;
	}
	rc = present ? acme_add(&r, name, value) : acme_remove(&r, name, value);
	if (!rc && present)
		rc = acme_wait(&r, NULL);
out:
	free(name);
	free(value);
	acme_run_free(&r);
	return rc;
}

const struct cmd cmd_acme_lego = {
	.noun = "acme",
	.verb = "lego",
	.args = "present|cleanup FQDN VALUE",
	.summary = "lego's exec provider (EXEC_PATH=.../libexec/gandi/acme-lego)",
	.description = "present adds VALUE at FQDN (TTL 300) and waits until the nameservers\n"
		       "serve it; cleanup removes it. With EXEC_MODE=RAW lego gives -- DOMAIN\n"
		       "TOKEN KEYAUTH instead: the record is _acme-challenge.DOMAIN and the value\n"
		       "base64url(SHA-256(KEYAUTH)). Prints nothing on success.",
	.examples = "EXEC_PATH=\"gandi acme lego\" lego --dns exec -d www.example.com run",
	.min_args = 1,
	.max_args = 5,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_HOOK,
	.scope = "domain:tech",
	.exec = run,
};
