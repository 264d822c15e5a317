#include "gandi/orgs.h"

#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "buf.h"
#include "error.h"
#include "xalloc.h"

int orgs_read(struct ctx *ctx, bool quiet, json_t **out)
{
	json_t *items = NULL;
	char *url = api_url(ctx, "/organization/organizations");
	struct error saved = ctx->err;
	const char *scope = ctx->scope;
	*out = NULL;
	if (quiet)
		memset(&ctx->err, 0, sizeof(ctx->err));
	ctx->scope = "organization:view";
	int rc = api_list(ctx, url, NULL, &items); /* no subject: a 404 asks nothing more */
	ctx->scope = scope;
	if (!rc && !json_is_array(items))
		rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: the "
			       "organizations are not a list");
	if (!rc) {
		*out = items;
		items = NULL;
	}
	if (quiet) {
		error_clear(&ctx->err);
		ctx->err = saved;
	}
	json_decref(items);
	free(url);
	return rc;
}

char *orgs_text(const json_t *orgs)
{
	struct buf b = {0};
	for (size_t i = 0; i < json_array_size(orgs); i++) {
		const json_t *o = json_array_get(orgs, i);
		const char *name = json_string_value(json_object_get(o, "name"));
		const char *id = json_string_value(json_object_get(o, "id"));
		buf_printf(&b, "%s%s (%s)", i ? ", " : "", name ? name : "?", id ? id : "?");
	}
	return buf_detach(&b);
}
