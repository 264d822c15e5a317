/*
 * gandi-emu: a local emulator of Gandi's public v5 API (domains, LiveDNS,
 * web redirections, organizations) and of id.gandi.net's tokeninfo.
 */
#include <errno.h>
#include <getopt.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dns.h"
#include "dnsview.h"
#include "emu.h"
#include "limits.h"
#include "persist.h"
#include "seed.h"
#include "server.h"

#define DAY 86400L

static const char usage_text[] =
	"usage: gandi-emu [--listen ADDR:PORT] [--state FILE] [--seed FILE]\n"
	"                 [--tls-cert FILE --tls-key FILE] [--latency MS]\n"
	"                 [--fault-rate P] [--fault-seed N] [--fault-methods LIST]\n"
	"                 [--rate-limit N[/SECONDS]] [--log FILE] [--threads N] [--quiet]\n"
	"                 [--dns ADDR:PORT [--dns-delay MS]]\n"
	"       gandi-emu --help | --help-seed [--seed FILE] | --version\n"
	"       gandi-emu --generate-seed domains=N,records=M > big.json\n";

static const char help_text[] =
	"\n"
	"A local server that answers like Gandi's API (api.gandi.net/v5) and\n"
	"id.gandi.net/tokeninfo, to try gandi or your own scripts offline.\n"
	"The first line on stdout is the base URL; the API is under BASE/v5.\n"
	"\n"
	"  --listen ADDR:PORT   where to listen (default 127.0.0.1:8080; port 0 picks one)\n"
	"  --seed FILE          start from this seed instead of the built-in one\n"
	"  --state FILE         load the state from FILE if it exists, save it there after\n"
	"                       each change (a state file is a valid seed)\n"
	"  --tls-cert FILE      serve HTTPS with this PEM certificate ...\n"
	"  --tls-key FILE       ... and this PEM private key\n"
	"  --latency MS         wait MS milliseconds (up to 60000) before each answer\n"
	"  --fault-rate P       answer a fraction P (0..1) of requests with a proxy 502\n"
	"                       or 503 (nothing done) or cut the connection mid-body\n"
	"                       (request done)\n"
	"  --fault-seed N       make faults reproducible (default: random, printed)\n"
	"  --fault-methods LIST only fault these methods, e.g. GET,PUT (default all)\n"
	"  --rate-limit N[/S]   N requests per S seconds (default 60) per client\n"
	"                       address, then 429 (default 1000/60; 0 turns it off)\n"
	"  --log FILE           append one JSON line per request (tokens redacted)\n"
	"  --dns ADDR:PORT      also serve the LiveDNS zones over DNS (UDP and TCP)\n"
	"  --dns-delay MS       show each change in DNS MS milliseconds after the API\n"
	"                       made it (up to 600000; default 0: at once)\n"
	"  --threads N          worker threads (default: one per CPU, at least 2)\n"
	"  --quiet              print only the base URL\n"
	"  --help-seed          print the tokens of the seed to try (with --seed FILE,\n"
	"                       of that seed)\n"
	"  --generate-seed domains=N,records=M\n"
	"                       print a big seed for benchmarks and exit\n"
	"\n"
	"Try it:\n"
	"  gandi-emu --listen 127.0.0.1:8080 &\n"
	"  gandi-emu --help-seed        # the tokens, e.g. the one named 'all'\n"
	"  curl -H 'Authorization: Bearer <token>' http://127.0.0.1:8080/v5/domain/domains\n"
	"  GANDI_API_URL=http://127.0.0.1:8080/v5 GANDI_ID_URL=http://127.0.0.1:8080 \\\n"
	"    GANDI_API_KEY=<token> gandi domain list\n"
	"\n"
	"SIGINT or SIGTERM stops it (exit 0). See gandi-emu(1).\n";

struct opts {
	const char *listen;
	const char *state;
	const char *seed;
	const char *tls_cert, *tls_key;
	const char *log;
	const char *dns;
	unsigned dns_delay_ms;
	bool dns_delay_given;
	unsigned latency_ms;
	double fault_rate;
	bool fault_seed_given;
	unsigned long long fault_seed;
	unsigned fault_methods;
	unsigned rate_max, rate_window;
	unsigned threads;
	bool quiet;
	bool help, help_seed, version;
	const char *generate;
};

static void bad_option(const char *opt, const char *value, const char *hint)
{
	fprintf(stderr, "gandi-emu: invalid value '%s' for %s: %s\n", value, opt, hint);
}

static int parse_unsigned(const char *s, unsigned long long max, unsigned long long *out)
{
	char *end = NULL;
	if (!*s || *s == '-' || *s == '+')
		return -1;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v > max)
		return -1;
	*out = v;
	return 0;
}

static int parse_opts(int argc, char **argv, struct opts *o)
{
	enum { O_STATE = 256, O_SEED, O_CERT, O_KEY, O_LAT, O_FRATE, O_FSEED, O_FMETH, O_RATE,
	       O_LOG, O_HSEED, O_GEN, O_THREADS, O_DNS, O_DNS_DELAY };
	static const struct option longopts[] = {
		{"listen", required_argument, NULL, 'l'},
		{"state", required_argument, NULL, O_STATE},
		{"seed", required_argument, NULL, O_SEED},
		{"tls-cert", required_argument, NULL, O_CERT},
		{"tls-key", required_argument, NULL, O_KEY},
		{"latency", required_argument, NULL, O_LAT},
		{"fault-rate", required_argument, NULL, O_FRATE},
		{"fault-seed", required_argument, NULL, O_FSEED},
		{"fault-methods", required_argument, NULL, O_FMETH},
		{"rate-limit", required_argument, NULL, O_RATE},
		{"log", required_argument, NULL, O_LOG},
		{"threads", required_argument, NULL, O_THREADS},
		{"dns", required_argument, NULL, O_DNS},
		{"dns-delay", required_argument, NULL, O_DNS_DELAY},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{"help-seed", no_argument, NULL, O_HSEED},
		{"version", no_argument, NULL, 'V'},
		{"generate-seed", required_argument, NULL, O_GEN},
		{NULL, 0, NULL, 0},
	};
	int c, rc = -1;
	unsigned long long v;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'l': o->listen = optarg; break;
		case O_STATE: o->state = optarg; break;
		case O_SEED: o->seed = optarg; break;
		case O_CERT: o->tls_cert = optarg; break;
		case O_KEY: o->tls_key = optarg; break;
		case O_LOG: o->log = optarg; break;
		case O_DNS: o->dns = optarg; break;
		case O_DNS_DELAY:
			if (parse_unsigned(optarg, 600000, &v) < 0) {
				bad_option("--dns-delay", optarg,
					   "give milliseconds from 0 to 600000, e.g. 2000");
				goto out;
			}
			o->dns_delay_ms = (unsigned)v;
			o->dns_delay_given = true;
			break;
		case 'q': o->quiet = true; break;
		case 'h': o->help = true; break;
		case 'V': o->version = true; break;
		case O_HSEED: o->help_seed = true; break;
		case O_GEN: o->generate = optarg; break;
		case O_LAT:
			if (parse_unsigned(optarg, 60000, &v) < 0) {
				bad_option("--latency", optarg,
					   "give milliseconds from 0 to 60000, e.g. 50");
				goto out;
			}
			o->latency_ms = (unsigned)v;
			break;
		case O_THREADS:
			if (parse_unsigned(optarg, 256, &v) < 0 || v == 0) {
				bad_option("--threads", optarg, "give a number from 1 to 256");
				goto out;
			}
			o->threads = (unsigned)v;
			break;
		case O_FRATE: {
			char *end = NULL;
			errno = 0;
			double r = strtod(optarg, &end);
			if (errno || *end || !(r >= 0 && r <= 1)) {
				bad_option("--fault-rate", optarg,
					   "give a fraction from 0 to 1, e.g. 0.1");
				goto out;
			}
			o->fault_rate = r;
			break;
		}
		case O_FSEED:
			if (parse_unsigned(optarg, ~0ULL, &o->fault_seed) < 0) {
				bad_option("--fault-seed", optarg,
					   "give a non-negative integer, e.g. 42");
				goto out;
			}
			o->fault_seed_given = true;
			break;
		case O_FMETH:
			o->fault_methods = methods_parse(optarg);
			if (!o->fault_methods) {
				bad_option("--fault-methods", optarg,
					   "give a comma list of GET, HEAD, POST, PUT, "
					   "PATCH, DELETE, OPTIONS");
				goto out;
			}
			break;
		case O_RATE: {
			char *copy = xstrdup(optarg);
			char *slash = strchr(copy, '/');
			unsigned long long n, w = 60;
			int bad = 0;
			if (slash)
				*slash = '\0';
			if (parse_unsigned(copy, 100000000, &n) < 0 ||
			    (slash && (parse_unsigned(slash + 1, 86400, &w) < 0 || w == 0)))
				bad = 1;
			free(copy);
			if (bad) {
				bad_option("--rate-limit", optarg,
					   "give N or N/SECONDS, e.g. 1000/60, or 0 to "
					   "turn rate limiting off");
				goto out;
			}
			o->rate_max = (unsigned)n;
			o->rate_window = (unsigned)w;
			break;
		}
		default:
			if (optopt)
				fprintf(stderr, "gandi-emu: option '%s' needs a value\n",
					argv[optind - 1]);
			else
				fprintf(stderr, "gandi-emu: unknown option '%s'\n", argv[optind - 1]);
			fputs(usage_text, stderr);
			goto out;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "gandi-emu: unexpected argument '%s'\n", argv[optind]);
		fputs(usage_text, stderr);
		goto out;
	}
	if (o->dns_delay_given && !o->dns) {
		fprintf(stderr, "gandi-emu: --dns-delay needs --dns: give the address to serve DNS "
				"on, e.g. --dns 127.0.0.1:5353\n");
		goto out;
	}
	if (!o->tls_cert != !o->tls_key) {
		fprintf(stderr, "gandi-emu: --tls-cert and --tls-key go together: give both to "
				"serve HTTPS\n");
		goto out;
	}
	rc = 0;
out:
	return rc;
}

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
		if (!(st = store_load(text.data, text.len, now, &err)))
			fprintf(stderr, "gandi-emu: invalid seed '%s': %s\n", o->seed, buf_str(&err));
	} else if (!(st = store_load((const char *)emu_seed_json, emu_seed_json_len, now, &err))) {
		fprintf(stderr, "gandi-emu: invalid built-in seed: %s\n", buf_str(&err));
	}
out:
	buf_free(&text);
	buf_free(&err);
	return st;
}

/* The state: from --state if the file exists, else from the seed (and then
 * saved to --state at once). */
static struct store *load_state(const struct opts *o, time_t now)
{
	struct store *st = NULL;
	struct buf text = {0}, err = {0};
	if (o->state) {
		int r = read_file(o->state, &text, &err);
		if (r < 0) {
			fprintf(stderr, "gandi-emu: cannot load state: %s\n"
					"hint: fix its permissions, or give another --state FILE\n",
				buf_str(&err));
			goto out;
		}
		if (r == 0) {
			st = store_load(text.data, text.len, now, &err);
			if (!st)
				fprintf(stderr,
					"gandi-emu: corrupt state file '%s': %s\n"
					"hint: repair it, or delete it to start again from the seed\n",
					o->state, buf_str(&err));
			goto out;
		}
	}
	st = load_seed(o, now);
	if (st && o->state && persist_save(st, o->state, &err) < 0) {
		fprintf(stderr, "gandi-emu: %s\n", buf_str(&err));
		store_free(st);
		st = NULL;
	}
out:
	buf_free(&text);
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
	printf("Domains:");
	for (size_t i = 0; i < st->ndomains; i++)
		printf(" %s", st->domains[i]->fqdn);
	printf("\n");
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
	struct opts o = {.listen = "127.0.0.1:8080", .rate_max = 1000, .rate_window = 60,
			 .fault_methods = M_ALL};
	struct emu emu = {0};
	struct server *srv = NULL;
	struct dns_server *dns = NULL;
	char *host = NULL, *port = NULL, *url = NULL, *cert = NULL, *key = NULL;
	char *dns_host = NULL, *dns_port = NULL, *dns_addr = NULL;
	sigset_t sigs;
	if (parse_opts(argc, argv, &o) < 0) {
		rc = 2;
		goto out;
	}
	if (o.help) {
		fputs(usage_text, stdout);
		fputs(help_text, stdout);
		rc = 0;
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
	emu.store = load_state(&o, time(NULL));
	if (!emu.store)
		goto out;
	malloc_trim(0); /* give back what parsing a big seed used */
	pthread_rwlock_init(&emu.lock, NULL);
	pthread_mutex_init(&emu.log_lock, NULL);
	emu.state_path = o.state;
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

	struct buf err = {0};
	struct server_opts so = {.host = host, .port = port, .tls_cert = cert, .tls_key = key,
				 .threads = o.threads};
	if (o.dns) {
		/* alone with the store: no server thread runs yet */
		emu.dns = dnsview_new(emu.store, o.dns_delay_ms);
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
