#include "dns/record.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "dns/value.h"
#include "error.h"
#include "idn.h"
#include "util.h"
#include "xalloc.h"

int rrtype_check(struct ctx *ctx, const char *type, const char **canonical)
{
	const char *c = dnsv_type(type);
	if (c) {
		*canonical = c;
		return 0;
	}
	usage_error(ctx, "'%s' is not a record type LiveDNS accepts", type);
	struct buf list = {0};
	for (size_t i = 0; dnsv_types[i]; i++)
		buf_printf(&list, "%s%s", i ? " " : "", dnsv_types[i]);
	error_detail(ctx, "types: %s\n", buf_str(&list));
	buf_free(&list);
	return EXIT_USAGE;
}

char *zone_name(const char *domain)
{
	char *z = str_lower(domain);
	size_t n = strlen(z);
	if (n > 1 && z[n - 1] == '.')
		z[n - 1] = '\0';
	return z;
}

/* Why a label is not valid, or NULL. wildcard: '*' is allowed as the whole label. */
static const char *label_problem(const char *l, size_t len, bool wildcard)
{
	if (len == 0)
		return "an empty label (two dots in a row?)";
	if (len > 63)
		return "a label longer than 63 characters";
	if (wildcard && len == 1 && l[0] == '*')
		return NULL;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)l[i];
		if (c >= 0x80)
			return "a character that is not ASCII (use the xn-- form of an "
			       "internationalized name)";
		if (!isalnum(c) && c != '-' && c != '_')
			return "a character that names cannot hold";
	}
	return NULL;
}

/* Check a dot-separated name (no final dot). first_wildcard: '*' allowed as first label. */
static const char *name_problem(const char *name, bool first_wildcard)
{
	if (strlen(name) > 253)
		return "longer than 253 characters";
	const char *p = name;
	bool first = true;
	for (;;) {
		const char *dot = strchr(p, '.');
		size_t len = dot ? (size_t)(dot - p) : strlen(p);
		const char *why = label_problem(p, len, first && first_wildcard);
		if (why)
			return why;
		if (!dot)
			return NULL;
		p = dot + 1;
		first = false;
	}
}

int domain_check(struct ctx *ctx, const char *domain, char **normalized)
{
	/* bücher.example as xn--bcher-kva.example, before anything else looks at it */
	const char *why = NULL;
	char *ascii = idn_ascii(domain, &why);
	if (!ascii) {
		usage_error(ctx, "'%s' is not a domain name: %s", domain, why);
		return EXIT_USAGE;
	}
	char *z = zone_name(ascii);
	free(ascii);
	why = name_problem(z, false);
	if (!why && !strchr(z, '.'))
		why = "a single label (a domain has at least a name and a TLD, like example.com)";
	if (why) {
		usage_error(ctx, "'%s' is not a domain name: %s", domain, why);
		free(z);
		return EXIT_USAGE;
	}
	*normalized = z;
	return 0;
}

int record_name(struct ctx *ctx, const char *zone, const char *name, char **relative)
{
	const char *why = NULL;
	char *lower = strcmp(name, "@") == 0 ? str_lower(name) : idn_ascii(name, &why);
	if (!lower)
		return usage_error(ctx, "'%s' is not a record name: %s", name, why);
	size_t n = strlen(lower), zl = strlen(zone);
	bool absolute = n > 0 && lower[n - 1] == '.';
	char *rel = NULL;
	int rc = 0;

	if (n == 0 || strcmp(lower, ".") == 0) {
		if (n == 0)
			rc = usage_error(ctx, "empty record name: it does not mean the apex");
		else
			rc = usage_error(ctx, "'.' is not a record name: it is the DNS root, not the "
					      "apex of %s", zone);
		error_detail(ctx, "hint: write @ for the apex of %s (or its full name, %s)\n", zone,
			     zone);
		goto out;
	}
	if (absolute)
		lower[--n] = '\0';
	if (strcmp(lower, "@") == 0 || strcmp(lower, zone) == 0) {
		rel = xstrdup("@");
	} else if (n > zl && lower[n - zl - 1] == '.' && strcmp(lower + n - zl, zone) == 0) {
		rel = xstrndup(lower, n - zl - 1);
	} else {
		const char *zone_tld = strrchr(zone, '.');
		const char *name_tld = strrchr(lower, '.');
		if (absolute || (zone_tld && name_tld && strcmp(zone_tld, name_tld) == 0)) {
			rc = usage_error(ctx, "'%s' is outside the zone %s", name, zone);
			error_detail(ctx, "hint: write names relative to the zone (www, @ for the "
					  "apex) or in full (www.%s)\n", zone);
			goto out;
		}
		rel = xstrdup(lower);
	}
	if (strcmp(rel, "@") != 0) {
		const char *problem = name_problem(rel, true);
		if (problem) {
			rc = usage_error(ctx, "'%s' is not a valid record name: %s", name, problem);
			goto out;
		}
	}
	*relative = rel;
	rel = NULL;
out:
	free(rel);
	free(lower);
	return rc;
}
