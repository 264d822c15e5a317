/*
 * The master-file parser (src/dns/zone.c): conformance with ../shared/zones,
 * each syntax rule, each error message with its line and column, the
 * LiveDNS value of each type, and the grouping into RRsets.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "buf.h"
#include "unit.h"
#include "xalloc.h"
#include "dns/value.h"
#include "dns/zone.h"

#define ZONES_DIR "../shared/zones"

static struct zone *parse(const char *text, struct zone_error *err)
{
	return zone_parse(text, strlen(text), "zone.txt", "example.com.", 3600, err);
}

/* Parse text and check that it fails with exactly msg. */
#define CHECK_ERR(text, want)                                                   \
	do {                                                                   \
		struct zone_error e_;                                          \
		struct zone *z_ = parse((text), &e_);                          \
		CHECK(z_ == NULL);                                             \
		if (z_) {                                                      \
			fprintf(stderr, "  parsed: %s\n", (text));             \
			zone_free(z_);                                         \
		} else {                                                       \
			CHECK_STR(e_.msg, (want));                             \
		}                                                              \
	} while (0)

/* Parse one record and check its LiveDNS value. */
#define CHECK_VALUE(text, want)                                                \
	do {                                                                   \
		struct zone_error e_;                                          \
		struct zone *z_ = parse((text), &e_);                          \
		if (!z_) {                                                     \
			fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__,     \
				e_.msg);                                       \
			unit_failures_now++;                                   \
		} else {                                                       \
			CHECK_INT(z_->len, 1);                                 \
			if (z_->len == 1)                                      \
				CHECK_STR(z_->records[0].value, (want));       \
			zone_free(z_);                                         \
		}                                                              \
	} while (0)

static char *read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	struct buf b = {0};
	char chunk[65536];
	size_t n;
	if (!fp)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(&b, chunk, n);
	fclose(fp);
	*len = b.len;
	return buf_detach(&b);
}

/* ---- conformance: ../shared/zones/example.zone against its canonical form ---- */

static const char *const livedns_types[] = {
	"A", "AAAA", "ALIAS", "CAA", "CDS", "CNAME", "DNAME", "DS", "HTTPS",
	"KEY", "LOC", "MX", "NAPTR", "NS", "OPENPGPKEY", "PTR", "RP", "SOA",
	"SPF", "SRV", "SSHFP", "SVCB", "TLSA", "TXT", "WKS",
};

static bool is_livedns(const char *type)
{
	for (size_t i = 0; i < sizeof(livedns_types) / sizeof(livedns_types[0]); i++)
		if (strcmp(livedns_types[i], type) == 0)
			return true;
	return false;
}

/* Which rdata fields hold domain names, for the types LiveDNS accepts. */
static bool is_name_field(const char *type, size_t i)
{
	static const struct {
		const char *type;
		int fields[2];
	} names[] = {
		{"SOA", {0, 1}},   {"NS", {0, -1}},   {"MX", {1, -1}},    {"CNAME", {0, -1}},
		{"DNAME", {0, -1}}, {"PTR", {0, -1}},  {"ALIAS", {0, -1}}, {"SRV", {3, -1}},
		{"RP", {0, 1}},    {"NAPTR", {5, -1}}, {"SVCB", {1, -1}},  {"HTTPS", {1, -1}},
	};
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (strcmp(names[k].type, type) == 0)
			return names[k].fields[0] == (int)i || names[k].fields[1] == (int)i;
	return false;
}

/*
 * Rewrite rdata as the test expects the LiveDNS value: white space collapsed
 * (outside quotes) and, for name fields, names made absolute in example.
 */
static char *normalize(const char *type, const char *rdata, bool absolutize)
{
	struct buf out = {0};
	const char *p = rdata;
	size_t field = 0;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		const char *start = p;
		bool quoted = false;
		while (*p && (quoted || (*p != ' ' && *p != '\t'))) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				quoted = !quoted;
			p++;
		}
		size_t len = (size_t)(p - start);
		if (out.len)
			buf_addc(&out, ' ');
		if (absolutize && is_name_field(type, field)) {
			if (len == 1 && *start == '@')
				buf_adds(&out, "example.");
			else if (start[len - 1] == '.')
				buf_add(&out, start, len);
			else {
				buf_add(&out, start, len);
				buf_adds(&out, ".example.");
			}
		} else {
			buf_add(&out, start, len);
		}
		field++;
	}
	return buf_detach(&out);
}

struct canon {
	char owner[64];
	unsigned long ttl;
	char type[16];
	char *rdata;
	bool used;
};

static size_t read_canonical(const char *text, struct canon **out)
{
	size_t n = 0, cap = 0;
	struct canon *c = NULL;
	const char *p = text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, len);
		char cls[8];
		int used = 0;
		c = xgrow(c, &cap, n + 1, sizeof(*c));
		memset(&c[n], 0, sizeof(c[n]));
		if (len && sscanf(line, "%63s %lu %7s %15s %n", c[n].owner, &c[n].ttl, cls, c[n].type,
				  &used) == 4) {
			c[n].rdata = xstrdup(line + used);
			n++;
		}
		free(line);
		p = nl ? nl + 1 : p + len;
	}
	*out = c;
	return n;
}

struct conformance {
	char *zone_text, *canon_text;
	size_t zone_len;
	struct zone *z;
	struct canon *canon;
	size_t ncanon;
};

static bool conformance_load(struct conformance *c)
{
	size_t len;
	struct zone_error err;
	memset(c, 0, sizeof(*c));
	c->zone_text = read_file(ZONES_DIR "/example.zone", &c->zone_len);
	c->canon_text = read_file(ZONES_DIR "/example.zone.canonical", &len);
	if (!c->zone_text || !c->canon_text) {
		fprintf(stderr, "cannot read the files in " ZONES_DIR "\n");
		return false;
	}
	c->z = zone_parse(c->zone_text, c->zone_len, "example.zone", "example.", 3600, &err);
	if (!c->z) {
		fprintf(stderr, "%s\n", err.msg);
		return false;
	}
	c->ncanon = read_canonical(c->canon_text, &c->canon);
	return true;
}

static void conformance_free(struct conformance *c)
{
	for (size_t i = 0; i < c->ncanon; i++)
		free(c->canon[i].rdata);
	free(c->canon);
	zone_free(c->z);
	free(c->zone_text);
	free(c->canon_text);
}

/*
 * The records of example.zone that are well-formed but that gandi refuses
 * (value.h), so that the parse goes on and zone_unsupported() names them.
 */
static bool refused_in_example(const struct zone_record *r)
{
	static const char *const refused[][2] = {{"cname03", "CNAME"}, {"dname03", "DNAME"}};
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
		if (strcmp(r->name, refused[i][0]) == 0 && strcmp(r->type, refused[i][1]) == 0)
			return true;
	return false;
}

/* Every record's owner, TTL and type; the rdata of every LiveDNS type. */
static void test_zones_example(void)
{
	struct conformance c;
	if (!conformance_load(&c)) {
		unit_failures_now++;
		conformance_free(&c);
		return;
	}
	size_t want_rdata = 0, checked_rdata = 0, refused = 0;
	for (size_t k = 0; k < c.ncanon; k++)
		want_rdata += is_livedns(c.canon[k].type);
	CHECK(c.ncanon >= 170);
	CHECK(want_rdata >= 90);
	CHECK_INT(c.z->len, c.ncanon);
	for (size_t i = 0; i < c.z->len; i++) {
		const struct zone_record *r = &c.z->records[i];
		bool live = is_livedns(r->type);
		char *got = live && r->value ? normalize(r->type, r->value, false) : NULL;
		bool found = false;
		CHECK(live == (r->value != NULL || r->refused != NULL));
		CHECK((r->refused != NULL) == refused_in_example(r));
		CHECK((r->refused != NULL) == (r->value == NULL && live));
		refused += r->refused != NULL;
		for (size_t k = 0; k < c.ncanon && !found; k++) {
			struct canon *e = &c.canon[k];
			if (e->used || strcmp(e->owner, r->name) != 0 || e->ttl != r->ttl ||
			    strcmp(e->type, r->type) != 0)
				continue;
			if (live && !r->refused) {
				char *want = normalize(e->type, e->rdata, true);
				found = got && strcmp(got, want) == 0;
				free(want);
			} else {
				found = true;
			}
			e->used = found;
		}
		if (!found) {
			fprintf(stderr, "example.zone line %d: no canonical record for %s %lu %s %s\n",
				r->line, r->name, (unsigned long)r->ttl, r->type,
				got ? got : r->rdata);
			unit_failures_now++;
		}
		checked_rdata += live && found;
		free(got);
	}
	for (size_t k = 0; k < c.ncanon; k++) {
		if (!c.canon[k].used) {
			fprintf(stderr, "canonical record not found: %s %lu %s %s\n", c.canon[k].owner,
				c.canon[k].ttl, c.canon[k].type, c.canon[k].rdata);
			unit_failures_now++;
		}
	}
	CHECK_INT(checked_rdata, want_rdata);
	CHECK_INT(refused, 2);
	conformance_free(&c);
}

/* Every record of another type, or refused, is reported by name and line. */
static void test_zones_unsupported_reported(void)
{
	struct conformance c;
	struct zone_unsupported *u = NULL;
	if (!conformance_load(&c)) {
		unit_failures_now++;
		conformance_free(&c);
		return;
	}
	size_t want = 2; /* refused_in_example() */
	for (size_t k = 0; k < c.ncanon; k++)
		want += !is_livedns(c.canon[k].type);
	size_t n = zone_unsupported(c.z, &u);
	CHECK(want > 50);
	CHECK_INT(n, want);
	for (size_t i = 0; i < n; i++) {
		const struct zone_record *r = u[i].record;
		if (is_livedns(r->type)) {
			CHECK(refused_in_example(r));
			CHECK(r->refused && u[i].reason == r->refused);
			CHECK(strstr(u[i].reason, "the root '.' is not a host name") != NULL);
		} else {
			CHECK_STR(u[i].reason, "type not accepted by LiveDNS");
		}
		bool found = false;
		for (size_t k = 0; k < c.ncanon && !found; k++) {
			struct canon *e = &c.canon[k];
			found = is_livedns(e->type) == is_livedns(r->type) && !e->used &&
				strcmp(e->owner, r->name) == 0 && strcmp(e->type, r->type) == 0;
			e->used = found;
		}
		CHECK(found);
		/* the line named holds the type, and the owner unless carried over */
		const char *line = c.zone_text;
		for (int l = 1; l < r->line && line; l++) {
			line = memchr(line, '\n', c.zone_len - (size_t)(line - c.zone_text));
			line = line ? line + 1 : NULL;
		}
		CHECK(line != NULL);
		if (!line)
			continue;
		const char *eol = strchr(line, '\n');
		char *text = xstrndup(line, eol ? (size_t)(eol - line) : strlen(line));
		if (!strstr(text, r->type) ||
		    (text[0] != ' ' && text[0] != '\t' && strncmp(text, r->name, strlen(r->name)) != 0)) {
			fprintf(stderr, "line %d does not hold %s %s: %s\n", r->line, r->name, r->type,
				text);
			unit_failures_now++;
		}
		free(text);
	}
	free(u);
	conformance_free(&c);
}

/* Each record written back as "owner ttl IN type rdata" (and as its value) parses the same. */
static void test_zones_round_trip(void)
{
	struct conformance c;
	struct buf text = {0}, values = {0};
	struct zone_error err;
	if (!conformance_load(&c)) {
		unit_failures_now++;
		conformance_free(&c);
		return;
	}
	const char *in_force = "example.";
	for (size_t i = 0; i < c.z->len; i++) {
		const struct zone_record *r = &c.z->records[i];
		if (strcmp(r->origin, in_force) != 0) {
			buf_printf(&text, "$ORIGIN %s\n", r->origin);
			in_force = r->origin;
		}
		buf_printf(&text, "%s %lu IN %s %s\n", r->owner, (unsigned long)r->ttl, r->type,
			   r->rdata);
		if (r->value)
			buf_printf(&values, "%s %lu IN %s %s\n", r->owner, (unsigned long)r->ttl,
				   r->type, r->value);
	}
	struct zone *z2 = zone_parse(text.data, text.len, "again", "example.", 1, &err);
	struct zone *z3 = zone_parse(values.data, values.len, "values", "example.", 1, &err);
	CHECK(z2 && z3);
	if (z2 && z3) {
		CHECK_INT(z2->len, c.z->len);
		for (size_t i = 0, j = 0; i < c.z->len && i < z2->len; i++) {
			const struct zone_record *a = &c.z->records[i], *b = &z2->records[i];
			CHECK_STR(b->name, a->name);
			CHECK_STR(b->type, a->type);
			CHECK_STR(b->rdata, a->rdata);
			CHECK(a->ttl == b->ttl);
			CHECK((a->value == NULL) == (b->value == NULL));
			if (a->value && b->value)
				CHECK_STR(b->value, a->value);
			if (a->value && j < z3->len)
				CHECK_STR(z3->records[j++].value, a->value);
		}
	} else {
		fprintf(stderr, "%s\n", err.msg);
	}
	zone_free(z2);
	zone_free(z3);
	buf_free(&text);
	buf_free(&values);
	conformance_free(&c);
}

/*
 * Every value of example.zone through the value module (value.h): read back
 * as the API holds it, it keeps its spelling and its key; as a table shows
 * it, typed back by a user, it is the same value; and its key is the one the
 * parser gave.
 */
static void test_zones_values(void)
{
	struct conformance c;
	size_t checked = 0;
	if (!conformance_load(&c)) {
		unit_failures_now++;
		conformance_free(&c);
		return;
	}
	for (size_t i = 0; i < c.z->len; i++) {
		const struct zone_record *r = &c.z->records[i];
		struct dnsv v, w;
		struct dnsv_error err;
		if (!r->value)
			continue;
		CHECK(r->key != NULL);
		if (dnsv_parse(r->type, r->value, DNSV_API, r->origin, &v, &err) != 0) {
			fprintf(stderr, "line %d: %s\n", r->line, err.msg);
			unit_failures_now++;
			continue;
		}
		CHECK_STR(v.api, r->value);
		CHECK_STR(v.key, r->key);
		char *shown = dnsv_print(&v, DNSV_PRINT_TABLE);
		if (dnsv_parse(r->type, shown, DNSV_USER, r->origin, &w, &err) != 0) {
			fprintf(stderr, "line %d: '%s': %s\n", r->line, shown, err.msg);
			unit_failures_now++;
		} else {
			CHECK(dnsv_equal(&v, &w));
			dnsv_free(&w);
		}
		CHECK(dnsv_same(r->type, r->rdata, DNSV_ZONE, r->value, DNSV_API, r->origin));
		free(shown);
		dnsv_free(&v);
		checked++;
	}
	CHECK(checked >= 90);
	conformance_free(&c);
}

/* ---- syntax ---- */

static void test_origin_and_names(void)
{
	struct zone_error err;
	struct zone *z = parse("@ A 192.0.2.1\n"
			       "www A 192.0.2.2\n"
			       "abs.example.com. A 192.0.2.3\n"
			       "$ORIGIN sub.example.com.\n"
			       "_acme-challenge TXT \"t\"\n"
			       "@ A 192.0.2.4\n"
			       "$ORIGIN deeper\n"
			       "x A 192.0.2.5\n"
			       "$ORIGIN @\n"
			       "y A 192.0.2.6\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	CHECK_INT(z->len, 7);
	CHECK_STR(z->origin, "example.com.");
	CHECK_STR(z->records[0].owner, "example.com.");
	CHECK_STR(z->records[0].name, "@");
	CHECK_STR(z->records[1].owner, "www.example.com.");
	CHECK_STR(z->records[1].name, "www");
	CHECK_STR(z->records[2].name, "abs");
	CHECK_STR(z->records[3].owner, "_acme-challenge.sub.example.com.");
	CHECK_STR(z->records[3].name, "_acme-challenge.sub");
	CHECK_STR(z->records[3].origin, "sub.example.com.");
	CHECK_STR(z->records[4].name, "sub");
	CHECK_STR(z->records[5].owner, "x.deeper.sub.example.com.");
	CHECK_STR(z->records[5].name, "x.deeper.sub");
	CHECK_STR(z->records[5].origin, "deeper.sub.example.com.");
	CHECK_STR(z->records[6].owner, "y.deeper.sub.example.com.");
	zone_free(z);

	/* the origin may be given without its final dot */
	z = zone_parse("www A 192.0.2.1", 15, "z", "Example.COM", 300, &err);
	CHECK(z != NULL);
	if (z) {
		CHECK_STR(z->origin, "Example.COM.");
		CHECK_STR(z->records[0].owner, "www.Example.COM.");
		CHECK_STR(z->records[0].name, "www");
		zone_free(z);
	}
	/* the root zone */
	z = zone_parse("com. NS a.gtld-servers.net.\n. NS a.root-servers.net.", 52, "z", ".", 300,
		       &err);
	CHECK(z != NULL);
	if (z) {
		CHECK_STR(z->records[0].name, "com");
		CHECK_STR(z->records[1].name, "@");
		zone_free(z);
	}
}

static void test_names_case_escapes_outside(void)
{
	struct zone_error err;
	struct zone_unsupported *u = NULL;
	struct zone *z = parse("WWW.EXAMPLE.COM. A 192.0.2.1\n"
			       "a\\.b A 192.0.2.2\n"
			       "\\065bc A 192.0.2.3\n"
			       "host.ex\\097mple.com. A 192.0.2.4\n"
			       "www.example.org. A 192.0.2.5\n"
			       "notexample.com. A 192.0.2.6\n"
			       "* MX 10 mail\n"
			       "a\\ b\\\"c TXT x\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	struct zone_unsupported *none = NULL;
	struct zone *z0 = parse("www A 192.0.2.1\n", &err);
	CHECK(z0 && zone_unsupported(z0, &none) == 0 && none == NULL);
	zone_free(z0);
	CHECK_STR(z->records[0].name, "WWW");
	CHECK_STR(z->records[1].owner, "a\\.b.example.com.");
	CHECK_STR(z->records[1].name, "a\\.b");
	CHECK_STR(z->records[2].name, "\\065bc");
	CHECK_STR(z->records[3].name, "host");
	CHECK(!z->records[3].outside);
	CHECK(z->records[4].outside);
	CHECK_STR(z->records[4].name, "www.example.org.");
	CHECK(z->records[5].outside);
	CHECK_STR(z->records[6].name, "*");
	CHECK_STR(z->records[7].name, "a\\ b\\\"c");
	CHECK_INT(zone_unsupported(z, &u), 2);
	if (u) {
		CHECK_STR(u[0].record->name, "www.example.org.");
		CHECK_STR(u[0].reason, "owner outside the zone");
		CHECK_INT(u[1].record->line, 6);
	}
	free(u);
	zone_free(z);
}

static void test_owner_carried_over(void)
{
	struct zone_error err;
	struct zone *z = parse("www 300 A 192.0.2.1\n"
			       "\tTXT \"second\"\n"
			       "; a comment does not end the owner\n"
			       "\n"
			       "$TTL 600\n"
			       "   A 192.0.2.2\n"
			       "mail A 192.0.2.3\n"
			       "  MX 10 mail\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	CHECK_INT(z->len, 5);
	CHECK_STR(z->records[1].name, "www");
	CHECK_INT(z->records[1].line, 2);
	CHECK_INT(z->records[1].col, 2);
	CHECK_STR(z->records[2].name, "www");
	CHECK_INT(z->records[2].ttl, 600);
	CHECK_STR(z->records[4].name, "mail");
	zone_free(z);
	CHECK_ERR("  A 192.0.2.1\n",
		  "'zone.txt' line 1, column 3: no owner name: this line starts with white space "
		  "but no record before it gives an owner");
}

static void test_ttl_rules(void)
{
	struct zone_error err;
	struct zone *z = parse("a A 192.0.2.1\n"
			       "$TTL 1h30m\n"
			       "b A 192.0.2.1\n"
			       "c 1w A 192.0.2.1\n"
			       "d 2D3h4M5s A 192.0.2.1\n"
			       "$TTL 86400\n"
			       "e A 192.0.2.1\n"
			       "f 2147483647 A 192.0.2.1\n"
			       "g 0 A 192.0.2.1\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	CHECK_INT(z->records[0].ttl, 3600);
	CHECK_INT(z->records[1].ttl, 5400);
	CHECK_INT(z->records[2].ttl, 604800);
	CHECK_INT(z->records[3].ttl, 2 * 86400 + 3 * 3600 + 4 * 60 + 5);
	CHECK_INT(z->records[4].ttl, 86400);
	CHECK_INT(z->records[5].ttl, 2147483647);
	CHECK_INT(z->records[6].ttl, 0);
	zone_free(z);
	CHECK_ERR("a 1x A 192.0.2.1",
		  "'zone.txt' line 1, column 3: invalid TTL '1x': use seconds or units such as 1h30m");
	CHECK_ERR("a 1h30 A 192.0.2.1",
		  "'zone.txt' line 1, column 3: invalid TTL '1h30': use seconds or units such as 1h30m");
	CHECK_ERR("a 2147483648 A 192.0.2.1",
		  "'zone.txt' line 1, column 3: TTL '2147483648' is too large: at most 2147483647 seconds");
	CHECK_ERR("a 9999w A 192.0.2.1",
		  "'zone.txt' line 1, column 3: TTL '9999w' is too large: at most 2147483647 seconds");
	CHECK_ERR("$TTL 1y\n",
		  "'zone.txt' line 1, column 6: invalid TTL '1y': use seconds or units such as 1h30m");
	CHECK_ERR("$TTL 3000000000\n",
		  "'zone.txt' line 1, column 6: TTL '3000000000' is too large: at most 2147483647 seconds");
	CHECK_ERR("$TTL\n", "'zone.txt' line 1, column 1: $TTL needs a TTL, such as $TTL 1h");
	CHECK_ERR("$TTL 1h 2h\n",
		  "'zone.txt' line 1, column 9: unexpected '2h' after $TTL: it takes one value");
	CHECK_ERR("a 300 IN 600 A 192.0.2.1", "'zone.txt' line 1, column 10: TTL given twice");
}

static void test_class_and_ttl_order(void)
{
	struct zone_error err;
	struct zone *z = parse("a IN 300 A 192.0.2.1\n"
			       "b 300 IN A 192.0.2.1\n"
			       "c in A 192.0.2.1\n"
			       "d CLASS1 A 192.0.2.1\n"
			       "e A 192.0.2.1\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	CHECK_INT(z->len, 5);
	for (size_t i = 0; i < z->len; i++) {
		CHECK_STR(z->records[i].type, "A");
		CHECK_STR(z->records[i].rclass, "IN");
	}
	CHECK_INT(z->records[0].ttl, 300);
	CHECK_INT(z->records[1].ttl, 300);
	CHECK_INT(z->records[2].ttl, 3600);
	zone_free(z);
	CHECK_ERR("a CH TXT \"x\"",
		  "'zone.txt' line 1, column 3: class 'CH' is not supported: LiveDNS zones are class IN");
	CHECK_ERR("a 300 HS A 192.0.2.1",
		  "'zone.txt' line 1, column 7: class 'HS' is not supported: LiveDNS zones are class IN");
	CHECK_ERR("a CLASS3 A 192.0.2.1",
		  "'zone.txt' line 1, column 3: class 'CLASS3' is not supported: LiveDNS zones are class IN");
	CHECK_ERR("a IN IN A 192.0.2.1", "'zone.txt' line 1, column 6: class given twice");
}

static void test_parentheses_and_comments(void)
{
	struct zone_error err;
	struct zone *z = parse("@ IN SOA ns1 hostmaster ( ; primary, mailbox\n"
			       "\t2024010101 ; serial\n"
			       "\t1h        ; refresh\n"
			       "\t15m 1w\n"
			       "\t5m )\n"
			       "txt TXT \"a;b\" ; \"not (a string)\"\n"
			       "split DS 12345 13 2 ( AABBCCDDEEFF00112233445566778899\n"
			       "  ccddeeff00112233445566778899aabb )\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	CHECK_INT(z->len, 3);
	CHECK_STR(z->records[0].value,
		  "ns1.example.com. hostmaster.example.com. 2024010101 3600 900 604800 300");
	CHECK_STR(z->records[0].rdata, "ns1 hostmaster 2024010101 1h 15m 1w 5m");
	CHECK_INT(z->records[1].line, 6);
	CHECK_STR(z->records[1].rdata, "\"a;b\"");
	CHECK_INT(z->records[2].nfields, 5);
	CHECK_STR(z->records[2].value, "12345 13 2 aabbccddeeff00112233445566778899"
					 "ccddeeff00112233445566778899aabb");
	CHECK_INT(z->records[2].fields[4].line, 8);
	CHECK_INT(z->records[2].fields[4].col, 3);
	zone_free(z);
	CHECK_ERR("a TXT ( \"x\"\n\"y\"\n",
		  "'zone.txt' line 1, column 7: unbalanced '(': no ')' before the end of the file");
	CHECK_ERR("a TXT \"x\" )\n", "'zone.txt' line 1, column 11: unbalanced ')': no '(' before it");
	CHECK_ERR("a TXT ( ( \"x\" ) )\n",
		  "'zone.txt' line 1, column 9: '(' inside parentheses: close the first group before "
		  "opening another");
}

static void test_quoted_strings(void)
{
	struct zone_error err;
	struct zone *z = parse("a TXT \"say \\\"hi\\\"\" \"back\\\\slash\" \"\\000\\255\\032x\"\n"
			       "b TXT \"\" \"caf\xc3\xa9\"\n"
			       "c TXT plain\\032text \\;semi\n"
			       "d TXT \"tab\there\" \"\\127~\\031 \"\n"
			       "e HTTPS 1 . alpn=\"h2,h3\" key999=\"ab cd\"\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	const struct zone_record *a = &z->records[0];
	CHECK_INT(a->nfields, 3);
	CHECK(a->fields[0].quoted);
	CHECK_STR(a->fields[0].data, "say \"hi\"");
	CHECK_STR(a->fields[1].data, "back\\slash");
	CHECK_INT(a->fields[2].len, 4);
	CHECK(memcmp(a->fields[2].data, "\0\xff x", 4) == 0);
	CHECK_STR(a->rdata, "\"say \\\"hi\\\"\" \"back\\\\slash\" \"\\000\\255 x\"");
	CHECK_STR(a->value, a->rdata);
	CHECK_STR(z->records[1].rdata, "\"\" \"caf\\195\\169\"");
	CHECK_STR(z->records[1].value, "\"\" \"caf\\195\\169\"");
	CHECK(!z->records[2].fields[0].quoted);
	CHECK_STR(z->records[2].fields[0].data, "plain text");
	CHECK_STR(z->records[2].fields[0].text, "plain\\032text");
	CHECK_STR(z->records[2].rdata, "plain\\032text \\;semi");
	CHECK_STR(z->records[2].value, "\"plain text\" \";semi\"");
	CHECK_STR(z->records[3].value, "\"tab\\009here\" \"\\127~\\031 \"");
	CHECK_STR(z->records[4].fields[3].data, "key999=ab cd");
	CHECK_STR(z->records[4].fields[3].text, "key999=\"ab cd\"");
	CHECK_STR(z->records[4].value, "1 . alpn=\"h2,h3\" key999=\"ab cd\"");
	zone_free(z);

	/* one string longer than 255 bytes is kept whole in the field, split in the value */
	struct buf b = {0};
	buf_adds(&b, "long TXT \"");
	for (int i = 0; i < 300; i++)
		buf_addc(&b, (char)('a' + i % 26));
	buf_adds(&b, "\"");
	z = parse(b.data, &err);
	CHECK(z != NULL);
	if (z) {
		CHECK_INT(z->records[0].fields[0].len, 300);
		CHECK_INT(strlen(z->records[0].value), 255 + 45 + 5);
		CHECK(strncmp(z->records[0].value + 256, "\" \"", 3) == 0);
		zone_free(z);
	}
	buf_free(&b);

	CHECK_ERR("a TXT \"abc\n", "'zone.txt' line 1, column 7: unterminated quoted string");
	CHECK_ERR("a A 192.0.2.1\nb TXT (\n \"abc", "'zone.txt' line 3, column 2: unterminated quoted string");
	CHECK_ERR("a TXT \"abc\"def",
		  "'zone.txt' line 1, column 12: unexpected text right after a quoted string: "
		  "separate them with a space");
	CHECK_ERR("a TXT \"\\256\"", "'zone.txt' line 1, column 8: bad escape '\\256': \\DDD must be 000 to 255");
	CHECK_ERR("a TXT \"\\25\"", "'zone.txt' line 1, column 8: bad escape: \\DDD takes three digits");
	CHECK_ERR("a TXT abc\\", "'zone.txt' line 1, column 10: backslash at the end of the file");
	CHECK_ERR("a TXT abc\\\nb", "'zone.txt' line 1, column 10: backslash at the end of a line: "
				     "write a newline as \\010");
	CHECK_ERR("a TXT \"a\x01\"",
		  "'zone.txt' line 1, column 9: control character 0x01 in the file: write it as \\001 "
		  "in a quoted string");
	CHECK_ERR("a TXT x\x7f",
		  "'zone.txt' line 1, column 8: control character 0x7f in the file: write it as \\127 "
		  "in a quoted string");
}

static void test_directives(void)
{
	CHECK_ERR("$INCLUDE other.zone\n",
		  "'zone.txt' line 1, column 1: $INCLUDE is not supported: copy the records of the "
		  "included file into this one");
	CHECK_ERR("a A 192.0.2.1\n$include other.zone sub\n",
		  "'zone.txt' line 2, column 1: $INCLUDE is not supported: copy the records of the "
		  "included file into this one");
	CHECK_ERR("$GENERATE 1-10 h$ A 192.0.2.$\n",
		  "'zone.txt' line 1, column 1: unknown directive '$GENERATE': gandi reads $ORIGIN "
		  "and $TTL only");
	CHECK_ERR("$ORIGIN\n",
		  "'zone.txt' line 1, column 1: $ORIGIN needs a domain name, such as $ORIGIN example.com.");
	CHECK_ERR("$ORIGIN a..b.\n",
		  "'zone.txt' line 1, column 9: invalid $ORIGIN name 'a..b.': empty label");
	CHECK_ERR("$ORIGIN \"x.\"\n",
		  "'zone.txt' line 1, column 9: $ORIGIN name cannot be a quoted string");
}

static void test_name_errors(void)
{
	char label[80], msg[300];
	memset(label, 'x', 64);
	label[64] = '\0';
	CHECK_ERR("a..b A 192.0.2.1", "'zone.txt' line 1, column 1: invalid owner name 'a..b': empty label");
	CHECK_ERR(".a A 192.0.2.1", "'zone.txt' line 1, column 1: invalid owner name '.a': empty label");
	CHECK_ERR("\"www\" A 192.0.2.1", "'zone.txt' line 1, column 1: owner name cannot be a quoted string");
	char text[120];
	snprintf(text, sizeof(text), "%s A 192.0.2.1", label);
	snprintf(msg, sizeof(msg),
		 "'zone.txt' line 1, column 1: invalid owner name '%.57s...': label longer than 63 bytes",
		 label);
	CHECK_ERR(text, msg);
	/* 4 labels of 63 bytes exceed 255 bytes once the origin is added */
	struct buf b = {0};
	for (int i = 0; i < 4; i++) {
		buf_add(&b, label, 63);
		buf_addc(&b, '.');
	}
	b.data[b.len - 1] = ' ';
	buf_adds(&b, "A 192.0.2.1");
	struct zone_error err;
	struct zone *z = parse(b.data, &err);
	CHECK(z == NULL);
	CHECK(strstr(err.msg, "'zone.txt' line 1, column 1: invalid owner name '") == err.msg);
	CHECK(strstr(err.msg, "': name longer than 255 bytes") != NULL);
	zone_free(z);
	buf_free(&b);
	CHECK_ERR("a\"b c\" A 192.0.2.1",
		  "'zone.txt' line 1, column 1: invalid owner name 'a\"b c\"': a name cannot hold '\"' "
		  "unless escaped as \\\"");
	CHECK_ERR("a\\1 A 192.0.2.1",
		  "'zone.txt' line 1, column 2: bad escape: \\DDD takes three digits");
	z = zone_parse("", 0, "z", "a..b", 300, &err);
	CHECK(z == NULL);
	CHECK_STR(err.msg, "invalid zone name 'a..b': empty label");
	CHECK_INT(err.line, 0);
	z = zone_parse("", 0, "z", "a\\256", 300, &err);
	CHECK(z == NULL);
	CHECK_STR(err.msg, "invalid zone name 'a\\256': bad escape: use \\DDD (000 to 255) or \\ "
			   "before one character");
	z = zone_parse("", 0, "z", "", 300, &err);
	CHECK(z == NULL);
	CHECK_STR(err.msg, "invalid zone name '': empty name");
}

static void test_types(void)
{
	struct zone_error err;
	for (size_t i = 0; i < sizeof(livedns_types) / sizeof(livedns_types[0]); i++)
		CHECK(zone_type_is_livedns(livedns_types[i]));
	const char *others[] = {"DNSKEY", "HINFO", "NSEC", "TYPE999", "AFSDB", "X", "", "ANY"};
	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++)
		CHECK(!zone_type_is_livedns(others[i]));
	struct zone *z = parse("a mx 10 b\n"
			       "b TYPE1 192.0.2.1\n"
			       "c type16 \\# 4 03616263\n"
			       "d TYPE65280 \\# 0\n"
			       "e nsap-ptr foo.\n"
			       "f TYPE48 \\# 4 01000301\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	CHECK_STR(z->records[0].type, "MX");
	CHECK_STR(z->records[1].type, "A");
	CHECK_STR(z->records[1].value, "192.0.2.1");
	CHECK_STR(z->records[2].type, "TXT");
	CHECK_STR(z->records[2].value, "\"abc\"");
	CHECK_STR(z->records[3].type, "TYPE65280");
	CHECK_STR(z->records[3].rdata, "\\# 0");
	CHECK(z->records[3].value == NULL);
	CHECK_STR(z->records[4].type, "NSAP-PTR");
	CHECK_STR(z->records[5].type, "DNSKEY");
	CHECK_STR(z->records[5].rdata, "\\# 4 01000301");
	zone_free(z);
	CHECK_ERR("a CNAM b",
		  "'zone.txt' line 1, column 3: unknown record type 'CNAM': write a type gandi does "
		  "not know as TYPEnnn (RFC 3597)");
	CHECK_ERR("a TYPE70000 \\# 0",
		  "'zone.txt' line 1, column 3: unknown record type 'TYPE70000': write a type gandi "
		  "does not know as TYPEnnn (RFC 3597)");
	CHECK_ERR("a 300 IN", "'zone.txt' line 1, column 9: missing record type");
	CHECK_ERR("a 300 \"A\" x", "'zone.txt' line 1, column 7: expected a record type, found a quoted string");
	CHECK_ERR("a 300 IN 10.0.0.1",
		  "'zone.txt' line 1, column 10: missing record type before '10.0.0.1'");
	CHECK_ERR("a 2001:db8::1", "'zone.txt' line 1, column 3: missing record type before '2001:db8::1'");
}

static void test_generic_rdata(void)
{
	struct zone_error err;
	struct zone *z = parse("a TYPE999 \\# 8 0a000001 0a000002\n"
			       "b A \\# 4 C0000201\n"
			       "c MX \\# 20 000a 046d61696c076578616d706c6503636f6d00\n"
			       "d AAAA \\# 16 20010db8000000000000000000000001\n"
			       "e CAA \\# 14 0005697373756565 78616d706c65\n"
			       "f SRV \\# 7 0001000200030 0\n"
			       "g OPENPGPKEY \\# 4 00010203\n"
			       "h TXT \\# 0\n",
			       &err);
	CHECK(z == NULL); /* TXT needs a string even in generic form */
	CHECK_STR(err.msg,
		  "'zone.txt' line 8, column 10: generic rdata does not fit type TXT: its text is "
		  "missing or malformed");
	zone_free(z);
	z = parse("a TYPE999 \\# 8 0a000001 0a000002\n"
		  "b A \\# 4 C0000201\n"
		  "c MX \\# 20 000a 046d61696c076578616d706c6503636f6d00\n"
		  "d AAAA \\# 16 20010db8000000000000000000000001\n"
		  "e CAA \\# 14 0005697373756565 78616d706c65\n"
		  "f SRV \\# 7 0001000200030 0\n"
		  "g OPENPGPKEY \\# 4 00010203\n",
		  &err);
	CHECK(z != NULL);
	if (!z) {
		fprintf(stderr, "%s\n", err.msg);
		return;
	}
	CHECK_STR(z->records[0].rdata, "\\# 8 0a000001 0a000002");
	CHECK(z->records[0].value == NULL);
	CHECK_STR(z->records[1].value, "192.0.2.1");
	CHECK_STR(z->records[1].rdata, "\\# 4 C0000201");
	CHECK_STR(z->records[2].value, "10 mail.example.com.");
	CHECK_STR(z->records[3].value, "2001:db8::1");
	CHECK_STR(z->records[4].value, "0 issue \"example\"");
	CHECK_STR(z->records[5].value, "1 2 3 .");
	CHECK_STR(z->records[6].value, "AAECAw==");
	zone_free(z);
}

static void test_generic_rdata_errors(void)
{
	CHECK_ERR("a TYPE999 \\# 4 0a0000",
		  "'zone.txt' line 1, column 14: generic rdata length is 4 but 3 bytes of data follow");
	CHECK_ERR("a TYPE999 \\#",
		  "'zone.txt' line 1, column 13: generic rdata (\\#) needs a length, then the data in hex");
	CHECK_ERR("a TYPE999 \\# x",
		  "'zone.txt' line 1, column 14: invalid generic rdata length 'x': expected a number "
		  "from 0 to 65535");
	CHECK_ERR("a TYPE999 \\# 1 zz",
		  "'zone.txt' line 1, column 16: invalid hex digit in generic rdata: use 0-9 and a-f");
	CHECK_ERR("a TYPE999 \\# 1 abc",
		  "'zone.txt' line 1, column 16: generic rdata has an odd number of hex digits");
	CHECK_ERR("a A \\# 5 7f00000101",
		  "'zone.txt' line 1, column 8: generic rdata for A has 1 bytes too many");
	CHECK_ERR("a LOC \\# 1 00",
		  "'zone.txt' line 1, column 7: generic rdata (\\#) is not supported for LOC: write "
		  "the record in LOC's own syntax");
	CHECK_ERR("a MX \\# 3 000ac0",
		  "'zone.txt' line 1, column 9: generic rdata does not fit type MX: its exchange is "
		  "missing or malformed");
}

/* ---- LiveDNS values, type by type ---- */

static void test_values(void)
{
	CHECK_VALUE("a A 192.0.2.1", "192.0.2.1");
	CHECK_VALUE("a AAAA 2001:DB8:0:0::0:1", "2001:db8::1");
	CHECK_VALUE("@ ALIAS target", "target.example.com.");
	CHECK_VALUE("a CAA 0 issue letsencrypt.org", "0 issue \"letsencrypt.org\"");
	CHECK_VALUE("a CAA 128 iodef \"mailto:a@example.com\"", "128 iodef \"mailto:a@example.com\"");
	CHECK_VALUE("a CDS 0 0 0 00", "0 0 0 00");
	CHECK_VALUE("www CNAME @", "example.com.");
	CHECK_VALUE("www CNAME web", "web.example.com.");
	CHECK_VALUE("www CNAME web.example.net.", "web.example.net.");
	CHECK_VALUE("a DNAME b", "b.example.com.");
	CHECK_VALUE("a DS 60485 RSASHA1 1 ( 2BB183AF5F22588179A53B0A 98631FAD1A292118 )",
		    "60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118");
	CHECK_VALUE("a HTTPS 1 . alpn=h3,h2 port=0443 ipv6hint=2001:DB8::1",
		    "1 . alpn=\"h3,h2\" port=\"443\" ipv6hint=\"2001:db8::1\"");
	CHECK_VALUE("a HTTPS 0 pool", "0 pool.example.com.");
	CHECK_VALUE("a KEY 256 3 ED25519 ( AAAA BBBB )", "256 3 15 AAAABBBB");
	CHECK_VALUE("a LOC 52 22 23 N 4 53 32 E -2m", "52 22 23.000 N 4 53 32.000 E -2.00m 1.00m 10000.00m 10.00m");
	CHECK_VALUE("a LOC 42 21 54.5 S 71 06 18 W 24.5m 30m 12345m 1.5",
		    "42 21 54.500 S 71 6 18.000 W 24.50m 30.00m 10000.00m 1.00m");
	CHECK_VALUE("@ MX 10 mail", "10 mail.example.com.");
	CHECK_VALUE("@ MX 0 .", "0 .");
	CHECK_VALUE("a NAPTR 100 10 S SIP+D2U !^.*$!sip:info@example.com! _sip._udp",
		    "100 10 \"S\" \"SIP+D2U\" \"!^.*$!sip:info@example.com!\" _sip._udp.example.com.");
	CHECK_VALUE("@ NS ns1.gandi.net.", "ns1.gandi.net.");
	CHECK_VALUE("a OPENPGPKEY ( mQENBE  teQDsB )", "mQENBEteQDsB");
	CHECK_VALUE("1 PTR host.example.net.", "host.example.net.");
	CHECK_VALUE("a RP admin.example.com. @", "admin.example.com. example.com.");
	CHECK_VALUE("@ SOA ns1.gandi.net. hostmaster.gandi.net. 1579092697 10800 3600 604800 10800",
		    "ns1.gandi.net. hostmaster.gandi.net. 1579092697 10800 3600 604800 10800");
	CHECK_VALUE("@ SPF \"v=spf1 -all\"", "\"v=spf1 -all\"");
	CHECK_VALUE("_imaps._tcp SRV 0 1 993 mail.gandi.net.", "0 1 993 mail.gandi.net.");
	CHECK_VALUE("_sip._tcp SRV 10 60 5060 sip", "10 60 5060 sip.example.com.");
	CHECK_VALUE("a SSHFP 4 2 ( 123456789ABCDEF6123456789ABCDEF6 123456789ABCDEF6123456789ABCDEF6 )",
		    "4 2 123456789abcdef6123456789abcdef6123456789abcdef6123456789abcdef6");
	CHECK_VALUE("a SVCB 1 svc mandatory=alpn alpn=h2 key7=/q{?dns} key65000 no-default-alpn",
		    "1 svc.example.com. mandatory=\"alpn\" alpn=\"h2\" no-default-alpn "
		    "dohpath=\"/q{?dns}\" key65000");
	CHECK_VALUE("_443._tcp TLSA 3 0 0 ABCDEF01", "3 0 0 abcdef01");
	CHECK_VALUE("@ TXT \"v=spf1 include:_mailcust.gandi.net ?all\"",
		    "\"v=spf1 include:_mailcust.gandi.net ?all\"");
	CHECK_VALUE("@ TXT challengetoken", "\"challengetoken\"");
	CHECK_VALUE("a WKS 192.0.2.1 tcp ( smtp 80 0443 )", "192.0.2.1 6 smtp 80 443");
	CHECK_VALUE("a WKS 192.0.2.1 UDP", "192.0.2.1 17");
}

/* Names in rdata are resolved against the $ORIGIN in force at their line. */
static void test_values_follow_origin(void)
{
	struct zone_error err;
	struct zone *z = parse("@ MX 10 mail\n"
			       "$ORIGIN sub.example.com.\n"
			       "@ MX 10 mail\n"
			       "www CNAME @\n"
			       "$ORIGIN .\n"
			       "x.example.com. CNAME other\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	CHECK_STR(z->records[0].value, "10 mail.example.com.");
	CHECK_STR(z->records[1].value, "10 mail.sub.example.com.");
	CHECK_STR(z->records[1].name, "sub");
	CHECK_STR(z->records[2].value, "sub.example.com.");
	CHECK_STR(z->records[2].name, "www.sub");
	CHECK_STR(z->records[3].value, "other.");
	CHECK_STR(z->records[3].rdata, "other");
	zone_free(z);
}

static void test_value_errors(void)
{
	CHECK_ERR("a MX 10", "'zone.txt' line 1, column 8: MX needs 2 fields (preference, exchange), found 1");
	CHECK_ERR("a MX 10 b c",
		  "'zone.txt' line 1, column 11: MX takes 2 fields (preference, exchange), found 3");
	CHECK_ERR("a MX 70000 b",
		  "'zone.txt' line 1, column 6: invalid MX preference '70000': expected a number from 0 to 65535");
	CHECK_ERR("a MX -1 b",
		  "'zone.txt' line 1, column 6: invalid MX preference '-1': expected a number from 0 to 65535");
	CHECK_ERR("a A 192.0.2",
		  "'zone.txt' line 1, column 5: invalid A address '192.0.2': expected an IPv4 address such as 192.0.2.1");
	CHECK_ERR("a AAAA 192.0.2.1",
		  "'zone.txt' line 1, column 8: invalid AAAA address '192.0.2.1': expected an IPv6 address such as 2001:db8::1");
	CHECK_ERR("a\n  A 192.0.2.1 ; x\n",
		  "'zone.txt' line 1, column 2: missing record type");
	CHECK_ERR("a CNAME \"b\"",
		  "'zone.txt' line 1, column 9: invalid CNAME target 'b': a domain name cannot be a quoted string");
	CHECK_ERR("a CNAME b..c",
		  "'zone.txt' line 1, column 9: invalid CNAME target 'b..c': empty label");
	CHECK_ERR("a TXT", "'zone.txt' line 1, column 6: TXT needs at least 1 field (text...), found 0");
	CHECK_ERR("a CAA 0 is-sue x",
		  "'zone.txt' line 1, column 9: invalid CAA tag 'is-sue': expected letters and digits, such as issue");
	CHECK_ERR("a DS 1 2 3 abc",
		  "'zone.txt' line 1, column 12: invalid DS digest 'abc': odd number of hex digits");
	CHECK_ERR("a DS 1 FOO 3 ab",
		  "'zone.txt' line 1, column 8: invalid DS algorithm 'FOO': expected a number from 0 to 255 "
		  "or a mnemonic such as ECDSAP256SHA256");
	CHECK_ERR("a SSHFP 1 1 xyz",
		  "'zone.txt' line 1, column 13: invalid SSHFP fingerprint 'xyz': expected hex digits (0-9, a-f)");
	CHECK_ERR("a OPENPGPKEY ab!d",
		  "'zone.txt' line 1, column 14: invalid OPENPGPKEY public key 'ab!d': expected base64 "
		  "(A-Z, a-z, 0-9, +, / and = at the end)");
	CHECK_ERR("a OPENPGPKEY abc",
		  "'zone.txt' line 1, column 14: invalid OPENPGPKEY public key 'abc': base64 length must "
		  "be a multiple of 4 (pad with =)");
	CHECK_ERR("a SOA ns host 1 2 3 4 5x",
		  "'zone.txt' line 1, column 23: invalid SOA minimum '5x': expected seconds or units such as 1h30m");
	CHECK_ERR("a LOC 91 N 1 E 0",
		  "'zone.txt' line 1, column 7: invalid LOC latitude '91': expected degrees from 0 to 90");
	CHECK_ERR("a LOC 90 1 N 1 E 0", "'zone.txt' line 1, column 12: LOC latitude is beyond 90 degrees");
	CHECK_ERR("a LOC 1 60 N 1 E 0",
		  "'zone.txt' line 1, column 9: invalid LOC latitude '60': expected minutes from 0 to 59");
	CHECK_ERR("a LOC", "'zone.txt' line 1, column 6: LOC needs a latitude: degrees [minutes [seconds]] N or S");
	CHECK_ERR("a LOC 1 2 60 N 1 E 0",
		  "'zone.txt' line 1, column 11: invalid LOC latitude '60': expected seconds from 0 to 59.999");
	CHECK_ERR("a LOC 1 2 3.1234 N 1 E 0",
		  "'zone.txt' line 1, column 11: invalid LOC latitude '3.1234': expected seconds from 0 to 59.999");
	CHECK_ERR("a LOC 1 N 2 3", "'zone.txt' line 1, column 14: LOC longitude needs E or W after the degrees");
	CHECK_ERR("a LOC 1 2 3 X 1 E 0",
		  "'zone.txt' line 1, column 13: invalid LOC latitude 'X': expected N or S");
	CHECK_ERR("a LOC 1 N 1 E", "'zone.txt' line 1, column 14: LOC needs an altitude after the longitude, such as 10m");
	CHECK_ERR("a LOC 1 N 1 E 1m 99999999999m",
		  "'zone.txt' line 1, column 18: invalid LOC size '99999999999m': expected metres from 0 to 90000000.00");
	CHECK_ERR("a LOC 1 N 1 E 1m 1 1 1 1",
		  "'zone.txt' line 1, column 24: invalid LOC field '1': LOC ends with size, horizontal and vertical precision");
	CHECK_ERR("a LOC 1.5 N 1 E 1m",
		  "'zone.txt' line 1, column 7: invalid LOC latitude '1.5': expected degrees from 0 to 90");
	CHECK_ERR("a HTTPS 1 . foo=bar",
		  "'zone.txt' line 1, column 13: invalid HTTPS parameter 'foo=bar': expected mandatory, "
		  "alpn, no-default-alpn, port, ipv4hint, ech, ipv6hint, dohpath, ohttp or keyNNNNN");
	CHECK_ERR("a HTTPS 1 . alpn=h2 alpn=h3",
		  "'zone.txt' line 1, column 21: invalid HTTPS parameter 'alpn=h3': this parameter is given twice");
	CHECK_ERR("a SVCB 1 . port=x",
		  "'zone.txt' line 1, column 12: invalid SVCB parameter 'port=x': expected a port number from 0 to 65535");
	CHECK_ERR("a SVCB 1 . ipv4hint=1.2.3.4,,5.6.7.8",
		  "'zone.txt' line 1, column 12: invalid SVCB parameter 'ipv4hint=1.2.3.4,,5.6.7.8': "
		  "expected a comma-separated list of addresses");
	CHECK_ERR("a SVCB 1 . no-default-alpn=x",
		  "'zone.txt' line 1, column 12: invalid SVCB parameter 'no-default-alpn=x': this parameter takes no value");
	CHECK_ERR("a SVCB 1 . alpn",
		  "'zone.txt' line 1, column 12: invalid SVCB parameter 'alpn': this parameter needs a value: key=value");
	/* found by fuzz_zone: an overlong number, an empty digest */
	CHECK_ERR("a LOC 1 N 1 E 2222222222222222222m",
		  "'zone.txt' line 1, column 15: invalid LOC altitude '2222222222222222222m': expected "
		  "metres from -100000.00 to 42849672.95");
	CHECK_ERR("a CDS 0 000 004 \"\"",
		  "'zone.txt' line 1, column 17: invalid CDS digest '': expected hex digits (0-9, a-f)");
	CHECK_ERR("a WKS 192.0.2.1 icmp",
		  "'zone.txt' line 1, column 17: invalid WKS protocol 'icmp': expected a number, tcp or udp");
	CHECK_ERR("a WKS 192.0.2.1 6 a_b",
		  "'zone.txt' line 1, column 19: invalid WKS service 'a_b': expected a port number or a service name");
}

/* ---- RRsets ---- */

static void test_rrsets(void)
{
	struct zone_error err;
	struct zone_rrsets s;
	struct zone *z = parse("@ 3600 A 192.0.2.1\n"
			       "www 300 CNAME @\n"
			       "@ 600 A 192.0.2.2\n"
			       "@ TXT \"one\" \"two\"\n"
			       "@ TXT three\n"
			       "WWW.example.com. 300 CNAME example.com.\n"
			       "@ 300 A 192.0.2.3\n"
			       "@ HINFO \"PC\" \"Linux\"\n"
			       "x.example.org. A 192.0.2.9\n",
			       &err);
	CHECK(z != NULL);
	if (!z)
		return;
	zone_rrsets(z, &s);
	CHECK_INT(s.len, 5);
	if (s.len == 5) {
		CHECK_STR(s.items[0].name, "@");
		CHECK_STR(s.items[0].type, "A");
		CHECK_INT(s.items[0].ttl, 300);
		CHECK_INT(s.items[0].nvalues, 3);
		CHECK_STR(s.items[0].values[0], "192.0.2.1");
		CHECK_STR(s.items[0].values[2], "192.0.2.3");
		CHECK_INT(s.items[0].line, 1);
		CHECK(s.items[0].livedns && !s.items[0].outside);
		CHECK_STR(s.items[1].name, "www");
		CHECK_INT(s.items[1].nvalues, 1);
		CHECK_STR(s.items[1].values[0], "example.com.");
		CHECK_STR(s.items[2].type, "TXT");
		CHECK_INT(s.items[2].nvalues, 2);
		CHECK_STR(s.items[2].values[0], "\"one\" \"two\"");
		CHECK_STR(s.items[2].values[1], "\"three\"");
		CHECK_INT(s.items[2].ttl, 3600);
		CHECK_STR(s.items[3].type, "HINFO");
		CHECK(!s.items[3].livedns);
		CHECK_STR(s.items[3].values[0], "\"PC\" \"Linux\"");
		CHECK(s.items[4].outside);
		CHECK_STR(s.items[4].name, "x.example.org.");
	}
	CHECK_INT(s.nwarnings, 2);
	if (s.nwarnings == 2) {
		CHECK_STR(s.warnings[0], "'zone.txt': RRset '@' A has different TTLs (line 1: 3600, "
					 "line 3: 600, line 7: 300); using the lowest, 300");
		CHECK_STR(s.warnings[1], "'zone.txt' line 6: duplicate record 'WWW' CNAME "
					 "example.com. (same as line 2): kept once");
	}
	zone_rrsets_free(&s);
	CHECK(s.items == NULL && s.len == 0);
	zone_free(z);

	/* an empty zone gives no RRsets */
	z = parse("; nothing\n", &err);
	CHECK(z != NULL);
	if (z) {
		CHECK_INT(z->len, 0);
		zone_rrsets(z, &s);
		CHECK_INT(s.len, 0);
		CHECK_INT(s.nwarnings, 0);
		zone_rrsets_free(&s);
		zone_free(z);
	}
}

/* ---- input handling ---- */

static void test_input_edges(void)
{
	struct zone_error err;
	/* the text is not NUL-terminated: nothing past len is read */
	const char *src = "www A 192.0.2.1\nmail A 192.0.2.2";
	size_t len = strlen(src) - 4;
	char *exact = xmalloc(len);
	memcpy(exact, src, len);
	struct zone *z = zone_parse(exact, len, "z", "example.com", 300, &err);
	CHECK(z == NULL);
	CHECK_STR(err.msg, "'z' line 2, column 8: invalid A address '192.0': expected an IPv4 "
			   "address such as 192.0.2.1");
	free(exact);
	/* CRLF line endings, no final newline, positions */
	z = parse("www A 192.0.2.1\r\n\r\n  TXT \"x\"\r\nmail\tMX\t10 mx", &err);
	CHECK(z != NULL);
	if (z) {
		CHECK_INT(z->len, 3);
		CHECK_INT(z->records[1].line, 3);
		CHECK_INT(z->records[1].col, 3);
		CHECK_INT(z->records[2].line, 4);
		CHECK_STR(z->records[2].value, "10 mx.example.com.");
		zone_free(z);
	}
	z = zone_parse(NULL, 0, "z", "example.com.", 300, &err);
	CHECK(z != NULL && z->len == 0);
	zone_free(z);
	z = zone_parse("a TXT x\0y", 9, "z", "example.com.", 300, &err);
	CHECK(z == NULL);
	CHECK_STR(err.msg, "'z' line 1, column 8: control character 0x00 in the file: write it as "
			   "\\000 in a quoted string");
}

/* 10,000 records: correct, and how long it takes (printed, not checked). */
static void test_large_zone(void)
{
	struct buf b = {0};
	struct zone_error err;
	struct zone_rrsets s;
	struct timespec t0, t1, t2;
	buf_adds(&b, "$TTL 1h\n@ SOA ns1.gandi.net. hostmaster.gandi.net. 1 10800 3600 604800 10800\n");
	for (int i = 0; i < 9999; i++) {
		switch (i % 4) {
		case 0:
			buf_printf(&b, "host%d A 192.0.%d.%d\n", i, (i / 256) % 256, i % 256);
			break;
		case 1:
			buf_printf(&b, "host%d 300 IN TXT \"v=spf1 include:_spf%d.example.com -all\"\n",
				   i - 1, i);
			break;
		case 2:
			buf_printf(&b, "_sip._tcp.h%d SRV 10 60 5060 host%d\n", i, i - 2);
			break;
		default:
			buf_printf(&b, "mx%d MX 10 mail%d.example.net.\n", i % 50, i);
			break;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	struct zone *z = zone_parse(b.data, b.len, "big.zone", "example.com.", 300, &err);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK(z != NULL);
	if (z) {
		CHECK_INT(z->len, 10000);
		zone_rrsets(z, &s);
		clock_gettime(CLOCK_MONOTONIC, &t2);
		/* SOA, 2500 A, 2500 TXT, 2500 SRV, and 2499 MX over 25 names */
		CHECK_INT(s.len, 1 + 3 * 2500 + 25);
		CHECK_INT(s.nwarnings, 0);
		fprintf(stderr, "zone: 10000 records (%zu bytes) parsed in %.2f ms, grouped in %.2f ms\n",
			b.len, (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6,
			(double)(t2.tv_sec - t1.tv_sec) * 1e3 + (double)(t2.tv_nsec - t1.tv_nsec) / 1e6);
		zone_rrsets_free(&s);
		zone_free(z);
	} else {
		fprintf(stderr, "%s\n", err.msg);
	}
	buf_free(&b);
}

/* One run reports every error of a file: each line's, past parentheses, without cascades. */
static void test_every_error_reported(void)
{
	struct zone_error e;
	const char *text = "a 300 IN A 192.0.2.300\n"
			   "b 300 IN TXT \"open\n"
			   "c 300 IN MX ( 10\n"
			   "  mail.example.com. extra )\n"
			   "ok 300 IN A 192.0.2.1\n"
			   "bad..name 300 IN A 192.0.2.2\n"
			   "  300 IN A 192.0.2.3\n" /* its owner was bad: not one more error */
			   "$BOGUS x\n";
	struct zone *z = parse(text, &e);
	CHECK(z == NULL);
	zone_free(z);
	CHECK_INT((int)e.count, 5);
	CHECK_INT(e.line, 1);
	CHECK(strstr(e.msg, "'zone.txt' line 1, column 12: invalid A address") == e.msg);
	CHECK(strstr(e.more[0], "'zone.txt' line 2, column 14: unterminated quoted string"));
	CHECK(strstr(e.more[1], "'zone.txt' line 4, column ") && strstr(e.more[1], "MX"));
	CHECK(strstr(e.more[2], "'zone.txt' line 6, column 1: invalid owner name"));
	CHECK(strstr(e.more[3], "'zone.txt' line 8, column 1: unknown directive"));

	/* past the limit: counted, the first ones kept */
	struct buf many = {0};
	for (int i = 0; i < 30; i++)
		buf_printf(&many, "h%d 300 IN A 192.0.2.%d\n", i, 300 + i);
	z = parse(buf_str(&many), &e);
	CHECK(z == NULL);
	CHECK_INT((int)e.count, 30);
	CHECK(strstr(e.more[ZONE_ERRORS_SHOWN - 2], "line 20,") != NULL);
	buf_free(&many);

	/* no error: count 0 */
	z = parse("ok 300 IN A 192.0.2.1\n", &e);
	CHECK(z != NULL);
	CHECK_INT((int)e.count, 0);
	zone_free(z);
}

/* A $ORIGIN outside the zone is noted (the file is another zone's); one under it is not. */
static void test_foreign_origin(void)
{
	struct zone_error e;
	struct zone *z = parse("$ORIGIN sub.example.com.\nwww 300 IN A 192.0.2.1\n", &e);
	CHECK(z && !z->foreign_origin);
	zone_free(z);
	z = parse("www 300 IN A 192.0.2.1\n$ORIGIN Example-Corp.com.\n@ 300 IN A 192.0.2.1\n"
		  "$ORIGIN other.net.\n", &e);
	CHECK(z && z->foreign_origin);
	if (z && z->foreign_origin) {
		CHECK_STR(z->foreign_origin, "Example-Corp.com.");
		CHECK_INT(z->foreign_line, 2);
		CHECK(z->records[1].outside);
	}
	zone_free(z);
}

int main(void)
{
	struct stat st;
	if (stat(ZONES_DIR "/example.zone", &st) == 0) {
		RUN(test_zones_example);
		RUN(test_zones_unsupported_reported);
		RUN(test_zones_round_trip);
		RUN(test_zones_values);
	} else {
		/* counted as skipped by tests/run.py, never as passed */
		printf("skip - test_zones_example (" ZONES_DIR " absent)\n");
		printf("skip - test_zones_unsupported_reported (" ZONES_DIR " absent)\n");
		printf("skip - test_zones_round_trip (" ZONES_DIR " absent)\n");
	}
	RUN(test_origin_and_names);
	RUN(test_names_case_escapes_outside);
	RUN(test_owner_carried_over);
	RUN(test_ttl_rules);
	RUN(test_class_and_ttl_order);
	RUN(test_parentheses_and_comments);
	RUN(test_quoted_strings);
	RUN(test_directives);
	RUN(test_name_errors);
	RUN(test_types);
	RUN(test_generic_rdata);
	RUN(test_generic_rdata_errors);
	RUN(test_values);
	RUN(test_values_follow_origin);
	RUN(test_value_errors);
	RUN(test_rrsets);
	RUN(test_input_edges);
	RUN(test_large_zone);
	RUN(test_every_error_reported);
	RUN(test_foreign_origin);
	return unit_done();
}
