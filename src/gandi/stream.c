#include "gandi/stream.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <yajl/yajl_parse.h>

#include "buf.h"
#include "xalloc.h"

/* As deep as jansson nests (JSON_PARSER_MAX_DEPTH). */
#define MAX_DEPTH 2048

enum kind { K_NULL, K_BOOL, K_INT, K_NUMBER, K_STRING, K_OBJECT, K_ARRAY };

static const char *kind_name(enum kind k)
{
	static const char *const names[] = {"null", "a boolean", "an integer", "a number",
					    "a string", "an object", "an array"};
	return names[k];
}

/* Where the parser is. */
enum place {
	P_TOP,      /* before the first value */
	P_WRAP,     /* in the object that wraps the array (ITEMS_WRAPPED) */
	P_ARRAY,    /* in the array of items, between items */
	P_ITEM,     /* in an item, between members */
	P_PARENT,   /* in an object member of an item that holds fields ("dates") */
	P_STRV,     /* in a string array field */
	P_SKIP,     /* in a value nothing is taken from, until depth drops to skip_to */
	P_AFTER,    /* the array is over */
};

struct items_reader {
	yajl_handle h;
	const char *text;       /* the whole text, or NULL (ITEMS_NO_TEXT) */
	size_t base;            /* bytes given before the chunk being read */
	bool stopped;           /* yajl said no, or an event stopped it */
	const struct schema *s;
	unsigned flags;
	struct items *out;
	struct items_result *res;
	int depth;              /* open objects and arrays */
	enum place place, back; /* back: where P_SKIP returns */
	int skip_to;
	int array_depth;        /* depth inside the array of items */
	bool array_seen, bad_wrap;
	int wrap_key;           /* the current key of the wrapping object: 0, 1 zone_data, 2 items */
	int taken;              /* which array was taken: 0, 1 zone_data, 2 items */
	/* the current item */
	char *cur;              /* a struct of the schema */
	struct decoder d;
	size_t start;           /* its first byte in text */
	bool canonical;         /* its text is jansson's, whitespace aside */
	bool failed;            /* d.error is set: nothing more is decoded */
	uint64_t seen;          /* fields present, by index */
	const struct field *pending;  /* the field the next value fills */
	const char *parent;     /* in P_PARENT: its name (the schema's string) */
	bool pending_parent;    /* the next value is a parent object */
	char **strv;            /* P_STRV: the strings so far */
	size_t nstrv, capstrv;
	/* keys of the objects open in the item, for keys given twice */
	uint64_t *keys;
	size_t nkeys, capkeys;
	size_t *marks;          /* where each open object's keys start */
	size_t nmarks, capmarks;
};

/* ---- allocation (yajl's, made to abort on exhaustion as xmalloc does) ---- */

static void *y_malloc(void *ctx, size_t n)
{
	(void)ctx;
	return xmalloc(n ? n : 1);
}

static void *y_realloc(void *ctx, void *p, size_t n)
{
	(void)ctx;
	return xrealloc(p, n ? n : 1);
}

static void y_free(void *ctx, void *p)
{
	(void)ctx;
	free(p);
}

/* ---- the current item ---- */

static size_t offset(const struct items_reader *sc)
{
	return sc->base + yajl_get_bytes_consumed(sc->h);
}

/* The item does not decode: the first reason is kept, nothing more is decoded. */
static void fail(struct items_reader *sc, const char *fmt, ...) XATTR_PRINTF(2, 3);
static void fail(struct items_reader *sc, const char *fmt, ...)
{
	if (!sc->failed && !sc->d.error) {
		struct buf b = {0};
		va_list ap;
		va_start(ap, fmt);
		buf_vprintf(&b, fmt, ap);
		va_end(ap);
		sc->d.error = buf_detach(&b);
	}
	sc->failed = true;
}

static void wrong(struct items_reader *sc, const char *key, enum kind k, const char *want)
{
	fail(sc, "%s field '%s' is %s, not %s", sc->d.what, key, kind_name(k), want);
}

static void strv_drop(struct items_reader *sc)
{
	for (size_t i = 0; i < sc->nstrv; i++)
		free(sc->strv[i]);
	sc->nstrv = 0;
}

static void item_begin(struct items_reader *sc)
{
	memset(sc->cur, 0, sc->s->size);
	/* an absent field holds its default, as decoding a tree gives it */
	for (size_t i = 0; i < sc->s->nfields; i++) {
		const struct field *f = &sc->s->fields[i];
		if (f->kind == FIELD_INT)
			*(long long *)(sc->cur + f->at) = f->def;
		else if (f->kind == FIELD_BOOL)
			*(bool *)(sc->cur + f->at) = f->def != 0;
	}
	sc->d = (struct decoder){.what = sc->s->what};
	sc->start = offset(sc) - 1;
	sc->canonical = true;
	sc->failed = false;
	sc->seen = 0;
	sc->pending = NULL;
	sc->pending_parent = false;
	sc->nkeys = sc->nmarks = 0;
}

static size_t field_index(const struct items_reader *sc, const struct field *f)
{
	return (size_t)(f - sc->s->fields);
}

/* The field named key under parent (NULL: the item's own), or NULL. */
static const struct field *field_of(const struct schema *s, const char *parent, const char *key,
				    size_t len)
{
	for (size_t i = 0; len && i < s->nfields; i++) {
		const struct field *f = &s->fields[i];
		if (f->key[0] != key[0] || (f->parent == NULL) != (parent == NULL) ||
		    (parent && f->parent != parent))
			continue; /* most keys differ from the first byte */
		if (strncmp(f->key, key, len) == 0 && f->key[len] == '\0')
			return f;
	}
	return NULL;
}

/* The parent name of the schema that key is, or NULL. */
static const char *parent_of(const struct schema *s, const char *key, size_t len)
{
	for (size_t i = 0; len && i < s->nfields; i++) {
		const char *p = s->fields[i].parent;
		if (p && p[0] == key[0] && strncmp(p, key, len) == 0 && p[len] == '\0')
			return p;
	}
	return NULL;
}

/* Clear what field f holds (a duplicate key, or null). */
static void field_clear(struct items_reader *sc, const struct field *f)
{
	void *at = sc->cur + f->at;
	sc->seen &= ~((uint64_t)1 << field_index(sc, f));
	switch (f->kind) {
	case FIELD_STR:
		free(*(char **)at);
		*(char **)at = NULL;
		break;
	case FIELD_INT:
		*(long long *)at = f->def;
		break;
	case FIELD_BOOL:
		*(bool *)at = f->def != 0;
		break;
	case FIELD_STRV:
		strv_free(*(char ***)at);
		*(char ***)at = NULL;
		*(size_t *)(sc->cur + f->count_at) = 0;
		break;
	}
}

/* A scalar value for the pending field; s/len: the string or the number's text. */
static void field_scalar(struct items_reader *sc, const struct field *f, enum kind k, const char *s,
			 size_t len, bool b)
{
	void *at = sc->cur + f->at;
	field_clear(sc, f);
	if (k == K_NULL)
		return;
	switch (f->kind) {
	case FIELD_STR:
		if (k != K_STRING) {
			wrong(sc, f->key, k, "a string");
			return;
		}
		*(char **)at = xstrndup(s, len);
		break;
	case FIELD_INT: {
		if (k != K_INT && k != K_NUMBER) {
			wrong(sc, f->key, k, "an integer");
			return;
		}
		char num[64];
		if (!s || len >= sizeof(num)) {
			wrong(sc, f->key, K_NUMBER, "an integer");
			return;
		}
		memcpy(num, s, len);
		num[len] = '\0';
		errno = 0;
		long long v = k == K_INT ? strtoll(num, NULL, 10) : 0;
		if (k == K_NUMBER || errno == ERANGE) {
			double x = strtod(num, NULL);
			if (!(x >= -9.2e18 && x <= 9.2e18)) {
				wrong(sc, f->key, K_NUMBER, "an integer");
				return;
			}
			v = (long long)x;
		}
		*(long long *)at = v;
		break;
	}
	case FIELD_BOOL:
		if (k != K_BOOL) {
			wrong(sc, f->key, k, "a boolean");
			return;
		}
		*(bool *)at = b;
		break;
	case FIELD_STRV:
		wrong(sc, f->key, k, "an array");
		return;
	}
	sc->seen |= (uint64_t)1 << field_index(sc, f);
}

/* Append an item and a copy of its struct. */
static void item_push(struct items *out, const struct item *it, const void *data)
{
	size_t size = out->schema->size, cap = out->cap;
	out->v = xgrow(out->v, &out->cap, out->len + 1, sizeof(*out->v));
	if (out->cap != cap)
		out->data = xrealloc(out->data, out->cap * size);
	out->v[out->len] = *it;
	memcpy(out->data + out->len * size, data, size);
	out->len++;
}

/* The item is over: check it, keep it. */
static void item_end(struct items_reader *sc)
{
	const struct schema *s = sc->s;
	struct items *out = sc->out;
	size_t end = offset(sc);
	for (size_t i = 0; i < s->nfields && !sc->failed; i++) {
		const struct field *f = &s->fields[i];
		if (f->required && !(sc->seen & ((uint64_t)1 << i)))
			fail(sc, "%s has no '%s'", sc->d.what, f->key);
	}
	for (size_t i = 0; i < s->nfields; i++)
		if (s->fields[i].kind == FIELD_STRV && !*(char ***)(sc->cur + s->fields[i].at))
			*(char ***)(sc->cur + s->fields[i].at) = xcalloc(1, sizeof(char *));
	struct item it = {0};
	if (sc->text)
		it.raw = (struct jv_text){sc->text + sc->start, end - sc->start};
	/* a backslash is only ever in a string: \u and \/ are written otherwise by jansson */
	const char *p = it.raw.text, *stop = p ? p + it.raw.len : NULL;
	while (p && sc->canonical && (p = memchr(p, '\\', (size_t)(stop - p))) && p + 1 < stop) {
		if (p[1] == 'u' || p[1] == '/')
			sc->canonical = false;
		p += 2;
	}
	if (sc->text && !sc->failed && !sc->canonical) {
		json_error_t jerr;
		json_t *j = json_loadb(it.raw.text, it.raw.len, 0, &jerr);
		if (j) {
			it.rewritten = json_dumps(j, JSON_COMPACT);
			it.raw = (struct jv_text){it.rewritten, strlen(it.rewritten)};
			json_decref(j);
		} else {
			fail(sc, "%s is not valid JSON: %s", sc->d.what, jerr.text);
		}
	}
	if (sc->failed && !(sc->flags & ITEMS_KEEP_BAD)) {
		free(it.rewritten);
		s->free(sc->cur);
		sc->res->status = ITEMS_BAD_ITEM;
		sc->res->error = sc->d.error;
		sc->d.error = NULL;
		return;
	}
	if (sc->failed) {
		it.problem = sc->d.error;
		sc->d.error = NULL;
		s->free(sc->cur);
	}
	item_push(out, &it, sc->cur);
	memset(sc->cur, 0, s->size); /* what it held is the item's now */
}

/* A value that is not an object at the place of an item. */
static void not_an_item(struct items_reader *sc, enum kind k)
{
	if (sc->flags & ITEMS_KEEP_BAD) {
		struct item it = {.not_object = true};
		memset(sc->cur, 0, sc->s->size);
		item_push(sc->out, &it, sc->cur);
		return;
	}
	sc->d = (struct decoder){.what = sc->s->what};
	sc->failed = false;
	fail(sc, "%s is %s, not an object", sc->d.what, kind_name(k));
	sc->res->status = ITEMS_BAD_ITEM;
	sc->res->error = sc->d.error;
	sc->d.error = NULL;
}

/* ---- the events ---- */

/* The status once an event is taken: go on, unless the reading must stop. */
static int go_on(const struct items_reader *sc)
{
	return sc->res->status == ITEMS_OK;
}

static void skip_value(struct items_reader *sc, bool container)
{
	if (container) {
		sc->back = sc->place;
		sc->skip_to = sc->depth - 1;
		sc->place = P_SKIP;
	}
}

/* A scalar (k) or the start of a container (K_OBJECT, K_ARRAY; depth already counted). */
static int value(struct items_reader *sc, enum kind k, const char *s, size_t len, bool b)
{
	bool container = k == K_OBJECT || k == K_ARRAY;
	switch (sc->place) {
	case P_TOP:
		if (k == K_ARRAY) {
			sc->place = P_ARRAY;
			sc->array_depth = sc->depth;
			sc->array_seen = true;
		} else if (k == K_OBJECT && (sc->flags & ITEMS_WRAPPED)) {
			sc->place = P_WRAP;
		} else {
			sc->place = P_AFTER; /* not a list: nothing is taken from it */
			skip_value(sc, container);
		}
		break;
	case P_WRAP: {
		int key = sc->wrap_key;
		sc->wrap_key = 0;
		if (key == 2 && k != K_ARRAY)
			sc->bad_wrap = true;
		if (k == K_ARRAY && key > sc->taken) {
			if (sc->taken) /* items comes after zone_data: items it is */
				items_free(sc->out);
			sc->out->schema = sc->s;
			sc->taken = key;
			sc->array_seen = true;
			sc->place = P_ARRAY;
			sc->array_depth = sc->depth;
		} else {
			skip_value(sc, container);
		}
		break;
	}
	case P_ARRAY:
		if (k == K_OBJECT) {
			item_begin(sc);
			sc->place = P_ITEM;
		} else {
			not_an_item(sc, k);
			skip_value(sc, container);
		}
		break;
	case P_ITEM:
	case P_PARENT: {
		const struct field *f = sc->pending;
		bool parent = sc->pending_parent;
		sc->pending = NULL;
		sc->pending_parent = false;
		if (sc->failed) {
			skip_value(sc, container);
		} else if (f && f->kind == FIELD_STRV && k == K_ARRAY) {
			field_clear(sc, f);
			sc->pending = f;
			sc->place = P_STRV;
		} else if (f) {
			field_scalar(sc, f, k, s, len, b);
			skip_value(sc, container);
		} else if (parent && k == K_OBJECT) {
			sc->place = P_PARENT;
		} else {
			if (parent && k != K_NULL)
				wrong(sc, sc->parent, k, "an object");
			skip_value(sc, container);
		}
		break;
	}
	case P_STRV:
		if (k == K_STRING) {
			sc->strv = xgrow(sc->strv, &sc->capstrv, sc->nstrv + 1, sizeof(*sc->strv));
			sc->strv[sc->nstrv++] = xstrndup(s, len);
		} else {
			fail(sc, "%s field '%s' holds %s, not a string", sc->d.what,
			     sc->pending->key, kind_name(k));
			skip_value(sc, container);
		}
		break;
	case P_SKIP:
	case P_AFTER:
		break;
	}
	return go_on(sc);
}

/* A number's text is jansson's when it is an integer jansson holds, without a sign on 0. */
static bool canonical_number(const char *s, size_t len)
{
	if (memchr(s, '.', len) || memchr(s, 'e', len) || memchr(s, 'E', len))
		return false;
	if (len == 2 && s[0] == '-' && s[1] == '0')
		return false;
	if (len < 19)
		return true;
	char num[32];
	if (len >= sizeof(num))
		return false;
	memcpy(num, s, len);
	num[len] = '\0';
	errno = 0;
	(void)strtoll(num, NULL, 10);
	return errno != ERANGE;
}

static bool in_item(const struct items_reader *sc)
{
	return sc->place == P_ITEM || sc->place == P_PARENT || sc->place == P_STRV ||
	       (sc->place == P_SKIP && sc->depth > sc->array_depth && sc->array_depth);
}

static int on_null(void *ctx)
{
	return value(ctx, K_NULL, NULL, 0, false);
}

static int on_bool(void *ctx, int b)
{
	return value(ctx, K_BOOL, NULL, 0, b != 0);
}

static int on_number(void *ctx, const char *s, size_t len)
{
	struct items_reader *sc = ctx;
	bool integer = !memchr(s, '.', len) && !memchr(s, 'e', len) && !memchr(s, 'E', len);
	if (in_item(sc) && !canonical_number(s, len))
		sc->canonical = false;
	return value(sc, integer ? K_INT : K_NUMBER, s, len, false);
}

/* jansson refuses \u0000 in a string (JSON_ALLOW_NUL is not given): so does gandi. */
static int nul_inside(struct items_reader *sc, const unsigned char *s, size_t len)
{
	if (!memchr(s, '\0', len))
		return 0;
	sc->res->status = ITEMS_SYNTAX;
	sc->res->error = xstrdup("\\u0000 is not allowed in a string");
	sc->res->error_at = offset(sc);
	return 1;
}

static int on_string(void *ctx, const unsigned char *s, size_t len)
{
	struct items_reader *sc = ctx;
	if (nul_inside(sc, s, len))
		return 0;
	return value(sc, K_STRING, (const char *)s, len, false);
}

static int open_container(struct items_reader *sc, enum kind k)
{
	if (++sc->depth > MAX_DEPTH) {
		sc->res->status = ITEMS_SYNTAX;
		sc->res->error = xstrdup("too big nesting depth");
		sc->res->error_at = offset(sc);
		return 0;
	}
	int rc = value(sc, k, NULL, 0, false);
	if (k == K_OBJECT && in_item(sc)) {
		sc->marks = xgrow(sc->marks, &sc->capmarks, sc->nmarks + 1, sizeof(*sc->marks));
		sc->marks[sc->nmarks++] = sc->nkeys;
	}
	return rc;
}

static int on_start_map(void *ctx)
{
	return open_container(ctx, K_OBJECT);
}

static int on_start_array(void *ctx)
{
	return open_container(ctx, K_ARRAY);
}

static int close_container(struct items_reader *sc, bool object)
{
	if (object && in_item(sc) && sc->nmarks)
		sc->nkeys = sc->marks[--sc->nmarks];
	sc->depth--;
	switch (sc->place) {
	case P_SKIP:
		if (sc->depth == sc->skip_to)
			sc->place = sc->back;
		break;
	case P_STRV: {
		const struct field *f = sc->pending;
		sc->pending = NULL;
		sc->place = f->parent ? P_PARENT : P_ITEM;
		if (!sc->failed) {
			sc->strv = xgrow(sc->strv, &sc->capstrv, sc->nstrv + 1, sizeof(*sc->strv));
			sc->strv[sc->nstrv] = NULL;
			*(char ***)(sc->cur + f->at) = xmalloc((sc->nstrv + 1) * sizeof(char *));
			memcpy(*(char ***)(sc->cur + f->at), sc->strv, (sc->nstrv + 1) * sizeof(char *));
			*(size_t *)(sc->cur + f->count_at) = sc->nstrv;
			sc->seen |= (uint64_t)1 << field_index(sc, f);
			sc->nstrv = 0;
		}
		strv_drop(sc);
		break;
	}
	case P_PARENT:
		sc->place = P_ITEM;
		break;
	case P_ITEM:
		sc->place = P_ARRAY;
		item_end(sc);
		break;
	case P_ARRAY:
		sc->place = (sc->flags & ITEMS_WRAPPED) && sc->depth > 0 ? P_WRAP : P_AFTER;
		break;
	case P_WRAP:
		sc->place = P_AFTER;
		break;
	case P_TOP:
	case P_AFTER:
		break;
	}
	return go_on(sc);
}

static int on_end_map(void *ctx)
{
	return close_container(ctx, true);
}

static int on_end_array(void *ctx)
{
	return close_container(ctx, false);
}

/* FNV-1a: keys are short, a collision only costs a second look by jansson. */
static uint64_t key_hash(const unsigned char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ s[i]) * 0x100000001b3u;
	return h;
}

static int on_map_key(void *ctx, const unsigned char *s, size_t len)
{
	struct items_reader *sc = ctx;
	if (nul_inside(sc, s, len))
		return 0;
	if (in_item(sc) && sc->canonical) {
		uint64_t h = key_hash(s, len);
		size_t from = sc->nmarks ? sc->marks[sc->nmarks - 1] : 0;
		for (size_t i = from; i < sc->nkeys; i++)
			if (sc->keys[i] == h)
				sc->canonical = false; /* a key twice: jansson keeps the last one */
		sc->keys = xgrow(sc->keys, &sc->capkeys, sc->nkeys + 1, sizeof(*sc->keys));
		sc->keys[sc->nkeys++] = h;
	}
	const char *key = (const char *)s;
	switch (sc->place) {
	case P_WRAP:
		sc->wrap_key = len == 5 && memcmp(key, "items", 5) == 0       ? 2
			       : len == 9 && memcmp(key, "zone_data", 9) == 0 ? 1
									      : 0;
		break;
	case P_ITEM:
		sc->pending = field_of(sc->s, NULL, key, len);
		sc->parent = sc->pending ? NULL : parent_of(sc->s, key, len);
		sc->pending_parent = sc->parent != NULL;
		break;
	case P_PARENT:
		sc->pending = field_of(sc->s, sc->parent, key, len);
		break;
	default:
		break;
	}
	return go_on(sc);
}

static const yajl_callbacks callbacks = {
	.yajl_null = on_null,
	.yajl_boolean = on_bool,
	.yajl_number = on_number,
	.yajl_string = on_string,
	.yajl_start_map = on_start_map,
	.yajl_map_key = on_map_key,
	.yajl_end_map = on_end_map,
	.yajl_start_array = on_start_array,
	.yajl_end_array = on_end_array,
};

struct items_reader *items_begin(const struct schema *s, unsigned flags, struct items *out,
				 struct items_result *res)
{
	static yajl_alloc_funcs alloc = {y_malloc, y_realloc, y_free, NULL};
	struct items_reader *sc = xcalloc(1, sizeof(*sc));
	sc->s = s;
	sc->flags = flags;
	sc->out = out;
	sc->res = res;
	memset(out, 0, sizeof(*out));
	memset(res, 0, sizeof(*res));
	out->schema = s;
	sc->cur = xcalloc(1, s->size);
	sc->h = yajl_alloc(&callbacks, &alloc, sc);
	return sc;
}

/* yajl refused the text: why, and where. */
static void syntax_error(struct items_reader *sc, const char *data, size_t len)
{
	unsigned char *e = yajl_get_error(sc->h, 0, (const unsigned char *)data, len);
	sc->res->status = ITEMS_SYNTAX;
	sc->res->error = xstrdup((const char *)e);
	size_t n = strlen(sc->res->error); /* yajl ends its words with a newline */
	while (n > 0 && (sc->res->error[n - 1] == '\n' || sc->res->error[n - 1] == ' '))
		sc->res->error[--n] = '\0';
	sc->res->error_at = offset(sc);
	yajl_free_error(sc->h, e);
}

bool items_feed(struct items_reader *sc, const char *data, size_t len)
{
	if (sc->stopped)
		return false;
	if (yajl_parse(sc->h, (const unsigned char *)data, len) != yajl_status_ok) {
		if (sc->res->status == ITEMS_OK)
			syntax_error(sc, data, len);
		sc->stopped = true;
	}
	sc->base += len;
	return !sc->stopped;
}

enum items_status items_end(struct items_reader *sc)
{
	const struct schema *s = sc->s;
	struct items *out = sc->out;
	struct items_result *res = sc->res;
	if (!sc->stopped) {
		if (yajl_complete_parse(sc->h) != yajl_status_ok && res->status == ITEMS_OK)
			syntax_error(sc, "", 0);
	}
	if (res->status == ITEMS_OK && (!sc->array_seen || sc->bad_wrap))
		res->status = ITEMS_NOT_ARRAY;
	s->free(sc->cur); /* an item cut short, if any */
	decoder_free(&sc->d);
	strv_drop(sc);
	for (size_t i = 0; i < out->len; i++)
		out->v[i].data = out->data + i * s->size;
	yajl_free(sc->h);
	free(sc->cur);
	free(sc->strv);
	free(sc->keys);
	free(sc->marks);
	enum items_status st = res->status;
	free(sc);
	return st;
}

enum items_status items_read(const char *text, size_t len, const struct schema *s,
			     unsigned flags, struct items *out, struct items_result *res)
{
	struct items_reader *sc = items_begin(s, flags & ~(unsigned)ITEMS_NO_TEXT, out, res);
	sc->text = text;
	items_feed(sc, text, len);
	return items_end(sc);
}

void items_free(struct items *it)
{
	for (size_t i = 0; i < it->len; i++) {
		if (it->schema && it->v[i].data)
			it->schema->free(it->v[i].data);
		else if (it->schema)
			it->schema->free(it->data + i * it->schema->size);
		free(it->v[i].rewritten);
		free(it->v[i].problem);
	}
	free(it->data);
	free(it->v);
	memset(it, 0, sizeof(*it));
}
