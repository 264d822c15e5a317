#include "dns/query.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <ldns/ldns.h>
#include <netdb.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "dns/value.h"
#include "error.h"
#include "xalloc.h"

#define EDNS_SIZE 1232 /* the DNS flag day 2020 size: no fragments */

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Milliseconds left before deadline, for poll(); 0 once it passed. */
static int ms_left(double deadline)
{
	double left = deadline - now_s();
	return left <= 0 ? 0 : (int)(left * 1000) + 1;
}

/* ---- server specs ---- */

/* Whether text is an IPv6 address (the value module's reading of an AAAA value). */
static bool is_ipv6(const char *text)
{
	struct dnsv v;
	struct dnsv_error err;
	if (dnsv_parse("AAAA", text, DNSV_USER, NULL, &v, &err) != 0)
		return false;
	dnsv_free(&v);
	return true;
}

/* Parse one HOST[:PORT] word. Returns NULL, or why it is not one. */
static const char *parse_spec(const char *word, char **host, int *port)
{
	const char *colon = strrchr(word, ':');
	char *h = NULL;
	*port = DNSQ_PORT;
	if (word[0] == '[') {
		const char *close = strchr(word, ']');
		if (!close || close == word + 1)
			return "an IPv6 address opened with '[' is not closed with ']'";
		h = xstrndup(word + 1, (size_t)(close - word - 1));
		if (close[1] == ':')
			colon = close + 1;
		else if (close[1])
			return "':PORT' must follow the ']'";
		else
			colon = NULL;
		if (!is_ipv6(h)) {
			free(h);
			return "what is in brackets is not an IPv6 address";
		}
	} else if (colon && strchr(word, ':') != colon) {
		/* two colons or more: a bare IPv6 address, no port */
		if (!is_ipv6(word))
			return "not an address (write an IPv6 address with a port as [ADDR]:PORT)";
		h = xstrdup(word);
		colon = NULL;
	} else {
		h = colon ? xstrndup(word, (size_t)(colon - word)) : xstrdup(word);
	}
	if (colon) {
		char *end = NULL;
		long p = strtol(colon + 1, &end, 10);
		if (!colon[1] || *end || p < 1 || p > 65535) {
			free(h);
			return "the port is not a number from 1 to 65535";
		}
		*port = (int)p;
	}
	if (!h[0]) {
		free(h);
		return "no host before the ':'";
	}
	for (const char *c = h; *c; c++)
		if (!isalnum((unsigned char)*c) && !strchr(".-_:", *c)) {
			free(h);
			return "a host name holds letters, digits, '-', '_' and dots";
		}
	*host = h;
	return NULL;
}

int dnsq_servers_add(struct ctx *ctx, struct dnsq_server_list *list, const char *spec,
		     const char *where)
{
	const char *p = spec;
	size_t before = list->n;
	while (*p) {
		size_t skip = strspn(p, ", \t\n");
		p += skip;
		size_t len = strcspn(p, ", \t\n");
		if (!len)
			break;
		char *word = xstrndup(p, len);
		char *host = NULL;
		int port = 0;
		const char *why = parse_spec(word, &host, &port);
		if (why) {
			int rc = usage_error(ctx, "nameserver '%s' from %s: %s", word, where, why);
			error_detail(ctx, "hint: write HOST or HOST:PORT, like 127.0.0.1:5353, "
				     "[::1]:5353 or ns1.example.net\n");
			free(word);
			return rc;
		}
		list->v = xrealloc(list->v, (list->n + 1) * sizeof(*list->v));
		struct dnsq_server *s = &list->v[list->n++];
		memset(s, 0, sizeof(*s));
		s->name = word;
		s->host = host;
		s->port = port;
		p += len;
	}
	if (list->n == before)
		return usage_error(ctx, "no nameserver in %s", where);
	return 0;
}

int dnsq_servers_resolve(struct ctx *ctx, struct dnsq_server_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		struct dnsq_server *s = &list->v[i];
		struct addrinfo hints = {.ai_socktype = SOCK_DGRAM, .ai_flags = AI_ADDRCONFIG};
		struct addrinfo *res = NULL;
		char port[8];
		if (s->naddrs)
			continue;
		snprintf(port, sizeof(port), "%d", s->port);
		int e = getaddrinfo(s->host, port, &hints, &res);
		if (e == EAI_NONAME || e == EAI_FAIL || e == EAI_AGAIN) {
			/* AI_ADDRCONFIG hides loopback addresses on a host with no other */
			hints.ai_flags = 0;
			e = getaddrinfo(s->host, port, &hints, &res);
		}
		if (e) {
			error_set(ctx, EXIT_NETWORK, "resolve", "cannot resolve nameserver '%s': %s",
				  s->host, e == EAI_SYSTEM ? strerror(errno) : gai_strerror(e));
			error_detail(ctx, "hint: check this machine's DNS, or name the servers with "
				     "--nameserver ADDR[:PORT]\n");
			return EXIT_NETWORK;
		}
		for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
			if (ai->ai_addrlen > sizeof(struct sockaddr_storage))
				continue;
			s->addrs = xrealloc(s->addrs, (s->naddrs + 1) * sizeof(*s->addrs));
			s->addrlens = xrealloc(s->addrlens, (s->naddrs + 1) * sizeof(*s->addrlens));
			memset(&s->addrs[s->naddrs], 0, sizeof(*s->addrs));
			memcpy(&s->addrs[s->naddrs], ai->ai_addr, ai->ai_addrlen);
			s->addrlens[s->naddrs++] = ai->ai_addrlen;
		}
		freeaddrinfo(res);
	}
	return 0;
}

void dnsq_server_list_free(struct dnsq_server_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		free(list->v[i].name);
		free(list->v[i].host);
		free(list->v[i].addrs);
		free(list->v[i].addrlens);
	}
	free(list->v);
	list->v = NULL;
	list->n = 0;
}

/* ---- one exchange ---- */

static char *addr_text(const struct sockaddr_storage *sa, int port)
{
	char host[NI_MAXHOST] = "?";
	socklen_t len = sa->ss_family == AF_INET6 ? sizeof(struct sockaddr_in6)
						  : sizeof(struct sockaddr_in);
	if (getnameinfo((const struct sockaddr *)sa, len, host, sizeof(host), NULL, 0,
			NI_NUMERICHOST) != 0)
		snprintf(host, sizeof(host), "?");
	if (port == DNSQ_PORT)
		return xstrdup(host);
	return sa->ss_family == AF_INET6 ? xasprintf("[%s]:%d", host, port)
					 : xasprintf("%s:%d", host, port);
}

/* Whether reply answers query (same id, a response, the same question). */
static bool reply_matches(const ldns_pkt *query, const ldns_pkt *reply)
{
	if (ldns_pkt_id(reply) != ldns_pkt_id(query) || !ldns_pkt_qr(reply))
		return false;
	const ldns_rr_list *qq = ldns_pkt_question(query), *rq = ldns_pkt_question(reply);
	if (ldns_rr_list_rr_count(rq) != 1)
		return ldns_pkt_get_rcode(reply) != LDNS_RCODE_NOERROR &&
		       ldns_rr_list_rr_count(rq) == 0; /* FORMERR, REFUSED may drop it */
	const ldns_rr *a = ldns_rr_list_rr(qq, 0), *b = ldns_rr_list_rr(rq, 0);
	return ldns_rr_get_type(a) == ldns_rr_get_type(b) &&
	       ldns_dname_compare(ldns_rr_owner(a), ldns_rr_owner(b)) == 0;
}

static void set_problem(struct dnsq_answer *out, const char *fmt, ...) XATTR_PRINTF(2, 3);

static void set_problem(struct dnsq_answer *out, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(out->problem, sizeof(out->problem), fmt, ap);
	va_end(ap);
}

/*
 * One exchange over UDP with addr: *reply set on success. Returns 0, or -1 with
 * out->problem (no reply in time: out->status stays DNSQ_NO_REPLY).
 */
static int udp_exchange(const struct sockaddr_storage *addr, socklen_t alen, const uint8_t *wire,
			size_t len, const ldns_pkt *query, double deadline, ldns_pkt **reply,
			struct dnsq_answer *out)
{
	uint8_t buf[65536];
	int rc = -1;
	int fd = socket(addr->ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || connect(fd, (const struct sockaddr *)addr, alen) != 0 ||
	    send(fd, wire, len, 0) != (ssize_t)len) {
		out->status = DNSQ_FAILED;
		set_problem(out, "cannot send over UDP: %s", strerror(errno));
		goto out;
	}
	for (;;) {
		struct pollfd p = {.fd = fd, .events = POLLIN};
		int n = poll(&p, 1, ms_left(deadline));
		if (n == 0) {
			set_problem(out, "%s", "no reply (timed out)");
			goto out;
		}
		if (n < 0) {
			if (errno == EINTR)
				continue;
			set_problem(out, "poll: %s", strerror(errno));
			goto out;
		}
		ssize_t got = recv(fd, buf, sizeof(buf), 0);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			if (errno == ECONNREFUSED)
				set_problem(out, "%s", "no reply (port unreachable)");
			else
				set_problem(out, "no reply: %s", strerror(errno));
			goto out;
		}
		ldns_pkt *p2 = NULL;
		if (ldns_wire2pkt(&p2, buf, (size_t)got) != LDNS_STATUS_OK)
			continue; /* garbage: keep listening for the real reply */
		if (!reply_matches(query, p2)) {
			ldns_pkt_free(p2);
			continue;
		}
		*reply = p2;
		rc = 0;
		goto out;
	}
out:
	if (fd >= 0)
		close(fd);
	return rc;
}

/* Write or read all of len bytes on a non-blocking socket before deadline. */
static int tcp_io(int fd, uint8_t *data, size_t len, bool writing, double deadline)
{
	size_t done = 0;
	while (done < len) {
		ssize_t n = writing ? send(fd, data + done, len - done, MSG_NOSIGNAL)
				    : recv(fd, data + done, len - done, 0);
		if (n > 0) {
			done += (size_t)n;
			continue;
		}
		if (n == 0) {
			errno = ECONNRESET;
			return -1;
		}
		if (errno == EINTR)
			continue;
		if (errno != EAGAIN && errno != EWOULDBLOCK)
			return -1;
		struct pollfd p = {.fd = fd, .events = writing ? POLLOUT : POLLIN};
		int r = poll(&p, 1, ms_left(deadline));
		if (r == 0) {
			errno = ETIMEDOUT;
			return -1;
		}
		if (r < 0 && errno != EINTR)
			return -1;
	}
	return 0;
}

static int tcp_exchange(const struct sockaddr_storage *addr, socklen_t alen, const uint8_t *wire,
			size_t len, const ldns_pkt *query, double deadline, ldns_pkt **reply,
			struct dnsq_answer *out)
{
	uint8_t *msg = xmalloc(len + 2), *body = NULL;
	uint8_t hdr[2];
	int rc = -1, err = 0;
	int fd = socket(addr->ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	msg[0] = (uint8_t)(len >> 8);
	msg[1] = (uint8_t)len;
	memcpy(msg + 2, wire, len);
	if (fd < 0)
		goto fail;
	if (connect(fd, (const struct sockaddr *)addr, alen) != 0) {
		if (errno != EINPROGRESS)
			goto fail;
		struct pollfd p = {.fd = fd, .events = POLLOUT};
		int r;
		while ((r = poll(&p, 1, ms_left(deadline))) < 0 && errno == EINTR)
			;
		if (r == 0) {
			errno = ETIMEDOUT;
			goto fail;
		}
		socklen_t el = sizeof(err);
		if (r < 0 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el) != 0)
			goto fail;
		if (err) {
			errno = err;
			goto fail;
		}
	}
	if (tcp_io(fd, msg, len + 2, true, deadline) || tcp_io(fd, hdr, 2, false, deadline))
		goto fail;
	size_t blen = (size_t)hdr[0] << 8 | hdr[1];
	body = xmalloc(blen ? blen : 1);
	if (tcp_io(fd, body, blen, false, deadline))
		goto fail;
	ldns_pkt *p2 = NULL;
	if (ldns_wire2pkt(&p2, body, blen) != LDNS_STATUS_OK) {
		out->status = DNSQ_FAILED;
		set_problem(out, "%s", "a reply over TCP that is not a DNS message");
		goto out;
	}
	if (!reply_matches(query, p2)) {
		ldns_pkt_free(p2);
		out->status = DNSQ_FAILED;
		set_problem(out, "%s", "a reply over TCP to another question");
		goto out;
	}
	*reply = p2;
	rc = 0;
	goto out;
fail:
	if (errno == ETIMEDOUT)
		set_problem(out, "%s", "no reply over TCP (timed out)");
	else
		set_problem(out, "no reply over TCP: %s", strerror(errno));
out:
	if (fd >= 0)
		close(fd);
	free(msg);
	free(body);
	return rc;
}

/* The rdata of rr as master-file text: its fields joined by blanks. */
static char *rdata_text(const ldns_rr *rr)
{
	struct buf b = {0};
	for (size_t i = 0; i < ldns_rr_rd_count(rr); i++) {
		char *f = ldns_rdf2str(ldns_rr_rdf(rr, i));
		buf_printf(&b, "%s%s", i ? " " : "", f ? f : "");
		free(f);
	}
	return buf_detach(&b);
}

static void read_reply(const ldns_pkt *reply, const ldns_rdf *qname, ldns_rr_type qtype,
		       struct dnsq_answer *out)
{
	out->status = DNSQ_ANSWER;
	out->rcode = ldns_pkt_get_rcode(reply);
	out->aa = ldns_pkt_aa(reply);
	const ldns_rr_list *auth = ldns_pkt_authority(reply);
	for (size_t i = 0; i < ldns_rr_list_rr_count(auth); i++)
		if (ldns_rr_get_type(ldns_rr_list_rr(auth, i)) == LDNS_RR_TYPE_SOA)
			out->soa = true;
	const ldns_rr_list *ans = ldns_pkt_answer(reply);
	for (size_t i = 0; i < ldns_rr_list_rr_count(ans); i++) {
		const ldns_rr *rr = ldns_rr_list_rr(ans, i);
		if (ldns_rr_get_type(rr) != qtype || ldns_dname_compare(ldns_rr_owner(rr), qname))
			continue;
		out->values = xrealloc(out->values, (out->nvalues + 2) * sizeof(char *));
		out->values[out->nvalues++] = rdata_text(rr);
		out->values[out->nvalues] = NULL;
	}
}

bool dnsq_type_ok(const char *type)
{
	return ldns_get_rr_type_by_name(type) != 0 && strcmp(type, "ALIAS") != 0;
}

void dnsq_ask(const struct dnsq_server *server, const char *name, const char *type,
	      double timeout, struct dnsq_answer *out)
{
	double start = now_s(), deadline = start + timeout;
	ldns_rr_type qtype = ldns_get_rr_type_by_name(type);
	char *abs = xasprintf("%s.", name);
	ldns_rdf *qname = ldns_dname_new_frm_str(abs);
	ldns_pkt *query = NULL, *reply = NULL;
	uint8_t *wire = NULL;
	size_t len = 0;
	uint16_t id = 0;

	memset(out, 0, sizeof(*out));
	out->status = DNSQ_NO_REPLY;
	if (!qname || !qtype) {
		out->status = DNSQ_FAILED;
		set_problem(out, "cannot ask for '%s'", abs);
		goto out;
	}
	query = ldns_pkt_query_new(ldns_rdf_clone(qname), qtype, LDNS_RR_CLASS_IN, 0);
	if (getrandom(&id, sizeof(id), 0) != (ssize_t)sizeof(id))
		id = (uint16_t)(now_s() * 1e6);
	ldns_pkt_set_id(query, id);
	ldns_pkt_set_rd(query, false);
	ldns_pkt_set_edns_udp_size(query, EDNS_SIZE);
	if (ldns_pkt2wire(&wire, query, &len) != LDNS_STATUS_OK) {
		out->status = DNSQ_FAILED;
		set_problem(out, "cannot build the question for '%s'", abs);
		goto out;
	}
	if (!server->naddrs)
		set_problem(out, "%s", "no address");
	/* each address gets an equal share of what is left */
	for (size_t i = 0; i < server->naddrs && !reply; i++) {
		double share = (deadline - now_s()) / (double)(server->naddrs - i);
		double until = now_s() + (share > 0 ? share : 0);
		const struct sockaddr_storage *a = &server->addrs[i];
		socklen_t al = server->addrlens[i];
		free(out->from);
		out->from = addr_text(a, server->port);
		out->status = DNSQ_NO_REPLY;
		if (udp_exchange(a, al, wire, len, query, until, &reply, out))
			continue;
		if (ldns_pkt_tc(reply)) {
			ldns_pkt_free(reply);
			reply = NULL;
			out->tcp = true;
			if (tcp_exchange(a, al, wire, len, query, until, &reply, out))
				continue;
		}
	}
	if (reply)
		read_reply(reply, qname, qtype, out);
out:
	out->ms = (now_s() - start) * 1000;
	ldns_pkt_free(reply);
	ldns_pkt_free(query);
	free(wire);
	if (qname)
		ldns_rdf_deep_free(qname);
	free(abs);
}

const char *dnsq_rcode_name(int rcode)
{
	const ldns_lookup_table *t = ldns_lookup_by_id(ldns_rcodes, rcode);
	return t && t->name ? t->name : "an unknown rcode";
}

void dnsq_answer_free(struct dnsq_answer *a)
{
	for (size_t i = 0; i < a->nvalues; i++)
		free(a->values[i]);
	free(a->values);
	free(a->from);
	memset(a, 0, sizeof(*a));
}
