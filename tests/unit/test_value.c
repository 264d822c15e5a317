/*
 * The value module (src/dns/value.c): type by type, valid and invalid
 * values, canonical forms and equality pairs, the messages; then properties
 * over a corpus and over random respellings: parse(print(v)) == v for every
 * printed form, equality the same whichever form each side was parsed from,
 * and equality an equivalence.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "unit.h"
#include "xalloc.h"
#include "dns/value.h"

#define ZONE "example.com"
#define N(a) (sizeof(a) / sizeof((a)[0]))

static char got[20000];

/* The API form of text, or "ERROR: msg" / "REFUSED: msg". */
static const char *parsed(const char *type, const char *text, enum dnsv_form form,
			  const char *zone)
{
	struct dnsv v;
	struct dnsv_error err;
	if (dnsv_parse(type, text, form, zone, &v, &err) != 0) {
		snprintf(got, sizeof(got), "%s: %s", err.refused ? "REFUSED" : "ERROR", err.msg);
	} else {
		snprintf(got, sizeof(got), "%s", v.api);
		dnsv_free(&v);
	}
	return got;
}

static const char *key(const char *type, const char *text, enum dnsv_form form, const char *zone)
{
	struct dnsv v;
	struct dnsv_error err;
	if (dnsv_parse(type, text, form, zone, &v, &err) != 0) {
		snprintf(got, sizeof(got), "%s: %s", err.refused ? "REFUSED" : "ERROR", err.msg);
	} else {
		snprintf(got, sizeof(got), "%s", v.key);
		dnsv_free(&v);
	}
	return got;
}

/* The hint of the error text gives, or "". */
static const char *hint_of(const char *type, const char *text)
{
	struct dnsv v;
	struct dnsv_error err;
	got[0] = '\0';
	if (dnsv_parse(type, text, DNSV_USER, ZONE, &v, &err) != 0)
		snprintf(got, sizeof(got), "%s", err.hint);
	else
		dnsv_free(&v);
	return got;
}

static const char *table(const char *type, const char *text, enum dnsv_form form)
{
	struct dnsv v;
	struct dnsv_error err;
	if (dnsv_parse(type, text, form, ZONE, &v, &err) != 0) {
		snprintf(got, sizeof(got), "ERROR: %s", err.msg);
	} else {
		char *t = dnsv_print(&v, DNSV_PRINT_TABLE);
		snprintf(got, sizeof(got), "%s", t);
		free(t);
		dnsv_free(&v);
	}
	return got;
}

/* A user's value in zone example.com: its API form. */
#define OK(type, in, want) CHECK_STR(parsed(type, in, DNSV_USER, ZONE), want)
/* Refused at the first level (syntax), with exactly this message. */
#define BAD(type, in, msg) CHECK_STR(parsed(type, in, DNSV_USER, ZONE), "ERROR: " msg)
/* Well-formed but refused, with exactly this message. */
#define REFUSED(type, in, msg) CHECK_STR(parsed(type, in, DNSV_USER, ZONE), "REFUSED: " msg)
/* Equal, a in form fa and b in form fb, in zone example.com. */
#define SAME(type, fa, a, fb, b) CHECK(dnsv_same(type, a, fa, b, fb, ZONE))
#define DIFFERENT(type, fa, a, fb, b) CHECK(!dnsv_same(type, a, fa, b, fb, ZONE))

static const char hex64[] = "a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065";
static const char HEX64[] = "A9CDF989B504FE5DCA90C0D2167B6550570734F7C763E09FDF88904E06157065";

/* ---- type by type -------------------------------------------------------- */

static void test_types(void)
{
	CHECK_STR(dnsv_type("txt"), "TXT");
	CHECK_STR(dnsv_type("Openpgpkey"), "OPENPGPKEY");
	CHECK(dnsv_type("NSEC") == NULL);
	CHECK(dnsv_type("") == NULL);
	CHECK(dnsv_type(NULL) == NULL);
	CHECK_STR(dnsv_type_n("MXX", 2), "MX");
	size_t n = 0;
	for (size_t i = 0; dnsv_types[i]; i++, n++) {
		CHECK_STR(dnsv_type(dnsv_types[i]), dnsv_types[i]);
		if (i)
			CHECK(strcmp(dnsv_types[i - 1], dnsv_types[i]) < 0);
	}
	CHECK_INT(n, 25);
	CHECK_STR(parsed("NSEC", "x", DNSV_USER, ZONE), "ERROR: 'NSEC' is not a record type LiveDNS accepts");
}

static void test_a_aaaa(void)
{
	OK("A", "192.0.2.1", "192.0.2.1");
	OK("A", "  192.0.2.1 ", "192.0.2.1");
	BAD("A", "192.0.2", "invalid A address '192.0.2': expected an IPv4 address such as 192.0.2.1");
	BAD("A", "2001:db8::1", "invalid A address '2001:db8::1': expected an IPv4 address such as 192.0.2.1");
	CHECK_STR(hint_of("A", "2001:db8::1"), "IPv6 addresses go in AAAA records");
	BAD("A", "192.0.2.1 192.0.2.2", "A takes 1 field (address), found 2");
	BAD("A", "", "A value is empty");
	OK("AAAA", "2001:0DB8:0:0::1", "2001:db8::1");
	OK("AAAA", "2001:db8:0:0:0:0:0:10", "2001:db8::10");
	OK("AAAA", "::FFFF:192.0.2.1", "::ffff:192.0.2.1");
	BAD("AAAA", "192.0.2.1",
	    "invalid AAAA address '192.0.2.1': expected an IPv6 address such as 2001:db8::1");
	CHECK_STR(hint_of("AAAA", "192.0.2.1"), "IPv4 addresses go in A records");
	/* issue 15: addresses by value */
	SAME("AAAA", DNSV_USER, "2001:db8::1", DNSV_API, "2001:0DB8:0:0::1");
	SAME("AAAA", DNSV_USER, "2001:db8::1", DNSV_USER, "2001:DB8:0::1");
	SAME("AAAA", DNSV_API, "2001:db8:0:0:0:0:0:10", DNSV_ZONE, "2001:db8::10");
	DIFFERENT("AAAA", DNSV_USER, "2001:db8::1", DNSV_USER, "2001:db8::2");
}

static void test_hosts(void)
{
	static const char *const types[] = {"CNAME", "ALIAS", "DNAME", "NS", "PTR"};
	for (size_t i = 0; i < N(types); i++) {
		const char *t = types[i];
		CHECK_STR(parsed(t, "target.example.net.", DNSV_USER, ZONE), "target.example.net.");
		CHECK_STR(parsed(t, "www", DNSV_USER, ZONE), "www.example.com.");
		CHECK_STR(parsed(t, "@", DNSV_USER, ZONE), "example.com.");
		CHECK_STR(parsed(t, "Web.Example.NET.", DNSV_USER, ZONE), "Web.Example.NET.");
		CHECK_STR(key(t, "Web.Example.NET.", DNSV_USER, ZONE), "web.example.net.");
		CHECK(strncmp(parsed(t, "10.0.0.1", DNSV_USER, ZONE), "REFUSED: invalid ", 17) == 0);
		CHECK(strstr(got, "'10.0.0.1': an IP address, where ") != NULL);
		CHECK(strncmp(parsed(t, "10.0.0.1.", DNSV_USER, ZONE), "REFUSED: ", 9) == 0);
		CHECK(strncmp(parsed(t, "2001:db8::1", DNSV_USER, ZONE), "REFUSED: ", 9) == 0);
		CHECK(strstr(parsed(t, ".", DNSV_USER, ZONE), "the root '.' is not a host name"));
		CHECK(strstr(parsed(t, "*.example.net.", DNSV_USER, ZONE), "a wildcard '*' is not a host name"));
		CHECK(strstr(parsed(t, "a$b.example.net.", DNSV_USER, ZONE), "'$' cannot be in a host name"));
		CHECK(strstr(parsed(t, "caf\xc3\xa9.example.", DNSV_USER, ZONE), "xn-- form"));
		CHECK(strstr(parsed(t, "host.1.", DNSV_USER, ZONE), "its last label is a number"));
		CHECK(strstr(parsed(t, "two words", DNSV_USER, ZONE), "takes 1 field"));
		CHECK(strstr(parsed(t, "a..b", DNSV_USER, ZONE), "empty label"));
		CHECK(strstr(parsed(t, "\"quoted\"", DNSV_USER, ZONE), "cannot be a quoted string"));
		SAME(t, DNSV_USER, "WEB.example.net.", DNSV_API, "web.EXAMPLE.net.");
		SAME(t, DNSV_USER, "web", DNSV_API, "web.example.com.");
		SAME(t, DNSV_USER, "@", DNSV_API, "Example.Com.");
		DIFFERENT(t, DNSV_USER, "web.example.net", DNSV_API, "web.example.net.");
	}
	REFUSED("CNAME", "10.0.0.1", "invalid CNAME target '10.0.0.1': an IP address, where CNAME needs a host name");
	CHECK_STR(hint_of("CNAME", "10.0.0.1"),
		  "to point a name at an address, give it an A or AAAA record instead of CNAME");
	REFUSED("NS", "192.0.2.53", "invalid NS name server '192.0.2.53': an IP address, where NS needs a host name");
	REFUSED("PTR", "192.0.2.53", "invalid PTR target '192.0.2.53': an IP address, where PTR needs a host name");
	/* underscores are common in targets (DKIM, service names) */
	OK("CNAME", "s1._domainkey.example.net.", "s1._domainkey.example.net.");
	/* escapes in one spelling, case folded in the key only */
	OK("DNAME", "a\\066c.example.net.", "aBc.example.net.");
	/* no zone: a relative name stays relative */
	CHECK_STR(parsed("CNAME", "www", DNSV_USER, NULL), "www");
	CHECK_STR(key("CNAME", "WWW", DNSV_USER, NULL), "www");
	CHECK_STR(parsed("CNAME", "@", DNSV_USER, NULL), "@");
	CHECK_STR(parsed("CNAME", "www", DNSV_USER, "example.com."), "www.example.com.");
	CHECK_STR(key("CNAME", "www", DNSV_USER, "EXAMPLE.com"), "www.example.com.");
}

static void test_final_dot_warning(void)
{
	struct dnsv v;
	struct dnsv_error err;
	CHECK(dnsv_parse("CNAME", "target.example.org", DNSV_USER, ZONE, &v, &err) == 0);
	CHECK_STR(v.api, "target.example.org.example.com.");
	CHECK_STR(v.warning, "CNAME target 'target.example.org' has no final dot: DNS reads it as "
			     "relative to the zone, 'target.example.org.example.com.'; write "
			     "'target.example.org.' if you mean that host");
	dnsv_free(&v);
	CHECK(dnsv_parse("MX", "10 mail.example.org", DNSV_USER, NULL, &v, &err) == 0);
	CHECK_STR(v.warning, "MX exchange 'mail.example.org' has no final dot: DNS reads it as "
			     "relative to the zone; write 'mail.example.org.' if you mean that host");
	dnsv_free(&v);
	/* no warning for a single label, an absolute name, the API or a zone file */
	const char *quiet[][3] = {{"MX", "10 mail", "u"}, {"MX", "10 mail.example.org.", "u"},
				  {"MX", "10 mail.example.org", "a"}, {"MX", "10 mail.example.org", "z"}};
	for (size_t i = 0; i < N(quiet); i++) {
		enum dnsv_form f = quiet[i][2][0] == 'u' ? DNSV_USER : quiet[i][2][0] == 'a' ? DNSV_API : DNSV_ZONE;
		CHECK(dnsv_parse(quiet[i][0], quiet[i][1], f, ZONE, &v, &err) == 0);
		CHECK(v.warning == NULL);
		dnsv_free(&v);
	}
	/* the issue: no advice to write '10.0.0.1.': an address is refused first */
	CHECK(dnsv_parse("MX", "10 10.0.0.1", DNSV_USER, ZONE, &v, &err) != 0);
	CHECK(err.refused);
	CHECK(strstr(err.msg, "10.0.0.1.") == NULL && strstr(err.hint, "10.0.0.1.") == NULL);
}

static void test_mx_srv(void)
{
	OK("MX", "10 mail", "10 mail.example.com.");
	OK("MX", "010 Mail.Example.COM.", "10 Mail.Example.COM.");
	OK("MX", "0 .", "0 .");
	BAD("MX", "mail.example.com", "MX needs 2 fields (preference, exchange), found 1");
	CHECK_STR(hint_of("MX", "mail.example.com"), "MX values look like '10 mail.example.com.'");
	BAD("MX", "70000 mail.", "invalid MX preference '70000': expected a number from 0 to 65535");
	BAD("MX", "-1 mail.", "invalid MX preference '-1': expected a number from 0 to 65535");
	REFUSED("MX", "10 10.0.0.1",
		"invalid MX exchange '10.0.0.1': an IP address, where MX needs a host name");
	CHECK_STR(hint_of("MX", "10 10.0.0.1"), "write the name of a host that has this address (in "
						"its A or AAAA record), such as '10 mail.example.com.'");
	/* issue 15: "10 mail" beside "10 mail.example.com." */
	SAME("MX", DNSV_USER, "10 mail", DNSV_API, "10 mail.example.com.");
	SAME("MX", DNSV_USER, "10 MAIL", DNSV_API, "010 mail");
	SAME("MX", DNSV_ZONE, "10 mail", DNSV_USER, "10  mail.example.com.");
	DIFFERENT("MX", DNSV_USER, "10 mail", DNSV_USER, "20 mail");
	DIFFERENT("MX", DNSV_USER, "10 mail", DNSV_USER, "10 mail.example.net.");
	OK("SRV", "10 5 5060 sip", "10 5 5060 sip.example.com.");
	OK("SRV", "0 0 0 .", "0 0 0 .");
	BAD("SRV", "10 5 sip.example.com.", "SRV needs 4 fields (priority, weight, port, target), found 3");
	BAD("SRV", "10 5 99999 sip.", "invalid SRV port '99999': expected a number from 0 to 65535");
	REFUSED("SRV", "0 0 443 192.0.2.1", "invalid SRV target '192.0.2.1': an IP address, where SRV needs a host name");
	SAME("SRV", DNSV_USER, "0 1 993 Mail.Gandi.Net.", DNSV_API, "0 1 993 mail.gandi.net.");
}

static void test_txt(void)
{
	static const char *const types[] = {"TXT", "SPF"};
	for (size_t i = 0; i < N(types); i++) {
		const char *t = types[i];
		CHECK_STR(parsed(t, "v=spf1 -all", DNSV_USER, ZONE), "\"v=spf1 -all\"");
		CHECK_STR(parsed(t, "\"a\" \"b\"", DNSV_USER, ZONE), "\"a\" \"b\"");
		CHECK_STR(parsed(t, "say \"hi\" \\o/", DNSV_USER, ZONE), "\"say \\\"hi\\\" \\\\o/\"");
		CHECK_STR(parsed(t, "caf\xc3\xa9", DNSV_USER, ZONE), "\"caf\\195\\169\"");
		CHECK_STR(parsed(t, "\"a\" b", DNSV_USER, ZONE), "\"\\\"a\\\" b\"");
		CHECK_STR(parsed(t, "\"\"", DNSV_USER, ZONE), "\"\"");
		CHECK_STR(parsed(t, "challengetoken", DNSV_API, ZONE), "\"challengetoken\"");
		CHECK_STR(parsed(t, "a b", DNSV_ZONE, ZONE), "\"a\" \"b\"");
		/* by content, not quoting or string boundaries */
		SAME(t, DNSV_API, "\"ab\" \"c\"", DNSV_API, "\"abc\"");
		SAME(t, DNSV_USER, "hello world", DNSV_API, "\"hello \" \"world\"");
		SAME(t, DNSV_USER, "hello world", DNSV_ZONE, "\"hello world\"");
		SAME(t, DNSV_API, "\"say \\\"hi\\\" \\092o/\"", DNSV_USER, "say \"hi\" \\o/");
		SAME(t, DNSV_API, "\"\\065\"", DNSV_USER, "A");
		DIFFERENT(t, DNSV_USER, "Hello", DNSV_USER, "hello");
		DIFFERENT(t, DNSV_USER, "a b", DNSV_ZONE, "a b");
		CHECK_STR(key(t, "\"ab\" \"c\"", DNSV_API, ZONE), "\"abc\"");
	}
	BAD("TXT", "", "TXT value is empty");
	CHECK_STR(hint_of("TXT", ""), "write '\"\"' for a TXT record that holds an empty string");
	BAD("TXT", "\"\\256\"", "invalid TXT value '\"\\256\"': bad escape '\\256': \\DDD must be 000 to 255");
	/* longer than 255 bytes: split, in every form */
	char text[601];
	memset(text, 'x', 600);
	text[600] = '\0';
	const char *v = parsed("TXT", text, DNSV_USER, ZONE);
	CHECK_INT(strlen(v), 600 + 6 + 2);
	CHECK(strncmp(v + 256, "\" \"", 3) == 0);
	struct buf q = {0};
	buf_printf(&q, "\"%s\"", text);
	CHECK_INT(strlen(parsed("TXT", q.data, DNSV_USER, ZONE)), 608);
	CHECK_INT(strlen(parsed("TXT", q.data, DNSV_ZONE, ZONE)), 608);
	CHECK(dnsv_same("TXT", text, DNSV_USER, q.data, DNSV_ZONE, NULL));
	buf_free(&q);
	/* the content, NUL bytes included */
	struct dnsv d;
	struct dnsv_error err;
	CHECK(dnsv_parse("TXT", "\"a\\000b\" \"c\"", DNSV_API, NULL, &d, &err) == 0);
	CHECK_INT(d.text_len, 4);
	CHECK(memcmp(d.text, "a\0bc", 4) == 0);
	dnsv_free(&d);
	/* what LiveDNS holds: 16384 characters once quoted and split */
	struct buf big = {0};
	for (int i = 0; i < 16000; i++)
		buf_addc(&big, 'a');
	CHECK(strncmp(parsed("TXT", big.data, DNSV_USER, ZONE), "\"aaa", 4) == 0);
	buf_reset(&big);
	for (int i = 0; i < 9000; i++)
		buf_addc(&big, '"');
	REFUSED("TXT", big.data, "TXT value is 18107 characters long once quoted and split into "
				 "strings of 255 bytes; LiveDNS takes at most 16384");
	buf_free(&big);
}

static void test_caa(void)
{
	OK("CAA", "0 issue letsencrypt.org", "0 issue \"letsencrypt.org\"");
	OK("CAA", "0 issue \"letsencrypt.org\"", "0 issue \"letsencrypt.org\"");
	OK("CAA", "0 issue letsencrypt.org; validationmethods=dns-01",
	   "0 issue \"letsencrypt.org; validationmethods=dns-01\"");
	OK("CAA", "0 issue \";\"", "0 issue \";\"");
	OK("CAA", "128 iodef mailto:security@example.com", "128 iodef \"mailto:security@example.com\"");
	OK("CAA", "0 contactemail admin@example.com", "0 contactemail \"admin@example.com\"");
	OK("CAA", "0 Issue x.org", "0 Issue \"x.org\"");
	SAME("CAA", DNSV_USER, "0 ISSUE \"x.org\"", DNSV_API, "0 issue \"x.org\"");
	SAME("CAA", DNSV_API, "0  issue  letsencrypt.org", DNSV_API, "0 issue \"letsencrypt.org\"");
	DIFFERENT("CAA", DNSV_USER, "0 issue x.org", DNSV_USER, "0 issuewild x.org");
	DIFFERENT("CAA", DNSV_USER, "0 issue x.org", DNSV_USER, "128 issue x.org");
	BAD("CAA", "300 issue x", "invalid CAA flags '300': expected a number from 0 to 255");
	BAD("CAA", "0 is-sue x", "invalid CAA tag 'is-sue': expected letters and digits, such as issue");
	BAD("CAA", "0 issue", "CAA needs 3 fields (flags, tag, value), found 2");
	BAD("CAA", "0 abcdefghijklmnop x", "invalid CAA tag 'abcdefghijklmnop': a tag is at most 15 letters and digits");
	REFUSED("CAA", "1 issue x.org", "invalid CAA flags '1': expected 0, or 128 for a critical property "
					"(the other bits are reserved)");
	REFUSED("CAA", "0 iodef ftp://x.org/", "invalid CAA value 'ftp://x.org/': an iodef URL starts "
					      "with mailto:, http:// or https://");
	REFUSED("CAA", "0 issue 192.0.2.1", "invalid CAA value '192.0.2.1': the issuer is not a domain "
					    "name (the CA's, such as letsencrypt.org)");
	REFUSED("CAA", "0 issuewild \"ca.example; =x\"",
		"invalid CAA value 'ca.example; =x': '=x' is not a parameter name=value, such as "
		"validationmethods=dns-01");
	REFUSED("CAA", "0 issue \"ca_1!.example\"",
		"invalid CAA value 'ca_1!.example': '!' cannot be in a host name (letters, digits, '-' and '_')");
	/* an unknown tag is another CA's business (RFC 8659) */
	OK("CAA", "128 tbs Unknown", "128 tbs \"Unknown\"");
}

static void test_ds_sshfp_tlsa(void)
{
	OK("DS", "60485 RSASHA1 1 2BB183AF5F22588179A53B0A98631FAD1A292118",
	   "60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118");
	struct buf b = {0};
	buf_printf(&b, "12345 13 2 %s", HEX64);
	OK("DS", b.data, "12345 13 2 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065");
	buf_reset(&b);
	buf_printf(&b, "12345 ECDSAP256SHA256 2 %.32s %s", hex64, hex64 + 32);
	SAME("DS", DNSV_USER, b.data, DNSV_API, "12345 13 2 A9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065");
	REFUSED("DS", "12345 13 2 abcd",
		"invalid DS digest 'abcd': a SHA-256 digest (digest type 2) is 64 hex digits, found 4");
	REFUSED("CDS", "12345 13 1 abcd",
		"invalid CDS digest 'abcd': a SHA-1 digest (digest type 1) is 40 hex digits, found 4");
	REFUSED("DS", "12345 13 4 abcd",
		"invalid DS digest 'abcd': a SHA-384 digest (digest type 4) is 96 hex digits, found 4");
	BAD("DS", "1 2 3 zz", "invalid DS digest 'zz': expected hex digits (0-9, a-f)");
	BAD("DS", "1 2 3 abc", "invalid DS digest 'abc': odd number of hex digits");
	REFUSED("DS", "12345 13 0 00",
		"invalid DS digest type '0': 0 is reserved (1 is SHA-1, 2 SHA-256, 4 SHA-384)");
	OK("CDS", "0 0 0 00", "0 0 0 00");
	REFUSED("DS", "0 0 0 00", "invalid DS algorithm '0': 0 is not a DNSSEC algorithm");
	REFUSED("CDS", "0 0 0 0000",
		"invalid CDS digest '0000': the CDS that asks for the removal of the DS records is '0 0 0 00'");
	OK("DS", "1 13 99 ab", "1 13 99 ab");

	/* issue 15: SSHFP '1 1 zz' */
	BAD("SSHFP", "1 1 zz", "invalid SSHFP fingerprint 'zz': expected hex digits (0-9, a-f)");
	REFUSED("SSHFP", "1 1 abcd",
		"invalid SSHFP fingerprint 'abcd': a SHA-1 fingerprint (type 1) is 40 hex digits, found 4");
	buf_reset(&b);
	buf_printf(&b, "4 2 %s", HEX64);
	OK("SSHFP", b.data, "4 2 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065");
	buf_reset(&b);
	buf_printf(&b, "4 2 %.10s %s", hex64, hex64 + 10);
	SAME("SSHFP", DNSV_USER, b.data, DNSV_API, "4 2 A9CDF989B504FE5DCA90C0D2167B6550570734F7C763E09FDF88904E06157065");
	buf_reset(&b);
	buf_printf(&b, "0 2 %s", hex64);
	REFUSED("SSHFP", b.data, "invalid SSHFP algorithm '0': 0 is reserved (1 is RSA, 2 DSA, 3 ECDSA, "
				 "4 Ed25519, 6 Ed448)");
	REFUSED("SSHFP", "4 0 ab", "invalid SSHFP fingerprint type '0': 0 is reserved (1 is SHA-1, 2 SHA-256)");
	OK("SSHFP", "4 9 ab", "4 9 ab");

	/* issue 15: TLSA '3 1 1 abcd' */
	REFUSED("TLSA", "3 1 1 abcd",
		"invalid TLSA certificate data 'abcd': a SHA-256 digest (matching type 1) is 64 hex "
		"digits, found 4");
	buf_reset(&b);
	buf_printf(&b, "3 1 1 %s", hex64);
	OK("TLSA", b.data, b.data);
	OK("TLSA", "3 0 0 ABCDEF01", "3 0 0 abcdef01");
	OK("TLSA", "255 255 255 ab", "255 255 255 ab");
	buf_reset(&b);
	buf_printf(&b, "4 1 1 %s", hex64);
	REFUSED("TLSA", b.data, "invalid TLSA usage '4': expected 0 (PKIX-TA), 1 (PKIX-EE), 2 (DANE-TA), "
				"3 (DANE-EE) or 255 (private use)");
	REFUSED("TLSA", "3 2 0 ab", "invalid TLSA selector '2': expected 0 (the whole certificate), 1 "
				    "(its public key) or 255 (private use)");
	REFUSED("TLSA", "3 1 3 ab", "invalid TLSA matching type '3': expected 0 (the data itself), 1 "
				    "(SHA-256), 2 (SHA-512) or 255 (private use)");
	REFUSED("TLSA", "3 1 2 ab", "invalid TLSA certificate data 'ab': a SHA-512 digest (matching type "
				    "2) is 128 hex digits, found 2");
	buf_free(&b);
}

static void test_svcb(void)
{
	OK("HTTPS", "1 . alpn=h3,h2 port=0443 ipv6hint=2001:DB8::1",
	   "1 . alpn=\"h3,h2\" port=\"443\" ipv6hint=\"2001:db8::1\"");
	OK("HTTPS", "0 pool", "0 pool.example.com.");
	OK("SVCB", "1 svc mandatory=port,alpn alpn=h2 port=1", "1 svc.example.com. mandatory=\"alpn,port\" alpn=\"h2\" port=\"1\"");
	OK("SVCB", "1 . key1=h2", "1 . alpn=\"h2\"");
	OK("SVCB", "1 . dohpath=/dns-query{?dns}", "1 . dohpath=\"/dns-query{?dns}\"");
	OK("SVCB", "1 . ech=AEn+DQBFKwAgACABWIHUGj4u+PIggYXcR5JF0gYk3dCRioBW8uJq9H4mKAAIAAEAAQABAANAEnB1YmxpYy50bHMtZWNoLmRldgAA",
	   "1 . ech=\"AEn+DQBFKwAgACABWIHUGj4u+PIggYXcR5JF0gYk3dCRioBW8uJq9H4mKAAIAAEAAQABAANAEnB1YmxpYy50bHMtZWNoLmRldgAA\"");
	SAME("HTTPS", DNSV_USER, "1 . port=443 alpn=h2", DNSV_API, "1 . alpn=\"h2\" port=\"443\"");
	SAME("SVCB", DNSV_USER, "1 . mandatory=alpn,port alpn=h2 port=1", DNSV_ZONE,
	     "1 . port=1 alpn=h2 mandatory=port,alpn");
	SAME("SVCB", DNSV_USER, "1 . key1=h2", DNSV_API, "1 . alpn=h2");
	DIFFERENT("HTTPS", DNSV_USER, "1 . alpn=h2,h3", DNSV_USER, "1 . alpn=h3,h2");
	BAD("HTTPS", "1 . foo=bar", "invalid HTTPS parameter 'foo=bar': expected mandatory, alpn, "
				    "no-default-alpn, port, ipv4hint, ech, ipv6hint, dohpath, ohttp or keyNNNNN");
	BAD("SVCB", "1 . mandatory=foo", "invalid SVCB parameter 'mandatory=foo': expected a "
					 "comma-separated list of parameter keys, such as alpn,port");
	BAD("SVCB", "1 . ech=!!", "invalid SVCB parameter 'ech=!!': expected base64 (an ECHConfigList)");
	BAD("SVCB", "1 . alpn=h2 alpn=h3", "invalid SVCB parameter 'alpn=h3': this parameter is given twice");
	REFUSED("HTTPS", "0 pool alpn=h2", "HTTPS priority 0 (alias mode) takes no parameters");
	REFUSED("SVCB", "1 . no-default-alpn",
		"invalid SVCB parameter 'no-default-alpn': no-default-alpn needs an alpn parameter too");
	REFUSED("SVCB", "1 . mandatory=alpn",
		"invalid SVCB parameter 'mandatory=alpn': it lists a key that the record does not give");
	REFUSED("SVCB", "1 . mandatory=mandatory", "invalid SVCB parameter 'mandatory=mandatory': "
						  "mandatory cannot list itself");
	REFUSED("SVCB", "1 . mandatory=alpn,alpn alpn=h2",
		"invalid SVCB parameter 'mandatory=alpn,alpn': a key is listed twice");
	REFUSED("SVCB", "1 . alpn=h2,,h3", "invalid SVCB parameter 'alpn=h2,,h3': an empty protocol in the list");
	OK("SVCB", "1 . alpn=foo\\\\,bar,h2", "1 . alpn=\"foo\\\\,bar,h2\"");
	REFUSED("SVCB", "1 . dohpath=/q", "invalid SVCB parameter 'dohpath=/q': expected a relative URI "
					  "template with a dns variable, such as /dns-query{?dns}");
	REFUSED("HTTPS", "1 192.0.2.1 alpn=h2",
		"invalid HTTPS target '192.0.2.1': an IP address, where HTTPS needs a host name");
}

static void test_other_types(void)
{
	OK("LOC", "52 22 23 N 4 53 32 E -2m", "52 22 23.000 N 4 53 32.000 E -2.00m 1.00m 10000.00m 10.00m");
	SAME("LOC", DNSV_API, "52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m", DNSV_USER,
	     "52 22 23 N 4 53 32 E -2m");
	BAD("LOC", "91 N 1 E 0", "invalid LOC latitude '91': expected degrees from 0 to 90");
	BAD("LOC", "1 N 1 E", "LOC needs an altitude after the longitude, such as 10m");
	OK("NAPTR", "100 10 S SIP+D2U !^.*$!sip:info@example.com! _sip._udp",
	   "100 10 \"S\" \"SIP+D2U\" \"!^.*$!sip:info@example.com!\" _sip._udp.example.com.");
	OK("NAPTR", "0 0 \"\" \"\" \"\" .", "0 0 \"\" \"\" \"\" .");
	REFUSED("NAPTR", "100 10 \"S!\" \"SIP\" \"\" .",
		"invalid NAPTR flags 'S!': expected letters and digits, such as S, A, U or P");
	REFUSED("NAPTR", "100 10 S \"SIP D2U\" \"\" .",
		"invalid NAPTR services 'SIP D2U': expected letters, digits and + : - . _, such as "
		"SIP+D2U or E2U+sip");
	OK("KEY", "256 3 ED25519 AAAA BBBB", "256 3 15 AAAABBBB");
	SAME("KEY", DNSV_USER, "256 3 15 AB==", DNSV_API, "256 3 15 AA==");
	DIFFERENT("KEY", DNSV_USER, "256 3 15 AAAA", DNSV_API, "256 3 15 AAAB");
	BAD("OPENPGPKEY", "ab!d", "invalid OPENPGPKEY public key 'ab!d': expected base64 (A-Z, a-z, 0-9, +, / and = at the end)");
	OK("OPENPGPKEY", "mQENBEteQDsB", "mQENBEteQDsB");
	OK("RP", "admin.example.com. @", "admin.example.com. example.com.");
	OK("RP", ". .", ". .");
	OK("WKS", "192.0.2.1 tcp smtp 80 0443", "192.0.2.1 6 smtp 80 443");
	SAME("WKS", DNSV_USER, "192.0.2.1 TCP SMTP", DNSV_API, "192.0.2.1 6 smtp");
	OK("SOA", "ns1.gandi.net. hostmaster.gandi.net. 1579092697 3h 1h 1w 3h",
	   "ns1.gandi.net. hostmaster.gandi.net. 1579092697 10800 3600 604800 10800");
	/* generic rdata decoded */
	CHECK_STR(parsed("MX", "\\# 20 000a 046d61696c076578616d706c6503636f6d00", DNSV_ZONE, ZONE),
		  "10 mail.example.com.");
	CHECK_STR(parsed("A", "\\# 4 C0000201", DNSV_ZONE, ZONE), "192.0.2.1");
	CHECK(strncmp(parsed("MX", "\\# 6 000a c0000201", DNSV_ZONE, ZONE), "ERROR", 5) == 0);
	CHECK(strstr(parsed("MX", "\\# 7 000a 01310131 00", DNSV_ZONE, ZONE), "REFUSED: ") == got);
}

static void test_lexing(void)
{
	BAD("MX", "10 \"mail", "invalid MX value '10 \"mail': unterminated quoted string");
	BAD("CAA", "0 issue \"a\"b", "invalid CAA value '0 issue \"a\"b': unexpected text right after a "
				      "quoted string: separate them with a space");
	BAD("MX", "10 mail\\", "invalid MX value '10 mail\\': a backslash ends it: write \\\\ for a backslash");
	BAD("MX", "10 ma\\12l", "invalid MX value '10 ma\\12l': bad escape: \\DDD takes three digits");
	OK("HTTPS", "1 . alpn=\"h2,h3\"", "1 . alpn=\"h2,h3\"");
	OK("HTTPS", "1 . key999=\"a b\"", "1 . key999=\"a b\"");
	OK("MX", "\t10\nmail\r", "10 mail.example.com.");
}

static void test_args(void)
{
	struct dnsv *v = NULL;
	size_t n = 0;
	struct dnsv_error err;
	char *mx[] = {"10", "mail.example.com"};
	CHECK(dnsv_parse_args("MX", 2, mx, ZONE, &v, &n, &err) != 0);
	CHECK_STR(err.msg, "MX takes one value, given here in 2 arguments ('10' 'mail.example.com')");
	CHECK_STR(err.hint, "quote it: '10 mail.example.com.'");
	CHECK(v == NULL);
	char *srv[] = {"10", "5", "5060", "sip"};
	CHECK(dnsv_parse_args("SRV", 4, srv, ZONE, &v, &n, &err) != 0);
	CHECK_STR(err.hint, "quote it: '10 5 5060 sip'");
	char *txt[] = {"hello", "world", "hello"};
	CHECK(dnsv_parse_args("TXT", 3, txt, ZONE, &v, &n, &err) == 0);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(v[0].api, "\"hello\"");
		CHECK_STR(v[1].api, "\"world\"");
	}
	for (size_t i = 0; i < n; i++)
		dnsv_free(&v[i]);
	free(v);
	char *aaaa[] = {"2001:db8::1", "2001:DB8:0::1", "2001:db8::2"};
	CHECK(dnsv_parse_args("AAAA", 3, aaaa, ZONE, &v, &n, &err) == 0);
	CHECK_INT(n, 2);
	for (size_t i = 0; i < n; i++)
		dnsv_free(&v[i]);
	free(v);
	char *same[] = {"10 mail", "10 mail.example.com."};
	CHECK(dnsv_parse_args("MX", 2, same, ZONE, &v, &n, &err) == 0);
	CHECK_INT(n, 1);
	for (size_t i = 0; i < n; i++)
		dnsv_free(&v[i]);
	free(v);
	char *bad[] = {"192.0.2.1", "nope"};
	CHECK(dnsv_parse_args("A", 2, bad, ZONE, &v, &n, &err) != 0);
	CHECK_STR(err.msg, "invalid A address 'nope': expected an IPv4 address such as 192.0.2.1");
	char *ip[] = {"10", "10.0.0.1"};
	CHECK(dnsv_parse_args("MX", 2, ip, ZONE, &v, &n, &err) != 0);
	CHECK_STR(err.msg, "MX needs 2 fields (preference, exchange), found 1");
	CHECK(dnsv_parse_args("NSEC", 1, ip, ZONE, &v, &n, &err) != 0);
}

static void test_ttl_and_hosts(void)
{
	long ttl = 0;
	struct dnsv_error err;
	CHECK(dnsv_ttl("300", &ttl, &err) == 0 && ttl == 300);
	CHECK(dnsv_ttl("2592000", &ttl, &err) == 0 && ttl == 2592000);
	const char *bad[] = {"299", "2592001", "1h", "+300", " 300", "", "99999999999999999999"};
	for (size_t i = 0; i < N(bad); i++)
		CHECK(dnsv_ttl(bad[i], &ttl, &err) != 0);
	CHECK_STR(err.msg, "TTL '99999999999999999999' is not a whole number of seconds from 300 to 2592000");
	CHECK_STR(err.hint, "LiveDNS accepts 300 (5 minutes) to 2592000 (30 days)");
	CHECK(dnsv_ttl_ok(300) && dnsv_ttl_ok(2592000) && !dnsv_ttl_ok(299) && !dnsv_ttl_ok(2592001));

	CHECK(dnsv_host("ns1.example.org", "name server", &err) == 0);
	CHECK(dnsv_host("NS1.example.org.", "name server", &err) == 0);
	CHECK(dnsv_host("192.0.2.1", "name server", &err) != 0);
	CHECK_STR(err.msg, "invalid name server '192.0.2.1': an IP address, where a host name is needed");
	CHECK(dnsv_host("ns1", "name server", &err) != 0);
	CHECK(dnsv_host("a..b", "name server", &err) != 0);
	CHECK(dnsv_host("", "name server", &err) != 0);
	CHECK(dnsv_host("ns_1!.example.org", "name server", &err) != 0);

	CHECK(dnsv_host_under("NS", "ns1.gandi.net.", "gandi.net"));
	CHECK(dnsv_host_under("NS", "NS1.GANDI.NET", "gandi.net"));
	CHECK(!dnsv_host_under("NS", "gandi.net.", "gandi.net"));
	CHECK(!dnsv_host_under("NS", "ns1.notgandi.net.", "gandi.net"));
	CHECK(!dnsv_host_under("A", "192.0.2.1", "gandi.net"));
	CHECK(!dnsv_host_under("NS", "ns1.gandi.net.example.com.", "gandi.net"));
}

static void test_printing(void)
{
	CHECK_STR(table("TXT", "hello", DNSV_USER), "hello");
	CHECK_STR(table("TXT", "\"hello\" \" world\"", DNSV_API), "hello world");
	/* issue 15: two values never look like one */
	CHECK_STR(table("TXT", "a, b", DNSV_USER), "\"a, b\"");
	CHECK_STR(table("TXT", "\"\"", DNSV_USER), "\"\"");
	CHECK_STR(table("TXT", "\"\\\"x\\\"\"", DNSV_USER), "\"\\\"x\\\"\"");
	CHECK_STR(table("TXT", "line\nbreak", DNSV_USER), "\"line\\010break\"");
	CHECK_STR(table("TXT", "a,b", DNSV_USER), "a,b");
	CHECK_STR(table("MX", "10 mail", DNSV_USER), "10 mail.example.com.");
	CHECK_STR(table("CAA", "0 tbs \"a, b\"", DNSV_USER), "0 tbs \"a, b\"");
	char *s = dnsv_display("TXT", "\"a\" \"b\"");
	CHECK_STR(s, "ab");
	free(s);
	s = dnsv_display("A", "not\x01 an address");
	CHECK_STR(s, "not\\001 an address");
	free(s);
	s = dnsv_display("NSEC", "x y");
	CHECK_STR(s, "x y");
	free(s);
	struct dnsv v;
	struct dnsv_error err;
	CHECK(dnsv_parse("MX", "10 Mail", DNSV_USER, ZONE, &v, &err) == 0);
	char *api = dnsv_print(&v, DNSV_PRINT_API), *zone = dnsv_print(&v, DNSV_PRINT_ZONE);
	CHECK_STR(api, "10 Mail.example.com.");
	CHECK_STR(zone, api);
	free(api);
	free(zone);
	dnsv_free(&v);
}

static void test_keys_never_fail(void)
{
	char *k = dnsv_key("A", "not  an   address", DNSV_API, ZONE);
	CHECK_STR(k, "not an address");
	free(k);
	/* refused, but well-formed: a value another client stored still compares */
	k = dnsv_key("SSHFP", "1 1 ABCDEF", DNSV_API, ZONE);
	CHECK_STR(k, "1 1 abcdef");
	free(k);
	CHECK(dnsv_same("TLSA", "3 1 1 0123456789abcdef", DNSV_API, "3 1 1 01234567 89ABCDEF",
			DNSV_API, ZONE));
	k = dnsv_key("NSEC", "a  b", DNSV_API, ZONE);
	CHECK_STR(k, "a b");
	free(k);
	/* the zone parser's entry point: refused values come complete */
	struct zone_field f[2] = {
		{.data = "10", .len = 2, .text = "10"},
		{.data = "10.0.0.1", .len = 8, .text = "10.0.0.1"},
	};
	struct buf api = {0}, key = {0};
	struct dnsv_error err;
	CHECK(dnsv_fields("MX", f, 2, "example.com.", &api, &key, &err) == -1);
	CHECK(err.refused);
	CHECK_INT(err.field, 1);
	CHECK_STR(api.data, "10 10.0.0.1.example.com.");
	CHECK_STR(key.data, "10 10.0.0.1.example.com.");
	buf_free(&api);
	buf_free(&key);
}

/* ---- properties over a corpus -------------------------------------------- */

/* Valid values as a user writes them. */
static const char *const corpus[][2] = {
	{"A", "192.0.2.1"},
	{"AAAA", "2001:DB8::0:1"},
	{"ALIAS", "Target"},
	{"CAA", "0 issue letsencrypt.org; validationmethods=dns-01"},
	{"CAA", "128 iodef \"mailto:a@example.com\""},
	{"CDS", "0 0 0 00"},
	{"CNAME", "@"},
	{"CNAME", "www.Example.NET."},
	{"DNAME", "b"},
	{"DS", "60485 RSASHA1 1 2BB183AF5F22588179A53B0A 98631FAD1A292118"},
	{"HTTPS", "1 . alpn=h3,h2 port=0443 ipv6hint=2001:DB8::1 ech=AAAA"},
	{"HTTPS", "0 pool"},
	{"KEY", "256 3 ED25519 AAAA BBBB"},
	{"LOC", "42 21 54.5 S 71 06 18 W 24.5m 30m 12345m 1.5"},
	{"MX", "10 mail"},
	{"MX", "0 ."},
	{"NAPTR", "100 10 S SIP+D2U !^.*$!sip:info@example.com! _sip._udp"},
	{"NS", "ns1.gandi.net."},
	{"OPENPGPKEY", "mQENBE teQDsB"},
	{"PTR", "host.example.net."},
	{"RP", "admin.example.com. @"},
	{"SOA", "ns1.gandi.net. hostmaster.gandi.net. 1579092697 3h 1h 1w 3h"},
	{"SPF", "v=spf1 -all"},
	{"SRV", "10 60 5060 sip"},
	{"SSHFP", "4 2 A9CDF989B504FE5DCA90C0D2167B6550570734F7C763E09FDF88904E06157065"},
	{"SVCB", "1 svc mandatory=alpn alpn=h2 key7=/q{?dns} key65000 no-default-alpn"},
	{"SVCB", "16 foo.example.org. alpn=foo\\\\,bar,h2"},
	{"TLSA", "3 0 0 ABCDEF01"},
	{"TXT", "v=spf1 include:_mailcust.gandi.net ?all"},
	{"TXT", "\"v=DKIM1; k=rsa\" \"p=MIGf\""},
	{"TXT", "say \"hi\" \\o/ caf\xc3\xa9"},
	{"TXT", "a, b"},
	{"TXT", "\"\""},
	{"TXT", "  spaced  "},
	{"TXT", "\"tab\\009here\" \"\\000nul\""},
	{"WKS", "192.0.2.1 tcp smtp 80 0443"},
	{"RP", "a\\.b.example.net. ."},
	{"RP", "m\\@x.example.net. t\\ xt"},
};

/* parse(print(v)) == v for each printed form; the key is a fixed point. */
static void check_round_trips(const char *type, const char *text, const char *zone)
{
	struct dnsv v, w;
	struct dnsv_error err;
	if (dnsv_parse(type, text, DNSV_USER, zone, &v, &err) != 0) {
		fprintf(stderr, "corpus %s '%s': %s\n", type, text, err.msg);
		unit_failures_now++;
		return;
	}
	static const struct {
		enum dnsv_print how;
		enum dnsv_form back;
	} trips[] = {
		{DNSV_PRINT_API, DNSV_API},
		{DNSV_PRINT_ZONE, DNSV_ZONE},
		{DNSV_PRINT_TABLE, DNSV_USER},
		{DNSV_PRINT_API, DNSV_USER},
	};
	for (size_t i = 0; i < N(trips); i++) {
		char *p = dnsv_print(&v, trips[i].how);
		if (dnsv_parse(type, p, trips[i].back, zone, &w, &err) != 0) {
			fprintf(stderr, "%s '%s' printed %d as '%s': %s\n", type, text, (int)i, p, err.msg);
			unit_failures_now++;
		} else {
			if (!dnsv_equal(&v, &w)) {
				fprintf(stderr, "%s '%s' printed %d as '%s' reads back as '%s'\n", type, text,
					(int)i, p, w.key);
				unit_failures_now++;
			}
			if (trips[i].how != DNSV_PRINT_TABLE)
				CHECK_STR(w.api, v.api);
			dnsv_free(&w);
		}
		free(p);
	}
	char *k = dnsv_key(type, v.key, DNSV_API, zone);
	CHECK_STR(k, v.key);
	free(k);
	/* the zone parser's entry point gives the same */
	struct buf api = {0}, key = {0};
	char *origin = zone ? xasprintf("%s.", zone) : NULL;
	char *again = NULL;
	if (zone) {
		/* fields as a zone file would cut the API form */
		struct dnsv z;
		if (dnsv_parse(type, v.api, DNSV_ZONE, zone, &z, &err) == 0) {
			again = xstrdup(z.key);
			dnsv_free(&z);
		}
		CHECK(again && strcmp(again, v.key) == 0);
	}
	free(again);
	free(origin);
	buf_free(&api);
	buf_free(&key);
	dnsv_free(&v);
}

static void test_corpus_round_trips(void)
{
	for (size_t i = 0; i < N(corpus); i++) {
		check_round_trips(corpus[i][0], corpus[i][1], ZONE);
		check_round_trips(corpus[i][0], corpus[i][1], NULL);
	}
}

/* Equality the same whichever form each side was parsed from. */
static void test_corpus_forms_agree(void)
{
	for (size_t i = 0; i < N(corpus); i++) {
		const char *type = corpus[i][0];
		struct dnsv u;
		struct dnsv_error err;
		if (dnsv_parse(type, corpus[i][1], DNSV_USER, ZONE, &u, &err) != 0) {
			unit_failures_now++;
			continue;
		}
		/* the same value in the API form and in the zone form */
		SAME(type, DNSV_USER, corpus[i][1], DNSV_API, u.api);
		SAME(type, DNSV_USER, corpus[i][1], DNSV_ZONE, u.api);
		SAME(type, DNSV_API, u.api, DNSV_ZONE, u.api);
		/* and different from every other value of the corpus */
		for (size_t j = 0; j < N(corpus); j++)
			if (j != i && strcmp(corpus[j][0], type) == 0)
				DIFFERENT(type, DNSV_USER, corpus[i][1], DNSV_USER, corpus[j][1]);
		dnsv_free(&u);
	}
}

/* ---- properties over random respellings ---------------------------------- */

static uint64_t rng = 0x9e3779b97f4a7c15u;

static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static void random_case(struct buf *out, const char *s)
{
	for (; *s; s++) {
		char c = *s;
		if (c >= 'a' && c <= 'z' && rnd(2))
			c = (char)(c - 'a' + 'A');
		buf_addc(out, c);
	}
}

/* A number with random leading zeros. */
static void random_number(struct buf *out, unsigned v)
{
	for (unsigned z = rnd(3); z > 0; z--)
		buf_addc(out, '0');
	buf_printf(out, "%u", v);
}

/* An IPv6 address from 8 groups, written in full, compressed or in upper case. */
static void random_ipv6(struct buf *out, const unsigned *g)
{
	int style = (int)rnd(3);
	if (style == 0) {
		for (int i = 0; i < 8; i++)
			buf_printf(out, i ? ":%04x" : "%04x", g[i]);
	} else if (style == 1) {
		for (int i = 0; i < 8; i++)
			buf_printf(out, i ? ":%X" : "%X", g[i]);
	} else {
		/* "::" for the first run of zero groups */
		int z0 = -1, zl = 0;
		for (int i = 0; i < 8; i++) {
			int l = 0;
			while (i + l < 8 && g[i + l] == 0)
				l++;
			if (l > zl) {
				z0 = i;
				zl = l;
			}
		}
		for (int i = 0; i < 8; i++) {
			if (i == z0 && zl > 0) {
				buf_adds(out, i == 0 ? "::" : ":");
				i += zl - 1;
				continue;
			}
			buf_printf(out, "%x%s", g[i], i < 7 ? ":" : "");
		}
	}
}

/* Host "hN" under the zone: relative, absolute, in any case. */
static void random_host(struct buf *out, unsigned n)
{
	struct buf h = {0};
	buf_printf(&h, "h%u", n);
	random_case(out, h.data);
	if (rnd(2)) {
		buf_addc(out, '.');
		random_case(out, ZONE);
		buf_addc(out, '.');
	}
	buf_free(&h);
}

/* TXT content split at random into strings, some bytes as \DDD: the API or zone form. */
static void random_strings(struct buf *out, const char *content)
{
	size_t len = strlen(content), i = 0;
	do {
		size_t chunk = rnd(4) == 0 ? len - i : rnd((unsigned)(len - i) + 1);
		if (out->len)
			buf_addc(out, ' ');
		buf_addc(out, '"');
		for (size_t k = i; k < i + chunk; k++) {
			unsigned char c = (unsigned char)content[k];
			if (c == '"' || c == '\\' || rnd(5) == 0)
				buf_printf(out, "\\%03u", c);
			else
				buf_addc(out, (char)c);
		}
		buf_addc(out, '"');
		i += chunk;
	} while (i < len);
}

/* One spelling of base value b of type t; *form receives the form it is written in. */
static void respell(const char *t, unsigned b, struct buf *out, enum dnsv_form *form)
{
	static const char *const texts[] = {"v=spf1 -all", "hello world", "a, b", "caf\xc3\xa9"};
	*form = (enum dnsv_form)rnd(3);
	if (!strcmp(t, "AAAA")) {
		unsigned g[8] = {0x2001, 0xdb8, 0, 0, 0, 0, b & 0xf, b >> 4};
		random_ipv6(out, g);
	} else if (!strcmp(t, "MX")) {
		random_number(out, b % 3);
		buf_addc(out, ' ');
		random_host(out, b / 3);
	} else if (!strcmp(t, "TXT")) {
		const char *text = texts[b % N(texts)];
		if (*form == DNSV_USER && rnd(2))
			buf_adds(out, text);
		else
			random_strings(out, text);
	} else if (!strcmp(t, "SSHFP")) {
		buf_printf(out, "4 2 ");
		for (int i = 0; i < 64; i++) {
			if (i && rnd(16) == 0)
				buf_addc(out, ' ');
			buf_addc(out, (i * 7 + (int)b) % 16 < 10 ? (char)('0' + (i * 7 + (int)b) % 16)
				  : (char)((rnd(2) ? 'a' : 'A') + (i * 7 + (int)b) % 16 - 10));
		}
	} else if (!strcmp(t, "CAA")) {
		buf_addc(out, '0');
		buf_addc(out, ' ');
		random_case(out, b % 2 ? "issue" : "issuewild");
		buf_printf(out, " \"ca%u.example\"", b / 2);
	} else { /* HTTPS */
		const char *params[] = {"alpn=h2", "port=443", "ipv4hint=192.0.2.1"};
		buf_printf(out, "%u .", 1 + b % 2);
		unsigned first = rnd(3);
		for (unsigned k = 0; k < 3; k++) {
			unsigned p = (first + k) % 3;
			if (p == 2 && b / 2 % 2)
				continue;
			buf_printf(out, " %s", params[p]);
		}
	}
}

/* Many spellings of a few values: equal within a value, different across, an equivalence. */
static void test_random_respellings(void)
{
	static const char *const types[] = {"AAAA", "MX", "TXT", "SSHFP", "CAA", "HTTPS"};
	enum { BASES = 4, SPELLINGS = 24 };
	size_t checks = 0;
	for (size_t ti = 0; ti < N(types); ti++) {
		const char *t = types[ti];
		char *keys[BASES][SPELLINGS];
		char *texts[BASES][SPELLINGS];
		enum dnsv_form forms[BASES][SPELLINGS];
		for (unsigned b = 0; b < BASES; b++) {
			for (unsigned s = 0; s < SPELLINGS; s++) {
				struct buf text = {0};
				respell(t, b, &text, &forms[b][s]);
				texts[b][s] = buf_detach(&text);
				struct dnsv v;
				struct dnsv_error err;
				if (dnsv_parse(t, texts[b][s], forms[b][s], ZONE, &v, &err) != 0) {
					fprintf(stderr, "%s '%s' (form %d): %s\n", t, texts[b][s],
						(int)forms[b][s], err.msg);
					unit_failures_now++;
					keys[b][s] = xstrdup("");
					continue;
				}
				keys[b][s] = xstrdup(v.key);
				dnsv_free(&v);
			}
		}
		/* dnsv_same over every pair: reflexive, symmetric, transitive; equal iff same base */
		for (unsigned b1 = 0; b1 < BASES; b1++)
			for (unsigned s1 = 0; s1 < SPELLINGS; s1++)
				for (unsigned b2 = 0; b2 < BASES; b2++)
					for (unsigned s2 = 0; s2 < SPELLINGS; s2 += 5) {
						bool same = dnsv_same(t, texts[b1][s1], forms[b1][s1],
								      texts[b2][s2], forms[b2][s2], ZONE);
						bool back = dnsv_same(t, texts[b2][s2], forms[b2][s2],
								      texts[b1][s1], forms[b1][s1], ZONE);
						checks++;
						if (same != (b1 == b2) || same != back) {
							fprintf(stderr, "%s: '%s' vs '%s': same %d, want %d\n", t,
								texts[b1][s1], texts[b2][s2], same, b1 == b2);
							unit_failures_now++;
						}
						/* transitivity through the base's first spelling */
						bool via = strcmp(keys[b1][s1], keys[b1][0]) == 0 &&
							   strcmp(keys[b1][0], keys[b2][s2]) == 0;
						if (via && !same)
							unit_failures_now++;
					}
		for (unsigned b = 0; b < BASES; b++)
			for (unsigned s = 0; s < SPELLINGS; s++) {
				free(keys[b][s]);
				free(texts[b][s]);
			}
	}
	CHECK(checks > 10000);
}

/* DNSKEYs as users give them: rdata, whole records, .key files; the RFC 6605 vector's tag. */
static void test_dnskey(void)
{
	struct dnsv_dnskey k;
	struct dnsv_error err;
	const char *rfc6605 = "GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+"
			      "e+MAnLr+Wi9xMWyQLc8NAA==";
	char line[512];
	snprintf(line, sizeof(line), "example.net. 3600 IN DNSKEY 257 3 13 ( %.44s\n %s )", rfc6605,
		 rfc6605 + 44);
	CHECK_INT(dnsv_dnskey(line, &k, &err), 0);
	CHECK_INT(k.flags, 257);
	CHECK_INT(k.protocol, 3);
	CHECK_INT(k.algorithm, 13);
	CHECK_INT(k.tag, 55648);
	CHECK_STR(k.public_key, rfc6605);
	CHECK_STR(k.owner, "example.net.");
	dnsv_dnskey_free(&k);
	/* the rdata alone, the algorithm as a mnemonic */
	snprintf(line, sizeof(line), "257 3 ECDSAP256SHA256 %s", rfc6605);
	CHECK_INT(dnsv_dnskey(line, &k, &err), 0);
	CHECK_INT(k.tag, 55648);
	CHECK(k.owner == NULL);
	dnsv_dnskey_free(&k);
	/* a dnssec-keygen .key file: its comment lines, no TTL or class */
	snprintf(line, sizeof(line), "; This is a key-signing key, keyid 55648, for example.net.\n"
				     "example.net. DNSKEY 257 3 13 %s ; the key\n", rfc6605);
	CHECK_INT(dnsv_dnskey(line, &k, &err), 0);
	CHECK_INT(k.tag, 55648);
	dnsv_dnskey_free(&k);
	/* refused: a ZSK is fine, other flags, protocols, algorithms and key sizes are not */
	snprintf(line, sizeof(line), "256 3 13 %s", rfc6605);
	CHECK_INT(dnsv_dnskey(line, &k, &err), 0);
	dnsv_dnskey_free(&k);
	snprintf(line, sizeof(line), "1 3 13 %s", rfc6605);
	CHECK_INT(dnsv_dnskey(line, &k, &err), -1);
	CHECK_STR(err.msg, "invalid DNSKEY flags '1': a zone's key has 257 (a KSK) or 256 (a ZSK)");
	snprintf(line, sizeof(line), "257 2 13 %s", rfc6605);
	CHECK_INT(dnsv_dnskey(line, &k, &err), -1);
	CHECK_STR(err.msg, "invalid DNSKEY protocol '2': it is always 3 (RFC 4034)");
	CHECK_INT(dnsv_dnskey("257 3 13 AAAA", &k, &err), -1);
	CHECK_STR(err.msg, "invalid DNSKEY public key: a key of algorithm 13 is 64 bytes, this one 3");
	CHECK_INT(dnsv_dnskey("257 3 13 not*base64", &k, &err), -1);
	CHECK_INT(dnsv_dnskey("example.net. 3600 IN FOO DNSKEY 257 3 13 AAAA", &k, &err), -1);
	CHECK_STR(err.msg, "invalid DNSKEY record 'example.net. 3600 IN FOO DNSKEY': expected "
			   "[OWNER] [TTL] [IN] DNSKEY FLAGS PROTOCOL ALGORITHM KEY");
	CHECK_INT(dnsv_dnskey("", &k, &err), -1);
	CHECK(k.public_key == NULL && k.owner == NULL);
}

int main(void)
{
	RUN(test_types);
	RUN(test_dnskey);
	RUN(test_a_aaaa);
	RUN(test_hosts);
	RUN(test_final_dot_warning);
	RUN(test_mx_srv);
	RUN(test_txt);
	RUN(test_caa);
	RUN(test_ds_sshfp_tlsa);
	RUN(test_svcb);
	RUN(test_other_types);
	RUN(test_lexing);
	RUN(test_args);
	RUN(test_ttl_and_hosts);
	RUN(test_printing);
	RUN(test_keys_never_fail);
	RUN(test_corpus_round_trips);
	RUN(test_corpus_forms_agree);
	RUN(test_random_respellings);
	return unit_done();
}
