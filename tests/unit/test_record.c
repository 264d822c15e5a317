#include <stdlib.h>

#include "ctx.h"
#include "error.h"
#include "dns/record.h"
#include "dns/rrkey.h"
#include "dns/value.h"
#include "unit.h"

static struct ctx ctx;

static void reset(void)
{
	error_clear(&ctx.err);
	ctx.quiet = true; /* warnings off */
}

static const char *name(const char *zone, const char *n)
{
	static char out[256];
	char *rel = NULL;
	reset();
	if (record_name(&ctx, zone, n, &rel) != 0)
		return "ERROR";
	snprintf(out, sizeof(out), "%s", rel);
	free(rel);
	return out;
}

static void test_names(void)
{
	CHECK_STR(name("example.com", "@"), "@");
	CHECK_STR(name("example.com", ""), "ERROR"); /* an empty variable is not the apex */
	CHECK_STR(name("example.com", "."), "ERROR");
	CHECK_STR(name("example.com", "example.com"), "@");
	CHECK_STR(name("example.com", "EXAMPLE.com."), "@");
	CHECK_STR(name("example.com", "www"), "www");
	CHECK_STR(name("example.com", "WWW"), "www");
	CHECK_STR(name("example.com", "www.example.com"), "www");
	CHECK_STR(name("example.com", "www.example.com."), "www");
	CHECK_STR(name("example.com", "_acme-challenge.sub"), "_acme-challenge.sub");
	CHECK_STR(name("example.com", "*.dev"), "*.dev");
	CHECK_STR(name("example.com", "www.example.net."), "ERROR");
	CHECK_STR(name("example.com", "www.other.com"), "ERROR");
	CHECK_STR(name("example.com", "a..b"), "ERROR");
	CHECK_STR(name("example.com", "a b"), "ERROR");
	CHECK_STR(name("example.com", "a.*"), "ERROR");
}

/* A value as the user writes it (zone unknown: names stay as written), in the API form. */
static const char *value(const char *type, const char *v)
{
	static char out[2048];
	struct dnsv d;
	reset();
	if (value_check(&ctx, type, NULL, v, &d) != 0)
		return "ERROR";
	snprintf(out, sizeof(out), "%s", d.api);
	dnsv_free(&d);
	return out;
}

/* Whether two API values are one, against example.com, as dns add, remove and set decide. */
static bool same(const char *type, const char *a, const char *b)
{
	struct dnsv x, y;
	dnsv_stored(type, a, "example.com", &x);
	dnsv_stored(type, b, "example.com", &y);
	bool eq = dnsv_equal(&x, &y);
	dnsv_free(&x);
	dnsv_free(&y);
	return eq;
}

static void test_values_by_type(void)
{
	CHECK_STR(value("A", "192.0.2.1"), "192.0.2.1");
	CHECK_STR(value("A", "192.0.2"), "ERROR");
	CHECK_STR(value("A", "2001:db8::1"), "ERROR");
	CHECK_STR(value("AAAA", "2001:db8::1"), "2001:db8::1");
	CHECK_STR(value("AAAA", "192.0.2.1"), "ERROR");
	CHECK_STR(value("MX", "10 mail.example.com."), "10 mail.example.com.");
	CHECK_STR(value("MX", "mail.example.com"), "ERROR");
	CHECK_STR(value("MX", "70000 mail.example.com."), "ERROR");
	CHECK_STR(value("SRV", "0 5 5060 sip.example.com."), "0 5 5060 sip.example.com.");
	CHECK_STR(value("SRV", "0 5 sip.example.com."), "ERROR");
	CHECK_STR(value("CNAME", "target.example.net."), "target.example.net.");
	CHECK_STR(value("CNAME", "two words"), "ERROR");
	CHECK_STR(value("CAA", "0 issue letsencrypt.org"), "0 issue \"letsencrypt.org\"");
	CHECK_STR(value("CAA", "0 issue \"letsencrypt.org\""), "0 issue \"letsencrypt.org\"");
	CHECK_STR(value("CAA", "300 issue x"), "ERROR");
	CHECK_STR(value("CAA", "0 issue"), "ERROR");
	CHECK_STR(value("A", ""), "ERROR");
}

static void test_txt_quoting_and_splitting(void)
{
	CHECK_STR(value("TXT", "v=spf1 -all"), "\"v=spf1 -all\"");
	CHECK_STR(value("TXT", "say \"hi\" \\o/"), "\"say \\\"hi\\\" \\\\o/\"");
	CHECK_STR(value("TXT", "\"already\" \"quoted\""), "\"already\" \"quoted\"");
	CHECK_STR(value("TXT", "caf\xc3\xa9"), "\"caf\\195\\169\"");
	char longtext[601];
	memset(longtext, 'x', 600);
	longtext[600] = '\0';
	const char *v = value("TXT", longtext);
	CHECK(strlen(v) == 600 + 6 + 2); /* three quoted strings, two spaces */
	CHECK(strncmp(v + 257, " \"", 2) == 0);
	struct dnsv back;
	dnsv_stored("TXT", v, NULL, &back);
	CHECK(back.text && back.text_len == 600 && memcmp(back.text, longtext, 600) == 0);
	dnsv_free(&back);
}

static void test_txt_round_trip_and_compare(void)
{
	/* plain text shows as it is; text that could be misread shows quoted */
	const char *texts[] = {"plain", "caf\xc3\xa9 \xe2\x9c\x93", "with \"quotes\"", "back\\slash",
			       "  spaces  ", "a, b", "\"\\\"quoted\\\"\"", "tab\there"};
	const char *shown_as[] = {"plain", "caf\xc3\xa9 \xe2\x9c\x93", "with \"quotes\"", "back\\slash",
				  "  spaces  ", "\"a, b\"", "\"\\\"quoted\\\"\"", "\"tab\\009here\""};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct dnsv v, again;
		reset();
		CHECK(value_check(&ctx, "TXT", "example.com", texts[i], &v) == 0);
		char *shown = dnsv_display("TXT", v.api);
		CHECK_STR(shown, shown_as[i]);
		CHECK(same("TXT", v.api, v.api));
		/* what a table shows, typed back, is the same value */
		CHECK(value_check(&ctx, "TXT", "example.com", shown, &again) == 0);
		CHECK(dnsv_equal(&v, &again));
		dnsv_free(&again);
		dnsv_free(&v);
		free(shown);
	}
	CHECK(same("TXT", "\"ab\" \"c\"", "\"abc\""));
	CHECK(!same("TXT", "\"ab\"", "\"abc\""));
	CHECK(same("CNAME", "Host.Example.com.", "host.example.com."));
	CHECK(same("MX", "10  mail.example.com.", "10 mail.example.com."));
	/* names relative to the zone, as LiveDNS reads them */
	CHECK(same("MX", "10 mail", "10 mail.example.com."));
	CHECK(same("CNAME", "@", "example.com."));
	CHECK(!same("MX", "10 mail.example.com", "10 mail.example.com."));
	CHECK(same("AAAA", "2001:db8:0:0:0:0:0:10", "2001:DB8::10"));
}

/* Values given as arguments: split ones told to be quoted, repeats by meaning dropped. */
static void test_value_arguments(void)
{
	struct rrkey k = {.zone = "example.com", .type = "MX", .name = "@"};
	struct rrvalues l = {0};
	char *split[] = {"10", "mail.example.com"};
	reset();
	CHECK(values_parse(&ctx, &k, 2, split, &l) == EXIT_USAGE);
	CHECK(ctx.err.detail && strstr(ctx.err.detail, "quote it: '10 mail.example.com.'"));
	char *two[] = {"10 mail", "10 MAIL.example.com."};
	reset();
	CHECK(values_parse(&ctx, &k, 2, two, &l) == 0);
	CHECK(l.n == 1 && l.api[1] == NULL);
	CHECK_STR(l.api[0], "10 mail.example.com.");
	char *text = values_text(&l);
	CHECK_STR(text, "10 mail.example.com.");
	free(text);
	rrvalues_free(&l);
	/* two TXT values never print as one */
	struct rrkey t = {.zone = "example.com", .type = "TXT", .name = "foo"};
	char *words[] = {"hello", "world"}, *one[] = {"hello, world"};
	reset();
	CHECK(values_parse(&ctx, &t, 2, words, &l) == 0);
	char *a = values_text(&l);
	rrvalues_free(&l);
	CHECK(values_parse(&ctx, &t, 1, one, &l) == 0);
	char *b = values_text(&l);
	rrvalues_free(&l);
	CHECK_STR(a, "hello, world");
	CHECK_STR(b, "\"hello, world\"");
	free(a);
	free(b);
}

static void test_ttl_and_types(void)
{
	long ttl = 0;
	reset();
	CHECK(ttl_check(&ctx, "300", &ttl) == 0 && ttl == 300);
	CHECK(ttl_check(&ctx, "2592000", &ttl) == 0);
	CHECK(ttl_check(&ctx, "299", &ttl) == EXIT_USAGE);
	CHECK(ttl_check(&ctx, "2592001", &ttl) == EXIT_USAGE);
	CHECK(ttl_check(&ctx, "1h", &ttl) == EXIT_USAGE);
	const char *c = NULL;
	CHECK(rrtype_check(&ctx, "txt", &c) == 0);
	CHECK_STR(c, "TXT");
	CHECK(rrtype_check(&ctx, "NSEC", &c) == EXIT_USAGE);
	char *d = NULL;
	CHECK(domain_check(&ctx, "Example.COM.", &d) == 0);
	CHECK_STR(d, "example.com");
	free(d);
	CHECK(domain_check(&ctx, "com", &d) == EXIT_USAGE);
	CHECK(domain_check(&ctx, "ex ample.com", &d) == EXIT_USAGE);
}

int main(void)
{
	RUN(test_names);
	RUN(test_values_by_type);
	RUN(test_txt_quoting_and_splitting);
	RUN(test_txt_round_trip_and_compare);
	RUN(test_value_arguments);
	RUN(test_ttl_and_types);
	error_clear(&ctx.err);
	return unit_done();
}
