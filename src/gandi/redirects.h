/*
 * Web redirection requests shared by the redirect commands.
 */
#ifndef GANDI_REDIRECTS_H
#define GANDI_REDIRECTS_H

#include <jansson.h>
#include <stdbool.h>

#include "ctx.h"
#include "gandi/decode.h"

/* The full source host of SOURCE ("@", a label, or the full host) in zone. */
int redirect_host(struct ctx *ctx, const char *zone, const char *source, char **host);
/* .../domain/domains/ZONE/webredirs[/HOST] */
char *webredirs_url(struct ctx *ctx, const char *zone, const char *host);
/* Check --type and --protocol values (NULL is fine). */
int redirect_check_type(struct ctx *ctx, const char *type);
int redirect_check_protocol(struct ctx *ctx, const char *protocol);
/* Check a target URL. */
int redirect_check_url(struct ctx *ctx, const char *url);
/* "domain 'example.com'", for messages about a zone (until redirections are typed). */
char *zone_subject(const char *zone);
/* Read one redirection; *found false when the domain answers it does not exist. */
int redirect_read(struct ctx *ctx, const char *zone, const char *host, struct webredir *out,
		  bool *found);

#endif
