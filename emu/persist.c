#include "persist.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "seed.h"

int persist_save(const struct store *st, const char *path, struct buf *err)
{
	int rc = -1;
	FILE *f = NULL;
	char *tmp = xasprintf("%s.tmp", path);
	char *dircopy = xstrdup(path);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || !(f = fdopen(fd, "w"))) {
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(errno));
		if (fd >= 0)
			close(fd);
		goto out;
	}
	if (store_write(st, f) < 0 || fflush(f) != 0 || fsync(fileno(f)) < 0) {
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(errno));
		goto out;
	}
	int closed = fclose(f);
	f = NULL;
	if (closed != 0) {
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(errno));
		goto out;
	}
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
	if (f)
		fclose(f);
	if (rc < 0)
		unlink(tmp);
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
