/*
 * libFuzzer target for the master-file parser (src/dns/zone.c, src/dns/zone-rdata.c).
 * Not built by make. By hand, from the repository root:
 *
 *   clang -g -O1 -std=c17 -fsanitize=fuzzer,address,undefined \
 *       -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Icommon -Isrc \
 *       -o build/fuzz_zone tests/fuzz/fuzz_zone.c src/dns/zone.c src/dns/zone-rdata.c \
 *       common/buf.c common/xalloc.c
 *   mkdir -p build/fuzz-zone-corpus
 *   build/fuzz_zone -max_total_time=600 -dict=tests/fuzz/zone.dict \
 *       build/fuzz-zone-corpus tests/fuzz/corpus/zone
 *
 * Besides memory safety and undefined behaviour, it checks:
 *  - a refused input gets a message naming the file, a line and a column;
 *  - each record written back as "owner ttl IN type rdata" (under the
 *    $ORIGIN it was read with) parses to the same record;
 *  - the LiveDNS value is a fixed point: "owner ttl IN type value" parses to
 *    the same value, and read as the API holds it (dnsv_parse(DNSV_API)) it
 *    keeps its spelling and its key;
 *  - zone_rrsets() keeps every record: values plus duplicate warnings add up.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dns/value.h"
#include "dns/zone.h"

static void fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_zone: %s: %s\n", what, detail);
	abort();
}

/* An owner beginning with '$' would read as a directive at the start of a line. */
static void add_owner(struct buf *b, const char *owner)
{
	if (owner[0] == '$')
		buf_addc(b, '\\');
	buf_adds(b, owner);
}

/* a and b name the same owner, b perhaps written with the escape add_owner() adds. */
static bool same_name(const char *a, const char *b)
{
	return strcmp(a, b) == 0 || (a[0] == '$' && b[0] == '\\' && strcmp(a, b + 1) == 0);
}

static void check_records(const struct zone *z, const char *origin)
{
	struct buf text = {0}, values = {0};
	struct zone_error err;
	size_t nvalues = 0;
	const char *in_force = origin;
	for (size_t i = 0; i < z->len; i++) {
		const struct zone_record *r = &z->records[i];
		if (strcmp(r->origin, in_force) != 0) {
			/* relative names in rdata follow the $ORIGIN of their line */
			buf_printf(&text, "$ORIGIN %s\n", r->origin);
			in_force = r->origin;
		}
		add_owner(&text, r->owner);
		buf_printf(&text, " %lu IN %s %s\n", (unsigned long)r->ttl, r->type, r->rdata);
		if (r->value) {
			add_owner(&values, r->owner);
			buf_printf(&values, " %lu IN %s %s\n", (unsigned long)r->ttl, r->type,
				   r->value);
			nvalues++;
		}
	}
	struct zone *again = zone_parse(text.data, text.len, "again", origin, 0, &err);
	if (!again)
		fail("records written back do not parse", err.msg);
	if (again->len != z->len)
		fail("records written back", "a different number of records");
	for (size_t i = 0; i < z->len; i++) {
		const struct zone_record *a = &z->records[i], *b = &again->records[i];
		if (!same_name(a->owner, b->owner) || !same_name(a->name, b->name) || a->ttl != b->ttl ||
		    strcmp(a->type, b->type) || strcmp(a->rdata, b->rdata) ||
		    (a->value == NULL) != (b->value == NULL) ||
		    (a->value && strcmp(a->value, b->value)) || a->outside != b->outside)
			fail("record written back differs", a->rdata);
	}
	zone_free(again);

	again = zone_parse(values.data, values.len, "values", origin, 0, &err);
	if (!again)
		fail("values written back do not parse", err.msg);
	if (again->len != nvalues)
		fail("values written back", "a different number of records");
	for (size_t i = 0, j = 0; i < z->len; i++) {
		const struct zone_record *r = &z->records[i];
		if (!r->value)
			continue;
		if (strcmp(r->value, again->records[j++].value) != 0)
			fail("value is not a fixed point", r->value);
		/* the value read back as the API holds it: the same value, the same key */
		struct dnsv v;
		struct dnsv_error verr;
		if (dnsv_parse(r->type, r->value, DNSV_API, r->origin, &v, &verr) != 0)
			fail("the API form of a value does not parse", verr.msg);
		if (strcmp(v.api, r->value) != 0)
			fail("the API form of a value changes it", v.api);
		if (strcmp(v.key, r->key) != 0)
			fail("the API form of a value has another key", v.key);
		dnsv_free(&v);
	}
	zone_free(again);
	buf_free(&text);
	buf_free(&values);
}

static void check_rrsets(const struct zone *z)
{
	struct zone_rrsets s;
	size_t kept = 0, duplicates = 0;
	zone_rrsets(z, &s);
	for (size_t i = 0; i < s.len; i++) {
		if (s.items[i].nvalues == 0)
			fail("rrsets", "an empty RRset");
		kept += s.items[i].nvalues;
	}
	for (size_t i = 0; i < s.nwarnings; i++)
		duplicates += strncmp(s.warnings[i], "'fuzz' line ", 12) == 0;
	if (kept + duplicates != z->len)
		fail("rrsets", "records lost or invented");
	zone_rrsets_free(&s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const origins[] = {"example.com.", ".", "a\\.b.Example."};
	const char *origin = origins[size % 3];
	struct zone_error err;
	struct zone *z = zone_parse((const char *)data, size, "fuzz", origin, 3600, &err);
	int line, col;
	if (z) {
		check_records(z, origin);
		check_rrsets(z);
		zone_free(z);
	} else if (sscanf(err.msg, "'fuzz' line %d, column %d: ", &line, &col) != 2 || line < 1 ||
		   col < 1 || line != err.line || col != err.col) {
		fail("error without a position", err.msg);
	}
	return 0;
}
