#include "ops/records.h"

#include <string.h>

#include "dns/value.h"
#include "error.h"
#include "gandi/livedns.h"

void record_change_free(struct record_change *c)
{
	rrvalues_free(&c->values);
	memset(c, 0, sizeof(*c));
}

int record_add(struct ctx *ctx, const struct rrkey *k, const struct rrvalues *values, long ttl,
	       struct record_change *out)
{
	struct rrset cur;
	struct rrvalues have = {0}, add = {0};
	bool exists = false;
	memset(out, 0, sizeof(*out));
	int rc = rrset_get(ctx, k->zone, k->name, k->type, &cur, &out->found, NULL);
	if (rc)
		goto out;
	if (out->found)
		values_stored(k->zone, &cur, &have);
	for (size_t i = 0; i < values->n; i++)
		if (dnsv_find(have.v, have.n, &values->v[i]) == have.n)
			rrvalues_add(&add, &values->v[i]);
	if (out->found) {
		bool ttl_change = ttl && ttl != cur.ttl;
		if (add.n > 0 || ttl_change)
			rc = rrset_patch_add(ctx, k->zone, k->name, k->type, add.api, add.n,
					     ttl_change ? ttl : 0);
		out->ttl = ttl ? ttl : cur.ttl;
		out->changed = !rc && (add.n > 0 || ttl_change);
		goto out;
	}
	out->ttl = ttl = ttl ? ttl : RECORD_ADD_TTL;
	rc = rrset_post(ctx, k->zone, k->name, k->type, ttl, add.api, add.n, &exists);
	const struct api_fault *f = rc ? error_fault(ctx) : NULL;
	if (exists || (f && f->maybe_applied)) {
		/*
		 * Created meanwhile by another writer, or the answer was lost: the
		 * POST is not sent again. PATCH adds the values and can be repeated.
		 */
		error_clear(&ctx->err);
		rc = rrset_patch_add(ctx, k->zone, k->name, k->type, add.api, add.n,
				     exists ? 0 : ttl);
	}
	out->changed = !rc;
out:
	if (!rc) {
		out->values = add;
		memset(&add, 0, sizeof(add));
	}
	rrvalues_free(&add);
	rrvalues_free(&have);
	rrset_free(&cur);
	return rc;
}

int record_remove(struct ctx *ctx, const struct rrkey *k, const struct rrvalues *values,
		  struct record_change *out)
{
	struct rrset cur;
	struct rrvalues have = {0}, remove = {0};
	long left = -1;
	memset(out, 0, sizeof(*out));
	int rc = rrset_get(ctx, k->zone, k->name, k->type, &cur, &out->found, NULL);
	if (rc)
		goto out;
	if (out->found)
		values_stored(k->zone, &cur, &have);
	for (size_t i = 0; i < have.n; i++)
		if (dnsv_find(values->v, values->n, &have.v[i]) < values->n)
			rrvalues_add(&remove, &have.v[i]); /* the stored spelling, which Gandi matches */
	if (remove.n == 0)
		goto out;
	rc = rrset_patch_remove(ctx, k->zone, k->name, k->type, remove.api, remove.n, &left);
	if (!rc && left == 0) /* a server that keeps an emptied RRset: delete it */
		rc = rrset_delete(ctx, k->zone, k->name, k->type, true);
	out->changed = !rc;
out:
	if (!rc) {
		out->values = remove;
		memset(&remove, 0, sizeof(remove));
	}
	rrvalues_free(&remove);
	rrvalues_free(&have);
	rrset_free(&cur);
	return rc;
}
