#include "dns/record.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "error.h"
#include "util.h"
#include "xalloc.h"

const char *const livedns_types[] = {
	"A",   "AAAA",  "ALIAS", "CAA", "CDS", "CNAME", "DNAME", "DS",   "HTTPS",
	"KEY", "LOC",   "MX",    "NAPTR", "NS", "OPENPGPKEY", "PTR", "RP", "SOA",
	"SPF", "SRV",   "SSHFP", "SVCB", "TLSA", "TXT", "WKS", NULL,
};

const char *rrtype_lookup(const char *type)
{
	for (size_t i = 0; livedns_types[i]; i++)
		if (strcasecmp(livedns_types[i], type) == 0)
			return livedns_types[i];
	return NULL;
}

int rrtype_check(struct ctx *ctx, const char *type, const char **canonical)
{
	const char *c = rrtype_lookup(type);
	if (c) {
		*canonical = c;
		return 0;
	}
	usage_error(ctx, "'%s' is not a record type LiveDNS accepts", type);
	struct buf list = {0};
	for (size_t i = 0; livedns_types[i]; i++)
		buf_printf(&list, "%s%s", i ? " " : "", livedns_types[i]);
	error_detail(ctx, "types: %s\n", buf_str(&list));
	buf_free(&list);
	return EXIT_USAGE;
}

char *zone_name(const char *domain)
{
	char *z = str_lower(domain);
	size_t n = strlen(z);
	if (n > 1 && z[n - 1] == '.')
		z[n - 1] = '\0';
	return z;
}

/* Why a label is not valid, or NULL. wildcard: '*' is allowed as the whole label. */
static const char *label_problem(const char *l, size_t len, bool wildcard)
{
	if (len == 0)
		return "an empty label (two dots in a row?)";
	if (len > 63)
		return "a label longer than 63 characters";
	if (wildcard && len == 1 && l[0] == '*')
		return NULL;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)l[i];
		if (c >= 0x80)
			return "a character that is not ASCII (use the xn-- form of an "
			       "internationalized name)";
		if (!isalnum(c) && c != '-' && c != '_')
			return "a character that names cannot hold";
	}
	return NULL;
}

/* Check a dot-separated name (no final dot). first_wildcard: '*' allowed as first label. */
static const char *name_problem(const char *name, bool first_wildcard)
{
	if (strlen(name) > 253)
		return "longer than 253 characters";
	const char *p = name;
	bool first = true;
	for (;;) {
		const char *dot = strchr(p, '.');
		size_t len = dot ? (size_t)(dot - p) : strlen(p);
		const char *why = label_problem(p, len, first && first_wildcard);
		if (why)
			return why;
		if (!dot)
			return NULL;
		p = dot + 1;
		first = false;
	}
}

int domain_check(struct ctx *ctx, const char *domain, char **normalized)
{
	char *z = zone_name(domain);
	const char *why = name_problem(z, false);
	if (!why && !strchr(z, '.'))
		why = "a single label (a domain has at least a name and a TLD, like example.com)";
	if (why) {
		usage_error(ctx, "'%s' is not a domain name: %s", domain, why);
		free(z);
		return EXIT_USAGE;
	}
	*normalized = z;
	return 0;
}

int record_name(struct ctx *ctx, const char *zone, const char *name, char **relative)
{
	char *lower = str_lower(name);
	size_t n = strlen(lower), zl = strlen(zone);
	bool absolute = n > 0 && lower[n - 1] == '.';
	char *rel = NULL;
	int rc = 0;

	if (absolute)
		lower[--n] = '\0';
	if (n == 0 || strcmp(lower, "@") == 0 || strcmp(lower, zone) == 0) {
		rel = xstrdup("@");
	} else if (n > zl && lower[n - zl - 1] == '.' && strcmp(lower + n - zl, zone) == 0) {
		rel = xstrndup(lower, n - zl - 1);
	} else {
		const char *zone_tld = strrchr(zone, '.');
		const char *name_tld = strrchr(lower, '.');
		if (absolute || (zone_tld && name_tld && strcmp(zone_tld, name_tld) == 0)) {
			rc = usage_error(ctx, "'%s' is outside the zone %s", name, zone);
			error_detail(ctx, "hint: write names relative to the zone (www, @ for the "
					  "apex) or in full (www.%s)\n", zone);
			goto out;
		}
		rel = xstrdup(lower);
	}
	if (strcmp(rel, "@") != 0) {
		const char *why = name_problem(rel, true);
		if (why) {
			rc = usage_error(ctx, "'%s' is not a valid record name: %s", name, why);
			goto out;
		}
	}
	*relative = rel;
	rel = NULL;
out:
	free(rel);
	free(lower);
	return rc;
}

int record_ttl(struct ctx *ctx, const char *text, long *ttl)
{
	char *end;
	long v = strtol(text, &end, 10);
	if (end == text || *end || v < TTL_MIN || v > TTL_MAX) {
		usage_error(ctx, "TTL '%s' is not a whole number of seconds from %d to %d", text,
			    TTL_MIN, TTL_MAX);
		error_detail(ctx, "LiveDNS accepts 300 (5 minutes) to 2592000 (30 days)\n");
		return EXIT_USAGE;
	}
	*ttl = v;
	return 0;
}

/* Split value on white space into at most max fields. Returns the count. */
static size_t fields(const char *value, char **out, size_t max)
{
	size_t n = 0;
	const char *p = value;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		const char *s = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		if (n < max)
			out[n] = xstrndup(s, (size_t)(p - s));
		n++;
	}
	return n;
}

static void fields_free(char **f, size_t n, size_t max)
{
	for (size_t i = 0; i < n && i < max; i++)
		free(f[i]);
}

static bool uint_in(const char *s, long max)
{
	char *end;
	if (!isdigit((unsigned char)*s))
		return false;
	long v = strtol(s, &end, 10);
	return *end == '\0' && v >= 0 && v <= max;
}

/* A host name in a value: "." or a name, with or without the final dot. */
static int check_host(struct ctx *ctx, const char *type, const char *host, const char *what)
{
	if (strcmp(host, ".") == 0)
		return 0;
	char *h = xstrdup(host);
	size_t n = strlen(h);
	bool dot = n > 0 && h[n - 1] == '.';
	if (dot)
		h[--n] = '\0';
	const char *why = n == 0 ? "empty" : name_problem(h, false);
	int rc = 0;
	if (why) {
		rc = usage_error(ctx, "%s value: %s '%s' is not a host name: %s", type, what, host,
				 why);
	} else if (!dot && strchr(h, '.')) {
		warn(ctx, "%s %s '%s' has no final dot: DNS reads it as relative to the zone; "
			  "write '%s.' if you mean that host", type, what, host, host);
	}
	free(h);
	return rc;
}

/* Whether s is one or more quoted strings separated by white space, starting at once. */
static bool is_quoted_strings(const char *s)
{
	const char *p = s;
	bool any = false;
	if (*p != '"')
		return false;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		if (*p != '"')
			return false;
		p++;
		while (*p && *p != '"') {
			if (*p == '\\' && p[1])
				p++;
			p++;
		}
		if (*p != '"')
			return false;
		p++;
		any = true;
		if (*p && *p != ' ' && *p != '\t')
			return false;
	}
	return any;
}

/* Decode quoted strings into out (the raw bytes). Returns false when not quoted strings. */
static bool decode_strings(const char *s, struct buf *out, size_t *longest)
{
	if (!is_quoted_strings(s))
		return false;
	const char *p = s;
	size_t longest_len = 0;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		p++; /* opening quote */
		size_t start = out->len;
		while (*p != '"') {
			if (*p == '\\' && isdigit((unsigned char)p[1]) &&
			    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3])) {
				int v = (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
				buf_addc(out, (char)(v & 0xff));
				p += 4;
			} else if (*p == '\\' && p[1]) {
				buf_addc(out, p[1]);
				p += 2;
			} else {
				buf_addc(out, *p++);
			}
		}
		p++;
		if (out->len - start > longest_len)
			longest_len = out->len - start;
	}
	if (longest)
		*longest = longest_len;
	return true;
}

/* Quote raw bytes into strings of at most 255 bytes each. */
static char *encode_txt(const char *raw, size_t len)
{
	struct buf b = {0};
	size_t i = 0;
	do {
		size_t chunk = len - i > 255 ? 255 : len - i;
		if (b.len)
			buf_addc(&b, ' ');
		buf_addc(&b, '"');
		for (size_t k = i; k < i + chunk; k++) {
			unsigned char c = (unsigned char)raw[k];
			if (c == '"' || c == '\\')
				buf_printf(&b, "\\%c", c);
			else if (c < 0x20 || c >= 0x7f)
				buf_printf(&b, "\\%03u", c);
			else
				buf_addc(&b, (char)c);
		}
		buf_addc(&b, '"');
		i += chunk;
	} while (i < len);
	return buf_detach(&b);
}

/*
 * Quoted strings as the user wrote them, re-spelled in printable ASCII:
 * escapes kept, raw control and non-ASCII bytes written as \DDD. The strings
 * and their boundaries are unchanged.
 */
static char *requote(const char *s)
{
	struct buf b = {0};
	const char *p = s;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		if (b.len)
			buf_addc(&b, ' ');
		buf_addc(&b, *p++); /* opening quote */
		while (*p != '"') {
			unsigned char c = (unsigned char)*p;
			if (c == '\\' && p[1]) {
				unsigned char n = (unsigned char)p[1];
				if (n < 0x20 || n >= 0x7f)
					buf_printf(&b, "\\%03u", n);
				else
					buf_add(&b, p, 2);
				p += 2;
			} else if (c < 0x20 || c >= 0x7f) {
				buf_printf(&b, "\\%03u", c);
				p++;
			} else {
				buf_addc(&b, *p++);
			}
		}
		buf_addc(&b, *p++); /* closing quote */
	}
	return buf_detach(&b);
}

static int txt_value(struct ctx *ctx, const char *type, const char *value, char **api)
{
	struct buf raw = {0};
	size_t longest = 0;
	if (decode_strings(value, &raw, &longest)) {
		buf_free(&raw);
		if (longest > 255) {
			usage_error(ctx, "%s value: a quoted string is longer than 255 bytes", type);
			error_detail(ctx, "hint: give the text without quotes and gandi splits it\n");
			return EXIT_USAGE;
		}
		*api = requote(value);
		return 0;
	}
	*api = encode_txt(value, strlen(value));
	return 0;
}

static int caa_value(struct ctx *ctx, const char *value, char **api)
{
	const char *p = value;
	char *end;
	long flags = strtol(p, &end, 10);
	if (end == p || flags < 0 || flags > 255 || (*end != ' ' && *end != '\t')) {
		usage_error(ctx, "CAA value '%s': the flags must be a number from 0 to 255", value);
		error_detail(ctx, "a CAA value looks like: 0 issue \"letsencrypt.org\"\n");
		return EXIT_USAGE;
	}
	p = end;
	while (*p == ' ' || *p == '\t')
		p++;
	const char *tag = p;
	while (*p && *p != ' ' && *p != '\t') {
		if (!isalnum((unsigned char)*p)) {
			usage_error(ctx, "CAA value '%s': the tag must be letters and digits (issue, "
					 "issuewild, iodef)", value);
			return EXIT_USAGE;
		}
		p++;
	}
	size_t tag_len = (size_t)(p - tag);
	while (*p == ' ' || *p == '\t')
		p++;
	if (tag_len == 0 || !*p) {
		usage_error(ctx, "CAA value '%s' needs FLAGS TAG VALUE", value);
		error_detail(ctx, "a CAA value looks like: 0 issue \"letsencrypt.org\"\n");
		return EXIT_USAGE;
	}
	char *quoted;
	if (*p == '"') {
		if (!is_quoted_strings(p)) {
			usage_error(ctx, "CAA value '%s': unterminated quoted string", value);
			return EXIT_USAGE;
		}
		quoted = requote(p);
	} else {
		quoted = encode_txt(p, strlen(p));
	}
	*api = xasprintf("%ld %.*s %s", flags, (int)tag_len, tag, quoted);
	free(quoted);
	return 0;
}

static int value_for_api(struct ctx *ctx, const char *type, const char *value,
			 char **api_value)
{
	char *f[5] = {0};
	size_t n = 0;
	int rc = 0;
	unsigned char addr[16];

	if (!*value)
		return usage_error(ctx, "%s value is empty", type);
	if (strcmp(type, "TXT") == 0 || strcmp(type, "SPF") == 0)
		return txt_value(ctx, type, value, api_value);
	if (strcmp(type, "CAA") == 0)
		return caa_value(ctx, value, api_value);
	for (const char *p = value; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
			return usage_error(ctx, "%s value '%s' holds a character that is not printable "
					   "ASCII", type, value);
	if (strcmp(type, "A") == 0) {
		if (inet_pton(AF_INET, value, addr) != 1) {
			rc = usage_error(ctx, "A value '%s' is not an IPv4 address", value);
			error_detail(ctx, "A records hold IPv4 addresses like 192.0.2.1%s\n",
				     strchr(value, ':') ? "; IPv6 addresses go in AAAA records" : "");
		}
	} else if (strcmp(type, "AAAA") == 0) {
		if (inet_pton(AF_INET6, value, addr) != 1) {
			rc = usage_error(ctx, "AAAA value '%s' is not an IPv6 address", value);
			error_detail(ctx, "AAAA records hold IPv6 addresses like 2001:db8::1%s\n",
				     inet_pton(AF_INET, value, addr) == 1
					     ? "; IPv4 addresses go in A records"
					     : "");
		}
	} else if (strcmp(type, "MX") == 0) {
		n = fields(value, f, 5);
		if (n != 2 || !uint_in(f[0], 65535)) {
			rc = usage_error(ctx, "MX value '%s' must be \"PRIORITY HOST\"", value);
			error_detail(ctx, "for example: \"10 mail.example.com.\" (priority 0 to "
					  "65535, lower is preferred)\n");
		} else {
			rc = check_host(ctx, type, f[1], "host");
		}
	} else if (strcmp(type, "SRV") == 0) {
		n = fields(value, f, 5);
		if (n != 4 || !uint_in(f[0], 65535) || !uint_in(f[1], 65535) ||
		    !uint_in(f[2], 65535)) {
			rc = usage_error(ctx, "SRV value '%s' must be \"PRIORITY WEIGHT PORT TARGET\"",
					 value);
			error_detail(ctx, "for example: \"10 5 5060 sip.example.com.\" (numbers 0 "
					  "to 65535)\n");
		} else {
			rc = check_host(ctx, type, f[3], "target");
		}
	} else if (strcmp(type, "CNAME") == 0 || strcmp(type, "DNAME") == 0 ||
		   strcmp(type, "NS") == 0 || strcmp(type, "PTR") == 0 ||
		   strcmp(type, "ALIAS") == 0) {
		n = fields(value, f, 5);
		if (n != 1)
			rc = usage_error(ctx, "%s value '%s' must be one host name", type, value);
		else
			rc = check_host(ctx, type, f[0], "target");
	}
	fields_free(f, n, 5);
	if (!rc)
		*api_value = xstrdup(value);
	return rc;
}

int record_value(struct ctx *ctx, const char *type, const char *value, char **api_value)
{
	*api_value = NULL;
	int rc = value_for_api(ctx, type, value, api_value);
	size_t len = *api_value ? strlen(*api_value) : 0;
	if (!rc && len > MAX_API_VALUE) {
		bool txt = strcmp(type, "TXT") == 0 || strcmp(type, "SPF") == 0;
		rc = usage_error(ctx, "%s value is %zu characters long%s; LiveDNS takes at most %d",
				 type, len, txt ? " once quoted and split into strings of 255 bytes" : "",
				 MAX_API_VALUE);
		error_detail(ctx, "nothing was sent\n");
		free(*api_value);
		*api_value = NULL;
	}
	return rc;
}

char *txt_decode(const char *api_value)
{
	struct buf raw = {0};
	if (!decode_strings(api_value, &raw, NULL)) {
		buf_free(&raw);
		return NULL;
	}
	return buf_detach(&raw);
}

static bool host_type(const char *type)
{
	static const char *types[] = {"CNAME", "DNAME", "NS", "PTR", "ALIAS", "MX", "SRV", NULL};
	for (size_t i = 0; types[i]; i++)
		if (strcmp(types[i], type) == 0)
			return true;
	return false;
}

char *value_key(const char *type, const char *api_value)
{
	if (strcmp(type, "TXT") == 0 || strcmp(type, "SPF") == 0) {
		char *raw = txt_decode(api_value);
		return raw ? raw : xstrdup(api_value);
	}
	struct buf b = {0};
	const char *p = api_value;
	while (*p == ' ' || *p == '\t')
		p++;
	for (; *p; p++) {
		if (*p == ' ' || *p == '\t') {
			while (p[1] == ' ' || p[1] == '\t')
				p++;
			if (p[1])
				buf_addc(&b, ' ');
			continue;
		}
		buf_addc(&b, host_type(type) ? (char)tolower((unsigned char)*p) : *p);
	}
	return buf_detach(&b);
}

bool value_equal(const char *type, const char *a, const char *b)
{
	char *ka = value_key(type, a), *kb = value_key(type, b);
	bool eq = strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return eq;
}

char *value_display(const char *type, const char *api_value)
{
	if (strcmp(type, "TXT") != 0 && strcmp(type, "SPF") != 0)
		return xstrdup(api_value);
	struct buf raw = {0};
	if (!decode_strings(api_value, &raw, NULL)) {
		buf_free(&raw);
		return xstrdup(api_value);
	}
	struct buf shown = {0};
	for (size_t i = 0; i < raw.len; i++) {
		unsigned char c = (unsigned char)raw.data[i];
		if (c < 0x20 || c == 0x7f)
			buf_printf(&shown, "\\%03u", c);
		else
			buf_addc(&shown, (char)c);
	}
	buf_free(&raw);
	return buf_detach(&shown);
}
