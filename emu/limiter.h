/*
 * Rate limiting (N requests per window per client address) and fault
 * injection (a reproducible fraction of requests answered 502/503 before
 * processing, or cut off mid-body after processing).
 *
 * Ownership: each *_new() result is released with the matching *_free().
 * Both are safe to call from several threads.
 */
#ifndef EMU_LIMITER_H
#define EMU_LIMITER_H

#include <stdint.h>

struct ratelimit;

/* A limiter allowing max requests per window seconds per client. */
struct ratelimit *ratelimit_new(unsigned max, unsigned window);
/* Count one request of client at monotonic second now: 0 when allowed,
 * otherwise the seconds until its window ends (at least 1). */
unsigned ratelimit_hit(struct ratelimit *rl, const char *client, long now);
/* The limits it was made with, for messages. */
unsigned ratelimit_max(const struct ratelimit *rl);
unsigned ratelimit_window(const struct ratelimit *rl);
/* Release rl (NULL is fine). */
void ratelimit_free(struct ratelimit *rl);

enum fault { FAULT_NONE, FAULT_502, FAULT_503, FAULT_DROP };

/* Bits of the HTTP methods faults may hit. */
enum {
	M_GET = 1, M_HEAD = 2, M_POST = 4, M_PUT = 8, M_PATCH = 16, M_DELETE = 32,
	M_OPTIONS = 64, M_ALL = 127
};

/* Parse "GET,PUT" into M_* bits; 0 with an unknown method. */
unsigned methods_parse(const char *list);
/* The M_* bit of one method name (case-insensitive), 0 if unknown. */
unsigned method_bit(const char *method);

struct faults;

/* Faults on a fraction rate (0..1) of the requests whose method is in
 * methods, drawn from a generator seeded with seed. */
struct faults *faults_new(double rate, uint64_t seed, unsigned methods);
/* Decide the fault of the next request (draws in arrival order, so one
 * client sending the same requests sees the same faults for a seed). */
enum fault faults_draw(struct faults *f, const char *method);
/* Release f (NULL is fine). */
void faults_free(struct faults *f);
/* "502", "503", "drop", or NULL for FAULT_NONE: the log's "fault" value. */
const char *fault_name(enum fault f);

#endif
