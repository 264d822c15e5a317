#include "ops/records.h"

#include <stdlib.h>
#include <string.h>

#include "dns/record.h"
#include "error.h"
#include "gandi/livedns.h"
#include "ops/recheck.h"
#include "xalloc.h"

#define V(l) ((const char *const *)(l)->v)

/* What a write of k asked for, to compare the RRset read again with. */
struct asked {
	const struct rrkey *k;
	const char *const *values; /* to be there (add, set) or gone (remove) */
	size_t n;
	long ttl;                  /* the TTL asked for; 0: any */
	enum { ASKED_ADDED, ASKED_REMOVED, ASKED_SET, ASKED_GONE } what;
};

static enum recheck_state rrset_holds(struct ctx *ctx, void *arg)
{
	const struct asked *a = arg;
	struct rrset cur;
	bool found = false, holds = true;
	if (rrset_get(ctx, a->k->zone, a->k->name, a->k->type, &cur, &found, NULL))
		return SEEN_UNREADABLE;
	const char *const *have = (const char *const *)cur.values;
	switch (a->what) {
	case ASKED_GONE:
		holds = !found;
		break;
	case ASKED_SET:
		holds = found && cur.ttl == a->ttl &&
			values_same(a->k->type, have, cur.nvalues, a->values, a->n);
		break;
	case ASKED_ADDED:
		holds = found && (!a->ttl || cur.ttl == a->ttl);
		for (size_t i = 0; holds && i < a->n; i++)
			holds = values_contain(a->k->type, have, cur.nvalues, a->values[i]);
		break;
	case ASKED_REMOVED:
		for (size_t i = 0; found && holds && i < a->n; i++)
			holds = !values_contain(a->k->type, have, cur.nvalues, a->values[i]);
		break;
	}
	rrset_free(&cur);
	return holds ? SEEN_HELD : SEEN_NOT_HELD;
}

/* A name as a shell word: quoted when it holds anything but plain characters. */
static char *shell_name(const char *name)
{
	for (const char *p = name; *p; p++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@",
			    *p))
			return xasprintf("'%s'", name);
	return xstrdup(name);
}

/* write_recheck() for a write of k that asked for a. */
static int recheck_rrset(struct ctx *ctx, int rc, const struct asked *a)
{
	if (!rc || !write_maybe_applied(ctx))
		return rc;
	char *name = shell_name(a->k->name);
	char *check = xasprintf("gandi dns get %s %s %s", a->k->zone, a->k->type, name);
	rc = write_recheck(ctx, rc, a->k->subject, check, rrset_holds, (void *)a);
	free(check);
	free(name);
	return rc;
}

int record_add(struct ctx *ctx, const struct rrkey *k, const struct strlist *values, long ttl,
	       struct strlist *added, long *ttl_out)
{
	struct rrset cur;
	struct strlist add = {0};
	struct asked asked = {.k = k, .what = ASKED_ADDED};
	bool found = false, exists = false;
	int rc = rrset_get(ctx, k->zone, k->name, k->type, &cur, &found, NULL);
	if (rc)
		goto out;
	for (size_t i = 0; i < values->n; i++)
		if (!found || !values_contain(k->type, (const char *const *)cur.values, cur.nvalues,
					      values->v[i]))
			strlist_add(&add, values->v[i]);
	asked.values = V(&add);
	asked.n = add.n;
	if (found) {
		bool ttl_change = ttl && ttl != cur.ttl;
		asked.ttl = ttl_change ? ttl : 0;
		if (add.n > 0 || ttl_change)
			rc = rrset_patch_add(ctx, k->zone, k->name, k->type, V(&add), add.n,
					     ttl_change ? ttl : 0);
		*ttl_out = ttl ? ttl : (long)cur.ttl;
		rc = recheck_rrset(ctx, rc, &asked);
		goto out;
	}
	*ttl_out = ttl = ttl ? ttl : TTL_DEFAULT;
	rc = rrset_post(ctx, k->zone, k->name, k->type, ttl, V(&add), add.n, &exists);
	if (exists) {
		/* created meanwhile by another writer: PATCH adds the values and keeps theirs */
		error_clear(&ctx->err);
		rc = rrset_patch_add(ctx, k->zone, k->name, k->type, V(&add), add.n, 0);
	} else if (rc && write_maybe_applied(ctx)) {
		/*
		 * The answer was lost: the POST is not sent again. PATCH adds the
		 * values and can be repeated; if it fails too, the POST's failure is
		 * the story, and the RRset read again tells what holds.
		 */
		struct error held;
		error_hold(ctx, &held);
		rc = rrset_patch_add(ctx, k->zone, k->name, k->type, V(&add), add.n, ttl);
		if (rc && !write_maybe_applied(ctx))
			rc = error_resume(ctx, &held);
		else
			error_clear(&held);
		asked.ttl = ttl;
	}
	rc = recheck_rrset(ctx, rc, &asked);
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
	struct asked asked = {.k = k, .values = V(&remove), .n = remove.n, .what = ASKED_REMOVED};
	rc = rrset_patch_remove(ctx, k->zone, k->name, k->type, V(&remove), remove.n, &left);
	rc = recheck_rrset(ctx, rc, &asked);
	if (!rc && left == 0) { /* a server that keeps an emptied RRset: delete it */
		asked.what = ASKED_GONE;
		rc = rrset_delete(ctx, k->zone, k->name, k->type, true);
		rc = recheck_rrset(ctx, rc, &asked);
	}
out:
	if (!rc)
		for (size_t i = 0; i < remove.n; i++)
			strlist_add(removed, remove.v[i]);
	strlist_free(&remove);
	rrset_free(&cur);
	return rc;
}

int record_set(struct ctx *ctx, const struct rrkey *k, long ttl, const char *const *values,
	       size_t n)
{
	struct asked asked = {.k = k, .values = values, .n = n, .ttl = ttl, .what = ASKED_SET};
	int rc = rrset_put(ctx, k->zone, k->name, k->type, ttl, values, n);
	return recheck_rrset(ctx, rc, &asked);
}

int record_delete(struct ctx *ctx, const struct rrkey *k)
{
	struct asked asked = {.k = k, .what = ASKED_GONE};
	int rc = rrset_delete(ctx, k->zone, k->name, k->type, false);
	return recheck_rrset(ctx, rc, &asked);
}
