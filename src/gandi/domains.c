#include "gandi/domains.h"

#include <stdlib.h>
#include <string.h>

#include "gandi/api.h"
#include "gandi/livedns.h"
#include "util.h"
#include "xalloc.h"

char *domain_url(struct ctx *ctx, const char *fqdn, const char *suffix)
{
	char *d = url_escape(fqdn);
	char *u = api_url(ctx, "/domain/domains/%s%s", d, suffix);
	free(d);
	return u;
}

int domain_read(struct ctx *ctx, const char *fqdn, struct domain_info *out, json_t **raw)
{
	struct api_result res;
	char *url = domain_url(ctx, fqdn, "");
	char *subject = zone_subject(fqdn);
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	int rc = api_call(ctx, "GET", url, NULL, 0, subject, &res);
	if (!rc) {
		struct decoder d = {.what = "domain"};
		if (!decode_domain_info(&d, res.json, out))
			rc = decode_error(ctx, &d);
		else if (raw)
			*raw = json_incref(res.json);
		decoder_free(&d);
	}
	api_result_free(&res);
	free(url);
	free(subject);
	return rc;
}

const char *date_only(const char *api_date)
{
	static char buf[11];
	time_t t;
	if (!api_date || !parse_time(api_date, &t))
		return "-";
	format_date(t, buf);
	return buf;
}
