/*
 * Small helpers with no knowledge of Gandi: files, URLs, time, text.
 * Returned strings are allocated and released with free() unless noted.
 */
#ifndef GANDI_UTIL_H
#define GANDI_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "buf.h"

/* A list of strings, each a copy it owns; v is NULL-terminated. Zeroed: empty. */
struct strlist {
	char **v;
	size_t n, cap;
};
void strlist_add(struct strlist *l, const char *s);
/* Whether l holds s (byte for byte). */
bool strlist_has(const struct strlist *l, const char *s);
void strlist_free(struct strlist *l);

/* Read a whole file into out (appended). Returns 0 or an errno value. */
int read_file(const char *path, struct buf *out);
/*
 * Write data to path atomically: a temporary file in the same folder with
 * the given mode, fsync, rename over path, fsync the folder. Returns 0 or an
 * errno value; on failure path is untouched and no temporary file is left.
 */
int write_file_atomic(const char *path, const void *data, size_t len, mode_t mode);
/* Create dir and its missing parents; new folders get mode. 0 or errno. */
int mkdir_p(const char *dir, mode_t mode);
/* The folder part of path ("." when there is none). */
char *dir_name(const char *path);

/* Split an http(s) URL. Returns false when it is not one. Outputs may be NULL. */
bool url_parse(const char *url, char **scheme, char **host, int *port);
/* Whether host names this machine's loopback interface. */
bool host_is_loopback(const char *host);
/* Percent-encode a path segment (RFC 3986 unreserved characters kept). */
char *url_escape(const char *s);

/* Parse "2026-11-29T10:00:00Z" (also with an offset or fraction). */
bool parse_time(const char *s, time_t *out);
/* "2026-11-29" in UTC into buf (11 bytes). */
void format_date(time_t t, char buf[11]);
/* "2026-11-29 10:00 UTC" into buf (21 bytes). */
void format_datetime(time_t t, char buf[21]);
/* "3 days", "5 hours", "12 minutes", "1 day" for a number of seconds >= 0. */
char *format_span(long long seconds);

/* Levenshtein distance between two short strings. */
size_t edit_distance(const char *a, const char *b);
/* Display width of UTF-8 text in terminal columns (invalid bytes count 1). */
size_t utf8_width(const char *s);
bool str_starts(const char *s, const char *prefix);
bool str_ends(const char *s, const char *suffix);
/* Case-insensitive ASCII comparison. */
bool str_ieq(const char *a, const char *b);
/* Lower-case ASCII copy. */
char *str_lower(const char *s);

#endif
