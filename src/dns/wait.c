#include "dns/wait.h"

#include <errno.h>
#include <ldns/ldns.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "cmd.h"
#include "dns/query.h"
#include "dns/value.h"
#include "error.h"
#include "gandi/types.h"
#include "dns/rrkey.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "xalloc.h"

#define QUERY_TIMEOUT 2.0   /* seconds for one question to one server */
#define FIRST_PAUSE 0.25    /* the pauses double from this up to the interval */
#define MAX_THREADS 32      /* questions in flight at once */
#define SHOWN_VALUES 4      /* served values named in a report */

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_s(double s)
{
	if (s <= 0)
		return;
	struct timespec ts = {.tv_sec = (time_t)s, .tv_nsec = (long)((s - floor(s)) * 1e9)};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* The servers of one zone. */
struct zone_servers {
	char *zone;
	struct dnsq_server_list list;
};

/* One question of a round: a target asked of a server. */
struct job {
	const struct wait_target *t;
	const struct dnsq_server *server;
	char *fqdn;
	double timeout;
	struct dnsq_answer answer;
	bool ok;
	char *lag; /* what the server serves instead, when !ok */
};

static void *job_run(void *arg)
{
	struct job *j = arg;
	dnsq_ask(j->server, j->fqdn, j->t->type, j->timeout, &j->answer);
	return NULL;
}

/* Whether served (master-file text) holds value (API form), by meaning. */
static bool served_has(const struct wait_target *t, const struct dnsq_answer *a,
		       const char *value)
{
	for (size_t i = 0; i < a->nvalues; i++)
		if (dnsv_same(t->type, value, DNSV_API, a->values[i], DNSV_ZONE, t->zone))
			return true;
	return false;
}

static bool wanted_has(const struct wait_target *t, const char *served)
{
	for (size_t i = 0; i < t->nvalues; i++)
		if (dnsv_same(t->type, t->values[i], DNSV_API, served, DNSV_ZONE, t->zone))
			return true;
	return false;
}

/* "serves "a", "b" and 3 more" into b. */
static void describe_values(struct buf *b, const struct dnsq_answer *a)
{
	buf_adds(b, "serves ");
	for (size_t i = 0; i < a->nvalues && i < SHOWN_VALUES; i++)
		buf_printf(b, "%s%s", i ? ", " : "", a->values[i]);
	if (a->nvalues > SHOWN_VALUES)
		buf_printf(b, " and %zu more", a->nvalues - SHOWN_VALUES);
}

/* Decide whether j's answer is the state wanted; if not, say what it is. */
static void judge(struct job *j)
{
	const struct wait_target *t = j->t;
	const struct dnsq_answer *a = &j->answer;
	struct buf b = {0};
	j->ok = false;
	free(j->lag);
	j->lag = NULL;
	if (a->status != DNSQ_ANSWER) {
		buf_adds(&b, a->problem);
		goto out;
	}
	if (a->rcode != LDNS_RCODE_NOERROR && a->rcode != LDNS_RCODE_NXDOMAIN) {
		buf_printf(&b, "answers %s", dnsq_rcode_name(a->rcode));
		goto out;
	}
	if (a->nvalues == 0 && !a->aa && !a->soa) {
		/* a referral, or a server that does not hold the zone: no say either way */
		buf_adds(&b, "answers without authority for the zone");
		goto out;
	}
	bool ok = true;
	switch (t->mode) {
	case WAIT_PRESENT:
	case WAIT_EXACT:
		ok = t->nvalues || a->nvalues;
		for (size_t i = 0; i < t->nvalues && ok; i++)
			ok = served_has(t, a, t->values[i]);
		for (size_t i = 0; t->mode == WAIT_EXACT && i < a->nvalues && ok; i++)
			ok = wanted_has(t, a->values[i]);
		break;
	case WAIT_ABSENT:
		for (size_t i = 0; i < t->nvalues && ok; i++)
			ok = !served_has(t, a, t->values[i]);
		break;
	case WAIT_GONE:
		ok = a->nvalues == 0;
		break;
	}
	if (ok) {
		j->ok = true;
		goto out;
	}
	if (a->nvalues)
		describe_values(&b, a);
	else if (a->rcode == LDNS_RCODE_NXDOMAIN)
		buf_adds(&b, "answers NXDOMAIN (no such name)");
	else
		buf_printf(&b, "serves no %s record there (NODATA)", t->type);
out:
	if (!j->ok)
		j->lag = buf_detach(&b);
	buf_free(&b);
}

static int servers_of(struct ctx *ctx, const char *zone, const struct wait_opts *o,
		      struct dnsq_server_list *list)
{
	char **names = NULL;
	size_t n = 0;
	int rc = 0;
	if (o->nnameservers) {
		for (size_t i = 0; i < o->nnameservers && !rc; i++)
			rc = dnsq_servers_add(ctx, list, o->nameservers[i], "--nameserver");
	} else if (ctx->nameservers.value) {
		const char *where = ctx->nameservers.src == SRC_ENV ? "GANDI_NAMESERVERS"
				    : ctx->nameservers.origin ? ctx->nameservers.origin
							      : "the setting nameservers";
		rc = dnsq_servers_add(ctx, list, ctx->nameservers.value, where);
	} else {
		rc = zone_nameservers(ctx, zone, &names, &n);
		if (!rc && n == 0) {
			rc = error_set(ctx, EXIT_ERROR, "no_nameservers",
				       "Gandi names no nameserver for domain '%s'", zone);
			error_detail(ctx, "hint: name the servers to ask with --nameserver "
				     "HOST[:PORT]\n");
		}
		for (size_t i = 0; i < n && !rc; i++)
			rc = dnsq_servers_add(ctx, list, names[i], "Gandi's nameserver list");
	}
	if (!rc)
		rc = dnsq_servers_resolve(ctx, list);
	strv_free(names);
	return rc;
}

/* The zone's servers, looked up once per zone. */
static int zone_servers(struct ctx *ctx, struct zone_servers **zs, size_t *nzs, const char *zone,
			const struct wait_opts *o, const struct dnsq_server_list **out)
{
	for (size_t i = 0; i < *nzs; i++)
		if (strcmp((*zs)[i].zone, zone) == 0 || o->nnameservers || ctx->nameservers.value) {
			*out = &(*zs)[i].list;
			return 0;
		}
	*zs = xrealloc(*zs, (*nzs + 1) * sizeof(**zs));
	struct zone_servers *z = &(*zs)[(*nzs)++];
	memset(z, 0, sizeof(*z));
	z->zone = xstrdup(zone);
	*out = &z->list;
	int rc = servers_of(ctx, zone, o, &z->list);
	for (size_t i = 0; !rc && i < z->list.n; i++)
		trace_note(ctx, "dns wait: %s of %s: %zu address%s", z->list.v[i].name, zone,
		      z->list.v[i].naddrs, z->list.v[i].naddrs == 1 ? "" : "es");
	return rc;
}

static char *target_fqdn(const struct wait_target *t)
{
	if (strcmp(t->name, "@") == 0)
		return xstrdup(t->zone);
	return xasprintf("%s.%s", t->name, t->zone);
}

static void progress(struct ctx *ctx, bool show, size_t ok, size_t n, double elapsed,
		     const char *what)
{
	if (!show)
		return;
	char *safe = out_safe(ctx, what);
	fprintf(stderr, "\r\033[Kwaiting for the nameservers to serve %s: %zu of %zu answer%s "
		"as wanted (%.0f s)", safe, ok, n, n == 1 ? "s" : "", elapsed);
	fflush(stderr);
	free(safe);
}

static void progress_clear(bool show)
{
	if (!show)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
}

/* Ask every job once, in parallel. */
static void round_run(struct job *jobs, size_t n, double left)
{
	pthread_t th[MAX_THREADS];
	bool started[MAX_THREADS];
	double qt = left < QUERY_TIMEOUT ? left : QUERY_TIMEOUT;
	if (qt < 0.2)
		qt = 0.2;
	for (size_t base = 0; base < n; base += MAX_THREADS) {
		size_t m = n - base < MAX_THREADS ? n - base : MAX_THREADS;
		for (size_t i = 0; i < m; i++) {
			struct job *j = &jobs[base + i];
			dnsq_answer_free(&j->answer);
			j->timeout = qt;
			started[i] = pthread_create(&th[i], NULL, job_run, j) == 0;
			if (!started[i])
				job_run(j);
		}
		for (size_t i = 0; i < m; i++)
			if (started[i])
				pthread_join(th[i], NULL);
	}
	for (size_t i = 0; i < n; i++)
		judge(&jobs[i]);
}

char *wait_values_text(const char *type, const char *zone, const char *const *v, size_t n)
{
	struct dnsv *d = xcalloc(n + 1, sizeof(*d));
	for (size_t i = 0; i < n; i++)
		dnsv_stored(type, v[i], zone, &d[i]);
	char *text = dnsv_list(d, n);
	for (size_t i = 0; i < n; i++)
		dnsv_free(&d[i]);
	free(d);
	return text;
}

/* "do not serve 192.0.2.1 in the A record www in example.com", for n servers. */
static char *lag_phrase(const struct wait_target *t, size_t n)
{
	char *values = wait_values_text(t->type, t->zone, t->values, t->nvalues);
	char *what = xasprintf("the %s record %s in %s", t->type, t->name, t->zone);
	char *out;
	const char *verb = n == 1 ? "does not serve" : "do not serve";
	const char *still = n == 1 ? "still serves" : "still serve";
	switch (t->mode) {
	case WAIT_ABSENT:
		out = xasprintf("%s %s in %s", still, values, what);
		break;
	case WAIT_GONE:
		out = xasprintf("%s %s", still, what);
		break;
	case WAIT_EXACT:
		out = xasprintf("%s exactly %s in %s", verb, values, what);
		break;
	default:
		out = t->nvalues ? xasprintf("%s %s in %s", verb, values, what)
				 : xasprintf("%s %s", verb, what);
	}
	free(values);
	free(what);
	return out;
}

/* The error after a timeout: which servers lag, what they serve. */
static int timed_out(struct ctx *ctx, const struct wait_opts *o, struct job *jobs, size_t n,
		     size_t ntargets)
{
	size_t lagging = 0;
	for (size_t i = 0; i < n; i++)
		lagging += !jobs[i].ok;
	if (ntargets == 1) {
		char *phrase = lag_phrase(jobs[0].t, lagging);
		error_set(ctx, EXIT_WAIT, "wait_timeout", "timed out after %g s: %zu of %zu "
			  "nameserver%s %s", o->timeout, lagging, n, n == 1 ? "" : "s", phrase);
		free(phrase);
	} else {
		error_set(ctx, EXIT_WAIT, "wait_timeout", "timed out after %g s: %zu of %zu answers "
			  "of the nameservers are not yet as wanted, for %zu records", o->timeout,
			  lagging, n, ntargets);
	}
	struct jv *list = jv_array();
	struct job *first = NULL;
	for (size_t i = 0; i < n; i++) {
		struct job *j = &jobs[i];
		if (j->ok)
			continue;
		if (!first)
			first = j;
		char *from = j->answer.from && strcmp(j->answer.from, j->server->name) != 0
				     ? xasprintf(" (%s)", j->answer.from)
				     : xstrdup("");
		if (ntargets == 1)
			error_detail(ctx, "  %s%s: %s\n", j->server->name, from, j->lag);
		else
			error_detail(ctx, "  %s%s, %s %s: %s\n", j->server->name, from, j->t->type,
				     j->fqdn, j->lag);
		free(from);
		struct jv *one = jv_object();
		jv_set_str(one, "nameserver", j->server->name);
		if (j->answer.from)
			jv_set_str(one, "address", j->answer.from);
		jv_set_str(one, "type", j->t->type);
		jv_set_str(one, "name", j->fqdn);
		jv_set_str(one, "state", j->lag);
		jv_set(one, "values", jv_strv((const char *const *)j->answer.values,
					      j->answer.nvalues));
		jv_push(list, one);
	}
	error_field(ctx, "lagging", list);
	if (first) {
		const char *host = first->server->host;
		char port[16] = "";
		if (first->server->port != DNSQ_PORT)
			snprintf(port, sizeof(port), " -p %d", first->server->port);
		error_detail(ctx, "hint: LiveDNS usually serves a change within seconds; allow more "
			     "time with %s, or look with: dig @%s%s +norec %s %s\n", o->more_time,
			     host, port, first->fqdn, first->t->type);
	}
	return EXIT_WAIT;
}

int dns_wait(struct ctx *ctx, const struct wait_target *targets, size_t n,
	     const struct wait_opts *o, struct wait_result *res)
{
	struct zone_servers *zs = NULL;
	size_t nzs = 0, njobs = 0;
	struct job *jobs = NULL;
	int rc = 0;
	bool show = ctx->stderr_tty && !ctx->quiet && !ctx->json;
	char *what = NULL;
	memset(res, 0, sizeof(*res));

	for (size_t i = 0; i < n && !rc; i++) {
		if (!dnsq_type_ok(targets[i].type)) {
			rc = usage_error(ctx, "cannot wait for %s records: nameservers serve no such "
					 "type", targets[i].type);
			if (strcmp(targets[i].type, "ALIAS") == 0)
				error_detail(ctx, "hint: LiveDNS answers an ALIAS with A and AAAA "
					     "records: wait for those\n");
			goto out;
		}
		const struct dnsq_server_list *list = NULL;
		if ((rc = zone_servers(ctx, &zs, &nzs, targets[i].zone, o, &list)))
			goto out;
		jobs = xrealloc(jobs, (njobs + list->n) * sizeof(*jobs));
		for (size_t s = 0; s < list->n; s++) {
			struct job *j = &jobs[njobs++];
			memset(j, 0, sizeof(*j));
			j->t = &targets[i];
			j->server = &list->v[s];
			j->fqdn = target_fqdn(&targets[i]);
		}
	}
	if (!njobs)
		goto out;
	what = n == 1 ? xasprintf("%s %s", targets[0].type, jobs[0].fqdn)
		      : xasprintf("%zu records", n);
	double start = now_s(), pause = FIRST_PAUSE;
	for (;;) {
		double elapsed = now_s() - start;
		round_run(jobs, njobs, o->timeout - elapsed);
		res->rounds++;
		size_t ok = 0;
		for (size_t i = 0; i < njobs; i++) {
			ok += jobs[i].ok;
			trace_note(ctx, "dns %s %s %s at %s: %s in %.0f ms%s", jobs[i].server->name,
			      jobs[i].t->type, jobs[i].fqdn,
			      jobs[i].answer.from ? jobs[i].answer.from : "-",
			      jobs[i].ok ? "as wanted" : jobs[i].lag, jobs[i].answer.ms,
			      jobs[i].answer.tcp ? " (TCP after a truncated UDP answer)" : "");
		}
		elapsed = now_s() - start;
		progress(ctx, show, ok, njobs, elapsed, what);
		if (ok == njobs) {
			res->ms = elapsed * 1000;
			break;
		}
		if (elapsed >= o->timeout) {
			progress_clear(show);
			show = false;
			rc = timed_out(ctx, o, jobs, njobs, n);
			goto out;
		}
		double wait = pause < o->interval ? pause : o->interval;
		if (elapsed + wait > o->timeout)
			wait = o->timeout - elapsed;
		/* the progress line's clock keeps moving while waiting */
		while (wait > 0) {
			double step = wait < 1 ? wait : 1;
			sleep_s(step);
			wait -= step;
			progress(ctx, show, ok, njobs, now_s() - start, what);
		}
		pause *= 2;
	}
	res->servers = njobs;
out:
	progress_clear(show);
	for (size_t i = 0; i < njobs; i++) {
		dnsq_answer_free(&jobs[i].answer);
		free(jobs[i].fqdn);
		free(jobs[i].lag);
	}
	free(jobs);
	for (size_t i = 0; i < nzs; i++) {
		free(zs[i].zone);
		dnsq_server_list_free(&zs[i].list);
	}
	free(zs);
	free(what);
	return rc;
}

/* Seconds from text: a number > 0 and at most max. */
static int seconds_arg(struct ctx *ctx, const char *opt, const char *text, double max,
		       double *out)
{
	char *end = NULL;
	errno = 0;
	double d = strtod(text, &end);
	if (end == text || *end || errno || !(d > 0) || d > max) {
		usage_error(ctx, "%s '%s' is not a number of seconds above 0 and at most %g", opt,
			    text, max);
		error_detail(ctx, "hint: write it like %s 120 or %s 0.5\n", opt, opt);
		return EXIT_USAGE;
	}
	*out = d;
	return 0;
}

int wait_opts_from_args(struct ctx *ctx, const struct args *a, const char *name_timeout,
			const char *name_interval, struct wait_opts *opts)
{
	const char *v;
	int rc = 0;
	memset(opts, 0, sizeof(*opts));
	opts->timeout = WAIT_TIMEOUT_DEFAULT;
	opts->interval = WAIT_INTERVAL_DEFAULT;
	if (name_timeout)
		snprintf(opts->more_time, sizeof(opts->more_time), "--%s SECONDS", name_timeout);
	else
		snprintf(opts->more_time, sizeof(opts->more_time), "GANDI_WAIT_TIMEOUT=SECONDS");
	if (ctx->wait_timeout.value)
		opts->timeout = strtod(ctx->wait_timeout.value, NULL);
	if (a && name_timeout && (v = arg_value(a, name_timeout))) {
		char *flag = xasprintf("--%s", name_timeout);
		rc = seconds_arg(ctx, flag, v, 86400, &opts->timeout);
		free(flag);
	}
	if (!rc && a && name_interval && (v = arg_value(a, name_interval))) {
		char *flag = xasprintf("--%s", name_interval);
		rc = seconds_arg(ctx, flag, v, 3600, &opts->interval);
		free(flag);
	}
	if (a) {
		const char *const *ns = NULL;
		opts->nnameservers = arg_values(a, "nameserver", &ns);
		opts->nameservers = ns;
	}
	return rc;
}

int wait_after_write(struct ctx *ctx, const struct args *a, const char *zone, const char *name,
		     const char *type, enum wait_mode mode, const char *const *values, size_t n)
{
	struct wait_opts o;
	struct wait_result res;
	if (!arg_flag(a, "wait") && !arg_flag(a, "wait-timeout") && !arg_flag(a, "nameserver"))
		return 0;
	int rc = wait_opts_from_args(ctx, a, "wait-timeout", NULL, &o);
	if (rc)
		return rc;
	struct wait_target t = {zone, name, type, mode, values, n};
	rc = dns_wait(ctx, &t, 1, &o, &res);
	if (!rc)
		note(ctx, "served by %zu nameserver%s after %.0f ms", res.servers,
		     res.servers == 1 ? "" : "s", res.ms);
	return rc;
}

int wait_args_check(struct ctx *ctx, const struct args *a)
{
	struct wait_opts o;
	struct dnsq_server_list list = {0};
	int rc = wait_opts_from_args(ctx, a, "wait-timeout", NULL, &o);
	for (size_t i = 0; !rc && i < o.nnameservers; i++)
		rc = dnsq_servers_add(ctx, &list, o.nameservers[i], "--nameserver");
	dnsq_server_list_free(&list);
	return rc;
}
