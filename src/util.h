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

/*
 * Errors of the file functions below beyond errno values (which are > 0).
 * file_error() spells any of them out.
 */
#define FILE_NOT_REGULAR (-1) /* a device, FIFO or socket where a file was wanted */
#define FILE_TOO_BIG (-2)     /* more than the size allowed */

/*
 * Read a whole regular file into out (appended), at most max bytes. A folder
 * gives EISDIR; a device, FIFO or socket FILE_NOT_REGULAR (the open never
 * blocks: a FIFO with no writer is refused, not waited on); a file larger
 * than max FILE_TOO_BIG. Returns 0 or one of those, or an errno value.
 */
int read_file(const char *path, size_t max, struct buf *out);
/* Read fd (stdin, a pipe) to its end into out, at most max bytes: 0, FILE_TOO_BIG or errno. */
int read_fd(int fd, size_t max, struct buf *out);
/* read_file() and read_fd() handing each chunk to sink as it is read, nothing kept. */
typedef void file_sink(void *arg, const char *data, size_t len);
int read_file_to(const char *path, size_t max, file_sink *sink, void *arg);
int read_fd_to(int fd, size_t max, file_sink *sink, void *arg);
/*
 * What went wrong with path, for "cannot read 'PATH': %s": "it is a folder",
 * "it is a FIFO, not a regular file", "it is larger than 1 MB", or
 * strerror(e). max is the limit that was passed. Free the result.
 */
char *file_error(const char *path, int e, size_t max);

/*
 * The file a path finally names, following symbolic links one by one (their
 * targets need not exist), or NULL with *err set (ELOOP after 40 links, or
 * why a link could not be read). The folders on the way are left as written.
 */
char *path_resolve(const char *path, int *err);

enum write_flags {
	WRITE_SPECIAL = 1 << 0,   /* a device or FIFO at path is written into directly */
	WRITE_KEEP_MODE = 1 << 1, /* an existing file keeps its permissions, not mode */
};
/*
 * Write data to path atomically: a temporary file beside the real file
 * (symbolic links followed, so that a link stays a link and its target is
 * updated) with the given mode (WRITE_KEEP_MODE: the existing file's), owner
 * and group kept when root rewrites another user's file; fsync, rename over
 * it, fsync the folder. Never renames over anything but a regular file: a
 * folder gives EISDIR; a device, FIFO or socket FILE_NOT_REGULAR, or with
 * WRITE_SPECIAL is opened and written as it is (as a shell's '>' would).
 * Returns 0, one of those, or an errno value; on failure a regular file at
 * path is untouched and no temporary file is left.
 */
int write_file_atomic(const char *path, const void *data, size_t len, mode_t mode, int flags);
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
/* The date years calendar years after an API date, "2027-11-29" into buf, or "?". */
void format_date_plus_years(const char *api_date, long years, char buf[11]);
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
/* A switch as people write it: 1 for on/yes/true/1, 0 for off/no/false/0 (any case), else -1. */
int parse_switch(const char *s);
/* Lower-case ASCII copy. */
char *str_lower(const char *s);

#endif
