#include "dns/sync.h"

#include "output/output.h"

static struct jv *change_json(const struct zd_change *c, enum write_state s)
{
	const struct zd_rrset *r = change_rrset(c);
	struct jv *o = jv_object();
	jv_set_str(o, "action", action_word(c->action));
	jv_set_str(o, "name", c->have ? c->have->name : r->name);
	jv_set_str(o, "type", r->type);
	jv_set_str(o, "status", state_word(s));
	if (c->action != ZD_REMOVE) {
		jv_set_int(o, "ttl", c->ttl);
		jv_set(o, "values", jv_strv(c->values, c->nvalues));
	}
	if (c->have) {
		jv_set_int(o, "old_ttl", c->have->ttl);
		jv_set(o, "old_values", jv_strv(c->have->values, c->have->nvalues));
	}
	jv_set(o, "added", jv_strv(c->added, c->nadded));
	jv_set(o, "removed", jv_strv(c->removed, c->nremoved));
	return o;
}

struct jv *sync_report(const struct sync_job *job, const struct zonediff *d,
		       const struct apply *a, const char *snap, bool in_sync)
{
	struct jv *changes = jv_array(), *left = jv_array(), *counts = jv_object();
	for (size_t i = 0; i < d->len; i++)
		jv_push(changes, change_json(&d->changes[i], a->states ? a->states[i]
								      : WRITE_PENDING));
	for (size_t i = 0; i < d->nleft; i++) {
		const struct zd_left *l = &d->left[i];
		struct jv *o = jv_object();
		jv_set_str(o, "name", l->rrset->name);
		jv_set_str(o, "type", l->rrset->type);
		jv_set_str(o, "reason", reason_word(l->reason));
		jv_set_bool(o, "live", l->live);
		jv_push(left, o);
	}
	jv_set_int(counts, "add", (long long)d->nadd);
	jv_set_int(counts, "change", (long long)d->nchange);
	jv_set_int(counts, "remove", (long long)d->nremove);
	jv_set_int(counts, "unchanged", (long long)d->nsame);
	jv_set_int(counts, "left", (long long)d->nleft);
	struct jv *o = jv_object();
	jv_set_str(o, "domain", job->zone);
	jv_set_bool(o, "dry_run", job->dry_run);
	jv_set_bool(o, "in_sync", in_sync);
	jv_set(o, "counts", counts);
	jv_set(o, "changes", changes);
	jv_set(o, "left", left);
	jv_set_str(o, "source", job->file);
	jv_set_str(o, "snapshot", snap);
	jv_set(o, "method", !a->states ? jv_null() : jv_str(a->whole ? "zone" : "rrsets"));
	jv_set_int(o, "requests", (long long)a->requests);
	if (job->has_skipped) {
		struct jv *skipped = jv_array();
		for (size_t i = 0; i < job->nskipped; i++) {
			const struct zone_skip *k = &job->skipped[i];
			struct jv *s = jv_object();
			jv_set_str(s, "where", k->where);
			jv_set_str(s, "name", k->name);
			jv_set_str(s, "type", k->type);
			jv_set_str(s, "reason", k->reason);
			jv_push(skipped, s);
		}
		jv_set(o, "skipped", skipped);
	}
	return o;
}
