/*
 * gandi auth status: the token's part of gandi doctor, quickly: where the
 * token comes from and the other places that hold one, its shape, and what
 * Gandi says of it (accepted, expiry, permissions): one request.
 */
#include "cmd.h"
#include "doctor.h"

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	return doctor_run(ctx, DOCTOR_TOKEN);
}

const struct cmd cmd_auth_status = {
	.noun = "auth",
	.verb = "status",
	.args = "",
	.summary = "where the token comes from, and whether Gandi accepts it",
	.description = "The token's checks of gandi doctor, with one request: where it comes\n"
		       "from and which other places hold one, its shape, whether Gandi accepts\n"
		       "it, its expiry and its permissions. gandi looks, in this order, and uses\n"
		       "the first place that holds a token: the api_key_command, then the\n"
		       "api_key, of a profile named with --profile; GANDI_API_KEY;\n"
		       "GANDI_API_KEY_FILE; GANDIV5_PERSONAL_ACCESS_TOKEN and its _FILE (lego's\n"
		       "names); $CREDENTIALS_DIRECTORY/gandi-api-key (systemd); the active\n"
		       "profile's api_key_command, then api_key; the top-level ones. It runs\n"
		       "api_key_command when that is where the token comes from. Exit status 3\n"
		       "when there is no token or Gandi rejects it.",
	.examples = "gandi auth status\n"
		    "gandi auth status --json",
	.max_args = 0,
	.flags = CMD_NET,
	.exec = run,
};
