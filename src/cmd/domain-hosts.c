#include "domain-hosts.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dns/record.h"
#include "dns/value.h"
#include "error.h"
#include "gandi/domains.h"
#include "ip-list.h"
#include "xalloc.h"

static bool host_label_chars(const char *s)
{
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '.'))
			return false;
	return true;
}

int glue_name(struct ctx *ctx, const char *fqdn, const char *arg, char **name)
{
	char *rel = NULL;
	int rc = record_name(ctx, fqdn, arg, &rel);
	size_t n = strlen(arg);
	bool full = n > 0 && (arg[n - 1] == '.' || strchr(arg, '.') == NULL ||
			      strcmp(rel, "@") == 0);
	char *lower = zone_name(arg);
	size_t ln = strlen(lower), fl = strlen(fqdn);
	/* a name with dots that does not end with the domain is most likely another domain's */
	full = full || (ln > fl && lower[ln - fl - 1] == '.' && strcmp(lower + ln - fl, fqdn) == 0);
	free(lower);
	if (!rc && !full) {
		rc = usage_error(ctx, "'%s' is not inside %s: a glue record is for a name server "
				      "named inside the domain", arg, fqdn);
		error_detail(ctx, "hint: write the host relative to the domain (ns1) or in full "
				  "(ns1.%s)\n", fqdn);
		free(rel);
		rel = NULL;
	} else if (!rc && strcmp(rel, "@") != 0 && !host_label_chars(rel)) {
		rc = usage_error(ctx, "'%s' is not a host name: letters, digits and hyphens only",
				 arg);
		free(rel);
		rel = NULL;
	}
	*name = rel;
	return rc;
}

char *glue_fqdn(const char *fqdn, const char *name)
{
	return strcmp(name, "@") == 0 ? xstrdup(fqdn) : xasprintf("%s.%s", name, fqdn);
}

int glue_addresses(struct ctx *ctx, int argc, char **argv, struct strlist *out)
{
	int rc = ip_list_parse(ctx, argc, argv, out);
	if (!rc && out->n == 0)
		rc = usage_error(ctx, "a glue record needs at least one address after --ip");
	return rc;
}

int glue_in_use(struct ctx *ctx, const char *fqdn, const char *name, bool *used, char **ns)
{
	char **list = NULL;
	size_t n = 0;
	char *full = glue_fqdn(fqdn, name);
	*used = false;
	if (ns)
		*ns = NULL;
	int rc = domain_nameservers(ctx, fqdn, &list, &n, NULL);
	for (size_t i = 0; !rc && i < n; i++) {
		char *one = zone_name(list[i]);
		*used |= strcmp(one, full) == 0;
		free(one);
	}
	if (!rc && ns)
		*ns = ip_list_text((const char *const *)list, n);
	strv_free(list);
	free(full);
	return rc;
}
