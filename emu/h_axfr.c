/*
 * Zone transfers to secondaries (gandi-api.md §11.6): an organization's TSIG
 * keys (/v5/livedns/axfr/tsig) with configuration samples, and for each zone
 * the secondaries allowed to transfer it and the keys they use
 * (/v5/livedns/domains/{fqdn}/axfr/slaves and .../axfr/tsig).
 */
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "records.h"

static const char *const softwares[] = {"bind", "knot", "nsd", "powerdns"};

static char *key_name(const struct tsig *k)
{
	return xasprintf("%s.gandi.net", k->id);
}

static json_t *tsig_json(const struct req *rq, const struct tsig *k, bool secret, bool samples)
{
	char *name = key_name(k);
	char *h = href(rq, "/v5/livedns/axfr/tsig/%s", k->id);
	json_t *o = json_pack("{s:s, s:s, s:s}", "href", h, "id", k->id, "key_name", name);
	if (secret)
		json_object_set_new(o, "secret", json_string(k->secret));
	if (samples) {
		json_t *s = json_object();
		for (size_t i = 0; i < 4; i++) {
			char *u = href(rq, "/v5/livedns/axfr/tsig/%s/config/%s", k->id, softwares[i]);
			json_object_set_new(s, softwares[i], json_string(u));
			free(u);
		}
		json_object_set_new(o, "config_samples", s);
	}
	free(h);
	free(name);
	return o;
}

static void tsig_not_found(struct resp *rs, const char *id)
{
	struct buf b = {0};
	buf_printf(&b, "Can't find the TSIG key %s", id);
	resp_error(rs, 404, "tsig-key", buf_str(&b));
	buf_free(&b);
}

/* The key of the path that the caller may see, or NULL after a 404. */
static struct tsig *path_tsig(struct req *rq, struct resp *rs, const char *id)
{
	struct tsig *k = store_tsig(rq->emu->store, id);
	if (!k || !token_sees_org(rq->tok, k->org)) {
		tsig_not_found(rs, id);
		return NULL;
	}
	return k;
}

void h_tsig_list(struct req *rq, struct resp *rs)
{
	const struct store *st = rq->emu->store;
	const struct org *sharing = NULL;
	if (sharing_filter(rq, rs, &sharing) < 0)
		return;
	json_t *a = json_array();
	for (size_t i = 0; i < st->ntsigs; i++) {
		const struct tsig *k = st->tsigs[i];
		if (token_sees_org(rq->tok, k->org) && (!sharing || k->org == sharing))
			json_array_append_new(a, tsig_json(rq, k, true, false));
	}
	resp_json(rs, 200, a);
}

/* A new TSIG secret: 16 letters and digits, which is also valid base64
 * (what every server's configuration expects). */
static char *new_secret(void)
{
	static const char set[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	unsigned char r[16];
	char *s = xmalloc(17);
	random_bytes(r, sizeof r);
	for (int i = 0; i < 16; i++)
		s[i] = set[r[i] % (sizeof set - 1)];
	s[16] = '\0';
	wipe(r, sizeof r);
	return s;
}

void h_tsig_create(struct req *rq, struct resp *rs)
{
	struct store *st = rq->emu->store;
	const struct org *sharing = NULL;
	if (sharing_filter(rq, rs, &sharing) < 0)
		return;
	struct org *org = rq->tok->org ? rq->tok->org : rq->tok->user->orgs[0];
	if (sharing) {
		if (!token_sees_org(rq->tok, sharing)) {
			verr(rs, "querystring", "sharing_id",
			     "'%s' is not the id of an organization you can use", sharing->id);
			verr_done(rs);
			return;
		}
		org = store_org(st, sharing->id);
	}
	char id[37];
	gen_uuid(id);
	struct tsig *k = xcalloc(1, sizeof *k);
	k->id = xstrdup(id);
	k->secret = new_secret();
	k->org = org;
	k->created_at = rq->now;
	store_add_tsig(st, k);
	rs->dirty = true;
	char *loc = href(rq, "/v5/livedns/axfr/tsig/%s", k->id);
	resp_header(rs, "location", loc);
	free(loc);
	resp_json(rs, 201, tsig_json(rq, k, false, false));
}

void h_tsig_get(struct req *rq, struct resp *rs)
{
	struct tsig *k = path_tsig(rq, rs, rq->arg[0]);
	if (k)
		resp_json(rs, 200, tsig_json(rq, k, true, true));
}

/* The key's definition in each server's configuration syntax (gandi-emu
 * serves no zone transfer, so the samples name no primary). */
void h_tsig_config(struct req *rq, struct resp *rs)
{
	struct tsig *k = path_tsig(rq, rs, rq->arg[0]);
	const char *sw = rq->arg[1];
	if (!k)
		return;
	char *name = key_name(k);
	struct buf b = {0};
	if (strcmp(sw, "bind") == 0)
		buf_printf(&b, "key \"%s\" {\n\talgorithm hmac-sha256;\n\tsecret \"%s\";\n};\n", name,
			   k->secret);
	else if (strcmp(sw, "knot") == 0)
		buf_printf(&b, "key:\n  - id: %s\n    algorithm: hmac-sha256\n    secret: %s\n", name,
			   k->secret);
	else if (strcmp(sw, "nsd") == 0)
		buf_printf(&b, "key:\n\tname: \"%s\"\n\talgorithm: hmac-sha256\n\tsecret: \"%s\"\n",
			   name, k->secret);
	else if (strcmp(sw, "powerdns") == 0)
		buf_printf(&b, "pdnsutil import-tsig-key %s hmac-sha256 %s\n", name, k->secret);
	if (b.len) {
		resp_json(rs, 200, json_string(buf_str(&b)));
	} else {
		verr(rs, "path", "software", "'%s' is not one of bind, knot, nsd, powerdns", sw);
		verr_done(rs);
	}
	buf_wipe(&b);
	buf_free(&b);
	free(name);
}

/* ---- a zone's secondaries and their keys ----------------------------------------- */

void h_zone_tsig_list(struct req *rq, struct resp *rs)
{
	const struct zone *z = rq->dom->zone;
	json_t *a = json_array();
	for (size_t i = 0; i < z->ntsig; i++) {
		char *name = key_name(z->tsig[i]);
		char *h = href(rq, "/v5/livedns/domains/%s/axfr/tsig/%s", rq->dom->fqdn,
			       z->tsig[i]->id);
		json_array_append_new(a, json_pack("{s:s, s:s, s:s}", "id", z->tsig[i]->id,
						   "key_name", name, "href", h));
		free(name);
		free(h);
	}
	resp_json(rs, 200, a);
}

static long zone_tsig_index(const struct zone *z, const char *id)
{
	for (size_t i = 0; i < z->ntsig; i++)
		if (strcmp(z->tsig[i]->id, id) == 0)
			return (long)i;
	return -1;
}

void h_zone_tsig_add(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	struct tsig *k = path_tsig(rq, rs, rq->arg[1]);
	if (!k)
		return;
	if (k->org != rq->dom->org) {
		tsig_not_found(rs, rq->arg[1]);
		return;
	}
	if (zone_tsig_index(z, k->id) < 0) {
		z->tsig = xrealloc(z->tsig, (z->ntsig + 1) * sizeof *z->tsig);
		z->tsig[z->ntsig++] = k;
		rs->dirty = true;
	}
	char *loc = href(rq, "/v5/livedns/domains/%s/axfr/tsig/%s", rq->dom->fqdn, k->id);
	resp_header(rs, "location", loc);
	free(loc);
	resp_message(rs, 201, "TSIG Key Associated");
}

void h_zone_tsig_delete(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	long i = zone_tsig_index(z, rq->arg[1]);
	if (i < 0) {
		tsig_not_found(rs, rq->arg[1]);
		return;
	}
	memmove(z->tsig + i, z->tsig + i + 1, (z->ntsig - (size_t)i - 1) * sizeof *z->tsig);
	z->ntsig--;
	rs->dirty = true;
	resp_no_content(rs);
}

void h_slaves_list(struct req *rq, struct resp *rs)
{
	const struct zone *z = rq->dom->zone;
	json_t *a = json_array();
	for (size_t i = 0; i < z->nslaves; i++)
		json_array_append_new(a, json_string(z->slaves[i]));
	resp_json(rs, 200, a);
}

static long slave_index(const struct zone *z, const char *ip)
{
	for (size_t i = 0; i < z->nslaves; i++)
		if (ip_same(z->slaves[i], ip))
			return (long)i;
	return -1;
}

void h_slave_add(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	const char *ip = rq->arg[1];
	if (!ip_family(ip)) {
		verr(rs, "path", "ip", "'%s' is not an IPv4 or IPv6 address", ip);
		verr_done(rs);
		return;
	}
	if (slave_index(z, ip) < 0) {
		z->slaves = xrealloc(z->slaves, (z->nslaves + 1) * sizeof *z->slaves);
		z->slaves[z->nslaves++] = xstrdup(ip);
		rs->dirty = true;
	}
	resp_message(rs, 201, "Slave Created");
}

void h_slave_delete(struct req *rq, struct resp *rs)
{
	struct zone *z = rq->dom->zone;
	long i = slave_index(z, rq->arg[1]);
	if (i < 0) {
		struct buf b = {0};
		buf_printf(&b, "Can't find the secondary %s of the zone", rq->arg[1]);
		resp_error(rs, 404, "axfr-slave", buf_str(&b));
		buf_free(&b);
		return;
	}
	free(z->slaves[i]);
	memmove(z->slaves + i, z->slaves + i + 1, (z->nslaves - (size_t)i - 1) * sizeof *z->slaves);
	z->nslaves--;
	rs->dirty = true;
	resp_no_content(rs);
}
