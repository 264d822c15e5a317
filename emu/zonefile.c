#include "zonefile.h"

#include <ctype.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "records.h"
#include "util.h"

void zone_export(struct buf *out, struct rrset *const *rr, size_t n, time_t serial)
{
	buf_printf(out, "@ 10800 IN SOA ns1.gandi.net. hostmaster.gandi.net. %lld 10800 3600 "
			"604800 10800\n",
		   (long long)serial);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < rr[i]->nval; k++)
			buf_printf(out, "%s %ld IN %s %s\n", rr[i]->name, rr[i]->ttl, rr[i]->type,
				   rr[i]->val[k]);
}

void zitems_free(struct zitem *items, size_t n)
{
	if (!items)
		return;
	for (size_t i = 0; i < n; i++) {
		free(items[i].name);
		free(items[i].type);
		free(items[i].value);
	}
	free(items);
}

/* One logical line: its tokens and where it started. */
struct zline {
	char **tok;
	size_t ntok, cap;
	bool indented; /* starts with white space: the owner is the previous one */
	unsigned line;
};

static void zline_reset(struct zline *l)
{
	strv_free(l->tok, l->ntok);
	l->tok = NULL;
	l->ntok = l->cap = 0;
}

static void zline_add(struct zline *l, const char *s, size_t n)
{
	l->tok = xgrow(l->tok, &l->cap, l->ntok + 1, sizeof *l->tok);
	l->tok[l->ntok++] = xstrndup(s, n);
}

/*
 * Read the next logical line from *pos: tokens split on white space, quoted
 * strings kept whole with their quotes, comments dropped, lines inside
 * parentheses joined. Returns 1 with a line, 0 at the end, -1 on error.
 */
static int next_line(const char *t, size_t len, size_t *pos, unsigned *lineno, struct zline *l,
		     struct buf *err)
{
	size_t i = *pos;
	int depth = 0;
	zline_reset(l);
	while (i < len) {
		l->line = *lineno;
		l->indented = t[i] == ' ' || t[i] == '\t';
		while (i < len) {
			char c = t[i];
			if (c == '\n') {
				(*lineno)++;
				i++;
				if (depth == 0)
					break;
				continue;
			}
			if (c == ' ' || c == '\t' || c == '\r') {
				i++;
			} else if (c == ';') {
				while (i < len && t[i] != '\n')
					i++;
			} else if (c == '(') {
				depth++;
				i++;
			} else if (c == ')') {
				if (depth == 0) {
					buf_printf(err, "line %u: ')' without '('", *lineno);
					return -1;
				}
				depth--;
				i++;
			} else if (c == '"') {
				size_t s = i++;
				while (i < len && t[i] != '"' && t[i] != '\n') {
					if (t[i] == '\\' && i + 1 < len)
						i++;
					i++;
				}
				if (i >= len || t[i] != '"') {
					buf_printf(err, "line %u: unterminated quoted string", *lineno);
					return -1;
				}
				i++;
				zline_add(l, t + s, i - s);
			} else {
				size_t s = i;
				while (i < len && !isspace((unsigned char)t[i]) && t[i] != ';' &&
				       t[i] != '(' && t[i] != ')' && t[i] != '"') {
					if (t[i] == '\\' && i + 1 < len)
						i++;
					i++;
				}
				zline_add(l, t + s, i - s);
			}
		}
		if (depth) {
			buf_printf(err, "line %u: '(' is never closed", l->line);
			return -1;
		}
		if (l->ntok) {
			*pos = i;
			return 1;
		}
	}
	*pos = i;
	return 0;
}

/* A TTL: seconds, or with units as in 1h30m, 2d, 1w. */
static int parse_ttl(const char *s, long *out)
{
	long total = 0, cur = 0;
	bool digits = false, unit_seen = false;
	for (const char *p = s; *p; p++) {
		if (isdigit((unsigned char)*p)) {
			cur = cur * 10 + (*p - '0');
			digits = true;
			if (cur > 100000000L)
				return -1;
			continue;
		}
		long mul;
		switch (tolower((unsigned char)*p)) {
		case 's': mul = 1; break;
		case 'm': mul = 60; break;
		case 'h': mul = 3600; break;
		case 'd': mul = 86400; break;
		case 'w': mul = 604800; break;
		default: return -1;
		}
		if (!digits)
			return -1;
		total += cur * mul;
		cur = 0;
		digits = false;
		unit_seen = true;
	}
	if (digits)
		total += cur;
	else if (!unit_seen)
		return -1;
	*out = total;
	return 0;
}

/* Absolute form (with final dot, lower case) of name relative to origin. */
static char *absolute(const char *name, const char *origin)
{
	char *r;
	if (strcmp(name, "@") == 0)
		r = xstrdup(origin);
	else if (name[strlen(name) - 1] == '.')
		r = xstrdup(name);
	else
		r = xasprintf("%s.%s", name, origin);
	char *l = lower_dup(r);
	free(r);
	return l;
}

/* Name relative to the zone apex (absolute, final dot), or NULL if outside. */
static char *relative(const char *abs, const char *apex)
{
	size_t la = strlen(abs), lz = strlen(apex);
	if (strcmp(abs, apex) == 0)
		return xstrdup("@");
	if (la > lz + 1 && abs[la - lz - 1] == '.' && strcmp(abs + la - lz, apex) == 0)
		return xstrndup(abs, la - lz - 1);
	return NULL;
}

int zone_parse(const char *text, size_t len, const char *fqdn, struct zitem **out, size_t *n,
	       struct buf *err)
{
	int rc = -1;
	struct zline l = {0};
	struct zitem *items = NULL;
	size_t ni = 0, cap = 0, pos = 0;
	unsigned lineno = 1;
	char *apex = xasprintf("%s.", fqdn);
	char *origin = xstrdup(apex);
	char *owner = NULL;
	long default_ttl = DEFAULT_TTL;
	int got;
	while ((got = next_line(text, len, &pos, &lineno, &l, err)) > 0) {
		size_t k = 0;
		const char *t0 = l.tok[0];
		if (!l.indented && t0[0] == '$') {
			if (strcasecmp(t0, "$ORIGIN") == 0 && l.ntok == 2) {
				char *o = l.tok[1];
				if (o[strlen(o) - 1] != '.') {
					buf_printf(err, "line %u: $ORIGIN must be an absolute name "
							"(ending with a dot)",
						   l.line);
					goto out;
				}
				free(origin);
				origin = lower_dup(o);
			} else if (strcasecmp(t0, "$TTL") == 0 && l.ntok == 2) {
				if (parse_ttl(l.tok[1], &default_ttl) < 0) {
					buf_printf(err, "line %u: '%s' is not a TTL", l.line, l.tok[1]);
					goto out;
				}
			} else if (strcasecmp(t0, "$INCLUDE") == 0) {
				buf_printf(err, "line %u: $INCLUDE is not supported: put the records "
						"in the text itself",
					   l.line);
				goto out;
			} else {
				buf_printf(err, "line %u: unknown or malformed directive '%s'", l.line,
					   t0);
				goto out;
			}
			continue;
		}
		if (!l.indented) {
			free(owner);
			owner = absolute(l.tok[k++], origin);
		} else if (!owner) {
			buf_printf(err, "line %u: the record has no owner name (the first record "
					"cannot start with white space)",
				   l.line);
			goto out;
		}
		long ttl = default_ttl;
		bool have_ttl = false, have_class = false;
		while (k < l.ntok) {
			const char *w = l.tok[k];
			long v;
			if (!have_ttl && isdigit((unsigned char)w[0]) && parse_ttl(w, &v) == 0) {
				ttl = v;
				have_ttl = true;
				k++;
			} else if (!have_class && strcasecmp(w, "IN") == 0) {
				have_class = true;
				k++;
			} else if (!have_class && (strcasecmp(w, "CH") == 0 ||
						   strcasecmp(w, "HS") == 0 ||
						   strcasecmp(w, "CS") == 0)) {
				buf_printf(err, "line %u: class %s is not supported (only IN)", l.line,
					   w);
				goto out;
			} else {
				break;
			}
		}
		if (k >= l.ntok) {
			buf_printf(err, "line %u: the record type is missing", l.line);
			goto out;
		}
		char *type = xstrdup(l.tok[k++]);
		for (char *p = type; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		if (strcmp(type, "SOA") == 0) {
			free(type);
			continue;
		}
		if (!rr_type_known(type)) {
			buf_printf(err, "line %u: record type '%s' is not supported by LiveDNS",
				   l.line, l.tok[k - 1]);
			free(type);
			goto out;
		}
		if (k >= l.ntok) {
			buf_printf(err, "line %u: the %s record has no data", l.line, type);
			free(type);
			goto out;
		}
		char *rel = relative(owner, apex);
		if (!rel) {
			buf_printf(err, "line %u: '%s' is outside the zone %s", l.line, owner, apex);
			free(type);
			goto out;
		}
		/* '@' where the rdata holds a host name means the origin. */
		size_t host_field = SIZE_MAX;
		if (!strcmp(type, "CNAME") || !strcmp(type, "ALIAS") || !strcmp(type, "DNAME") ||
		    !strcmp(type, "NS") || !strcmp(type, "PTR"))
			host_field = 0;
		else if (!strcmp(type, "MX"))
			host_field = 1;
		else if (!strcmp(type, "SRV"))
			host_field = 3;
		struct buf v = {0};
		for (size_t f = 0; k < l.ntok; k++, f++) {
			const char *w = f == host_field && !strcmp(l.tok[k], "@") ? origin : l.tok[k];
			buf_printf(&v, "%s%s", v.len ? " " : "", w);
		}
		items = xgrow(items, &cap, ni + 1, sizeof *items);
		items[ni].name = rel;
		items[ni].type = type;
		items[ni].ttl = ttl;
		items[ni].value = buf_detach(&v);
		items[ni].line = l.line;
		ni++;
	}
	if (got < 0)
		goto out;
	*out = items;
	*n = ni;
	items = NULL;
	ni = 0;
	rc = 0;
out:
	zitems_free(items, ni);
	zline_reset(&l);
	free(owner);
	free(origin);
	free(apex);
	return rc;
}
