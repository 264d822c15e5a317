#include "prompt.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "cmd.h"
#include "error.h"
#include "config/secret.h"
#include "net/http.h"
#include "output/output.h"
#include "progress.h"
#include "xalloc.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define LINE_MAX_BYTES (64 * 1024) /* an answer or a token on stdin; /dev/zero has no end */

/*
 * Read one line from fd (without its newline), at most LINE_MAX_BYTES.
 * Returns false at EOF with nothing read; *too_long (may be NULL) says the
 * line was cut there.
 */
static bool read_line(int fd, struct buf *out, bool *too_long)
{
	char c;
	bool any = false;
	if (too_long)
		*too_long = false;
	for (;;) {
		ssize_t n = read(fd, &c, 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return any;
		any = true;
		if (c == '\n')
			return true;
		if (out->len >= LINE_MAX_BYTES) {
			if (too_long)
				*too_long = true;
			return true;
		}
		buf_addc(out, c);
	}
}

int confirm(struct ctx *ctx, bool yes, const char *question, const char *action)
{
	struct buf answer = {0};
	int rc = 0;
	if (ctx->cmd && !(ctx->cmd->flags & CMD_CONFIRM))
		return error_set(ctx, EXIT_ERROR, "internal", "'gandi %s' has no --yes, yet it was "
				 "about to ask: nothing was done", cmd_name(ctx->cmd));
	if (yes || ctx->yes || ctx->dry_run)
		return 0; /* a dry run changes nothing: nothing to confirm */
	int fd = STDIN_FILENO;
	if (!ctx->stdin_tty && ctx->stdin_read) {
		/* stdin held the data (a zone file as '-'): the question goes to the terminal */
		fd = open("/dev/tty", O_RDONLY | O_CLOEXEC | O_NOCTTY);
	}
	if (!ctx->stdin_tty && fd == STDIN_FILENO) {
		rc = usage_error(ctx, "refusing to %s without confirmation: stdin is not a terminal",
				 action);
		error_detail(ctx, "hint: add --yes to confirm in scripts\n");
		return rc;
	}
	if (fd < 0) {
		rc = usage_error(ctx, "refusing to %s without confirmation: stdin held the data and "
				 "there is no terminal to ask on", action);
		error_detail(ctx, "hint: add --yes to confirm in scripts\n");
		return rc;
	}
	char *safe = out_safe(ctx, question);
	progress_clear(ctx);
	fprintf(stderr, "%s [y/N] ", safe);
	free(safe);
	fflush(stderr);
	double asked = now_s();
	if (!read_line(fd, &answer, NULL)) {
		fputc('\n', stderr);
	}
	if (fd != STDIN_FILENO)
		close(fd);
	/* the time a person takes to answer is not the command's to spend */
	http_deadline_extend(ctx, now_s() - asked);
	const char *a = buf_str(&answer);
	while (*a == ' ')
		a++;
	if (strcmp(a, "y") != 0 && strcmp(a, "Y") != 0 && strcmp(a, "yes") != 0 &&
	    strcmp(a, "YES") != 0 && strcmp(a, "Yes") != 0) {
		rc = error_set(ctx, EXIT_DECLINED, "declined", "declined: nothing was changed");
	}
	buf_free(&answer);
	return rc;
}

char *read_answer(struct ctx *ctx, const char *prompt)
{
	struct buf line = {0};
	char *safe = out_safe(ctx, prompt);
	fprintf(stderr, "%s", safe);
	free(safe);
	fflush(stderr);
	double asked = now_s();
	bool got = read_line(STDIN_FILENO, &line, NULL);
	http_deadline_extend(ctx, now_s() - asked);
	if (!got) {
		fputc('\n', stderr);
		buf_free(&line);
		return NULL;
	}
	if (line.len && line.data[line.len - 1] == '\r')
		line.data[--line.len] = '\0';
	if (!line.data)
		buf_add(&line, "", 0);
	return buf_detach(&line);
}

char *read_secret(struct ctx *ctx, const char *prompt, const char *pipe_hint)
{
	struct buf line = {0};
	struct termios old, quiet;
	bool tty = ctx->stdin_tty && tcgetattr(STDIN_FILENO, &old) == 0;
	if (tty) {
		fprintf(stderr, "%s", prompt);
		fflush(stderr);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		quiet.c_lflag |= ECHONL;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	bool too_long;
	bool got = read_line(STDIN_FILENO, &line, &too_long);
	if (tty)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
	if (too_long) {
		buf_wipe(&line);
		error_set(ctx, EXIT_USAGE, "usage", "the value on stdin is longer than %d KB",
			  LINE_MAX_BYTES / 1024);
		error_detail(ctx, "hint: give the token alone, on one line\n");
		return NULL;
	}
	if (!got || line.len == 0) {
		buf_wipe(&line);
		error_set(ctx, EXIT_USAGE, "usage", "no value on stdin");
		error_detail(ctx, "hint: paste the token when asked, or pipe it in: %s < token-file\n",
			     pipe_hint);
		return NULL;
	}
	if (line.data[line.len - 1] == '\r')
		line.data[--line.len] = '\0';
	return buf_detach(&line);
}
