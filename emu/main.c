/*
 * gandi-emu: a local emulator of Gandi's public v5 API (domains, LiveDNS,
 * web redirections, organizations) and of id.gandi.net's tokeninfo.
 */
#include <errno.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dnssec.h"
#include "dns.h"
#include "dnsview.h"
#include "emu.h"
#include "limiter.h"
#include "options.h"
#include "persist.h"
#include "seed.h"
#include "server.h"

#define DAY 86400L

/* Load the seed named by o (or the built-in one) into a store. */
static struct store *load_seed(const struct opts *o, time_t now)
{
	struct store *st = NULL;
	struct buf text = {0}, err = {0};
	if (o->seed) {
		int r = read_file(o->seed, &text, &err);
		if (r == 1)
			buf_printf(&err, "cannot read seed '%s': No such file", o->seed);
		if (r != 0) {
			fprintf(stderr, "gandi-emu: %s\n", buf_str(&err));
			goto out;
		}
		if (!(st = store_load(text.data, text.len, now, NULL, &err)))
			fprintf(stderr, "gandi-emu: invalid seed '%s': %s\n", o->seed, buf_str(&err));
	} else if (!(st = store_load((const char *)emu_seed_json, emu_seed_json_len, now, NULL,
				     &err))) {
		fprintf(stderr, "gandi-emu: invalid built-in seed: %s\n", buf_str(&err));
	}
out:
	buf_free(&text);
	buf_free(&err);
	return st;
}

struct seed_args {
	const struct opts *o;
	time_t now;
};

static struct store *make_seed(void *arg)
{
	const struct seed_args *a = arg;
	return load_seed(a->o, a->now);
}

/* The state: from --state (persist.h), or the seed kept in memory. */
static struct store *load_state(const struct opts *o, time_t now, struct persist **p)
{
	struct store *st = NULL;
	struct buf err = {0};
	struct seed_args a = {o, now};
	*p = NULL;
	if (!o->state)
		return load_seed(o, now);
	*p = persist_open(o->state, make_seed, &a, now, &st, &err);
	if (!*p && err.len)
		fprintf(stderr, "gandi-emu: %s\n", buf_str(&err));
	buf_free(&err);
	return st;
}

static void print_token(const struct store *st, const struct token *t, time_t now)
{
	printf("%s\n", t->name);
	printf("  Authorization: %s %s\n", t->apikey ? "Apikey" : "Bearer", t->secret);
	printf("  scopes: ");
	for (unsigned b = 0; b < 4; b++)
		if (t->scopes & (1u << b))
			printf(" %s", scope_names[b]);
	printf("\n  covers:  ");
	if (t->apikey) {
		printf("every domain of user '%s' (organizations", t->user->username);
		for (size_t i = 0; i < t->user->norgs; i++)
			printf(" '%s'", t->user->orgs[i]->name);
		printf(")");
	} else if (t->all_domains) {
		printf("every domain of organization '%s'", t->org->name);
	} else {
		printf("only");
		for (size_t i = 0; i < t->ndomains; i++)
			printf(" %s", t->domains[i]);
		printf(" (organization '%s')", t->org->name);
	}
	(void)st;
	printf("\n  expires: ");
	if (!t->expires_at) {
		printf("never\n");
	} else {
		char iso[ISO_LEN];
		fmt_time(t->expires_at, iso);
		long days = (long)((t->expires_at - now) / DAY);
		if (t->expires_at <= now)
			printf("%s (expired %ld day%s ago)\n", iso, -days, -days == 1 ? "" : "s");
		else
			printf("%s (in %ld day%s)\n", iso, days, days == 1 ? "" : "s");
	}
}

/* One line of --help-seed about d: its zone or nameservers, DNSSEC, lock,
 * glue, secondaries. */
static void print_domain(const struct domain *d, time_t now)
{
	printf("  %-18s", d->fqdn);
	if (d->zone)
		printf(" LiveDNS zone (%zu RRsets)", d->zone->n);
	else
		for (size_t i = 0; i < d->nns; i++)
			printf("%s%s", i ? " " : " nameservers ", d->ns[i]);
	printf(", DNSSEC %s", dnssec_state_names[domain_dnssec_state(d, now)]);
	for (size_t i = 0; d->zone && i < d->zone->nkeys; i++) {
		const struct lkey *k = d->zone->keys[i];
		printf(" %s%s tag %u%s", i ? "" : "(", k->flags == 257 ? "KSK" : "ZSK", lkey_tag(k),
		       k->deleted ? " deleted" : "");
		printf("%s", i + 1 == d->zone->nkeys ? ")" : ",");
	}
	if (d->ndnskeys)
		printf(", %zu key%s at the registry", d->ndnskeys, d->ndnskeys == 1 ? "" : "s");
	bool locked = false;
	for (size_t i = 0; i < json_array_size(d->status); i++)
		locked |= strcmp(json_string_value(json_array_get(d->status, i)),
				 "clientTransferProhibited") == 0;
	printf(", %s", !d->can_tld_lock ? "no transfer lock at the registry"
		       : locked	       ? "transfer lock on"
				       : "transfer lock off");
	for (size_t i = 0; i < d->nhosts; i++) {
		printf("%s%s (", i ? " " : ", glue ", d->hosts[i]->name);
		for (size_t k = 0; k < d->hosts[i]->nips; k++)
			printf("%s%s", k ? " " : "", d->hosts[i]->ips[k]);
		printf(")");
	}
	for (size_t i = 0; d->zone && i < d->zone->nslaves; i++)
		printf("%s%s", i ? " " : ", secondaries ", d->zone->slaves[i]);
	for (size_t i = 0; d->zone && i < d->zone->ntsig; i++)
		printf(" %s%s.gandi.net%s", i ? "" : "(TSIG ", d->zone->tsig[i]->id,
		       i + 1 == d->zone->ntsig ? ")" : "");
	printf("\n");
}

static int help_seed(const struct opts *o)
{
	time_t now = time(NULL);
	int rc = 1;
	struct store *st = load_seed(o, now);
	if (!st)
		goto out;
	printf("Tokens of the %s seed; send one as the Authorization header.\n"
	       "These are emulator tokens: they mean nothing to the real Gandi.\n\n",
	       o->seed ? "given" : "built-in");
	for (size_t i = 0; i < st->ntokens; i++) {
		print_token(st, st->tokens[i], now);
		putchar('\n');
	}
	if (st->ntsigs)
		printf("TSIG keys for zone transfers (name, organization, secret):\n");
	for (size_t i = 0; i < st->ntsigs; i++)
		printf("  %s.gandi.net  %s  %s\n", st->tsigs[i]->id, st->tsigs[i]->org->name,
		       st->tsigs[i]->secret);
	printf("%sDomains:\n", st->ntsigs ? "\n" : "");
	for (size_t i = 0; i < st->ndomains; i++)
		print_domain(st->domains[i], now);
	if (fflush(stdout) == 0)
		rc = 0;
out:
	store_free(st);
	return rc;
}

static int generate(const char *spec)
{
	unsigned long long domains = 0, records = 0;
	char *copy = xstrdup(spec);
	char *save = NULL;
	int rc = 2;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		if (strncmp(t, "domains=", 8) == 0 && parse_unsigned(t + 8, 1000000, &domains) == 0)
			continue;
		if (strncmp(t, "records=", 8) == 0 && parse_unsigned(t + 8, 1000000, &records) == 0)
			continue;
		bad_option("--generate-seed", spec,
			   "give domains=N,records=M (each up to 1000000), e.g. "
			   "domains=10000,records=10000");
		goto out;
	}
	rc = generate_seed((size_t)domains, (size_t)records) == 0 ? 0 : 1;
out:
	free(copy);
	return rc;
}

/* Split "HOST:PORT" or "[V6]:PORT"; returns -1 if malformed. */
static int split_listen(const char *s, char **host, char **port)
{
	int rc = -1;
	const char *colon = NULL;
	const char *close = s[0] == '[' ? strchr(s, ']') : NULL;
	unsigned long long p;
	if (s[0] == '[' && close && close[1] == ':')
		colon = close + 1;
	else if (s[0] != '[' && (colon = strrchr(s, ':')) == s)
		colon = NULL;
	if (!colon || parse_unsigned(colon + 1, 65535, &p) < 0)
		goto out;
	*host = s[0] == '[' ? xstrndup(s + 1, (size_t)(close - s - 1))
			    : xstrndup(s, (size_t)(colon - s));
	*port = xstrdup(colon + 1);
	rc = 0;
out:
	return rc;
}

static char *read_pem(const char *path, const char *what)
{
	struct buf text = {0}, err = {0};
	int r = read_file(path, &text, &err);
	if (r == 1)
		fprintf(stderr, "gandi-emu: cannot read %s '%s': No such file\n", what, path);
	else if (r < 0)
		fprintf(stderr, "gandi-emu: %s\n", buf_str(&err));
	buf_free(&err);
	if (r != 0)
		buf_free(&text);
	return r == 0 ? buf_detach(&text) : NULL;
}

int main(int argc, char **argv)
{
	int rc = 1;
	struct opts o;
	struct emu emu = {0};
	struct server *srv = NULL;
	struct dns_server *dns = NULL;
	char *host = NULL, *port = NULL, *url = NULL, *cert = NULL, *key = NULL;
	char *dns_host = NULL, *dns_port = NULL, *dns_addr = NULL;
	sigset_t sigs;
	if (opts_parse(argc, argv, &o) < 0) {
		rc = 2;
		goto out;
	}
	if (o.help) {
		opts_help(stdout);
		rc = fflush(stdout) == 0 ? 0 : 1;
		goto out;
	}
	if (o.version) {
		printf("gandi-emu %s\n", GANDI_VERSION);
		rc = 0;
		goto out;
	}
	if (o.help_seed) {
		rc = help_seed(&o);
		goto out;
	}
	if (o.generate) {
		rc = generate(o.generate);
		goto out;
	}
	if (split_listen(o.listen, &host, &port) < 0) {
		bad_option("--listen", o.listen, "give ADDR:PORT, e.g. 127.0.0.1:8080 or [::1]:0");
		rc = 2;
		goto out;
	}
	if (o.dns && split_listen(o.dns, &dns_host, &dns_port) < 0) {
		bad_option("--dns", o.dns, "give ADDR:PORT, e.g. 127.0.0.1:5353 or [::1]:0");
		rc = 2;
		goto out;
	}
	if (o.tls_cert && (!(cert = read_pem(o.tls_cert, "certificate")) ||
			   !(key = read_pem(o.tls_key, "key"))))
		goto out;
	signal(SIGXFSZ, SIG_IGN); /* a file size limit is an error to report, not a death */
	emu.store = load_state(&o, time(NULL), &emu.persist);
	if (!emu.store)
		goto out;
	malloc_trim(0); /* give back what parsing a big seed used */
	pthread_rwlock_init(&emu.lock, NULL);
	pthread_mutex_init(&emu.log_lock, NULL);
	emu.latency_ms = o.latency_ms;
	emu.tls = o.tls_cert != NULL;
	if (o.log && !(emu.log = fopen(o.log, "a"))) {
		fprintf(stderr, "gandi-emu: cannot open log '%s': %s\n", o.log, strerror(errno));
		goto out;
	}
	if (o.rate_max)
		emu.rl = ratelimit_new(o.rate_max, o.rate_window);
	if (!o.fault_seed_given)
		random_bytes(&o.fault_seed, sizeof o.fault_seed);
	if (o.fault_rate > 0)
		emu.faults = faults_new(o.fault_rate, o.fault_seed, o.fault_methods);

	/* Block the stop signals before threads start, then wait for one. */
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	if (emu.persist)
		persist_start(emu.persist, &emu);

	struct buf err = {0};
	struct server_opts so = {.host = host, .port = port, .tls_cert = cert, .tls_key = key,
				 .threads = o.threads, .idle_timeout = o.idle_timeout,
				 .client_connections = o.client_connections};
	if (o.dns) {
		/* no request is served yet, but --state's threads may run */
		pthread_rwlock_wrlock(&emu.lock);
		emu.dns = dnsview_new(emu.store, o.dns_delay_ms);
		pthread_rwlock_unlock(&emu.lock);
		dns = dns_server_start(emu.dns, dns_host, dns_port, &dns_addr, &err);
	}
	if (!o.dns || dns)
		srv = server_start(&emu, &so, &url, &err);
	if (!srv) {
		fprintf(stderr, "gandi-emu: %s\n", buf_str(&err));
		buf_free(&err);
		goto out;
	}
	printf("%s\n", url);
	if (dns_addr)
		printf("dns %s\n", dns_addr);
	if (!o.quiet) {
		printf("gandi-emu %s: %zu domains, %zu tokens (%s); %s\n", GANDI_VERSION,
		       emu.store->ndomains, emu.store->ntokens,
		       o.state ? "state file" : o.seed ? "seed file" : "built-in seed",
		       o.state ? "changes are saved" : "changes are kept in memory only");
		if (o.fault_rate > 0)
			printf("faults: rate %g, seed %llu\n", o.fault_rate, o.fault_seed);
		printf("API: %s/v5   tokeninfo: %s/tokeninfo\n", url, url);
		if (dns_addr)
			printf("DNS: %s (UDP and TCP), changes shown %s%u ms after the API\n",
			       dns_addr, o.dns_delay_ms ? "" : "at once, ", o.dns_delay_ms);
		printf("tokens to try: gandi-emu --help-seed%s%s\n", o.seed ? " --seed " : "",
		       o.seed ? o.seed : "");
		printf("stop with Ctrl-C\n");
	}
	fflush(stdout);
	int sig = 0;
	while (sigwait(&sigs, &sig) != 0)
		;
	rc = 0;
out:
	server_stop(srv);
	dns_server_stop(dns);
	persist_close(emu.persist);
	dnsview_free(emu.dns);
	if (emu.log)
		fclose(emu.log);
	ratelimit_free(emu.rl);
	faults_free(emu.faults);
	if (emu.store) {
		pthread_rwlock_destroy(&emu.lock);
		pthread_mutex_destroy(&emu.log_lock);
	}
	store_free(emu.store);
	free(emu.default_host);
	free(url);
	free(host);
	free(port);
	free(dns_host);
	free(dns_port);
	free(dns_addr);
	free(cert);
	if (key) {
		wipe(key, strlen(key));
		free(key);
	}
	return rc;
}
