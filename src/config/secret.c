#include "config/secret.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include "buf.h"
#include "config/sha256.h"
#include "xalloc.h"

/* Any run of this many characters of the token is masked wherever it appears. */
#define REDACT_RUN 8

struct secret {
	char *value;      /* trimmed */
	size_t len;
	bool had_space;   /* surrounding white space was trimmed */
	bool had_newline; /* ... and it held a newline */
	enum source src;
	char *origin;
	char masked[16];
	uint64_t *grams; /* every REDACT_RUN bytes of the token, sorted; NULL when shorter */
	size_t ngrams;
	uint64_t last;   /* its last REDACT_RUN bytes */
	struct secret *hidden; /* the token's: other secrets masked with it (secret_hide) */
	struct secret *next;   /* a hidden secret's: the next one */
};

static uint64_t gram_at(const char *p)
{
	uint64_t g;
	memcpy(&g, p, sizeof(g));
	return g;
}

static int gram_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static bool has_gram(const struct secret *s, const char *p)
{
	uint64_t g = gram_at(p);
	return bsearch(&g, s->grams, s->ngrams, sizeof(*s->grams), gram_cmp) != NULL;
}

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

struct secret *secret_new(const char *value, size_t len, enum source src, const char *origin)
{
	size_t start = 0, end = len;
	bool newline = false;
	for (size_t i = 0; i < len; i++)
		if (value[i] == '\n' || value[i] == '\r')
			newline = true;
	while (start < end && is_space((unsigned char)value[start]))
		start++;
	while (end > start && is_space((unsigned char)value[end - 1]))
		end--;
	if (start == end)
		return NULL;

	struct secret *s = xcalloc(1, sizeof(*s));
	s->len = end - start;
	s->value = xmalloc(s->len + 1);
	memcpy(s->value, value + start, s->len);
	s->value[s->len] = '\0';
	s->had_space = start > 0 || end < len;
	s->had_newline = newline;
	s->src = src;
	s->origin = xstrdup(origin ? origin : "");
	if (s->len >= REDACT_RUN) {
		s->ngrams = s->len - REDACT_RUN + 1;
		s->grams = xmalloc(s->ngrams * sizeof(*s->grams));
		for (size_t i = 0; i < s->ngrams; i++)
			s->grams[i] = gram_at(s->value + i);
		qsort(s->grams, s->ngrams, sizeof(*s->grams), gram_cmp);
		s->last = gram_at(s->value + s->len - REDACT_RUN);
	}
	if (s->len >= 12)
		snprintf(s->masked, sizeof(s->masked), "****%s", s->value + s->len - 4);
	else
		snprintf(s->masked, sizeof(s->masked), "****");
	secret_protect_process();
	return s;
}

struct secret *secret_copy(const struct secret *s)
{
	struct secret *c = secret_new(s->value, s->len, s->src, s->origin);
	if (!c)
		return NULL; /* never: s holds something */
	c->had_space = s->had_space;
	c->had_newline = s->had_newline;
	return c;
}

void secret_free(struct secret *s)
{
	if (!s)
		return;
	wipe(s->value, s->len);
	free(s->value);
	if (s->grams)
		wipe(s->grams, s->ngrams * sizeof(*s->grams));
	free(s->grams);
	wipe(&s->last, sizeof(s->last));
	free(s->origin);
	while (s->hidden) {
		struct secret *h = s->hidden;
		s->hidden = h->next;
		h->next = NULL;
		secret_free(h);
	}
	free(s);
}

enum source secret_source(const struct secret *s)
{
	return s->src;
}

const char *secret_origin(const struct secret *s)
{
	return s->origin;
}

const char *secret_masked(const struct secret *s)
{
	return s->masked;
}

bool secret_is_apikey(const struct secret *s)
{
	return s->len <= 24;
}

const char *secret_scheme(const struct secret *s)
{
	return secret_is_apikey(s) ? "Apikey" : "Bearer";
}

size_t secret_len(const struct secret *s)
{
	return s->len;
}

bool secret_equal(const struct secret *a, const struct secret *b)
{
	if (!a || !b || a->len != b->len)
		return false;
	unsigned char diff = 0;
	for (size_t i = 0; i < a->len; i++)
		diff |= (unsigned char)(a->value[i] ^ b->value[i]);
	return diff == 0;
}

char *secret_auth_header(const struct secret *s)
{
	const char *scheme = secret_scheme(s);
	size_t n = strlen("Authorization: ") + strlen(scheme) + 1 + s->len + 1;
	char *h = xmalloc(n);
	snprintf(h, n, "Authorization: %s %s", scheme, s->value);
	return h;
}

char *secret_reveal(const struct secret *s, bool json)
{
	struct buf b = {0};
	buf_reserve(&b, s->len * 6 + 32); /* never moved: nothing of it left unwiped */
	if (json) {
		buf_adds(&b, "{\"token\": \"");
		for (size_t i = 0; i < s->len; i++) {
			unsigned char c = (unsigned char)s->value[i];
			if (c == '"' || c == '\\')
				buf_printf(&b, "\\%c", c);
			else if (c < 0x20 || c == 0x7f)
				buf_printf(&b, "\\u%04x", c);
			else
				buf_addc(&b, (char)c);
		}
		buf_adds(&b, "\"}\n");
	} else {
		buf_add(&b, s->value, s->len);
		buf_addc(&b, '\n');
	}
	return buf_detach(&b);
}

void secret_release(char *p)
{
	if (!p)
		return;
	wipe(p, strlen(p));
	free(p);
}

/*
 * text with s masked, whole or in runs of REDACT_RUN; a run that ends where
 * s ends becomes tail ("****c0de" for the token, "****" for hidden secrets).
 */
static char *redact_one(const struct secret *s, const char *text, const char *tail)
{
	struct buf b = {0};
	size_t n = strlen(text);
	if (s->len < REDACT_RUN) {
		const char *p = text, *hit;
		while ((hit = strstr(p, s->value)) != NULL) {
			buf_add(&b, p, (size_t)(hit - p));
			buf_adds(&b, tail);
			p = hit + s->len;
		}
		buf_adds(&b, p);
		return buf_detach(&b);
	}
	/* every REDACT_RUN bytes of the token, looked up at each offset of the text */
	size_t first = 0;
	while (first + REDACT_RUN <= n && !has_gram(s, text + first))
		first++;
	if (first + REDACT_RUN > n)
		return xstrdup(text); /* the common case: nothing of it */
	unsigned char *hidden = xcalloc(n + 1, 1);
	for (size_t i = first; i + REDACT_RUN <= n; i++)
		if (has_gram(s, text + i))
			memset(hidden + i, 1, REDACT_RUN);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && hidden[j] == hidden[i])
			j++;
		if (!hidden[i])
			buf_add(&b, text + i, j - i);
		else
			/* the token's last 4 characters are public (masked form); others are not */
			buf_adds(&b, gram_at(text + j - REDACT_RUN) == s->last ? tail : "****");
		i = j;
	}
	if (!b.data)
		buf_add(&b, "", 0);
	free(hidden);
	return buf_detach(&b);
}

char *secret_redact_token(const struct secret *s, const char *text)
{
	if (!text)
		return xstrdup("");
	if (!s || s->len == 0)
		return xstrdup(text);
	return redact_one(s, text, s->masked);
}

char *secret_redact(const struct secret *s, const char *text)
{
	char *out = secret_redact_token(s, text);
	for (const struct secret *h = s ? s->hidden : NULL; h; h = h->next) {
		char *next = redact_one(h, out, "****");
		wipe(out, strlen(out));
		free(out);
		out = next;
	}
	return out;
}

void secret_hide(struct secret *s, const char *value)
{
	size_t len = value ? strlen(value) : 0;
	if (!s || len == 0 || (len == s->len && memcmp(value, s->value, len) == 0))
		return;
	for (const struct secret *h = s->hidden; h; h = h->next)
		if (h->len == len && memcmp(h->value, value, len) == 0)
			return;
	struct secret *h = secret_new(value, len, SRC_DEFAULT, "");
	if (h) {
		h->next = s->hidden;
		s->hidden = h;
	}
}

void secret_hash(const struct secret *s, char out[65])
{
	unsigned char digest[32];
	sha256(s->value, s->len, digest);
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

char *secret_shape_problems(const struct secret *s)
{
	struct buf b = {0};
	bool quote = false, odd = false, space = false;
	for (size_t i = 0; i < s->len; i++) {
		unsigned char c = (unsigned char)s->value[i];
		if (c == '"' || c == '\'')
			quote = true;
		else if (is_space(c))
			space = true;
		else if (!isalnum(c) && c != '-' && c != '_' && c != '.')
			odd = true;
	}
	if (s->had_newline)
		buf_adds(&b, "a newline around it (ignored); ");
	else if (s->had_space)
		buf_adds(&b, "white space around it (ignored); ");
	if (quote)
		buf_adds(&b, "contains a quote character; ");
	if (space)
		buf_adds(&b, "contains white space; ");
	if (odd)
		buf_adds(&b, "contains characters tokens never have; ");
	if (s->len < 20)
		buf_printf(&b, "only %zu characters long; ", s->len);
	else if (s->len > 24 && s->len < 32)
		buf_printf(&b, "%zu characters, between a legacy API key (24) and a token (40); ",
			   s->len);
	else if (s->len > 128)
		buf_printf(&b, "%zu characters long; ", s->len);
	if (b.len == 0)
		return NULL;
	b.data[b.len - 2] = '\0';
	return buf_detach(&b);
}

void secret_protect_process(void)
{
	struct rlimit none = {0, 0};
	setrlimit(RLIMIT_CORE, &none);
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}
