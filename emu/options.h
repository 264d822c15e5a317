/*
 * gandi-emu's command line: one table of options (options.c) drives the
 * parsing, the usage lines and --help; tests/emu/test_options.py checks that
 * gandi-emu(1) lists exactly the same options.
 *
 * Ownership: the strings in struct opts point into argv.
 */
#ifndef EMU_OPTIONS_H
#define EMU_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

struct opts {
	const char *listen;
	const char *state;
	const char *seed;
	const char *tls_cert, *tls_key;
	const char *log;
	const char *dns;       /* --dns ADDR:PORT, or NULL */
	unsigned dns_delay_ms; /* --dns-delay */
	bool dns_delay_given;
	unsigned latency_ms;
	double fault_rate;
	bool fault_seed_given;
	unsigned long long fault_seed;
	unsigned fault_methods;
	unsigned rate_max, rate_window;
	unsigned threads;
	unsigned idle_timeout, client_connections;
	bool quiet;
	bool help, help_seed, version;
	const char *generate;
};

/*
 * Fill o from argv, after setting the defaults. Returns 0, or -1 after a
 * message on stderr (an unknown option, a missing or invalid value): exit 2.
 */
int opts_parse(int argc, char **argv, struct opts *o);

/* Write the usage lines (to stderr after a mistake) / the whole --help. */
void opts_usage(FILE *f);
void opts_help(FILE *f);

/* "gandi-emu: invalid value 'V' for OPT: HINT" on stderr. */
void bad_option(const char *opt, const char *value, const char *hint);

/* A whole decimal number in [0, max] (no sign). Returns 0 or -1. */
int parse_unsigned(const char *s, unsigned long long max, unsigned long long *out);

#endif
