#include "util.h"

#include <idn2.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

void fmt_time(time_t t, char out[ISO_LEN])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, ISO_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

json_t *jtime(time_t t)
{
	char s[ISO_LEN];
	fmt_time(t, s);
	return json_string(s);
}

json_t *jstrv(char *const *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

static int parse_relative(const char *s, time_t now, time_t *out)
{
	int rc = -1;
	int sign = s[0] == '-' ? -1 : 1;
	char *end = NULL;
	errno = 0;
	long long n = strtoll(s + 1, &end, 10);
	if (errno || end == s + 1 || !isdigit((unsigned char)s[1]) || n > 100000000LL)
		goto out;
	long long unit;
	switch (*end) {
	case 's': unit = 1; break;
	case 'm': unit = 60; break;
	case 'h': unit = 3600; break;
	case 'd': unit = 86400; break;
	case 'w': unit = 7 * 86400; break;
	default: goto out;
	}
	if (end[1] != '\0')
		goto out;
	*out = now + (time_t)(sign * n * unit);
	rc = 0;
out:
	return rc;
}

static int parse_iso(const char *s, time_t *out)
{
	int rc = -1;
	int y, mo, d, h, mi, se, n = 0;
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (strlen(s) < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') ||
	    s[13] != ':' || s[16] != ':')
		goto out;
	for (int i = 0; i < 19; i++)
		if (i != 4 && i != 7 && i != 10 && i != 13 && i != 16 && !isdigit((unsigned char)s[i]))
			goto out;
	if (sscanf(s, "%4d-%2d-%2d%*c%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &se, &n) != 6 || n != 19)
		goto out;
	if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || h > 23 || mi > 59 || se > 60)
		goto out;
	const char *p = s + 19;
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			goto out;
		while (isdigit((unsigned char)*p))
			p++;
	}
	long offset = 0;
	if (*p == 'Z' && p[1] == '\0') {
		offset = 0;
	} else if ((*p == '+' || *p == '-') && isdigit((unsigned char)p[1]) &&
		   isdigit((unsigned char)p[2]) && p[3] == ':' && isdigit((unsigned char)p[4]) &&
		   isdigit((unsigned char)p[5]) && p[6] == '\0') {
		offset = ((p[1] - '0') * 10 + (p[2] - '0')) * 3600L +
			 ((p[4] - '0') * 10 + (p[5] - '0')) * 60L;
		if (*p == '-')
			offset = -offset;
	} else {
		goto out;
	}
	struct tm tm = {.tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d,
			.tm_hour = h, .tm_min = mi, .tm_sec = se};
	time_t t = timegm(&tm);
	if (t == (time_t)-1)
		goto out;
	*out = t - offset;
	rc = 0;
out:
	return rc;
}

int parse_time(const char *s, time_t now, time_t *out)
{
	if ((s[0] == '+' || s[0] == '-') && s[1])
		return parse_relative(s, now, out);
	return parse_iso(s, out);
}

void random_bytes(void *out, size_t n)
{
	unsigned char *p = out;
	while (n) {
		ssize_t got = getrandom(p, n, 0);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			perror("gandi-emu: cannot read random bytes");
			abort();
		}
		p += got;
		n -= (size_t)got;
	}
}

void gen_uuid(char out[37])
{
	unsigned char b[16];
	random_bytes(b, sizeof b);
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	snprintf(out, 37,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		 b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11],
		 b[12], b[13], b[14], b[15]);
}

void gen_hex(char *out, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char b[64];
	size_t i = 0;
	while (i < n) {
		size_t chunk = n - i < sizeof b ? n - i : sizeof b;
		random_bytes(b, chunk);
		for (size_t k = 0; k < chunk; k++)
			out[i++] = hex[b[k] & 15];
	}
	out[n] = '\0';
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

char *pct_decode(const char *s, size_t n, bool plus_is_space)
{
	char *out = xmalloc(n + 1);
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '%') {
			out[j++] = plus_is_space && s[i] == '+' ? ' ' : s[i];
			continue;
		}
		int hi = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
		int lo = i + 2 < n ? hexval((unsigned char)s[i + 2]) : -1;
		if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
			free(out);
			return NULL;
		}
		out[j++] = (char)(hi * 16 + lo);
		i += 2;
	}
	out[j] = '\0';
	return out;
}

void pct_encode(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (isalnum(c) || c == '.' || c == '_' || c == '~' || c == '-') {
			buf_addc(b, (char)c);
		} else {
			char e[3] = {'%', hex[c >> 4], hex[c & 15]};
			buf_add(b, e, 3);
		}
	}
}

char *lower_dup(const char *s)
{
	char *d = xstrdup(s);
	for (char *p = d; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return d;
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	size_t len;
	unsigned min;
	unsigned cp;
	if (s[0] < 0x80)
		return 1;
	if ((s[0] & 0xe0) == 0xc0) {
		len = 2, min = 0x80, cp = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3, min = 0x800, cp = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4, min = 0x10000, cp = s[0] & 0x07;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

void utf8_clean(struct buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		size_t k = p[i] ? utf8_seq(p + i, n - i) : 0;
		if (k) {
			buf_add(b, p + i, k);
			i += k;
		} else {
			buf_adds(b, "\xef\xbf\xbd");
			i++;
		}
	}
}

int query_parse(struct query *q, const char *raw)
{
	int rc = 0;
	const char *p = raw;
	while (*p) {
		const char *amp = strchr(p, '&');
		size_t len = amp ? (size_t)(amp - p) : strlen(p);
		if (len) {
			const char *eq = memchr(p, '=', len);
			size_t klen = eq ? (size_t)(eq - p) : len;
			char *k = pct_decode(p, klen, true);
			char *v = eq ? pct_decode(eq + 1, len - klen - 1, true) : xstrdup("");
			if (!k || !v) {
				free(k);
				free(v);
				rc = -1;
			} else {
				q->v = xgrow(q->v, &q->cap, q->n + 1, sizeof *q->v);
				q->v[q->n].key = k;
				q->v[q->n].value = v;
				q->n++;
			}
		}
		p += len;
		if (*p == '&')
			p++;
	}
	return rc;
}

const char *query_get(const struct query *q, const char *key)
{
	for (size_t i = 0; i < q->n; i++)
		if (strcmp(q->v[i].key, key) == 0)
			return q->v[i].value;
	return NULL;
}

void query_free(struct query *q)
{
	for (size_t i = 0; i < q->n; i++) {
		free(q->v[i].key);
		free(q->v[i].value);
	}
	free(q->v);
	q->v = NULL;
	q->n = q->cap = 0;
}

int ip_family(const char *s)
{
	unsigned char a[16];
	if (inet_pton(AF_INET, s, a) == 1)
		return 4;
	if (inet_pton(AF_INET6, s, a) == 1)
		return 6;
	return 0;
}

bool ip_same(const char *a, const char *b)
{
	unsigned char x[16], y[16];
	int f = ip_family(a);
	if (!f || f != ip_family(b))
		return false;
	inet_pton(f == 4 ? AF_INET : AF_INET6, a, x);
	inet_pton(f == 4 ? AF_INET : AF_INET6, b, y);
	return memcmp(x, y, f == 4 ? 4 : 16) == 0;
}

int parse_long(const char *s, long min, long max, long *out)
{
	char *end = NULL;
	if (!*s || !(isdigit((unsigned char)*s) || (*s == '-' && isdigit((unsigned char)s[1]))))
		return -1;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

static void merge_pass(void **v, void **tmp, size_t lo, size_t hi,
		       int (*cmp)(const void *, const void *, void *), void *ctx)
{
	if (hi - lo < 2)
		return;
	size_t mid = lo + (hi - lo) / 2;
	merge_pass(v, tmp, lo, mid, cmp, ctx);
	merge_pass(v, tmp, mid, hi, cmp, ctx);
	size_t i = lo, j = mid, k = lo;
	while (i < mid && j < hi)
		tmp[k++] = cmp(v[j], v[i], ctx) < 0 ? v[j++] : v[i++];
	while (i < mid)
		tmp[k++] = v[i++];
	while (j < hi)
		tmp[k++] = v[j++];
	memcpy(v + lo, tmp + lo, (hi - lo) * sizeof *v);
}

void sort_ptrs(void **v, size_t n, int (*cmp)(const void *a, const void *b, void *ctx),
	       void *ctx)
{
	if (n < 2)
		return;
	void **tmp = xcalloc(n, sizeof *tmp);
	merge_pass(v, tmp, 0, n, cmp, ctx);
	free(tmp);
}

char *unicode_dup(const char *fqdn)
{
	char *u = NULL;
	if (!strstr(fqdn, "xn--") || idn2_to_unicode_8z8z(fqdn, &u, 0) != IDN2_OK || !u)
		return xstrdup(fqdn);
	char *copy = xstrdup(u);
	idn2_free(u);
	return copy;
}
