/*
 * spawn: run one command and measure it, for bench/bench.py.
 *
 *     spawn RESULT PROG [ARG...]
 *
 * Forks, runs PROG (found in PATH) with the inherited stdin, stdout, stderr
 * and environment, waits for it and writes one line to the file RESULT:
 *
 *     EXIT WALL_NS USER_US SYS_US MAXRSS_KB
 *
 * EXIT is the exit status, or 128 + the signal that ended it. Why a helper:
 * the peak resident size Linux reports for a child also counts the memory of
 * the process that forked it (the high-water mark of the address space that
 * exec replaced), so children forked straight from the Python driver (tens of
 * MB) all looked that big. Forked from this small program, a child's figure
 * is its own. Exits 0 when RESULT was written, 1 otherwise.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long ns_of(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

static long long us_of(const struct timeval *t)
{
	return (long long)t->tv_sec * 1000000LL + t->tv_usec;
}

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	int status = 0, code, rc = 1;
	FILE *out = NULL;
	pid_t pid;

	if (argc < 3) {
		fprintf(stderr, "usage: spawn RESULT PROG [ARG...]\n");
		goto out;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "spawn: cannot fork: %s\n", strerror(errno));
		goto out;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		fprintf(stderr, "spawn: cannot run '%s': %s\n", argv[2], strerror(errno));
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0) {
		fprintf(stderr, "spawn: cannot wait for '%s': %s\n", argv[2], strerror(errno));
		goto out;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	out = fopen(argv[1], "w");
	if (!out) {
		fprintf(stderr, "spawn: cannot write '%s': %s\n", argv[1], strerror(errno));
		goto out;
	}
	fprintf(out, "%d %lld %lld %lld %ld\n", code, ns_of(&t1) - ns_of(&t0), us_of(&ru.ru_utime),
		us_of(&ru.ru_stime), ru.ru_maxrss);
	rc = fclose(out) == 0 ? 0 : 1;
	out = NULL;
	if (rc)
		fprintf(stderr, "spawn: cannot write '%s'\n", argv[1]);
out:
	if (out)
		fclose(out);
	return rc;
}
