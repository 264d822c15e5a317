#include "dns/value.h"

#include <arpa/inet.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "dns/zone-rdata.h"
#include "xalloc.h"

/* ---- what each type holds ------------------------------------------------ */

/*
 * What each rdata field holds. The kinds from K_STRS on consume every
 * remaining field and come last in a spec.
 */
enum kind {
	K_END,
	K_IPV4,
	K_IPV6,
	K_NAME,     /* any domain name */
	K_HOST,     /* a host name: not an address, not the root */
	K_HOST0,    /* a host name, or the root "." meaning none (null MX, SRV, SVCB's owner) */
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

struct spec {
	enum kind k[SPEC_MAX];
	const char *what[SPEC_MAX];
};

static const struct spec spec_a = {{K_IPV4}, {"address"}};
static const struct spec spec_aaaa = {{K_IPV6}, {"address"}};
static const struct spec spec_target = {{K_HOST}, {"target"}};
static const struct spec spec_ns = {{K_HOST}, {"name server"}};
static const struct spec spec_caa = {{K_U8, K_TAG, K_CAAVAL}, {"flags", "tag", "value"}};
static const struct spec spec_ds = {
	{K_U16, K_ALG, K_U8, K_HEX}, {"key tag", "algorithm", "digest type", "digest"}};
static const struct spec spec_svcb = {
	{K_U16, K_HOST0, K_SVCPARAMS}, {"priority", "target", "parameters"}};
static const struct spec spec_key = {
	{K_U16, K_U8, K_ALG, K_B64}, {"flags", "protocol", "algorithm", "public key"}};
static const struct spec spec_loc = {{K_LOC}, {"location"}};
static const struct spec spec_mx = {{K_U16, K_HOST0}, {"preference", "exchange"}};
static const struct spec spec_naptr = {
	{K_U16, K_U16, K_STR, K_STR, K_STR, K_NAME},
	{"order", "preference", "flags", "services", "regexp", "replacement"}};
static const struct spec spec_openpgpkey = {{K_B64}, {"public key"}};
static const struct spec spec_rp = {{K_NAME, K_NAME}, {"mailbox", "TXT name"}};
static const struct spec spec_soa = {
	{K_NAME, K_NAME, K_U32, K_TTL, K_TTL, K_TTL, K_TTL},
	{"primary server", "mailbox", "serial", "refresh", "retry", "expire", "minimum"}};
static const struct spec spec_txt = {{K_STRS}, {"text"}};
static const struct spec spec_srv = {
	{K_U16, K_U16, K_U16, K_HOST0}, {"priority", "weight", "port", "target"}};
static const struct spec spec_sshfp = {
	{K_U8, K_U8, K_HEX}, {"algorithm", "fingerprint type", "fingerprint"}};
static const struct spec spec_tlsa = {
	{K_U8, K_U8, K_U8, K_HEX}, {"usage", "selector", "matching type", "certificate data"}};
static const struct spec spec_wks = {
	{K_IPV4, K_PROTO, K_SERVICES}, {"address", "protocol", "services"}};

struct run;

struct vtype {
	const char *name;
	const struct spec *spec;
	const char *example;          /* a value, for hints */
	void (*check)(struct run *r); /* the second level, beyond hosts and lengths; or NULL */
};

static void check_caa(struct run *r);
static void check_dnskey(struct run *r);
static void check_ds(struct run *r);
static void check_naptr(struct run *r);
static void check_sshfp(struct run *r);
static void check_tlsa(struct run *r);

/* Sorted by name (strcmp order), as dnsv_types[]. */
static const struct vtype vtypes[] = {
	{"A", &spec_a, "192.0.2.1", NULL},
	{"AAAA", &spec_aaaa, "2001:db8::1", NULL},
	{"ALIAS", &spec_target, "target.example.net.", NULL},
	{"CAA", &spec_caa, "0 issue \"letsencrypt.org\"", check_caa},
	{"CDS", &spec_ds, "12345 13 2 <64 hex digits>", check_ds},
	{"CNAME", &spec_target, "target.example.net.", NULL},
	{"DNAME", &spec_target, "example.net.", NULL},
	{"DS", &spec_ds, "12345 13 2 <64 hex digits>", check_ds},
	{"HTTPS", &spec_svcb, "1 . alpn=h2,h3", NULL},
	{"KEY", &spec_key, "256 3 15 <base64 public key>", NULL},
	{"LOC", &spec_loc, "52 22 23 N 4 53 32 E 10m", NULL},
	{"MX", &spec_mx, "10 mail.example.com.", NULL},
	{"NAPTR", &spec_naptr, "100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com.", check_naptr},
	{"NS", &spec_ns, "ns1.example.net.", NULL},
	{"OPENPGPKEY", &spec_openpgpkey, "<base64 public key>", NULL},
	{"PTR", &spec_target, "host.example.com.", NULL},
	{"RP", &spec_rp, "admin.example.com. info.example.com.", NULL},
	{"SOA", &spec_soa, "ns1.gandi.net. hostmaster.gandi.net. 1 10800 3600 604800 10800", NULL},
	{"SPF", &spec_txt, "v=spf1 -all", NULL},
	{"SRV", &spec_srv, "10 5 5060 sip.example.com.", NULL},
	{"SSHFP", &spec_sshfp, "4 2 <64 hex digits>", check_sshfp},
	{"SVCB", &spec_svcb, "1 svc.example.com. alpn=h2", NULL},
	{"TLSA", &spec_tlsa, "3 1 1 <64 hex digits>", check_tlsa},
	{"TXT", &spec_txt, "any text", NULL},
	{"WKS", &spec_wks, "192.0.2.1 tcp smtp http", NULL},
};

#define NVTYPES (sizeof(vtypes) / sizeof(vtypes[0]))

const char *const dnsv_types[] = {
	"A",   "AAAA", "ALIAS", "CAA", "CDS",   "CNAME", "DNAME", "DS", "HTTPS",
	"KEY", "LOC",  "MX",    "NAPTR", "NS", "OPENPGPKEY", "PTR", "RP", "SOA",
	"SPF", "SRV",  "SSHFP", "SVCB", "TLSA", "TXT", "WKS", NULL,
};

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

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_alnum(char c)
{
	return is_digit(c) || is_alpha(c);
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_txt(const struct vtype *t)
{
	return t->spec == &spec_txt;
}

/* Compare name (len bytes, any case) with an upper-case C string. */
static int upper_cmp(const char *name, size_t len, const char *upper_s)
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

static const struct vtype *vtype_n(const char *name, size_t len)
{
	size_t lo = 0, hi = NVTYPES;
	const struct vtype *found = NULL;
	while (lo < hi && !found) {
		size_t mid = lo + (hi - lo) / 2;
		int c = upper_cmp(name, len, vtypes[mid].name);
		if (c == 0)
			found = &vtypes[mid];
		else if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return found;
}

const char *dnsv_type_n(const char *name, size_t len)
{
	const struct vtype *t = name ? vtype_n(name, len) : NULL;
	return t ? t->name : NULL;
}

const char *dnsv_type(const char *name)
{
	return name ? dnsv_type_n(name, strlen(name)) : NULL;
}

/* ---- one parse ----------------------------------------------------------- */

enum { GUESS_ABSOLUTE = 1 }; /* names with a dot but no final dot read as absolute */

struct run {
	const struct vtype *t;
	const struct zone_field *f;
	size_t n;
	const char *origin;       /* absolute; NULL when the zone is unknown */
	enum dnsv_form form;
	unsigned flags;
	struct buf *api, *key;    /* key may be NULL */
	struct buf *content;      /* TXT and SPF: the bytes; may be NULL */
	struct buf *warning;      /* NULL when no warning is wanted */
	struct dnsv_error *err;
	struct dnsv_error refusal; /* the first second-level problem */
	bool refused;
	uint64_t num[SPEC_MAX];   /* the numbers of the fixed fields */
	size_t hex_at, hex_len;   /* the hex field, in api */
	size_t hex_field;
};

static void verr(struct dnsv_error *err, size_t field, const char *fmt, va_list ap)
	XATTR_PRINTF(3, 0);

static void verr(struct dnsv_error *err, size_t field, const char *fmt, va_list ap)
{
	err->field = field;
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
}

static int rerr(struct dnsv_error *err, size_t field, const char *fmt, ...) XATTR_PRINTF(3, 4);

/* A first-level (syntax) error. */
static int rerr(struct dnsv_error *err, size_t field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err->refused = false;
	err->hint[0] = '\0';
	verr(err, field, fmt, ap);
	va_end(ap);
	return -1;
}

static void hint(struct dnsv_error *err, const char *fmt, ...) XATTR_PRINTF(2, 3);

static void hint(struct dnsv_error *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
}

static void refuse(struct run *r, size_t field, const char *fmt, ...) XATTR_PRINTF(3, 4);

/* A second-level problem: the first one found is kept, parsing goes on. */
static void refuse(struct run *r, size_t field, const char *fmt, ...)
{
	if (!r->refused) {
		va_list ap;
		va_start(ap, fmt);
		memset(&r->refusal, 0, sizeof(r->refusal));
		r->refusal.refused = true;
		verr(&r->refusal, field, fmt, ap);
		va_end(ap);
		r->refused = true;
	}
}

/* A field as messages quote it. */
static void subject(struct buf *out, const struct zone_field *f)
{
	zsubject(out, f->quoted ? f->data : f->text, f->quoted ? f->len : strlen(f->text));
}

/* "invalid MX preference '70000': expected a number from 0 to 65535" */
static int field_err(struct run *r, const char *what, size_t idx, const char *why)
{
	struct buf subj = {0};
	subject(&subj, &r->f[idx]);
	rerr(r->err, idx, "invalid %s %s '%s': %s", r->t->name, what, buf_str(&subj), why);
	buf_free(&subj);
	return -1;
}

static void examples(struct run *r)
{
	if (r->form == DNSV_USER)
		hint(r->err, "%s values look like '%s'", r->t->name, r->t->example);
}

/* What was appended to api from at on, appended to key too. */
static void key_copy(struct run *r, size_t at)
{
	if (r->key && r->api->len > at)
		buf_add(r->key, r->api->data + at, r->api->len - at);
}

static void out_c(struct run *r, char c)
{
	buf_addc(r->api, c);
	if (r->key)
		buf_addc(r->key, c);
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

static void out_uint(struct run *r, uint64_t v)
{
	size_t at = r->api->len;
	add_uint(r->api, v);
	key_copy(r, at);
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

static bool has_nul(const struct zone_field *f)
{
	return memchr(f->data, '\0', f->len) != NULL;
}

/* ---- names --------------------------------------------------------------- */

/* Append one byte of a label, escaped where a master file needs it. */
static void label_byte(struct buf *out, unsigned char c)
{
	if (c <= 0x20 || c >= 0x7f) {
		char esc[4] = {'\\', (char)('0' + c / 100), (char)('0' + c / 10 % 10),
			       (char)('0' + c % 10)};
		buf_add(out, esc, 4);
	} else if (strchr(".\\\"();@$", c)) {
		char esc[2] = {'\\', (char)c};
		buf_add(out, esc, 2);
	} else {
		buf_addc(out, (char)c);
	}
}

/*
 * Append a checked name (as written: escapes, absolute or relative, "." the
 * root) with every byte escaped one way; fold: A-Z to lower case.
 */
static void name_out(struct buf *out, const char *s, size_t len, bool fold)
{
	bool plain = true;
	for (size_t i = 0; plain && i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		plain = c > 0x20 && c < 0x7f && !strchr("\\\"();@$", c) && !(fold && c >= 'A' && c <= 'Z');
	}
	plain = plain || (len == 1 && s[0] == '.');
	if (plain)
		buf_add(out, s, len);
	for (size_t i = 0; !plain && i < len;) {
		unsigned char c;
		size_t used = zname_char(s, len, i, &c);
		if (!used) {
			used = 1;
			c = (unsigned char)s[i];
		}
		if (used == 1 && c == '.') {
			buf_addc(out, '.');
		} else {
			if (fold && c >= 'A' && c <= 'Z')
				c = (unsigned char)(c - 'A' + 'a');
			label_byte(out, c);
		}
		i += used;
	}
}

/* The labels of a checked name as bytes, with '\0' after each: "www\0example\0com\0". */
static size_t name_labels(const char *s, size_t len, struct buf *out)
{
	size_t n = 0, i = len == 1 && s[0] == '.' ? len : 0; /* the root has no label */
	bool open = false;
	while (i < len) {
		unsigned char c;
		size_t used = zname_char(s, len, i, &c);
		if (!used) {
			used = 1;
			c = (unsigned char)s[i];
		}
		if (used == 1 && c == '.') {
			buf_addc(out, '\0');
			open = false;
		} else {
			if (!open)
				n++;
			open = true;
			buf_addc(out, (char)c);
		}
		i += used;
	}
	if (open)
		buf_addc(out, '\0');
	return n;
}

/* Whether s (a name as written, escapes aside) is an IPv4 or IPv6 address, a final dot allowed. */
static bool is_address(const char *s, size_t len)
{
	char text[64];
	unsigned char addr[16];
	bool address = false;
	if (len > 0 && s[len - 1] == '.')
		len--;
	if (len > 0 && len < sizeof(text) && !memchr(s, '\\', len)) {
		memcpy(text, s, len);
		text[len] = '\0';
		address = inet_pton(AF_INET, text, addr) == 1 || inet_pton(AF_INET6, text, addr) == 1;
	}
	return address;
}

/* Why a checked name is not a host name, or NULL. full: absolute, or relative to an unknown zone. */
static const char *host_problem(const char *full, size_t len, bool root_ok, char *why, size_t whylen)
{
	struct buf labels = {0};
	const char *problem = NULL;
	if (len == 1 && full[0] == '.') {
		if (!root_ok)
			problem = "the root '.' is not a host name";
		goto out;
	}
	if (len == 1 && full[0] == '@')
		goto out;
	size_t n = name_labels(full, len, &labels);
	const char *l = labels.data, *last = NULL;
	for (size_t k = 0; k < n && !problem; k++) {
		size_t ll = strlen(l);
		for (size_t j = 0; j < ll && !problem; j++) {
			unsigned char c = (unsigned char)l[j];
			if (c >= 0x80) {
				problem = "it holds a character that is not ASCII (write an internationalized "
					  "name in its xn-- form)";
			} else if (c == '*') {
				problem = "a wildcard '*' is not a host name";
			} else if (!is_alnum((char)c) && c != '-' && c != '_') {
				snprintf(why, whylen, "'%c' cannot be in a host name (letters, digits, '-' "
						      "and '_')", c >= 0x20 && c < 0x7f ? c : '?');
				problem = why;
			}
		}
		last = l;
		l += ll + 1;
	}
	if (!problem && last && full[len - 1] == '.') {
		bool digits = true;
		for (const char *p = last; *p && digits; p++)
			digits = is_digit(*p);
		if (digits)
			problem = "its last label is a number, which no top-level domain is (an IP "
				  "address?)";
	}
out:
	buf_free(&labels);
	return problem;
}

/* Refuse a host field (index i, written text) whose full name is not a host name. */
static void check_host(struct run *r, size_t i, const char *what, const char *full, size_t flen,
		       bool root_ok)
{
	const struct zone_field *f = &r->f[i];
	char why[96];
	struct buf subj = {0};
	subject(&subj, f);
	size_t tlen = strlen(f->text);
	if (is_address(f->text, tlen)) {
		refuse(r, i, "invalid %s %s '%s': an IP address, where %s needs a host name",
		       r->t->name, what, buf_str(&subj), r->t->name);
		bool alias = !strcmp(r->t->name, "CNAME") || !strcmp(r->t->name, "ALIAS") ||
			     !strcmp(r->t->name, "DNAME");
		if (alias)
			hint(&r->refusal, "to point a name at an address, give it an A or AAAA record "
					  "instead of %s", r->t->name);
		else
			hint(&r->refusal, "write the name of a host that has this address (in its A or "
					  "AAAA record), such as '%s'", r->t->example);
	} else {
		const char *problem = host_problem(full, flen, root_ok, why, sizeof(why));
		if (problem)
			refuse(r, i, "invalid %s %s '%s': %s", r->t->name, what, buf_str(&subj),
			       problem);
	}
	buf_free(&subj);
}

static bool has_unescaped_dot(const char *s, size_t len)
{
	bool dot = false;
	for (size_t i = 0; i < len && !dot; i++) {
		if (s[i] == '\\')
			i++;
		else
			dot = s[i] == '.';
	}
	return dot;
}

static int emit_name(struct run *r, size_t i, enum kind kind, const char *what)
{
	const struct zone_field *f = &r->f[i];
	const char *text = f->text;
	size_t tlen = strlen(text);
	bool at = tlen == 1 && text[0] == '@';
	bool abs = false;
	char why[128];
	struct buf full = {0};
	int rc = -1;
	if (f->quoted) {
		field_err(r, what, i, "a domain name cannot be a quoted string");
		goto out;
	}
	if (!at && zname_check(text, tlen, &abs, why, sizeof(why)) < 0) {
		field_err(r, what, i, why);
		goto out;
	}
	bool guess = (r->flags & GUESS_ABSOLUTE) && !at && !abs && has_unescaped_dot(text, tlen);
	if (r->origin && !guess) {
		bool full_abs;
		zname_absolute(&full, text, tlen, r->origin);
		if (full.len != tlen &&
		    zname_check(full.data, full.len, &full_abs, why, sizeof(why)) < 0) {
			field_err(r, what, i, why);
			goto out;
		}
	} else {
		buf_add(&full, text, tlen);
		if (guess)
			buf_addc(&full, '.');
	}
	if (at && !r->origin) {
		buf_addc(r->api, '@');
		if (r->key)
			buf_addc(r->key, '@');
	} else {
		name_out(r->api, full.data, full.len, false);
		if (r->key)
			name_out(r->key, full.data, full.len, true);
	}
	if (kind == K_HOST || kind == K_HOST0)
		check_host(r, i, what, full.data, full.len, kind == K_HOST0);
	if (r->warning && !r->refused && !at && !abs && !guess &&
	    has_unescaped_dot(text, tlen)) {
		struct buf subj = {0};
		subject(&subj, f);
		buf_printf(r->warning, "%s %s '%s' has no final dot: DNS reads it as relative to the "
				       "zone", r->t->name, what, buf_str(&subj));
		if (r->origin)
			buf_printf(r->warning, ", '%s'", full.data);
		buf_printf(r->warning, "; write '%s.' if you mean that host", buf_str(&subj));
		buf_free(&subj);
	}
	rc = 0;
out:
	buf_free(&full);
	return rc;
}

/* ---- numbers, addresses, strings ----------------------------------------- */

/* Append an address in its standard text form (inet_ntop is slow for IPv4). */
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
		if (upper_cmp(f->data, f->len, algorithms[i].name) == 0) {
			*out = algorithms[i].number;
			ok = true;
		}
	}
	return ok;
}

static int emit_uint(struct run *r, size_t i, const char *what, uint64_t max)
{
	const struct zone_field *f = &r->f[i];
	uint64_t v;
	char why[64];
	int rc = 0;
	if (parse_uint(f->data, f->len, max, &v)) {
		out_uint(r, v);
		if (i < SPEC_MAX)
			r->num[i] = v;
	} else {
		snprintf(why, sizeof(why), "expected a number from 0 to %llu", (unsigned long long)max);
		rc = field_err(r, what, i, why);
	}
	return rc;
}

/* Append data as character strings of at most 255 bytes (one, "", when empty). */
static void quote_split(struct buf *out, const char *data, size_t len)
{
	size_t i = 0;
	do {
		size_t chunk = len - i > 255 ? 255 : len - i;
		if (i)
			buf_addc(out, ' ');
		zquote(out, data + i, chunk);
		i += chunk;
	} while (i < len);
}

/* TXT and SPF: the strings f[from..n), split where longer than 255 bytes; the key by content. */
static void emit_strings(struct run *r, size_t from)
{
	struct buf all = {0};
	struct buf *content = r->content ? r->content : &all;
	for (size_t i = from; i < r->n; i++) {
		if (i > from)
			buf_addc(r->api, ' ');
		quote_split(r->api, r->f[i].data, r->f[i].len);
		buf_add(content, r->f[i].data, r->f[i].len);
	}
	if (r->key)
		quote_split(r->key, content->data ? content->data : "", content->len);
	buf_free(&all);
}

/* Join the data of fields [from, n) into one string (hex or base64 split by spaces). */
static void join_fields(struct buf *out, const struct zone_field *f, size_t from, size_t n)
{
	for (size_t i = from; i < n; i++)
		buf_add(out, f[i].data, f[i].len);
}

static int emit_hex(struct run *r, size_t from, const char *what)
{
	size_t at = r->api->len;
	struct buf *out = r->api;
	int rc = -1;
	for (size_t i = from; i < r->n; i++) {
		const struct zone_field *f = &r->f[i];
		buf_reserve(out, f->len);
		for (size_t j = 0; j < f->len; j++) {
			if (zhex_digit(f->data[j]) < 0) {
				out->data[out->len] = '\0';
				field_err(r, what, i, "expected hex digits (0-9, a-f)");
				goto out;
			}
			out->data[out->len + j] = lower(f->data[j]);
		}
		out->len += f->len;
		out->data[out->len] = '\0';
	}
	size_t digits = out->len - at;
	if (digits == 0 || digits % 2) {
		field_err(r, what, r->n - 1,
			  digits ? "odd number of hex digits" : "expected hex digits (0-9, a-f)");
		goto out;
	}
	r->hex_at = at;
	r->hex_len = digits;
	r->hex_field = from;
	key_copy(r, at);
	rc = 0;
out:
	return rc;
}

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void emit_base64(struct buf *out, const unsigned char *b, size_t len)
{
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)b[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)b[i + 1] << 8;
		if (i + 2 < len)
			v |= b[i + 2];
		buf_addc(out, b64_alphabet[(v >> 18) & 63]);
		buf_addc(out, b64_alphabet[(v >> 12) & 63]);
		buf_addc(out, i + 1 < len ? b64_alphabet[(v >> 6) & 63] : '=');
		buf_addc(out, i + 2 < len ? b64_alphabet[v & 63] : '=');
	}
}

static int b64_value(char c)
{
	const char *p = c ? strchr(b64_alphabet, c) : NULL;
	return p ? (int)(p - b64_alphabet) : -1;
}

/* Why s is not base64, or NULL. */
static const char *b64_problem(const char *s, size_t len)
{
	size_t pad = 0;
	const char *why = NULL;
	for (size_t i = 0; i < len && !why; i++) {
		if (s[i] == '=')
			pad++;
		else if (b64_value(s[i]) < 0 || pad)
			why = "expected base64 (A-Z, a-z, 0-9, +, / and = at the end)";
	}
	if (!why && (len % 4 || pad > 2 || len == 0))
		why = "base64 length must be a multiple of 4 (pad with =)";
	return why;
}

/* Append the bytes of checked base64. */
static void b64_decode(struct buf *bytes, const char *s, size_t len)
{
	unsigned acc = 0;
	int bits = 0;
	for (size_t i = 0; i < len && s[i] != '='; i++) {
		acc = (acc << 6) | (unsigned)b64_value(s[i]);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf_addc(bytes, (char)((acc >> bits) & 0xff));
		}
	}
}

/* Append checked base64 decoded and encoded again: one spelling per content. */
static void b64_canonical(struct buf *out, const char *s, size_t len)
{
	struct buf bytes = {0};
	b64_decode(&bytes, s, len);
	emit_base64(out, (const unsigned char *)buf_str(&bytes), bytes.len);
	buf_free(&bytes);
}

static int emit_b64(struct run *r, size_t from, const char *what)
{
	size_t start = r->api->len;
	join_fields(r->api, r->f, from, r->n);
	const char *why = b64_problem(r->api->data + start, r->api->len - start);
	if (why) {
		r->api->len = start;
		r->api->data[start] = '\0';
		field_err(r, what, from, why);
	} else if (r->key) {
		b64_canonical(r->key, r->api->data + start, r->api->len - start);
	}
	return why ? -1 : 0;
}

static int emit_services(struct run *r, size_t from)
{
	int rc = 0;
	for (size_t i = from; i < r->n && rc == 0; i++) {
		const struct zone_field *f = &r->f[i];
		uint64_t v;
		if (i > from)
			out_c(r, ' ');
		if (parse_uint(f->data, f->len, 65535, &v)) {
			out_uint(r, v);
			continue;
		}
		bool ok = f->len > 0 && !f->quoted;
		for (size_t j = 0; ok && j < f->len; j++)
			ok = is_alnum(f->data[j]) || f->data[j] == '-';
		if (ok) {
			buf_add(r->api, f->data, f->len);
			for (size_t j = 0; r->key && j < f->len; j++)
				buf_addc(r->key, lower(f->data[j]));
		} else {
			rc = field_err(r, "service", i, "expected a port number or a service name");
		}
	}
	return rc;
}

/* ---- LOC (RFC 1876) ------------------------------------------------------ */

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

static int loc_coord(struct run *r, size_t *i, unsigned max_deg, const char *hemis,
		     const char *what, struct coord *c)
{
	const struct zone_field *f = r->f;
	size_t n = r->n;
	uint64_t d = 0, m = 0;
	int64_t s = 0;
	char why[80];
	int rc = -1;
	if (*i >= n) {
		rerr(r->err, n, "LOC needs a %s: degrees [minutes [seconds]] %c or %c", what, hemis[0],
		     hemis[1]);
		goto out;
	}
	if (!parse_uint(f[*i].data, f[*i].len, max_deg, &d)) {
		snprintf(why, sizeof(why), "expected degrees from 0 to %u", max_deg);
		field_err(r, what, *i, why);
		goto out;
	}
	(*i)++;
	if (*i < n && is_number(&f[*i])) {
		if (!parse_uint(f[*i].data, f[*i].len, 59, &m)) {
			field_err(r, what, *i, "expected minutes from 0 to 59");
			goto out;
		}
		(*i)++;
		if (*i < n && is_number(&f[*i])) {
			if (!parse_fixed(&f[*i], 3, false, false, &s) || s >= 60000) {
				field_err(r, what, *i, "expected seconds from 0 to 59.999");
				goto out;
			}
			(*i)++;
		}
	}
	if (*i >= n) {
		rerr(r->err, n, "LOC %s needs %c or %c after the degrees", what, hemis[0], hemis[1]);
		goto out;
	}
	if (f[*i].len != 1 || (upper(f[*i].data[0]) != hemis[0] && upper(f[*i].data[0]) != hemis[1])) {
		snprintf(why, sizeof(why), "expected %c or %c", hemis[0], hemis[1]);
		field_err(r, what, *i, why);
		goto out;
	}
	if (d * 3600000 + m * 60000 + (uint64_t)s > (uint64_t)max_deg * 3600000) {
		rerr(r->err, *i, "LOC %s is beyond %u degrees", what, max_deg);
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

static int emit_loc(struct run *r)
{
	static const char *const what[] = {"size", "horizontal precision", "vertical precision"};
	int64_t sizes[3] = {100, 1000000, 1000}; /* 1m 10000m 10m */
	struct coord lat, lon;
	int64_t alt;
	size_t i = 0, at = r->api->len;
	int rc = -1;
	if (loc_coord(r, &i, 90, "NS", "latitude", &lat) < 0 ||
	    loc_coord(r, &i, 180, "EW", "longitude", &lon) < 0)
		goto out;
	if (i >= r->n) {
		rerr(r->err, r->n, "LOC needs an altitude after the longitude, such as 10m");
		goto out;
	}
	if (!parse_fixed(&r->f[i], 2, true, true, &alt) || alt < -10000000 || alt > 4284967295LL) {
		field_err(r, "altitude", i, "expected metres from -100000.00 to 42849672.95");
		goto out;
	}
	i++;
	for (int k = 0; k < 3 && i < r->n; k++, i++) {
		int64_t v;
		if (!parse_fixed(&r->f[i], 2, true, false, &v) || !loc_size(v, &sizes[k])) {
			field_err(r, what[k], i, "expected metres from 0 to 90000000.00");
			goto out;
		}
	}
	if (i < r->n) {
		field_err(r, "field", i, "LOC ends with size, horizontal and vertical precision");
		goto out;
	}
	buf_printf(r->api, "%u %u %u.%03u %c %u %u %u.%03u %c ", lat.deg, lat.min,
		   (unsigned)(lat.sec_ms / 1000), (unsigned)(lat.sec_ms % 1000), lat.hemi, lon.deg,
		   lon.min, (unsigned)(lon.sec_ms / 1000), (unsigned)(lon.sec_ms % 1000), lon.hemi);
	emit_meters(r->api, alt);
	for (int k = 0; k < 3; k++) {
		buf_addc(r->api, ' ');
		emit_meters(r->api, sizes[k]);
	}
	key_copy(r, at);
	rc = 0;
out:
	return rc;
}

/* ---- SVCB and HTTPS parameters (RFC 9460) -------------------------------- */

enum { SVC_MANDATORY, SVC_ALPN, SVC_NO_DEFAULT_ALPN, SVC_PORT, SVC_IPV4HINT, SVC_ECH,
       SVC_IPV6HINT, SVC_DOHPATH, SVC_OHTTP };

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

static int uint_cmp(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	return (x > y) - (x < y);
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

/* The keys of mandatory=, sorted; false when one is not a key. */
static bool svc_mandatory(struct buf *out, const char *v, size_t len, unsigned *keys, size_t *nkeys)
{
	bool ok = len > 0;
	size_t i = 0, n = 0;
	while (ok && i <= len) {
		const char *comma = memchr(v + i, ',', len - i);
		size_t end = comma ? (size_t)(comma - v) : len;
		ok = end > i && svc_key(v + i, end - i, &keys[n]);
		n++;
		i = end + 1;
	}
	if (ok) {
		qsort(keys, n, sizeof(*keys), uint_cmp);
		for (size_t k = 0; k < n; k++) {
			if (k)
				buf_addc(out, ',');
			svc_key_name(out, keys[k]);
		}
		*nkeys = n;
	}
	return ok;
}

/* Whether an alpn value-list has an empty item (commas escaped as \, do not split). */
static bool alpn_empty_item(const char *v, size_t len)
{
	size_t item = 0;
	bool empty = len == 0;
	for (size_t i = 0; i < len && !empty; i++) {
		if (v[i] == '\\' && i + 1 < len) {
			i++;
			item++;
		} else if (v[i] == ',') {
			empty = item == 0;
			item = 0;
		} else {
			item++;
		}
	}
	return empty || item == 0;
}

/* Whether a URI template (RFC 6570) has a variable named dns, as dohpath needs (RFC 9461). */
static bool template_has_dns(const char *v, size_t len)
{
	bool found = false;
	for (size_t i = 0; i < len && !found; i++) {
		if (v[i] != '{')
			continue;
		size_t j = i + 1;
		if (j < len && v[j] && strchr("+#./;?&", v[j]))
			j++;
		while (j < len && v[j] != '}' && !found) {
			size_t s = j;
			while (j < len && v[j] != ',' && v[j] != '}' && v[j] != '*' && v[j] != ':')
				j++;
			found = j - s == 3 && memcmp(v + s, "dns", 3) == 0;
			while (j < len && v[j] != ',' && v[j] != '}')
				j++;
			if (j < len && v[j] == ',')
				j++;
		}
		i = j;
	}
	return found;
}

static void svc_refuse(struct run *r, const struct svc_param *p, const char *why)
{
	struct buf subj = {0};
	subject(&subj, &r->f[p->field]);
	refuse(r, p->field, "invalid %s parameter '%s': %s", r->t->name, buf_str(&subj), why);
	buf_free(&subj);
}

/* The second level: what RFC 9460 calls a self-consistent parameter list. */
static void svc_consistent(struct run *r, const struct svc_param *p, size_t np,
			   const unsigned *mandatory, size_t nmandatory,
			   const struct svc_param *mparam)
{
	bool has[NSVC_KEYS] = {false};
	for (size_t k = 0; k < np; k++)
		if (p[k].key < NSVC_KEYS)
			has[p[k].key] = true;
	if (np > 0 && r->num[0] == 0) {
		refuse(r, p[0].field, "%s priority 0 (alias mode) takes no parameters", r->t->name);
		hint(&r->refusal, "give a priority from 1 for a service with parameters, such as "
				  "'%s'", r->t->example);
	}
	if (has[SVC_NO_DEFAULT_ALPN] && !has[SVC_ALPN]) {
		for (size_t k = 0; k < np; k++)
			if (p[k].key == SVC_NO_DEFAULT_ALPN)
				svc_refuse(r, &p[k], "no-default-alpn needs an alpn parameter too");
	}
	for (size_t k = 0; k < nmandatory; k++) {
		bool present = false;
		for (size_t j = 0; j < np && !present; j++)
			present = p[j].key == mandatory[k];
		if (mandatory[k] == SVC_MANDATORY)
			svc_refuse(r, mparam, "mandatory cannot list itself");
		else if (k > 0 && mandatory[k] == mandatory[k - 1])
			svc_refuse(r, mparam, "a key is listed twice");
		else if (!present)
			svc_refuse(r, mparam, "it lists a key that the record does not give");
	}
}

static int svc_params(struct run *r, size_t from)
{
	size_t n = r->n, np = 0, nmandatory = 0;
	struct svc_param *p = n > from ? xcalloc(n - from, sizeof(*p)) : NULL;
	unsigned *mandatory = NULL;
	const struct svc_param *mparam = NULL;
	struct buf v = {0};
	size_t at = r->api->len;
	int rc = -1;
	for (size_t i = from; i < n; i++) {
		const struct zone_field *f = &r->f[i];
		const char *eq = memchr(f->data, '=', f->len);
		size_t klen = eq ? (size_t)(eq - f->data) : f->len;
		struct svc_param *q = &p[np++];
		if (!svc_key(f->data, klen, &q->key)) {
			field_err(r, "parameter", i,
				  "expected mandatory, alpn, no-default-alpn, port, ipv4hint, ech, "
				  "ipv6hint, dohpath, ohttp or keyNNNNN");
			goto out;
		}
		q->field = i;
		q->has_value = eq != NULL;
		q->value = eq ? eq + 1 : "";
		q->vlen = eq ? f->len - klen - 1 : 0;
		bool flag = q->key == SVC_NO_DEFAULT_ALPN || q->key == SVC_OHTTP;
		if (flag && q->has_value) {
			field_err(r, "parameter", i, "this parameter takes no value");
			goto out;
		}
		if (!flag && q->key < NSVC_KEYS && q->vlen == 0) {
			field_err(r, "parameter", i, "this parameter needs a value: key=value");
			goto out;
		}
	}
	if (np > 1)
		qsort(p, np, sizeof(*p), svc_cmp);
	for (size_t k = 0; k < np; k++) {
		if (k > 0 && p[k].key == p[k - 1].key) {
			field_err(r, "parameter", p[k].field, "this parameter is given twice");
			goto out;
		}
		buf_addc(r->api, ' ');
		svc_key_name(r->api, p[k].key);
		if (!p[k].has_value)
			continue;
		buf_reset(&v);
		bool ok = !memchr(p[k].value, '\0', p[k].vlen);
		const char *why = "expected a comma-separated list of addresses";
		uint64_t port;
		if (p[k].key == SVC_PORT) {
			why = "expected a port number from 0 to 65535";
			ok = parse_uint(p[k].value, p[k].vlen, 65535, &port);
			if (ok)
				add_uint(&v, port);
		} else if (p[k].key == SVC_IPV4HINT || p[k].key == SVC_IPV6HINT) {
			ok = ok && svc_hints(&v, p[k].key == SVC_IPV4HINT ? AF_INET : AF_INET6,
					     p[k].value, p[k].vlen);
		} else if (p[k].key == SVC_MANDATORY) {
			why = "expected a comma-separated list of parameter keys, such as alpn,port";
			mandatory = xcalloc(p[k].vlen + 1, sizeof(*mandatory));
			mparam = &p[k];
			ok = ok && svc_mandatory(&v, p[k].value, p[k].vlen, mandatory, &nmandatory);
		} else if (p[k].key == SVC_ECH) {
			why = "expected base64 (an ECHConfigList)";
			ok = b64_problem(p[k].value, p[k].vlen) == NULL;
			buf_add(&v, p[k].value, p[k].vlen);
		} else {
			buf_add(&v, p[k].value, p[k].vlen);
		}
		if (!ok) {
			field_err(r, "parameter", p[k].field, why);
			goto out;
		}
		if (p[k].key == SVC_ALPN && alpn_empty_item(p[k].value, p[k].vlen))
			svc_refuse(r, &p[k], "an empty protocol in the list");
		if (p[k].key == SVC_DOHPATH &&
		    (p[k].value[0] != '/' || !template_has_dns(p[k].value, p[k].vlen)))
			svc_refuse(r, &p[k], "expected a relative URI template with a dns variable, "
					     "such as /dns-query{?dns}");
		buf_addc(r->api, '=');
		zquote(r->api, buf_str(&v), v.len);
	}
	key_copy(r, at);
	svc_consistent(r, p, np, mandatory, nmandatory, mparam);
	rc = 0;
out:
	buf_free(&v);
	free(mandatory);
	free(p);
	return rc;
}

/* ---- generic rdata (RFC 3597) decoded for the types LiveDNS accepts ------ */

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
			label_byte(out, b[*pos + 1 + i]);
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

static bool is_name_kind(enum kind k)
{
	return k == K_NAME || k == K_HOST || k == K_HOST0;
}

/* The rdata text that generic rdata stands for, in the type's own syntax. */
static int generic_text(struct run *r, struct buf *out)
{
	const struct vtype *t = r->t;
	const struct spec *sp = t->spec;
	struct buf bytes = {0}, hex = {0};
	struct rdata_error gerr;
	int rc = -1;
	size_t pos = 0;
	if (rdata_generic_check(r->f, r->n, &gerr) < 0) {
		rerr(r->err, gerr.field, "%s", gerr.msg);
		goto out;
	}
	for (int k = 0; k < SPEC_MAX && sp->k[k] != K_END; k++) {
		if (sp->k[k] == K_LOC || sp->k[k] == K_SVCPARAMS || sp->k[k] == K_SERVICES) {
			rerr(r->err, 0, "generic rdata (\\#) is not supported for %s: write the record "
					"in %s's own syntax", t->name, t->name);
			goto out;
		}
	}
	join_fields(&hex, r->f, 2, r->n);
	for (size_t j = 0; j + 1 < hex.len; j += 2)
		buf_addc(&bytes, (char)(zhex_digit(hex.data[j]) * 16 + zhex_digit(hex.data[j + 1])));
	const unsigned char *b = (const unsigned char *)buf_str(&bytes);
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
		} else if (is_name_kind(kind)) {
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
			rerr(r->err, 1, "generic rdata does not fit type %s: its %s is missing or malformed",
			     t->name, sp->what[k]);
			goto out;
		}
		pos += need;
	}
	if (pos != len) {
		rerr(r->err, 1, "generic rdata for %s has %zu bytes too many", t->name, len - pos);
		goto out;
	}
	rc = 0;
out:
	buf_free(&hex);
	buf_free(&bytes);
	return rc;
}

/* ---- the fields of a value ----------------------------------------------- */

static bool rest_kind(enum kind k)
{
	return k >= K_STRS;
}

static void describe(struct buf *out, const struct spec *sp)
{
	for (int k = 0; k < SPEC_MAX && sp->k[k] != K_END; k++) {
		if (k)
			buf_adds(out, ", ");
		buf_adds(out, sp->what[k]);
		if (rest_kind(sp->k[k]))
			buf_adds(out, "...");
	}
}

static int count_err(struct run *r, size_t fixed, size_t min, bool rest)
{
	struct buf d = {0};
	const char *name = r->t->name;
	size_t n = r->n;
	describe(&d, r->t->spec);
	if (n < min)
		rerr(r->err, n, "%s needs %s%zu field%s (%s), found %zu", name, rest ? "at least " : "",
		     min, min == 1 ? "" : "s", buf_str(&d), n);
	else
		rerr(r->err, fixed, "%s takes %zu field%s (%s), found %zu", name, fixed,
		     fixed == 1 ? "" : "s", buf_str(&d), n);
	examples(r);
	buf_free(&d);
	return -1;
}

static int emit_fixed(struct run *r, enum kind kind, const char *what, size_t i)
{
	const struct zone_field *f = &r->f[i];
	uint64_t v;
	uint32_t ttl;
	size_t at = r->api->len;
	int rc = 0;
	switch (kind) {
	case K_IPV4:
	case K_IPV6:
		if (has_nul(f) || !emit_ip(r->api, kind == K_IPV4 ? AF_INET : AF_INET6, f->data)) {
			rc = field_err(r, what, i,
				       kind == K_IPV4 ? "expected an IPv4 address such as 192.0.2.1"
						      : "expected an IPv6 address such as 2001:db8::1");
			unsigned char addr[16];
			if (!has_nul(f) && inet_pton(kind == K_IPV4 ? AF_INET6 : AF_INET, f->data, addr) == 1)
				hint(r->err, "%s addresses go in %s records", kind == K_IPV4 ? "IPv6" : "IPv4",
				     kind == K_IPV4 ? "AAAA" : "A");
		}
		key_copy(r, at);
		break;
	case K_NAME:
	case K_HOST:
	case K_HOST0:
		rc = emit_name(r, i, kind, what);
		break;
	case K_U8:
		rc = emit_uint(r, i, what, 255);
		break;
	case K_U16:
		rc = emit_uint(r, i, what, 65535);
		break;
	case K_U32:
		rc = emit_uint(r, i, what, 4294967295u);
		break;
	case K_TTL:
		if (zttl_parse(f->data, f->len, &ttl) < 0 || has_nul(f))
			rc = field_err(r, what, i, "expected seconds or units such as 1h30m");
		else
			out_uint(r, ttl);
		break;
	case K_ALG:
		if (!parse_algorithm(f, &v)) {
			rc = field_err(r, what, i, "expected a number from 0 to 255 or a mnemonic such as "
						   "ECDSAP256SHA256");
		} else {
			out_uint(r, v);
			r->num[i] = v;
		}
		break;
	case K_STR:
	case K_CAAVAL:
		zquote(r->api, f->data, f->len);
		key_copy(r, at);
		break;
	case K_TAG:
		v = f->len > 0;
		for (size_t j = 0; v && j < f->len; j++)
			v = is_alnum(f->data[j]);
		if (!v) {
			rc = field_err(r, what, i, "expected letters and digits, such as issue");
		} else if (f->len > 15) {
			rc = field_err(r, what, i, "a tag is at most 15 letters and digits");
		} else {
			buf_add(r->api, f->data, f->len);
			for (size_t j = 0; r->key && j < f->len; j++)
				buf_addc(r->key, lower(f->data[j]));
		}
		break;
	case K_PROTO:
		if (parse_uint(f->data, f->len, 255, &v))
			out_uint(r, v);
		else if (upper_cmp(f->data, f->len, "TCP") == 0)
			out_uint(r, 6);
		else if (upper_cmp(f->data, f->len, "UDP") == 0)
			out_uint(r, 17);
		else
			rc = field_err(r, what, i, "expected a number, tcp or udp");
		break;
	default:
		rc = rerr(r->err, i, "internal error: kind %d", (int)kind);
		break;
	}
	return rc;
}

static int run_fields(struct run *r);
static int lex_value(const char *s, struct zone_field **out, size_t *nout, struct dnsv_error *err);
static void lex_free(struct zone_field *f, size_t n);

/* Generic rdata: decoded, then read as the type's own syntax. */
static int emit_generic(struct run *r)
{
	struct buf text = {0};
	struct zone_field *f = NULL;
	size_t n = 0;
	int rc = -1;
	if (generic_text(r, &text) < 0)
		goto out;
	if (lex_value(buf_str(&text), &f, &n, r->err) < 0)
		goto out;
	struct run sub = *r;
	sub.f = f;
	sub.n = n;
	sub.form = DNSV_ZONE;
	sub.warning = NULL;
	rc = run_fields(&sub);
	if (rc < 0)
		r->err->field = 0;
	r->refused = sub.refused;
	r->refusal = sub.refusal;
	r->refusal.field = 0;
out:
	lex_free(f, n);
	buf_free(&text);
	return rc;
}

static void check_length(struct run *r, size_t at)
{
	size_t len = r->api->len - at;
	if (len > DNSV_API_MAX)
		refuse(r, 0, "%s value is %zu characters long%s; LiveDNS takes at most %d", r->t->name,
		       len, is_txt(r->t) ? " once quoted and split into strings of 255 bytes" : "",
		       DNSV_API_MAX);
}

/* Parse r->f against r->t, appending to r->api and r->key; the second level in r->refusal. */
static int run_fields(struct run *r)
{
	const struct spec *sp = r->t->spec;
	size_t fixed = 0, min, at = r->api->len;
	bool rest = false;
	int rc = -1;
	if (r->n > 0 && rdata_is_generic(&r->f[0])) {
		rc = emit_generic(r);
		goto out;
	}
	if (sp->k[0] == K_LOC) {
		if ((rc = emit_loc(r)) < 0)
			examples(r);
		goto checks;
	}
	while (fixed < SPEC_MAX && sp->k[fixed] != K_END && !rest_kind(sp->k[fixed]))
		fixed++;
	rest = fixed < SPEC_MAX && sp->k[fixed] != K_END;
	min = fixed + (rest && sp->k[fixed] != K_SVCPARAMS && sp->k[fixed] != K_SERVICES);
	if (r->n < min || (!rest && r->n > fixed)) {
		count_err(r, fixed, min, rest);
		goto out;
	}
	for (size_t i = 0; i < fixed; i++) {
		if (i)
			out_c(r, ' ');
		if (emit_fixed(r, sp->k[i], sp->what[i], i) < 0)
			goto out;
	}
	if (rest) {
		enum kind kind = sp->k[fixed];
		const char *what = sp->what[fixed];
		if (kind != K_SVCPARAMS && fixed > 0 && r->n > fixed)
			out_c(r, ' ');
		if (kind == K_STRS)
			emit_strings(r, fixed);
		else if (kind == K_HEX && emit_hex(r, fixed, what) < 0)
			goto out;
		else if (kind == K_B64 && emit_b64(r, fixed, what) < 0)
			goto out;
		else if (kind == K_SERVICES && emit_services(r, fixed) < 0)
			goto out;
		else if (kind == K_SVCPARAMS && svc_params(r, fixed) < 0)
			goto out;
	}
	rc = 0;
checks:
	if (rc == 0 && r->t->check)
		r->t->check(r);
	if (rc == 0)
		check_length(r, at);
out:
	return rc;
}

/* ---- the second level, type by type -------------------------------------- */

/* Refuse the hex field: its length does not fit what the type says it holds. */
static void hex_length(struct run *r, const char *what, const char *holds, const char *param,
		       uint64_t value, size_t want)
{
	if (r->hex_len == want * 2)
		return;
	struct buf subj = {0};
	zsubject(&subj, r->api->data + r->hex_at, r->hex_len);
	refuse(r, r->hex_field, "invalid %s %s '%s': %s (%s %llu) is %zu hex digits, found %zu",
	       r->t->name, what, buf_str(&subj), holds, param, (unsigned long long)value, want * 2,
	       r->hex_len);
	buf_free(&subj);
}

static void number_refuse(struct run *r, size_t i, const char *what, const char *expected)
{
	struct buf subj = {0};
	subject(&subj, &r->f[i]);
	refuse(r, i, "invalid %s %s '%s': %s", r->t->name, what, buf_str(&subj), expected);
	buf_free(&subj);
}

/* The bytes of a DNSSEC public key of algorithm alg, or 0 when they vary (RSA). */
static size_t dnskey_bytes(uint64_t alg)
{
	switch (alg) {
	case 13: /* ECDSAP256SHA256, RFC 6605 */
		return 64;
	case 14: /* ECDSAP384SHA384 */
		return 96;
	case 15: /* ED25519, RFC 8080 */
		return 32;
	case 16: /* ED448 */
		return 57;
	default:
		return 0;
	}
}

/* A zone's key (a DNSKEY for a registry, dnsv_dnskey()): RFC 4034 and 8624. */
static void check_dnskey(struct run *r)
{
	uint64_t flags = r->num[0], protocol = r->num[1], alg = r->num[2];
	if (flags != 257 && flags != 256)
		number_refuse(r, 0, "flags", "a zone's key has 257 (a KSK) or 256 (a ZSK)");
	if (protocol != 3)
		number_refuse(r, 1, "protocol", "it is always 3 (RFC 4034)");
	if (alg == 0 || alg == 1 || alg == 3 || alg == 6 || alg == 12 || (alg > 16 && alg < 253))
		number_refuse(r, 2, "algorithm", "not an algorithm for signing zones (RFC 8624): "
						 "13 (ECDSAP256SHA256) is the usual one");
	const char *b64 = strrchr(buf_str(r->api), ' ');
	struct buf bytes = {0};
	if (b64)
		b64_decode(&bytes, b64 + 1, strlen(b64 + 1));
	size_t want = dnskey_bytes(alg);
	if (want && bytes.len != want)
		refuse(r, 3, "invalid DNSKEY public key: a key of algorithm %llu is %zu bytes, this "
			     "one %zu", (unsigned long long)alg, want, bytes.len);
	buf_free(&bytes);
}

static void check_ds(struct run *r)
{
	uint64_t alg = r->num[1], type = r->num[2];
	bool cds = strcmp(r->t->name, "CDS") == 0;
	if (cds && r->num[0] == 0 && alg == 0 && type == 0) {
		/* RFC 8078: CDS 0 0 0 00 asks the parent to remove the DS records */
		if (r->hex_len != 2 || memcmp(r->api->data + r->hex_at, "00", 2) != 0)
			number_refuse(r, r->hex_field, "digest",
				      "the CDS that asks for the removal of the DS records is '0 0 0 00'");
		goto out;
	}
	if (alg == 0)
		number_refuse(r, 1, "algorithm", cds ? "0 is not a DNSSEC algorithm (a CDS of "
						       "'0 0 0 00' asks for the removal of the DS records)"
						     : "0 is not a DNSSEC algorithm");
	if (type == 0)
		number_refuse(r, 2, "digest type", "0 is reserved (1 is SHA-1, 2 SHA-256, 4 SHA-384)");
	else if (type == 1)
		hex_length(r, "digest", "a SHA-1 digest", "digest type", type, 20);
	else if (type == 2)
		hex_length(r, "digest", "a SHA-256 digest", "digest type", type, 32);
	else if (type == 3)
		hex_length(r, "digest", "a GOST R 34.11-94 digest", "digest type", type, 32);
	else if (type == 4)
		hex_length(r, "digest", "a SHA-384 digest", "digest type", type, 48);
	else if (type == 5 || type == 6)
		hex_length(r, "digest", type == 5 ? "a GOST R 34.11-2012 digest" : "an SM3 digest",
			   "digest type", type, 32);
out:
	return;
}

static void check_sshfp(struct run *r)
{
	if (r->num[0] == 0)
		number_refuse(r, 0, "algorithm",
			      "0 is reserved (1 is RSA, 2 DSA, 3 ECDSA, 4 Ed25519, 6 Ed448)");
	if (r->num[1] == 0)
		number_refuse(r, 1, "fingerprint type", "0 is reserved (1 is SHA-1, 2 SHA-256)");
	else if (r->num[1] == 1)
		hex_length(r, "fingerprint", "a SHA-1 fingerprint", "type", 1, 20);
	else if (r->num[1] == 2)
		hex_length(r, "fingerprint", "a SHA-256 fingerprint", "type", 2, 32);
}

static void check_tlsa(struct run *r)
{
	uint64_t usage = r->num[0], selector = r->num[1], matching = r->num[2];
	if (usage > 3 && usage != 255)
		number_refuse(r, 0, "usage", "expected 0 (PKIX-TA), 1 (PKIX-EE), 2 (DANE-TA), "
					     "3 (DANE-EE) or 255 (private use)");
	if (selector > 1 && selector != 255)
		number_refuse(r, 1, "selector", "expected 0 (the whole certificate), 1 (its public "
						"key) or 255 (private use)");
	if (matching > 2 && matching != 255)
		number_refuse(r, 2, "matching type", "expected 0 (the data itself), 1 (SHA-256), "
						     "2 (SHA-512) or 255 (private use)");
	else if (matching == 1)
		hex_length(r, "certificate data", "a SHA-256 digest", "matching type", 1, 32);
	else if (matching == 2)
		hex_length(r, "certificate data", "a SHA-512 digest", "matching type", 2, 64);
}

static bool tag_is(const struct zone_field *f, const char *tag)
{
	size_t n = strlen(tag);
	bool same = f->len == n;
	for (size_t i = 0; same && i < n; i++)
		same = lower(f->data[i]) == tag[i];
	return same;
}

static bool prefix_nocase(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	bool same = len >= n;
	for (size_t i = 0; same && i < n; i++)
		same = lower(s[i]) == prefix[i];
	return same;
}

static void caa_refuse(struct run *r, const char *why)
{
	struct buf subj = {0};
	subject(&subj, &r->f[2]);
	refuse(r, 2, "invalid CAA value '%s': %s", buf_str(&subj), why);
	buf_free(&subj);
}

/* issue and issuewild (RFC 8659 4.2): [issuer domain] [; name=value ...]. */
static void caa_issuer(struct run *r)
{
	const char *v = r->f[2].data;
	size_t len = r->f[2].len, i = 0;
	char why[160];
	while (i < len && (v[i] == ' ' || v[i] == '\t'))
		i++;
	size_t start = i;
	while (i < len && v[i] != ';')
		i++;
	size_t end = i;
	while (end > start && (v[end - 1] == ' ' || v[end - 1] == '\t'))
		end--;
	if (end > start) {
		bool abs;
		char domain[300];
		size_t dlen = end - start;
		const char *problem = NULL;
		if (dlen >= sizeof(domain) - 1 || memchr(v + start, '\0', dlen) ||
		    memchr(v + start, '\\', dlen)) {
			problem = "the issuer is not a domain name";
		} else {
			memcpy(domain, v + start, dlen);
			if (domain[dlen - 1] != '.')
				domain[dlen++] = '.';
			domain[dlen] = '\0';
			if (zname_check(domain, dlen, &abs, why, sizeof(why)) < 0 ||
			    is_address(domain, dlen))
				problem = "the issuer is not a domain name (the CA's, such as "
					  "letsencrypt.org)";
			else
				problem = host_problem(domain, dlen, false, why, sizeof(why));
		}
		if (problem) {
			caa_refuse(r, problem);
			goto out;
		}
	}
	while (i < len) {
		i++; /* the ';' */
		size_t s = i;
		while (i < len && v[i] != ';')
			i++;
		size_t e = i;
		while (s < e && (v[s] == ' ' || v[s] == '\t'))
			s++;
		while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\t'))
			e--;
		if (s == e)
			continue;
		size_t k = s;
		while (k < e && is_alnum(v[k]))
			k++;
		size_t tag_end = k;
		while (k < e && (v[k] == ' ' || v[k] == '\t'))
			k++;
		bool ok = tag_end > s && k < e && v[k] == '=';
		for (size_t j = k + 1; ok && j < e; j++)
			ok = (unsigned char)v[j] > 0x20 && (unsigned char)v[j] < 0x7f;
		if (!ok) {
			snprintf(why, sizeof(why), "'%.*s' is not a parameter name=value, such as "
						   "validationmethods=dns-01", (int)(e - s > 40 ? 40 : e - s),
				 v + s);
			caa_refuse(r, why);
			goto out;
		}
	}
out:
	return;
}

static void check_caa(struct run *r)
{
	const struct zone_field *tag = &r->f[1], *value = &r->f[2];
	if (r->num[0] != 0 && r->num[0] != 128)
		number_refuse(r, 0, "flags", "expected 0, or 128 for a critical property (the other "
					     "bits are reserved)");
	if (tag_is(tag, "issue") || tag_is(tag, "issuewild"))
		caa_issuer(r);
	else if (tag_is(tag, "iodef") && !prefix_nocase(value->data, value->len, "mailto:") &&
		 !prefix_nocase(value->data, value->len, "http://") &&
		 !prefix_nocase(value->data, value->len, "https://"))
		caa_refuse(r, "an iodef URL starts with mailto:, http:// or https://");
}

static void check_naptr(struct run *r)
{
	const struct zone_field *flags = &r->f[2], *services = &r->f[3];
	bool ok = true;
	for (size_t i = 0; ok && i < flags->len; i++)
		ok = is_alnum(flags->data[i]);
	if (!ok)
		number_refuse(r, 2, "flags", "expected letters and digits, such as S, A, U or P");
	ok = true;
	for (size_t i = 0; ok && i < services->len; i++)
		ok = is_alnum(services->data[i]) ||
		     (services->data[i] && strchr("+:-._", services->data[i]));
	if (!ok)
		number_refuse(r, 3, "services", "expected letters, digits and + : - . _, such as "
						"SIP+D2U or E2U+sip");
}

/* ---- text into fields ---------------------------------------------------- */

struct tok {
	size_t data, dlen; /* in the store */
	size_t text, tlen;
	bool quoted;
	int col;
};

enum { LEX_SYNTAX = -1, LEX_ESCAPE = -2 };

/* Decode the escape at s[*i] (a backslash) into store. */
static int lex_escape(const char *s, size_t *i, struct buf *store, struct dnsv_error *err,
		      size_t field)
{
	const char *at = s + *i;
	int rc = LEX_ESCAPE;
	if (!at[1]) {
		rerr(err, field, "a backslash ends it: write \\\\ for a backslash");
	} else if (is_digit(at[1])) {
		if (!is_digit(at[2]) || !is_digit(at[3])) {
			rerr(err, field, "bad escape: \\DDD takes three digits");
		} else {
			unsigned v = (unsigned)(at[1] - '0') * 100 + (unsigned)(at[2] - '0') * 10 +
				     (unsigned)(at[3] - '0');
			if (v > 255) {
				rerr(err, field, "bad escape '\\%.3s': \\DDD must be 000 to 255", at + 1);
			} else {
				buf_addc(store, (char)v);
				*i += 4;
				rc = 0;
			}
		}
	} else {
		buf_addc(store, at[1]);
		*i += 2;
		rc = 0;
	}
	return rc;
}

/* A quoted string at s[*i]; its bytes go to store. */
static int lex_quoted(const char *s, size_t *i, struct buf *store, struct dnsv_error *err,
		      size_t field)
{
	int rc = 0;
	(*i)++;
	while (rc == 0 && s[*i] != '"') {
		if (!s[*i])
			rc = rerr(err, field, "unterminated quoted string");
		else if (s[*i] == '\\')
			rc = lex_escape(s, i, store, err, field);
		else
			buf_addc(store, s[(*i)++]);
	}
	if (rc == 0)
		(*i)++;
	return rc;
}

/*
 * Cut a value into fields as a master file cuts rdata, on one line with no
 * comment or parentheses: blanks separate fields, "quoted strings" are one
 * field, \DDD and \c escape a byte; a quoted part inside a field
 * (key="a b") belongs to it. Returns 0, LEX_SYNTAX or LEX_ESCAPE with *err
 * (the problem alone, err->field the field).
 */
static int lex_fields(const char *s, struct zone_field **out, size_t *nout, struct dnsv_error *err)
{
	struct buf store = {0}, quoted = {0};
	struct tok *toks = NULL;
	size_t ntoks = 0, cap = 0, i = 0;
	int rc = 0;
	*out = NULL;
	*nout = 0;
	while (rc == 0) {
		while (is_blank(s[i]))
			i++;
		if (!s[i])
			break;
		toks = xgrow(toks, &cap, ntoks + 1, sizeof(*toks));
		struct tok *t = &toks[ntoks];
		size_t start = i;
		t->col = (int)i + 1;
		t->data = store.len;
		t->quoted = s[i] == '"';
		if (t->quoted) {
			rc = lex_quoted(s, &i, &store, err, ntoks);
			if (rc == 0 && s[i] && !is_blank(s[i]))
				rc = rerr(err, ntoks, "unexpected text right after a quoted string: "
						      "separate them with a space");
		} else {
			while (rc == 0 && s[i] && !is_blank(s[i])) {
				if (s[i] == '\\')
					rc = lex_escape(s, &i, &store, err, ntoks);
				else if (s[i] == '"')
					rc = lex_quoted(s, &i, &store, err, ntoks);
				else
					buf_addc(&store, s[i++]);
			}
		}
		if (rc)
			break;
		t->dlen = store.len - t->data;
		buf_addc(&store, '\0');
		t->text = store.len;
		if (t->quoted) {
			/* quote a copy: store moves as it grows */
			buf_reset(&quoted);
			zquote(&quoted, store.data + t->data, t->dlen);
			buf_add(&store, quoted.data, quoted.len);
		} else {
			buf_add(&store, s + start, i - start);
		}
		t->tlen = store.len - t->text;
		buf_addc(&store, '\0');
		ntoks++;
	}
	if (rc == 0 && ntoks) {
		/* one block: the fields, then the store's bytes they point into */
		size_t head = ntoks * sizeof(struct zone_field);
		char *block = xmalloc(head + store.len);
		struct zone_field *f = (struct zone_field *)(void *)block;
		char *bytes = block + head;
		memcpy(bytes, store.data, store.len);
		for (size_t k = 0; k < ntoks; k++) {
			f[k] = (struct zone_field){.data = bytes + toks[k].data, .len = toks[k].dlen,
						   .text = bytes + toks[k].text, .quoted = toks[k].quoted,
						   .line = 1, .col = toks[k].col};
		}
		*out = f;
		*nout = ntoks;
	}
	free(toks);
	buf_free(&store);
	buf_free(&quoted);
	return rc;
}

static int lex_value(const char *s, struct zone_field **out, size_t *nout, struct dnsv_error *err)
{
	return lex_fields(s, out, nout, err) == 0 ? 0 : -1;
}

static void lex_free(struct zone_field *f, size_t n)
{
	(void)n;
	free(f);
}

/* ---- one value in a form ------------------------------------------------- */

/* The outputs of one value. */
struct result {
	struct buf api, key, content, warning;
};

static void result_free(struct result *res)
{
	buf_free(&res->api);
	buf_free(&res->key);
	buf_free(&res->content);
	buf_free(&res->warning);
}

/* zone as an absolute origin ("example.com" gives "example.com."), or NULL. */
static char *origin_of(const char *zone)
{
	char *o = NULL;
	if (zone && *zone) {
		size_t n = strlen(zone);
		o = n > 0 && zone[n - 1] == '.' ? xstrdup(zone) : xasprintf("%s.", zone);
	}
	return o;
}

/* Wrap a lexer's problem: "invalid MX value '10 \"a': unterminated quoted string". */
static int lex_err(const struct vtype *t, const char *text, struct dnsv_error *err)
{
	struct buf subj = {0};
	char problem[sizeof(err->msg)];
	snprintf(problem, sizeof(problem), "%s", err->msg);
	zsubject(&subj, text, strlen(text));
	rerr(err, err->field, "invalid %s value '%s': %s", t->name, buf_str(&subj), problem);
	buf_free(&subj);
	return -1;
}

static bool all_quoted(const struct zone_field *f, size_t n)
{
	bool all = n > 0;
	for (size_t i = 0; all && i < n; i++)
		all = f[i].quoted;
	return all;
}

/*
 * Parse text of type t in form. Returns 0, 1 when well-formed but refused
 * (*err filled, res complete), or -1 with *err.
 */
static int value_run(const struct vtype *t, const char *text, enum dnsv_form form,
		     const char *origin, unsigned flags, bool want_key, struct result *res,
		     struct dnsv_error *err)
{
	struct zone_field *lexed = NULL, one[3];
	const struct zone_field *f = NULL;
	size_t n = 0;
	int rc = -1;
	memset(err, 0, sizeof(*err));
	if (!*text) {
		rerr(err, 0, "%s value is empty", t->name);
		if (is_txt(t))
			hint(err, "write '\"\"' for a %s record that holds an empty string", t->name);
		goto out;
	}
	if (is_txt(t) && form != DNSV_ZONE) {
		int lr = text[0] == '"' ? lex_fields(text, &lexed, &n, err) : LEX_SYNTAX;
		if (lr == LEX_ESCAPE && form == DNSV_USER) {
			lex_err(t, text, err);
			hint(err, "inside quotes write \\\\ for a backslash and \\\" for a quote, or give "
				  "the text without quotes");
			goto out;
		}
		if (lr == 0 && all_quoted(lexed, n)) {
			f = lexed;
		} else {
			one[0] = (struct zone_field){.data = text, .len = strlen(text), .text = text,
						     .quoted = true, .line = 1, .col = 1};
			f = one;
			n = 1;
		}
		memset(err, 0, sizeof(*err));
	} else {
		if (lex_fields(text, &lexed, &n, err) != 0) {
			lex_err(t, text, err);
			goto out;
		}
		f = lexed;
		if (t->spec == &spec_caa && form != DNSV_ZONE && n >= 3 &&
		    !(n == 3 && f[2].quoted) && text[f[2].col - 1] != '"') {
			/* CAA flags tag value: the value is the rest, quoted or not */
			const char *rest = text + f[2].col - 1;
			size_t len = strlen(rest);
			while (len > 0 && is_blank(rest[len - 1]))
				len--;
			memcpy(one, f, 2 * sizeof(*f));
			one[2] = (struct zone_field){.data = rest, .len = len, .text = rest,
						     .quoted = true, .line = 1, .col = f[2].col};
			f = one;
			n = 3;
		}
	}
	struct run r = {
		.t = t, .f = f, .n = n, .origin = origin, .form = form, .flags = flags,
		.api = &res->api, .key = want_key ? &res->key : NULL, .content = &res->content,
		.warning = form == DNSV_USER ? &res->warning : NULL, .err = err,
	};
	rc = run_fields(&r);
	if (rc == 0 && r.refused) {
		*err = r.refusal;
		rc = 1;
	}
out:
	free(lexed);
	return rc;
}

static int unknown_type(const char *type, struct dnsv_error *err)
{
	struct buf list = {0};
	memset(err, 0, sizeof(*err));
	for (size_t i = 0; dnsv_types[i]; i++)
		buf_printf(&list, "%s%s", i ? " " : "", dnsv_types[i]);
	rerr(err, 0, "'%s' is not a record type LiveDNS accepts", type);
	hint(err, "types: %s", buf_str(&list));
	buf_free(&list);
	return -1;
}

int dnsv_parse(const char *type, const char *text, enum dnsv_form form, const char *zone,
	       struct dnsv *out, struct dnsv_error *err)
{
	const struct vtype *t = type ? vtype_n(type, strlen(type)) : NULL;
	struct result res = {0};
	char *origin = NULL;
	int rc = -1;
	memset(out, 0, sizeof(*out));
	if (!t) {
		unknown_type(type ? type : "", err);
		goto out;
	}
	origin = origin_of(zone);
	if (value_run(t, text, form, origin, 0, true, &res, err) != 0)
		goto out;
	out->type = t->name;
	out->api = buf_detach(&res.api);
	out->key = buf_detach(&res.key);
	if (is_txt(t)) {
		out->text_len = res.content.len;
		out->text = buf_detach(&res.content);
	}
	out->warning = res.warning.len ? buf_detach(&res.warning) : NULL;
	rc = 0;
out:
	result_free(&res);
	free(origin);
	return rc;
}

void dnsv_free(struct dnsv *v)
{
	free(v->api);
	free(v->key);
	free(v->text);
	free(v->warning);
	memset(v, 0, sizeof(*v));
}

bool dnsv_equal(const struct dnsv *a, const struct dnsv *b)
{
	return a->type == b->type && strcmp(a->key, b->key) == 0;
}

static char *collapse(const char *text);

void dnsv_stored(const char *type, const char *api_text, const char *zone, struct dnsv *out)
{
	const struct vtype *t = type ? vtype_n(type, strlen(type)) : NULL;
	struct result res = {0};
	struct dnsv_error err;
	char *origin = origin_of(zone);
	memset(out, 0, sizeof(*out));
	out->type = t ? t->name : NULL;
	out->api = xstrdup(api_text);
	if (t && value_run(t, api_text, DNSV_API, origin, 0, true, &res, &err) >= 0) {
		out->key = buf_detach(&res.key);
		if (is_txt(t)) {
			out->text_len = res.content.len;
			out->text = buf_detach(&res.content);
		}
	} else {
		out->key = collapse(api_text);
	}
	result_free(&res);
	free(origin);
}

void dnsv_copy(struct dnsv *to, const struct dnsv *from)
{
	memset(to, 0, sizeof(*to));
	to->type = from->type;
	to->api = from->api ? xstrdup(from->api) : NULL;
	to->key = from->key ? xstrdup(from->key) : NULL;
	if (from->text) {
		to->text = xmalloc(from->text_len + 1);
		memcpy(to->text, from->text, from->text_len);
		to->text[from->text_len] = '\0';
		to->text_len = from->text_len;
	}
	to->warning = from->warning ? xstrdup(from->warning) : NULL;
}

size_t dnsv_find(const struct dnsv *set, size_t n, const struct dnsv *v)
{
	size_t i = 0;
	while (i < n && !dnsv_equal(&set[i], v))
		i++;
	return i;
}

bool dnsv_same_set(const struct dnsv *a, size_t na, const struct dnsv *b, size_t nb)
{
	bool same = true;
	for (size_t i = 0; same && i < na; i++)
		same = dnsv_find(b, nb, &a[i]) < nb;
	for (size_t i = 0; same && i < nb; i++)
		same = dnsv_find(a, na, &b[i]) < na;
	return same;
}

bool dnsv_type_address(const char *type)
{
	const struct vtype *t = type ? vtype_n(type, strlen(type)) : NULL;
	return t && (t->spec == &spec_a || t->spec == &spec_aaaa);
}

/*
 * Whether TXT content shows as it is in a table (see DNSV_PRINT_TABLE): not
 * empty, not starting with a quote (DNSV_USER would read quoted strings), no
 * ", " (the separator of lists), no control character.
 */
static bool plain_text(const char *s, size_t len)
{
	bool plain = len > 0 && s[0] != '"';
	for (size_t i = 0; plain && i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		plain = c >= 0x20 && c != 0x7f && !(c == ',' && i + 1 < len && s[i + 1] == ' ');
	}
	return plain;
}

static char *table_form(const struct vtype *t, const char *api, const char *content, size_t clen)
{
	bool plain = is_txt(t) && content && plain_text(content, clen);
	return plain ? xstrndup(content, clen) : xstrdup(api);
}

char *dnsv_print(const struct dnsv *v, enum dnsv_print how)
{
	const struct vtype *t = v->type ? vtype_n(v->type, strlen(v->type)) : NULL;
	return how == DNSV_PRINT_TABLE && t ? table_form(t, v->api, v->text, v->text_len)
					    : xstrdup(v->api ? v->api : "");
}

char *dnsv_list(const struct dnsv *v, size_t n)
{
	struct buf b = {0};
	for (size_t i = 0; i < n; i++) {
		char *shown = dnsv_print(&v[i], DNSV_PRINT_TABLE);
		buf_printf(&b, "%s%s", i ? ", " : "", shown);
		free(shown);
	}
	buf_addc(&b, '\0');
	b.len--;
	return buf_detach(&b);
}

int dnsv_fields(const char *type, const struct zone_field *f, size_t n, const char *origin,
		struct buf *api, struct buf *key, struct dnsv_error *err)
{
	const struct vtype *t = type ? vtype_n(type, strlen(type)) : NULL;
	int rc = -1;
	memset(err, 0, sizeof(*err));
	if (!t) {
		unknown_type(type ? type : "", err);
		goto out;
	}
	struct run r = {.t = t, .f = f, .n = n, .origin = origin, .form = DNSV_ZONE,
			.api = api, .key = key, .err = err};
	rc = run_fields(&r);
	if (rc == 0 && r.refused) {
		*err = r.refusal;
		rc = -1;
	}
out:
	return rc;
}

/* text with its runs of blanks as one space, trimmed: the key of what does not parse. */
static char *collapse(const char *text)
{
	struct buf b = {0};
	const char *p = text;
	while (is_blank(*p))
		p++;
	for (; *p; p++) {
		if (is_blank(*p)) {
			while (is_blank(p[1]))
				p++;
			if (p[1])
				buf_addc(&b, ' ');
			continue;
		}
		buf_addc(&b, *p);
	}
	return buf_detach(&b);
}

/* The key of text, origin absolute or NULL. */
static char *key_of(const struct vtype *t, const char *text, enum dnsv_form form, const char *origin)
{
	struct result res = {0};
	struct dnsv_error err;
	char *key;
	if (t && value_run(t, text, form, origin, 0, true, &res, &err) >= 0)
		key = buf_detach(&res.key);
	else
		key = collapse(text);
	result_free(&res);
	return key;
}

char *dnsv_key(const char *type, const char *text, enum dnsv_form form, const char *zone)
{
	char *origin = origin_of(zone);
	char *key = key_of(type ? vtype_n(type, strlen(type)) : NULL, text, form, origin);
	free(origin);
	return key;
}

bool dnsv_same(const char *type, const char *a, enum dnsv_form fa, const char *b,
	       enum dnsv_form fb, const char *zone)
{
	char *ka = dnsv_key(type, a, fa, zone), *kb = dnsv_key(type, b, fb, zone);
	bool same = strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return same;
}

char *dnsv_display(const char *type, const char *api_text)
{
	const struct vtype *t = type ? vtype_n(type, strlen(type)) : NULL;
	struct result res = {0};
	struct dnsv_error err;
	char *shown;
	if (t && value_run(t, api_text, DNSV_API, NULL, 0, false, &res, &err) >= 0) {
		shown = table_form(t, buf_str(&res.api), res.content.data, res.content.len);
	} else {
		struct buf b = {0};
		for (const char *p = api_text; *p; p++) {
			unsigned char c = (unsigned char)*p;
			if (c < 0x20 || c == 0x7f)
				buf_printf(&b, "\\%03u", c);
			else
				buf_addc(&b, (char)c);
		}
		shown = buf_detach(&b);
	}
	result_free(&res);
	return shown;
}

/* ---- the arguments of a command ------------------------------------------ */

/* When argv only makes a value together, say so in *err and return true. */
static bool split_value(const struct vtype *t, int argc, char *const *argv,
			struct dnsv_error *err)
{
	struct buf joined = {0}, given = {0};
	struct result res = {0};
	struct dnsv_error jerr;
	bool split = false;
	if (argc < 2 || is_txt(t))
		goto out;
	for (int i = 0; i < argc; i++) {
		buf_printf(&joined, "%s%s", i ? " " : "", argv[i]);
		buf_adds(&given, i ? " '" : "'");
		zsubject(&given, argv[i], strlen(argv[i]));
		buf_addc(&given, '\'');
	}
	if (value_run(t, joined.data, DNSV_USER, NULL, GUESS_ABSOLUTE, false, &res, &jerr) != 0)
		goto out;
	split = true;
	rerr(err, 0, "%s takes one value, given here in %d arguments (%s)", t->name, argc,
	     buf_str(&given));
	hint(err, "quote it: '%s'", buf_str(&res.api));
out:
	result_free(&res);
	buf_free(&joined);
	buf_free(&given);
	return split;
}

int dnsv_parse_args(const char *type, int argc, char *const *argv, const char *zone,
		    struct dnsv **out, size_t *n, struct dnsv_error *err)
{
	const struct vtype *t = type ? vtype_n(type, strlen(type)) : NULL;
	struct dnsv *v = xcalloc(argc > 0 ? (size_t)argc : 1, sizeof(*v));
	size_t nv = 0;
	int rc = -1;
	*out = NULL;
	*n = 0;
	if (!t) {
		unknown_type(type ? type : "", err);
		goto out;
	}
	for (int i = 0; i < argc; i++) {
		if (dnsv_parse(t->name, argv[i], DNSV_USER, zone, &v[nv], err) != 0) {
			struct dnsv_error split;
			memset(&split, 0, sizeof(split));
			if (!err->refused && split_value(t, argc, argv, &split))
				*err = split;
			goto out;
		}
		bool repeat = false;
		for (size_t k = 0; k < nv && !repeat; k++)
			repeat = dnsv_equal(&v[k], &v[nv]);
		if (repeat)
			dnsv_free(&v[nv]);
		else
			nv++;
	}
	*out = v;
	*n = nv;
	v = NULL;
	rc = 0;
out:
	for (size_t k = 0; v && k < nv; k++)
		dnsv_free(&v[k]);
	free(v);
	return rc;
}

/* ---- TTLs and host names outside a zone ---------------------------------- */

int dnsv_ttl(const char *text, long *ttl, struct dnsv_error *err)
{
	uint64_t v = 0;
	size_t len = strlen(text);
	bool ok = parse_uint(text, len, UINT32_MAX, &v) && v >= DNSV_TTL_MIN && v <= DNSV_TTL_MAX;
	memset(err, 0, sizeof(*err));
	if (ok) {
		*ttl = (long)v;
	} else {
		struct buf subj = {0};
		zsubject(&subj, text, len);
		rerr(err, 0, "TTL '%s' is not a whole number of seconds from %d to %d", buf_str(&subj),
		     DNSV_TTL_MIN, DNSV_TTL_MAX);
		hint(err, "LiveDNS accepts %d (5 minutes) to %d (30 days)", DNSV_TTL_MIN, DNSV_TTL_MAX);
		buf_free(&subj);
	}
	return ok ? 0 : -1;
}

bool dnsv_ttl_ok(long long ttl)
{
	return ttl >= DNSV_TTL_MIN && ttl <= DNSV_TTL_MAX;
}

int dnsv_host(const char *name, const char *what, struct dnsv_error *err)
{
	size_t len = strlen(name);
	char why[128];
	struct buf full = {0}, subj = {0};
	const char *problem = NULL;
	bool abs;
	memset(err, 0, sizeof(*err));
	buf_add(&full, name, len);
	if (len == 0 || name[len - 1] != '.')
		buf_addc(&full, '.');
	if (len == 0)
		problem = "empty";
	else if (is_address(name, len))
		problem = "an IP address, where a host name is needed";
	else if (zname_check(full.data, full.len, &abs, why, sizeof(why)) < 0)
		problem = why;
	else if (!has_unescaped_dot(name, len - (name[len - 1] == '.')))
		problem = "a single label (a host name has at least a name and a domain, like "
			  "ns1.example.net)";
	else
		problem = host_problem(full.data, full.len, false, why, sizeof(why));
	if (problem) {
		zsubject(&subj, name, len);
		rerr(err, 0, "invalid %s '%s': %s", what, buf_str(&subj), problem);
	}
	buf_free(&full);
	buf_free(&subj);
	return problem ? -1 : 0;
}

bool dnsv_host_under(const char *type, const char *api_text, const char *domain)
{
	const struct vtype *t = type ? vtype_n(type, strlen(type)) : NULL;
	bool under = false;
	char *key = NULL, *want = NULL;
	if (!t || (t->spec != &spec_target && t->spec != &spec_ns))
		goto out;
	key = key_of(t, api_text, DNSV_API, NULL);
	want = xasprintf(".%s", domain);
	for (char *p = want; *p; p++)
		*p = lower(*p);
	size_t kl = strlen(key), wl = strlen(want);
	if (kl > 0 && key[kl - 1] == '.')
		kl--;
	if (wl > 1 && want[wl - 1] == '.')
		wl--;
	under = kl > wl;
	for (size_t i = 0; under && i < wl; i++)
		under = lower(key[kl - wl + i]) == want[i];
out:
	free(want);
	free(key);
	return under;
}

/* ---- a DNSKEY as a user gives it ---- */

static const struct vtype dnskey_vtype = {"DNSKEY", &spec_key, "257 3 13 <base64 public key>",
					  check_dnskey};

/* The key tag of a DNSKEY's rdata (RFC 4034 appendix B; not for algorithm 1). */
static unsigned key_tag(const unsigned char *rdata, size_t len)
{
	unsigned long ac = 0;
	for (size_t i = 0; i < len; i++)
		ac += (i & 1) ? rdata[i] : (unsigned long)rdata[i] << 8;
	ac += (ac >> 16) & 0xffff;
	return (unsigned)(ac & 0xffff);
}

/* Whether w (len bytes) is a class or a TTL, which may stand between owner and type. */
static bool class_or_ttl(const char *w, size_t len)
{
	bool digits = len > 0;
	for (size_t i = 0; i < len; i++)
		digits = digits && w[i] >= '0' && w[i] <= '9';
	return digits || (len == 2 && strncasecmp(w, "IN", 2) == 0);
}

/* text without comments (; to the end of a line) and parentheses, blanks for them. */
static char *uncomment(const char *text)
{
	char *out = xstrdup(text);
	bool comment = false;
	for (char *p = out; *p; p++) {
		if (*p == '\n')
			comment = false;
		else if (*p == ';')
			comment = true;
		if (comment || *p == '(' || *p == ')' || *p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	}
	return out;
}

int dnsv_dnskey(const char *text, struct dnsv_dnskey *out, struct dnsv_error *err)
{
	struct result res = {0};
	char *clean = uncomment(text);
	const char *rdata = clean;
	int rc = -1;
	memset(out, 0, sizeof(*out));
	memset(err, 0, sizeof(*err));
	/* a whole record: [OWNER] [TTL] [IN] DNSKEY RDATA */
	const char *words[5];
	size_t lens[5], n = 0;
	bool typed = false;
	const char *p = clean;
	while (n < 5 && !typed) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		words[n] = p;
		while (*p && *p != ' ')
			p++;
		lens[n] = (size_t)(p - words[n]);
		typed = lens[n] == 6 && strncasecmp(words[n], "DNSKEY", 6) == 0;
		if (!typed)
			n++;
	}
	if (typed) {
		bool fits = n == 0 || !class_or_ttl(words[0], lens[0]);
		for (size_t i = 1; i < n; i++)
			fits = fits && class_or_ttl(words[i], lens[i]);
		if (!fits) {
			rerr(err, 0, "invalid DNSKEY record '%.*s': expected [OWNER] [TTL] [IN] DNSKEY "
				     "FLAGS PROTOCOL ALGORITHM KEY", (int)(p - clean), clean);
			goto out;
		}
		if (n > 0)
			out->owner = xstrndup(words[0], lens[0]);
		rdata = p;
	}
	while (*rdata == ' ')
		rdata++;
	if (value_run(&dnskey_vtype, rdata, DNSV_USER, NULL, 0, true, &res, err) != 0)
		goto out;
	unsigned long flags = 0, protocol = 0, alg = 0;
	char b64[DNSV_API_MAX + 1];
	if (sscanf(buf_str(&res.key), "%lu %lu %lu %16384s", &flags, &protocol, &alg, b64) != 4) {
		rerr(err, 0, "invalid DNSKEY value '%s'", rdata);
		goto out;
	}
	struct buf wire = {0};
	buf_addc(&wire, (char)(flags >> 8));
	buf_addc(&wire, (char)(flags & 0xff));
	buf_addc(&wire, (char)protocol);
	buf_addc(&wire, (char)alg);
	b64_decode(&wire, b64, strlen(b64));
	out->flags = (unsigned)flags;
	out->protocol = (unsigned)protocol;
	out->algorithm = (unsigned)alg;
	out->tag = key_tag((const unsigned char *)wire.data, wire.len);
	out->public_key = xstrdup(b64);
	buf_free(&wire);
	rc = 0;
out:
	if (rc)
		dnsv_dnskey_free(out);
	result_free(&res);
	free(clean);
	return rc;
}

void dnsv_dnskey_free(struct dnsv_dnskey *k)
{
	free(k->public_key);
	free(k->owner);
	memset(k, 0, sizeof(*k));
}
