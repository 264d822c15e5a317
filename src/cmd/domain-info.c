#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "cmd.h"
#include "gandi/domains.h"
#include "output/output.h"
#include "dns/record.h"
#include "util.h"

static void join(struct buf *b, char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		buf_printf(b, "%s%s", i ? ", " : "", v[i]);
	if (n == 0)
		buf_adds(b, "-");
}

static int run(struct ctx *ctx, struct args *a)
{
	struct domain_info di;
	struct jv *raw = NULL;
	char *fqdn = NULL;
	int rc = domain_check(ctx, a->argv[0], &fqdn);
	if (rc)
		return rc;
	if ((rc = domain_read(ctx, fqdn, &di, &raw)))
		goto out;
	if (ctx->json) {
		out_json(ctx, raw);
		goto out;
	}
	struct buf status = {0}, ns = {0}, services = {0}, expires = {0}, org = {0}, name = {0};
	/* the name as people write it, with the A-label DNS uses when they differ */
	if (di.fqdn_unicode && *di.fqdn_unicode && strcmp(di.fqdn_unicode, di.fqdn) != 0)
		buf_printf(&name, "%s (%s)", di.fqdn_unicode, di.fqdn);
	else
		buf_adds(&name, di.fqdn);
	join(&status, di.status, di.nstatus);
	join(&ns, di.nameservers, di.nnameservers);
	join(&services, di.services, di.nservices);
	buf_adds(&expires, date_only(di.dates.registry_ends_at));
	time_t end;
	if (di.dates.registry_ends_at && parse_time(di.dates.registry_ends_at, &end)) {
		long long left = (long long)(end - time(NULL));
		char *span = format_span(left);
		buf_printf(&expires, left >= 0 ? " (in %s)" : " (%s ago)", span);
		free(span);
	}
	if (di.org_name || di.org_id)
		buf_printf(&org, "%s%s%s%s%s", di.org_name ? di.org_name : "",
			   di.org_type ? " (" : "", di.org_type ? di.org_type : "",
			   di.org_type ? ")" : "", "");
	if (di.org_id)
		buf_printf(&org, "%s%s", org.len ? ", id " : "", di.org_id);
	char autorenew[64];
	snprintf(autorenew, sizeof(autorenew), di.autorenew ? "on (%lld year%s)" : "off",
		 di.autorenew_duration ? di.autorenew_duration : 1,
		 di.autorenew_duration > 1 ? "s" : "");
	const char *rows[][2] = {
		{"domain", buf_str(&name)},
		{"status", status.len ? status.data : "ok"},
		{"created", date_only(di.dates.registry_created_at ? di.dates.registry_created_at
							    : di.dates.created_at)},
		{"expires", buf_str(&expires)},
		{"autorenew", autorenew},
		{"transfer lock", di.transfer_locked ? "on" : di.can_tld_lock ? "off"
					      : "off (the registry has none)"},
		{"nameservers", buf_str(&ns)},
		{"services", buf_str(&services)},
		{"organization", org.len ? org.data : "-"},
		{"owner", di.owner ? di.owner : "-"},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		out_line(ctx, ctx->plain ? "%s\t%s" : "%-13s %s", rows[i][0], rows[i][1]);
	buf_free(&status);
	buf_free(&name);
	buf_free(&ns);
	buf_free(&services);
	buf_free(&expires);
	buf_free(&org);
out:
	domain_info_free(&di);
	jv_free(raw);
	free(fqdn);
	return rc;
}

const struct cmd cmd_domain_info = {
	.noun = "domain",
	.verb = "info",
	.args = "DOMAIN",
	.summary = "show a domain's dates, status, nameservers, autorenew, transfer lock and owner",
	.description = "With --json, Gandi's object without the transfer code (authinfo), a\n"
		       "secret that only gandi domain authinfo shows.",
	.examples = "gandi domain info example.com\n"
		    "gandi domain info example.com --json --jq .dates.registry_ends_at",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:view",
	.exec = run,
};
