#include "dns/zone.h"

#include <stdalign.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xalloc.h"
#include "dns/value.h"
#include "dns/zone-rdata.h"

/* ---- an arena: every string and field array of a zone, freed at once ---- */

struct chunk {
	struct chunk *next;
	size_t used, cap;
	max_align_t data[];
};

struct zone_arena {
	struct chunk *head;
};

#define CHUNK_SIZE 65536

static void *arena_alloc(struct zone_arena *a, size_t n, size_t align)
{
	struct chunk *c = a->head;
	size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
	if (!c || at > c->cap || c->cap - at < n) {
		size_t cap = n > CHUNK_SIZE / 4 ? n : CHUNK_SIZE;
		struct chunk *fresh = xmalloc(sizeof(*fresh) + cap);
		fresh->cap = cap;
		fresh->used = 0;
		if (c && cap == n) {
			/* a big block: keep filling the current chunk afterwards */
			fresh->next = c->next;
			c->next = fresh;
		} else {
			fresh->next = c;
			a->head = fresh;
		}
		c = fresh;
		at = 0;
	}
	c->used = at + n;
	return (char *)c->data + at;
}

static char *arena_strndup(struct zone_arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1, 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static void arena_free(struct zone_arena *a)
{
	struct chunk *c = a ? a->head : NULL;
	while (c) {
		struct chunk *next = c->next;
		free(c);
		c = next;
	}
	free(a);
}

/* ---- the lexer: one logical line (parentheses joined) at a time ---- */

struct tok {
	const char *raw; /* in the input */
	size_t raw_len;
	size_t data_off, data_len; /* in parser.data, NUL-terminated there */
	bool quoted;
	int line, col;
};

struct parser {
	const char *p, *end;
	const char *file;
	int line;
	const char *line_start;
	struct tok *toks;
	size_t ntoks, captoks;
	struct buf data; /* the decoded tokens of the current line */
	struct buf tmp;
	struct buf key; /* the canonical form of the current record's value */
	struct zone *z;
	struct zone_arena *arena;
	const char *origin; /* the $ORIGIN in force */
	uint32_t ttl;       /* $TTL, or the caller's default */
	bool have_owner;
	bool owner_bad;     /* the last owner name was in error: its blank-owner lines are skipped */
	bool in_paren;      /* lex_line() stopped inside parentheses */
	const char *owner, *name;
	bool outside;
	const char *owner_raw;    /* the last owner as written, */
	size_t owner_raw_len;
	const char *owner_origin; /* and the origin it was read against */
	struct zone_error *err;
};

static int fail(struct parser *ps, int line, int col, const char *fmt, ...) XATTR_PRINTF(4, 5);

static int fail(struct parser *ps, int line, int col, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	buf_printf(&b, "'%s' line %d, column %d: ", ps->file, line, col);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	struct zone_error *e = ps->err;
	if (e->count == 0) {
		snprintf(e->msg, sizeof(e->msg), "%s", buf_str(&b));
		e->line = line;
		e->col = col;
	} else if (e->count < ZONE_ERRORS_SHOWN) {
		snprintf(e->more[e->count - 1], sizeof(e->more[0]), "%s", buf_str(&b));
	}
	e->count++;
	buf_free(&b);
	return -1;
}

/* Format a token for a message into ps->tmp and return it. */
static const char *subject(struct parser *ps, const char *s, size_t len)
{
	buf_reset(&ps->tmp);
	zsubject(&ps->tmp, s, len);
	return buf_str(&ps->tmp);
}

static int column(const struct parser *ps, const char *at)
{
	return (int)(at - ps->line_start) + 1;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Character classes for the lexer. */
enum {
	C_DELIM = 1,   /* ends an unquoted token: white space, newline, ; ( ) */
	C_SPECIAL = 2, /* \\ and " */
	C_CTRL = 4,    /* control characters other than tab, CR and LF */
	C_NL = 8,
};

static const unsigned char cclass[256] = {
	[0x00] = C_CTRL, [0x01] = C_CTRL, [0x02] = C_CTRL, [0x03] = C_CTRL, [0x04] = C_CTRL,
	[0x05] = C_CTRL, [0x06] = C_CTRL, [0x07] = C_CTRL, [0x08] = C_CTRL, [0x0b] = C_CTRL,
	[0x0c] = C_CTRL, [0x0e] = C_CTRL, [0x0f] = C_CTRL, [0x10] = C_CTRL, [0x11] = C_CTRL,
	[0x12] = C_CTRL, [0x13] = C_CTRL, [0x14] = C_CTRL, [0x15] = C_CTRL, [0x16] = C_CTRL,
	[0x17] = C_CTRL, [0x18] = C_CTRL, [0x19] = C_CTRL, [0x1a] = C_CTRL, [0x1b] = C_CTRL,
	[0x1c] = C_CTRL, [0x1d] = C_CTRL, [0x1e] = C_CTRL, [0x1f] = C_CTRL, [0x7f] = C_CTRL,
	['\t'] = C_DELIM, ['\r'] = C_DELIM, ['\n'] = C_DELIM | C_NL, [' '] = C_DELIM,
	[';'] = C_DELIM, ['('] = C_DELIM, [')'] = C_DELIM, ['\\'] = C_SPECIAL, ['"'] = C_SPECIAL,
};

static unsigned cls(char c)
{
	return cclass[(unsigned char)c];
}

static bool is_delim(char c)
{
	return cls(c) & C_DELIM;
}

static bool is_control(char c)
{
	return cls(c) & C_CTRL;
}

static int fail_control(struct parser *ps, const char *at)
{
	return fail(ps, ps->line, column(ps, at),
		    "control character 0x%02x in the file: write it as \\%03u in a quoted string",
		    (unsigned char)*at, (unsigned char)*at);
}

static void newline(struct parser *ps)
{
	ps->p++;
	ps->line++;
	ps->line_start = ps->p;
}

/* At a backslash: decode the escape into ps->data. */
static int lex_escape(struct parser *ps)
{
	const char *at = ps->p;
	int rc = -1;
	if (ps->end - at < 2) {
		fail(ps, ps->line, column(ps, at), "backslash at the end of the file");
		goto out;
	}
	char c = at[1];
	if (c == '\n' || c == '\r') {
		fail(ps, ps->line, column(ps, at),
		     "backslash at the end of a line: write a newline as \\010");
		goto out;
	}
	if (is_digit(c)) {
		if (ps->end - at < 4 || !is_digit(at[2]) || !is_digit(at[3])) {
			fail(ps, ps->line, column(ps, at), "bad escape: \\DDD takes three digits");
			goto out;
		}
		unsigned v = (unsigned)(c - '0') * 100 + (unsigned)(at[2] - '0') * 10 +
			     (unsigned)(at[3] - '0');
		if (v > 255) {
			fail(ps, ps->line, column(ps, at),
			     "bad escape '\\%.3s': \\DDD must be 000 to 255", at + 1);
			goto out;
		}
		buf_addc(&ps->data, (char)v);
		ps->p += 4;
	} else if (is_control(c)) {
		fail_control(ps, at + 1);
		goto out;
	} else {
		buf_addc(&ps->data, c);
		ps->p += 2;
	}
	rc = 0;
out:
	return rc;
}

/* At a double quote: the string's bytes go to ps->data. */
static int lex_quoted(struct parser *ps)
{
	const char *open = ps->p;
	int line = ps->line, col = column(ps, open), rc = -1;
	ps->p++;
	for (;;) {
		if (ps->p >= ps->end || *ps->p == '\n') {
			fail(ps, line, col, "unterminated quoted string");
			goto out;
		}
		char c = *ps->p;
		if (c == '"') {
			ps->p++;
			break;
		}
		if (c == '\\') {
			if (lex_escape(ps) < 0)
				goto out;
			continue;
		}
		if (is_control(c)) {
			fail_control(ps, ps->p);
			goto out;
		}
		const char *run = ps->p;
		while (ps->p < ps->end && !(cls(*ps->p) & (C_SPECIAL | C_CTRL | C_NL)))
			ps->p++;
		buf_add(&ps->data, run, (size_t)(ps->p - run));
	}
	rc = 0;
out:
	return rc;
}

/* An unquoted token; a quoted part inside it (key="a b") belongs to it. */
static int lex_word(struct parser *ps)
{
	int rc = -1;
	while (ps->p < ps->end && !is_delim(*ps->p)) {
		char c = *ps->p;
		if (c == '\\') {
			if (lex_escape(ps) < 0)
				goto out;
		} else if (c == '"') {
			if (lex_quoted(ps) < 0)
				goto out;
		} else if (is_control(c)) {
			fail_control(ps, ps->p);
			goto out;
		} else {
			const char *run = ps->p;
			while (ps->p < ps->end && !(cls(*ps->p) & (C_DELIM | C_SPECIAL | C_CTRL)))
				ps->p++;
			buf_add(&ps->data, run, (size_t)(ps->p - run));
		}
	}
	rc = 0;
out:
	return rc;
}

static int lex_token(struct parser *ps)
{
	int rc = -1;
	ps->toks = xgrow(ps->toks, &ps->captoks, ps->ntoks + 1, sizeof(*ps->toks));
	struct tok *t = &ps->toks[ps->ntoks];
	t->raw = ps->p;
	t->line = ps->line;
	t->col = column(ps, ps->p);
	t->data_off = ps->data.len;
	t->quoted = *ps->p == '"';
	if (t->quoted) {
		if (lex_quoted(ps) < 0)
			goto out;
		if (ps->p < ps->end && !is_delim(*ps->p)) {
			fail(ps, ps->line, column(ps, ps->p),
			     "unexpected text right after a quoted string: separate them with a space");
			goto out;
		}
	} else if (lex_word(ps) < 0) {
		goto out;
	}
	t->raw_len = (size_t)(ps->p - t->raw);
	t->data_len = ps->data.len - t->data_off;
	buf_addc(&ps->data, '\0');
	ps->ntoks++;
	rc = 0;
out:
	return rc;
}

/* Read the tokens up to the end of the line (parentheses joining lines). */
static int lex_line(struct parser *ps)
{
	int pline = 0, pcol = 0, rc = -1;
	ps->ntoks = 0;
	ps->in_paren = false;
	buf_reset(&ps->data);
	while (ps->p < ps->end) {
		char c = *ps->p;
		if (c == ' ' || c == '\t' || c == '\r') {
			ps->p++;
		} else if (c == '\n') {
			newline(ps);
			if (!ps->in_paren)
				break;
		} else if (c == ';') {
			const char *nl = memchr(ps->p, '\n', (size_t)(ps->end - ps->p));
			ps->p = nl ? nl : ps->end;
		} else if (c == '(') {
			if (ps->in_paren) {
				fail(ps, ps->line, column(ps, ps->p),
				     "'(' inside parentheses: close the first group before opening another");
				goto out;
			}
			ps->in_paren = true;
			pline = ps->line;
			pcol = column(ps, ps->p);
			ps->p++;
		} else if (c == ')') {
			if (!ps->in_paren) {
				fail(ps, ps->line, column(ps, ps->p), "unbalanced ')': no '(' before it");
				goto out;
			}
			ps->in_paren = false;
			ps->p++;
		} else if (is_control(c)) {
			fail_control(ps, ps->p);
			goto out;
		} else if (lex_token(ps) < 0) {
			goto out;
		}
	}
	if (ps->in_paren) {
		fail(ps, pline, pcol, "unbalanced '(': no ')' before the end of the file");
		goto out;
	}
	rc = 0;
out:
	return rc;
}

/* ---- records and directives ---- */

static const char *tok_data(const struct parser *ps, const struct tok *t)
{
	return ps->data.data + t->data_off;
}

/* Whether s starts with word (upper case), ignoring case. */
static bool prefix_is(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word);
	bool same = len >= n;
	for (size_t i = 0; same && i < n; i++) {
		char c = s[i];
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		same = c == word[i];
	}
	return same;
}

/* Whether an unquoted token is word (upper case), ignoring case. */
static bool tok_is(const struct tok *t, const char *word)
{
	return !t->quoted && t->raw_len == strlen(word) && prefix_is(t->raw, t->raw_len, word);
}

/*
 * Check a name token and append its absolute form (against the current
 * origin) to ps->tmp. what names it in messages ("owner name").
 */
static int name_token(struct parser *ps, const struct tok *t, const char *what, struct buf *out)
{
	char why[128];
	bool abs;
	int rc = -1;
	if (t->quoted) {
		fail(ps, t->line, t->col, "%s cannot be a quoted string", what);
		goto out;
	}
	if (!(t->raw_len == 1 && t->raw[0] == '@') &&
	    zname_check(t->raw, t->raw_len, &abs, why, sizeof(why)) < 0) {
		fail(ps, t->line, t->col, "invalid %s '%s': %s", what,
		     subject(ps, t->raw, t->raw_len), why);
		goto out;
	}
	buf_reset(out);
	zname_absolute(out, t->raw, t->raw_len, ps->origin);
	if (out->len != t->raw_len && zname_check(out->data, out->len, &abs, why, sizeof(why)) < 0) {
		fail(ps, t->line, t->col, "invalid %s '%s': %s", what,
		     subject(ps, t->raw, t->raw_len), why);
		goto out;
	}
	rc = 0;
out:
	return rc;
}

static int directive(struct parser *ps)
{
	const struct tok *t0 = &ps->toks[0];
	struct buf name = {0};
	uint32_t ttl;
	int rc = -1;
	bool is_origin = tok_is(t0, "$ORIGIN"), is_ttl = tok_is(t0, "$TTL");
	if (tok_is(t0, "$INCLUDE")) {
		fail(ps, t0->line, t0->col,
		     "$INCLUDE is not supported: copy the records of the included file into this one");
		goto out;
	}
	if (!is_origin && !is_ttl) {
		fail(ps, t0->line, t0->col, "unknown directive '%s': gandi reads $ORIGIN and $TTL only",
		     subject(ps, t0->raw, t0->raw_len));
		goto out;
	}
	if (ps->ntoks < 2) {
		fail(ps, t0->line, t0->col, "%s", is_origin ? "$ORIGIN needs a domain name, such as "
							      "$ORIGIN example.com."
							    : "$TTL needs a TTL, such as $TTL 1h");
		goto out;
	}
	if (ps->ntoks > 2) {
		const struct tok *t2 = &ps->toks[2];
		fail(ps, t2->line, t2->col, "unexpected '%s' after %s: it takes one value",
		     subject(ps, t2->raw, t2->raw_len), is_origin ? "$ORIGIN" : "$TTL");
		goto out;
	}
	const struct tok *t1 = &ps->toks[1];
	if (is_origin) {
		if (name_token(ps, t1, "$ORIGIN name", &name) < 0)
			goto out;
		ps->origin = arena_strndup(ps->arena, name.data, name.len);
		struct buf rel = {0};
		if (!ps->z->foreign_origin &&
		    !zname_relative(&rel, name.data, name.len, ps->z->origin)) {
			ps->z->foreign_origin = ps->origin;
			ps->z->foreign_line = t0->line;
		}
		buf_free(&rel);
	} else {
		int r = t1->quoted ? -1 : zttl_parse(tok_data(ps, t1), t1->data_len, &ttl);
		if (r < 0) {
			fail(ps, t1->line, t1->col,
			     r == -2 ? "TTL '%s' is too large: at most 2147483647 seconds"
				     : "invalid TTL '%s': use seconds or units such as 1h30m",
			     subject(ps, t1->raw, t1->raw_len));
			goto out;
		}
		ps->ttl = ttl;
	}
	rc = 0;
out:
	buf_free(&name);
	return rc;
}

static int set_owner(struct parser *ps, const struct tok *t)
{
	struct buf abs = {0}, rel = {0};
	int rc = -1;
	if (ps->have_owner && ps->owner_origin == ps->origin && !t->quoted &&
	    t->raw_len == ps->owner_raw_len && memcmp(t->raw, ps->owner_raw, t->raw_len) == 0) {
		rc = 0; /* the same owner as the record before */
		goto out;
	}
	if (name_token(ps, t, "owner name", &abs) < 0) {
		ps->owner_bad = true;
		goto out;
	}
	ps->owner = arena_strndup(ps->arena, abs.data, abs.len);
	ps->outside = !zname_relative(&rel, abs.data, abs.len, ps->z->origin);
	ps->name = ps->outside ? ps->owner : arena_strndup(ps->arena, rel.data, rel.len);
	ps->owner_raw = t->raw;
	ps->owner_raw_len = t->raw_len;
	ps->owner_origin = ps->origin;
	ps->have_owner = true;
	rc = 0;
out:
	buf_free(&abs);
	buf_free(&rel);
	return rc;
}

/* 0: not a class; 1: IN; 2: another class. */
static int class_of(const struct tok *t)
{
	int cls = 0;
	if (t->quoted || !strchr("IiCcHhNnAa", t->raw[0]))
		cls = 0;
	else if (tok_is(t, "IN") || tok_is(t, "CLASS1"))
		cls = 1;
	else if (tok_is(t, "CH") || tok_is(t, "HS") || tok_is(t, "CS") || tok_is(t, "NONE") ||
		 tok_is(t, "ANY"))
		cls = 2;
	else if (!t->quoted && t->raw_len > 5 && t->raw_len <= 10 &&
		 prefix_is(t->raw, t->raw_len, "CLASS")) {
		cls = 2;
		for (size_t i = 5; i < t->raw_len; i++)
			if (!is_digit(t->raw[i]))
				cls = 0;
	}
	return cls;
}

/* The type of a token: a known mnemonic or TYPEnnn. Returns NULL on error. */
static const char *record_type(struct parser *ps, const struct tok *t, const struct rrtype **rt)
{
	const char *d = tok_data(ps, t);
	const char *type = NULL;
	*rt = NULL;
	if (t->quoted) {
		fail(ps, t->line, t->col, "expected a record type, found a quoted string");
		goto out;
	}
	if (t->data_len > 4 && t->data_len <= 9 && prefix_is(d, t->data_len, "TYPE")) {
		unsigned long v = 0;
		bool ok = true;
		for (size_t i = 4; i < t->data_len; i++) {
			ok = ok && is_digit(d[i]);
			v = v * 10 + (unsigned long)(d[i] - '0');
		}
		if (ok && v <= 65535) {
			*rt = rrtype_by_number((unsigned)v);
			if (*rt) {
				type = (*rt)->name;
			} else {
				char num[16];
				int n = snprintf(num, sizeof(num), "TYPE%lu", v);
				type = arena_strndup(ps->arena, num, (size_t)n);
			}
			goto out;
		}
	}
	*rt = rrtype_by_name(d, t->data_len);
	if (*rt) {
		type = (*rt)->name;
		goto out;
	}
	fail(ps, t->line, t->col,
	     "unknown record type '%s': write a type gandi does not know as TYPEnnn (RFC 3597)",
	     subject(ps, t->raw, t->raw_len));
out:
	return type;
}

/* The position of field i (or just after the last token when a field is missing). */
static void field_pos(const struct zone_field *f, size_t n, const struct tok *last, size_t i,
		      int *line, int *col)
{
	*line = last->line;
	*col = last->col + (int)last->raw_len;
	if (i < n) {
		*line = f[i].line;
		*col = f[i].col;
	}
}

static int rdata_fail(struct parser *ps, const struct zone_field *f, size_t n,
		      const struct tok *last, size_t field, const char *msg)
{
	int line, col;
	field_pos(f, n, last, field, &line, &col);
	return fail(ps, line, col, "%s", msg);
}

static int record(struct parser *ps, bool blank)
{
	const struct tok *toks = ps->toks;
	size_t i = 0, n = ps->ntoks;
	uint32_t ttl = ps->ttl;
	bool have_ttl = false, have_class = false;
	const struct rrtype *rt = NULL;
	struct zone_field *f = NULL;
	struct rdata_error re;
	struct dnsv_error ve;
	int rc = -1;
	if (!blank) {
		if (set_owner(ps, &toks[0]) < 0)
			goto out;
		i = 1;
	} else if (!ps->have_owner) {
		fail(ps, toks[0].line, toks[0].col,
		     "no owner name: this line starts with white space but no record before it "
		     "gives an owner");
		goto out;
	}
	for (; i < n && !toks[i].quoted; i++) {
		const struct tok *t = &toks[i];
		int cls;
		if (is_digit(t->raw[0])) {
			int r = zttl_parse(tok_data(ps, t), t->data_len, &ttl);
			if (r == -1 && strpbrk(tok_data(ps, t), ".:")) {
				fail(ps, t->line, t->col, "missing record type before '%s'",
				     subject(ps, t->raw, t->raw_len));
				goto out;
			}
			if (r < 0) {
				fail(ps, t->line, t->col,
				     r == -2 ? "TTL '%s' is too large: at most 2147483647 seconds"
					     : "invalid TTL '%s': use seconds or units such as 1h30m",
				     subject(ps, t->raw, t->raw_len));
				goto out;
			}
			if (have_ttl) {
				fail(ps, t->line, t->col, "TTL given twice");
				goto out;
			}
			have_ttl = true;
		} else if ((cls = class_of(t)) != 0) {
			if (cls == 2) {
				fail(ps, t->line, t->col,
				     "class '%s' is not supported: LiveDNS zones are class IN",
				     subject(ps, t->raw, t->raw_len));
				goto out;
			}
			if (have_class) {
				fail(ps, t->line, t->col, "class given twice");
				goto out;
			}
			have_class = true;
		} else {
			break;
		}
	}
	if (i >= n) {
		const struct tok *last = &toks[n - 1];
		fail(ps, last->line, last->col + (int)last->raw_len, "missing record type");
		goto out;
	}
	const struct tok *tt = &toks[i++];
	const char *type = record_type(ps, tt, &rt);
	if (!type)
		goto out;

	size_t nf = n - i;
	if (nf)
		f = arena_alloc(ps->arena, nf * sizeof(*f), alignof(struct zone_field));
	buf_reset(&ps->tmp);
	for (size_t k = 0; k < nf; k++) {
		const struct tok *t = &toks[i + k];
		const char *d = tok_data(ps, t);
		f[k].data = arena_strndup(ps->arena, d, t->data_len);
		f[k].len = t->data_len;
		f[k].quoted = t->quoted;
		f[k].line = t->line;
		f[k].col = t->col;
		if (t->quoted) {
			size_t at = ps->tmp.len;
			zquote(&ps->tmp, d, t->data_len);
			f[k].text = arena_strndup(ps->arena, ps->tmp.data + at, ps->tmp.len - at);
		} else if (t->raw_len == t->data_len && memcmp(t->raw, d, t->data_len) == 0) {
			f[k].text = f[k].data;
		} else {
			f[k].text = arena_strndup(ps->arena, t->raw, t->raw_len);
		}
	}
	if (nf && rdata_is_generic(&f[0]) && rdata_generic_check(f, nf, &re) < 0) {
		rdata_fail(ps, f, nf, &toks[n - 1], re.field, re.msg);
		goto out;
	}
	const char *value = NULL, *key = NULL, *refused = NULL;
	if (rt && dnsv_type(rt->name)) {
		buf_reset(&ps->tmp);
		buf_reset(&ps->key);
		if (dnsv_fields(rt->name, f, nf, ps->origin, &ps->tmp, &ps->key, &ve) < 0) {
			if (!ve.refused) {
				rdata_fail(ps, f, nf, &toks[n - 1], ve.field, ve.msg);
				goto out;
			}
			int line, col;
			field_pos(f, nf, &toks[n - 1], ve.field, &line, &col);
			struct buf why = {0};
			buf_printf(&why, "column %d: %s", col, ve.msg);
			refused = arena_strndup(ps->arena, why.data, why.len);
			buf_free(&why);
		} else {
			value = arena_strndup(ps->arena, buf_str(&ps->tmp), ps->tmp.len);
			key = ps->key.len == ps->tmp.len && memcmp(ps->key.data, ps->tmp.data, ps->tmp.len) == 0
				      ? value
				      : arena_strndup(ps->arena, buf_str(&ps->key), ps->key.len);
		}
	}
	buf_reset(&ps->tmp);
	for (size_t k = 0; k < nf; k++) {
		if (k)
			buf_addc(&ps->tmp, ' ');
		buf_adds(&ps->tmp, f[k].text);
	}

	struct zone *z = ps->z;
	z->records = xgrow(z->records, &z->cap_, z->len + 1, sizeof(*z->records));
	struct zone_record *r = &z->records[z->len++];
	r->owner = ps->owner;
	r->name = ps->name;
	r->outside = ps->outside;
	r->ttl = ttl;
	r->rclass = "IN";
	r->type = type;
	r->fields = f;
	r->nfields = nf;
	if (value && strlen(value) == ps->tmp.len && memcmp(value, buf_str(&ps->tmp), ps->tmp.len) == 0)
		r->rdata = value;
	else
		r->rdata = arena_strndup(ps->arena, buf_str(&ps->tmp), ps->tmp.len);
	r->value = value;
	r->key = key;
	r->refused = refused;
	r->origin = ps->origin;
	r->line = toks[0].line;
	r->col = toks[0].col;
	rc = 0;
out:
	return rc;
}

/* After an error in lex_line(): go past the rest of its line, or of its parentheses. */
static void skip_rest(struct parser *ps)
{
	bool paren = ps->in_paren;
	while (ps->p < ps->end) {
		char c = *ps->p;
		if (c == '\n') {
			newline(ps);
			if (!paren)
				break;
		} else {
			if (c == ')')
				paren = false;
			ps->p++;
		}
	}
}

static int set_origin(struct parser *ps, const char *origin)
{
	size_t len = origin ? strlen(origin) : 0;
	char why[128];
	bool abs;
	int rc = -1;
	if (len == 0 || zname_check(origin, len, &abs, why, sizeof(why)) < 0) {
		snprintf(ps->err->msg, sizeof(ps->err->msg), "invalid zone name '%s': %s",
			 subject(ps, origin ? origin : "", len), len ? why : "empty name");
		ps->err->count = 1;
		goto out;
	}
	buf_reset(&ps->tmp);
	zname_absolute(&ps->tmp, origin, len, ".");
	ps->z->origin = ps->origin = arena_strndup(ps->arena, ps->tmp.data, ps->tmp.len);
	rc = 0;
out:
	return rc;
}

/*
 * At most one record a line: reserving that many up front avoids copying the
 * array as it grows (pages never written cost nothing). Capped for files of
 * blank lines.
 */
static size_t estimate_records(const char *p, const char *end)
{
	size_t lines = 1, len = (size_t)(end - p);
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		lines++;
		p++;
	}
	return lines < len / 4 + 1 ? lines : len / 4 + 1;
}

struct zone *zone_parse(const char *text, size_t len, const char *file, const char *origin,
			uint32_t default_ttl, struct zone_error *err)
{
	struct parser ps = {0};
	struct zone *z = xcalloc(1, sizeof(*z));
	struct zone_error scratch;
	int rc = -1;
	if (!err)
		err = &scratch;
	memset(err, 0, sizeof(*err));
	z->arena_ = xcalloc(1, sizeof(*z->arena_));
	z->file = arena_strndup(z->arena_, file ? file : "-", strlen(file ? file : "-"));
	ps.p = ps.line_start = text ? text : "";
	ps.end = ps.p + (text ? len : 0);
	ps.file = z->file;
	ps.line = 1;
	ps.z = z;
	ps.arena = z->arena_;
	ps.ttl = default_ttl > ZONE_TTL_MAX ? ZONE_TTL_MAX : default_ttl;
	ps.err = err;
	if (set_origin(&ps, origin) < 0)
		goto out;
	z->cap_ = estimate_records(ps.p, ps.end);
	z->records = xmalloc(z->cap_ * sizeof(*z->records));
	/* an error ends its line (or its parentheses), not the parse: every error is reported */
	while (ps.p < ps.end) {
		bool blank = *ps.p == ' ' || *ps.p == '\t';
		if (lex_line(&ps) < 0) {
			skip_rest(&ps);
			continue;
		}
		if (ps.ntoks == 0)
			continue;
		const struct tok *t0 = &ps.toks[0];
		if (!blank && !t0->quoted && t0->raw[0] == '$') {
			directive(&ps);
		} else if (blank && ps.owner_bad) {
			continue; /* its owner was reported already */
		} else {
			if (!blank)
				ps.owner_bad = false;
			record(&ps, blank);
		}
	}
	rc = err->count ? -1 : 0;
out:
	free(ps.toks);
	buf_free(&ps.data);
	buf_free(&ps.tmp);
	buf_free(&ps.key);
	if (rc < 0) {
		zone_free(z);
		z = NULL;
	}
	return z;
}

void zone_free(struct zone *z)
{
	if (z) {
		arena_free(z->arena_);
		free(z->records);
		free(z);
	}
}

bool zone_type_is_livedns(const char *type)
{
	return dnsv_type(type) != NULL;
}

size_t zone_unsupported(const struct zone *z, struct zone_unsupported **out)
{
	size_t n = 0, cap = 0;
	*out = NULL;
	for (size_t i = 0; i < z->len; i++) {
		const struct zone_record *r = &z->records[i];
		const char *reason = r->refused	  ? r->refused
				     : !r->value  ? "type not accepted by LiveDNS"
				     : r->outside ? "owner outside the zone"
						  : NULL;
		if (!reason)
			continue;
		*out = xgrow(*out, &cap, n + 1, sizeof(**out));
		(*out)[n].record = r;
		(*out)[n].reason = reason;
		n++;
	}
	return n;
}

/* ---- RRsets ---- */

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool name_eq(const char *a, const char *b)
{
	while (*a && lower(*a) == lower(*b)) {
		a++;
		b++;
	}
	return lower(*a) == lower(*b);
}

static uint64_t hash_bytes(uint64_t h, const char *s, bool fold)
{
	for (; *s; s++) {
		h ^= (unsigned char)(fold ? lower(*s) : *s);
		h *= 1099511628211u;
	}
	return h;
}

#define NO_SLOT ((size_t)-1)

static size_t table_size(size_t n)
{
	size_t cap = 16;
	while (cap < 2 * n)
		cap *= 2;
	return cap;
}

struct group {
	size_t first, count, start;
	uint32_t min, max;
};

static void add_warning(struct zone_rrsets *s, size_t *cap, char *msg)
{
	s->warnings = xgrow(s->warnings, cap, s->nwarnings + 1, sizeof(*s->warnings));
	s->warnings[s->nwarnings++] = msg;
}

static void ttl_warning(const struct zone *z, const struct group *g, const size_t *order,
			struct zone_rrsets *s, size_t *wcap)
{
	const struct zone_record *r0 = &z->records[g->first];
	struct buf b = {0};
	buf_printf(&b, "'%s': RRset '%s' %s has different TTLs (", z->file, r0->name, r0->type);
	for (size_t k = 0; k < g->count; k++) {
		const struct zone_record *r = &z->records[order[g->start + k]];
		if (k == 8) {
			buf_printf(&b, ", and %zu more", g->count - k);
			break;
		}
		buf_printf(&b, "%sline %d: %lu", k ? ", " : "", r->line, (unsigned long)r->ttl);
	}
	buf_printf(&b, "); using the lowest, %lu", (unsigned long)g->min);
	add_warning(s, wcap, buf_detach(&b));
}

void zone_rrsets(const struct zone *z, struct zone_rrsets *out)
{
	size_t n = z->len, ng = 0, wcap = 0;
	size_t cap = table_size(n);
	size_t *slots = xmalloc(cap * sizeof(*slots));
	size_t *group_of = xmalloc((n ? n : 1) * sizeof(*group_of));
	size_t *order = xmalloc((n ? n : 1) * sizeof(*order));
	struct group *g = xcalloc(n ? n : 1, sizeof(*g));
	memset(out, 0, sizeof(*out));

	for (size_t k = 0; k < cap; k++)
		slots[k] = NO_SLOT;
	for (size_t i = 0; i < n; i++) {
		const struct zone_record *r = &z->records[i];
		size_t h = (size_t)hash_bytes(hash_bytes(14695981039346656037u, r->name, true),
					      r->type, false) & (cap - 1);
		while (slots[h] != NO_SLOT) {
			const struct zone_record *r0 = &z->records[g[slots[h]].first];
			if (r0->outside == r->outside && !r0->refused == !r->refused &&
			    name_eq(r0->name, r->name) && strcmp(r0->type, r->type) == 0)
				break;
			h = (h + 1) & (cap - 1);
		}
		if (slots[h] == NO_SLOT) {
			slots[h] = ng;
			g[ng].first = i;
			g[ng].min = g[ng].max = r->ttl;
			ng++;
		}
		struct group *gr = &g[slots[h]];
		group_of[i] = slots[h];
		gr->count++;
		if (r->ttl < gr->min)
			gr->min = r->ttl;
		if (r->ttl > gr->max)
			gr->max = r->ttl;
	}
	for (size_t k = 0, at = 0; k < ng; k++) {
		g[k].start = at;
		at += g[k].count;
		g[k].count = 0;
	}
	for (size_t i = 0; i < n; i++) {
		struct group *gr = &g[group_of[i]];
		order[gr->start + gr->count++] = i;
	}

	/* Values: the same slots now hold record indexes, keyed by (group, value). */
	for (size_t k = 0; k < cap; k++)
		slots[k] = NO_SLOT;
	out->values_ = xmalloc((n ? n : 1) * sizeof(*out->values_));
	out->items = xcalloc(ng ? ng : 1, sizeof(*out->items));
	out->len = ng;
	for (size_t k = 0; k < ng; k++) {
		const struct zone_record *r0 = &z->records[g[k].first];
		struct zone_rrset *set = &out->items[k];
		set->name = r0->name;
		set->type = r0->type;
		set->ttl = g[k].min;
		set->line = r0->line;
		set->livedns = r0->value != NULL;
		set->outside = r0->outside;
		set->values = out->values_ + g[k].start;
		for (size_t j = 0; j < g[k].count; j++) {
			size_t i = order[g[k].start + j];
			const struct zone_record *r = &z->records[i];
			const char *v = r->value ? r->value : r->rdata;
			const char *same = r->key ? r->key : v; /* values equal by meaning */
			size_t h = (size_t)(hash_bytes(14695981039346656037u, same, false) ^
					    (k * 0x9e3779b97f4a7c15u)) & (cap - 1);
			while (slots[h] != NO_SLOT) {
				const struct zone_record *o = &z->records[slots[h]];
				const char *osame = o->key ? o->key : o->value ? o->value : o->rdata;
				if (group_of[slots[h]] == k && strcmp(osame, same) == 0)
					break;
				h = (h + 1) & (cap - 1);
			}
			if (slots[h] != NO_SLOT) {
				struct buf b = {0};
				buf_printf(&b, "'%s' line %d: duplicate record '%s' %s ", z->file,
					   r->line, r->name, r->type);
				zsubject(&b, v, strlen(v));
				buf_printf(&b, " (same as line %d): kept once",
					   z->records[slots[h]].line);
				add_warning(out, &wcap, buf_detach(&b));
				continue;
			}
			slots[h] = i;
			set->values[set->nvalues++] = v;
		}
		if (g[k].min != g[k].max)
			ttl_warning(z, &g[k], order, out, &wcap);
	}
	free(slots);
	free(group_of);
	free(order);
	free(g);
}

void zone_rrsets_free(struct zone_rrsets *s)
{
	for (size_t i = 0; i < s->nwarnings; i++)
		free(s->warnings[i]);
	free(s->warnings);
	free(s->items);
	free(s->values_);
	memset(s, 0, sizeof(*s));
}
