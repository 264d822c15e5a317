/*
 * The route handlers of gandi-emu. Each one is called by router.c with the
 * caller authenticated, the route's scope checked, rq->dom resolved (and
 * covered by the token) when the route names a domain, and the store lock
 * held (for writing when the route changes state). A handler fills rs and
 * sets rs->dirty when it changed the store.
 */
#ifndef EMU_HANDLERS_H
#define EMU_HANDLERS_H

#include "emu.h"

typedef void handler_fn(struct req *rq, struct resp *rs);

/* What the Authorization header amounts to (gandi-api.md §12.2, §12.3). */
enum auth {
	AUTH_OK,
	AUTH_MISSING,       /* no header, an unknown scheme, or nothing after it */
	AUTH_WRONG,         /* an unknown secret, an API key as Bearer, an expired PAT */
	AUTH_PAT_AS_APIKEY, /* a personal access token sent with the Apikey scheme */
};

/*
 * Read the caller's credential: "Bearer <pat>" or "Apikey <key>", the scheme
 * matched case-insensitively. *tok is set only with AUTH_OK.
 */
enum auth authenticate(struct req *rq, struct token **tok);

/* Whether tok may see domain d (its organization and, for a restricted PAT,
 * its domain list; a legacy key sees every organization of its user). */
bool token_covers(const struct token *tok, const struct domain *d);
/* Whether tok may see organization org. */
bool token_sees_org(const struct token *tok, const struct org *org);
/* Parse "?sharing_id=": sets *org (NULL when absent). Returns -1 after a 400
 * for an unknown id. */
int sharing_filter(struct req *rq, struct resp *rs, const struct org **org);

/* h_domain.c */
handler_fn h_domains_list, h_domain_get, h_renew_info, h_renew, h_autorenew, h_ns_get,
	h_ns_put, h_domain_livedns_get, h_domain_livedns_post, h_check;

/* h_webredir.c */
handler_fn h_webredirs_list, h_webredir_create, h_webredir_get, h_webredir_patch,
	h_webredir_delete;

/* h_livedns.c */
handler_fn h_ld_domains_list, h_ld_domain_create, h_ld_domain_get, h_ld_domain_patch,
	h_ld_nameservers, h_ld_generic_nameservers, h_ld_rrtypes, h_rec_zone_get, h_rec_zone_post, h_rec_zone_put,
	h_rec_zone_delete, h_rec_name_get, h_rec_name_post, h_rec_name_put, h_rec_name_delete,
	h_rec_get, h_rec_post, h_rec_put, h_rec_patch, h_rec_delete, h_snap_list, h_snap_create,
	h_snap_get, h_snap_patch, h_snap_delete;

/* h_dnssec.c */
handler_fn h_keys_list, h_key_create, h_key_get, h_key_undelete, h_key_delete, h_dnskeys_list,
	h_dnskey_create, h_dnskeys_replace, h_dnskey_delete, h_dnssec_get, h_dnssec_enable,
	h_dnssec_disable;

/* h_registry.c */
handler_fn h_hosts_list, h_host_create, h_host_get, h_host_put, h_host_delete, h_status_patch,
	h_authinfo_reset;
/* Whether nameserver ns lies inside domain d with no glue record for it. */
bool glue_missing(const struct domain *d, const char *ns);

/* h_axfr.c */
handler_fn h_tsig_list, h_tsig_create, h_tsig_get, h_tsig_config, h_zone_tsig_list,
	h_zone_tsig_add, h_zone_tsig_delete, h_slaves_list, h_slave_add, h_slave_delete;

/* h_org.c */
handler_fn h_user_info, h_orgs_list, h_org_get, h_token_renew, h_tokeninfo;

/* livedns helpers shared with h_webredir.c (a redirection writes a record) */
struct rrset;
/* JSON of one record as LiveDNS serves it (with rrset_href). */
json_t *record_json(const struct req *rq, const char *fqdn, const struct rrset *rr);

#endif
