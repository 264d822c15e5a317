/*
 * libFuzzer target for the value module (src/dns/value.c); make fuzz runs it
 * (tools/fuzz.sh), make check replays its corpus. Input: a first line
 * "TYPE FORM [nozone]" (FORM: user, zone or api), then the value's text; a
 * text holding '|' is also read as the arguments of a command, cut there.
 *
 * Besides memory safety and undefined behaviour, it checks for a value that
 * parses:
 *  - its API form and its key are printable ASCII;
 *  - each printed form reads back to the same value: the API form as the
 *    API holds it (and keeps its spelling), the zone form as a master file,
 *    the table form as a user types it;
 *  - the key is a fixed point, and dnsv_key() gives it whatever the form;
 * and, for any text, that dnsv_key(), dnsv_display() and dnsv_parse_args()
 * answer without crashing, and that a refused value still has a key. The
 * text is also read as a DNSKEY (dnsv_dnskey()): one that parses has a
 * printable key, and its rdata printed again reads back to the same key and
 * key tag.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dns/value.h"
#include "xalloc.h"

static void fail(const char *what, const char *detail)
{
	fprintf(stderr, "fuzz_value: %s: %s\n", what, detail);
	abort();
}

static void printable(const char *what, const char *s)
{
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
			fail(what, "not printable ASCII");
}

static void reads_back(const struct dnsv *v, enum dnsv_print how, enum dnsv_form form,
		       const char *zone)
{
	struct dnsv w;
	struct dnsv_error err;
	char *p = dnsv_print(v, how);
	if (dnsv_parse(v->type, p, form, zone, &w, &err) != 0)
		fail("a printed form does not read back", err.msg);
	if (!dnsv_equal(v, &w))
		fail("a printed form reads back as another value", p);
	if (how == DNSV_PRINT_API && strcmp(w.api, v->api) != 0)
		fail("the API form is not a fixed point", p);
	dnsv_free(&w);
	free(p);
}

static void check_dnskey(const char *text)
{
	struct dnsv_dnskey k, again;
	struct dnsv_error err;
	if (dnsv_dnskey(text, &k, &err) != 0) {
		if (err.msg[0] == '\0')
			fail("a DNSKEY error without a message", text);
		return;
	}
	printable("DNSKEY public key", k.public_key);
	char *rdata = xasprintf("%u %u %u %s", k.flags, k.protocol, k.algorithm, k.public_key);
	if (dnsv_dnskey(rdata, &again, &err) != 0)
		fail("a DNSKEY's rdata does not read back", err.msg);
	if (again.tag != k.tag || strcmp(again.public_key, k.public_key) != 0)
		fail("a DNSKEY's rdata reads back as another key", rdata);
	dnsv_dnskey_free(&again);
	dnsv_dnskey_free(&k);
	free(rdata);
}

static void check_args(const char *type, char *text, const char *zone)
{
	char *argv[16];
	int argc = 0;
	for (char *p = text; argc < 16;) {
		argv[argc++] = p;
		char *bar = strchr(p, '|');
		if (!bar)
			break;
		*bar = '\0';
		p = bar + 1;
	}
	struct dnsv *v = NULL;
	size_t n = 0;
	struct dnsv_error err;
	if (dnsv_parse_args(type, argc, argv, zone, &v, &n, &err) == 0) {
		for (size_t i = 0; i < n; i++) {
			for (size_t j = 0; j < i; j++)
				if (dnsv_equal(&v[i], &v[j]))
					fail("dnsv_parse_args() keeps a repeat", v[i].key);
			dnsv_free(&v[i]);
		}
		free(v);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *input = xstrndup((const char *)data, size); /* stops at a NUL, like argv */
	char *nl = strchr(input, '\n');
	char type[32] = "", form_name[16] = "", nozone[16] = "";
	if (!nl)
		goto out;
	*nl = '\0';
	if (sscanf(input, "%31s %15s %15s", type, form_name, nozone) < 2)
		goto out;
	const char *text = nl + 1;
	enum dnsv_form form = form_name[0] == 'z' ? DNSV_ZONE : form_name[0] == 'a' ? DNSV_API
										   : DNSV_USER;
	const char *zone = nozone[0] ? NULL : "example.com";
	struct dnsv v;
	struct dnsv_error err;
	char *key = dnsv_key(type, text, form, zone);
	if (dnsv_parse(type, text, form, zone, &v, &err) == 0) {
		printable("api", v.api);
		printable("key", v.key);
		if (strcmp(key, v.key) != 0)
			fail("dnsv_key() and dnsv_parse() disagree", text);
		reads_back(&v, DNSV_PRINT_API, DNSV_API, zone);
		reads_back(&v, DNSV_PRINT_ZONE, DNSV_ZONE, zone);
		reads_back(&v, DNSV_PRINT_TABLE, DNSV_USER, zone);
		char *again = dnsv_key(v.type, v.key, DNSV_API, zone);
		if (strcmp(again, v.key) != 0)
			fail("the key is not a fixed point", v.key);
		free(again);
		dnsv_free(&v);
	} else if (err.msg[0] == '\0') {
		fail("an error without a message", text);
	}
	free(key);
	char *shown = dnsv_display(type, text);
	free(shown);
	char *copy = xstrdup(text);
	check_args(type, copy, zone);
	free(copy);
	long ttl;
	dnsv_ttl(text, &ttl, &err);
	dnsv_host(text, "host", &err);
	dnsv_host_under(type, text, "gandi.net");
	check_dnskey(text);
out:
	free(input);
	return 0;
}
