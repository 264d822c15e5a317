#include "net/ifaddr.h"

#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "buf.h"
#include "error.h"
#include "xalloc.h"

/* /proc/net/if_inet6 flags (linux/if_addr.h) of addresses a name should not point at */
#define IFA_F_TEMPORARY 0x01
#define IFA_F_DADFAILED 0x08
#define IFA_F_DEPRECATED 0x20
#define IFA_F_TENTATIVE 0x40
#define SKIP_FLAGS (IFA_F_TEMPORARY | IFA_F_DADFAILED | IFA_F_DEPRECATED | IFA_F_TENTATIVE)

/* Whether the kernel flags the IPv6 address a (16 bytes) of ifname as one to leave out. */
static bool v6_flagged(const char *ifname, const unsigned char *a)
{
	char want[33], line[256];
	bool skip = false;
	FILE *f = fopen("/proc/net/if_inet6", "re");
	if (!f)
		return false;
	for (int i = 0; i < 16; i++)
		snprintf(want + 2 * i, 3, "%02x", a[i]);
	while (!skip && fgets(line, sizeof(line), f)) {
		char hex[40], dev[IF_NAMESIZE + 1];
		unsigned idx, plen, scope, flags;
		if (sscanf(line, "%39s %x %x %x %x %16s", hex, &idx, &plen, &scope, &flags, dev) == 6 &&
		    strcmp(hex, want) == 0 && strcmp(dev, ifname) == 0)
			skip = (flags & SKIP_FLAGS) != 0;
	}
	fclose(f);
	return skip;
}

/* Whether sa is an address of global scope. */
static bool global(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		const unsigned char *b =
			(const unsigned char *)&((const struct sockaddr_in *)sa)->sin_addr;
		return b[0] != 127 && b[0] != 0 && !(b[0] == 169 && b[1] == 254);
	}
	const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
	return !IN6_IS_ADDR_LOOPBACK(a) && !IN6_IS_ADDR_LINKLOCAL(a) &&
	       !IN6_IS_ADDR_UNSPECIFIED(a) && !IN6_IS_ADDR_MULTICAST(a) && !IN6_IS_ADDR_V4MAPPED(a);
}

int ifaddr_global(struct ctx *ctx, const char *name, struct strlist *v4, struct strlist *v6)
{
	struct ifaddrs *list = NULL;
	struct strlist names = {0};
	bool exists = false;
	int rc = 0;
	if (getifaddrs(&list) != 0) {
		return error_set(ctx, EXIT_ERROR, "interface", "cannot list the network interfaces: %s",
				 strerror(errno));
	}
	for (struct ifaddrs *i = list; i; i = i->ifa_next) {
		if (!strlist_has(&names, i->ifa_name))
			strlist_add(&names, i->ifa_name);
		if (strcmp(i->ifa_name, name) != 0)
			continue;
		exists = true;
		const struct sockaddr *sa = i->ifa_addr;
		if (!sa || (sa->sa_family != AF_INET && sa->sa_family != AF_INET6) || !global(sa))
			continue;
		if (sa->sa_family == AF_INET6 &&
		    v6_flagged(name, (const unsigned char *)&((const struct sockaddr_in6 *)sa)
					     ->sin6_addr))
			continue;
		char host[NI_MAXHOST];
		socklen_t len = sa->sa_family == AF_INET ? sizeof(struct sockaddr_in)
							 : sizeof(struct sockaddr_in6);
		if (getnameinfo(sa, len, host, sizeof(host), NULL, 0, NI_NUMERICHOST) != 0)
			continue;
		struct strlist *to = sa->sa_family == AF_INET ? v4 : v6;
		if (!strlist_has(to, host))
			strlist_add(to, host);
	}
	if (!exists) {
		struct buf b = {0};
		for (size_t k = 0; k < names.n; k++)
			buf_printf(&b, "%s%s", k ? ", " : "", names.v[k]);
		rc = usage_error(ctx, "there is no network interface '%s' here", name);
		error_detail(ctx, "hint: the interfaces: %s\n", buf_str(&b));
		buf_free(&b);
	} else if (!v4->n && !v6->n) {
		rc = error_set(ctx, EXIT_ERROR, "interface", "interface '%s' has no global address",
			       name);
		error_detail(ctx, "hint: 'ip address show %s' lists what it has; give the address "
			     "with --ip ADDR\n", name);
	}
	strlist_free(&names);
	freeifaddrs(list);
	return rc;
}
