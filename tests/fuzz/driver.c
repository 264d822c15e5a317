/*
 * Replays a fuzz target's seed corpus and past crashes without libFuzzer, so
 * that `make check` runs them (under ASan and UBSan too). The binary is named
 * test_fuzz_NAME; it reads tests/fuzz/corpus/NAME/ and tests/fuzz/regressions/NAME/
 * (from the repository root) and prints "ok - NAME:FILE" for each input.
 * A crash or a sanitizer report fails the run.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay(const char *name, const char *dir)
{
	char path[4096];
	snprintf(path, sizeof(path), "tests/fuzz/%s/%s", dir, name);
	DIR *d = opendir(path);
	int n = 0;
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char file[8192];
		struct buf b = {0};
		snprintf(file, sizeof(file), "%s/%s", path, e->d_name);
		if (read_file(file, 64u * 1024 * 1024, &b) != 0) {
			printf("not ok - %s:%s/%s (unreadable)\n", name, dir, e->d_name);
			continue;
		}
		/* an exact-size copy, so that reads past the end are caught */
		uint8_t *copy = malloc(b.len ? b.len : 1);
		memcpy(copy, b.data ? b.data : "", b.len);
		LLVMFuzzerTestOneInput(copy, b.len);
		free(copy);
		buf_free(&b);
		n++;
	}
	closedir(d);
	printf("ok - %s:%s (%d inputs)\n", name, dir, n);
	return n;
}

int main(int argc, char **argv)
{
	(void)argc;
	const char *base = strrchr(argv[0], '/');
	base = base ? base + 1 : argv[0];
	const char *name = strncmp(base, "test_fuzz_", 10) == 0 ? base + 10 : base;
	int n = replay(name, "corpus") + replay(name, "regressions");
	if (n == 0) {
		printf("not ok - %s: no inputs in tests/fuzz/corpus/%s\n", name, name);
		return 1;
	}
	return 0;
}
