#include "persist.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int persist_save(const struct store *st, const char *path, struct buf *err)
{
	int rc = -1;
	int fd = -1;
	char *tmp = xasprintf("%s.tmp", path);
	char *dircopy = xstrdup(path);
	json_t *j = store_dump(st);
	char *text = json_dumps(j, JSON_INDENT(1));
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(errno));
		goto out;
	}
	if (write_all(fd, text, strlen(text)) < 0 || write_all(fd, "\n", 1) < 0 ||
	    fsync(fd) < 0) {
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(errno));
		goto out;
	}
	if (close(fd) < 0) {
		fd = -1;
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(errno));
		goto out;
	}
	fd = -1;
	if (rename(tmp, path) < 0) {
		buf_printf(err, "cannot rename '%s' to '%s': %s", tmp, path, strerror(errno));
		goto out;
	}
	int dfd = open(dirname(dircopy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	if (rc < 0)
		unlink(tmp);
	free(text);
	json_decref(j);
	free(dircopy);
	free(tmp);
	return rc;
}

int read_file(const char *path, struct buf *out, struct buf *err)
{
	int rc = -1;
	char chunk[65536];
	FILE *f = fopen(path, "rb");
	if (!f) {
		if (errno == ENOENT) {
			rc = 1;
			goto out;
		}
		buf_printf(err, "cannot read '%s': %s", path, strerror(errno));
		goto out;
	}
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(out, chunk, n);
	if (ferror(f)) {
		buf_printf(err, "cannot read '%s': %s", path, strerror(errno));
		goto out;
	}
	buf_add(out, "", 0);
	rc = 0;
out:
	if (f)
		fclose(f);
	return rc;
}
