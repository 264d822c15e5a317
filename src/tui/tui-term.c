/*
 * The terminal while the browser runs. Every way out gives it back: leaving
 * normally (term_leave), exit() from anywhere (atexit), SIGINT/SIGTERM/SIGHUP
 * (left cleanly when idle, at once during a request), and crashes (SIGSEGV,
 * SIGABRT...: the screen is restored before the default action).
 *
 * The one static variable in gandi outside struct ctx lives here: signal and
 * atexit handlers take no argument, so they find the terminal's saved state
 * through `active`. It points into the caller's struct tui_term while the screen
 * is up and is NULL otherwise.
 */
#include "tui/tui.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <term.h>

#include "buf.h"
#include "error.h"
#include "xalloc.h"

#define TERM_HINT "hint: set TERM to your terminal's type, e.g. TERM=xterm-256color\n"

static struct tui_term *active;

static const int leave_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

/* Async-signal-safe: put the terminal back as it was, stderr too. */
static void restore_raw(struct tui_term *t)
{
	ssize_t ignored;
	if (t->leave_len)
		ignored = write(STDOUT_FILENO, t->leave_seq, t->leave_len);
	(void)ignored;
	tcsetattr(STDIN_FILENO, TCSADRAIN, &t->saved);
	if (t->saved_stderr >= 0)
		dup2(t->saved_stderr, STDERR_FILENO);
}

static void on_signal(int sig)
{
	struct tui_term *t = active;
	bool leave = sig == SIGINT || sig == SIGTERM || sig == SIGHUP;
	if (t && leave && !t->busy) {
		t->signal = sig; /* the main loop leaves cleanly */
		return;
	}
	if (t) {
		active = NULL;
		restore_raw(t);
	}
	/* die of the signal itself, so that the shell sees what happened */
	signal(sig, SIG_DFL);
	raise(sig);
}

static void at_exit(void)
{
	if (active)
		term_leave(active);
}

int term_check(struct ctx *ctx)
{
	int err = 0;
	const char *term = getenv("TERM");
	if (!ctx->stdin_tty || !ctx->stdout_tty) {
		usage_error(ctx, "the browser needs a terminal: %s not one",
			    !ctx->stdin_tty && !ctx->stdout_tty ? "stdin and stdout are"
			    : !ctx->stdin_tty			   ? "stdin is"
								   : "stdout is");
		error_detail(ctx, "hint: in scripts, use the commands ('gandi --help' lists "
				  "them)\n");
		return EXIT_USAGE;
	}
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		usage_error(ctx, "the terminal type '%s' is unknown here", term ? term : "");
		error_detail(ctx, TERM_HINT);
		return EXIT_USAGE;
	}
	const char *cup = tigetstr("cup");
	bool can_move = cup && cup != (char *)-1;
	del_curterm(cur_term);
	if (!can_move) {
		usage_error(ctx, "the terminal type '%s' cannot move the cursor", term ? term : "");
		error_detail(ctx, TERM_HINT);
		return EXIT_USAGE;
	}
	return 0;
}

static void add_cap(struct tui_term *t, const char *name)
{
	const char *s = tigetstr(name);
	if (!s || s == (char *)-1)
		return;
	size_t n = strlen(s);
	if (t->leave_len + n <= sizeof(t->leave_seq)) {
		memcpy(t->leave_seq + t->leave_len, s, n);
		t->leave_len += n;
	}
}

/* stderr into a file while the screen is up (a warning would tear it). */
static void capture_stderr(struct tui_term *t)
{
	fflush(stderr);
	t->capture = tmpfile();
	t->saved_stderr = dup(STDERR_FILENO);
	if (t->saved_stderr < 0)
		return;
	int fd = t->capture ? fileno(t->capture) : open("/dev/null", O_WRONLY);
	if (fd >= 0) {
		dup2(fd, STDERR_FILENO);
		if (!t->capture)
			close(fd);
	}
}

static void default_signals(void)
{
	for (size_t i = 0; i < sizeof(leave_signals) / sizeof(leave_signals[0]); i++)
		signal(leave_signals[i], SIG_DFL);
	for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		signal(fatal_signals[i], SIG_DFL);
}

int term_enter(struct ctx *ctx, struct tui_term *t)
{
	struct sigaction sa;
	int rc = 0;
	memset(t, 0, sizeof(*t));
	t->saved_stderr = -1;
	if (tcgetattr(STDIN_FILENO, &t->saved) != 0) {
		rc = error_set(ctx, EXIT_ERROR, "terminal",
			       "cannot read the terminal's settings: %s", strerror(errno));
		goto out;
	}
	/* before newterm: curses installs its own handlers only where none is set */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(leave_signals) / sizeof(leave_signals[0]); i++)
		sigaction(leave_signals[i], &sa, NULL); /* no SA_RESTART: a read returns */
	sa.sa_flags = SA_NODEFER;
	for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		sigaction(fatal_signals[i], &sa, NULL);
	set_escdelay(100); /* a lone Esc, not the start of an arrow key over a slow link */
	t->screen = newterm(NULL, stdout, stdin);
	if (!t->screen) {
		default_signals();
		rc = error_set(ctx, EXIT_ERROR, "terminal", "cannot set up the terminal '%s'",
			       getenv("TERM") ? getenv("TERM") : "");
		goto out;
	}
	add_cap(t, "sgr0");
	add_cap(t, "cnorm");
	add_cap(t, "rmkx");
	add_cap(t, "rmcup");
	capture_stderr(t);
	active = t;
	atexit(at_exit); /* a second registration finds active NULL: harmless */
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	if (ctx->color && has_colors() && start_color() == OK) {
		use_default_colors();
		init_pair(PAIR_ERROR, COLOR_RED, -1);
		init_pair(PAIR_OK, COLOR_GREEN, -1);
		init_pair(PAIR_HEAD, COLOR_CYAN, -1);
		init_pair(PAIR_TITLE, COLOR_BLACK, COLOR_CYAN);
		t->color = true;
	}
out:
	return rc;
}

void term_leave(struct tui_term *t)
{
	char chunk[4096];
	if (!t->screen)
		return;
	active = NULL;
	endwin();
	delscreen(t->screen);
	t->screen = NULL;
	tcsetattr(STDIN_FILENO, TCSADRAIN, &t->saved);
	default_signals();
	fflush(stderr);
	if (t->saved_stderr >= 0) {
		dup2(t->saved_stderr, STDERR_FILENO);
		close(t->saved_stderr);
		t->saved_stderr = -1;
	}
	if (t->capture) {
		/* nothing written meanwhile is lost: -v traces, warnings */
		int fd = fileno(t->capture);
		off_t at = 0;
		ssize_t n;
		while ((n = pread(fd, chunk, sizeof(chunk), at)) > 0) {
			fwrite(chunk, 1, (size_t)n, stderr);
			at += n;
		}
		fflush(stderr);
		fclose(t->capture);
		t->capture = NULL;
	}
}

char *term_stderr_warning(struct tui_term *t)
{
	struct buf got = {0};
	char chunk[4096];
	char *warning = NULL;
	ssize_t n;
	if (!t->capture)
		return NULL;
	int fd = fileno(t->capture);
	while ((n = pread(fd, chunk, sizeof(chunk), t->shown)) > 0) {
		buf_add(&got, chunk, (size_t)n);
		t->shown += n;
	}
	for (const char *line = buf_str(&got); *line;) {
		size_t len = strcspn(line, "\n");
		if (strncmp(line, "warning: ", 9) == 0) {
			free(warning);
			warning = xstrndup(line, len);
		}
		line += len + (line[len] == '\n');
	}
	buf_free(&got);
	return warning;
}
