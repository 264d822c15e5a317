/*
 * Asking one DNS server directly, as an authoritative server is asked: one
 * question, recursion off, over UDP (EDNS0, 1232 bytes) and again over TCP
 * when the answer comes truncated. Debian's ldns builds and reads the
 * messages; this module only moves them over sockets, with a timeout.
 *
 * The servers come as HOST[:PORT] (IPv6 addresses in brackets when a port
 * follows), their names resolved by the system's resolver once: only the
 * servers' own names are ever resolved, never the name asked about, so that
 * no local cache learns an NXDOMAIN for a challenge name.
 *
 * Ownership: dnsq_server_list_free() releases a server list; dnsq_answer_free()
 * an answer's strings.
 */
#ifndef GANDI_DNS_QUERY_H
#define GANDI_DNS_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

#include "ctx.h"

#define DNSQ_PORT 53

struct dnsq_server {
	char *name;   /* as given, or as the API names it: "ns-101-a.gandi.net", "127.0.0.1:5353" */
	char *host;   /* the host part */
	int port;
	struct sockaddr_storage *addrs; /* resolved, in getaddrinfo's order */
	socklen_t *addrlens;
	size_t naddrs;
};

struct dnsq_server_list {
	struct dnsq_server *v;
	size_t n;
};

/*
 * Add the servers of spec to list: HOST[:PORT] words separated by commas or
 * blanks. A bad word is EXIT_USAGE with ctx->err naming where (the flag, the
 * variable or the file) it came from. Nothing is resolved yet.
 */
int dnsq_servers_add(struct ctx *ctx, struct dnsq_server_list *list, const char *spec,
		     const char *where);

/* Resolve every server's addresses: EXIT_NETWORK with ctx->err for a name that has none. */
int dnsq_servers_resolve(struct ctx *ctx, struct dnsq_server_list *list);

void dnsq_server_list_free(struct dnsq_server_list *list);

enum dnsq_status {
	DNSQ_ANSWER,   /* a reply came: rcode and the rest are set */
	DNSQ_NO_REPLY, /* no reply in time from any address */
	DNSQ_FAILED,   /* it could not be sent, or the reply made no sense (problem says) */
};

struct dnsq_answer {
	enum dnsq_status status;
	int rcode;             /* LDNS_RCODE_NOERROR, _NXDOMAIN, _REFUSED... */
	bool aa;               /* the authoritative-answer flag */
	bool soa;              /* an SOA in the authority section (a negative answer's mark) */
	bool tcp;              /* the reply came over TCP after a truncated one */
	char **values;         /* the rdata, as master-file text, of the records of the type
	                          asked at the name asked (not those a CNAME leads to) */
	size_t nvalues;
	char *from;            /* the address that replied, "192.0.2.1" or "[::1]:5353" */
	char problem[160];     /* DNSQ_NO_REPLY, DNSQ_FAILED: what happened */
	double ms;             /* how long it took */
};

/*
 * Ask server for the records of type (a record type ldns knows, upper case)
 * at name (absolute, no final dot), trying its addresses in turn until one
 * replies, within timeout seconds in all. Never fails: what happened is in
 * *out. Safe to call from several threads at once (one server each).
 */
void dnsq_ask(const struct dnsq_server *server, const char *name, const char *type,
	      double timeout, struct dnsq_answer *out);

/* Whether ldns can ask for this type ("TXT": yes; LiveDNS's "ALIAS": no). */
bool dnsq_type_ok(const char *type);

/* "NOERROR", "NXDOMAIN", "REFUSED"... (static) */
const char *dnsq_rcode_name(int rcode);

void dnsq_answer_free(struct dnsq_answer *a);

#endif
