#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cmd.h"
#include "error.h"
#include "gandi/domains.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"sort", 0, "KEY", "order by fqdn (default) or expires", "fqdn expires"},
	{"tld", 0, "TLD", "only domains under this TLD (com, fr...)", NULL},
	{"fqdn", 0, "PATTERN", "only names matching: example.*, *example.com", NULL},
	{0},
};

/* The listing being built: table rows, or compact JSON with --json. */
struct listing {
	struct table *table;
	struct jv_list *json;
};

/* Each domain into the listing, as its page arrives (a domain_fn). */
static int add_domain(void *arg, struct domain *dom, const struct jv_text *raw)
{
	struct listing *l = arg;
	if (l->json) {
		jv_list_add_text(l->json, raw);
		return 0;
	}
	struct buf status = {0};
	for (size_t s = 0; s < dom->nstatus; s++)
		buf_printf(&status, "%s%s", s ? "," : "", dom->status[s]);
	/* people read the name as written (U-labels); --json keeps Gandi's object */
	const char *name = dom->fqdn_unicode && *dom->fqdn_unicode ? dom->fqdn_unicode : dom->fqdn;
	const char *row[] = {name, date_only(dom->dates.registry_ends_at),
			     dom->autorenew ? "on" : "off", status.len ? status.data : "ok",
			     dom->nameserver ? dom->nameserver : "-"};
	table_add(l->table, row);
	buf_free(&status);
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"DOMAIN", "EXPIRES", "AUTORENEW", "STATUS", "NAMESERVERS"};
	struct listing l = {0};
	const char *sort = arg_value(a, "sort"), *tld = arg_value(a, "tld");
	if (tld && tld[0] == '.')
		tld++; /* ".com" as people write it is the TLD com */
	if (sort && strcmp(sort, "fqdn") != 0 && strcmp(sort, "expires") != 0)
		return usage_error(ctx, "--sort takes fqdn or expires, not '%s'", sort);
	struct domain_query q = {
		.by_expiry = sort && strcmp(sort, "expires") == 0,
		.tld = tld,
		.fqdn = arg_value(a, "fqdn"),
		.sharing_id = ctx->sharing_id.value,
	};
	if (ctx->json)
		l.json = jv_list_new();
	else
		l.table = table_new(ctx, 5, headers);
	/* nothing is printed unless every page arrived */
	int rc = domains_each(ctx, &q, add_domain, &l);
	if (rc) {
		jv_list_free(l.json);
		table_free(l.table);
	} else if (l.json) {
		jv_list_print(ctx, l.json);
	} else {
		if (q.tld || q.fqdn)
			table_empty(l.table, "no domains match");
		else
			table_empty(l.table, "no domains%s%s", ctx->sharing_id.value ? " in organization " : "",
				    ctx->sharing_id.value ? ctx->sharing_id.value : "");
		table_print(l.table);
	}
	return rc;
}

const struct cmd cmd_domain_list = {
	.noun = "domain",
	.verb = "list",
	.args = "",
	.summary = "list your domains (every page)",
	.description = "Columns: domain, expiry (registry_ends_at), autorenew, status and the\n"
		       "nameservers in use. With --json, the domains as Gandi returns them,\n"
		       "every page in one array. A page that fails, or more or fewer domains\n"
		       "than Gandi announced, is an error, never a shorter list.",
	.examples = "gandi domain list\n"
		    "gandi domain list --tld com --sort expires\n"
		    "gandi domain ls --plain --no-header --columns domain",
	.opts = opts,
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:view",
	.exec = run,
};
