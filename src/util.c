#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

#include "xalloc.h"

/* Each chunk read from fd to sink, at most max bytes in all. */
static int read_all(int fd, size_t max, file_sink *sink, void *arg)
{
	char chunk[65536];
	size_t got = 0;
	for (;;) {
		size_t room = max - got + 1; /* one byte more tells a file over the limit */
		size_t want = room < sizeof(chunk) ? room : sizeof(chunk);
		ssize_t n = read(fd, chunk, want);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		if (n == 0)
			return 0;
		got += (size_t)n;
		if (got > max)
			return FILE_TOO_BIG;
		sink(arg, chunk, (size_t)n);
	}
}

static void to_buf(void *arg, const char *data, size_t len)
{
	buf_add(arg, data, len);
}

int read_fd_to(int fd, size_t max, file_sink *sink, void *arg)
{
	return read_all(fd, max, sink, arg);
}

int read_fd(int fd, size_t max, struct buf *out)
{
	buf_add(out, "", 0); /* the text is a string even when empty */
	return read_all(fd, max, to_buf, out);
}

static int regular_only(const struct stat *st)
{
	if (S_ISDIR(st->st_mode))
		return EISDIR;
	return S_ISREG(st->st_mode) ? 0 : FILE_NOT_REGULAR;
}

int read_file(const char *path, size_t max, struct buf *out)
{
	buf_add(out, "", 0);
	return read_file_to(path, max, to_buf, out);
}

int read_file_to(const char *path, size_t max, file_sink *sink, void *arg)
{
	struct stat st;
	int fd = -1, rc;
	/* look before opening: opening a device or a FIFO can block or act */
	if (stat(path, &st) != 0)
		return errno;
	if ((rc = regular_only(&st)))
		return rc;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return errno;
	if (fstat(fd, &st) != 0)
		rc = errno;
	else if ((rc = regular_only(&st)) == 0 && (unsigned long long)st.st_size > max)
		rc = FILE_TOO_BIG;
	if (rc == 0)
		rc = read_all(fd, max, sink, arg);
	close(fd);
	return rc;
}

static const char *file_kind(mode_t m)
{
	if (S_ISCHR(m))
		return "a character device";
	if (S_ISBLK(m))
		return "a block device";
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISSOCK(m))
		return "a socket";
	return "not a regular file";
}

char *file_error(const char *path, int e, size_t max)
{
	struct stat st;
	switch (e) {
	case EISDIR:
		return xstrdup("it is a folder");
	case FILE_NOT_REGULAR:
		if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
			return xasprintf("it is %s, not a regular file", file_kind(st.st_mode));
		return xstrdup("it is not a regular file");
	case FILE_TOO_BIG:
		if (max >= 1024 * 1024)
			return xasprintf("it is larger than %zu MB", max / (1024 * 1024));
		return xasprintf("it is larger than %zu KB", max / 1024);
	default:
		return xstrdup(strerror(e));
	}
}

char *dir_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

char *path_resolve(const char *path, int *err)
{
	char *p = xstrdup(path);
	for (int hops = 0;; hops++) {
		struct stat st;
		if (lstat(p, &st) != 0) {
			if (errno == ENOENT)
				return p; /* the file to create */
			*err = errno;
			break;
		}
		if (!S_ISLNK(st.st_mode))
			return p;
		if (hops == 40) {
			*err = ELOOP;
			break;
		}
		/* /proc's links say 0 bytes: grow until the target fits */
		size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 256;
		char *target = NULL;
		ssize_t n;
		for (;;) {
			target = xrealloc(target, cap);
			n = readlink(p, target, cap);
			if (n < 0 || (size_t)n < cap)
				break;
			cap *= 2;
		}
		if (n < 0) {
			*err = errno;
			free(target);
			break;
		}
		target[n] = '\0';
		char *next;
		if (target[0] == '/') {
			next = target;
		} else {
			char *dir = dir_name(p);
			next = xasprintf("%s/%s", dir, target);
			free(dir);
			free(target);
		}
		free(p);
		p = next;
	}
	free(p);
	return NULL;
}

static int write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Write into a device or FIFO as it is, as a shell's '>' would. */
static int write_special(const char *path, const void *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return errno;
	int rc = write_all(fd, data, len);
	if (close(fd) != 0 && rc == 0)
		rc = errno;
	return rc;
}

int write_file_atomic(const char *path, const void *data, size_t len, mode_t mode, int flags)
{
	char *real = NULL, *dir = NULL, *tmp = NULL;
	int fd = -1, rc = 0;
	struct stat st;
	bool exists = false;

	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			rc = EISDIR;
			goto out;
		}
		if (!S_ISREG(st.st_mode)) {
			rc = flags & WRITE_SPECIAL ? write_special(path, data, len) : FILE_NOT_REGULAR;
			goto out;
		}
		exists = true;
	} else if (errno != ENOENT) {
		rc = errno;
		goto out;
	}
	real = path_resolve(path, &rc);
	if (!real)
		goto out;
	if (exists && (flags & WRITE_KEEP_MODE))
		mode = st.st_mode & 07777;
	dir = dir_name(real);
	tmp = xasprintf("%s.tmp-XXXXXX", real);
	fd = mkstemp(tmp);
	if (fd < 0) {
		rc = errno;
		free(tmp);
		tmp = NULL;
		goto out;
	}
	if (fchmod(fd, mode) != 0) {
		rc = errno;
		goto out;
	}
	/* root rewriting someone's file leaves it theirs */
	if (exists && geteuid() == 0 && (st.st_uid != 0 || st.st_gid != getegid()) &&
	    fchown(fd, st.st_uid, st.st_gid) != 0) {
		rc = errno;
		goto out;
	}
	if ((rc = write_all(fd, data, len)))
		goto out;
	if (fsync(fd) != 0) {
		rc = errno;
		goto out;
	}
	if (close(fd) != 0) {
		fd = -1;
		rc = errno;
		goto out;
	}
	fd = -1;
	if (rename(tmp, real) != 0) {
		rc = errno;
		goto out;
	}
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
out:
	if (fd >= 0)
		close(fd);
	if (rc != 0 && tmp)
		unlink(tmp);
	free(tmp);
	free(dir);
	free(real);
	return rc;
}

int mkdir_p(const char *dir, mode_t mode)
{
	struct stat st;
	if (stat(dir, &st) == 0)
		return S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
	char *parent = dir_name(dir);
	int rc = 0;
	if (strcmp(parent, dir) != 0 && strcmp(parent, ".") != 0)
		rc = mkdir_p(parent, mode);
	free(parent);
	if (rc == 0 && mkdir(dir, mode) != 0 && errno != EEXIST)
		rc = errno;
	return rc;
}

bool url_parse(const char *url, char **scheme, char **host, int *port)
{
	const char *sep = strstr(url, "://");
	if (!sep)
		return false;
	size_t slen = (size_t)(sep - url);
	if (!((slen == 4 && strncasecmp(url, "http", 4) == 0) ||
	      (slen == 5 && strncasecmp(url, "https", 5) == 0)))
		return false;
	const char *h = sep + 3;
	const char *end = h + strcspn(h, "/?#");
	const char *at = memchr(h, '@', (size_t)(end - h));
	if (at)
		return false; /* credentials in URLs are refused */
	const char *hend, *colon = NULL;
	if (*h == '[') {
		hend = memchr(h, ']', (size_t)(end - h));
		if (!hend)
			return false;
		if (hend + 1 < end && hend[1] == ':')
			colon = hend + 1;
		hend++;
	} else {
		colon = memchr(h, ':', (size_t)(end - h));
		hend = colon ? colon : end;
	}
	if (hend == h)
		return false;
	int p = slen == 5 ? 443 : 80;
	if (colon) {
		char *e;
		long v = strtol(colon + 1, &e, 10);
		if (e != end || v < 1 || v > 65535)
			return false;
		p = (int)v;
	}
	if (scheme) {
		*scheme = xstrndup(url, slen);
		for (char *q = *scheme; *q; q++)
			*q = (char)tolower((unsigned char)*q);
	}
	if (host)
		*host = xstrndup(h, (size_t)(hend - h));
	if (port)
		*port = p;
	return true;
}

bool host_is_loopback(const char *host)
{
	if (str_ieq(host, "localhost") || str_ends(host, ".localhost"))
		return true;
	if (strcmp(host, "[::1]") == 0 || strcmp(host, "::1") == 0)
		return true;
	int a, b, c, d;
	char extra;
	if (sscanf(host, "%d.%d.%d.%d%c", &a, &b, &c, &d, &extra) == 4)
		return a == 127 && b >= 0 && b < 256 && c >= 0 && c < 256 && d >= 0 && d < 256;
	return false;
}

char *url_escape(const char *s)
{
	struct buf b = {0};
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_' || *p == '~')
			buf_addc(&b, (char)*p);
		else
			buf_printf(&b, "%%%02X", *p);
	}
	return buf_detach(&b);
}

static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

bool parse_time(const char *s, time_t *out)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10)
		return false;
	const char *p = s + 10;
	long offset = 0;
	if (*p == 'T' || *p == 't' || *p == ' ') {
		int m = 0;
		if (sscanf(p + 1, "%2d:%2d:%2d%n", &h, &mi, &sec, &m) != 3 || m != 8)
			return false;
		p += 9;
		if (*p == '.')
			for (p++; isdigit((unsigned char)*p); p++)
				;
		if (*p == 'Z' || *p == 'z') {
			p++;
		} else if (*p == '+' || *p == '-') {
			int oh, om;
			if (sscanf(p + 1, "%2d:%2d", &oh, &om) != 2)
				return false;
			offset = (oh * 60L + om) * 60L * (*p == '-' ? -1 : 1);
			p += 6;
		}
	}
	if (*p != '\0' || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
		return false;
	long long days = days_from_civil(y, (unsigned)mo, (unsigned)d);
	*out = (time_t)(days * 86400 + h * 3600 + mi * 60 + sec - offset);
	return true;
}

void format_date(time_t t, char buf[11])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, 11, "%Y-%m-%d", &tm);
}

void format_date_plus_years(const char *api_date, long years, char buf[11])
{
	time_t t;
	if (!api_date || !parse_time(api_date, &t)) {
		snprintf(buf, 11, "?");
		return;
	}
	struct tm tm;
	gmtime_r(&t, &tm);
	tm.tm_year += (int)years;
	format_date(timegm(&tm), buf);
}

void format_datetime(time_t t, char buf[21])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, 21, "%Y-%m-%d %H:%M UTC", &tm);
}

char *format_span(long long s)
{
	if (s < 0)
		s = -s;
	if (s >= 2 * 86400 - 43200)
		return xasprintf("%lld days", (s + 43200) / 86400);
	if (s >= 86400)
		return xasprintf("1 day %lld hours", (s - 86400) / 3600);
	if (s >= 86400 - 1800)
		return xstrdup("1 day");
	if (s >= 2 * 3600)
		return xasprintf("%lld hours", s / 3600);
	if (s >= 120)
		return xasprintf("%lld minutes", s / 60);
	return xasprintf("%lld seconds", s);
}

size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t *row = xcalloc(lb + 1, sizeof(*row));
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t prev = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t best = prev + cost;
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	size_t d = row[lb];
	free(row);
	return d;
}

size_t utf8_width(const char *s)
{
	size_t w = 0;
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t len = strlen(s);
	while (len > 0) {
		if ((unsigned char)*s < 0x80) {
			/* ASCII: one column, printable or not (as below), without the locale calls */
			w++;
			s++;
			len--;
			continue;
		}
		wchar_t wc;
		size_t n = mbrtowc(&wc, s, len, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&st, 0, sizeof(st));
			w++;
			s++;
			len--;
			continue;
		}
		int cw = wcwidth(wc);
		w += cw < 0 ? 1 : (size_t)cw;
		s += n;
		len -= n;
	}
	return w;
}

bool str_starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool str_ends(const char *s, const char *suffix)
{
	size_t ls = strlen(s), lx = strlen(suffix);
	return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

bool str_ieq(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

char *str_lower(const char *s)
{
	char *p = xstrdup(s);
	for (char *q = p; *q; q++)
		*q = (char)tolower((unsigned char)*q);
	return p;
}

void strlist_add(struct strlist *l, const char *s)
{
	l->v = xgrow(l->v, &l->cap, l->n + 2, sizeof(*l->v));
	l->v[l->n++] = xstrdup(s);
	l->v[l->n] = NULL;
}

bool strlist_has(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return true;
	return false;
}

void strlist_free(struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

int parse_switch(const char *s)
{
	static const char *const on[] = {"on", "yes", "true", "1"};
	static const char *const off[] = {"off", "no", "false", "0"};
	for (size_t i = 0; i < 4; i++) {
		if (str_ieq(s, on[i]))
			return 1;
		if (str_ieq(s, off[i]))
			return 0;
	}
	return -1;
}
