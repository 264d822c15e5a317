/*
 * Domains at Gandi's registrar (/domain/...): the list, one domain's
 * details, its renewal, autorenew and nameservers, and whether a name can be
 * registered.
 */
#ifndef GANDI_DOMAINS_H
#define GANDI_DOMAINS_H

#include <stdbool.h>
#include <stddef.h>

#include "gandi/gandi.h"
#include "gandi/types.h"

/* What the domain list asks for. */
struct domain_query {
	bool by_expiry;          /* sorted by expiry rather than by name */
	const char *tld, *fqdn;  /* filters ("com", "example.*"), or NULL */
	const char *sharing_id;  /* the organization to act for, or NULL */
};

/*
 * Called with each domain of the list, in order. d may be moved out (the
 * callback then owns it and leaves *d zeroed); raw is the item as Gandi sent
 * it, for --json, borrowed. Returns 0 to go on, or an exit code with ctx->err
 * set to stop.
 */
typedef int domain_fn(void *arg, struct domain *d, const struct jv_text *raw);

/* Every domain (GET /domain/domains, every page; see call_list). */
int domains_each(struct ctx *ctx, const struct domain_query *q, domain_fn *each, void *arg);
/* The same, the first page now and the others a batch at a time (for a screen). */
int domains_first(struct ctx *ctx, const struct domain_query *q, struct gandi_pages *p,
		  domain_fn *each, void *arg);
int domains_next(struct ctx *ctx, struct gandi_pages *p, long max_pages, domain_fn *each,
		 void *arg);

/*
 * One domain's details; raw (may be NULL) receives Gandi's object, for
 * --json, without the transfer code, which is hidden beside the token
 * (secret_hide()) and only domain_authinfo() hands over.
 */
int domain_read(struct ctx *ctx, const char *fqdn, struct domain_info *out, struct jv **raw);

/* What a renewal may be now. */
struct renew_rules {
	bool prohibited;
	long long min, max; /* years */
};
int domain_renew_rules(struct ctx *ctx, const char *fqdn, struct renew_rules *out);

/* What a renewal request came to. */
struct renewal {
	long status;          /* the HTTP status of Gandi's answer, for --json */
	struct jv *verdict;   /* Gandi's answer (a dry run's verdict), for --json */
	bool answer_lost;     /* the answer was lost, but the expiry moved: it was renewed */
	char *expires_after;  /* the expiry read again after a lost answer, or NULL */
	enum {
		RECHECK_NONE,       /* nothing was read again */
		RECHECK_NOT_MOVED,  /* read again after a lost answer: the expiry has not moved */
		RECHECK_UNREADABLE, /* ... and it could not be read */
	} recheck;
};
void renewal_free(struct renewal *r);

/*
 * POST .../renew for years: a paid operation, sent once and never again.
 * When its answer may have been lost (no answer after it went out, or a
 * gateway's error), the domain is read again: if its expiry moved past
 * before, it was renewed (0, out->answer_lost); otherwise the renewal's
 * failure is recorded and out->recheck says what the second look found.
 * dry_run sends Dry-Run: 1: Gandi checks and renews nothing.
 */
int domain_renew(struct ctx *ctx, const char *fqdn, long years, bool dry_run, const char *before,
		 struct renewal *out);
/* PATCH .../autorenew {enabled}. */
int domain_autorenew_set(struct ctx *ctx, const char *fqdn, bool on);
/* The nameservers (a NULL-terminated copy; strv_free()); raw for --json (may be NULL). */
int domain_nameservers(struct ctx *ctx, const char *fqdn, char ***ns, size_t *n,
		       struct jv **raw);
/* PUT .../nameservers: replace them (names without the final dot). */
int domain_nameservers_set(struct ctx *ctx, const char *fqdn, const char *const *ns, size_t n);

/* PATCH .../status {clientTransferProhibited}: lock or unlock transfers away. */
int domain_lock_set(struct ctx *ctx, const char *fqdn, bool locked);
/*
 * The transfer code (authinfo) of the domain, a secret: *code (to release
 * with secret_release()) is hidden beside the token, so that only the line
 * that reveals it (out_reveal()) shows it; *expires_at (to free(), may be
 * NULL) when it stops being valid; *locked whether transfers are locked. A
 * domain whose details hold no code is EXIT_NOTFOUND.
 */
int domain_authinfo(struct ctx *ctx, const char *fqdn, char **code, char **expires_at,
		    bool *locked);
/* PUT .../authinfo: Gandi makes a new transfer code (the old one stops working). */
int domain_authinfo_reset(struct ctx *ctx, const char *fqdn);

/* Can a name be registered, and at what price (GET /domain/check). */
struct domain_product {
	char *name, *status;
	bool has_price;
	double price;          /* after taxes */
	long long min_duration;
	char *unit;            /* "y"... or NULL */
};
struct availability {
	char *currency;
	struct domain_product *products;
	size_t len;
};
int domain_available(struct ctx *ctx, const char *name, struct availability *out,
		     struct jv **raw);
void availability_free(struct availability *a);

/*
 * What Gandi says renewing costs, a year at a time: GET /domain/check with
 * processes=renew. That this is how the renewal price is asked for is a
 * guess (medium confidence): the documented processes=create answer names
 * its process in each product, and no recording shows processes=renew.
 */
struct renew_price {
	bool given;       /* Gandi gave a yearly price that covers the years asked */
	double per_year;  /* after taxes */
	char *currency;   /* "EUR"..., or NULL */
};
/*
 * The renewal price of fqdn for years, sent once (never retried, never
 * waiting behind a rate limit): 0 with out->given false when the answer
 * holds none for it; an exit code with ctx->err set when the request or
 * its answer failed. renew_price_free() releases it.
 */
int domain_renew_price(struct ctx *ctx, const char *fqdn, long years, struct renew_price *out);
void renew_price_free(struct renew_price *p);

/* "2027-03-12" from an API date, or "-" (static buffer). */
const char *date_only(const char *api_date);

#endif
