#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "buf.h"
#include "cmd.h"
#include "gandi/decode.h"
#include "gandi/domains.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output-json.h"
#include "output/output.h"
#include "util.h"

static const struct opt opts[] = {
	{"sort", 0, "KEY", "order by fqdn (default) or expires", "fqdn expires"},
	{"tld", 0, "TLD", "only domains under this TLD (com, fr...)", NULL},
	{"fqdn", 0, "PATTERN", "only names matching: example.*, *example.com", NULL},
	{0},
};

static void add_query(struct buf *url, const char *key, const char *value)
{
	char *v = url_escape(value);
	buf_printf(url, "%c%s=%s", strchr(buf_str(url), '?') ? '&' : '?', key, v);
	free(v);
}

/* The listing being built: table rows, or compact JSON with --json. */
struct listing {
	struct ctx *ctx;
	struct table *table;
	struct json_list *json;
};

/* Each page of domains into the listing, as it arrives (an api_page_fn). */
static int add_page(void *arg, json_t *items)
{
	struct listing *l = arg;
	int rc = 0;
	if (l->json) {
		for (size_t i = 0; i < json_array_size(items); i++)
			json_list_add(l->json, jv_of(json_array_get(items, i)));
		return 0;
	}
	for (size_t i = 0; !rc && i < json_array_size(items); i++) {
		struct decoder d = {.what = "domain"};
		struct domain dom;
		if (decode_domain(&d, json_array_get(items, i), &dom)) {
			struct buf status = {0};
			for (size_t s = 0; s < dom.nstatus; s++)
				buf_printf(&status, "%s%s", s ? "," : "", dom.status[s]);
			const char *row[] = {dom.fqdn, date_only(dom.dates.registry_ends_at),
					     dom.autorenew ? "on" : "off",
					     status.len ? status.data : "ok",
					     dom.nameserver ? dom.nameserver : "-"};
			table_add(l->table, row);
			buf_free(&status);
		} else {
			rc = decode_error(l->ctx, &d);
		}
		domain_free(&dom);
		decoder_free(&d);
	}
	return rc;
}

static int run(struct ctx *ctx, struct args *a)
{
	static const char *headers[] = {"DOMAIN", "EXPIRES", "AUTORENEW", "STATUS", "NAMESERVERS"};
	struct buf url = {0};
	struct listing l = {.ctx = ctx};
	const char *sort = arg_value(a, "sort");
	int rc = 0;
	if (sort && strcmp(sort, "fqdn") != 0 && strcmp(sort, "expires") != 0)
		return usage_error(ctx, "--sort takes fqdn or expires, not '%s'", sort);
	char *base = api_url(ctx, "/domain/domains");
	buf_adds(&url, base);
	free(base);
	add_query(&url, "sort_by", sort && strcmp(sort, "expires") == 0 ? "dates.registry_ends_at"
									 : "fqdn");
	if (arg_value(a, "tld"))
		add_query(&url, "tld", arg_value(a, "tld"));
	if (arg_value(a, "fqdn"))
		add_query(&url, "fqdn", arg_value(a, "fqdn"));
	if (ctx->sharing_id.value)
		add_query(&url, "sharing_id", ctx->sharing_id.value);
	if (ctx->json)
		l.json = json_list_new();
	else
		l.table = table_new(ctx, 5, headers);
	/* nothing is printed unless every page arrived */
	rc = api_list_each(ctx, buf_str(&url), "the domain list", add_page, &l);
	if (rc) {
		json_list_free(l.json);
		table_free(l.table);
	} else if (l.json) {
		json_list_print(ctx, l.json);
	} else {
		table_print(l.table);
	}
	buf_free(&url);
	return rc;
}

const struct cmd cmd_domain_list = {
	.noun = "domain",
	.verb = "list",
	.args = "",
	.summary = "list your domains (every page)",
	.description = "Columns: domain, expiry (registry_ends_at), autorenew, status and the\n"
		       "nameservers in use. With --json, the domains as Gandi returns them,\n"
		       "every page in one array. A page that fails, or fewer domains than Gandi\n"
		       "announced, is an error, never a shorter list.",
	.opts = opts,
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:view",
	.exec = run,
};
