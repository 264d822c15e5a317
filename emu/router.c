/*
 * Routing, authentication and authorisation: which handler answers a
 * request, whether the caller's token is valid, has the route's scope and
 * covers the domain it names.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "dnsview.h"
#include "handlers.h"
#include "journal.h"
#include "persist.h"

enum {
	NEED_ANY = 0x100,  /* any valid token */
	NEED_PAT = 0x200,  /* any valid personal access token */
	NEED_NONE = 0x400, /* the handler authenticates (tokeninfo) */
};

enum {
	R_DOMAIN = 1, /* the first capture is a domain the token must cover */
	R_ZONE = 2,   /* ... and that domain must have a LiveDNS zone */
	R_WRITE = 4,  /* the handler changes the store */
};

struct route {
	const char *method;
	const char *pattern; /* '*' matches one path segment */
	unsigned need;
	unsigned flags;
	handler_fn *fn;
};

#define DV SCOPE_DOMAIN_VIEW
#define DR SCOPE_DOMAIN_RENEW
#define DT SCOPE_DOMAIN_TECH
#define OV SCOPE_ORG_VIEW
#define ZN (R_DOMAIN | R_ZONE)
#define ZW (R_DOMAIN | R_ZONE | R_WRITE)

static const struct route routes[] = {
	{"GET", "/v5/domain/domains", DV, 0, h_domains_list},
	{"GET", "/v5/domain/domains/*", DV, R_DOMAIN, h_domain_get},
	{"GET", "/v5/domain/domains/*/renew", DR, R_DOMAIN, h_renew_info},
	{"POST", "/v5/domain/domains/*/renew", DR, R_DOMAIN | R_WRITE, h_renew},
	{"PATCH", "/v5/domain/domains/*/autorenew", DR, R_DOMAIN | R_WRITE, h_autorenew},
	{"GET", "/v5/domain/domains/*/nameservers", DV, R_DOMAIN, h_ns_get},
	{"PUT", "/v5/domain/domains/*/nameservers", DT, R_DOMAIN | R_WRITE, h_ns_put},
	{"GET", "/v5/domain/domains/*/livedns", DV, R_DOMAIN, h_domain_livedns_get},
	{"POST", "/v5/domain/domains/*/livedns", DT, R_DOMAIN | R_WRITE, h_domain_livedns_post},
	{"GET", "/v5/domain/check", NEED_ANY, 0, h_check},
	{"GET", "/v5/domain/domains/*/livedns/dnssec", DV, R_DOMAIN, h_dnssec_get},
	{"POST", "/v5/domain/domains/*/livedns/dnssec", DT, R_DOMAIN | R_WRITE, h_dnssec_enable},
	{"DELETE", "/v5/domain/domains/*/livedns/dnssec", DT, R_DOMAIN | R_WRITE, h_dnssec_disable},
	{"GET", "/v5/domain/domains/*/dnskeys", DV, R_DOMAIN, h_dnskeys_list},
	{"POST", "/v5/domain/domains/*/dnskeys", DT, R_DOMAIN | R_WRITE, h_dnskey_create},
	{"PUT", "/v5/domain/domains/*/dnskeys", DT, R_DOMAIN | R_WRITE, h_dnskeys_replace},
	{"DELETE", "/v5/domain/domains/*/dnskeys/*", DT, R_DOMAIN | R_WRITE, h_dnskey_delete},
	{"GET", "/v5/domain/domains/*/hosts", DV, R_DOMAIN, h_hosts_list},
	{"POST", "/v5/domain/domains/*/hosts", DT, R_DOMAIN | R_WRITE, h_host_create},
	{"GET", "/v5/domain/domains/*/hosts/*", DV, R_DOMAIN, h_host_get},
	{"PUT", "/v5/domain/domains/*/hosts/*", DT, R_DOMAIN | R_WRITE, h_host_put},
	{"DELETE", "/v5/domain/domains/*/hosts/*", DT, R_DOMAIN | R_WRITE, h_host_delete},
	{"PATCH", "/v5/domain/domains/*/status", DT, R_DOMAIN | R_WRITE, h_status_patch},
	{"PUT", "/v5/domain/domains/*/authinfo", DT, R_DOMAIN | R_WRITE, h_authinfo_reset},
	{"GET", "/v5/domain/domains/*/webredirs", DT, R_DOMAIN, h_webredirs_list},
	{"POST", "/v5/domain/domains/*/webredirs", DT, R_DOMAIN | R_WRITE, h_webredir_create},
	{"GET", "/v5/domain/domains/*/webredirs/*", DT, R_DOMAIN, h_webredir_get},
	{"PATCH", "/v5/domain/domains/*/webredirs/*", DT, R_DOMAIN | R_WRITE, h_webredir_patch},
	{"DELETE", "/v5/domain/domains/*/webredirs/*", DT, R_DOMAIN | R_WRITE, h_webredir_delete},
	{"GET", "/v5/livedns/domains", DT, 0, h_ld_domains_list},
	{"POST", "/v5/livedns/domains", DT, R_WRITE, h_ld_domain_create},
	{"GET", "/v5/livedns/domains/*", DT, ZN, h_ld_domain_get},
	{"PATCH", "/v5/livedns/domains/*", DT, ZW, h_ld_domain_patch},
	{"GET", "/v5/livedns/domains/*/nameservers", DT, ZN, h_ld_nameservers},
	{"GET", "/v5/livedns/dns/rrtypes", DT, 0, h_ld_rrtypes},
	{"GET", "/v5/livedns/nameservers/*", NEED_NONE, 0, h_ld_generic_nameservers},
	{"GET", "/v5/livedns/domains/*/records", DT, ZN, h_rec_zone_get},
	{"POST", "/v5/livedns/domains/*/records", DT, ZW, h_rec_zone_post},
	{"PUT", "/v5/livedns/domains/*/records", DT, ZW, h_rec_zone_put},
	{"DELETE", "/v5/livedns/domains/*/records", DT, ZW, h_rec_zone_delete},
	{"GET", "/v5/livedns/domains/*/records/*", DT, ZN, h_rec_name_get},
	{"POST", "/v5/livedns/domains/*/records/*", DT, ZW, h_rec_name_post},
	{"PUT", "/v5/livedns/domains/*/records/*", DT, ZW, h_rec_name_put},
	{"DELETE", "/v5/livedns/domains/*/records/*", DT, ZW, h_rec_name_delete},
	{"GET", "/v5/livedns/domains/*/records/*/*", DT, ZN, h_rec_get},
	{"POST", "/v5/livedns/domains/*/records/*/*", DT, ZW, h_rec_post},
	{"PUT", "/v5/livedns/domains/*/records/*/*", DT, ZW, h_rec_put},
	{"PATCH", "/v5/livedns/domains/*/records/*/*", DT, ZW, h_rec_patch},
	{"DELETE", "/v5/livedns/domains/*/records/*/*", DT, ZW, h_rec_delete},
	{"GET", "/v5/livedns/domains/*/keys", DT, ZN, h_keys_list},
	{"POST", "/v5/livedns/domains/*/keys", DT, ZW, h_key_create},
	{"GET", "/v5/livedns/domains/*/keys/*", DT, ZN, h_key_get},
	{"PATCH", "/v5/livedns/domains/*/keys/*", DT, ZW, h_key_undelete},
	{"PUT", "/v5/livedns/domains/*/keys/*", DT, ZW, h_key_undelete},
	{"DELETE", "/v5/livedns/domains/*/keys/*", DT, ZW, h_key_delete},
	{"GET", "/v5/livedns/axfr/tsig", DT, 0, h_tsig_list},
	{"POST", "/v5/livedns/axfr/tsig", DT, R_WRITE, h_tsig_create},
	{"GET", "/v5/livedns/axfr/tsig/*", DT, 0, h_tsig_get},
	{"GET", "/v5/livedns/axfr/tsig/*/config/*", DT, 0, h_tsig_config},
	{"GET", "/v5/livedns/domains/*/axfr/tsig", DT, ZN, h_zone_tsig_list},
	{"PUT", "/v5/livedns/domains/*/axfr/tsig/*", DT, ZW, h_zone_tsig_add},
	{"DELETE", "/v5/livedns/domains/*/axfr/tsig/*", DT, ZW, h_zone_tsig_delete},
	{"GET", "/v5/livedns/domains/*/axfr/slaves", DT, ZN, h_slaves_list},
	{"PUT", "/v5/livedns/domains/*/axfr/slaves/*", DT, ZW, h_slave_add},
	{"DELETE", "/v5/livedns/domains/*/axfr/slaves/*", DT, ZW, h_slave_delete},
	{"GET", "/v5/livedns/domains/*/snapshots", DT, ZN, h_snap_list},
	{"POST", "/v5/livedns/domains/*/snapshots", DT, ZW, h_snap_create},
	{"GET", "/v5/livedns/domains/*/snapshots/*", DT, ZN, h_snap_get},
	{"PATCH", "/v5/livedns/domains/*/snapshots/*", DT, ZW, h_snap_patch},
	{"DELETE", "/v5/livedns/domains/*/snapshots/*", DT, ZW, h_snap_delete},
	{"GET", "/v5/organization/user-info", NEED_ANY, 0, h_user_info},
	{"GET", "/v5/organization/organizations", OV, 0, h_orgs_list},
	{"GET", "/v5/organization/organizations/*", OV, 0, h_org_get},
	{"POST", "/v5/organization/access-tokens", NEED_PAT, R_WRITE, h_token_renew},
	{"GET", "/tokeninfo", NEED_NONE, 0, h_tokeninfo},
};

static const char msg_missing[] =
	"You must provide an access token or an API Key. See "
	"https://api.gandi.net/docs/authentication/";

static const char msg_401[] =
	"The server could not verify that you authorized to access the document you "
	"requested. Either you supplied the wrong credentials (e.g., bad api key), or your "
	"access token has expired";

static const char msg_403[] = "Access was denied to this resource.";

bool token_sees_org(const struct token *tok, const struct org *org)
{
	if (tok->org)
		return tok->org == org;
	for (size_t i = 0; i < tok->user->norgs; i++)
		if (tok->user->orgs[i] == org)
			return true;
	return false;
}

bool token_covers(const struct token *tok, const struct domain *d)
{
	if (!token_sees_org(tok, d->org))
		return false;
	if (tok->apikey || tok->all_domains)
		return true;
	for (size_t i = 0; i < tok->ndomains; i++)
		if (strcmp(tok->domains[i], d->fqdn) == 0)
			return true;
	return false;
}

int sharing_filter(struct req *rq, struct resp *rs, const struct org **org)
{
	const char *id = query_get(&rq->q, "sharing_id");
	*org = NULL;
	if (!id)
		return 0;
	*org = store_org(rq->emu->store, id);
	if (!*org) {
		verr(rs, "querystring", "sharing_id",
		     "'%s' is not the id of an organization you can use", id);
		verr_done(rs);
		return -1;
	}
	return 0;
}

static bool match(const char *pat, char **seg, size_t nseg, const char **arg)
{
	size_t i = 0, na = 0;
	const char *p = pat;
	while (*p == '/') {
		p++;
		const char *e = strchr(p, '/');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (i >= nseg)
			return false;
		if (l == 1 && *p == '*') {
			if (!seg[i][0])
				return false;
			if (na < 3)
				arg[na++] = seg[i];
		} else if (strlen(seg[i]) != l || memcmp(seg[i], p, l) != 0) {
			return false;
		}
		i++;
		p += l;
	}
	return i == nseg;
}

enum auth authenticate(struct req *rq, struct token **tok)
{
	enum auth rc = AUTH_MISSING;
	const char *h = req_header(rq, "Authorization");
	char *secret = NULL;
	size_t n = 0;
	*tok = NULL;
	if (!h)
		goto out;
	while (*h == ' ')
		h++;
	size_t sl = strcspn(h, " ");
	bool bearer = sl == 6 && strncasecmp(h, "bearer", 6) == 0;
	bool apikey = sl == 6 && strncasecmp(h, "apikey", 6) == 0;
	if (!bearer && !apikey)
		goto out;
	const char *sp = h + sl;
	while (*sp == ' ')
		sp++;
	secret = xstrdup(sp);
	n = strlen(secret);
	while (n && (secret[n - 1] == ' ' || secret[n - 1] == '\t'))
		secret[--n] = '\0';
	if (!n)
		goto out;
	struct token *t = store_token_by_secret(rq->emu->store, secret);
	rc = AUTH_WRONG;
	if (!t || (t->apikey && bearer))
		goto out;
	if (!t->apikey && apikey) {
		rc = AUTH_PAT_AS_APIKEY;
		goto out;
	}
	if (t->expires_at && t->expires_at <= rq->now)
		goto out;
	*tok = t;
	rc = AUTH_OK;
out:
	if (secret) {
		wipe(secret, n);
		free(secret);
	}
	return rc;
}

/* Append what the request changed to the journal; rs then waits for it to
 * be durable. A failed write undoes the change (the store is reloaded from
 * disk) and answers 500. Called with the store locked for writing. */
static void save_change(struct req *rq, struct resp *rs, const struct txn *t)
{
	struct buf line = {0}, err = {0};
	txn_end(t, rq->emu->store, rq->dom, &line);
	if (!line.len)
		goto out;
	rs->seq = persist_append(rq->emu->persist, line.data, line.len, &err);
	if (rs->seq)
		goto out;
	fprintf(stderr, "gandi-emu: %s; the change is undone\n", buf_str(&err));
	buf_reset(&err);
	if (persist_reload(rq->emu->persist, rq->emu, &err) < 0) {
		fprintf(stderr, "gandi-emu: cannot reload the state after a failed save: %s; "
				"stopping\n",
			buf_str(&err));
		kill(getpid(), SIGTERM);
	}
	rq->dom = NULL;
	rq->tok = NULL;
	resp_internal_error(rs);
out:
	buf_free(&line);
	buf_free(&err);
}

/* Hand the changed zone (every zone when the route names no domain) to the
 * DNS server's view; the write lock is held. */
static void publish_dns(struct req *rq)
{
	if (rq->dom)
		dnsview_publish(rq->emu->dns, rq->dom);
	else
		dnsview_publish_all(rq->emu->dns, rq->emu->store);
}

/* The route answering rq; NULL if none, with the methods of the routes
 * matching its path (if any) in allow. */
static const struct route *find_route(struct req *rq, struct buf *allow)
{
	const struct route *r = NULL;
	const char *method = strcmp(rq->method, "HEAD") == 0 ? "GET" : rq->method;
	for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
		const char *arg[3] = {NULL, NULL, NULL};
		if (!match(routes[i].pattern, rq->seg, rq->nseg, arg))
			continue;
		buf_printf(allow, "%s%s", allow->len ? ", " : "", routes[i].method);
		if (!r && strcmp(routes[i].method, method) == 0) {
			r = &routes[i];
			memcpy(rq->arg, arg, sizeof arg);
		}
	}
	return r;
}

/* Run route r under the store lock: authenticate, check the scope and the
 * domain, call the handler, save the change if it made one. */
static void serve(const struct route *r, struct req *rq, struct resp *rs)
{
	bool write = r->flags & R_WRITE;
	bool journal = write && rq->emu->persist;
	struct txn txn;
	bool began = false;
	if (write)
		pthread_rwlock_wrlock(&rq->emu->lock);
	else
		pthread_rwlock_rdlock(&rq->emu->lock);
	if (r->need == NEED_NONE) {
		r->fn(rq, rs);
		goto unlock;
	}
	switch (authenticate(rq, &rq->tok)) {
	case AUTH_MISSING:
		resp_error_json(rs, 401, json_pack("{s:s}", "message", msg_missing), true);
		goto unlock;
	case AUTH_WRONG:
		resp_error_front(rs, 401, "HTTPUnauthorized", msg_401);
		goto unlock;
	case AUTH_PAT_AS_APIKEY:
		resp_error_front(rs, 403, "HTTPForbidden", msg_403);
		goto unlock;
	case AUTH_OK:
		break;
	}
	if (r->need == NEED_PAT && rq->tok->apikey) {
		resp_error_front(rs, 403, "HTTPForbidden",
				 "A personal access token is required: legacy API keys cannot be "
				 "renewed through this route.");
		goto unlock;
	}
	if (r->need < NEED_ANY && !(rq->tok->scopes & r->need)) {
		resp_error_front(rs, 403, "HTTPForbidden", msg_403);
		goto unlock;
	}
	if (rq->bad_query) {
		verr(rs, "querystring", "query", "the query string holds a malformed %%XX escape");
		verr_done(rs);
		goto unlock;
	}
	if (r->flags & R_DOMAIN) {
		char *fqdn = lower_dup(rq->arg[0]);
		rq->dom = store_domain(rq->emu->store, fqdn);
		free(fqdn);
		if (!rq->dom || !token_covers(rq->tok, rq->dom)) {
			resp_not_found(rs);
			goto unlock;
		}
		if ((r->flags & R_ZONE) && !rq->dom->zone) {
			resp_error(rs, 404, "LocalizedHTTPNotFound", "Unknown domain");
			goto unlock;
		}
	}
	if (journal) {
		txn_begin(&txn, rq->emu->store, rq->dom);
		began = true;
	}
	r->fn(rq, rs);
	if (rs->errors)
		verr_done(rs);
	if (rs->dirty && journal)
		save_change(rq, rs, &txn);
	if (write && rs->dirty && rq->emu->dns)
		publish_dns(rq);
unlock:
	if (began)
		txn_free(&txn);
	pthread_rwlock_unlock(&rq->emu->lock);
}

void route(struct req *rq, struct resp *rs)
{
	struct buf allow = {0};
	const struct route *r = find_route(rq, &allow);
	if (!r && allow.len) {
		resp_header(rs, "Allow", buf_str(&allow));
		resp_error(rs, 405, "HTTPMethodNotAllowed",
			   "The method is not allowed for the requested URL.");
	} else if (!r) {
		resp_not_found(rs);
	} else if (rq->body_too_big) {
		resp_error(rs, 413, "HTTPRequestEntityTooLarge",
			   "The request body is larger than gandi-emu accepts (64 MiB).");
	} else {
		serve(r, rq, rs);
	}
	buf_free(&allow);
}
