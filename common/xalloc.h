/*
 * Allocation that never returns NULL: on exhaustion the process prints one
 * line and exits with status 70. gandi and gandi-emu are short-lived or
 * single-purpose, so an out-of-memory condition is not worth an error path.
 * Every pointer returned here is released with free().
 */
#ifndef COMMON_XALLOC_H
#define COMMON_XALLOC_H

#include <stddef.h>

#if defined(__GNUC__)
#define XATTR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define XATTR_MALLOC __attribute__((malloc))
#else
#define XATTR_PRINTF(a, b)
#define XATTR_MALLOC
#endif

void *xmalloc(size_t n) XATTR_MALLOC;
void *xcalloc(size_t count, size_t size) XATTR_MALLOC;
void *xrealloc(void *p, size_t n);
/* Grow an array of count elements of size bytes to at least need elements. */
void *xgrow(void *p, size_t *count, size_t need, size_t size);
char *xstrdup(const char *s) XATTR_MALLOC;
char *xstrndup(const char *s, size_t n) XATTR_MALLOC;
char *xasprintf(const char *fmt, ...) XATTR_PRINTF(1, 2) XATTR_MALLOC;

/* Overwrite n bytes at p with zeros in a way the compiler keeps. */
void wipe(void *p, size_t n);

#endif
