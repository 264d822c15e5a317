#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "config/secret.h"
#include "error.h"
#include "gandi/axfr.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"config", 0, "SOFTWARE", "print the key as SOFTWARE's configuration wants it: bind, "
				  "knot, nsd or powerdns", "bind knot nsd powerdns"},
	{0},
};

static int config(struct ctx *ctx, const char *id, const char *software)
{
	char *text = NULL;
	static const char *const known[] = {"bind", "knot", "nsd", "powerdns"};
	bool ok = false;
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		ok |= strcmp(known[i], software) == 0;
	if (!ok)
		return usage_error(ctx, "--config takes bind, knot, nsd or powerdns, not '%s'",
				   software);
	int rc = tsig_config(ctx, id, software, &text);
	if (!rc) {
		if (ctx->json) {
			struct jv *o = jv_object();
			jv_set_str(o, "id", id);
			jv_set_str(o, "software", software);
			jv_set_str(o, "config", text);
			out_json(ctx, o);
			jv_free(o);
		} else {
			size_t n = strlen(text);
			while (n > 0 && text[n - 1] == '\n')
				text[--n] = '\0';
			out_reveal(ctx, "%s", text);
		}
	}
	secret_release(text);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	struct tsig_key k = {0};
	struct jv *raw = NULL;
	const char *id = a->argv[0];
	int rc = 0;
	if (!tsig_id_ok(id)) {
		rc = usage_error(ctx, "'%s' is not a TSIG key id (letters, digits and dashes)", id);
		error_detail(ctx, "hint: 'gandi dns axfr tsig list' lists the keys and their ids\n");
		return rc;
	}
	if (arg_value(a, "config"))
		return config(ctx, id, arg_value(a, "config"));
	if ((rc = tsig_get(ctx, id, &k, &raw)))
		goto out;
	if (ctx->json) {
		out_json(ctx, raw);
	} else {
		out_line(ctx, ctx->plain ? "%s\t%s" : "%-8s %s", "id", k.id);
		out_line(ctx, ctx->plain ? "%s\t%s" : "%-8s %s", "key name",
			 k.key_name ? k.key_name : "-");
		out_reveal(ctx, ctx->plain ? "%s\t%s" : "%-8s %s", "secret", k.secret ? k.secret : "-");
	}
out:
	tsig_key_free(&k);
	jv_free(raw);
	return rc;
}

const struct cmd cmd_dns_axfr_tsig_show = {
	.noun = "dns",
	.verb = "axfr tsig show",
	.args = "ID",
	.summary = "show a TSIG key with its secret, or as a server's configuration",
	.description = "The one command that prints the secret (base64); -v traces, errors and\n"
		       "the other commands mask it.\n"
		       "\n"
		       "Examples:\n"
		       "gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001\n"
		       "gandi dns axfr tsig show 75160000-0000-4000-8000-000000000001 --config bind",
	.examples = "gandi dns axfr tsig show ID\n"
		    "gandi dns axfr tsig show ID --config bind",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
