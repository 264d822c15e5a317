/*
 * libFuzzer target: the zone difference (src/dns/zonediff.c). Input: two zones,
 * one RRset a line, "NAME TYPE TTL VALUE|VALUE...", the desired one first, a
 * line "---" between them. Checks, besides crashes: a zone compared with
 * itself has no change; the live zone with the changes made no longer differs
 * from the desired one (with and without ZD_NO_DELETE, and with ZD_EXACT).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "dns/zonediff.h"

#define MAX_RRSETS 64
#define MAX_VALUES 8

struct side {
	struct zd_rrset r[MAX_RRSETS];
	const char *v[MAX_RRSETS][MAX_VALUES];
	size_t n;
};

/* Split text (modified in place) into RRsets; stops at "---" or the end. */
static char *parse(char *text, struct side *s)
{
	char *line = text;
	s->n = 0;
	while (line && *line) {
		char *next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (strcmp(line, "---") == 0)
			return next;
		char *name = strtok(line, " ");
		char *type = strtok(NULL, " ");
		char *ttl = strtok(NULL, " ");
		char *values = strtok(NULL, "");
		if (name && type && ttl && values && s->n < MAX_RRSETS) {
			struct zd_rrset *r = &s->r[s->n];
			size_t nv = 0;
			for (char *v = strtok(values, "|"); v && nv < MAX_VALUES; v = strtok(NULL, "|"))
				s->v[s->n][nv++] = v;
			*r = (struct zd_rrset){.name = name, .type = type, .ttl = atoll(ttl),
					       .values = s->v[s->n], .nvalues = nv};
			s->n++;
		}
		line = next;
	}
	return NULL;
}

/* have with the changes of d made, into out (values borrowed). */
static void apply(const struct side *have, const struct zonediff *d, struct side *out)
{
	out->n = 0;
	for (size_t i = 0; i < have->n; i++) {
		bool removed = false;
		for (size_t k = 0; k < d->len; k++)
			if (d->changes[k].have == &have->r[i])
				removed = true;
		if (!removed)
			out->r[out->n++] = have->r[i];
	}
	for (size_t k = 0; k < d->len && out->n < MAX_RRSETS; k++) {
		const struct zd_change *c = &d->changes[k];
		if (c->action == ZD_REMOVE)
			continue;
		out->r[out->n++] = (struct zd_rrset){.name = c->want->name, .type = c->want->type,
						     .ttl = c->ttl, .values = c->values,
						     .nvalues = c->nvalues};
	}
}

static void check(const struct side *want, const struct side *have, unsigned flags)
{
	struct zonediff d, again;
	static struct side done;
	if (zonediff("example.com", want->r, want->n, have->r, have->n, flags, &d) != 0)
		return;
	apply(have, &d, &done);
	if (zonediff("example.com", want->r, want->n, done.r, done.n, flags, &again) != 0)
		abort();
	if (again.len != 0)
		abort();
	if (d.nadd + d.nchange + d.nremove != d.len)
		abort();
	zonediff_free(&again);
	zonediff_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct side want, have;
	char *text = xstrndup((const char *)data, size);
	char *rest = parse(text, &want);
	parse(rest, &have);
	struct zonediff self;
	if (zonediff("example.com", want.r, want.n, want.r, want.n, 0, &self) == 0) {
		if (self.len != 0)
			abort();
		zonediff_free(&self);
	}
	check(&want, &have, 0);
	check(&want, &have, ZD_NO_DELETE);
	check(&want, &have, ZD_EXACT);
	free(text);
	return 0;
}
