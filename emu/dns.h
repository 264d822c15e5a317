/*
 * gandi-emu's DNS server (--dns ADDR:PORT): UDP and TCP on the same port,
 * answering every query from a dnsview (dnsanswer.c) without touching the
 * store. Two threads read UDP; one accepts TCP connections, each served by a
 * thread of its own (at most DNS_MAX_TCP at once, queries one after the
 * other, closed after DNS_TCP_IDLE_MS without one).
 *
 * Ownership: dns_server_start() returns a server that dns_server_stop()
 * stops and frees; the view must outlive it.
 */
#ifndef EMU_DNS_H
#define EMU_DNS_H

#include "buf.h"
#include "dnsview.h"

#define DNS_MAX_TCP 32
#define DNS_TCP_IDLE_MS 10000

struct dns_server;

/*
 * Listen on host (a numeric address or a name) and port ("0": a free port,
 * the same for UDP and TCP) and answer from v; *addr gets where it listens,
 * "127.0.0.1:5353" or "[::1]:5353" (to free()). Returns NULL with a message
 * in err.
 */
struct dns_server *dns_server_start(struct dnsview *v, const char *host, const char *port,
				    char **addr, struct buf *err);
/* Stop answering, close every connection and free s (NULL is fine). */
void dns_server_stop(struct dns_server *s);

#endif
