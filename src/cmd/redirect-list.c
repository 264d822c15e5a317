#include <stdlib.h>

#include "gandi/api.h"
#include "cmd.h"
#include "gandi/decode.h"
#include "gandi/livedns.h"
#include "output/output-json.h"
#include "output/output.h"
#include "dns/record.h"
#include "gandi/redirects.h"

static int run(struct ctx *ctx, struct args *a)
{
	char *zone = NULL, *url = NULL, *subject = NULL;
	json_t *items = NULL;
	int rc = domain_check(ctx, a->argv[0], &zone);
	if (rc)
		return rc;
	url = webredirs_url(ctx, zone, NULL);
	subject = zone_subject(zone);
	if ((rc = api_list(ctx, url, subject, &items)))
		goto out;
	if (ctx->json) {
		out_json(ctx, jv_of(items));
		goto out;
	}
	static const char *headers[] = {"SOURCE", "TYPE", "PROTOCOL", "URL"};
	struct table *t = table_new(ctx, 4, headers);
	for (size_t i = 0; i < json_array_size(items); i++) {
		struct decoder d = {.what = "redirection"};
		struct webredir w;
		if (!decode_webredir(&d, json_array_get(items, i), &w)) {
			rc = decode_error(ctx, &d);
			webredir_free(&w);
			decoder_free(&d);
			table_free(t);
			goto out;
		}
		const char *row[] = {w.host, w.type, w.protocol, w.url};
		table_add(t, row);
		webredir_free(&w);
		decoder_free(&d);
	}
	table_print(t);
out:
	json_decref(items);
	free(url);
	free(subject);
	free(zone);
	return rc;
}

const struct cmd cmd_redirect_list = {
	.noun = "redirect",
	.verb = "list",
	.args = "DOMAIN",
	.summary = "list a domain's web redirections (every page)",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
