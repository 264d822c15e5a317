#include "dns/zone-rdata.h"

#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * What each rdata field holds. The kinds after K_STRS in a spec consume every
 * remaining field and come last.
 */
enum kind {
	K_END,
	K_IPV4,
	K_IPV6,
	K_NAME,
	K_U8,
	K_U16,
	K_U32,
	K_TTL,      /* SOA timers: seconds or units */
	K_ALG,      /* DNSSEC algorithm: number or mnemonic */
	K_STR,      /* one character string */
	K_TAG,      /* CAA property tag */
	K_CAAVAL,   /* CAA value: one string, the rest of the wire data */
	K_PROTO,    /* WKS protocol: number, tcp or udp */
	K_STRS,     /* one or more character strings */
	K_HEX,      /* hex, split anywhere by white space */
	K_B64,      /* base64, split anywhere by white space */
	K_SERVICES, /* WKS services */
	K_SVCPARAMS,
	K_LOC,      /* the whole LOC rdata */
};

#define SPEC_MAX 8

struct rdata_spec {
	enum kind k[SPEC_MAX];
	const char *what[SPEC_MAX];
};

static const struct rdata_spec spec_a = {{K_IPV4}, {"address"}};
static const struct rdata_spec spec_aaaa = {{K_IPV6}, {"address"}};
static const struct rdata_spec spec_target = {{K_NAME}, {"target"}};
static const struct rdata_spec spec_ns = {{K_NAME}, {"name server"}};
static const struct rdata_spec spec_caa = {{K_U8, K_TAG, K_CAAVAL}, {"flags", "tag", "value"}};
static const struct rdata_spec spec_ds = {
	{K_U16, K_ALG, K_U8, K_HEX}, {"key tag", "algorithm", "digest type", "digest"}};
static const struct rdata_spec spec_svcb = {
	{K_U16, K_NAME, K_SVCPARAMS}, {"priority", "target", "parameters"}};
static const struct rdata_spec spec_key = {
	{K_U16, K_U8, K_ALG, K_B64}, {"flags", "protocol", "algorithm", "public key"}};
static const struct rdata_spec spec_loc = {{K_LOC}, {"location"}};
static const struct rdata_spec spec_mx = {{K_U16, K_NAME}, {"preference", "exchange"}};
static const struct rdata_spec spec_naptr = {
	{K_U16, K_U16, K_STR, K_STR, K_STR, K_NAME},
	{"order", "preference", "flags", "services", "regexp", "replacement"}};
static const struct rdata_spec spec_openpgpkey = {{K_B64}, {"public key"}};
static const struct rdata_spec spec_rp = {{K_NAME, K_NAME}, {"mailbox", "TXT name"}};
static const struct rdata_spec spec_soa = {
	{K_NAME, K_NAME, K_U32, K_TTL, K_TTL, K_TTL, K_TTL},
	{"primary server", "mailbox", "serial", "refresh", "retry", "expire", "minimum"}};
static const struct rdata_spec spec_txt = {{K_STRS}, {"text"}};
static const struct rdata_spec spec_srv = {
	{K_U16, K_U16, K_U16, K_NAME}, {"priority", "weight", "port", "target"}};
static const struct rdata_spec spec_sshfp = {
	{K_U8, K_U8, K_HEX}, {"algorithm", "fingerprint type", "fingerprint"}};
static const struct rdata_spec spec_tlsa = {
	{K_U8, K_U8, K_U8, K_HEX}, {"usage", "selector", "matching type", "certificate data"}};
static const struct rdata_spec spec_wks = {
	{K_IPV4, K_PROTO, K_SERVICES}, {"address", "protocol", "services"}};

/* Sorted by name (strcmp order) for bsearch. Meta types (ANY, AXFR, OPT...) are absent. */
static const struct rrtype rrtypes[] = {
	{"A", 1, &spec_a},
	{"A6", 38, NULL},
	{"AAAA", 28, &spec_aaaa},
	{"AFSDB", 18, NULL},
	{"ALIAS", 0, &spec_target},
	{"AMTRELAY", 260, NULL},
	{"APL", 42, NULL},
	{"ATMA", 34, NULL},
	{"AVC", 258, NULL},
	{"BRID", 68, NULL},
	{"CAA", 257, &spec_caa},
	{"CDNSKEY", 60, NULL},
	{"CDS", 59, &spec_ds},
	{"CERT", 37, NULL},
	{"CLA", 263, NULL},
	{"CNAME", 5, &spec_target},
	{"CSYNC", 62, NULL},
	{"DHCID", 49, NULL},
	{"DLV", 32769, NULL},
	{"DNAME", 39, &spec_target},
	{"DNSKEY", 48, NULL},
	{"DOA", 259, NULL},
	{"DS", 43, &spec_ds},
	{"DSYNC", 66, NULL},
	{"EID", 31, NULL},
	{"EUI48", 108, NULL},
	{"EUI64", 109, NULL},
	{"GID", 102, NULL},
	{"GPOS", 27, NULL},
	{"HHIT", 67, NULL},
	{"HINFO", 13, NULL},
	{"HIP", 55, NULL},
	{"HTTPS", 65, &spec_svcb},
	{"IPN", 264, NULL},
	{"IPSECKEY", 45, NULL},
	{"ISDN", 20, NULL},
	{"KEY", 25, &spec_key},
	{"KX", 36, NULL},
	{"L32", 105, NULL},
	{"L64", 106, NULL},
	{"LOC", 29, &spec_loc},
	{"LP", 107, NULL},
	{"MB", 7, NULL},
	{"MD", 3, NULL},
	{"MF", 4, NULL},
	{"MG", 8, NULL},
	{"MINFO", 14, NULL},
	{"MR", 9, NULL},
	{"MX", 15, &spec_mx},
	{"NAPTR", 35, &spec_naptr},
	{"NID", 104, NULL},
	{"NIMLOC", 32, NULL},
	{"NINFO", 56, NULL},
	{"NS", 2, &spec_ns},
	{"NSAP", 22, NULL},
	{"NSAP-PTR", 23, NULL},
	{"NSEC", 47, NULL},
	{"NSEC3", 50, NULL},
	{"NSEC3PARAM", 51, NULL},
	{"NULL", 10, NULL},
	{"NXNAME", 128, NULL},
	{"NXT", 30, NULL},
	{"OPENPGPKEY", 61, &spec_openpgpkey},
	{"PTR", 12, &spec_target},
	{"PX", 26, NULL},
	{"RESINFO", 261, NULL},
	{"RKEY", 57, NULL},
	{"RP", 17, &spec_rp},
	{"RRSIG", 46, NULL},
	{"RT", 21, NULL},
	{"SIG", 24, NULL},
	{"SINK", 40, NULL},
	{"SMIMEA", 53, NULL},
	{"SOA", 6, &spec_soa},
	{"SPF", 99, &spec_txt},
	{"SRV", 33, &spec_srv},
	{"SSHFP", 44, &spec_sshfp},
	{"SVCB", 64, &spec_svcb},
	{"TA", 32768, NULL},
	{"TALINK", 58, NULL},
	{"TLSA", 52, &spec_tlsa},
	{"TXT", 16, &spec_txt},
	{"UID", 101, NULL},
	{"UINFO", 100, NULL},
	{"UNSPEC", 103, NULL},
	{"URI", 256, NULL},
	{"WALLET", 262, NULL},
	{"WKS", 11, &spec_wks},
	{"X25", 19, NULL},
	{"ZONEMD", 63, NULL},
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

static bool is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int hex_value(char c)
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

/* Append v in decimal (buf_printf costs more, and this runs for every number). */
static void add_uint(struct buf *out, uint64_t v)
{
	char digits[24];
	size_t i = sizeof(digits);
	do {
		digits[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	buf_add(out, digits + i, sizeof(digits) - i);
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
static size_t name_char(const char *s, size_t len, size_t i, unsigned char *c)
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
		size_t used = name_char(s, len, i, &c);
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
		size_t used = name_char(s, len, i, &c);
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
		size_t used = name_char(s, len, i, &c);
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
		size_t ua = name_char(a, alen, i, &ca);
		size_t ub = name_char(b, blen, j, &cb);
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

/* "invalid MX preference '70000': expected a number from 0 to 65535" */
static int field_err(struct rdata_error *err, const struct rrtype *t, const char *what,
		     const struct zone_field *f, size_t idx, const char *why)
{
	struct buf subj = {0};
	zsubject(&subj, f->quoted ? f->data : f->text, f->quoted ? f->len : strlen(f->text));
	rerr(err, idx, "invalid %s %s '%s': %s", t->name, what, buf_str(&subj), why);
	buf_free(&subj);
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
			if (hex_value(f[i].data[j]) < 0) {
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

static bool has_nul(const struct zone_field *f)
{
	return memchr(f->data, '\0', f->len) != NULL;
}

/* Append an address in its canonical text form (inet_ntop is slow for IPv4). */
static void add_address(struct buf *out, int family, const unsigned char *addr)
{
	char text[INET6_ADDRSTRLEN];
	if (family == AF_INET) {
		for (int i = 0; i < 4; i++) {
			if (i)
				buf_addc(out, '.');
			add_uint(out, addr[i]);
		}
	} else if (inet_ntop(family, addr, text, sizeof(text))) {
		buf_adds(out, text);
	}
}

static bool emit_ip(struct buf *out, int family, const char *s)
{
	unsigned char addr[16];
	bool ok = inet_pton(family, s, addr) == 1;
	if (ok)
		add_address(out, family, addr);
	return ok;
}

static const struct {
	const char *name;
	unsigned number;
} algorithms[] = {
	{"RSAMD5", 1},
	{"DH", 2},
	{"DSA", 3},
	{"RSASHA1", 5},
	{"DSA-NSEC3-SHA1", 6},
	{"RSASHA1-NSEC3-SHA1", 7},
	{"RSASHA256", 8},
	{"RSASHA512", 10},
	{"ECC-GOST", 12},
	{"ECDSAP256SHA256", 13},
	{"ECDSAP384SHA384", 14},
	{"ED25519", 15},
	{"ED448", 16},
	{"INDIRECT", 252},
	{"PRIVATEDNS", 253},
	{"PRIVATEOID", 254},
};

static bool parse_algorithm(const struct zone_field *f, uint64_t *out)
{
	bool ok = parse_uint(f->data, f->len, 255, out);
	for (size_t i = 0; !ok && i < sizeof(algorithms) / sizeof(algorithms[0]); i++) {
		if (name_cmp(f->data, f->len, algorithms[i].name) == 0) {
			*out = algorithms[i].number;
			ok = true;
		}
	}
	return ok;
}

static int emit_name(struct buf *out, const struct rrtype *t, const char *what,
		     const struct zone_field *f, size_t idx, const char *origin,
		     struct rdata_error *err)
{
	char why[128];
	bool abs;
	int rc = -1;
	size_t start = out->len;
	size_t tlen = strlen(f->text);
	if (f->quoted) {
		field_err(err, t, what, f, idx, "a domain name cannot be a quoted string");
		goto out;
	}
	if (!(tlen == 1 && f->text[0] == '@') && zname_check(f->text, tlen, &abs, why, sizeof(why)) < 0) {
		field_err(err, t, what, f, idx, why);
		goto out;
	}
	zname_absolute(out, f->text, tlen, origin);
	if (zname_check(out->data + start, out->len - start, &abs, why, sizeof(why)) < 0) {
		out->len = start;
		out->data[start] = '\0';
		field_err(err, t, what, f, idx, why);
		goto out;
	}
	rc = 0;
out:
	return rc;
}

static int emit_uint(struct buf *out, const struct rrtype *t, const char *what,
		     const struct zone_field *f, size_t idx, uint64_t max, struct rdata_error *err)
{
	uint64_t v;
	char why[64];
	int rc = 0;
	if (parse_uint(f->data, f->len, max, &v)) {
		add_uint(out, v);
	} else {
		snprintf(why, sizeof(why), "expected a number from 0 to %llu", (unsigned long long)max);
		rc = field_err(err, t, what, f, idx, why);
	}
	return rc;
}

/* Join the data of fields [from, n) into one string (hex or base64 split by spaces). */
static void join_fields(struct buf *out, const struct zone_field *f, size_t from, size_t n)
{
	for (size_t i = from; i < n; i++)
		buf_add(out, f[i].data, f[i].len);
}

static int emit_hex(struct buf *out, const struct rrtype *t, const char *what,
		    const struct zone_field *f, size_t from, size_t n, struct rdata_error *err)
{
	size_t digits = 0;
	int rc = -1;
	for (size_t i = from; i < n; i++) {
		buf_reserve(out, f[i].len);
		for (size_t j = 0; j < f[i].len; j++) {
			if (hex_value(f[i].data[j]) < 0) {
				out->data[out->len] = '\0';
				field_err(err, t, what, &f[i], i, "expected hex digits (0-9, a-f)");
				goto out;
			}
			out->data[out->len + j] = lower(f[i].data[j]);
		}
		out->len += f[i].len;
		out->data[out->len] = '\0';
		digits += f[i].len;
	}
	if (digits == 0 || digits % 2) {
		field_err(err, t, what, &f[n - 1], n - 1,
			  digits ? "odd number of hex digits" : "expected hex digits (0-9, a-f)");
		goto out;
	}
	rc = 0;
out:
	return rc;
}

static bool is_b64(char c)
{
	return is_alnum(c) || c == '+' || c == '/';
}

static int emit_b64(struct buf *out, const struct rrtype *t, const char *what,
		    const struct zone_field *f, size_t from, size_t n, struct rdata_error *err)
{
	size_t start = out->len;
	join_fields(out, f, from, n);
	const char *s = out->data + start;
	size_t len = out->len - start, pad = 0;
	const char *why = NULL;
	for (size_t i = 0; i < len && !why; i++) {
		if (s[i] == '=')
			pad++;
		else if (!is_b64(s[i]) || pad)
			why = "expected base64 (A-Z, a-z, 0-9, +, / and = at the end)";
	}
	if (!why && (len % 4 || pad > 2 || len == 0))
		why = "base64 length must be a multiple of 4 (pad with =)";
	if (why) {
		out->len = start;
		out->data[start] = '\0';
		field_err(err, t, what, &f[from], from, why);
	}
	return why ? -1 : 0;
}

static int emit_services(struct buf *out, const struct rrtype *t, const struct zone_field *f,
			 size_t from, size_t n, struct rdata_error *err)
{
	int rc = 0;
	for (size_t i = from; i < n && rc == 0; i++) {
		uint64_t v;
		if (i > from)
			buf_addc(out, ' ');
		if (parse_uint(f[i].data, f[i].len, 65535, &v)) {
			add_uint(out, v);
			continue;
		}
		bool ok = f[i].len > 0 && !f[i].quoted;
		for (size_t j = 0; ok && j < f[i].len; j++)
			ok = is_alnum(f[i].data[j]) || f[i].data[j] == '-';
		if (ok)
			buf_add(out, f[i].data, f[i].len);
		else
			rc = field_err(err, t, "service", &f[i], i,
				       "expected a port number or a service name");
	}
	return rc;
}

/* ---- LOC (RFC 1876) ---- */

/*
 * Parse a decimal with up to decimals digits after the point, an optional
 * final 'm' when unit, a leading '-' when negative; the result is scaled by
 * 10^decimals.
 */
static bool parse_fixed(const struct zone_field *f, int decimals, bool unit, bool negative,
			int64_t *out)
{
	const char *s = f->data;
	size_t len = f->len, i = 0;
	bool neg = false, ok = true;
	int64_t whole = 0, frac = 0;
	int fdigits = 0;
	size_t wdigits = 0;
	if (unit && len > 0 && lower(s[len - 1]) == 'm')
		len--;
	if (negative && i < len && s[i] == '-') {
		neg = true;
		i++;
	}
	for (; i < len && is_digit(s[i]); i++) {
		if (++wdigits > 12)
			ok = false; /* and stop adding up: the value would overflow */
		else
			whole = whole * 10 + (s[i] - '0');
	}
	if (i < len && s[i] == '.') {
		for (i++; i < len && is_digit(s[i]); i++) {
			if (++fdigits > decimals)
				ok = false;
			else
				frac = frac * 10 + (s[i] - '0');
		}
	}
	if (i != len || wdigits == 0)
		ok = false;
	for (; fdigits < decimals; fdigits++)
		frac *= 10;
	if (ok) {
		int64_t scale = 1;
		for (int d = 0; d < decimals; d++)
			scale *= 10;
		*out = (whole * scale + frac) * (neg ? -1 : 1);
	}
	return ok;
}

static bool is_number(const struct zone_field *f)
{
	return f->len > 0 && is_digit(f->data[0]);
}

struct coord {
	unsigned deg, min;
	uint64_t sec_ms;
	char hemi;
};

static int loc_coord(const struct rrtype *t, const struct zone_field *f, size_t n, size_t *i,
		     unsigned max_deg, const char *hemis, const char *what, struct coord *c,
		     struct rdata_error *err)
{
	uint64_t d = 0, m = 0;
	int64_t s = 0;
	char why[80];
	int rc = -1;
	if (*i >= n) {
		rerr(err, n, "LOC needs a %s: degrees [minutes [seconds]] %c or %c", what,
		     hemis[0], hemis[1]);
		goto out;
	}
	if (!parse_uint(f[*i].data, f[*i].len, max_deg, &d)) {
		snprintf(why, sizeof(why), "expected degrees from 0 to %u", max_deg);
		field_err(err, t, what, &f[*i], *i, why);
		goto out;
	}
	(*i)++;
	if (*i < n && is_number(&f[*i])) {
		if (!parse_uint(f[*i].data, f[*i].len, 59, &m)) {
			field_err(err, t, what, &f[*i], *i, "expected minutes from 0 to 59");
			goto out;
		}
		(*i)++;
		if (*i < n && is_number(&f[*i])) {
			if (!parse_fixed(&f[*i], 3, false, false, &s) || s >= 60000) {
				field_err(err, t, what, &f[*i], *i, "expected seconds from 0 to 59.999");
				goto out;
			}
			(*i)++;
		}
	}
	if (*i >= n) {
		rerr(err, n, "LOC %s needs %c or %c after the degrees", what, hemis[0], hemis[1]);
		goto out;
	}
	if (f[*i].len != 1 || (upper(f[*i].data[0]) != hemis[0] && upper(f[*i].data[0]) != hemis[1])) {
		snprintf(why, sizeof(why), "expected %c or %c", hemis[0], hemis[1]);
		field_err(err, t, what, &f[*i], *i, why);
		goto out;
	}
	if (d * 3600000 + m * 60000 + (uint64_t)s > (uint64_t)max_deg * 3600000) {
		rerr(err, *i, "LOC %s is beyond %u degrees", what, max_deg);
		goto out;
	}
	c->hemi = upper(f[*i].data[0]);
	(*i)++;
	c->deg = (unsigned)d;
	c->min = (unsigned)m;
	c->sec_ms = (uint64_t)s;
	rc = 0;
out:
	return rc;
}

/* Round a size in centimetres the way RFC 1876 stores it: one digit times a power of ten. */
static bool loc_size(int64_t cm, int64_t *rounded)
{
	int64_t m = cm, p = 1;
	int e = 0;
	while (m >= 10) {
		m /= 10;
		p *= 10;
		e++;
	}
	*rounded = m * p;
	return e <= 9;
}

static void emit_meters(struct buf *out, int64_t cm)
{
	const char *sign = cm < 0 ? "-" : "";
	uint64_t a = cm < 0 ? (uint64_t)(-cm) : (uint64_t)cm;
	buf_printf(out, "%s%llu.%02llum", sign, (unsigned long long)(a / 100),
		   (unsigned long long)(a % 100));
}

static int loc_value(const struct rrtype *t, const struct zone_field *f, size_t n,
		     struct buf *out, struct rdata_error *err)
{
	static const char *const what[] = {"size", "horizontal precision", "vertical precision"};
	int64_t sizes[3] = {100, 1000000, 1000}; /* 1m 10000m 10m */
	struct coord lat, lon;
	int64_t alt;
	size_t i = 0;
	int rc = -1;
	if (loc_coord(t, f, n, &i, 90, "NS", "latitude", &lat, err) < 0 ||
	    loc_coord(t, f, n, &i, 180, "EW", "longitude", &lon, err) < 0)
		goto out;
	if (i >= n) {
		rerr(err, n, "LOC needs an altitude after the longitude, such as 10m");
		goto out;
	}
	if (!parse_fixed(&f[i], 2, true, true, &alt) || alt < -10000000 || alt > 4284967295LL) {
		field_err(err, t, "altitude", &f[i], i, "expected metres from -100000.00 to 42849672.95");
		goto out;
	}
	i++;
	for (int k = 0; k < 3 && i < n; k++, i++) {
		int64_t v;
		if (!parse_fixed(&f[i], 2, true, false, &v) || !loc_size(v, &sizes[k])) {
			field_err(err, t, what[k], &f[i], i, "expected metres from 0 to 90000000.00");
			goto out;
		}
	}
	if (i < n) {
		field_err(err, t, "field", &f[i], i,
			  "LOC ends with size, horizontal and vertical precision");
		goto out;
	}
	buf_printf(out, "%u %u %u.%03u %c %u %u %u.%03u %c ", lat.deg, lat.min,
		   (unsigned)(lat.sec_ms / 1000), (unsigned)(lat.sec_ms % 1000), lat.hemi, lon.deg,
		   lon.min, (unsigned)(lon.sec_ms / 1000), (unsigned)(lon.sec_ms % 1000), lon.hemi);
	emit_meters(out, alt);
	for (int k = 0; k < 3; k++) {
		buf_addc(out, ' ');
		emit_meters(out, sizes[k]);
	}
	rc = 0;
out:
	return rc;
}

/* ---- SVCB and HTTPS parameters (RFC 9460) ---- */

static const char *const svc_keys[] = {
	"mandatory", "alpn", "no-default-alpn", "port", "ipv4hint",
	"ech", "ipv6hint", "dohpath", "ohttp",
};

#define NSVC_KEYS (sizeof(svc_keys) / sizeof(svc_keys[0]))

struct svc_param {
	unsigned key;
	const char *value;
	size_t vlen;
	bool has_value;
	size_t field;
};

static bool svc_key(const char *s, size_t len, unsigned *key)
{
	uint64_t v;
	bool found = false;
	for (unsigned k = 0; k < NSVC_KEYS && !found; k++) {
		if (strlen(svc_keys[k]) == len && memcmp(s, svc_keys[k], len) == 0) {
			*key = k;
			found = true;
		}
	}
	if (!found && len > 3 && len <= 8 && memcmp(s, "key", 3) == 0 &&
	    parse_uint(s + 3, len - 3, 65534, &v)) {
		*key = (unsigned)v;
		found = true;
	}
	return found;
}

static void svc_key_name(struct buf *out, unsigned key)
{
	if (key < NSVC_KEYS)
		buf_adds(out, svc_keys[key]);
	else
		buf_printf(out, "key%u", key);
}

static int svc_cmp(const void *a, const void *b)
{
	const struct svc_param *x = a, *y = b;
	int c = (x->key > y->key) - (x->key < y->key);
	return c ? c : (x->field > y->field) - (x->field < y->field);
}

/* Check a comma-separated address list and append it normalized. */
static bool svc_hints(struct buf *out, int family, const char *v, size_t len)
{
	bool ok = len > 0;
	size_t i = 0;
	char item[64];
	while (ok && i <= len) {
		const char *comma = memchr(v + i, ',', len - i);
		size_t end = comma ? (size_t)(comma - v) : len;
		ok = end > i && end - i < sizeof(item);
		if (ok) {
			memcpy(item, v + i, end - i);
			item[end - i] = '\0';
			if (i > 0)
				buf_addc(out, ',');
			ok = emit_ip(out, family, item);
		}
		i = end + 1;
	}
	return ok;
}

static int svc_params(struct buf *out, const struct rrtype *t, const struct zone_field *f,
		      size_t from, size_t n, struct rdata_error *err)
{
	struct svc_param *p = n > from ? xcalloc(n - from, sizeof(*p)) : NULL;
	size_t np = 0;
	struct buf v = {0};
	int rc = -1;
	for (size_t i = from; i < n; i++) {
		const char *eq = memchr(f[i].data, '=', f[i].len);
		size_t klen = eq ? (size_t)(eq - f[i].data) : f[i].len;
		struct svc_param *q = &p[np++];
		if (!svc_key(f[i].data, klen, &q->key)) {
			field_err(err, t, "parameter", &f[i], i,
				  "expected mandatory, alpn, no-default-alpn, port, ipv4hint, ech, "
				  "ipv6hint, dohpath, ohttp or keyNNNNN");
			goto out;
		}
		q->field = i;
		q->has_value = eq != NULL;
		q->value = eq ? eq + 1 : "";
		q->vlen = eq ? f[i].len - klen - 1 : 0;
		bool flag = q->key == 2 || q->key == 8;
		if (flag && q->has_value) {
			field_err(err, t, "parameter", &f[i], i, "this parameter takes no value");
			goto out;
		}
		if (!flag && q->key < NSVC_KEYS && q->vlen == 0) {
			field_err(err, t, "parameter", &f[i], i, "this parameter needs a value: key=value");
			goto out;
		}
	}
	if (np > 1)
		qsort(p, np, sizeof(*p), svc_cmp);
	for (size_t k = 0; k < np; k++) {
		const struct zone_field *fk = &f[p[k].field];
		if (k > 0 && p[k].key == p[k - 1].key) {
			field_err(err, t, "parameter", fk, p[k].field, "this parameter is given twice");
			goto out;
		}
		buf_addc(out, ' ');
		svc_key_name(out, p[k].key);
		if (!p[k].has_value)
			continue;
		buf_reset(&v);
		bool ok = true;
		uint64_t port;
		if (p[k].key == 3) {
			ok = parse_uint(p[k].value, p[k].vlen, 65535, &port);
			if (ok)
				add_uint(&v, port);
		} else if (p[k].key == 4 || p[k].key == 6) {
			ok = !memchr(p[k].value, '\0', p[k].vlen) &&
			     svc_hints(&v, p[k].key == 4 ? AF_INET : AF_INET6, p[k].value, p[k].vlen);
		} else {
			buf_add(&v, p[k].value, p[k].vlen);
		}
		if (!ok) {
			field_err(err, t, "parameter", fk, p[k].field,
				  p[k].key == 3 ? "expected a port number from 0 to 65535"
						: "expected a comma-separated list of addresses");
			goto out;
		}
		buf_addc(out, '=');
		zquote(out, v.data, v.len);
	}
	rc = 0;
out:
	buf_free(&v);
	free(p);
	return rc;
}

/* ---- generic rdata (RFC 3597) decoded for the types LiveDNS accepts ---- */

static void emit_wire_label_char(struct buf *out, unsigned char c)
{
	if (c <= 0x20 || c >= 0x7f)
		buf_printf(out, "\\%03u", c);
	else if (strchr(".\\\"();@$", c))
		buf_printf(out, "\\%c", c);
	else
		buf_addc(out, (char)c);
}

static bool wire_name(struct buf *out, const unsigned char *b, size_t len, size_t *pos)
{
	size_t wire = 0;
	bool any = false, ok = true;
	for (;;) {
		unsigned l = *pos < len ? b[*pos] : 256;
		wire += 1 + l;
		ok = l <= 63 && wire <= 255 && *pos + 1 + l <= len;
		if (!ok || l == 0)
			break;
		for (unsigned i = 0; i < l; i++)
			emit_wire_label_char(out, b[*pos + 1 + i]);
		buf_addc(out, '.');
		*pos += 1 + l;
		any = true;
	}
	if (ok) {
		*pos += 1;
		if (!any)
			buf_addc(out, '.');
	}
	return ok;
}

static void emit_base64(struct buf *out, const unsigned char *b, size_t len)
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)b[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)b[i + 1] << 8;
		if (i + 2 < len)
			v |= b[i + 2];
		buf_addc(out, alphabet[(v >> 18) & 63]);
		buf_addc(out, alphabet[(v >> 12) & 63]);
		buf_addc(out, i + 1 < len ? alphabet[(v >> 6) & 63] : '=');
		buf_addc(out, i + 2 < len ? alphabet[v & 63] : '=');
	}
}

static int generic_value(const struct rrtype *t, const struct zone_field *f, size_t n,
			 struct buf *out, struct rdata_error *err)
{
	const struct rdata_spec *sp = t->spec;
	struct buf bytes = {0}, hex = {0};
	int rc = -1;
	size_t pos = 0;
	if (rdata_generic_check(f, n, err) < 0)
		goto out;
	for (int k = 0; k < SPEC_MAX && sp->k[k] != K_END; k++) {
		if (sp->k[k] == K_LOC || sp->k[k] == K_SVCPARAMS || sp->k[k] == K_SERVICES) {
			rerr(err, 0, "generic rdata (\\#) is not supported for %s: write the record "
				     "in %s's own syntax", t->name, t->name);
			goto out;
		}
	}
	join_fields(&hex, f, 2, n);
	for (size_t j = 0; j + 1 < hex.len; j += 2)
		buf_addc(&bytes, (char)(hex_value(hex.data[j]) * 16 + hex_value(hex.data[j + 1])));
	const unsigned char *b = (const unsigned char *)bytes.data;
	size_t len = bytes.len;
	for (int k = 0; k < SPEC_MAX && sp->k[k] != K_END; k++) {
		enum kind kind = sp->k[k];
		size_t need = kind == K_IPV4 ? 4 : kind == K_IPV6 ? 16 : kind == K_U16 ? 2
			    : kind == K_U32 || kind == K_TTL ? 4 : kind == K_U8 || kind == K_ALG ? 1 : 0;
		bool ok = pos + need <= len;
		if (k > 0)
			buf_addc(out, ' ');
		if (ok && (kind == K_IPV4 || kind == K_IPV6)) {
			add_address(out, kind == K_IPV4 ? AF_INET : AF_INET6, b + pos);
		} else if (ok && (kind == K_U8 || kind == K_ALG)) {
			add_uint(out, b[pos]);
		} else if (ok && kind == K_U16) {
			add_uint(out, (unsigned)b[pos] << 8 | b[pos + 1]);
		} else if (ok && (kind == K_U32 || kind == K_TTL)) {
			add_uint(out, (uint32_t)b[pos] << 24 | (uint32_t)b[pos + 1] << 16 |
					      (uint32_t)b[pos + 2] << 8 | b[pos + 3]);
		} else if (kind == K_NAME) {
			ok = wire_name(out, b, len, &pos);
		} else if (kind == K_STR || kind == K_TAG || kind == K_STRS) {
			bool first = true;
			do {
				ok = pos < len && pos + 1 + b[pos] <= len;
				if (ok && kind == K_TAG) {
					ok = b[pos] > 0;
					for (size_t j = 0; ok && j < b[pos]; j++)
						ok = is_alnum((char)b[pos + 1 + j]);
					if (ok)
						buf_add(out, b + pos + 1, b[pos]);
				} else if (ok) {
					if (!first)
						buf_addc(out, ' ');
					zquote(out, (const char *)b + pos + 1, b[pos]);
				}
				if (ok)
					pos += 1 + (size_t)b[pos];
				first = false;
			} while (ok && kind == K_STRS && pos < len);
		} else if (kind == K_CAAVAL) {
			zquote(out, (const char *)b + pos, len - pos);
			pos = len;
		} else if (kind == K_HEX || kind == K_B64) {
			ok = pos < len;
			for (size_t j = pos; ok && kind == K_HEX && j < len; j++)
				buf_printf(out, "%02x", b[j]);
			if (ok && kind == K_B64)
				emit_base64(out, b + pos, len - pos);
			pos = len;
		}
		if (!ok) {
			rerr(err, 1, "generic rdata does not fit type %s: its %s is missing or malformed",
			     t->name, sp->what[k]);
			goto out;
		}
		pos += need;
	}
	if (pos != len) {
		rerr(err, 1, "generic rdata for %s has %zu bytes too many", t->name, len - pos);
		goto out;
	}
	rc = 0;
out:
	buf_free(&hex);
	buf_free(&bytes);
	return rc;
}

/* ---- the text form ---- */

static bool rest_kind(enum kind k)
{
	return k >= K_STRS;
}

static void describe(struct buf *out, const struct rdata_spec *sp)
{
	for (int k = 0; k < SPEC_MAX && sp->k[k] != K_END; k++) {
		if (k)
			buf_adds(out, ", ");
		buf_adds(out, sp->what[k]);
		if (rest_kind(sp->k[k]))
			buf_adds(out, "...");
	}
}

static int count_err(const struct rrtype *t, size_t n, size_t fixed, size_t min, bool rest,
		     struct rdata_error *err)
{
	struct buf d = {0};
	describe(&d, t->spec);
	if (n < min)
		rerr(err, n, "%s needs %s%zu field%s (%s), found %zu", t->name,
		     rest ? "at least " : "", min, min == 1 ? "" : "s", buf_str(&d), n);
	else
		rerr(err, fixed, "%s takes %zu field%s (%s), found %zu", t->name, fixed,
		     fixed == 1 ? "" : "s", buf_str(&d), n);
	buf_free(&d);
	return -1;
}

static int emit_fixed(struct buf *out, const struct rrtype *t, enum kind kind, const char *what,
		      const struct zone_field *f, size_t i, const char *origin,
		      struct rdata_error *err)
{
	uint64_t v;
	uint32_t ttl;
	int rc = 0;
	switch (kind) {
	case K_IPV4:
	case K_IPV6:
		if (has_nul(f) || !emit_ip(out, kind == K_IPV4 ? AF_INET : AF_INET6, f->data))
			rc = field_err(err, t, what, f, i,
				       kind == K_IPV4 ? "expected an IPv4 address such as 192.0.2.1"
						      : "expected an IPv6 address such as 2001:db8::1");
		break;
	case K_NAME:
		rc = emit_name(out, t, what, f, i, origin, err);
		break;
	case K_U8:
		rc = emit_uint(out, t, what, f, i, 255, err);
		break;
	case K_U16:
		rc = emit_uint(out, t, what, f, i, 65535, err);
		break;
	case K_U32:
		rc = emit_uint(out, t, what, f, i, 4294967295u, err);
		break;
	case K_TTL:
		if (zttl_parse(f->data, f->len, &ttl) < 0 || has_nul(f))
			rc = field_err(err, t, what, f, i, "expected seconds or units such as 1h30m");
		else
			add_uint(out, ttl);
		break;
	case K_ALG:
		if (!parse_algorithm(f, &v))
			rc = field_err(err, t, what, f, i, "expected a number from 0 to 255 or a "
							   "mnemonic such as ECDSAP256SHA256");
		else
			add_uint(out, v);
		break;
	case K_STR:
	case K_CAAVAL:
		zquote(out, f->data, f->len);
		break;
	case K_TAG:
		v = f->len > 0;
		for (size_t j = 0; v && j < f->len; j++)
			v = is_alnum(f->data[j]);
		if (!v)
			rc = field_err(err, t, what, f, i, "expected letters and digits, such as issue");
		else
			buf_add(out, f->data, f->len);
		break;
	case K_PROTO:
		if (parse_uint(f->data, f->len, 255, &v))
			add_uint(out, v);
		else if (name_cmp(f->data, f->len, "TCP") == 0)
			buf_adds(out, "6");
		else if (name_cmp(f->data, f->len, "UDP") == 0)
			buf_adds(out, "17");
		else
			rc = field_err(err, t, what, f, i, "expected a number, tcp or udp");
		break;
	default:
		rc = rerr(err, i, "internal error: kind %d", (int)kind);
		break;
	}
	return rc;
}

int rdata_value(const struct rrtype *t, const struct zone_field *f, size_t n,
		const char *origin, struct buf *out, struct rdata_error *err)
{
	const struct rdata_spec *sp = t->spec;
	size_t fixed = 0, min;
	bool rest = false;
	int rc = -1;
	if (n > 0 && rdata_is_generic(&f[0])) {
		rc = generic_value(t, f, n, out, err);
		goto out;
	}
	if (sp->k[0] == K_LOC) {
		rc = loc_value(t, f, n, out, err);
		goto out;
	}
	while (fixed < SPEC_MAX && sp->k[fixed] != K_END && !rest_kind(sp->k[fixed]))
		fixed++;
	rest = fixed < SPEC_MAX && sp->k[fixed] != K_END;
	min = fixed + (rest && sp->k[fixed] != K_SVCPARAMS && sp->k[fixed] != K_SERVICES);
	if (n < min || (!rest && n > fixed)) {
		count_err(t, n, fixed, min, rest, err);
		goto out;
	}
	for (size_t i = 0; i < fixed; i++) {
		if (i)
			buf_addc(out, ' ');
		if (emit_fixed(out, t, sp->k[i], sp->what[i], &f[i], i, origin, err) < 0)
			goto out;
	}
	if (rest) {
		enum kind kind = sp->k[fixed];
		const char *what = sp->what[fixed];
		if (kind != K_SVCPARAMS && fixed > 0 && n > fixed)
			buf_addc(out, ' ');
		if (kind == K_STRS) {
			for (size_t i = fixed; i < n; i++) {
				if (i > fixed)
					buf_addc(out, ' ');
				zquote(out, f[i].data, f[i].len);
			}
		} else if (kind == K_HEX) {
			if (emit_hex(out, t, what, f, fixed, n, err) < 0)
				goto out;
		} else if (kind == K_B64) {
			if (emit_b64(out, t, what, f, fixed, n, err) < 0)
				goto out;
		} else if (kind == K_SERVICES) {
			if (emit_services(out, t, f, fixed, n, err) < 0)
				goto out;
		} else if (svc_params(out, t, f, fixed, n, err) < 0) {
			goto out;
		}
	}
	rc = 0;
out:
	return rc;
}
