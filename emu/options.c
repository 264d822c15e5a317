#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "limiter.h"
#include "xalloc.h"

void bad_option(const char *opt, const char *value, const char *hint)
{
	fprintf(stderr, "gandi-emu: invalid value '%s' for %s: %s\n", value, opt, hint);
}

int parse_unsigned(const char *s, unsigned long long max, unsigned long long *out)
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

/* ---- setters: each stores one option's value, or says why it cannot ---- */

static int set_listen(struct opts *o, const char *v) { o->listen = v; return 0; }
static int set_state(struct opts *o, const char *v) { o->state = v; return 0; }
static int set_seed(struct opts *o, const char *v) { o->seed = v; return 0; }
static int set_cert(struct opts *o, const char *v) { o->tls_cert = v; return 0; }
static int set_key(struct opts *o, const char *v) { o->tls_key = v; return 0; }
static int set_log(struct opts *o, const char *v) { o->log = v; return 0; }
static int set_dns(struct opts *o, const char *v) { o->dns = v; return 0; }
static int set_generate(struct opts *o, const char *v) { o->generate = v; return 0; }
static int set_quiet(struct opts *o, const char *v) { (void)v; o->quiet = true; return 0; }
static int set_help(struct opts *o, const char *v) { (void)v; o->help = true; return 0; }
static int set_version(struct opts *o, const char *v) { (void)v; o->version = true; return 0; }
static int set_help_seed(struct opts *o, const char *v)
{
	(void)v;
	o->help_seed = true;
	return 0;
}

static int set_latency(struct opts *o, const char *v)
{
	unsigned long long n;
	if (parse_unsigned(v, 60000, &n) < 0) {
		bad_option("--latency", v, "give milliseconds from 0 to 60000, e.g. 50");
		return -1;
	}
	o->latency_ms = (unsigned)n;
	return 0;
}

static int set_dns_delay(struct opts *o, const char *v)
{
	unsigned long long n;
	if (parse_unsigned(v, 600000, &n) < 0) {
		bad_option("--dns-delay", v, "give milliseconds from 0 to 600000, e.g. 2000");
		return -1;
	}
	o->dns_delay_ms = (unsigned)n;
	o->dns_delay_given = true;
	return 0;
}

static int set_threads(struct opts *o, const char *v)
{
	unsigned long long n;
	if (parse_unsigned(v, 256, &n) < 0 || n == 0) {
		bad_option("--threads", v, "give a number from 1 to 256");
		return -1;
	}
	o->threads = (unsigned)n;
	return 0;
}

static int set_idle_timeout(struct opts *o, const char *v)
{
	unsigned long long n;
	if (parse_unsigned(v, 3600, &n) < 0 || n == 0) {
		bad_option("--idle-timeout", v, "give seconds from 1 to 3600, e.g. 15");
		return -1;
	}
	o->idle_timeout = (unsigned)n;
	return 0;
}

static int set_client_connections(struct opts *o, const char *v)
{
	unsigned long long n;
	if (parse_unsigned(v, 4096, &n) < 0 || n == 0) {
		bad_option("--client-connections", v, "give a number from 1 to 4096, e.g. 128");
		return -1;
	}
	o->client_connections = (unsigned)n;
	return 0;
}

static int set_fault_rate(struct opts *o, const char *v)
{
	char *end = NULL;
	errno = 0;
	double r = strtod(v, &end);
	if (errno || *end || !(r >= 0 && r <= 1)) {
		bad_option("--fault-rate", v, "give a fraction from 0 to 1, e.g. 0.1");
		return -1;
	}
	o->fault_rate = r;
	return 0;
}

static int set_fault_seed(struct opts *o, const char *v)
{
	if (parse_unsigned(v, ~0ULL, &o->fault_seed) < 0) {
		bad_option("--fault-seed", v, "give a non-negative integer, e.g. 42");
		return -1;
	}
	o->fault_seed_given = true;
	return 0;
}

static int set_fault_methods(struct opts *o, const char *v)
{
	o->fault_methods = methods_parse(v);
	if (!o->fault_methods) {
		bad_option("--fault-methods", v,
			   "give a comma list of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
		return -1;
	}
	return 0;
}

static int set_rate_limit(struct opts *o, const char *v)
{
	char *copy = xstrdup(v);
	char *slash = strchr(copy, '/');
	unsigned long long n, w = 60;
	int rc = 0;
	if (slash)
		*slash = '\0';
	if (parse_unsigned(copy, 100000000, &n) < 0 ||
	    (slash && (parse_unsigned(slash + 1, 86400, &w) < 0 || w == 0))) {
		bad_option("--rate-limit", v,
			   "give N or N/SECONDS, e.g. 1000/60, or 0 to turn rate limiting off");
		rc = -1;
	} else {
		o->rate_max = (unsigned)n;
		o->rate_window = (unsigned)w;
	}
	free(copy);
	return rc;
}

/* ---- the table ------------------------------------------------------------ */

enum {
	OPT_RUN = 1,  /* an option of a server run: in the first usage line */
	OPT_MODE = 2, /* prints something and exits: a usage line of its own */
};

struct optdef {
	const char *name; /* without the leading "--" */
	const char *arg;  /* the value's name, NULL for a flag */
	unsigned kind;    /* OPT_RUN or OPT_MODE */
	const char *help; /* --help text; '\n' separates its lines */
	int (*set)(struct opts *o, const char *value);
	const char *synopsis; /* in the usage lines instead of the default; "" = not shown */
};

static const struct optdef optdefs[] = {
	{"listen", "ADDR:PORT", OPT_RUN,
	 "where to listen (default 127.0.0.1:8080; port 0 picks\n"
	 "a free one)",
	 set_listen, NULL},
	{"state", "FILE", OPT_RUN,
	 "load the state from FILE if it exists and save every\n"
	 "change there (a state file is a valid seed)",
	 set_state, NULL},
	{"seed", "FILE", OPT_RUN, "start from this seed instead of the built-in one", set_seed,
	 NULL},
	{"tls-cert", "FILE", OPT_RUN, "serve HTTPS with this PEM certificate ...", set_cert,
	 "[--tls-cert FILE --tls-key FILE]"},
	{"tls-key", "FILE", OPT_RUN, "... and this PEM private key", set_key, ""},
	{"latency", "MS", OPT_RUN, "wait MS milliseconds (up to 60000) before each answer",
	 set_latency, NULL},
	{"fault-rate", "P", OPT_RUN,
	 "answer a fraction P (0..1) of requests with a proxy 502\n"
	 "or 503 (nothing done) or cut the connection mid-body\n"
	 "(request done)",
	 set_fault_rate, NULL},
	{"fault-seed", "N", OPT_RUN, "make faults reproducible (default: random, printed)",
	 set_fault_seed, NULL},
	{"fault-methods", "LIST", OPT_RUN, "only fault these methods, e.g. GET,PUT (default all)",
	 set_fault_methods, NULL},
	{"rate-limit", "N[/SECONDS]", OPT_RUN,
	 "N requests per SECONDS (default 60) per client\n"
	 "address, then 429 (default 1000/60; 0 turns it off)",
	 set_rate_limit, NULL},
	{"log", "FILE", OPT_RUN, "append one JSON line per request (tokens redacted)", set_log,
	 NULL},
	{"threads", "N", OPT_RUN, "worker threads (default: one per CPU, at least 2)",
	 set_threads, NULL},
	{"client-connections", "N", OPT_RUN,
	 "at most N connections per client address (default 128)", set_client_connections,
	 NULL},
	{"idle-timeout", "SECONDS", OPT_RUN,
	 "close a connection idle that long (default 15)", set_idle_timeout, NULL},
	{"dns", "ADDR:PORT", OPT_RUN,
	 "also serve the LiveDNS zones over DNS (UDP and TCP)\n"
	 "there; the second line on stdout is 'dns ADDR:PORT'",
	 set_dns, "[--dns ADDR:PORT [--dns-delay MS]]"},
	{"dns-delay", "MS", OPT_RUN,
	 "show each change in DNS MS milliseconds after the API\n"
	 "made it (up to 600000; default 0: at once)",
	 set_dns_delay, ""},
	{"quiet", NULL, OPT_RUN, "print only the base URL (and the dns line)", set_quiet, NULL},
	{"help-seed", NULL, OPT_MODE,
	 "print the tokens of the seed to try (with --seed FILE,\n"
	 "of that seed)",
	 set_help_seed, "--help-seed [--seed FILE]"},
	{"generate-seed", "domains=N,records=M", OPT_MODE,
	 "print a big seed for benchmarks and exit", set_generate,
	 "--generate-seed domains=N,records=M > big.json"},
	{"help", NULL, OPT_MODE, "print this help and exit", set_help, "--help | --version"},
	{"version", NULL, OPT_MODE, "print the version and exit", set_version, ""},
};

#define NOPTS (sizeof optdefs / sizeof optdefs[0])

/* Words wrapped into lines of at most 78 columns, continuing at indent. */
struct wrap {
	FILE *f;
	size_t col, indent;
};

static void wrap_word(struct wrap *w, const char *word)
{
	size_t len = strlen(word);
	if (w->col > w->indent && w->col + 1 + len > 78) {
		fprintf(w->f, "\n%*s", (int)w->indent, "");
		w->col = w->indent;
	} else if (w->col > w->indent) {
		fputc(' ', w->f);
		w->col++;
	}
	fputs(word, w->f);
	w->col += len;
}

void opts_usage(FILE *f)
{
	static const char lead[] = "usage: gandi-emu";
	struct wrap w = {f, sizeof lead, sizeof lead};
	fputs(lead, f);
	fputc(' ', f);
	for (size_t i = 0; i < NOPTS; i++) {
		const struct optdef *d = &optdefs[i];
		char word[96];
		if (d->kind != OPT_RUN || (d->synopsis && !*d->synopsis))
			continue;
		if (d->synopsis)
			snprintf(word, sizeof word, "%s", d->synopsis);
		else if (d->arg)
			snprintf(word, sizeof word, "[--%s %s]", d->name, d->arg);
		else
			snprintf(word, sizeof word, "[--%s]", d->name);
		wrap_word(&w, word);
	}
	fputc('\n', f);
	for (size_t i = 0; i < NOPTS; i++) {
		const struct optdef *d = &optdefs[i];
		if (d->kind != OPT_MODE || (d->synopsis && !*d->synopsis))
			continue;
		fprintf(f, "%*sgandi-emu ", (int)(sizeof lead - sizeof "gandi-emu"), "");
		if (d->synopsis)
			fprintf(f, "%s\n", d->synopsis);
		else
			fprintf(f, "--%s%s%s\n", d->name, d->arg ? " " : "", d->arg ? d->arg : "");
	}
}

static const char help_intro[] =
	"\n"
	"A local server that answers like Gandi's API (api.gandi.net/v5) and\n"
	"id.gandi.net/tokeninfo, to try gandi or your own scripts offline.\n"
	"The first line on stdout is the base URL; the API is under BASE/v5.\n"
	"\n";

static const char help_outro[] =
	"\n"
	"Try it:\n"
	"  gandi-emu --listen 127.0.0.1:8080 &\n"
	"  gandi-emu --help-seed        # the tokens, e.g. the one named 'all'\n"
	"  curl -H 'Authorization: Bearer <token>' http://127.0.0.1:8080/v5/domain/domains\n"
	"  GANDI_API_URL=http://127.0.0.1:8080/v5 GANDI_ID_URL=http://127.0.0.1:8080 \\\n"
	"    GANDI_API_KEY=<token> gandi domain list\n"
	"\n"
	"SIGINT or SIGTERM stops it (exit 0). See gandi-emu(1).\n";

/* Help lines start in this column. */
#define HELP_COL 23

void opts_help(FILE *f)
{
	opts_usage(f);
	fputs(help_intro, f);
	for (size_t i = 0; i < NOPTS; i++) {
		const struct optdef *d = &optdefs[i];
		int n = fprintf(f, "  --%s%s%s", d->name, d->arg ? " " : "", d->arg ? d->arg : "");
		const char *h = d->help;
		if (n + 1 > HELP_COL) {
			fputc('\n', f);
			n = 0;
		}
		while (*h) {
			const char *nl = strchr(h, '\n');
			size_t len = nl ? (size_t)(nl - h) : strlen(h);
			fprintf(f, "%*s%.*s\n", HELP_COL - n, "", (int)len, h);
			n = 0;
			h += len + (nl != NULL);
		}
	}
	fputs(help_outro, f);
}

int opts_parse(int argc, char **argv, struct opts *o)
{
	struct option longopts[NOPTS + 1];
	int c, rc = -1;
	*o = (struct opts){.listen = "127.0.0.1:8080", .rate_max = 1000, .rate_window = 60,
			   .fault_methods = M_ALL, .idle_timeout = 15, .client_connections = 128};
	for (size_t i = 0; i < NOPTS; i++)
		longopts[i] = (struct option){optdefs[i].name,
					      optdefs[i].arg ? required_argument : no_argument,
					      NULL, (int)(256 + i)};
	longopts[NOPTS] = (struct option){NULL, 0, NULL, 0};
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c >= 256 && (size_t)(c - 256) < NOPTS) {
			if (optdefs[c - 256].set(o, optarg) < 0)
				goto out;
			continue;
		}
		if (optopt >= 256)
			fprintf(stderr, "gandi-emu: option '%s' needs a value\n", argv[optind - 1]);
		else
			fprintf(stderr, "gandi-emu: unknown option '%s'\n", argv[optind - 1]);
		opts_usage(stderr);
		goto out;
	}
	if (optind < argc) {
		fprintf(stderr, "gandi-emu: unexpected argument '%s'\n", argv[optind]);
		opts_usage(stderr);
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
