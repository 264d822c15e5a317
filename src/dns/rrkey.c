#include "dns/rrkey.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dns/record.h"
#include "error.h"
#include "xalloc.h"

int rrkey_parse(struct ctx *ctx, const char *domain, const char *type, const char *name,
		struct rrkey *k)
{
	int rc;
	memset(k, 0, sizeof(*k));
	rc = domain_check(ctx, domain, &k->zone);
	if (!rc && type)
		rc = rrtype_check(ctx, type, &k->type);
	if (!rc && name)
		rc = record_name(ctx, k->zone, name, &k->name);
	if (rc) {
		rrkey_free(k);
		return rc;
	}
	if (k->type && k->name)
		k->subject = xasprintf("the %s record %s in %s", k->type, k->name, k->zone);
	else
		k->subject = xasprintf("domain '%s'", k->zone);
	return 0;
}

void rrkey_free(struct rrkey *k)
{
	free(k->zone);
	free(k->name);
	free(k->subject);
	memset(k, 0, sizeof(*k));
}

int values_parse(struct ctx *ctx, const struct rrkey *k, int argc, char **argv,
		 struct strlist *values)
{
	for (int i = 0; i < argc; i++) {
		char *api = NULL;
		int rc = record_value(ctx, k->type, argv[i], &api);
		if (rc)
			return rc;
		if (!values_contain(k->type, (const char *const *)values->v, values->n, api))
			strlist_add(values, api);
		free(api);
	}
	return 0;
}

bool values_contain(const char *type, const char *const *values, size_t n, const char *value)
{
	for (size_t i = 0; i < n; i++)
		if (value_equal(type, values[i], value))
			return true;
	return false;
}

bool values_same(const char *type, const char *const *a, size_t na, const char *const *b,
		 size_t nb)
{
	for (size_t i = 0; i < nb; i++)
		if (!values_contain(type, a, na, b[i]))
			return false;
	for (size_t i = 0; i < na; i++)
		if (!values_contain(type, b, nb, a[i]))
			return false;
	return true;
}

char *values_text(const char *type, const char *const *values, size_t n)
{
	struct buf b = {0};
	for (size_t i = 0; i < n; i++) {
		char *shown = value_display(type, values[i]);
		buf_printf(&b, "%s%s", i ? ", " : "", shown);
		free(shown);
	}
	buf_addc(&b, '\0');
	b.len--;
	return buf_detach(&b);
}
