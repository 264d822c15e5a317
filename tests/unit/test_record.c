#include <stdlib.h>

#include "ctx.h"
#include "error.h"
#include "dns/record.h"
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
	CHECK_STR(name("example.com", ""), "@");
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

static const char *value(const char *type, const char *v)
{
	static char out[2048];
	char *api = NULL;
	reset();
	if (record_value(&ctx, type, v, &api) != 0)
		return "ERROR";
	snprintf(out, sizeof(out), "%s", api);
	free(api);
	return out;
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
	char *back = txt_decode(v);
	CHECK_STR(back, longtext);
	free(back);
}

static void test_txt_round_trip_and_compare(void)
{
	/* plain text shows as it is; text that could be misread shows quoted */
	const char *texts[] = {"plain", "caf\xc3\xa9 \xe2\x9c\x93", "with \"quotes\"", "back\\slash",
			       "  spaces  ", "a, b", "\"\\\"quoted\\\"\"", "tab\there"};
	const char *shown_as[] = {"plain", "caf\xc3\xa9 \xe2\x9c\x93", "with \"quotes\"", "back\\slash",
				  "  spaces  ", "\"a, b\"", "\"\\\"quoted\\\"\"", "\"tab\\009here\""};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		char *api = NULL, *again = NULL;
		reset();
		CHECK(record_value(&ctx, "TXT", texts[i], &api) == 0);
		char *shown = value_display("TXT", api);
		CHECK_STR(shown, shown_as[i]);
		CHECK(value_equal("TXT", api, api));
		/* what a table shows, typed back, is the same value */
		CHECK(record_value(&ctx, "TXT", shown, &again) == 0);
		CHECK(again && value_equal("TXT", api, again));
		free(again);
		free(shown);
		free(api);
	}
	CHECK(value_equal("TXT", "\"ab\" \"c\"", "\"abc\""));
	CHECK(!value_equal("TXT", "\"ab\"", "\"abc\""));
	CHECK(value_equal("CNAME", "Host.Example.com.", "host.example.com."));
	CHECK(value_equal("MX", "10  mail.example.com.", "10 mail.example.com."));
}

static void test_ttl_and_types(void)
{
	long ttl = 0;
	reset();
	CHECK(record_ttl(&ctx, "300", &ttl) == 0 && ttl == 300);
	CHECK(record_ttl(&ctx, "2592000", &ttl) == 0);
	CHECK(record_ttl(&ctx, "299", &ttl) == EXIT_USAGE);
	CHECK(record_ttl(&ctx, "2592001", &ttl) == EXIT_USAGE);
	CHECK(record_ttl(&ctx, "1h", &ttl) == EXIT_USAGE);
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
	RUN(test_ttl_and_types);
	error_clear(&ctx.err);
	return unit_done();
}
