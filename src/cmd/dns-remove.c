#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "cmd.h"
#include "decode.h"
#include "error.h"
#include "livedns.h"
#include "record.h"

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset cur = {0};
	json_t *values = NULL, *remove = NULL, *body = NULL;
	struct api_result res = {0};
	char *url = NULL;
	bool found = false;
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	if ((rc = rrset_read(ctx, &k, &cur, &found, NULL)))
		goto out;
	remove = json_array();
	for (size_t i = 0; found && i < cur.nvalues; i++) {
		for (size_t j = 0; j < json_array_size(values); j++)
			if (value_equal(k.type, cur.values[i],
					json_string_value(json_array_get(values, j)))) {
				/* the stored spelling, which the server matches */
				json_array_append_new(remove, json_string(cur.values[i]));
				break;
			}
	}
	if (json_array_size(remove) == 0) {
		note(ctx, "%s %s: nothing to remove", k.subject,
		     found ? "does not hold these values" : "does not exist");
		rrset_report(ctx, "remove", &k, 0, remove, false);
		goto out;
	}
	url = records_url(ctx, k.zone, k.name, k.type);
	body = json_pack("{sO}", "remove_rrset_values", remove);
	rc = api_call(ctx, "PATCH", url, body, 0, k.subject, &res);
	if (rc && api_done_before_retry(ctx, &res))
		rc = 0;
	if (rc)
		goto out;
	/* a server that keeps an emptied RRset: delete it, as promised */
	const json_t *left = json_is_object(res.json) ? json_object_get(res.json, "rrset_values")
						      : NULL;
	if (json_is_array(left) && json_array_size(left) == 0) {
		api_result_free(&res);
		rc = api_call(ctx, "DELETE", url, NULL, 0, k.subject, &res);
		if (rc == EXIT_NOTFOUND && ctx->err.kind &&
		    strcmp(ctx->err.kind, "record_not_found") == 0) {
			error_clear(&ctx->err); /* the PATCH already removed the RRset */
			rc = 0;
		}
		if (rc)
			goto out;
	}
	rrset_report(ctx, "remove", &k, 0, remove, true);
out:
	api_result_free(&res);
	json_decref(body);
	json_decref(remove);
	json_decref(values);
	free(url);
	rrset_free(&cur);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_remove = {
	.noun = "dns",
	.verb = "remove",
	.args = "DOMAIN TYPE NAME VALUE...",
	.summary = "remove values from an RRset (the RRset goes when empty)",
	.description = "Values not in the RRset are ignored, so that cleanup hooks can run twice.\n"
		       "Removal uses LiveDNS's PATCH: values added meanwhile by others stay.",
	.min_args = 4,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
