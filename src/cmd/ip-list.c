#include "ip-list.h"

#include <string.h>

#include "buf.h"
#include "dns/value.h"
#include "error.h"

/* The type of an address as the value module reads it: AAAA with a colon. */
static const char *address_type(const char *ip)
{
	return strchr(ip, ':') ? "AAAA" : "A";
}

int ip_list_parse(struct ctx *ctx, int argc, char **argv, struct strlist *out)
{
	struct strlist keys = {0};
	int rc = 0;
	memset(out, 0, sizeof(*out));
	for (int i = 0; i < argc && !rc; i++) {
		struct dnsv v;
		struct dnsv_error err;
		if (dnsv_parse(address_type(argv[i]), argv[i], DNSV_USER, NULL, &v, &err) != 0) {
			rc = usage_error(ctx, "'%s' is not an IPv4 or IPv6 address", argv[i]);
			continue;
		}
		if (!strlist_has(&keys, v.key)) {
			strlist_add(&keys, v.key);
			strlist_add(out, v.api);
		}
		dnsv_free(&v);
	}
	if (rc)
		strlist_free(out);
	strlist_free(&keys);
	return rc;
}

const char *ip_list_find(const char *const *v, size_t n, const char *ip)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(v[i], ':') == !strchr(ip, ':') &&
		    dnsv_same(address_type(ip), v[i], DNSV_API, ip, DNSV_API, NULL))
			return v[i];
	return NULL;
}

bool ip_list_same(const char *const *a, size_t na, const char *const *b, size_t nb)
{
	for (size_t i = 0; i < na; i++)
		if (!ip_list_find(b, nb, a[i]))
			return false;
	for (size_t i = 0; i < nb; i++)
		if (!ip_list_find(a, na, b[i]))
			return false;
	return true;
}

char *ip_list_text(const char *const *ips, size_t n)
{
	struct buf b = {0};
	buf_add(&b, "", 0);
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", ips[i]);
	return buf_detach(&b);
}
