#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "buf.h"
#include "cmd.h"
#include "gandi/domains.h"
#include "error.h"
#include "output/output-json.h"
#include "output/output.h"
#include "prompt.h"
#include "dns/record.h"

static const struct opt opts[] = {
	{"set", 0, NULL, "replace the nameservers with NS... (asks first)", NULL},
	{"yes", 'y', NULL, "do not ask for confirmation", NULL},
	{0},
};

static int show(struct ctx *ctx, const char *fqdn)
{
	struct api_result res;
	char *url = domain_url(ctx, fqdn, "/nameservers");
	int rc = api_call(ctx, "GET", url, NULL, 0, fqdn, &res);
	if (!rc && !json_is_array(res.json))
		rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: the "
			       "nameservers of %s are not a list", fqdn);
	if (!rc && ctx->json) {
		out_json(ctx, jv_of(res.json));
	} else if (!rc) {
		for (size_t i = 0; i < json_array_size(res.json); i++) {
			const char *ns = json_string_value(json_array_get(res.json, i));
			out_line(ctx, "%s", ns ? ns : "?");
		}
	}
	api_result_free(&res);
	free(url);
	return rc;
}

static int set(struct ctx *ctx, const char *fqdn, int argc, char **argv, bool yes)
{
	struct api_result res = {0};
	json_t *list = json_array();
	struct buf text = {0};
	char *url = NULL, *question = NULL;
	int rc = 0;
	ctx->scope = "domain:tech";
	for (int i = 0; i < argc; i++) {
		char *api = NULL;
		if ((rc = record_value(ctx, "NS", argv[i], &api)))
			goto out;
		size_t n = strlen(api);
		if (n > 1 && api[n - 1] == '.')
			api[n - 1] = '\0'; /* the registry form has no final dot */
		json_array_append_new(list, json_string(api));
		buf_printf(&text, "%s%s", i ? ", " : "", api);
		free(api);
	}
	if (argc == 1)
		warn(ctx, "only one nameserver: registries usually want at least two");
	question = xasprintf("Replace the nameservers of %s with %s? DNS for %s will be answered "
			     "by them.", fqdn, buf_str(&text), fqdn);
	if ((rc = confirm(ctx, yes, question, "change nameservers")))
		goto out;
	url = domain_url(ctx, fqdn, "/nameservers");
	json_t *body = json_pack("{sO}", "nameservers", list);
	rc = api_call(ctx, "PUT", url, body, 0, fqdn, &res);
	json_decref(body);
	if (rc)
		goto out;
	if (ctx->json)
		out_ok(ctx, jv_of(json_pack("{sssO}", "domain", fqdn, "nameservers", list)));
	else
		out_line(ctx, "nameservers of %s: %s", fqdn, buf_str(&text));
out:
	api_result_free(&res);
	json_decref(list);
	buf_free(&text);
	free(url);
	free(question);
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (arg_flag(a, "set")) {
		if (a->argc < 2)
			rc = usage_error(ctx, "--set needs the nameservers: gandi domain nameservers "
					      "%s --set NS...", fqdn);
		else
			rc = set(ctx, fqdn, a->argc - 1, a->argv + 1, arg_flag(a, "yes"));
	} else if (a->argc > 1) {
		rc = usage_error(ctx, "to change the nameservers, add --set: gandi domain "
				      "nameservers %s --set %s...", fqdn, a->argv[1]);
	} else {
		rc = show(ctx, fqdn);
	}
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_nameservers = {
	.noun = "domain",
	.verb = "nameservers",
	.args = "DOMAIN [--set NS...]",
	.summary = "show a domain's nameservers, or replace them with --set",
	.opts = opts,
	.min_args = 1,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:view",
	.exec = run,
};
