#include "dns/rrkey.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cmd.h"
#include "dns/record.h"
#include "dns/value.h"
#include "error.h"
#include "xalloc.h"

int rrkey_parse(struct ctx *ctx, const char *domain, const char *type, const char *name,
		struct rrkey *k)
{
	int rc;
	memset(k, 0, sizeof(*k));
	rc = domain_check(ctx, domain, &k->zone);
	if (!rc && type && (rc = rrtype_check(ctx, type, &k->type)) && name && dnsv_type(name) &&
	    ctx->cmd) {
		/* NAME before TYPE ("www A"): say the order, with this very command */
		error_detail(ctx, "hint: the type comes before the name: gandi %s %s %s %s%s\n",
			     cmd_name(ctx->cmd), domain, dnsv_type(name), type,
			     strstr(ctx->cmd->args, "VALUE") ? " VALUE..." : "");
	}
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

int rrkey_writable(struct ctx *ctx, const struct rrkey *k)
{
	if (strcmp(k->type, "SOA") != 0)
		return 0;
	int rc = usage_error(ctx, "the SOA of %s is LiveDNS's: gandi does not write it", k->zone);
	error_detail(ctx, "hint: LiveDNS writes the SOA of every zone itself (its serial follows "
			  "each change); 'gandi dns export %s' shows it, first\n", k->zone);
	return rc;
}

bool rrkey_apex_ns(const struct rrkey *k)
{
	return k->type && k->name && strcmp(k->type, "NS") == 0 && strcmp(k->name, "@") == 0;
}

void rrvalues_add(struct rrvalues *l, const struct dnsv *v)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->api = xrealloc(l->api, (l->cap + 1) * sizeof(*l->api));
	dnsv_copy(&l->v[l->n], v);
	l->n++;
	for (size_t i = 0; i < l->n; i++) /* v may have moved */
		l->api[i] = l->v[i].api;
	l->api[l->n] = NULL;
}

void rrvalues_free(struct rrvalues *l)
{
	for (size_t i = 0; i < l->n; i++)
		dnsv_free(&l->v[i]);
	free(l->v);
	free(l->api);
	memset(l, 0, sizeof(*l));
}

/* A value error as a usage error (exit 2): the message, then its hint. */
static int value_error(struct ctx *ctx, const struct dnsv_error *err)
{
	int rc = usage_error(ctx, "%s", err->msg);
	if (err->hint[0])
		error_detail(ctx, "hint: %s\n", err->hint);
	return rc;
}

int values_parse(struct ctx *ctx, const struct rrkey *k, int argc, char *const *argv,
		 struct rrvalues *out)
{
	struct dnsv *v = NULL;
	struct dnsv_error err;
	size_t n = 0;
	if (dnsv_parse_args(k->type, argc, argv, k->zone, &v, &n, &err) != 0)
		return value_error(ctx, &err);
	for (size_t i = 0; i < n; i++) {
		if (v[i].warning)
			warn(ctx, "%s", v[i].warning);
		if (dnsv_find(out->v, out->n, &v[i]) == out->n)
			rrvalues_add(out, &v[i]);
		dnsv_free(&v[i]);
	}
	free(v);
	return 0;
}

int value_check(struct ctx *ctx, const char *type, const char *zone, const char *text,
		struct dnsv *out)
{
	struct dnsv_error err;
	if (dnsv_parse(type, text, DNSV_USER, zone, out, &err) != 0)
		return value_error(ctx, &err);
	if (out->warning)
		warn(ctx, "%s", out->warning);
	return 0;
}

int ttl_check(struct ctx *ctx, const char *text, long *ttl)
{
	struct dnsv_error err;
	return dnsv_ttl(text, ttl, &err) == 0 ? 0 : value_error(ctx, &err);
}

void values_stored(const char *zone, const struct rrset *r, struct rrvalues *out)
{
	for (size_t i = 0; i < r->nvalues; i++) {
		struct dnsv v;
		dnsv_stored(r->type, r->values[i], zone, &v);
		rrvalues_add(out, &v);
		dnsv_free(&v);
	}
}

char *values_text(const struct rrvalues *l)
{
	return dnsv_list(l->v, l->n);
}
