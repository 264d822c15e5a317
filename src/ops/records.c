#include "ops/records.h"

#include <stdlib.h>
#include <string.h>

#include "dns/value.h"
#include "error.h"
#include "gandi/livedns.h"
#include "ops/recheck.h"
#include "xalloc.h"

/* What a write of k asked for, to compare the RRset read again with. */
struct asked {
	const struct rrkey *k;
	const struct rrvalues *values; /* to be there (add, set) or gone (remove); NULL: none */
	long long ttl;                 /* the TTL asked for; 0: any */
	enum { ASKED_ADDED, ASKED_REMOVED, ASKED_SET, ASKED_GONE } what;
};

static enum recheck_state rrset_holds(struct ctx *ctx, void *arg)
{
	const struct asked *a = arg;
	struct rrset cur;
	struct rrvalues have = {0};
	bool found = false, holds = true;
	size_t n = a->values ? a->values->n : 0;
	if (rrset_get(ctx, a->k->zone, a->k->name, a->k->type, &cur, &found, NULL))
		return SEEN_UNREADABLE;
	if (found)
		values_stored(a->k->zone, &cur, &have);
	switch (a->what) {
	case ASKED_GONE:
		holds = !found;
		break;
	case ASKED_SET:
		holds = found && cur.ttl == a->ttl &&
			dnsv_same_set(have.v, have.n, a->values->v, a->values->n);
		break;
	case ASKED_ADDED:
		holds = found && (!a->ttl || cur.ttl == a->ttl);
		for (size_t i = 0; holds && i < n; i++)
			holds = dnsv_find(have.v, have.n, &a->values->v[i]) < have.n;
		break;
	case ASKED_REMOVED:
		for (size_t i = 0; found && holds && i < n; i++)
			holds = dnsv_find(have.v, have.n, &a->values->v[i]) == have.n;
		break;
	}
	rrvalues_free(&have);
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
	struct asked asked = {.k = k, .values = &add, .what = ASKED_ADDED};
	if (out->found) {
		bool ttl_change = ttl && ttl != cur.ttl;
		asked.ttl = ttl_change ? ttl : 0;
		if (add.n > 0 || ttl_change)
			rc = rrset_patch_add(ctx, k->zone, k->name, k->type, add.api, add.n,
					     ttl_change ? ttl : 0);
		rc = recheck_rrset(ctx, rc, &asked);
		out->ttl = ttl ? ttl : cur.ttl;
		out->changed = !rc && (add.n > 0 || ttl_change);
		goto out;
	}
	out->ttl = ttl = ttl ? ttl : RECORD_ADD_TTL;
	rc = rrset_post(ctx, k->zone, k->name, k->type, ttl, add.api, add.n, &exists);
	if (exists) {
		/* created meanwhile by another writer: PATCH adds the values and keeps theirs */
		error_clear(&ctx->err);
		rc = rrset_patch_add(ctx, k->zone, k->name, k->type, add.api, add.n, 0);
	} else if (rc && write_maybe_applied(ctx)) {
		/*
		 * The answer was lost: the POST is not sent again. PATCH adds the
		 * values and can be repeated; if it fails too, the POST's failure is
		 * the story, and the RRset read again tells what holds.
		 */
		struct error held;
		error_hold(ctx, &held);
		rc = rrset_patch_add(ctx, k->zone, k->name, k->type, add.api, add.n, ttl);
		if (rc && !write_maybe_applied(ctx))
			rc = error_resume(ctx, &held);
		else
			error_clear(&held);
		asked.ttl = ttl;
	}
	rc = recheck_rrset(ctx, rc, &asked);
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
	struct asked asked = {.k = k, .values = &remove, .what = ASKED_REMOVED};
	rc = rrset_patch_remove(ctx, k->zone, k->name, k->type, remove.api, remove.n, &left);
	rc = recheck_rrset(ctx, rc, &asked);
	if (!rc && left == 0) { /* a server that keeps an emptied RRset: delete it */
		asked.what = ASKED_GONE;
		rc = rrset_delete(ctx, k->zone, k->name, k->type, true);
		rc = recheck_rrset(ctx, rc, &asked);
	}
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

int record_set(struct ctx *ctx, const struct rrkey *k, long ttl, const struct rrvalues *values)
{
	struct asked asked = {.k = k, .values = values, .ttl = ttl, .what = ASKED_SET};
	int rc = rrset_put(ctx, k->zone, k->name, k->type, ttl, values->api, values->n);
	return recheck_rrset(ctx, rc, &asked);
}

int record_delete(struct ctx *ctx, const struct rrkey *k)
{
	struct asked asked = {.k = k, .what = ASKED_GONE};
	int rc = rrset_delete(ctx, k->zone, k->name, k->type, false);
	return recheck_rrset(ctx, rc, &asked);
}
