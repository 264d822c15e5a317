#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "buf.h"
#include "cmd.h"
#include "decode.h"
#include "domains.h"
#include "error.h"
#include "livedns.h"
#include "output.h"
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

static int run(struct ctx *ctx, struct args *a)
{
	struct buf url = {0};
	json_t *items = NULL;
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
	if ((rc = api_list(ctx, buf_str(&url), "the domain list", &items)))
		goto out;
	if (ctx->json) {
		out_json(ctx, items);
		goto out;
	}
	static const char *headers[] = {"DOMAIN", "EXPIRES", "AUTORENEW", "STATUS", "NAMESERVERS"};
	struct table *t = table_new(ctx, 5, headers);
	for (size_t i = 0; i < json_array_size(items); i++) {
		struct decoder d = {.what = "domain"};
		struct domain dom;
		if (!decode_domain(&d, json_array_get(items, i), &dom)) {
			rc = decode_error(ctx, &d);
			domain_free(&dom);
			decoder_free(&d);
			table_free(t);
			goto out;
		}
		struct buf status = {0};
		for (size_t s = 0; s < dom.nstatus; s++)
			buf_printf(&status, "%s%s", s ? "," : "", dom.status[s]);
		const char *row[] = {dom.fqdn, date_only(dom.dates.registry_ends_at),
				     dom.autorenew ? "on" : "off", status.len ? status.data : "ok",
				     dom.nameserver ? dom.nameserver : "-"};
		table_add(t, row);
		buf_free(&status);
		domain_free(&dom);
		decoder_free(&d);
	}
	table_print(t);
out:
	json_decref(items);
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
