/*
 * JSON at the edge: the one place that turns Gandi's JSON into C values.
 * Getters check types: a field of the wrong type is an error (recorded in the
 * decoder, first one wins), an absent optional field gives the default.
 * Command code works on the structs below and never walks a JSON tree.
 *
 * Ownership: strings in decoded structs are copies owned by the struct and
 * released by its *_free() function.
 */
#ifndef GANDI_DECODE_H
#define GANDI_DECODE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "xalloc.h"

struct decoder {
	const char *what;   /* "tokeninfo", "domain"...: names the object in errors */
	char *error;        /* first problem found, or NULL */
};

/* required: absent is an error. The string belongs to the JSON value. */
const char *dec_str(struct decoder *d, const json_t *obj, const char *key, bool required);
/* A copy of the string field, or NULL. */
char *dec_strdup(struct decoder *d, const json_t *obj, const char *key, bool required);
long long dec_int(struct decoder *d, const json_t *obj, const char *key, bool required,
		  long long def);
bool dec_bool(struct decoder *d, const json_t *obj, const char *key, bool required, bool def);
const json_t *dec_array(struct decoder *d, const json_t *obj, const char *key, bool required);
const json_t *dec_object(struct decoder *d, const json_t *obj, const char *key, bool required);
/* An array of strings into a NULL-terminated array of copies (free with strv_free). */
char **dec_strv(struct decoder *d, const json_t *obj, const char *key, bool required,
		size_t *count);
void strv_free(char **v);
/* Record a problem (printf-style) unless one is already recorded. */
void dec_fail(struct decoder *d, const char *fmt, ...) XATTR_PRINTF(2, 3);
void decoder_free(struct decoder *d);

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
bool decode_tokeninfo(struct decoder *d, const json_t *j, struct tokeninfo *out);
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
	char **status;          /* EPP statuses */
	size_t nstatus;
	bool autorenew;
	struct domain_dates dates;
	char *nameserver;       /* nameserver.current: livedns, classic, other... */
	char *owner, *orga_owner, *sharing_id;
};
bool decode_domain(struct decoder *d, const json_t *j, struct domain *out);
void domain_free(struct domain *dom);

/* GET /domain/domains/{fqdn} (the details form). */
struct domain_info {
	char *fqdn, *tld, *id;
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
};
bool decode_domain_info(struct decoder *d, const json_t *j, struct domain_info *out);
void domain_info_free(struct domain_info *di);

/* A LiveDNS RRset. */
struct rrset {
	char *name, *type;
	long long ttl;
	char **values;
	size_t nvalues;
};
bool decode_rrset(struct decoder *d, const json_t *j, struct rrset *out);
void rrset_free(struct rrset *r);

/* A web redirection. */
struct webredir {
	char *host, *type, *url, *protocol, *cert_status, *created_at, *updated_at;
};
bool decode_webredir(struct decoder *d, const json_t *j, struct webredir *out);
void webredir_free(struct webredir *w);

#endif
