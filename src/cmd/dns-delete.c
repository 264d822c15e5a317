#include <stdlib.h>

#include "gandi/api.h"
#include "buf.h"
#include "cmd.h"
#include "error.h"
#include "gandi/livedns.h"
#include "prompt.h"
#include "dns/wait.h"

static const struct opt opts[] = {
	{"yes", 'y', NULL, "do not ask for confirmation", NULL},
	OPT_FQDN_RECORD,
	OPT_WAIT,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset cur = {0};
	struct api_result res = {0};
	json_t *values = NULL;
	char *url = NULL, *text = NULL, *question = NULL;
	bool found = false;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = wait_args_check(ctx, a)))
		goto out;
	if ((rc = rrset_read(ctx, &k, &cur, &found, NULL)))
		goto out;
	if (!found) {
		rc = error_set(ctx, EXIT_NOTFOUND, "record_not_found", "no %s record %s in %s",
			       k.type, k.name, k.zone);
		goto out;
	}
	values = json_array();
	for (size_t i = 0; i < cur.nvalues; i++)
		json_array_append_new(values, json_string(cur.values[i]));
	text = values_text(k.type, values);
	question = xasprintf("Delete the %s record %s in %s (%s, TTL %lld)?", k.type, k.name,
			     k.zone, text, cur.ttl);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "delete a record")))
		goto out;
	url = records_url(ctx, k.zone, k.name, k.type);
	rc = api_call(ctx, "DELETE", url, NULL, 0, k.subject, &res);
	if (rc && api_done_before_retry(ctx, &res))
		rc = 0;
	if (rc)
		goto out;
	rrset_report(ctx, "delete", &k, cur.ttl, values, true);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_GONE, NULL, 0);
out:
	api_result_free(&res);
	json_decref(values);
	free(url);
	free(text);
	free(question);
	rrset_free(&cur);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_delete = {
	.noun = "dns",
	.verb = "delete",
	.args = "DOMAIN TYPE NAME",
	.summary = "delete an RRset (asks first; --yes in scripts)",
	.description = "On a terminal it shows the RRset and asks; without a terminal it refuses\n"
		       "unless --yes is given.",
	.opts = opts,
	.min_args = 3,
	.max_args = 3,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
