/*
 * gandi version (and --version): gandi's version, the commit it was built
 * from, and the libcurl and TLS library it runs with, as people and bug
 * reports need them.
 */
#include <curl/curl.h>
#include <stdio.h>

#include "cmd.h"
#include "ctx.h"
#include "output/output.h"
#include "version.h"

#ifndef GANDI_COMMIT
#define GANDI_COMMIT "unknown"
#endif

int version_print(struct ctx *ctx)
{
	const curl_version_info_data *v = curl_version_info(CURLVERSION_NOW);
	const char *tls = v->ssl_version ? v->ssl_version : "none";
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "version", GANDI_VERSION);
		jv_set_str(o, "commit", GANDI_COMMIT);
		jv_set_str(o, "libcurl", v->version);
		jv_set_str(o, "tls", tls);
		out_json(ctx, o);
		jv_free(o);
		return 0;
	}
	out_line(ctx, "gandi %s (commit %s)", GANDI_VERSION, GANDI_COMMIT);
	out_line(ctx, "libcurl %s, TLS: %s", v->version, tls);
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	return version_print(ctx);
}

const struct cmd cmd_version = {
	.noun = "version",
	.args = "",
	.summary = "print gandi's version, commit, libcurl and TLS library",
	.examples = "gandi version\ngandi version --json",
	.max_args = 0,
	.flags = CMD_NO_CONFIG,
	.exec = run,
};
