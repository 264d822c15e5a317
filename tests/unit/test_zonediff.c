/*
 * The zone difference (src/dns/zonediff.c). Run with --bench to time the
 * difference of two 10,000-RRset zones instead (CPU time, no check).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unit.h"
#include "xalloc.h"
#include "dns/value.h"
#include "dns/zonediff.h"

#define RR(n_, t_, ttl_, ...)                                                       \
	{                                                                           \
		.name = (n_), .type = (t_), .ttl = (ttl_),                          \
		.values = (const char *const[]){__VA_ARGS__},                       \
		.nvalues = sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *) \
	}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct zd_change *find(const struct zonediff *d, const char *name,
				    const char *type)
{
	for (size_t i = 0; i < d->len; i++) {
		const struct zd_rrset *r = d->changes[i].want ? d->changes[i].want
							      : d->changes[i].have;
		if (strcmp(r->name, name) == 0 && strcmp(r->type, type) == 0)
			return &d->changes[i];
	}
	return NULL;
}

static void test_identical_zones_have_no_change(void)
{
	struct zd_rrset want[] = {
		RR("@", "A", 300, "192.0.2.1"),
		RR("www", "CNAME", 10800, "example.com."),
		RR("@", "MX", 10800, "10 spool.mail.gandi.net.", "50 fb.mail.gandi.net."),
	};
	struct zd_rrset have[] = {
		RR("@", "MX", 10800, "50 fb.mail.gandi.net.", "10 spool.mail.gandi.net."),
		RR("@", "A", 300, "192.0.2.1"),
		RR("www", "CNAME", 10800, "example.com."),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), 0, &d), 0);
	CHECK_INT(d.len, 0);
	CHECK_INT(d.nsame, 3);
	CHECK_INT(zonediff_result_size(&d), 3);
	zonediff_free(&d);
}

static void test_add_change_remove(void)
{
	struct zd_rrset want[] = {
		RR("@", "A", 300, "192.0.2.1"),
		RR("api", "A", 600, "192.0.2.20", "192.0.2.22"),
		RR("new", "TXT", 3600, "\"hello\""),
		RR("ttl", "A", 3600, "192.0.2.5"),
	};
	struct zd_rrset have[] = {
		RR("@", "A", 300, "192.0.2.1"),
		RR("api", "A", 600, "192.0.2.21", "192.0.2.20"),
		RR("old", "TXT", 10800, "\"bye\""),
		RR("ttl", "A", 300, "192.0.2.5"),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), 0, &d), 0);
	CHECK_INT(d.nadd, 1);
	CHECK_INT(d.nchange, 2);
	CHECK_INT(d.nremove, 1);
	CHECK_INT(d.nsame, 1);
	CHECK_INT(d.len, 4);
	const struct zd_change *c = find(&d, "api", "A");
	CHECK(c && c->action == ZD_CHANGE);
	if (c) {
		CHECK_INT(c->nadded, 1);
		CHECK_STR(c->added[0], "192.0.2.22");
		CHECK_INT(c->nremoved, 1);
		CHECK_STR(c->removed[0], "192.0.2.21");
		CHECK_INT(c->nkept, 1);
		CHECK_STR(c->kept[0], "192.0.2.20");
		CHECK_INT(c->nvalues, 2);
		CHECK_STR(c->values[0], "192.0.2.20");
		CHECK_STR(c->values[1], "192.0.2.22");
	}
	c = find(&d, "ttl", "A");
	CHECK(c && c->action == ZD_CHANGE && c->ttl == 3600 && c->nadded == 0 &&
	      c->nremoved == 0 && c->nkept == 1);
	c = find(&d, "new", "TXT");
	CHECK(c && c->action == ZD_ADD && c->nvalues == 1 && c->have == NULL);
	c = find(&d, "old", "TXT");
	CHECK(c && c->action == ZD_REMOVE && c->want == NULL && c->nremoved == 1);
	/* sorted by name, then type */
	CHECK_STR(d.changes[0].want->name, "api");
	CHECK_STR(d.changes[1].want->name, "new");
	CHECK_STR(d.changes[2].have->name, "old");
	CHECK_STR(d.changes[3].want->name, "ttl");
	CHECK_INT(zonediff_result_size(&d), 4);
	zonediff_free(&d);
}

static void test_meaning_not_spelling(void)
{
	struct zd_rrset want[] = {
		RR("WWW", "CNAME", 10800, "Example.COM."),
		RR("@", "TXT", 10800, "\"hello world\""),
		RR("long", "TXT", 10800, "\"aaa\" \"bbb\""),
		RR("quote", "TXT", 10800, "\"say \\\"hi\\\" \\\\o/ caf\\195\\169\""),
		RR("v6", "AAAA", 10800, "2001:db8::1"),
		RR("docs", "CNAME", 10800, "docs.example.com.example.com."),
		RR("@", "MX", 10800, "10   mail.example.com."),
		RR("_sip._tcp", "SRV", 10800, "10 5 5060 SIP.example.com."),
		RR("@", "SSHFP", 10800, "1 1 abcdef"),
		RR("@", "CAA", 10800, "0 issue \"letsencrypt.org\""),
		RR("geo", "LOC", 10800, "52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"),
		RR("_tls", "TLSA", 10800, "3 1 1 0123456789abcdef"),
		RR("svc", "HTTPS", 10800, "1 . alpn=h2,h3"),
	};
	struct zd_rrset have[] = {
		RR("www", "CNAME", 10800, "example.com."),
		RR("@", "TXT", 10800, "\"hello \" \"world\""),
		RR("long", "TXT", 10800, "\"aaabbb\""),
		RR("quote", "TXT", 10800, "\"say \\\"hi\\\" \\092o/ caf\\195\\169\""),
		RR("v6", "AAAA", 10800, "2001:DB8:0:0::1"),
		RR("docs", "CNAME", 10800, "docs.example.com"),
		RR("@", "MX", 10800, "10 mail"),
		RR("_sip._tcp", "SRV", 10800, "10 5 5060 sip"),
		RR("@", "SSHFP", 10800, "1 1 ABCDEF"),
		RR("@", "CAA", 10800, "0  issue  letsencrypt.org"),
		RR("geo", "LOC", 10800, "52 22 23 N 4 53 32 E -2m"),
		RR("_tls", "TLSA", 10800, "3 1 1 01234567 89ABCDEF"),
		RR("svc", "HTTPS", 10800, "1 . alpn=\"h2,h3\""),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), 0, &d), 0);
	CHECK_INT(d.len, 0);
	CHECK_INT(d.nsame, N(want));
	for (size_t i = 0; i < d.len; i++)
		fprintf(stderr, "unexpected change: %s %s\n",
			(d.changes[i].want ? d.changes[i].want : d.changes[i].have)->name,
			(d.changes[i].want ? d.changes[i].want : d.changes[i].have)->type);
	zonediff_free(&d);
}

static void test_real_differences_are_seen(void)
{
	struct zd_rrset want[] = {
		RR("@", "TXT", 10800, "\"Hello\""),
		RR("www", "CNAME", 10800, "example.net."),
		RR("@", "MX", 10800, "20 mail.example.com."),
	};
	struct zd_rrset have[] = {
		RR("@", "TXT", 10800, "\"hello\""),
		RR("www", "CNAME", 10800, "example.com."),
		RR("@", "MX", 10800, "10 mail.example.com."),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), 0, &d), 0);
	CHECK_INT(d.nchange, 3);
	CHECK_INT(d.nsame, 0);
	zonediff_free(&d);
}

static void test_soa_left_alone_unless_both_name_it(void)
{
	struct zd_rrset want[] = {
		RR("@", "SOA", 10800,
		   "ns1.gandi.net. hostmaster.gandi.net. 1579092697 10800 3600 604800 10800"),
		RR("@", "A", 300, "192.0.2.1"),
	};
	struct zd_rrset have[] = {
		RR("@", "A", 300, "192.0.2.1"),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), 0, &d), 0);
	CHECK_INT(d.len, 0);
	CHECK_INT(d.nleft, 1);
	CHECK(d.nleft == 1 && !d.left[0].live && d.left[0].reason == ZD_SOA);
	zonediff_free(&d);

	/* the other way round: a live SOA the file does not name */
	CHECK_INT(zonediff("example.com", have, N(have), want, N(want), 0, &d), 0);
	CHECK_INT(d.len, 0);
	CHECK(d.nleft == 1 && d.left[0].live && d.left[0].reason == ZD_SOA);
	CHECK_INT(zonediff_result_size(&d), 2);
	zonediff_free(&d);

	/* exact: the SOA is a record like another */
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), ZD_EXACT, &d), 0);
	CHECK_INT(d.nadd, 1);
	CHECK_INT(d.nleft, 0);
	zonediff_free(&d);

	/* both name it: compared */
	struct zd_rrset have2[] = {
		RR("@", "SOA", 10800,
		   "ns1.gandi.net. hostmaster.gandi.net. 1 10800 3600 604800 10800"),
		RR("@", "A", 300, "192.0.2.1"),
	};
	CHECK_INT(zonediff("example.com", want, N(want), have2, N(have2), 0, &d), 0);
	CHECK_INT(d.nchange, 1);
	zonediff_free(&d);
}

static void test_gandi_name_servers(void)
{
	struct zd_rrset gandi_ns[] = {
		RR("@", "NS", 10800, "ns-245-a.gandi.net.", "ns-9-b.gandi.net",
		   "NS-77-C.GANDI.NET."),
		RR("@", "A", 300, "192.0.2.1"),
	};
	struct zd_rrset plain[] = {
		RR("@", "A", 300, "192.0.2.1"),
	};
	struct zd_rrset other_ns[] = {
		RR("@", "NS", 10800, "ns1.example.net."),
		RR("@", "A", 300, "192.0.2.1"),
	};
	CHECK(zd_is_gandi_ns(&gandi_ns[0]));
	CHECK(!zd_is_gandi_ns(&other_ns[0]));
	CHECK(!zd_is_gandi_ns(&plain[0]));
	struct zd_rrset sub = RR("sub", "NS", 10800, "ns-1-a.gandi.net.");
	CHECK(!zd_is_gandi_ns(&sub));
	struct zd_rrset fake = RR("@", "NS", 10800, "evilgandi.net.");
	CHECK(!zd_is_gandi_ns(&fake));

	struct zonediff d;
	/* live Gandi NS, file without NS: kept */
	CHECK_INT(zonediff("example.com", plain, N(plain), gandi_ns, N(gandi_ns), 0, &d), 0);
	CHECK_INT(d.len, 0);
	CHECK(d.nleft == 1 && d.left[0].live && d.left[0].reason == ZD_GANDI_NS);
	zonediff_free(&d);
	/* file with Gandi's NS, live without: not written */
	CHECK_INT(zonediff("example.com", gandi_ns, N(gandi_ns), plain, N(plain), 0, &d), 0);
	CHECK_INT(d.len, 0);
	CHECK(d.nleft == 1 && !d.left[0].live && d.left[0].reason == ZD_GANDI_NS);
	zonediff_free(&d);
	/* the file names other name servers: a change */
	CHECK_INT(zonediff("example.com", other_ns, N(other_ns), gandi_ns, N(gandi_ns), 0, &d),
		  0);
	CHECK_INT(d.nchange, 1);
	zonediff_free(&d);
	/* exact: removed like any RRset */
	CHECK_INT(zonediff("example.com", plain, N(plain), gandi_ns, N(gandi_ns), ZD_EXACT, &d),
		  0);
	CHECK_INT(d.nremove, 1);
	zonediff_free(&d);
}

static void test_no_delete_keeps_what_gandi_has(void)
{
	struct zd_rrset want[] = {
		RR("api", "A", 300, "192.0.2.22"),
		RR("www", "CNAME", 10800, "example.net."),
		RR("same", "A", 300, "192.0.2.9"),
	};
	struct zd_rrset have[] = {
		RR("api", "A", 300, "192.0.2.20", "192.0.2.21"),
		RR("www", "CNAME", 10800, "example.com."),
		RR("old", "TXT", 10800, "\"bye\""),
		RR("same", "A", 300, "192.0.2.9", "192.0.2.10"),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), ZD_NO_DELETE, &d), 0);
	CHECK_INT(d.nremove, 0);
	CHECK_INT(d.nchange, 2);
	CHECK_INT(d.nsame, 1);
	CHECK(d.nleft == 1 && d.left[0].live && d.left[0].reason == ZD_KEPT);
	const struct zd_change *c = find(&d, "api", "A");
	CHECK(c && c->nvalues == 3 && c->nremoved == 0 && c->nadded == 1 && c->nkept == 2);
	/* a CNAME holds one value: replaced, not merged */
	c = find(&d, "www", "CNAME");
	CHECK(c && c->nvalues == 1 && c->nremoved == 1);
	CHECK_INT(zonediff_result_size(&d), 4);
	zonediff_free(&d);
}

static void test_repeated_values_count_once(void)
{
	struct zd_rrset want[] = {
		RR("t", "TXT", 300, "\"x\"", "x", "\"y\""),
	};
	struct zd_rrset have[] = {
		RR("t", "TXT", 300, "\"y\""),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), 0, &d), 0);
	CHECK_INT(d.nchange, 1);
	if (d.len) {
		CHECK_INT(d.changes[0].nvalues, 2);
		CHECK_INT(d.changes[0].nadded, 1);
	}
	zonediff_free(&d);
	CHECK_INT(zonediff("example.com", want, N(want), NULL, 0, 0, &d), 0);
	CHECK(d.nadd == 1 && d.changes[0].nvalues == 2);
	zonediff_free(&d);
}

static void test_repeated_rrset_is_refused(void)
{
	struct zd_rrset want[] = {
		RR("www", "A", 300, "192.0.2.1"),
		RR("x", "A", 300, "192.0.2.2"),
		RR("WWW", "A", 300, "192.0.2.3"),
	};
	struct zd_rrset have[] = {
		RR("www", "A", 300, "192.0.2.1"),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", want, N(want), have, N(have), 0, &d), -1);
	CHECK(!d.dup_live && d.dup_first == 0 && d.dup_second == 2);
	CHECK(d.changes == NULL && d.len == 0);
	CHECK_INT(zonediff("example.com", have, N(have), want, N(want), 0, &d), -1);
	CHECK(d.dup_live && d.dup_first == 0 && d.dup_second == 2);
}

static void test_empty_sides(void)
{
	struct zd_rrset z[] = {
		RR("@", "A", 300, "192.0.2.1"),
		RR("www", "A", 300, "192.0.2.1"),
	};
	struct zonediff d;
	CHECK_INT(zonediff("example.com", NULL, 0, NULL, 0, 0, &d), 0);
	CHECK_INT(d.len, 0);
	zonediff_free(&d);
	CHECK_INT(zonediff("example.com", z, N(z), NULL, 0, 0, &d), 0);
	CHECK_INT(d.nadd, 2);
	zonediff_free(&d);
	CHECK_INT(zonediff("example.com", NULL, 0, z, N(z), 0, &d), 0);
	CHECK_INT(d.nremove, 2);
	CHECK_STR(d.changes[0].have->name, "@");
	zonediff_free(&d);
}

/* Two zones of n RRsets; every step-th one of the second differs. */
struct big {
	struct zd_rrset *a, *b;
	char **strs;
	size_t nstrs;
	const char **vals;
};

static void big_make(struct big *g, size_t n, size_t step)
{
	g->a = xcalloc(n, sizeof(*g->a));
	g->b = xcalloc(n, sizeof(*g->b));
	g->strs = xcalloc(n * 5, sizeof(char *));
	g->vals = xcalloc(n * 2, sizeof(char *));
	g->nstrs = 0;
	static const char *types[] = {"A", "TXT", "CNAME", "MX", "AAAA"};
	for (size_t i = 0; i < n; i++) {
		const char *t = types[i % 5];
		char *name = xasprintf("host-%zu", i);
		char *v;
		if (!strcmp(t, "A"))
			v = xasprintf("10.%zu.%zu.%zu", i >> 16 & 255, i >> 8 & 255, i & 255);
		else if (!strcmp(t, "TXT"))
			v = xasprintf("\"v=spf1 include:_spf%zu.example.net ~all\"", i);
		else if (!strcmp(t, "CNAME"))
			v = xasprintf("target-%zu.example.net.", i);
		else if (!strcmp(t, "MX"))
			v = xasprintf("10 mx%zu.example.net.", i);
		else
			v = xasprintf("2001:db8::%zx", i);
		char *v2 = step && i % step == 0 ? xasprintf("%s", !strcmp(t, "A") ? "192.0.2.1"
								   : !strcmp(t, "TXT") ? "\"changed\""
								   : !strcmp(t, "CNAME") ? "other.example.net."
								   : !strcmp(t, "MX") ? "20 other.example.net."
								   : "2001:db8::ffff")
						 : xstrdup(v);
		char *upper = xasprintf("HOST-%zu", i);
		g->strs[g->nstrs++] = name;
		g->strs[g->nstrs++] = upper;
		g->strs[g->nstrs++] = v;
		g->strs[g->nstrs++] = v2;
		g->vals[2 * i] = v;
		g->vals[2 * i + 1] = v2;
		g->a[i] = (struct zd_rrset){.name = name, .type = t, .ttl = 10800,
					    .values = &g->vals[2 * i], .nvalues = 1};
		/* the live zone in another order, its names in upper case */
		size_t j = n - 1 - i;
		g->b[j] = (struct zd_rrset){.name = upper, .type = t, .ttl = 10800,
					    .values = &g->vals[2 * i + 1], .nvalues = 1};
	}
}

static void big_free(struct big *g)
{
	for (size_t i = 0; i < g->nstrs; i++)
		free(g->strs[i]);
	free(g->strs);
	free(g->vals);
	free(g->a);
	free(g->b);
}

static void test_ten_thousand_rrsets(void)
{
	struct big g;
	big_make(&g, 10000, 100);
	struct zonediff d;
	CHECK_INT(zonediff("example.com", g.a, 10000, g.b, 10000, 0, &d), 0);
	CHECK_INT(d.nchange, 100);
	CHECK_INT(d.nsame, 9900);
	CHECK_INT(d.nadd + d.nremove, 0);
	zonediff_free(&d);
	/* half the zone replaced by other names */
	CHECK_INT(zonediff("example.com", g.a, 5000, g.b, 10000, 0, &d), 0);
	CHECK_INT(d.nremove, 5000);
	zonediff_free(&d);
	big_free(&g);
}

static int bench(void)
{
	struct big g;
	big_make(&g, 10000, 100);
	int runs = 20;
	double best = 1e9, total = 0;
	for (int r = 0; r < runs; r++) {
		struct zonediff d;
		clock_t t0 = clock();
		zonediff("example.com", g.a, 10000, g.b, 10000, 0, &d);
		clock_t t1 = clock();
		double ms = (double)(t1 - t0) * 1000.0 / CLOCKS_PER_SEC;
		if (ms < best)
			best = ms;
		total += ms;
		if (d.nchange != 100) {
			fprintf(stderr, "bench: %zu changes, want 100\n", d.nchange);
			zonediff_free(&d);
			big_free(&g);
			return 1;
		}
		zonediff_free(&d);
	}
	printf("zonediff: two zones of 10000 RRsets, 100 changed: %.2f ms CPU (best), "
	       "%.2f ms (mean of %d)\n", best, total / runs, runs);
	big_free(&g);
	return 0;
}

/*
 * One equality (issue 15): what dns add, remove and set decide (dnsv_stored() and
 * dnsv_equal(), the zone known) is what dns sync decides (zonediff), pair by pair.
 */
static void test_equality_is_the_same_in_add_remove_set_and_sync(void)
{
	static const char *const pairs[][4] = {
		{"AAAA", "2001:db8::1", "2001:DB8:0:0::1", "1"},
		{"AAAA", "2001:db8::1", "2001:db8::2", "0"},
		{"A", "192.0.2.1", "192.0.2.01", "0"},
		{"MX", "10 mail", "10 mail.example.com.", "1"},
		{"MX", "10 mail", "10 mail.example.net.", "0"},
		{"MX", "10 Mail.Example.COM.", "10 mail.example.com.", "1"},
		{"MX", "10 mail.example.com.", "20 mail.example.com.", "0"},
		{"CNAME", "@", "example.com.", "1"},
		{"CNAME", "www", "www.example.com", "0"},
		{"TXT", "\"ab\" \"c\"", "\"abc\"", "1"},
		{"TXT", "plain", "\"plain\"", "1"},
		{"TXT", "\"a\"", "\"A\"", "0"},
		{"SSHFP", "4 2 A9CDF989B504FE5DCA90C0D2167B6550570734F7C763E09FDF88904E06157065",
		 "4 2 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065", "1"},
		{"CAA", "0 issue letsencrypt.org", "0 ISSUE \"letsencrypt.org\"", "1"},
		{"SRV", "0 5 5060 sip", "0 5 5060 sip.example.com.", "1"},
		{"NS", "ns1.example.net", "ns1.example.net.", "0"}, /* ns1.example.net.example.com. */
	};
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		const char *type = pairs[i][0];
		struct dnsv a, b;
		dnsv_stored(type, pairs[i][1], "example.com", &a);
		dnsv_stored(type, pairs[i][2], "example.com", &b);
		bool commands = dnsv_equal(&a, &b);
		dnsv_free(&a);
		dnsv_free(&b);
		struct zd_rrset want[] = {RR("x", type, 300, pairs[i][1])};
		struct zd_rrset have[] = {RR("x", type, 300, pairs[i][2])};
		struct zonediff d;
		CHECK_INT(zonediff("example.com", want, 1, have, 1, 0, &d), 0);
		bool sync = d.nsame == 1;
		zonediff_free(&d);
		if (commands != sync)
			fprintf(stderr, "  %s '%s' '%s': commands %d, sync %d\n", type, pairs[i][1],
				pairs[i][2], commands, sync);
		CHECK(commands == sync);
		if (commands != (pairs[i][3][0] == '1'))
			fprintf(stderr, "  %s '%s' '%s': equal %d\n", type, pairs[i][1], pairs[i][2],
				commands);
		CHECK(commands == (pairs[i][3][0] == '1'));
	}
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--bench") == 0)
		return bench();
	RUN(test_identical_zones_have_no_change);
	RUN(test_add_change_remove);
	RUN(test_meaning_not_spelling);
	RUN(test_real_differences_are_seen);
	RUN(test_soa_left_alone_unless_both_name_it);
	RUN(test_gandi_name_servers);
	RUN(test_no_delete_keeps_what_gandi_has);
	RUN(test_repeated_values_count_once);
	RUN(test_repeated_rrset_is_refused);
	RUN(test_empty_sides);
	RUN(test_ten_thousand_rrsets);
	RUN(test_equality_is_the_same_in_add_remove_set_and_sync);
	return unit_done();
}
