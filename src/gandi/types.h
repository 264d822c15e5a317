/*
 * What Gandi's answers hold, as C structs: filled by the API layer's
 * decoders (gandi/decode.c), used by commands, sync and the browser.
 *
 * Ownership: strings in these structs are copies owned by the struct and
 * released by its *_free() function.
 */
#ifndef GANDI_TYPES_H
#define GANDI_TYPES_H

#include <stdbool.h>
#include <stddef.h>

void strv_free(char **v);

/* id.gandi.net/tokeninfo */
struct token_entity {
	char *id, *type, *name;
};
struct tokeninfo {
	char *name;            /* pat_name */
	char **scopes;
	size_t nscopes;
	struct token_entity *entities;
	size_t nentities;
	bool has_expiry;
	long long expires_in;  /* seconds from now */
};
void tokeninfo_free(struct tokeninfo *t);
bool tokeninfo_has_scope(const struct tokeninfo *t, const char *scope);

/* A domain's dates, ISO-8601 strings (NULL when absent). */
struct domain_dates {
	char *created_at, *registry_created_at, *registry_ends_at, *updated_at;
	char *renew_begins_at, *deletes_at, *hold_ends_at, *restore_ends_at;
};

/* An item of GET /domain/domains (the list form). */
struct domain {
	char *fqdn, *tld, *id;
	char *fqdn_unicode;     /* the name for people (U-labels), or NULL */
	char **status;          /* EPP statuses */
	size_t nstatus;
	bool autorenew;
	struct domain_dates dates;
	char *nameserver;       /* nameserver.current: livedns, classic, other... */
	char *owner, *orga_owner, *sharing_id;
};
void domain_free(struct domain *dom);

/* GET /domain/domains/{fqdn} (the details form). */
struct domain_info {
	char *fqdn, *tld, *id;
	char *fqdn_unicode;     /* the name for people (U-labels), or NULL */
	char **status;
	size_t nstatus;
	struct domain_dates dates;
	bool autorenew;
	long long autorenew_duration;
	char **nameservers;
	size_t nnameservers;
	char **services;
	size_t nservices;
	char *org_id, *org_name, *org_type; /* sharing_space */
	char *owner;                         /* the owner contact, as Gandi names it */
	bool transfer_locked;  /* clientTransferProhibited is among its statuses */
	bool can_tld_lock;     /* the registry has a transfer lock (true when Gandi does not say) */
	/* the transfer code is not here: domain_authinfo() reads it (gandi/domains.h) */
};
void domain_info_free(struct domain_info *di);

/* A LiveDNS RRset. */
struct rrset {
	char *name, *type;
	long long ttl;
	char **values;
	size_t nvalues;
	char *href;     /* rrset_href, when Gandi gives one (lists and reads; not snapshots) */
};
void rrset_free(struct rrset *r);

/* A web redirection. */
struct webredir {
	char *host, *type, *url, *protocol, *cert_status, *created_at, *updated_at;
};
void webredir_free(struct webredir *w);

/* A LiveDNS snapshot of a zone. */
struct jv;
struct snapshot {
	char *id, *name, *created_at;
	bool automatic;
	struct rrset *records;  /* its RRsets (snapshot_get only) */
	size_t nrecords;
	struct jv *raw_records; /* zone_data as Gandi sent it, for --json (snapshot_get only) */
};
void snapshot_free(struct snapshot *s);

/* An organization the token can see (GET /organization/organizations). */
struct org {
	char *id, *name, *type;
};
void org_free(struct org *o);

#endif
