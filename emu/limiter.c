#include "limiter.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

struct client {
	char addr[64];
	long start;
	unsigned count;
};

struct ratelimit {
	pthread_mutex_t lock;
	unsigned max, window;
	struct client *c;
	size_t n, cap;
};

struct ratelimit *ratelimit_new(unsigned max, unsigned window)
{
	struct ratelimit *rl = xcalloc(1, sizeof *rl);
	pthread_mutex_init(&rl->lock, NULL);
	rl->max = max;
	rl->window = window;
	return rl;
}

unsigned ratelimit_max(const struct ratelimit *rl)
{
	return rl->max;
}

unsigned ratelimit_window(const struct ratelimit *rl)
{
	return rl->window;
}

/* Forget clients whose window is over (keeps the table small). */
static void expire(struct ratelimit *rl, long now)
{
	size_t k = 0;
	for (size_t i = 0; i < rl->n; i++)
		if (now < rl->c[i].start + (long)rl->window)
			rl->c[k++] = rl->c[i];
	rl->n = k;
}

unsigned ratelimit_hit(struct ratelimit *rl, const char *client, long now)
{
	unsigned wait = 0;
	pthread_mutex_lock(&rl->lock);
	struct client *c = NULL;
	for (size_t i = 0; i < rl->n && !c; i++)
		if (strcmp(rl->c[i].addr, client) == 0)
			c = &rl->c[i];
	if (!c) {
		if (rl->n >= 1024)
			expire(rl, now);
		rl->c = xgrow(rl->c, &rl->cap, rl->n + 1, sizeof *rl->c);
		c = &rl->c[rl->n++];
		memset(c, 0, sizeof *c);
		strncpy(c->addr, client, sizeof c->addr - 1);
		c->start = now;
	}
	if (now >= c->start + (long)rl->window) {
		c->start = now;
		c->count = 0;
	}
	if (c->count < rl->max)
		c->count++;
	else
		wait = (unsigned)(c->start + (long)rl->window - now);
	pthread_mutex_unlock(&rl->lock);
	return wait ? wait : 0;
}

void ratelimit_free(struct ratelimit *rl)
{
	if (!rl)
		return;
	pthread_mutex_destroy(&rl->lock);
	free(rl->c);
	free(rl);
}

static const char *const method_names[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
					   "OPTIONS"};

unsigned method_bit(const char *method)
{
	for (unsigned i = 0; i < 7; i++)
		if (strcasecmp(method_names[i], method) == 0)
			return 1u << i;
	return 0;
}

unsigned methods_parse(const char *list)
{
	unsigned bits = 0;
	char *copy = xstrdup(list);
	char *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		unsigned b = method_bit(t);
		if (!b) {
			bits = 0;
			break;
		}
		bits |= b;
	}
	free(copy);
	return bits;
}

struct faults {
	pthread_mutex_t lock;
	double rate;
	uint64_t state;
	unsigned methods;
};

struct faults *faults_new(double rate, uint64_t seed, unsigned methods)
{
	struct faults *f = xcalloc(1, sizeof *f);
	pthread_mutex_init(&f->lock, NULL);
	f->rate = rate;
	f->state = seed;
	f->methods = methods;
	return f;
}

/* splitmix64: a small, well-distributed, seedable generator. */
static uint64_t next(struct faults *f)
{
	uint64_t z = (f->state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

enum fault faults_draw(struct faults *f, const char *method)
{
	enum fault r = FAULT_NONE;
	if (!(f->methods & method_bit(method)))
		return r;
	pthread_mutex_lock(&f->lock);
	double u = (double)(next(f) >> 11) / 9007199254740992.0;
	if (u < f->rate)
		r = (enum fault)(FAULT_502 + next(f) % 3);
	pthread_mutex_unlock(&f->lock);
	return r;
}

void faults_free(struct faults *f)
{
	if (!f)
		return;
	pthread_mutex_destroy(&f->lock);
	free(f);
}

const char *fault_name(enum fault f)
{
	switch (f) {
	case FAULT_502: return "502";
	case FAULT_503: return "503";
	case FAULT_DROP: return "drop";
	default: return NULL;
	}
}
