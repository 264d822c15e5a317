#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "error.h"
#include "gandi/domains.h"
#include "output/output.h"
#include "dns/record.h"

static const struct opt opts[] = {
	{"exit-code", 0, NULL, "exit 11 when the name cannot be registered (0 when it can)", NULL},
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"DOMAIN", "STATUS", "PRICE", "PERIOD"};
	struct availability av;
	struct jv *raw = NULL;
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = domain_available(ctx, fqdn, &av, &raw)))
		goto out;
	/* --exit-code: whether the name asked for can be registered, as the exit status */
	bool available = false;
	for (size_t i = 0; i < av.len; i++)
		if ((!av.products[i].name || strcmp(av.products[i].name, fqdn) == 0) &&
		    av.products[i].status && strcmp(av.products[i].status, "available") == 0)
			available = true;
	if (ctx->json) {
		out_json(ctx, raw);
		goto done;
	}
	struct table *t = table_new(ctx, 4, headers);
	for (size_t i = 0; i < av.len; i++) {
		const struct domain_product *p = &av.products[i];
		char price[64] = "-", period[32] = "-";
		if (p->has_price)
			snprintf(price, sizeof(price), "%.2f %s", p->price,
				 av.currency ? av.currency : "");
		if (p->min_duration)
			snprintf(period, sizeof(period), "%lld %s", p->min_duration,
				 p->unit ? p->unit : "y");
		const char *row[] = {p->name ? p->name : fqdn, p->status, price, period};
		table_add(t, row);
	}
	table_print(t);
done:
	if (arg_flag(a, "exit-code") && !available)
		rc = error_silent(ctx, EXIT_TAKEN);
out:
	availability_free(&av);
	jv_free(raw);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_available = {
	.noun = "domain",
	.verb = "available",
	.args = "NAME",
	.summary = "check whether a domain name can be registered, and its price",
	.description = "Exit status 0 whatever the answer; with --exit-code, 11 when the name\n"
		       "cannot be registered (taken, reserved or not offered), for scripts:\n"
		       "gandi domain available NAME --exit-code -q --columns STATUS.",
	.opts = opts,
	.examples = "gandi domain available brand-new-name.com\n"
		    "if gandi domain available example.com --exit-code >/dev/null; then ...; fi",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.exec = run,
};
