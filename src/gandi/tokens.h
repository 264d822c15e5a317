/*
 * The token itself: what Gandi ID says of it (tokeninfo), its renewal, and
 * the checks of gandi doctor (can the API be reached; does Gandi accept the
 * token).
 */
#ifndef GANDI_TOKENS_H
#define GANDI_TOKENS_H

#include "error.h"
#include "gandi/gandi.h"
#include "gandi/types.h"

/*
 * GET id.gandi.net/tokeninfo: the token's name, scopes, entities and expiry.
 * raw (may be NULL) receives the answer for --json. Returns 0, or an exit
 * code with ctx->err set.
 */
int token_info(struct ctx *ctx, struct tokeninfo *out, struct jv **raw);

/*
 * token_info() as a side check (the expiry warning after a command): one
 * attempt, never retried, within timeout_ms (not --timeout). Returns 0, or an
 * exit code with ctx->err set.
 */
int token_info_probe(struct ctx *ctx, long timeout_ms, struct tokeninfo *out);

/* A renewed token. access_token is the new secret: release with secret_release(). */
struct renewed_token {
	char *access_token;
	char *expires_at; /* ISO-8601, or NULL when Gandi does not say */
};
void renewed_token_free(struct renewed_token *t);

/*
 * POST /organization/access-tokens with the current token: a new token
 * (expires_at: an ISO-8601 date, or NULL for the same lifetime again). The
 * request is sent once. Returns 0, or an exit code with ctx->err set.
 */
int token_renew(struct ctx *ctx, const char *expires_at, struct renewed_token *out);

/* Why Gandi refused a renewal, read from the fault of token_renew(). */
enum renew_refusal {
	RENEW_REFUSED_OTHER, /* not one of the refusals below */
	RENEW_TOO_EARLY,     /* Gandi renews a token only near its expiry */
	RENEW_NOT_ALLOWED,   /* only a valid Personal Access Token can be renewed */
};
enum renew_refusal token_renew_refusal(const struct api_fault *f);

/* Whether the API answers, how fast, and whether it is Gandi's v5 API (gandi doctor). */
struct api_reach {
	double t_connect, t_tls; /* seconds */
	bool is_api;             /* a real request (the first domain) was answered as the API would */
	long status;             /* its HTTP status, for messages */
	char *url;               /* what was asked (to free), for messages */
};
/*
 * A real request: GET the first domain (with the token, if any): 0 when any
 * answer came, whatever its status (is_api then says whether it was the
 * API's: a success, 401 or 403, not a 404), or an exit code with ctx->err set
 * (network, TLS...).
 */
int api_reach(struct ctx *ctx, struct api_reach *out);

enum token_verdict {
	TOKEN_ACCEPTED,  /* Gandi answered with success */
	TOKEN_REJECTED,  /* Gandi refused the token (401, 403) */
	TOKEN_UNCHECKED, /* another answer: the check says nothing */
	TOKEN_NO_ENDPOINT, /* 404: what was asked is not Gandi's tokeninfo (a wrong id_url) */
};
struct token_check {
	enum token_verdict verdict;
	long status;          /* the HTTP status, for messages */
	char *url;            /* what was asked, for messages */
	bool has_info;        /* a Personal Access Token's tokeninfo was read into info */
	struct tokeninfo info;
	char *unreadable;     /* why an accepted tokeninfo answer could not be read, or NULL */
};
/*
 * Does Gandi accept the token? Asks tokeninfo for a Personal Access Token,
 * the first domain for a legacy API key. Returns 0 when an answer came
 * (whatever it says), or an exit code with ctx->err set.
 */
int token_check(struct ctx *ctx, struct token_check *out);
void token_check_free(struct token_check *c);

#endif
