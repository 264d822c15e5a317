#include <stdlib.h>

#include "cmd.h"
#include "dns-show.h"
#include "dns/rrkey.h"
#include "error.h"
#include "gandi/livedns.h"
#include "ops/records.h"
#include "prompt.h"
#include "dns/wait.h"

static const struct opt opts[] = {
	OPT_YES,
	OPT_FQDN_RECORD,
	OPT_WAIT,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset cur = {0};
	struct rrvalues values = {0};
	char *text = NULL, *question = NULL;
	bool found = false;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = rrkey_writable(ctx, &k)) || (rc = wait_args_check(ctx, a)) ||
	    (rc = rrset_get(ctx, k.zone, k.name, k.type, &cur, &found, NULL)))
		goto out;
	if (!found) {
		struct subject s = {.kind = SUBJECT_RECORD, .domain = k.zone, .name = k.name,
				    .type = (char *)k.type};
		rc = error_absent(ctx, &s);
		goto out;
	}
	values_stored(k.zone, &cur, &values);
	text = values_text(&values);
	question = xasprintf("Delete the %s record %s in %s (%s, TTL %lld)?", k.type, k.name,
			     k.zone, text, cur.ttl);
	if ((rc = confirm(ctx, arg_flag(a, "yes"), question, "delete a record")))
		goto out;
	if ((rc = record_delete(ctx, &k)))
		goto out;
	rrset_report(ctx, "delete", &k, cur.ttl, &values, true);
	rc = wait_after_write(ctx, a, k.zone, k.name, k.type, WAIT_GONE, NULL, 0);
out:
	rrvalues_free(&values);
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
	.examples = "gandi dns delete example.com CNAME old\n"
		    "gandi dns delete example.com TXT _acme-challenge --yes",
	.opts = opts,
	.min_args = 3,
	.max_args = 3,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_CONFIRM,
	.scope = "domain:tech",
	.exec = run,
};
