#include "dns/zone-rdata.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sorted by name (strcmp order) for bsearch. Meta types (ANY, AXFR, OPT...) are absent. */
static const struct rrtype rrtypes[] = {
	{"A", 1},
	{"A6", 38},
	{"AAAA", 28},
	{"AFSDB", 18},
	{"ALIAS", 0},
	{"AMTRELAY", 260},
	{"APL", 42},
	{"ATMA", 34},
	{"AVC", 258},
	{"BRID", 68},
	{"CAA", 257},
	{"CDNSKEY", 60},
	{"CDS", 59},
	{"CERT", 37},
	{"CLA", 263},
	{"CNAME", 5},
	{"CSYNC", 62},
	{"DHCID", 49},
	{"DLV", 32769},
	{"DNAME", 39},
	{"DNSKEY", 48},
	{"DOA", 259},
	{"DS", 43},
	{"DSYNC", 66},
	{"EID", 31},
	{"EUI48", 108},
	{"EUI64", 109},
	{"GID", 102},
	{"GPOS", 27},
	{"HHIT", 67},
	{"HINFO", 13},
	{"HIP", 55},
	{"HTTPS", 65},
	{"IPN", 264},
	{"IPSECKEY", 45},
	{"ISDN", 20},
	{"KEY", 25},
	{"KX", 36},
	{"L32", 105},
	{"L64", 106},
	{"LOC", 29},
	{"LP", 107},
	{"MB", 7},
	{"MD", 3},
	{"MF", 4},
	{"MG", 8},
	{"MINFO", 14},
	{"MR", 9},
	{"MX", 15},
	{"NAPTR", 35},
	{"NID", 104},
	{"NIMLOC", 32},
	{"NINFO", 56},
	{"NS", 2},
	{"NSAP", 22},
	{"NSAP-PTR", 23},
	{"NSEC", 47},
	{"NSEC3", 50},
	{"NSEC3PARAM", 51},
	{"NULL", 10},
	{"NXNAME", 128},
	{"NXT", 30},
	{"OPENPGPKEY", 61},
	{"PTR", 12},
	{"PX", 26},
	{"RESINFO", 261},
	{"RKEY", 57},
	{"RP", 17},
	{"RRSIG", 46},
	{"RT", 21},
	{"SIG", 24},
	{"SINK", 40},
	{"SMIMEA", 53},
	{"SOA", 6},
	{"SPF", 99},
	{"SRV", 33},
	{"SSHFP", 44},
	{"SVCB", 64},
	{"TA", 32768},
	{"TALINK", 58},
	{"TLSA", 52},
	{"TXT", 16},
	{"UID", 101},
	{"UINFO", 100},
	{"UNSPEC", 103},
	{"URI", 256},
	{"WALLET", 262},
	{"WKS", 11},
	{"X25", 19},
	{"ZONEMD", 63},
};

#define NTYPES (sizeof(rrtypes) / sizeof(rrtypes[0]))

static char upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int zhex_digit(char c)
{
	int v = -1;
	if (is_digit(c))
		v = c - '0';
	else if (c >= 'a' && c <= 'f')
		v = c - 'a' + 10;
	else if (c >= 'A' && c <= 'F')
		v = c - 'A' + 10;
	return v;
}

/* Compare name (len bytes, any case) with an upper-case C string. */
static int name_cmp(const char *name, size_t len, const char *upper_s)
{
	size_t i = 0;
	int c = 0;
	for (; c == 0 && i < len && upper_s[i]; i++) {
		unsigned char a = (unsigned char)upper(name[i]);
		unsigned char b = (unsigned char)upper_s[i];
		c = (a > b) - (a < b);
	}
	if (c == 0)
		c = i < len ? 1 : upper_s[i] ? -1 : 0;
	return c;
}

const struct rrtype *rrtype_by_name(const char *name, size_t len)
{
	size_t lo = 0, hi = NTYPES;
	const struct rrtype *found = NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = name_cmp(name, len, rrtypes[mid].name);
		if (c == 0) {
			found = &rrtypes[mid];
			break;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return found;
}

const struct rrtype *rrtype_by_number(unsigned number)
{
	const struct rrtype *found = NULL;
	for (size_t i = 0; i < NTYPES && number; i++) {
		if (rrtypes[i].number == number) {
			found = &rrtypes[i];
			break;
		}
	}
	return found;
}

/* Parse len decimal digits (at least one) into *out; fails above max. */
static bool parse_uint(const char *s, size_t len, uint64_t max, uint64_t *out)
{
	uint64_t v = 0;
	bool ok = len > 0;
	for (size_t i = 0; ok && i < len; i++) {
		if (!is_digit(s[i])) {
			ok = false;
			break;
		}
		v = v * 10 + (uint64_t)(s[i] - '0');
		if (v > max)
			ok = false;
	}
	if (ok)
		*out = v;
	return ok;
}

static uint32_t ttl_unit(char c)
{
	static const char units[] = "wdhms";
	static const uint32_t seconds[] = {604800, 86400, 3600, 60, 1};
	const char *at = c ? strchr(units, lower(c)) : NULL;
	return at ? seconds[at - units] : 0;
}

int zttl_parse(const char *s, size_t len, uint32_t *out)
{
	uint64_t total = 0, num = 0;
	bool digits = false, units = false;
	int rc = -1;
	if (len == 0)
		goto out;
	for (size_t i = 0; i < len; i++) {
		if (is_digit(s[i])) {
			num = num * 10 + (uint64_t)(s[i] - '0');
			digits = true;
			if (num > ZONE_TTL_MAX) {
				rc = -2;
				goto out;
			}
			continue;
		}
		uint32_t unit = ttl_unit(s[i]);
		if (!unit || !digits)
			goto out;
		total += num * unit;
		if (total > ZONE_TTL_MAX) {
			rc = -2;
			goto out;
		}
		num = 0;
		digits = false;
		units = true;
	}
	if (digits) {
		if (units)
			goto out; /* "1h30": the last number needs its unit */
		total += num;
	}
	if (total > ZONE_TTL_MAX) {
		rc = -2;
		goto out;
	}
	*out = (uint32_t)total;
	rc = 0;
out:
	return rc;
}

/*
 * Read one character of a name at s[i] (escapes decoded) into *c. Returns
 * the bytes consumed, 0 for a bad escape.
 */
size_t zname_char(const char *s, size_t len, size_t i, unsigned char *c)
{
	size_t used = 0;
	if (s[i] != '\\') {
		*c = (unsigned char)s[i];
		used = 1;
	} else if (i + 1 >= len) {
		used = 0;
	} else if (is_digit(s[i + 1])) {
		if (i + 3 < len && is_digit(s[i + 2]) && is_digit(s[i + 3])) {
			unsigned v = (unsigned)(s[i + 1] - '0') * 100 +
				     (unsigned)(s[i + 2] - '0') * 10 + (unsigned)(s[i + 3] - '0');
			if (v <= 255) {
				*c = (unsigned char)v;
				used = 4;
			}
		}
	} else {
		*c = (unsigned char)s[i + 1];
		used = 2;
	}
	return used;
}

int zname_check(const char *s, size_t len, bool *absolute, char *why, size_t whylen)
{
	size_t label = 0, wire = 1, i = 0;
	int rc = -1;
	*absolute = false;
	if (len == 0) {
		snprintf(why, whylen, "empty name");
		goto out;
	}
	if (len == 1 && s[0] == '.') {
		*absolute = true;
		rc = 0;
		goto out;
	}
	while (i < len) {
		if (s[i] != '.' && s[i] != '\\' && s[i] != '"') {
			i++;
			if (++label > 63) {
				snprintf(why, whylen, "label longer than 63 bytes");
				goto out;
			}
			continue;
		}
		if (s[i] == '.') {
			if (label == 0) {
				snprintf(why, whylen, "empty label");
				goto out;
			}
			wire += 1 + label;
			label = 0;
			i++;
			if (i == len)
				*absolute = true;
			continue;
		}
		unsigned char c;
		size_t used = zname_char(s, len, i, &c);
		if (!used) {
			snprintf(why, whylen, "bad escape: use \\DDD (000 to 255) or \\ before one character");
			goto out;
		}
		if (used == 1 && c == '"') {
			snprintf(why, whylen, "a name cannot hold '\"' unless escaped as \\\"");
			goto out;
		}
		i += used;
		if (++label > 63) {
			snprintf(why, whylen, "label longer than 63 bytes");
			goto out;
		}
	}
	if (label)
		wire += 1 + label;
	if (wire > 255) {
		snprintf(why, whylen, "name longer than 255 bytes");
		goto out;
	}
	rc = 0;
out:
	return rc;
}

static bool name_is_absolute(const char *s, size_t len)
{
	size_t i = 0;
	bool escapes = memchr(s, '\\', len) != NULL;
	bool abs = !escapes && len > 0 && s[len - 1] == '.';
	while (escapes && i < len) {
		unsigned char c;
		size_t used = zname_char(s, len, i, &c);
		abs = used == 1 && s[i] == '.' && i + 1 == len;
		i += used ? used : 1;
	}
	return abs;
}

void zname_absolute(struct buf *out, const char *s, size_t len, const char *origin)
{
	if (len == 1 && s[0] == '@') {
		buf_adds(out, origin);
	} else {
		buf_add(out, s, len);
		if (!name_is_absolute(s, len) && strcmp(origin, ".") != 0) {
			buf_addc(out, '.');
			buf_adds(out, origin);
		} else if (!name_is_absolute(s, len)) {
			buf_addc(out, '.');
		}
	}
}

#define MAX_LABELS 128

/* Split an absolute name into labels: offsets of each start and end. */
static size_t split_labels(const char *s, size_t len, size_t *start, size_t *end)
{
	size_t n = 0, i = 0, from = 0;
	if (len == 1 && s[0] == '.')
		i = from = len; /* the root has no label */
	while (i < len && n < MAX_LABELS) {
		unsigned char c;
		if (s[i] == '.') {
			start[n] = from;
			end[n++] = i;
			from = ++i;
			continue;
		}
		size_t used = zname_char(s, len, i, &c);
		i += used ? used : 1;
	}
	if (from < len && n < MAX_LABELS) {
		start[n] = from;
		end[n++] = len;
	}
	return n;
}

static bool label_eq(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0;
	while (i < alen && j < blen) {
		unsigned char ca, cb;
		size_t ua = zname_char(a, alen, i, &ca);
		size_t ub = zname_char(b, blen, j, &cb);
		if (!ua || !ub || lower((char)ca) != lower((char)cb))
			break;
		i += ua;
		j += ub;
	}
	return i == alen && j == blen;
}

/* zname_relative() for names without escapes: compare the text itself. */
static bool relative_plain(struct buf *out, const char *name, size_t len, const char *origin,
			   size_t olen)
{
	bool inside = true;
	size_t start = 0;
	if (olen == 1) {
		start = len; /* the root: every name is below it */
	} else if (len == olen) {
		start = 0;
	} else if (len > olen && name[len - olen - 1] == '.') {
		start = len - olen;
	} else {
		inside = false;
	}
	for (size_t i = 0; inside && olen > 1 && i < olen; i++)
		inside = lower(name[start + i]) == lower(origin[i]);
	if (inside && (start == 0 || (olen == 1 && len == 1)))
		buf_addc(out, '@');
	else if (inside)
		buf_add(out, name, start - 1);
	return inside;
}

bool zname_relative(struct buf *out, const char *name, size_t len, const char *origin)
{
	size_t ns[MAX_LABELS], ne[MAX_LABELS], os[MAX_LABELS], oe[MAX_LABELS];
	size_t olen = strlen(origin);
	bool inside;
	if (!memchr(name, '\\', len) && !strchr(origin, '\\')) {
		inside = relative_plain(out, name, len, origin, olen);
	} else {
		size_t nn = split_labels(name, len, ns, ne);
		size_t no = split_labels(origin, olen, os, oe);
		inside = nn >= no;
		for (size_t k = 0; inside && k < no; k++) {
			size_t a = nn - no + k;
			inside = label_eq(name + ns[a], ne[a] - ns[a], origin + os[k], oe[k] - os[k]);
		}
		if (inside && nn == no)
			buf_addc(out, '@');
		else if (inside)
			buf_add(out, name, ne[nn - no - 1]);
	}
	return inside;
}

static bool plain_byte(unsigned char c)
{
	return c >= 0x20 && c <= 0x7e && c != '"' && c != '\\';
}

void zquote(struct buf *out, const char *data, size_t len)
{
	size_t i = 0;
	buf_addc(out, '"');
	while (i < len) {
		size_t run = i;
		while (run < len && plain_byte((unsigned char)data[run]))
			run++;
		buf_add(out, data + i, run - i);
		if (run == len)
			break;
		unsigned char c = (unsigned char)data[run];
		char esc[4] = {'\\', (char)c};
		if (c != '"' && c != '\\') {
			esc[1] = (char)('0' + c / 100);
			esc[2] = (char)('0' + c / 10 % 10);
			esc[3] = (char)('0' + c % 10);
		}
		buf_add(out, esc, c == '"' || c == '\\' ? 2 : 4);
		i = run + 1;
	}
	buf_addc(out, '"');
}

void zsubject(struct buf *out, const char *s, size_t len)
{
	size_t shown = len > 60 ? 57 : len;
	for (size_t i = 0; i < shown; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			buf_printf(out, "\\%03u", c);
		else
			buf_addc(out, (char)c);
	}
	if (shown < len)
		buf_adds(out, "...");
}

bool rdata_is_generic(const struct zone_field *f)
{
	return !f->quoted && strcmp(f->text, "\\#") == 0;
}

static int rerr(struct rdata_error *err, size_t field, const char *fmt, ...) XATTR_PRINTF(3, 4);

static int rerr(struct rdata_error *err, size_t field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err->field = field;
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int rdata_generic_check(const struct zone_field *f, size_t n, struct rdata_error *err)
{
	uint64_t length = 0;
	size_t digits = 0;
	int rc = -1;
	if (n < 2) {
		rerr(err, n, "generic rdata (\\#) needs a length, then the data in hex");
		goto out;
	}
	if (!parse_uint(f[1].data, f[1].len, 65535, &length)) {
		struct buf subj = {0};
		zsubject(&subj, f[1].text, strlen(f[1].text));
		rerr(err, 1, "invalid generic rdata length '%s': expected a number from 0 to 65535",
		     buf_str(&subj));
		buf_free(&subj);
		goto out;
	}
	for (size_t i = 2; i < n; i++) {
		for (size_t j = 0; j < f[i].len; j++) {
			if (zhex_digit(f[i].data[j]) < 0) {
				rerr(err, i, "invalid hex digit in generic rdata: use 0-9 and a-f");
				goto out;
			}
		}
		digits += f[i].len;
	}
	if (digits % 2) {
		rerr(err, n - 1, "generic rdata has an odd number of hex digits");
		goto out;
	}
	if (digits / 2 != length) {
		rerr(err, 1, "generic rdata length is %u but %zu bytes of data follow",
		     (unsigned)length, digits / 2);
		goto out;
	}
	rc = 0;
out:
	return rc;
}

