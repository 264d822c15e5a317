#include "config/credential.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "config/config.h"
#include "config/secret.h"
#include "error.h"
#include "util.h"
#include "xalloc.h"

#define CMD_STDOUT_MAX (64 * 1024) /* a token is a line; more is not a token command */
#define CMD_STDERR_MAX (16 * 1024) /* kept for -v; the rest is read and dropped */

const char creds_order[] =
	"--profile's api_key_command or api_key, GANDI_API_KEY, GANDI_API_KEY_FILE, "
	"GANDIV5_PERSONAL_ACCESS_TOKEN, GANDIV5_PERSONAL_ACCESS_TOKEN_FILE, "
	"$CREDENTIALS_DIRECTORY/" CRED_SYSTEMD_ID ", the active profile's api_key_command or "
	"api_key, the top-level api_key_command or api_key";

static const char *nonempty_env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

static struct cred *add(struct creds *cs, enum cred_kind kind, const char *name,
			enum source src)
{
	cs->v = xrealloc(cs->v, (cs->n + 1) * sizeof(*cs->v));
	struct cred *c = &cs->v[cs->n++];
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	c->name = name;
	c->src = src;
	return c;
}

/* A variable holding the token: read into a secret and wiped from the environment. */
static void add_variable(struct creds *cs, const char *name)
{
	char *v = getenv(name);
	if (!v || !*v)
		return;
	struct secret *s = secret_new(v, strlen(v), SRC_ENV, name);
	/* gone from this process's environment, /proc/PID/environ and its children's */
	wipe(v, strlen(v));
	if (!s)
		return; /* only white space: as if unset */
	add(cs, CRED_VARIABLE, name, SRC_ENV)->value = s;
}

static void add_file_variable(struct creds *cs, const char *name)
{
	const char *v = nonempty_env(name);
	if (v)
		add(cs, CRED_FILE, name, SRC_ENV)->path = xstrdup(v);
}

static void add_systemd(struct creds *cs)
{
	const char *dir = nonempty_env("CREDENTIALS_DIRECTORY");
	if (!dir)
		return;
	char *path = xasprintf("%s/%s", dir, CRED_SYSTEMD_ID);
	struct stat st;
	if (lstat(path, &st) == 0)
		add(cs, CRED_SYSTEMD, "CREDENTIALS_DIRECTORY", SRC_ENV)->path = path;
	else
		free(path);
}

/* api_key_command, then api_key, of a profile (NULL: the top level). */
static int add_table(struct ctx *ctx, struct creds *cs, const char *profile, bool by_flag)
{
	enum source src = profile ? SRC_PROFILE : SRC_FILE;
	const struct toml_kv *kv = config_lookup(ctx->config, profile, "api_key_command");
	if (kv && kv->value->type == TOML_STRING) {
		const char *text = kv->value->u.s.ptr;
		if (!text[strspn(text, " \t")])
			return usage_error(ctx, "api_key_command in '%s'%s%s%s line %d is empty",
					   ctx->config_path, profile ? " [profiles." : "",
					   profile ? profile : "", profile ? "]" : "", kv->line);
		struct cred *c = add(cs, CRED_COMMAND, "api_key_command", src);
		c->by_flag = by_flag;
		c->path = xstrdup(ctx->config_path);
		c->profile = profile ? xstrdup(profile) : NULL;
		c->command = xstrdup(text);
	}
	kv = config_lookup(ctx->config, profile, "api_key");
	if (kv && kv->value->type == TOML_STRING) {
		struct secret *s = secret_new(kv->value->u.s.ptr, kv->value->u.s.len, src,
					      ctx->config_path);
		if (s) {
			struct cred *c = add(cs, CRED_CONFIG, "api_key", src);
			c->by_flag = by_flag;
			c->path = xstrdup(ctx->config_path);
			c->profile = profile ? xstrdup(profile) : NULL;
			c->value = s;
		}
	}
	return 0;
}

int creds_find(struct ctx *ctx)
{
	struct creds *cs = xcalloc(1, sizeof(*cs));
	const char *profile = ctx->profile.value;
	bool by_flag = profile && ctx->profile.src == SRC_FLAG;
	int rc = 0;
	creds_free(ctx->creds);
	ctx->creds = cs;
	if (by_flag && (rc = add_table(ctx, cs, profile, true)))
		goto out;
	/* every variable is read (and wiped) even when an earlier one wins */
	add_variable(cs, "GANDI_API_KEY");
	add_file_variable(cs, "GANDI_API_KEY_FILE");
	add_variable(cs, "GANDIV5_PERSONAL_ACCESS_TOKEN");
	add_file_variable(cs, "GANDIV5_PERSONAL_ACCESS_TOKEN_FILE");
	add_systemd(cs);
	if (profile && !by_flag && (rc = add_table(ctx, cs, profile, false)))
		goto out;
	rc = add_table(ctx, cs, NULL, false);
out:
	return rc;
}

void creds_free(struct creds *cs)
{
	if (!cs)
		return;
	for (size_t i = 0; i < cs->n; i++) {
		free(cs->v[i].path);
		free(cs->v[i].profile);
		free(cs->v[i].command);
		secret_free(cs->v[i].value);
	}
	free(cs->v);
	free(cs);
}

const struct cred *creds_used(const struct ctx *ctx)
{
	return ctx->creds && ctx->creds->n ? &ctx->creds->v[0] : NULL;
}

/* ---- naming ----------------------------------------------------------- */

static void table_suffix(const struct cred *c, struct buf *out)
{
	if (c->profile)
		buf_printf(out, " [profiles.%s]", c->profile);
}

const char *cred_phrase(const struct cred *c, struct buf *out)
{
	buf_reset(out);
	switch (c->kind) {
	case CRED_VARIABLE:
		buf_printf(out, "the variable %s", c->name);
		break;
	case CRED_FILE:
		buf_printf(out, "the file '%s' (%s)", c->path, c->name);
		break;
	case CRED_SYSTEMD:
		buf_printf(out, "the systemd credential '%s'", c->path);
		break;
	case CRED_COMMAND:
	case CRED_CONFIG:
		buf_printf(out, "%s in '%s'", c->name, c->path);
		table_suffix(c, out);
		break;
	}
	return buf_str(out);
}

const char *cred_where(const struct cred *c, struct buf *out)
{
	buf_reset(out);
	switch (c->kind) {
	case CRED_VARIABLE:
		buf_adds(out, c->name);
		break;
	case CRED_FILE:
		buf_printf(out, "%s=%s", c->name, c->path);
		break;
	case CRED_SYSTEMD:
		buf_adds(out, c->path);
		break;
	case CRED_COMMAND:
		buf_printf(out, "api_key_command in %s", c->path);
		table_suffix(c, out);
		break;
	case CRED_CONFIG:
		buf_adds(out, c->path);
		table_suffix(c, out);
		break;
	}
	return buf_str(out);
}

const char *cred_unset_hint(const struct cred *c, struct buf *out)
{
	buf_reset(out);
	switch (c->kind) {
	case CRED_VARIABLE:
	case CRED_FILE:
		buf_printf(out, "unset %s", c->name);
		break;
	case CRED_SYSTEMD:
		buf_adds(out, "remove LoadCredential=" CRED_SYSTEMD_ID " from the service");
		break;
	case CRED_COMMAND:
	case CRED_CONFIG:
		buf_printf(out, "gandi config unset%s%s %s", c->profile ? " --profile " : "",
			   c->profile ? c->profile : "", c->name);
		break;
	}
	return buf_str(out);
}

bool cred_writable(const struct cred *c)
{
	return c && c->kind == CRED_CONFIG;
}

/* ---- reading a file --------------------------------------------------- */

/*
 * The token a file holds: one line, its final LF or CRLF removed. Returns
 * NULL with *why set (to free()) when it holds none.
 */
static struct secret *file_secret(const struct cred *c, char **why, bool *unreadable)
{
	struct buf b = {0};
	struct secret *s = NULL;
	buf_reserve(&b, CRED_FILE_MAX + 1); /* never moved: nothing of it left unwiped */
	int e = read_file(c->path, CRED_FILE_MAX, &b);
	*why = NULL;
	*unreadable = e != 0;
	if (e) {
		*why = file_error(c->path, e, CRED_FILE_MAX);
		goto out;
	}
	size_t len = b.len;
	if (len && b.data[len - 1] == '\n')
		len--;
	if (len && b.data[len - 1] == '\r')
		len--;
	if (memchr(b.data, '\0', len))
		*why = xstrdup("it holds a NUL byte");
	else if (memchr(b.data, '\n', len) || memchr(b.data, '\r', len))
		*why = xstrdup("it holds more than one line");
	else if (!(s = secret_new(b.data ? b.data : "", len, c->src, c->path)))
		*why = xstrdup("it is empty");
out:
	buf_wipe(&b);
	return s;
}

static int file_failed(struct ctx *ctx, const struct cred *c, const char *why, bool unreadable)
{
	struct buf phrase = {0};
	error_set(ctx, EXIT_AUTH, "token_source", "cannot read the token from %s: %s",
		  cred_phrase(c, &phrase), why);
	if (!unreadable)
		error_detail(ctx, "the file holds the token alone, on one line\n");
	if (c->kind == CRED_FILE)
		error_detail(ctx, "hint: %s, or unset %s to use the next place gandi looks\n",
			     unreadable ? "check the path and the file's permissions" : "fix the file",
			     c->name);
	else
		error_detail(ctx, "hint: check the service's LoadCredential=%s:PATH and that "
				  "file\n", CRED_SYSTEMD_ID);
	buf_free(&phrase);
	return EXIT_AUTH;
}

static void warn_readable(struct ctx *ctx, const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && (st.st_mode & 0077))
		warn(ctx, "'%s' holds your token and can be read by others; fix: chmod 600 '%s'",
		     path, path);
}

/* ---- running api_key_command ------------------------------------------ */

struct run {
	struct buf out, err;
	int status;       /* waitpid()'s */
	bool timed_out, too_big, spawn_failed;
	int spawn_errno;
	double seconds;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Read what fd has now into b (at most max kept); false at its end. */
static bool drain(int fd, struct buf *b, size_t max, bool *over)
{
	char chunk[4096];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EAGAIN;
		if (n == 0)
			return false;
		size_t keep = b->len < max ? max - b->len : 0;
		if ((size_t)n > keep) {
			if (over)
				*over = true;
			n = (ssize_t)keep;
		}
		buf_add(b, chunk, (size_t)n);
		wipe(chunk, sizeof(chunk));
	}
}

static void child(const char *command, int out_fd, int err_fd)
{
	int null = open("/dev/null", O_RDONLY);
	if (null < 0 || dup2(null, STDIN_FILENO) < 0 || dup2(out_fd, STDOUT_FILENO) < 0 ||
	    dup2(err_fd, STDERR_FILENO) < 0)
		_exit(126);
	signal(SIGPIPE, SIG_DFL); /* gandi ignores it; the command should not */
	execl("/bin/sh", "sh", "-c", command, (char *)NULL);
	_exit(127);
}

/*
 * Run command by /bin/sh -c with stdin from /dev/null, its stdout and stderr
 * captured, for at most timeout seconds. Once the shell has exited, what it
 * and the processes it waited for wrote is read, and nothing more is awaited
 * (a daemon it started may hold the pipes).
 */
static void run_command(const char *command, double timeout, struct run *r)
{
	int outp[2] = {-1, -1}, errp[2] = {-1, -1};
	pid_t pid = -1;
	double start = now_s();
	memset(r, 0, sizeof(*r));
	buf_reserve(&r->out, CMD_STDOUT_MAX + 1); /* never moved: wiped whole afterwards */
	if (pipe(outp) != 0 || pipe(errp) != 0)
		goto spawn_failed;
	/* only the child's copies (dup2) survive its exec */
	for (int i = 0; i < 2; i++) {
		fcntl(outp[i], F_SETFD, FD_CLOEXEC);
		fcntl(errp[i], F_SETFD, FD_CLOEXEC);
	}
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
		goto spawn_failed;
	if (pid == 0)
		child(command, outp[1], errp[1]);
	close(outp[1]);
	close(errp[1]);
	outp[1] = errp[1] = -1;
	fcntl(outp[0], F_SETFL, O_NONBLOCK);
	fcntl(errp[0], F_SETFL, O_NONBLOCK);
	bool out_open = true, err_open = true, exited = false;
	while (out_open || err_open) {
		double left = start + timeout - now_s();
		if (left <= 0) {
			r->timed_out = true;
			break;
		}
		struct pollfd p[2] = {{outp[0], out_open ? POLLIN : 0, 0},
				      {errp[0], err_open ? POLLIN : 0, 0}};
		int wait_ms = exited ? 0 : left < 0.05 ? (int)(left * 1000) + 1 : 50;
		int n = poll(p, 2, wait_ms);
		if (n < 0 && errno != EINTR)
			break;
		if (out_open && (p[0].revents || exited))
			out_open = drain(outp[0], &r->out, CMD_STDOUT_MAX, &r->too_big);
		if (err_open && (p[1].revents || exited))
			err_open = drain(errp[0], &r->err, CMD_STDERR_MAX, NULL);
		if (r->too_big)
			break;
		if (exited)
			break; /* read what was there when it ended */
		if (waitpid(pid, &r->status, WNOHANG) == pid) {
			exited = true;
			pid = -1;
		}
	}
	if (pid > 0) {
		if (r->timed_out || r->too_big)
			kill(pid, SIGKILL);
		while (waitpid(pid, &r->status, 0) < 0 && errno == EINTR)
			;
	}
	goto out;
spawn_failed:
	r->spawn_failed = true;
	r->spawn_errno = errno;
out:
	for (int i = 0; i < 2; i++) {
		if (outp[i] >= 0)
			close(outp[i]);
		if (errp[i] >= 0)
			close(errp[i]);
	}
	r->seconds = now_s() - start;
}

/* With -v: the command's stderr, line by line, redacted with the token it gave. */
static void show_stderr(struct ctx *ctx, const struct run *r, const struct secret *token)
{
	if (!ctx->verbose || !r->err.len)
		return;
	char *safe = secret_redact(token, buf_str(&r->err));
	for (char *line = safe; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		fprintf(stderr, "gandi: api_key_command: %s\n", line);
		line = nl ? nl + 1 : NULL;
	}
	free(safe);
}

static size_t count_lines(const struct buf *b)
{
	size_t n = 0;
	for (size_t i = 0; i < b->len; i++)
		n += b->data[i] == '\n';
	return n + (b->len && b->data[b->len - 1] != '\n');
}

/* Refuse a command from a config file others could have written, or swapped for theirs. */
static int command_trusted(struct ctx *ctx, const struct cred *c)
{
	const struct config *cfg = ctx->config;
	struct stat dst;
	int e = 0;
	if (!cfg || !cfg->exists)
		return 0;
	uid_t me = geteuid();
	char *real = path_resolve(c->path, &e);
	char *dir = real ? dir_name(real) : NULL;
	/* a folder others may write lets them replace the file (unless it is sticky, as /tmp) */
	bool folder_open = dir && stat(dir, &dst) == 0 && (dst.st_mode & 0022) &&
			   !(dst.st_mode & S_ISVTX);
	bool writable = (cfg->st.st_mode & 0022) != 0;
	bool foreign = cfg->st.st_uid != me && cfg->st.st_uid != 0;
	int rc = 0;
	if (writable || foreign || folder_open) {
		rc = error_set(ctx, EXIT_AUTH, "token_source", "refusing to run api_key_command "
			       "from '%s': %s", c->path,
			       writable  ? "others can write the file"
			       : foreign ? "another user owns it"
					 : "others can write its folder");
		error_detail(ctx, "whoever can change the file can make gandi run any command\n"
				  "hint: %s '%s'\n", writable ? "chmod 600" : foreign
				  ? "take it over: chown $USER" : "chmod go-w", folder_open && !writable
				  && !foreign ? dir : c->path);
	}
	free(real);
	free(dir);
	return rc;
}

static int command_secret(struct ctx *ctx, const struct cred *c, struct secret **out)
{
	struct run r;
	struct buf phrase = {0};
	int rc = command_trusted(ctx, c);
	*out = NULL;
	if (rc)
		return rc;
	double timeout = ctx->command_timeout.value ? strtod(ctx->command_timeout.value, NULL)
						    : CRED_COMMAND_TIMEOUT;
	run_command(c->command, timeout, &r);
	size_t line = strcspn(buf_str(&r.out), "\n");
	size_t len = line;
	if (len && r.out.data[len - 1] == '\r')
		len--;
	bool ok_exit = !r.spawn_failed && !r.timed_out && !r.too_big && WIFEXITED(r.status) &&
		       WEXITSTATUS(r.status) == 0;
	bool nul = r.out.len && memchr(r.out.data, '\0', len);
	struct secret *s = ok_exit && !nul && len ? secret_new(r.out.data, len, c->src, c->path)
						  : NULL;
	if (ctx->verbose)
		fprintf(stderr, "gandi: ran api_key_command from '%s'%s%s%s in %.0f ms\n", c->path,
			c->profile ? " [profiles." : "", c->profile ? c->profile : "",
			c->profile ? "]" : "", r.seconds * 1000);
	show_stderr(ctx, &r, s);
	cred_phrase(c, &phrase);
	if (s) {
		*out = s;
		goto out;
	}
	rc = EXIT_AUTH;
	if (r.spawn_failed)
		error_set(ctx, rc, "token_source", "cannot run %s: %s", buf_str(&phrase),
			  strerror(r.spawn_errno));
	else if (r.timed_out)
		error_set(ctx, rc, "token_source", "%s gave no token within %g s", buf_str(&phrase),
			  timeout);
	else if (r.too_big)
		error_set(ctx, rc, "token_source", "%s printed more than %d KB: that is not a token",
			  buf_str(&phrase), CMD_STDOUT_MAX / 1024);
	else if (WIFSIGNALED(r.status))
		error_set(ctx, rc, "token_source", "%s was killed by signal %d", buf_str(&phrase),
			  WTERMSIG(r.status));
	else if (WEXITSTATUS(r.status) != 0)
		error_set(ctx, rc, "token_source", "%s failed (exit status %d%s)", buf_str(&phrase),
			  WEXITSTATUS(r.status),
			  WEXITSTATUS(r.status) == 127 ? ": command not found" : "");
	else if (nul)
		error_set(ctx, rc, "token_source", "the first line %s printed holds a NUL byte",
			  buf_str(&phrase));
	else
		error_set(ctx, rc, "token_source", "%s printed no token: %s", buf_str(&phrase),
			  r.out.len ? "its first line is empty" : "its output is empty");
	error_detail(ctx, "the command: %s\n", c->command);
	if (r.err.len && !ctx->verbose)
		error_detail(ctx, "it wrote %zu line%s on stderr, shown with -v\n",
			     count_lines(&r.err), count_lines(&r.err) == 1 ? "" : "s");
	error_detail(ctx, "gandi runs it with /bin/sh -c and takes the first line of its "
			  "stdout as the token\n");
	if (r.timed_out)
		error_detail(ctx, "hint: allow it more time with api_key_command_timeout = SECONDS "
				  "in the config file\n");
	else
		error_detail(ctx, "hint: try it yourself: sh -c '...' >/dev/null (shows its "
				  "errors, not the token)\n");
out:
	buf_wipe(&r.out);
	buf_wipe(&r.err);
	buf_free(&phrase);
	return rc;
}

/* ---- loading ---------------------------------------------------------- */

struct secret *cred_peek(struct ctx *ctx, const struct cred *c)
{
	(void)ctx;
	char *why = NULL;
	bool unreadable;
	struct secret *s = NULL;
	switch (c->kind) {
	case CRED_VARIABLE:
	case CRED_CONFIG:
		s = c->value ? secret_copy(c->value) : NULL;
		break;
	case CRED_FILE:
	case CRED_SYSTEMD:
		s = file_secret(c, &why, &unreadable);
		free(why);
		break;
	case CRED_COMMAND:
		break;
	}
	return s;
}

int creds_load(struct ctx *ctx, unsigned flags)
{
	const struct cred *c = creds_used(ctx);
	char *why = NULL;
	bool unreadable = false;
	int rc = 0;
	if (ctx->token || !c)
		return 0;
	switch (c->kind) {
	case CRED_VARIABLE:
		ctx->token = secret_copy(c->value);
		break;
	case CRED_CONFIG:
		ctx->token = secret_copy(c->value);
		warn_readable(ctx, c->path);
		break;
	case CRED_FILE:
	case CRED_SYSTEMD:
		ctx->token = file_secret(c, &why, &unreadable);
		if (!ctx->token)
			rc = file_failed(ctx, c, why, unreadable);
		else
			warn_readable(ctx, c->path);
		break;
	case CRED_COMMAND:
		if (!(flags & CREDS_NO_COMMAND))
			rc = command_secret(ctx, c, &ctx->token);
		break;
	}
	free(why);
	return rc;
}
