/*
 * A tiny unit-test framework: each test prints "ok - NAME" or "not ok - NAME"
 * (tests/run.py counts those lines); a test that cannot run here (data missing from
 * the tree) prints "skip - NAME (why)", which is counted as skipped, never as passed. Use:
 *
 *   static void test_x(void) { CHECK(1 + 1 == 2); CHECK_STR(a, "b"); }
 *   int main(void) { RUN(test_x); return unit_done(); }
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_failures_now;
static int unit_failed_tests;

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, \
				__LINE__, #cond);                              \
			unit_failures_now++;                                   \
		}                                                              \
	} while (0)

#define CHECK_STR(got, want)                                                   \
	do {                                                                   \
		const char *g_ = (got), *w_ = (want);                          \
		if (!g_ || !w_ || strcmp(g_, w_) != 0) {                       \
			fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n",    \
				__FILE__, __LINE__, g_ ? g_ : "(null)",        \
				w_ ? w_ : "(null)");                           \
			unit_failures_now++;                                   \
		}                                                              \
	} while (0)

#define CHECK_INT(got, want)                                                   \
	do {                                                                   \
		long long g_ = (long long)(got), w_ = (long long)(want);       \
		if (g_ != w_) {                                                \
			fprintf(stderr, "%s:%d: %s is %lld, want %lld\n",      \
				__FILE__, __LINE__, #got, g_, w_);             \
			unit_failures_now++;                                   \
		}                                                              \
	} while (0)

#define RUN(fn)                                                                \
	do {                                                                   \
		unit_failures_now = 0;                                         \
		fn();                                                          \
		printf("%s - %s\n", unit_failures_now ? "not ok" : "ok", #fn); \
		fflush(stdout);                                                \
		if (unit_failures_now)                                         \
			unit_failed_tests++;                                   \
	} while (0)

static inline int unit_done(void)
{
	return unit_failed_tests ? 1 : 0;
}

#endif
