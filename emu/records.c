#include "records.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

const char *const rr_types[] = {
	"A",   "AAAA", "ALIAS", "CAA",  "CDS", "CNAME",      "DNAME", "DS",  "HTTPS",
	"KEY", "LOC",  "MX",    "NAPTR", "NS", "OPENPGPKEY", "PTR",   "RP",  "SOA",
	"SPF", "SRV",  "SSHFP", "SVCB", "TLSA", "TXT",       "WKS",
};
const size_t rr_ntypes = sizeof rr_types / sizeof rr_types[0];

bool rr_type_known(const char *type)
{
	for (size_t i = 0; i < rr_ntypes; i++)
		if (strcmp(rr_types[i], type) == 0)
			return true;
	return false;
}

int rr_type_check(const char *type, struct buf *why)
{
	if (rr_type_known(type))
		return 0;
	bool lower = false;
	char up[32];
	size_t n = strlen(type);
	if (n < sizeof up) {
		for (size_t i = 0; i <= n; i++)
			up[i] = (char)toupper((unsigned char)type[i]);
		lower = rr_type_known(up);
	}
	if (lower)
		buf_printf(why, "'%s' is not a valid record type (types are upper case: '%s')", type,
			   up);
	else
		buf_printf(why, "'%s' is not a valid record type (one of A, AAAA, ALIAS, CAA, CDS, "
				"CNAME, DNAME, DS, HTTPS, KEY, LOC, MX, NAPTR, NS, OPENPGPKEY, PTR, RP, "
				"SOA, SPF, SRV, SSHFP, SVCB, TLSA, TXT, WKS)",
			   type);
	return -1;
}

static bool label_char(int c)
{
	return isalnum(c) || c == '-' || c == '_';
}

char *rr_name_check(const char *name, struct buf *why)
{
	char *out = NULL;
	size_t len = strlen(name);
	if (len == 0) {
		buf_adds(why, "the record name is empty (use '@' for the apex)");
		goto out;
	}
	if (strcmp(name, "@") == 0) {
		out = xstrdup("@");
		goto out;
	}
	if (len > 253) {
		buf_printf(why, "'%.40s...' is longer than 253 characters", name);
		goto out;
	}
	if (name[len - 1] == '.') {
		buf_printf(why, "'%s' ends with a dot: record names are relative to the zone "
				"(e.g. 'www', or '@' for the apex)",
			   name);
		goto out;
	}
	const char *p = name;
	bool first = true;
	while (*p) {
		const char *dot = strchr(p, '.');
		size_t l = dot ? (size_t)(dot - p) : strlen(p);
		if (l == 0) {
			buf_printf(why, "'%s' has an empty label", name);
			goto out;
		}
		if (l > 63) {
			buf_printf(why, "'%s' has a label longer than 63 characters", name);
			goto out;
		}
		bool wild = l == 1 && p[0] == '*' && first;
		for (size_t i = 0; i < l && !wild; i++) {
			if (!label_char((unsigned char)p[i])) {
				buf_printf(why, "'%s' holds the character '%c', which is not allowed in a "
						"record name",
					   name, p[i]);
				goto out;
			}
		}
		first = false;
		p += l;
		if (*p == '.')
			p++;
	}
	out = lower_dup(name);
out:
	return out;
}

int rr_ttl_check(const json_t *v, long *out, struct buf *why)
{
	json_int_t t = 0;
	if (!v || json_is_null(v)) {
		*out = DEFAULT_TTL;
		return 0;
	}
	if (json_is_string(v)) {
		long l;
		if (parse_long(json_string_value(v), 0, 1L << 40, &l) < 0) {
			buf_adds(why, "rrset_ttl must be an integer number of seconds");
			return -1;
		}
		t = l;
	} else if (json_is_integer(v)) {
		t = json_integer_value(v);
	} else {
		buf_adds(why, "rrset_ttl must be an integer number of seconds");
		return -1;
	}
	if (t < MIN_TTL || t > MAX_TTL) {
		buf_printf(why, "rrset_ttl %lld is out of range: it must be between %ld and %ld",
			   (long long)t, MIN_TTL, MAX_TTL);
		return -1;
	}
	*out = (long)t;
	return 0;
}

void strv_free(char **v, size_t n)
{
	if (!v)
		return;
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* A host name, absolute (final dot) or not; "." alone only when root_ok. */
static bool is_hostname(const char *s, bool root_ok)
{
	size_t len = strlen(s);
	if (strcmp(s, ".") == 0)
		return root_ok;
	if (len == 0 || len > 254)
		return false;
	if (s[len - 1] == '.')
		len--;
	size_t i = 0;
	while (i < len) {
		size_t l = 0;
		while (i + l < len && s[i + l] != '.') {
			if (!label_char((unsigned char)s[i + l]))
				return false;
			l++;
		}
		if (l == 0 || l > 63)
			return false;
		i += l + 1;
	}
	return true;
}

/* Split v on single spaces into at most max fields; returns the count or -1
 * when the value has leading, trailing or doubled spaces. */
static int split_fields(const char *v, char *copy, char **f, int max)
{
	int n = 0;
	strcpy(copy, v);
	char *p = copy;
	while (*p) {
		if (*p == ' ')
			return -1;
		if (n == max)
			return max + 1;
		f[n++] = p;
		char *sp = strchr(p, ' ');
		if (!sp)
			break;
		*sp = '\0';
		p = sp + 1;
		if (!*p)
			return -1;
	}
	return n;
}

static bool is_uint(const char *s, long max)
{
	long v;
	return parse_long(s, 0, max, &v) == 0 && s[0] != '-';
}

/* Whether v is a sequence of complete "quoted strings" separated by spaces. */
static bool is_quoted(const char *v)
{
	const char *p = v;
	if (*p != '"')
		return false;
	while (*p) {
		if (*p != '"')
			return false;
		p++;
		while (*p && *p != '"') {
			if (*p == '\\') {
				p++;
				if (!*p)
					return false;
			}
			p++;
		}
		if (*p != '"')
			return false;
		p++;
		while (*p == ' ')
			p++;
	}
	return true;
}

char *txt_quote(const char *v)
{
	if (is_quoted(v))
		return xstrdup(v);
	struct buf b = {0};
	buf_addc(&b, '"');
	for (const char *p = v; *p; p++) {
		if (*p == '"' || *p == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, *p);
	}
	buf_addc(&b, '"');
	return buf_detach(&b);
}

/* Check one value of type; 0 or -1 with why. */
static int check_value(const char *type, const char *v, struct buf *why)
{
	int rc = -1;
	size_t len = strlen(v);
	char *copy = xmalloc(len + 1);
	char *f[5];
	unsigned char addr[16];
	if (len == 0) {
		buf_adds(why, "a value is empty");
		goto out;
	}
	if (len > MAX_VALUE_LEN) {
		buf_printf(why, "a value is longer than %d characters", MAX_VALUE_LEN);
		goto out;
	}
	for (const char *p = v; *p; p++) {
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e) {
			buf_printf(why, "'%s' holds a character that is not printable ASCII", v);
			goto out;
		}
	}
	if (strcmp(type, "A") == 0) {
		if (inet_pton(AF_INET, v, addr) != 1) {
			buf_printf(why, "'%s' is not an IPv4 address (an A record holds e.g. "
					"'192.0.2.1')",
				   v);
			goto out;
		}
	} else if (strcmp(type, "AAAA") == 0) {
		if (strchr(v, ':') == NULL || inet_pton(AF_INET6, v, addr) != 1) {
			buf_printf(why, "'%s' is not an IPv6 address (an AAAA record holds e.g. "
					"'2001:db8::1')",
				   v);
			goto out;
		}
	} else if (strcmp(type, "MX") == 0) {
		if (split_fields(v, copy, f, 2) != 2 || !is_uint(f[0], 65535) ||
		    !is_hostname(f[1], true)) {
			buf_printf(why, "'%s' is not a valid MX value: it must be 'priority host', "
					"e.g. '10 mail.example.com.'",
				   v);
			goto out;
		}
	} else if (strcmp(type, "SRV") == 0) {
		if (split_fields(v, copy, f, 4) != 4 || !is_uint(f[0], 65535) ||
		    !is_uint(f[1], 65535) || !is_uint(f[2], 65535) || !is_hostname(f[3], true)) {
			buf_printf(why, "'%s' is not a valid SRV value: it must be 'priority weight "
					"port target', e.g. '0 5 5060 sip.example.com.'",
				   v);
			goto out;
		}
	} else if (strcmp(type, "CAA") == 0) {
		const char *sp1 = strchr(v, ' ');
		const char *sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
		bool ok = sp1 && sp2 && sp2 > sp1 + 1 && sp2[1] != '\0';
		if (ok) {
			size_t fl = (size_t)(sp1 - v);
			memcpy(copy, v, fl);
			copy[fl] = '\0';
			ok = is_uint(copy, 255);
			for (const char *p = sp1 + 1; ok && p < sp2; p++)
				ok = isalnum((unsigned char)*p);
			const char *val = sp2 + 1;
			if (ok && *val == '"')
				ok = is_quoted(val) && strchr(val + 1, '"') == val + strlen(val) - 1;
			else if (ok)
				ok = strchr(val, ' ') == NULL;
		}
		if (!ok) {
			buf_printf(why, "'%s' is not a valid CAA value: it must be 'flags tag "
					"\"value\"', e.g. '0 issue \"letsencrypt.org\"'",
				   v);
			goto out;
		}
	} else if (strcmp(type, "CNAME") == 0 || strcmp(type, "ALIAS") == 0 ||
		   strcmp(type, "DNAME") == 0 || strcmp(type, "NS") == 0 ||
		   strcmp(type, "PTR") == 0) {
		if (!is_hostname(v, false)) {
			buf_printf(why, "'%s': invalid hostname (a %s record holds a host name, e.g. "
					"'host.example.com.')",
				   v, type);
			goto out;
		}
	}
	rc = 0;
out:
	free(copy);
	return rc;
}

int rr_values_check_strs(const char *name, const char *type, char *const *strs, size_t n,
			 bool empty_ok, char ***out, size_t *nout, struct buf *why)
{
	int rc = -1;
	char **vals = NULL;
	size_t nv = 0;
	(void)name;
	if (n == 0 && !empty_ok) {
		buf_adds(why, "rrset_values is empty: an RRset needs at least one value "
			      "(delete the record to remove it)");
		goto out;
	}
	bool single = strcmp(type, "CNAME") == 0 || strcmp(type, "ALIAS") == 0 ||
		      strcmp(type, "DNAME") == 0;
	vals = xcalloc(n ? n : 1, sizeof *vals);
	for (size_t i = 0; i < n; i++) {
		if (check_value(type, strs[i], why) < 0)
			goto out;
		vals[nv++] = strcmp(type, "TXT") == 0 || strcmp(type, "SPF") == 0 ? txt_quote(strs[i])
										  : xstrdup(strs[i]);
	}
	if (single && nv > 1) {
		buf_printf(why, "a %s RRset holds exactly one value, not %zu", type, nv);
		goto out;
	}
	*out = vals;
	*nout = nv;
	vals = NULL;
	rc = 0;
out:
	strv_free(vals, nv);
	return rc;
}

int rr_values_check(const char *name, const char *type, const json_t *values, bool empty_ok,
		    char ***out, size_t *nout, struct buf *why)
{
	int rc = -1;
	size_t n = 0;
	char **strs = NULL;
	if (!json_is_array(values)) {
		buf_adds(why, "rrset_values must be an array of strings");
		goto out;
	}
	n = json_array_size(values);
	strs = xcalloc(n ? n : 1, sizeof *strs);
	for (size_t i = 0; i < n; i++) {
		const json_t *v = json_array_get(values, i);
		if (!json_is_string(v)) {
			buf_printf(why, "rrset_values[%zu] is not a string", i);
			goto out;
		}
		strs[i] = (char *)json_string_value(v);
	}
	rc = rr_values_check_strs(name, type, strs, n, empty_ok, out, nout, why);
out:
	free(strs);
	return rc;
}

int rr_placement_check(const struct zone *z, const char *name, const char *type,
		       const char **field, struct buf *why)
{
	bool apex = strcmp(name, "@") == 0;
	bool cname = strcmp(type, "CNAME") == 0;
	if (cname && apex) {
		*field = "rrset_type";
		buf_adds(why, "a CNAME record cannot be created at the apex '@' (use ALIAS there)");
		return -1;
	}
	if (strcmp(type, "ALIAS") == 0 && !apex) {
		*field = "rrset_type";
		buf_printf(why, "an ALIAS record is only allowed at the apex '@', not at '%s' "
				"(use CNAME there)",
			   name);
		return -1;
	}
	if (!z)
		return 0;
	size_t at = 0;
	zone_find(z, name, "", &at);
	for (size_t i = at; i < z->n && strcmp(z->rr[i]->name, name) == 0; i++) {
		const char *other = z->rr[i]->type;
		if (strcmp(other, type) == 0 || z->rr[i]->nval == 0)
			continue;
		if (cname || strcmp(other, "CNAME") == 0) {
			*field = "rrset_type";
			buf_printf(why, "a CNAME record cannot coexist with other records at '%s' "
					"(there is a %s record there)",
				   name, cname ? other : "CNAME");
			return -1;
		}
	}
	return 0;
}

char *host_name_check(const char *name, struct buf *why)
{
	char *h = rr_name_check(name, why);
	if (h && (strchr(h, '_') || strchr(h, '*'))) {
		buf_printf(why, "'%s' is not a host name: letters, digits and '-' only", name);
		free(h);
		h = NULL;
	}
	return h;
}

int ips_check(const json_t *ips, char ***out, size_t *n, struct buf *why)
{
	size_t cnt = json_is_array(ips) ? json_array_size(ips) : 0;
	char **v = NULL;
	size_t nv = 0;
	*out = NULL;
	*n = 0;
	if (!cnt || cnt > 13) {
		buf_adds(why, "ips is required: an array of 1 to 13 IPv4 or IPv6 addresses");
		return -1;
	}
	v = xcalloc(cnt, sizeof *v);
	for (size_t i = 0; i < cnt; i++) {
		const char *s = json_string_value(json_array_get(ips, i));
		if (!s || !ip_family(s)) {
			buf_printf(why, "ips[%zu] is not an IPv4 or IPv6 address", i);
			goto fail;
		}
		for (size_t k = 0; k < nv; k++) {
			if (ip_same(v[k], s)) {
				buf_printf(why, "'%s' is listed twice", s);
				goto fail;
			}
		}
		v[nv++] = xstrdup(s);
	}
	*out = v;
	*n = nv;
	return 0;
fail:
	strv_free(v, nv);
	return -1;
}
