/*
 * TOML 1.0 parser: one pass over the bytes, building the tree as it goes.
 *
 * Tables keep their keys in document order; while parsing, one hash index
 * shared by all tables (keyed by table and key) finds keys in constant time,
 * so that a document with many keys still parses in linear time. Each node
 * carries private flags recording how a table or an array came to exist,
 * which is what the redefinition rules of TOML depend on.
 */
#include "config/toml.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "xalloc.h"

/* How a table or an array came to exist. */
enum {
	N_IMPLICIT = 1u << 0, /* table: made as the parent in a [a.b] header */
	N_HEADER = 1u << 1,   /* table: defined by [header] or a [[header]] element */
	N_DOTTED = 1u << 2,   /* table: defined by dotted keys (a.b = 1) */
	N_FROZEN = 1u << 3,   /* inline table or array literal: closed */
	N_AOT = 1u << 4,      /* array: made by [[header]], open to more */
};

struct node {
	struct toml_value v; /* first member: a node is a toml_value */
	size_t cap;          /* allocated items of a table or an array */
	unsigned flags;
	int depth;           /* the root is 0 */
};

/* One part of a dotted key: its unescaped bytes in parser.keys. */
struct part {
	size_t off, len;
	size_t pos, end; /* its text in the document */
};

#define KEY_TEXT 96
#define TOKEN_TEXT 48

struct slot {
	const struct node *tbl; /* NULL: free slot */
	size_t idx;
	uint64_t hash;
};

struct parser {
	const char *s;
	size_t len, pos, doc_start;
	struct toml_error *err;
	bool failed;
	/* a known position, for counting lines and columns forward */
	size_t at_off;
	int at_line, at_col;
	/* the key being parsed */
	struct buf keys;
	struct part *parts;
	size_t nparts, parts_cap;
	/* the key index */
	struct slot *slots;
	size_t nslots, used;
	uint64_t seed;
	struct node *root, *cur;
	/* the last key/value pair parsed, for messages */
	char last_key[KEY_TEXT];
	struct buf num;
	locale_t c_locale; /* for strtod(), made at the first float */
};

static int at(const struct parser *p, size_t i)
{
	return i < p->len ? (unsigned char)p->s[i] : -1;
}

static bool is_ws(int c)
{
	return c == ' ' || c == '\t';
}

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static bool is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_bare(int c)
{
	return is_alpha(c) || is_digit(c) || c == '_' || c == '-';
}

static bool is_control(int c)
{
	return (c >= 0 && c < 0x20 && c != '\t') || c == 0x7f;
}

static int hex_value(int c)
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

static bool digits_at(const struct parser *p, size_t i, size_t n)
{
	bool ok = true;
	for (size_t k = 0; k < n && ok; k++)
		ok = is_digit(at(p, i + k));
	return ok;
}

/* Line and column of byte pos, counted forward from the last answer. */
static void locate(struct parser *p, size_t pos, int *line, int *col)
{
	const unsigned char *s = (const unsigned char *)p->s;
	if (pos > p->len)
		pos = p->len;
	if (pos < p->at_off) {
		p->at_off = p->doc_start;
		p->at_line = 1;
		p->at_col = 1;
	}
	int ln = p->at_line, c = p->at_col;
	for (size_t i = p->at_off; i < pos; i++) {
		if (s[i] == '\n') {
			ln += ln < 0x7fffffff;
			c = 1;
		} else if ((s[i] & 0xc0) != 0x80) {
			c += c < 0x7fffffff;
		}
	}
	p->at_off = pos;
	p->at_line = ln;
	p->at_col = c;
	*line = ln;
	*col = c;
}

static void fail(struct parser *p, size_t pos, const char *fmt, ...) XATTR_PRINTF(3, 4);

static void fail(struct parser *p, size_t pos, const char *fmt, ...)
{
	va_list ap;
	if (!p->failed) {
		p->failed = true;
		va_start(ap, fmt);
		vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
		va_end(ap);
		locate(p, pos, &p->err->line, &p->err->col);
	}
}

static size_t utf8_len(int lead)
{
	size_t n = 1;
	if (lead >= 0xf0)
		n = 4;
	else if (lead >= 0xe0)
		n = 3;
	else if (lead >= 0xc0)
		n = 2;
	return n;
}

/* The character at pos, for messages: 'x', U+0001, end of line, end of file. */
static const char *describe(const struct parser *p, size_t pos, char *out, size_t n)
{
	int c = at(p, pos);
	if (c < 0)
		snprintf(out, n, "end of file");
	else if (c == '\n' || (c == '\r' && at(p, pos + 1) == '\n'))
		snprintf(out, n, "end of line");
	else if (c >= 0x80)
		snprintf(out, n, "'%.*s'", (int)utf8_len(c), p->s + pos);
	else if (is_control(c) || c == '\r')
		snprintf(out, n, "U+%04X", (unsigned)c);
	else
		snprintf(out, n, "'%c'", c);
	return out;
}

static bool in_token(const struct parser *p, size_t pos, size_t n)
{
	int c = at(p, pos + n);
	return (c > ' ' && c < 0x7f && !strchr(",]}#\"'", c)) ||
	       (c == ' ' && n == 10 && digits_at(p, pos, 4) && at(p, pos + 4) == '-' &&
		digits_at(p, pos + n + 1, 2));
}

/* The text of a value starting at pos, for messages (at most TOKEN_TEXT). */
static const char *token_text(const struct parser *p, size_t pos, char *out)
{
	size_t n = 0;
	while (n < TOKEN_TEXT - 4 && in_token(p, pos, n)) {
		out[n] = p->s[pos + n];
		n++;
	}
	if (n == TOKEN_TEXT - 4 && in_token(p, pos, n)) {
		memcpy(out + n, "...", 3);
		n += 3;
	}
	out[n] = '\0';
	return out;
}

/* Text for a message, cut with "..." when it would not fit in KEY_TEXT. */
struct text {
	char s[KEY_TEXT];
	size_t n;
	bool full;
};

static void text_add(struct text *t, const char *p, size_t n)
{
	if (!t->full && t->n + n + 4 > sizeof t->s) {
		memcpy(t->s + t->n, "...", 3);
		t->n += 3;
		t->full = true;
	} else if (!t->full) {
		memcpy(t->s + t->n, p, n);
		t->n += n;
	}
	t->s[t->n] = '\0';
}

/* Append one key as TOML would write it: bare when it can be, else quoted. */
static void key_append(struct text *t, const char *k, size_t len)
{
	bool bare = len > 0;
	for (size_t i = 0; i < len && bare; i++)
		bare = is_bare((unsigned char)k[i]);
	if (!bare)
		text_add(t, "\"", 1);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)k[i];
		char esc[8];
		if (c == '"' || c == '\\') {
			esc[0] = '\\';
			esc[1] = (char)c;
			text_add(t, esc, 2);
		} else if (c < 0x20 || c == 0x7f) {
			snprintf(esc, sizeof esc, "\\u%04X", c);
			text_add(t, esc, 6);
		} else {
			text_add(t, k + i, 1);
		}
	}
	if (!bare)
		text_add(t, "\"", 1);
}

/* The first n parts of the current key, joined with dots, into out. */
static const char *key_text(const struct parser *p, size_t nparts, char *out)
{
	struct text t = {.n = 0};
	for (size_t i = 0; i < nparts; i++) {
		if (i > 0)
			text_add(&t, ".", 1);
		key_append(&t, p->keys.data + p->parts[i].off, p->parts[i].len);
	}
	memcpy(out, t.s, t.n + 1);
	return out;
}

static const char *type_article(enum toml_type t)
{
	return (t == TOML_ARRAY || t == TOML_INTEGER || t == TOML_DATETIME) ? "an" : "a";
}

/* ---- the key index ---- */

static uint64_t key_hash(const struct parser *p, const struct node *tbl,
			 const char *k, size_t n)
{
	uint64_t h = p->seed ^ ((uint64_t)(uintptr_t)tbl * 0x9e3779b97f4a7c15u);
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)k[i];
		h *= 0x100000001b3u;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdu;
	h ^= h >> 33;
	return h;
}

static void index_put(struct slot *slots, size_t nslots, struct slot s)
{
	size_t i = (size_t)s.hash & (nslots - 1);
	while (slots[i].tbl)
		i = (i + 1) & (nslots - 1);
	slots[i] = s;
}

static void index_add(struct parser *p, const struct node *tbl, size_t idx, uint64_t h)
{
	if ((p->used + 1) * 2 > p->nslots) {
		size_t n = p->nslots ? p->nslots * 2 : 64;
		struct slot *fresh = xcalloc(n, sizeof *fresh);
		for (size_t i = 0; i < p->nslots; i++)
			if (p->slots[i].tbl)
				index_put(fresh, n, p->slots[i]);
		free(p->slots);
		p->slots = fresh;
		p->nslots = n;
	}
	index_put(p->slots, p->nslots, (struct slot){tbl, idx, h});
	p->used++;
}

static struct toml_kv *table_find(const struct parser *p, const struct node *tbl,
				  const char *k, size_t n)
{
	struct toml_kv *found = NULL;
	if (p->nslots) {
		uint64_t h = key_hash(p, tbl, k, n);
		size_t i = (size_t)h & (p->nslots - 1);
		for (; p->slots[i].tbl && !found; i = (i + 1) & (p->nslots - 1)) {
			const struct slot *s = &p->slots[i];
			if (s->tbl != tbl || s->hash != h)
				continue;
			struct toml_kv *kv = &tbl->v.u.table.items[s->idx];
			if (kv->key_len == n && memcmp(kv->key, k, n) == 0)
				found = kv;
		}
	}
	return found;
}

/* Add key k (not yet there) to tbl, with no value yet; returns its index. */
static size_t table_add(struct parser *p, struct node *tbl, const char *k, size_t n,
			size_t pos)
{
	size_t idx = tbl->v.u.table.len;
	tbl->v.u.table.items = xgrow(tbl->v.u.table.items, &tbl->cap, idx + 1,
				     sizeof *tbl->v.u.table.items);
	struct toml_kv *kv = &tbl->v.u.table.items[idx];
	kv->key = xmalloc(n + 1);
	if (n)
		memcpy(kv->key, k, n);
	kv->key[n] = '\0';
	kv->key_len = n;
	kv->value = NULL;
	kv->offset = pos;
	locate(p, pos, &kv->line, &kv->col);
	tbl->v.u.table.len++;
	index_add(p, tbl, idx, key_hash(p, tbl, k, n));
	return idx;
}

/* ---- nodes ---- */

/*
 * A new node depth levels down, or NULL (error set) for a table or an array
 * past TOML_MAX_DEPTH.
 */
static struct node *new_node(struct parser *p, enum toml_type type, int depth,
			     size_t start, int line, int col)
{
	struct node *n = NULL;
	if (depth > TOML_MAX_DEPTH && (type == TOML_TABLE || type == TOML_ARRAY)) {
		fail(p, start, "tables and arrays nested deeper than %d levels",
		     TOML_MAX_DEPTH);
	} else {
		n = xcalloc(1, sizeof *n);
		n->v.type = type;
		n->v.line = line;
		n->v.col = col;
		n->v.start = start;
		n->v.end = start;
		n->depth = depth;
	}
	return n;
}

static void array_push(struct node *a, struct node *v)
{
	size_t len = a->v.u.array.len;
	a->v.u.array.items = xgrow(a->v.u.array.items, &a->cap, len + 1,
				   sizeof *a->v.u.array.items);
	a->v.u.array.items[len] = &v->v;
	a->v.u.array.len++;
}

static struct node *node_of(struct toml_value *v)
{
	return (struct node *)(void *)v;
}

/* ---- whitespace, comments, newlines ---- */

static void skip_ws(struct parser *p)
{
	while (is_ws(at(p, p->pos)))
		p->pos++;
}

/* At a '#': skip the comment, up to (not past) the end of its line. */
static int skip_comment(struct parser *p)
{
	int rc = -1;
	p->pos++;
	for (; p->pos < p->len; p->pos++) {
		int c = (unsigned char)p->s[p->pos];
		if (c == '\n' || (c == '\r' && at(p, p->pos + 1) == '\n'))
			break;
		if (c == '\r') {
			fail(p, p->pos, "carriage return without line feed (end lines "
			     "with LF or CRLF)");
			goto out;
		}
		if (is_control(c)) {
			fail(p, p->pos, "invalid control character U+%04X in comment",
			     (unsigned)c);
			goto out;
		}
	}
	rc = 0;
out:
	return rc;
}

/* Consume a newline (LF or CRLF) at pos, if there is one. */
static bool eat_newline(struct parser *p)
{
	bool eaten = false;
	if (at(p, p->pos) == '\n') {
		p->pos++;
		eaten = true;
	} else if (at(p, p->pos) == '\r' && at(p, p->pos + 1) == '\n') {
		p->pos += 2;
		eaten = true;
	}
	return eaten;
}

/* Skip whitespace, comments and newlines (inside arrays). */
static int skip_ws_nl(struct parser *p)
{
	int rc = 0;
	for (;;) {
		skip_ws(p);
		int c = at(p, p->pos);
		if (c == '#') {
			if (skip_comment(p)) {
				rc = -1;
				break;
			}
		} else if (!eat_newline(p)) {
			if (c == '\r') {
				fail(p, p->pos, "carriage return without line feed (end "
				     "lines with LF or CRLF)");
				rc = -1;
			}
			break;
		}
	}
	return rc;
}

/* After a header or a key/value: optional comment, then newline or end. */
static int end_line(struct parser *p, const char *after)
{
	int rc = -1;
	char what[24];
	skip_ws(p);
	if (at(p, p->pos) == '#' && skip_comment(p))
		goto out;
	if (at(p, p->pos) < 0 || eat_newline(p)) {
		rc = 0;
	} else if (at(p, p->pos) == '\r') {
		fail(p, p->pos, "carriage return without line feed (end lines with "
		     "LF or CRLF)");
	} else {
		fail(p, p->pos, "expected end of line after %s, found %s", after,
		     describe(p, p->pos, what, sizeof what));
	}
out:
	return rc;
}

/* ---- strings ---- */

static void put_utf8(struct buf *b, unsigned long cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		u[0] = (char)(0xf0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	buf_add(b, u, n);
}

/* At a backslash in a basic string: append what it stands for. */
static int scan_escape(struct parser *p, struct buf *out, bool multi)
{
	int rc = -1;
	size_t start = p->pos;
	int c = at(p, start + 1);
	const char *simple = strchr("b\bt\tn\nf\fr\r\"\"\\\\", c > 0 ? c : 'x');
	char what[24];
	if (c > 0 && simple && (simple - "b\bt\tn\nf\fr\r\"\"\\\\") % 2 == 0) {
		buf_addc(out, simple[1]);
		p->pos += 2;
		rc = 0;
	} else if (c == 'u' || c == 'U') {
		size_t n = c == 'u' ? 4 : 8, k = 0;
		unsigned long cp = 0;
		for (; k < n && hex_value(at(p, start + 2 + k)) >= 0; k++)
			cp = cp * 16 + (unsigned long)hex_value(at(p, start + 2 + k));
		if (k < n) {
			fail(p, start, "invalid escape '\\%c%.*s' in string (\\%c needs "
			     "%zu hex digits)", c, (int)k, p->s + start + 2, c, n);
		} else if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
			fail(p, start, "invalid escape '\\%c%.*s' in string (not a "
			     "Unicode scalar value)", c, (int)n, p->s + start + 2);
		} else {
			put_utf8(out, cp);
			p->pos += 2 + n;
			rc = 0;
		}
	} else if (multi && (is_ws(c) || c == '\n' || c == '\r')) {
		size_t i = start + 1;
		while (is_ws(at(p, i)))
			i++;
		p->pos = i;
		if (!eat_newline(p)) {
			fail(p, start, "invalid escape '\\' followed by whitespace in "
			     "string (a line-ending backslash must be last on its line)");
		} else {
			do
				skip_ws(p);
			while (eat_newline(p));
			rc = 0;
		}
	} else if (c < 0) {
		fail(p, start, "unterminated string (missing closing quote)");
	} else if (c == '\n' || c == '\r') {
		fail(p, start, "invalid escape '\\' at end of line (line-ending "
		     "backslashes work only in \"\"\" strings)");
	} else if (c >= 0x80) {
		fail(p, start, "invalid escape '\\%.*s' in string (write \\\\ for a "
		     "backslash)", (int)utf8_len(c), p->s + start + 1);
	} else if (is_control(c)) {
		fail(p, start, "invalid escape '\\' followed by %s in string",
		     describe(p, start + 1, what, sizeof what));
	} else {
		fail(p, start, "invalid escape '\\%c' in string (write \\\\ for a "
		     "backslash)", c);
	}
	return rc;
}

/*
 * At an opening quote: append the unescaped string to out (any of the four
 * kinds; keys may not be multi-line).
 */
static int scan_string(struct parser *p, struct buf *out, bool is_key)
{
	int rc = -1;
	size_t start = p->pos;
	int q = at(p, start);
	bool basic = q == '"';
	bool multi = at(p, start + 1) == q && at(p, start + 2) == q;
	const char *delim = basic ? (multi ? "\"\"\"" : "\"") : (multi ? "'''" : "'");
	if (multi && is_key) {
		fail(p, start, "a multi-line string cannot be a key");
		goto out;
	}
	p->pos += multi ? 3 : 1;
	if (multi)
		eat_newline(p);
	for (;;) {
		size_t run = p->pos;
		int c = at(p, p->pos);
		while (c >= 0 && c != q && !(basic && c == '\\') &&
		       !is_control(c) && c != '\r') {
			p->pos++;
			c = at(p, p->pos);
		}
		buf_add(out, p->s + run, p->pos - run);
		if (c < 0) {
			fail(p, start, "unterminated string (missing closing %s)", delim);
			goto out;
		}
		if (c == q && !multi) {
			p->pos++;
			break;
		}
		if (c == q) {
			size_t n = 1;
			while (n < 5 && at(p, p->pos + n) == q)
				n++;
			if (n < 3) {
				buf_add(out, p->s + p->pos, n);
				p->pos += n;
				continue;
			}
			buf_add(out, p->s + p->pos, n - 3);
			p->pos += n;
			break;
		}
		if (c == '\\') {
			if (scan_escape(p, out, multi))
				goto out;
			continue;
		}
		if (c == '\n' || c == '\r') {
			if (!multi && c == '\r' && at(p, p->pos + 1) != '\n') {
				fail(p, p->pos, "invalid control character U+000D in string%s",
				     basic ? " (write it as \\r)" : "");
				goto out;
			}
			if (!multi) {
				fail(p, p->pos, "unterminated string (missing closing %s "
				     "before the end of the line)", delim);
				goto out;
			}
			if (!eat_newline(p)) {
				fail(p, p->pos, "carriage return without line feed in "
				     "string (end lines with LF or CRLF)");
				goto out;
			}
			buf_addc(out, '\n');
			continue;
		}
		fail(p, p->pos, "invalid control character U+%04X in string%s",
		     (unsigned)c, basic ? " (write it as an escape such as \\u0001)" : "");
		goto out;
	}
	rc = 0;
out:
	return rc;
}

/* ---- keys ---- */

/* Parse a possibly dotted key into p->parts; skips whitespace after it. */
static int parse_key(struct parser *p)
{
	int rc = -1;
	char what[24], kt[KEY_TEXT];
	p->nparts = 0;
	buf_reset(&p->keys);
	for (;;) {
		size_t start = p->pos, off = p->keys.len;
		int c = at(p, start);
		if (c == '"' || c == '\'') {
			if (scan_string(p, &p->keys, true))
				goto out;
		} else if (is_bare(c)) {
			while (is_bare(at(p, p->pos)))
				p->pos++;
			buf_add(&p->keys, p->s + start, p->pos - start);
		} else if (p->nparts > 0) {
			fail(p, start, "expected a key after '%s.', found %s",
			     key_text(p, p->nparts, kt), describe(p, start, what, sizeof what));
			goto out;
		} else if (c == '=') {
			fail(p, start, "missing key before '='");
			goto out;
		} else if (c >= 0x80 || (c > ' ' && c < 0x7f && !strchr(",.=[]{}#", c))) {
			fail(p, start, "expected a key, found %s (keys with characters "
			     "other than A-Za-z0-9_- must be quoted)",
			     describe(p, start, what, sizeof what));
			goto out;
		} else {
			fail(p, start, "expected a key, found %s",
			     describe(p, start, what, sizeof what));
			goto out;
		}
		if (p->nparts > TOML_MAX_DEPTH) {
			/* its tables would nest too deep: stop before using memory */
			fail(p, p->parts[TOML_MAX_DEPTH].pos, "tables and arrays nested "
			     "deeper than %d levels", TOML_MAX_DEPTH);
			goto out;
		}
		p->parts = xgrow(p->parts, &p->parts_cap, p->nparts + 1, sizeof *p->parts);
		p->parts[p->nparts++] = (struct part){off, p->keys.len - off, start, p->pos};
		skip_ws(p);
		if (at(p, p->pos) != '.')
			break;
		p->pos++;
		skip_ws(p);
	}
	rc = 0;
out:
	return rc;
}

static const char *part_key(const struct parser *p, size_t i)
{
	return p->keys.data + p->parts[i].off;
}

/* ---- scalars ---- */

static bool is_leap(int y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int days_in(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

static int num_at(const struct parser *p, size_t i, size_t n)
{
	int v = 0;
	for (size_t k = 0; k < n; k++)
		v = v * 10 + (p->s[i + k] - '0');
	return v;
}

/* HH:MM:SS[.fraction] at pos. */
static int scan_time(struct parser *p, size_t start, struct toml_datetime *dt)
{
	int rc = -1;
	size_t i = p->pos;
	char tok[TOKEN_TEXT];
	if (!digits_at(p, i, 2) || at(p, i + 2) != ':' || !digits_at(p, i + 3, 2) ||
	    at(p, i + 5) != ':' || !digits_at(p, i + 6, 2)) {
		fail(p, start, "invalid time in '%s' (expected HH:MM:SS)",
		     token_text(p, start, tok));
		goto out;
	}
	dt->hour = num_at(p, i, 2);
	dt->minute = num_at(p, i + 3, 2);
	dt->second = num_at(p, i + 6, 2);
	if (dt->hour > 23 || dt->minute > 59 || dt->second > 60) {
		fail(p, start, "invalid time in '%s' (hour 00-23, minute 00-59, "
		     "second 00-60)", token_text(p, start, tok));
		goto out;
	}
	i += 8;
	if (at(p, i) == '.') {
		size_t k = 0;
		long ns = 0;
		i++;
		for (; is_digit(at(p, i + k)); k++)
			if (k < 9)
				ns = ns * 10 + (p->s[i + k] - '0');
		if (k == 0) {
			fail(p, start, "invalid time in '%s' (expected digits after '.')",
			     token_text(p, start, tok));
			goto out;
		}
		for (size_t z = k; z < 9; z++)
			ns *= 10;
		dt->nanosecond = ns;
		i += k;
	}
	p->pos = i;
	rc = 0;
out:
	return rc;
}

/* A date, a time, or both, at pos (digits_at says it looks like one). */
static int scan_datetime(struct parser *p, struct node *n)
{
	int rc = -1;
	size_t start = p->pos;
	struct toml_datetime *dt = &n->v.u.dt;
	char tok[TOKEN_TEXT];
	bool has_date = digits_at(p, start, 4) && at(p, start + 4) == '-';
	bool has_time = !has_date;
	if (has_date) {
		if (!digits_at(p, start + 5, 2) || at(p, start + 7) != '-' ||
		    !digits_at(p, start + 8, 2) || is_digit(at(p, start + 10))) {
			fail(p, start, "invalid date '%s' (expected YYYY-MM-DD)",
			     token_text(p, start, tok));
			goto out;
		}
		dt->year = num_at(p, start, 4);
		dt->month = num_at(p, start + 5, 2);
		dt->day = num_at(p, start + 8, 2);
		if (dt->month < 1 || dt->month > 12) {
			fail(p, start, "invalid date '%s' (month must be 01-12)",
			     token_text(p, start, tok));
			goto out;
		}
		if (dt->day < 1 || dt->day > days_in(dt->year, dt->month)) {
			fail(p, start, "invalid date '%.10s' (day must be 01-%02d in that "
			     "month)", p->s + start, days_in(dt->year, dt->month));
			goto out;
		}
		p->pos = start + 10;
		int c = at(p, p->pos);
		if (c == 'T' || c == 't' ||
		    (c == ' ' && digits_at(p, p->pos + 1, 2) && at(p, p->pos + 3) == ':')) {
			p->pos++;
			has_time = true;
		}
	}
	if (has_time && scan_time(p, start, dt))
		goto out;
	n->v.type = has_date ? (has_time ? TOML_DATETIME_LOCAL : TOML_DATE_LOCAL)
			     : TOML_TIME_LOCAL;
	if (has_date && has_time) {
		int c = at(p, p->pos);
		if (c == 'Z' || c == 'z') {
			n->v.type = TOML_DATETIME;
			p->pos++;
		} else if (c == '+' || c == '-') {
			size_t i = p->pos + 1;
			if (!digits_at(p, i, 2) || at(p, i + 2) != ':' || !digits_at(p, i + 3, 2) ||
			    num_at(p, i, 2) > 23 || num_at(p, i + 3, 2) > 59) {
				fail(p, p->pos, "invalid time offset in '%s' (expected Z or "
				     "+HH:MM)", token_text(p, start, tok));
				goto out;
			}
			int off = num_at(p, i, 2) * 60 + num_at(p, i + 3, 2);
			dt->offset_minutes = c == '-' ? -off : off;
			n->v.type = TOML_DATETIME;
			p->pos = i + 5;
		}
	}
	rc = 0;
out:
	return rc;
}

/*
 * Digits of base with single underscores between them, from t[*i]; returns
 * how many digits, or -1 for a misplaced underscore.
 */
static long scan_digits(const char *t, size_t len, size_t *i, int base)
{
	long n = 0;
	bool under = false, misplaced = false;
	for (; *i < len && !misplaced; (*i)++) {
		int c = (unsigned char)t[*i];
		int v = base == 16 ? hex_value(c) : (is_digit(c) ? c - '0' : -1);
		if (c == '_') {
			misplaced = n == 0 || under;
			under = true;
		} else if (v >= 0 && v < base) {
			n++;
			under = false;
		} else {
			break;
		}
	}
	return misplaced || under ? -1 : n;
}

static int parse_float(struct parser *p, const char *t, size_t len, size_t pos,
		       struct node *n)
{
	int rc = -1;
	char tok[TOKEN_TEXT];
	buf_reset(&p->num);
	for (size_t i = 0; i < len; i++)
		if (t[i] != '_')
			buf_addc(&p->num, t[i]);
	if (!p->c_locale)
		p->c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	locale_t saved = p->c_locale ? uselocale(p->c_locale) : (locale_t)0;
	char *end = NULL;
	double d = strtod(p->num.data, &end);
	if (saved)
		uselocale(saved);
	if (end != p->num.data + p->num.len) {
		fail(p, pos, "invalid float '%s'", token_text(p, pos, tok));
		goto out;
	}
	if (isinf(d)) {
		fail(p, pos, "float '%s' out of range", token_text(p, pos, tok));
		goto out;
	}
	n->v.type = TOML_FLOAT;
	n->v.u.f = d;
	rc = 0;
out:
	return rc;
}

/* An integer or a float in t (len bytes, starting at pos in the document). */
static int parse_number(struct parser *p, const char *t, size_t len, size_t pos,
			struct node *n)
{
	int rc = -1;
	char tok[TOKEN_TEXT];
	size_t i = (t[0] == '+' || t[0] == '-') ? 1 : 0;
	bool neg = t[0] == '-';
	int base = 10;
	if (len - i == 3 && (memcmp(t + i, "inf", 3) == 0 || memcmp(t + i, "nan", 3) == 0)) {
		n->v.type = TOML_FLOAT;
		n->v.u.f = t[i] == 'i' ? INFINITY : NAN;
		if (neg)
			n->v.u.f = -n->v.u.f;
		rc = 0;
		goto out;
	}
	if (len - i >= 2 && t[i] == '0' && strchr("xob", t[i + 1])) {
		base = t[i + 1] == 'x' ? 16 : t[i + 1] == 'o' ? 8 : 2;
		if (i) {
			fail(p, pos, "invalid integer '%s' (hexadecimal, octal and binary "
			     "integers take no sign)", token_text(p, pos, tok));
			goto out;
		}
		i += 2;
	}
	size_t digits_from = i;
	long nd = scan_digits(t, len, &i, base);
	if (nd < 0) {
		fail(p, pos, "invalid number '%s' (an underscore must sit between two "
		     "digits)", token_text(p, pos, tok));
		goto out;
	}
	if (nd == 0) {
		fail(p, pos, "invalid number '%s'", token_text(p, pos, tok));
		goto out;
	}
	bool is_float = false;
	if (base == 10 && t[digits_from] == '0' && nd > 1) {
		fail(p, pos, "invalid number '%s' (leading zeros are not allowed)",
		     token_text(p, pos, tok));
		goto out;
	}
	if (base == 10 && i < len && t[i] == '.') {
		i++;
		long frac = scan_digits(t, len, &i, 10);
		if (frac <= 0) {
			fail(p, pos, "invalid float '%s' (a digit must follow '.', and "
			     "underscores sit between digits)", token_text(p, pos, tok));
			goto out;
		}
		is_float = true;
	}
	if (base == 10 && i < len && (t[i] == 'e' || t[i] == 'E')) {
		i++;
		if (i < len && (t[i] == '+' || t[i] == '-'))
			i++;
		long exp = scan_digits(t, len, &i, 10);
		if (exp <= 0) {
			fail(p, pos, "invalid float '%s' (bad exponent)",
			     token_text(p, pos, tok));
			goto out;
		}
		is_float = true;
	}
	if (i != len) {
		fail(p, pos, "invalid number '%s'", token_text(p, pos, tok));
		goto out;
	}
	if (is_float) {
		rc = parse_float(p, t, len, pos, n);
		goto out;
	}
	uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX, v = 0;
	for (size_t k = digits_from; k < len; k++) {
		if (t[k] == '_')
			continue;
		uint64_t d = (uint64_t)hex_value((unsigned char)t[k]);
		if (v > (limit - d) / (uint64_t)base) {
			fail(p, pos, "integer '%s' out of range (it must fit in 64 bits)",
			     token_text(p, pos, tok));
			goto out;
		}
		v = v * (uint64_t)base + d;
	}
	n->v.type = TOML_INTEGER;
	if (!neg)
		n->v.u.i = (int64_t)v;
	else if (v > (uint64_t)INT64_MAX)
		n->v.u.i = INT64_MIN;
	else
		n->v.u.i = -(int64_t)v;
	rc = 0;
out:
	return rc;
}

/* A bare token: true, false, a number, inf or nan. */
static int scan_token(struct parser *p, struct node *n)
{
	int rc = -1;
	size_t start = p->pos;
	char tok[TOKEN_TEXT], what[24];
	int c = at(p, p->pos);
	while (is_bare(c) || c == '+' || c == '.') {
		p->pos++;
		c = at(p, p->pos);
	}
	const char *t = p->s + start;
	size_t len = p->pos - start;
	if (len == 0) {
		fail(p, start, "expected a value, found %s", describe(p, start, what, sizeof what));
	} else if ((len == 4 && memcmp(t, "true", 4) == 0) ||
		   (len == 5 && memcmp(t, "false", 5) == 0)) {
		n->v.type = TOML_BOOL;
		n->v.u.b = len == 4;
		rc = 0;
	} else if (is_digit(t[0]) || t[0] == '+' || t[0] == '-' ||
		   (len == 3 && (memcmp(t, "inf", 3) == 0 || memcmp(t, "nan", 3) == 0))) {
		rc = parse_number(p, t, len, start, n);
	} else if ((len == 4 && strncasecmp(t, "true", 4) == 0) ||
		   (len == 5 && strncasecmp(t, "false", 5) == 0)) {
		fail(p, start, "invalid value '%s' (booleans are lower case: true, false)",
		     token_text(p, start, tok));
	} else {
		fail(p, start, "invalid value '%s' (strings must be quoted: \"%s\")",
		     token_text(p, start, tok), token_text(p, start, tok));
	}
	return rc;
}

/* ---- values ---- */

static int parse_value(struct parser *p, int depth, struct node **out);
static int parse_keyval(struct parser *p, struct node *tbl);

static int parse_array(struct parser *p, struct node *a)
{
	int rc = -1;
	size_t open = p->pos;
	char what[24];
	p->pos++;
	for (;;) {
		if (skip_ws_nl(p))
			goto out;
		int c = at(p, p->pos);
		if (c == ']')
			break;
		if (c < 0) {
			fail(p, open, "unterminated array (missing ']')");
			goto out;
		}
		struct node *v = NULL;
		if (parse_value(p, a->depth + 1, &v))
			goto out;
		array_push(a, v);
		if (skip_ws_nl(p))
			goto out;
		c = at(p, p->pos);
		if (c == ']')
			break;
		if (c != ',') {
			if (c < 0)
				fail(p, open, "unterminated array (missing ']')");
			else
				fail(p, p->pos, "expected ',' or ']' after array element, "
				     "found %s", describe(p, p->pos, what, sizeof what));
			goto out;
		}
		p->pos++;
	}
	p->pos++;
	a->flags |= N_FROZEN;
	rc = 0;
out:
	return rc;
}

static int parse_inline_table(struct parser *p, struct node *t)
{
	int rc = -1;
	size_t open = p->pos;
	char what[24];
	p->pos++;
	skip_ws(p);
	if (at(p, p->pos) == '}')
		goto done;
	for (;;) {
		int c = at(p, p->pos);
		if (c == '\n' || c == '\r') {
			fail(p, p->pos, "newline in inline table (an inline table must "
			     "fit on one line; use a [table] instead)");
			goto out;
		}
		if (c < 0) {
			fail(p, open, "unterminated inline table (missing '}')");
			goto out;
		}
		if (parse_keyval(p, t))
			goto out;
		skip_ws(p);
		c = at(p, p->pos);
		if (c == '}')
			break;
		if (c == ',') {
			p->pos++;
			skip_ws(p);
			if (at(p, p->pos) == '}') {
				fail(p, p->pos, "trailing comma in inline table");
				goto out;
			}
			continue;
		}
		if (c == '\n' || c == '\r')
			fail(p, p->pos, "newline in inline table (an inline table must "
			     "fit on one line; use a [table] instead)");
		else if (c < 0)
			fail(p, open, "unterminated inline table (missing '}')");
		else
			fail(p, p->pos, "expected ',' or '}' in inline table, found %s",
			     describe(p, p->pos, what, sizeof what));
		goto out;
	}
done:
	p->pos++;
	t->flags |= N_FROZEN;
	rc = 0;
out:
	return rc;
}

/* A value at pos, as a new node depth levels down, in *out. */
static int parse_value(struct parser *p, int depth, struct node **out)
{
	int rc = -1;
	size_t start = p->pos;
	int c = at(p, start), line, col;
	struct buf b = {0};
	locate(p, start, &line, &col);
	/* a scalar's type is set once it is complete, so freeing is safe */
	enum toml_type type = c == '[' ? TOML_ARRAY : c == '{' ? TOML_TABLE : TOML_BOOL;
	struct node *n = new_node(p, type, depth, start, line, col);
	if (!n)
		goto out;
	if (c == '"' || c == '\'') {
		if (scan_string(p, &b, false))
			goto out;
		n->v.type = TOML_STRING;
		n->v.u.s.len = b.len;
		n->v.u.s.ptr = buf_detach(&b);
	} else if (c == '[') {
		if (parse_array(p, n))
			goto out;
	} else if (c == '{') {
		if (parse_inline_table(p, n))
			goto out;
	} else if ((digits_at(p, start, 4) && at(p, start + 4) == '-') ||
		   (digits_at(p, start, 2) && at(p, start + 2) == ':')) {
		if (scan_datetime(p, n))
			goto out;
	} else {
		if (scan_token(p, n))
			goto out;
	}
	n->v.end = p->pos;
	rc = 0;
out:
	buf_wipe(&b); /* a string cut short by an error may be the token */
	if (rc && n) {
		toml_free(&n->v);
		n = NULL;
	}
	*out = n;
	return rc;
}

/* ---- key/value pairs and headers ---- */

/* Error for part i of the key, which names a value that is not a table. */
static void not_a_table(struct parser *p, size_t i, const struct node *have,
			const char *verb)
{
	char kt[KEY_TEXT];
	key_text(p, i + 1, kt);
	if (have->v.type == TOML_TABLE && (have->flags & N_FROZEN))
		fail(p, p->parts[i].pos, "cannot %s inline table '%s' (defined on line "
		     "%d): inline tables are complete once written", verb, kt,
		     have->v.line);
	else if (have->v.type == TOML_TABLE)
		fail(p, p->parts[i].pos, "cannot %s table '%s' with dotted keys: it "
		     "has its own [header] on line %d", verb, kt, have->v.line);
	else if (have->v.type == TOML_ARRAY && (have->flags & N_AOT))
		fail(p, p->parts[i].pos, "cannot %s '%s' with dotted keys: it is an "
		     "array of tables (line %d)", verb, kt, have->v.line);
	else
		fail(p, p->parts[i].pos, "key '%s' is already %s %s (line %d), not a "
		     "table", kt, type_article(have->v.type),
		     toml_type_name(have->v.type), have->v.line);
}

/* A new table for part i of the key, in tbl; returns it or NULL. */
static struct node *add_table(struct parser *p, struct node *tbl, size_t i,
			      unsigned flags)
{
	const struct part *pt = &p->parts[i];
	size_t idx = table_add(p, tbl, part_key(p, i), pt->len, pt->pos);
	struct toml_kv *kv = &tbl->v.u.table.items[idx];
	struct node *n = new_node(p, TOML_TABLE, tbl->depth + 1, pt->pos, kv->line,
				  kv->col);
	if (n) {
		n->flags = flags;
		n->v.end = pt->end;
		kv->value = &n->v;
	}
	return n;
}

/* key = value, into tbl (the current table, or an inline table being built). */
static int parse_keyval(struct parser *p, struct node *tbl)
{
	int rc = -1;
	char kt[KEY_TEXT];
	if (parse_key(p))
		goto out;
	if (at(p, p->pos) != '=') {
		fail(p, p->pos, "expected '=' after key '%s'", key_text(p, p->nparts, kt));
		goto out;
	}
	p->pos++;
	skip_ws(p);
	size_t last = p->nparts - 1;
	for (size_t i = 0; i < last; i++) {
		struct toml_kv *kv = table_find(p, tbl, part_key(p, i), p->parts[i].len);
		if (!kv) {
			tbl = add_table(p, tbl, i, N_DOTTED);
			if (!tbl)
				goto out;
			continue;
		}
		struct node *have = node_of(kv->value);
		if (have->v.type != TOML_TABLE || (have->flags & (N_FROZEN | N_HEADER))) {
			not_a_table(p, i, have, "add to");
			goto out;
		}
		if (have->flags & N_IMPLICIT) {
			have->flags = N_DOTTED;
			locate(p, p->parts[i].pos, &have->v.line, &have->v.col);
			have->v.start = p->parts[i].pos;
			have->v.end = p->parts[i].end;
		}
		tbl = have;
	}
	struct toml_kv *dup = table_find(p, tbl, part_key(p, last), p->parts[last].len);
	if (dup) {
		fail(p, p->parts[last].pos, "duplicate key '%s' (first set on line %d)",
		     key_text(p, p->nparts, kt), dup->line);
		goto out;
	}
	size_t idx = table_add(p, tbl, part_key(p, last), p->parts[last].len,
			       p->parts[last].pos);
	key_text(p, p->nparts, kt);
	struct node *v = NULL;
	if (parse_value(p, tbl->depth + 1, &v))
		goto out;
	tbl->v.u.table.items[idx].value = &v->v;
	memcpy(p->last_key, kt, sizeof kt);
	rc = 0;
out:
	return rc;
}

/* Error for a [header] whose part i names something it cannot extend. */
static void header_conflict(struct parser *p, size_t i, const struct node *have,
			    bool aot, bool last)
{
	char kt[KEY_TEXT];
	size_t pos = p->parts[i].pos;
	int line = have->v.line;
	key_text(p, i + 1, kt);
	if (have->v.type == TOML_TABLE && (have->flags & N_FROZEN))
		fail(p, pos, "cannot extend inline table '%s' (defined on line %d): "
		     "inline tables are complete once written", kt, line);
	else if (have->v.type == TOML_TABLE && aot)
		fail(p, pos, "cannot make '%s' an array of tables: it is already a "
		     "table (line %d)", kt, line);
	else if (have->v.type == TOML_TABLE)
		fail(p, pos, "duplicate table [%s] (already defined%s on line %d)", kt,
		     (have->flags & N_DOTTED) ? " by dotted keys" : "", line);
	else if (have->v.type == TOML_ARRAY && (have->flags & N_AOT))
		fail(p, pos, "'%s' is an array of tables (line %d): write [[%s]] to "
		     "add an element", kt, line, kt);
	else if (have->v.type == TOML_ARRAY)
		fail(p, pos, "cannot extend array '%s' (line %d): only arrays of "
		     "tables made with [[%s]] can be extended", kt, line, kt);
	else
		fail(p, pos, "key '%s' is already %s %s (line %d), not %s", kt,
		     type_article(have->v.type), toml_type_name(have->v.type), line,
		     last && aot ? "an array of tables" : "a table");
}

/* [a.b] or [[a.b]] at pos: makes the table that later keys go into. */
static int parse_header(struct parser *p)
{
	int rc = -1;
	size_t open = p->pos;
	bool aot = at(p, open + 1) == '[';
	int line, col;
	char kt[KEY_TEXT], what[24];
	locate(p, open, &line, &col);
	p->pos += aot ? 2 : 1;
	skip_ws(p);
	if (parse_key(p))
		goto out;
	if (at(p, p->pos) != ']' || (aot && at(p, p->pos + 1) != ']')) {
		fail(p, p->pos, "expected '%s' after table name '%s', found %s",
		     aot ? "]]" : "]", key_text(p, p->nparts, kt),
		     describe(p, p->pos, what, sizeof what));
		goto out;
	}
	p->pos += aot ? 2 : 1;
	size_t close = p->pos, last = p->nparts - 1;
	struct node *t = p->root;
	for (size_t i = 0; i < last; i++) {
		struct toml_kv *kv = table_find(p, t, part_key(p, i), p->parts[i].len);
		struct node *have = kv ? node_of(kv->value) : NULL;
		if (!have) {
			t = add_table(p, t, i, N_IMPLICIT);
			if (!t)
				goto out;
		} else if (have->v.type == TOML_TABLE && !(have->flags & N_FROZEN)) {
			t = have;
		} else if (have->v.type == TOML_ARRAY && (have->flags & N_AOT)) {
			t = node_of(have->v.u.array.items[have->v.u.array.len - 1]);
		} else {
			header_conflict(p, i, have, aot, false);
			goto out;
		}
	}
	const struct part *pt = &p->parts[last];
	struct toml_kv *kv = table_find(p, t, part_key(p, last), pt->len);
	struct node *have = kv ? node_of(kv->value) : NULL;
	if (!have && t->depth + (aot ? 2 : 1) > TOML_MAX_DEPTH) {
		fail(p, pt->pos, "tables and arrays nested deeper than %d levels",
		     TOML_MAX_DEPTH);
		goto out;
	}
	if (!have) {
		size_t idx = table_add(p, t, part_key(p, last), pt->len, pt->pos);
		struct node *n = new_node(p, aot ? TOML_ARRAY : TOML_TABLE, t->depth + 1,
					  open, line, col);
		if (!n)
			goto out;
		n->flags = aot ? N_AOT : N_HEADER;
		n->v.end = close;
		t->v.u.table.items[idx].value = &n->v;
		t = n;
	} else if (aot && have->v.type == TOML_ARRAY && (have->flags & N_AOT)) {
		t = have;
	} else if (!aot && have->v.type == TOML_TABLE && have->flags == N_IMPLICIT) {
		have->flags = N_HEADER;
		have->v.line = line;
		have->v.col = col;
		have->v.start = open;
		have->v.end = close;
		t = have;
	} else {
		header_conflict(p, last, have, aot, true);
		goto out;
	}
	if (aot) {
		struct node *elem = new_node(p, TOML_TABLE, t->depth + 1, open, line, col);
		if (!elem)
			goto out;
		elem->flags = N_HEADER;
		elem->v.end = close;
		array_push(t, elem);
		t = elem;
	}
	p->cur = t;
	rc = 0;
out:
	return rc;
}

static int parse_document(struct parser *p)
{
	int rc = -1;
	char after[KEY_TEXT + 32];
	for (;;) {
		skip_ws(p);
		int c = at(p, p->pos);
		if (c < 0)
			break;
		if (c == '[') {
			if (parse_header(p) || end_line(p, "table header"))
				goto out;
		} else if (c == '#' || c == '\n' || c == '\r') {
			if (end_line(p, "comment"))
				goto out;
		} else {
			if (parse_keyval(p, p->cur))
				goto out;
			snprintf(after, sizeof after, "the value of '%s'", p->last_key);
			if (end_line(p, after))
				goto out;
		}
	}
	rc = 0;
out:
	return rc;
}

/* Offset of the first byte that is not valid UTF-8, or len. */
static size_t utf8_check(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned c = s[i];
		size_t n = 0;
		unsigned lo = 0x80, hi = 0xbf;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			lo = c == 0xe0 ? 0xa0 : 0x80;
			hi = c == 0xed ? 0x9f : 0xbf;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			lo = c == 0xf0 ? 0x90 : 0x80;
			hi = c == 0xf4 ? 0x8f : 0xbf;
		} else {
			break;
		}
		if (i + n >= len || s[i + 1] < lo || s[i + 1] > hi)
			break;
		size_t k = 2;
		while (k <= n && s[i + k] >= 0x80 && s[i + k] <= 0xbf)
			k++;
		if (k <= n)
			break;
		i += n + 1;
	}
	return i;
}

struct toml_value *toml_parse(const char *text, size_t len, struct toml_error *err)
{
	struct parser p = {0};
	struct toml_error ignored = {{0}, 0, 0};
	struct toml_value *doc = NULL;
	p.err = err ? err : &ignored;
	memset(p.err, 0, sizeof *p.err);
	p.s = text ? text : "";
	p.len = text ? len : 0;
	p.at_line = p.at_col = 1;
	p.seed = (uint64_t)(uintptr_t)&p ^ 0x243f6a8885a308d3u;
	if (p.len >= 3 && memcmp(p.s, "\xef\xbb\xbf", 3) == 0)
		p.pos = p.doc_start = p.at_off = 3;
	size_t bad = utf8_check((const unsigned char *)p.s, p.len);
	if (bad < p.len) {
		fail(&p, bad, "invalid UTF-8 byte 0x%02X (the document must be "
		     "UTF-8 encoded)", (unsigned char)p.s[bad]);
		goto out;
	}
	p.root = new_node(&p, TOML_TABLE, 0, 0, 0, 0);
	p.root->v.end = p.len;
	p.cur = p.root;
	if (parse_document(&p))
		goto out;
	doc = &p.root->v;
	p.root = NULL;
out:
	if (p.root)
		toml_free(&p.root->v);
	buf_free(&p.keys);
	buf_free(&p.num);
	free(p.parts);
	free(p.slots);
	if (p.c_locale)
		freelocale(p.c_locale);
	return doc;
}

void toml_free(struct toml_value *v)
{
	if (v) {
		if (v->type == TOML_TABLE) {
			for (size_t i = 0; i < v->u.table.len; i++) {
				free(v->u.table.items[i].key);
				toml_free(v->u.table.items[i].value);
			}
			free(v->u.table.items);
		} else if (v->type == TOML_ARRAY) {
			for (size_t i = 0; i < v->u.array.len; i++)
				toml_free(v->u.array.items[i]);
			free(v->u.array.items);
		} else if (v->type == TOML_STRING) {
			/* a config's strings include the token */
			wipe(v->u.s.ptr, v->u.s.len);
			free(v->u.s.ptr);
		}
		free(node_of(v));
	}
}

const struct toml_kv *toml_get_kv(const struct toml_value *tbl, const char *key)
{
	const struct toml_kv *found = NULL;
	if (tbl && key && tbl->type == TOML_TABLE) {
		size_t n = strlen(key);
		for (size_t i = 0; i < tbl->u.table.len && !found; i++) {
			const struct toml_kv *kv = &tbl->u.table.items[i];
			if (kv->key_len == n && memcmp(kv->key, key, n) == 0)
				found = kv;
		}
	}
	return found;
}

const struct toml_value *toml_get(const struct toml_value *tbl, const char *key)
{
	const struct toml_kv *kv = toml_get_kv(tbl, key);
	return kv ? kv->value : NULL;
}

const char *toml_type_name(enum toml_type t)
{
	static const char *const names[] = {
		[TOML_TABLE] = "table",
		[TOML_ARRAY] = "array",
		[TOML_STRING] = "string",
		[TOML_INTEGER] = "integer",
		[TOML_FLOAT] = "float",
		[TOML_BOOL] = "boolean",
		[TOML_DATETIME] = "offset date-time",
		[TOML_DATETIME_LOCAL] = "local date-time",
		[TOML_DATE_LOCAL] = "local date",
		[TOML_TIME_LOCAL] = "local time",
	};
	const char *name = "unknown";
	if ((unsigned)t < sizeof names / sizeof names[0])
		name = names[t];
	return name;
}
