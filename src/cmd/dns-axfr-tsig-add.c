#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "error.h"
#include "gandi/axfr.h"
#include "output/output.h"

static const struct opt opts[] = {
	{"key", 0, "ID", "a key of the organization rather than a new one", NULL},
	OPT_FQDN_ZONE,
	{0},
};

static int run(struct ctx *ctx, struct args *a)
{
	struct tsig_key k = {0};
	char *fqdn = NULL;
	const char *id = arg_value(a, "key");
	bool created = false;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if (id && !tsig_id_ok(id)) {
		rc = usage_error(ctx, "'%s' is not a TSIG key id (letters, digits and dashes)", id);
		error_detail(ctx, "hint: 'gandi dns axfr tsig list' lists the keys and their ids\n");
		goto out;
	}
	if (!id) {
		if ((rc = tsig_create(ctx, &k)))
			goto out;
		created = true;
		id = k.id;
	}
	if ((rc = zone_tsig_add(ctx, fqdn, id))) {
		if (created)
			error_context(ctx, "the TSIG key %s was created, but giving it to %s failed", id,
				      fqdn);
		goto out;
	}
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", fqdn);
		jv_set_str(o, "id", id);
		if (k.key_name)
			jv_set_str(o, "key_name", k.key_name);
		jv_set_bool(o, "created", created);
		out_ok(ctx, o);
	} else {
		if (created)
			out_line(ctx, "created the TSIG key %s%s%s%s", id, k.key_name ? " (" : "",
				 k.key_name ? k.key_name : "", k.key_name ? ")" : "");
		note(ctx, "the secondaries of %s may sign their transfers with the TSIG key %s", fqdn,
			 id);
		note(ctx, "its secret, for the secondary's configuration: gandi dns axfr tsig show %s "
			  "[--config bind|knot|nsd|powerdns]", id);
	}
out:
	tsig_key_free(&k);
	free(fqdn);
	return rc;
}

const struct cmd cmd_dns_axfr_tsig_add = {
	.noun = "dns",
	.verb = "axfr tsig add",
	.args = "DOMAIN",
	.summary = "let the zone's secondaries sign their transfers with a TSIG key (a new one)",
	.description = "Makes a new key of the organization (or takes --key ID) and lets the\n"
		       "zone's secondaries use it. Its secret: gandi dns axfr tsig show ID. The\n"
		       "secondaries' addresses: gandi dns axfr secondaries add.\n"
		       "\n"
		       "Examples:\n"
		       "gandi dns axfr tsig add example.com\n"
		       "gandi dns axfr tsig add example.net --key 75160000-0000-4000-8000-000000000001",
	.examples = "gandi dns axfr tsig add example.com\n"
		    "gandi dns axfr tsig add example.com --key ID",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES,
	.scope = "domain:tech",
	.exec = run,
};
