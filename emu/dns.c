#include "dns.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "dnsanswer.h"

#define UDP_THREADS 2
/* Tries to find a port free for both UDP and TCP when asked for port 0. */
#define PORT_TRIES 50

struct tcp_conn {
	struct dns_server *srv;
	pthread_t thread;
	int fd;
	bool used;
	atomic_bool done;
};

struct dns_server {
	struct dnsview *view;
	int udp, tcp;
	int stop[2]; /* a byte written to stop[1] wakes every thread for good */
	pthread_t udp_thread[UDP_THREADS];
	size_t nudp;
	pthread_t accept_thread;
	bool accepting;
	struct tcp_conn conns[DNS_MAX_TCP];
};

/* Wait until fd is ready for events, for at most ms; -1 on timeout, stop or
 * error. */
static int wait_fd(struct dns_server *s, int fd, short events, int ms)
{
	struct pollfd p[2] = {{.fd = fd, .events = events}, {.fd = s->stop[0], .events = POLLIN}};
	int r;
	do
		r = poll(p, 2, ms);
	while (r < 0 && errno == EINTR);
	if (r <= 0 || p[1].revents)
		return -1;
	return 0;
}

static void *udp_loop(void *arg)
{
	struct dns_server *s = arg;
	uint8_t *buf = xmalloc(65536);
	while (wait_fd(s, s->udp, POLLIN, -1) == 0) {
		struct sockaddr_storage from;
		socklen_t fromlen = sizeof from;
		ssize_t n = recvfrom(s->udp, buf, 65536, MSG_DONTWAIT, (struct sockaddr *)&from,
				     &fromlen);
		if (n < 0)
			continue;
		size_t len = 0;
		uint8_t *ans = dns_answer(s->view, buf, (size_t)n, false, &len);
		/* a lost answer is asked again, as over any UDP */
		if (ans)
			(void)sendto(s->udp, ans, len, MSG_DONTWAIT, (struct sockaddr *)&from, fromlen);
		free(ans);
	}
	free(buf);
	return NULL;
}

/* Read exactly n bytes within ms; -1 on end of stream, timeout or stop. */
static int read_full(struct dns_server *s, int fd, uint8_t *p, size_t n, int ms)
{
	while (n) {
		if (wait_fd(s, fd, POLLIN, ms) < 0)
			return -1;
		ssize_t r = recv(fd, p, n, MSG_DONTWAIT);
		if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR))
			return -1;
		if (r > 0) {
			p += r;
			n -= (size_t)r;
		}
	}
	return 0;
}

static int write_full(struct dns_server *s, int fd, const uint8_t *p, size_t n, int ms)
{
	while (n) {
		if (wait_fd(s, fd, POLLOUT, ms) < 0)
			return -1;
		ssize_t r = send(fd, p, n, MSG_DONTWAIT | MSG_NOSIGNAL);
		if (r < 0 && errno != EAGAIN && errno != EINTR)
			return -1;
		if (r > 0) {
			p += r;
			n -= (size_t)r;
		}
	}
	return 0;
}

/* One TCP connection: two-byte length, message, answer, again (RFC 7766). */
static void *tcp_loop(void *arg)
{
	struct tcp_conn *c = arg;
	struct dns_server *s = c->srv;
	uint8_t *msg = xmalloc(65535), *out = xmalloc(65537);
	for (;;) {
		uint8_t hdr[2];
		if (read_full(s, c->fd, hdr, 2, DNS_TCP_IDLE_MS) < 0)
			break;
		size_t n = (size_t)hdr[0] << 8 | hdr[1];
		if (n == 0 || read_full(s, c->fd, msg, n, DNS_TCP_IDLE_MS) < 0)
			break;
		size_t len = 0;
		uint8_t *ans = dns_answer(s->view, msg, n, true, &len);
		if (!ans)
			break;
		out[0] = (uint8_t)(len >> 8);
		out[1] = (uint8_t)len;
		memcpy(out + 2, ans, len);
		free(ans);
		if (write_full(s, c->fd, out, len + 2, DNS_TCP_IDLE_MS) < 0)
			break;
	}
	free(msg);
	free(out);
	close(c->fd);
	atomic_store(&c->done, true);
	return NULL;
}

/* Join the connection threads that ended (all of them with every). */
static void reap(struct dns_server *s, bool every)
{
	for (size_t i = 0; i < DNS_MAX_TCP; i++) {
		struct tcp_conn *c = &s->conns[i];
		if (c->used && (every || atomic_load(&c->done))) {
			pthread_join(c->thread, NULL);
			c->used = false;
		}
	}
}

static void *accept_loop(void *arg)
{
	struct dns_server *s = arg;
	while (wait_fd(s, s->tcp, POLLIN, -1) == 0) {
		int fd = accept(s->tcp, NULL, NULL);
		if (fd < 0)
			continue;
		fcntl(fd, F_SETFD, FD_CLOEXEC);
		reap(s, false);
		struct tcp_conn *c = NULL;
		for (size_t i = 0; i < DNS_MAX_TCP && !c; i++)
			if (!s->conns[i].used)
				c = &s->conns[i];
		if (!c) {
			close(fd); /* too many at once: the client tries again */
			continue;
		}
		c->srv = s;
		c->fd = fd;
		atomic_store(&c->done, false);
		c->used = pthread_create(&c->thread, NULL, tcp_loop, c) == 0;
		if (!c->used)
			close(fd);
	}
	reap(s, true);
	return NULL;
}

/* Bind a socket of type to ai's address with port (host order); -1 with
 * errno set when it fails. */
static int bind_one(const struct addrinfo *ai, int type, unsigned port)
{
	struct sockaddr_storage ss;
	memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
	if (ss.ss_family == AF_INET)
		((struct sockaddr_in *)&ss)->sin_port = htons((uint16_t)port);
	else
		((struct sockaddr_in6 *)&ss)->sin6_port = htons((uint16_t)port);
	int fd = socket(ai->ai_family, type | SOCK_CLOEXEC, 0);
	int one = 1;
	if (fd < 0)
		return -1;
	if (type == SOCK_STREAM)
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(fd, (struct sockaddr *)&ss, ai->ai_addrlen) < 0 ||
	    (type == SOCK_STREAM && listen(fd, 64) < 0)) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

static unsigned bound_port(int fd, char *host, size_t hostlen)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	char serv[16];
	if (getsockname(fd, (struct sockaddr *)&ss, &len) < 0 ||
	    getnameinfo((struct sockaddr *)&ss, len, host, (socklen_t)hostlen, serv, sizeof serv,
			NI_NUMERICHOST | NI_NUMERICSERV) != 0)
		return 0;
	return (unsigned)atoi(serv);
}

struct dns_server *dns_server_start(struct dnsview *v, const char *host, const char *port,
				    char **addr, struct buf *err)
{
	struct dns_server *s = xcalloc(1, sizeof *s);
	struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM,
				 .ai_flags = AI_PASSIVE | AI_NUMERICSERV};
	struct addrinfo *ai = NULL;
	char numeric[64] = "";
	unsigned want = (unsigned)atoi(port), got = 0;
	s->view = v;
	s->udp = s->tcp = s->stop[0] = s->stop[1] = -1;
	int gai = getaddrinfo(host, port, &hints, &ai);
	if (gai != 0) {
		buf_printf(err, "cannot serve DNS on '%s': %s", host, gai_strerror(gai));
		goto fail;
	}
	for (int tries = 0; tries < PORT_TRIES && s->tcp < 0; tries++) {
		s->udp = bind_one(ai, SOCK_DGRAM, want);
		if (s->udp < 0)
			break;
		got = bound_port(s->udp, numeric, sizeof numeric);
		s->tcp = bind_one(ai, SOCK_STREAM, got);
		if (s->tcp < 0) {
			int e = errno;
			close(s->udp);
			s->udp = -1;
			errno = e;
			if (want != 0 || e != EADDRINUSE)
				break;
		}
	}
	if (s->udp < 0 || s->tcp < 0) {
		buf_printf(err, "cannot serve DNS on %s port %s: %s", host, port, strerror(errno));
		goto fail;
	}
	if (pipe(s->stop) < 0) {
		buf_printf(err, "cannot serve DNS: %s", strerror(errno));
		goto fail;
	}
	fcntl(s->stop[0], F_SETFD, FD_CLOEXEC);
	fcntl(s->stop[1], F_SETFD, FD_CLOEXEC);
	for (; s->nudp < UDP_THREADS; s->nudp++)
		if (pthread_create(&s->udp_thread[s->nudp], NULL, udp_loop, s) != 0)
			break;
	s->accepting = pthread_create(&s->accept_thread, NULL, accept_loop, s) == 0;
	if (s->nudp == 0 || !s->accepting) {
		buf_adds(err, "cannot serve DNS: cannot start a thread");
		goto fail;
	}
	freeaddrinfo(ai);
	struct buf a = {0};
	buf_printf(&a, strchr(numeric, ':') ? "[%s]:%u" : "%s:%u", numeric, got);
	*addr = buf_detach(&a);
	return s;
fail:
	if (ai)
		freeaddrinfo(ai);
	dns_server_stop(s);
	return NULL;
}

void dns_server_stop(struct dns_server *s)
{
	if (!s)
		return;
	if (s->stop[1] >= 0)
		(void)!write(s->stop[1], "x", 1);
	for (size_t i = 0; i < s->nudp; i++)
		pthread_join(s->udp_thread[i], NULL);
	if (s->accepting)
		pthread_join(s->accept_thread, NULL);
	int fds[] = {s->udp, s->tcp, s->stop[0], s->stop[1]};
	for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	free(s);
}
