#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "cmd.h"
#include "gandi/decode.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output-json.h"
#include "output/output.h"
#include "dns/record.h"
#include "util.h"

static int run(struct ctx *ctx, struct args *a)
{
	struct api_result res = {0};
	char *fqdn = NULL, *url = NULL, *q = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	q = url_escape(fqdn);
	url = api_url(ctx, "/domain/check?name=%s", q);
	if ((rc = api_call(ctx, "GET", url, NULL, 0, NULL, &res)))
		goto out;
	if (ctx->json) {
		out_json(ctx, jv_of(res.json));
		goto out;
	}
	struct decoder d = {.what = "availability"};
	const char *currency = dec_str(&d, res.json, "currency", false);
	const json_t *products = dec_array(&d, res.json, "products", false);
	static const char *headers[] = {"DOMAIN", "STATUS", "PRICE", "PERIOD"};
	struct table *t = table_new(ctx, 4, headers);
	for (size_t i = 0; !d.error && i < json_array_size(products); i++) {
		const json_t *p = json_array_get(products, i);
		const char *name = dec_str(&d, p, "name", false);
		const char *status = dec_str(&d, p, "status", true);
		const json_t *prices = dec_array(&d, p, "prices", false);
		char price[64] = "-", period[32] = "-";
		const json_t *first = json_array_size(prices) ? json_array_get(prices, 0) : NULL;
		if (first && json_is_object(first)) {
			const json_t *amount = json_object_get(first, "price_after_taxes");
			if (json_is_number(amount))
				snprintf(price, sizeof(price), "%.2f %s", json_number_value(amount),
					 currency ? currency : "");
			long long min = dec_int(&d, first, "min_duration", false, 1);
			const char *unit = dec_str(&d, first, "duration_unit", false);
			snprintf(period, sizeof(period), "%lld %s", min, unit ? unit : "y");
		}
		const char *row[] = {name ? name : fqdn, status, price, period};
		table_add(t, row);
	}
	if (d.error) {
		rc = decode_error(ctx, &d);
		table_free(t);
	} else {
		table_print(t);
	}
	decoder_free(&d);
out:
	api_result_free(&res);
	free(url);
	free(q);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_available = {
	.noun = "domain",
	.verb = "available",
	.args = "NAME",
	.summary = "check whether a domain name can be registered, and its price",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.exec = run,
};
