#include "ops/records.h"

#include <string.h>

#include "dns/record.h"
#include "error.h"
#include "gandi/livedns.h"

#define V(l) ((const char *const *)(l)->v)

int record_add(struct ctx *ctx, const struct rrkey *k, const struct strlist *values, long ttl,
	       struct strlist *added, long *ttl_out)
{
	struct rrset cur;
	struct strlist add = {0};
	bool found = false, exists = false;
	int rc = rrset_get(ctx, k->zone, k->name, k->type, &cur, &found, NULL);
	if (rc)
		goto out;
	for (size_t i = 0; i < values->n; i++)
		if (!found || !values_contain(k->type, (const char *const *)cur.values, cur.nvalues,
					      values->v[i]))
			strlist_add(&add, values->v[i]);
	if (found) {
		bool ttl_change = ttl && ttl != cur.ttl;
		if (add.n > 0 || ttl_change)
			rc = rrset_patch_add(ctx, k->zone, k->name, k->type, V(&add), add.n,
					     ttl_change ? ttl : 0);
		*ttl_out = ttl ? ttl : (long)cur.ttl;
		goto out;
	}
	*ttl_out = ttl = ttl ? ttl : TTL_ADD_DEFAULT;
	rc = rrset_post(ctx, k->zone, k->name, k->type, ttl, V(&add), add.n, &exists);
	const struct api_fault *f = rc ? error_fault(ctx) : NULL;
	if (exists || (f && f->maybe_applied)) {
		/*
		 * Created meanwhile by another writer, or the answer was lost: the
		 * POST is not sent again. PATCH adds the values and can be repeated.
		 */
		error_clear(&ctx->err);
		rc = rrset_patch_add(ctx, k->zone, k->name, k->type, V(&add), add.n,
				     exists ? 0 : ttl);
	}
out:
	if (!rc)
		for (size_t i = 0; i < add.n; i++)
			strlist_add(added, add.v[i]);
	strlist_free(&add);
	rrset_free(&cur);
	return rc;
}

int record_remove(struct ctx *ctx, const struct rrkey *k, const struct strlist *values,
		  struct strlist *removed, bool *found)
{
	struct rrset cur;
	struct strlist remove = {0};
	long left = -1;
	int rc = rrset_get(ctx, k->zone, k->name, k->type, &cur, found, NULL);
	if (rc)
		goto out;
	for (size_t i = 0; *found && i < cur.nvalues; i++)
		if (values_contain(k->type, V(values), values->n, cur.values[i]))
			strlist_add(&remove, cur.values[i]); /* the stored spelling, which Gandi matches */
	if (remove.n == 0)
		goto out;
	rc = rrset_patch_remove(ctx, k->zone, k->name, k->type, V(&remove), remove.n, &left);
	if (!rc && left == 0) /* a server that keeps an emptied RRset: delete it */
		rc = rrset_delete(ctx, k->zone, k->name, k->type, true);
out:
	if (!rc)
		for (size_t i = 0; i < remove.n; i++)
			strlist_add(removed, remove.v[i]);
	strlist_free(&remove);
	rrset_free(&cur);
	return rc;
}
