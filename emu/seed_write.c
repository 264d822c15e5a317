/*
 * Writing a store in the seed format (absolute dates), streamed one element
 * at a time so that memory does not grow with the state.
 */
#include "seed.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "util.h"

json_t *seed_record_json(const struct rrset *rr)
{
	return json_pack("{s:s, s:s, s:I, s:o}", "rrset_name", rr->name, "rrset_type", rr->type,
			 "rrset_ttl", (json_int_t)rr->ttl, "rrset_values", jstrv(rr->val, rr->nval));
}

/* Write j compactly, then sep. */
static void put_json(FILE *f, json_t *j, const char *sep)
{
	json_dumpf(j, f, JSON_COMPACT);
	fputs(sep, f);
	json_decref(j);
}

/* A list of records, one per line. */
static void put_records(FILE *f, struct rrset *const *rr, size_t n)
{
	fputs("[", f);
	for (size_t i = 0; i < n; i++)
		put_json(f, seed_record_json(rr[i]), i + 1 < n ? ",\n   " : "");
	fputs("]", f);
}

json_t *seed_domain_json(const struct domain *d)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:O, s:O}", "fqdn", d->fqdn, "id", d->id,
			      "organization", d->org->id, "owner", d->owner, "status", d->status,
			      "tags", d->tags);
	if (d->contacts)
		json_object_set(o, "contacts", d->contacts);
	json_object_set_new(o, "dates",
			    json_pack("{s:o, s:o, s:o, s:o}", "created_at", jtime(d->created_at),
				      "registry_created_at", jtime(d->registry_created_at),
				      "registry_ends_at", jtime(d->registry_ends_at), "updated_at",
				      jtime(d->updated_at)));
	json_object_set_new(o, "autorenew", json_boolean(d->autorenew));
	json_object_set_new(o, "autorenew_duration", json_integer(d->autorenew_duration));
	json_object_set_new(o, "nameserver", json_string(d->ns_current));
	json_object_set_new(o, "nameservers", jstrv(d->ns, d->nns));
	json_object_set_new(o, "authinfo", json_string(d->authinfo));
	json_t *wrs = json_array();
	for (size_t i = 0; i < d->nwr; i++) {
		const struct webredir *w = d->wr[i];
		json_t *wo = json_pack("{s:s, s:s, s:s, s:s}", "host", w->host, "type", w->type,
				       "url", w->url, "protocol", w->protocol);
		if (w->cert_uuid)
			json_object_set_new(wo, "cert_uuid", json_string(w->cert_uuid));
		json_object_set_new(wo, "created_at", jtime(w->created_at));
		json_object_set_new(wo, "updated_at", jtime(w->updated_at));
		json_array_append_new(wrs, wo);
	}
	json_object_set_new(o, "webredirs", wrs);
	json_object_set_new(o, "can_tld_lock", json_boolean(d->can_tld_lock));
	json_t *hosts = json_array();
	for (size_t i = 0; i < d->nhosts; i++)
		json_array_append_new(hosts, json_pack("{s:s, s:o}", "name", d->hosts[i]->name, "ips",
						       jstrv(d->hosts[i]->ips, d->hosts[i]->nips)));
	json_object_set_new(o, "hosts", hosts);
	json_t *keys = json_array();
	for (size_t i = 0; i < d->ndnskeys; i++) {
		const struct dnskey *k = d->dnskeys[i];
		json_array_append_new(keys, json_pack("{s:I, s:i, s:s, s:s}", "id", (json_int_t)k->id,
						      "algorithm", k->algorithm, "type",
						      k->flags == 257   ? "ksk"
						      : k->flags == 256 ? "zsk"
									: "none",
						      "public_key", k->public_key));
	}
	json_object_set_new(o, "dnskeys", keys);
	json_t *ds = json_pack("{s:s, s:o}", "state", dnssec_state_names[d->dnssec], "since",
			       jtime(d->dnssec_since));
	if (d->dnssec_error)
		json_object_set_new(ds, "error", json_string(d->dnssec_error));
	json_object_set_new(o, "dnssec", ds);
	json_object_set_new(o, "livedns", d->zone ? seed_zone_meta_json(d->zone) : json_null());
	return o;
}

json_t *seed_zone_meta_json(const struct zone *z)
{
	json_t *keys = json_array();
	for (size_t i = 0; i < z->nkeys; i++) {
		const struct lkey *k = z->keys[i];
		char *pub = base64_encode(k->pub, sizeof k->pub);
		json_t *o = json_pack("{s:s, s:i, s:s}", "id", k->id, "flags", k->flags, "public_key",
				      pub);
		if (k->has_priv) {
			char *priv = base64_encode(k->priv, sizeof k->priv);
			json_object_set_new(o, "private_key", json_string(priv));
			wipe(priv, strlen(priv));
			free(priv);
		}
		json_object_set_new(o, "deleted", json_boolean(k->deleted));
		json_object_set_new(o, "created_at", jtime(k->created_at));
		json_array_append_new(keys, o);
		free(pub);
	}
	json_t *tsig = json_array();
	for (size_t i = 0; i < z->ntsig; i++)
		json_array_append_new(tsig, json_string(z->tsig[i]->id));
	return json_pack("{s:b, s:o, s:o, s:{s:o, s:o}}", "automatic_snapshots",
			 z->automatic_snapshots, "updated_at", jtime(z->updated_at), "keys", keys,
			 "axfr", "slaves", jstrv(z->slaves, z->nslaves), "tsig", tsig);
}

json_t *seed_tsig_json(const struct tsig *k)
{
	return json_pack("{s:s, s:s, s:s, s:o}", "id", k->id, "secret", k->secret,
			 "organization", k->org->id, "created_at", jtime(k->created_at));
}

json_t *seed_snapshot_json(const struct snapshot *s)
{
	return json_pack("{s:s, s:s, s:o, s:b}", "id", s->id, "name", s->name, "created_at",
			 jtime(s->created_at), "automatic", s->automatic);
}

/* Text of j without its final '}', to go on with more members. */
static char *open_object(json_t *j)
{
	char *text = json_dumps(j, JSON_COMPACT);
	text[strlen(text) - 1] = '\0';
	return text;
}

/* The "livedns" member of a domain, streamed record by record. */
static void put_zone(FILE *f, const struct zone *z)
{
	json_t *meta = seed_zone_meta_json(z);
	char *head = open_object(meta);
	fprintf(f, ",\n  \"livedns\": %s,\n   \"records\": ", head);
	free(head);
	json_decref(meta);
	put_records(f, z->rr, z->n);
	fputs(",\n   \"snapshots\": [", f);
	for (size_t i = 0; i < z->nsnap; i++) {
		const struct snapshot *s = z->snap[i];
		json_t *sj = seed_snapshot_json(s);
		char *text = json_dumps(sj, JSON_COMPACT);
		/* the object without its final '}', then its zone_data */
		fprintf(f, "%s\n    %.*s, \"zone_data\": ", i ? "," : "", (int)strlen(text) - 1,
			text);
		put_records(f, s->rr, s->n);
		fputs("}", f);
		free(text);
		json_decref(sj);
	}
	fputs("]}", f);
}

json_t *seed_token_json(const struct token *t)
{
	json_t *scopes = json_array();
	for (unsigned b = 0; b < 4; b++)
		if (t->scopes & (1u << b))
			json_array_append_new(scopes, json_string(scope_names[b]));
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:o}", "id", t->id, "name", t->name, "secret",
			      t->secret, "kind", t->apikey ? "apikey" : "pat", "scopes", scopes);
	json_object_set_new(o, "domains",
			    t->all_domains ? json_string("all") : jstrv(t->domains, t->ndomains));
	json_object_set_new(o, "organization", t->org ? json_string(t->org->id) : json_null());
	json_object_set_new(o, "user", json_string(t->user->id));
	json_object_set_new(o, "created_at", jtime(t->created_at));
	json_object_set_new(o, "expires_at", t->expires_at ? jtime(t->expires_at) : json_null());
	return o;
}

int store_write(const struct store *st, unsigned long long generation, FILE *f)
{
	if (generation)
		fprintf(f, "{\"generation\": %llu,\n\"organizations\": [\n  ", generation);
	else
		fputs("{\"organizations\": [\n  ", f);
	for (size_t i = 0; i < st->norgs; i++)
		put_json(f, json_incref(st->orgs[i]->obj), i + 1 < st->norgs ? ",\n  " : "");
	fputs("],\n\"users\": [\n  ", f);
	for (size_t i = 0; i < st->nusers; i++) {
		json_t *u = json_deep_copy(st->users[i]->obj);
		json_t *uo = json_array();
		for (size_t k = 0; k < st->users[i]->norgs; k++)
			json_array_append_new(uo, json_string(st->users[i]->orgs[k]->id));
		json_object_set_new(u, "organizations", uo);
		put_json(f, u, i + 1 < st->nusers ? ",\n  " : "");
	}
	fputs("],\n\"tokens\": [\n  ", f);
	for (size_t i = 0; i < st->ntokens; i++)
		put_json(f, seed_token_json(st->tokens[i]), i + 1 < st->ntokens ? ",\n  " : "");
	fputs("],\n\"tsig_keys\": [\n  ", f);
	for (size_t i = 0; i < st->ntsigs; i++)
		put_json(f, seed_tsig_json(st->tsigs[i]), i + 1 < st->ntsigs ? ",\n  " : "");
	fputs("],\n\"domains\": [\n ", f);
	for (size_t i = 0; i < st->ndomains; i++) {
		const struct domain *d = st->domains[i];
		json_t *o = seed_domain_json(d);
		json_object_del(o, "livedns");
		char *text = open_object(o);
		fprintf(f, "%s%s", i ? ",\n " : "", text);
		if (d->zone)
			put_zone(f, d->zone);
		fputs("}", f);
		free(text);
		json_decref(o);
	}
	fputs("]}\n", f);
	return ferror(f) ? -1 : 0;
}
