/*
 * The HTTP side of gandi-emu (libmicrohttpd): accepts connections (at most
 * so many per client address, idle ones closed after a timeout), gathers
 * each request, applies latency, rate limit and faults, hands the request to
 * the router, waits for its change to be durable, sends the response and
 * writes the request log. A pool of polling threads serves every
 * connection; a request that waits suspends its connection, holding no
 * thread.
 *
 * Ownership: server_start() returns a server that server_stop() stops and
 * frees; the struct emu it is given must outlive it.
 */
#ifndef EMU_SERVER_H
#define EMU_SERVER_H

#include "buf.h"
#include "emu.h"

struct server_opts {
	const char *host; /* numeric address or name to bind */
	const char *port;
	const char *tls_cert; /* PEM text, or NULL for plain HTTP */
	const char *tls_key;
	unsigned threads; /* 0: one per CPU, at least 2 */
	unsigned idle_timeout;       /* seconds before an idle connection is closed */
	unsigned client_connections; /* at most this many per client address */
};

struct server;

/* Start serving; *url gets the base URL ("http://127.0.0.1:43121", no final
 * slash, to free()). Returns NULL with a message in err. */
struct server *server_start(struct emu *emu, const struct server_opts *o, char **url,
			    struct buf *err);
/* Stop serving (closing every connection) and free s; NULL is fine. Call it
 * before persist_close(): requests waiting for their change are answered
 * first. */
void server_stop(struct server *s);

#endif
