#include "persist.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "dnsview.h"
#include "emu.h"
#include "journal.h"
#include "seed.h"

/* Compact when the journal outgrows max(this, twice the state file). */
#define COMPACT_MIN (64 * 1024)

struct waiter {
	uint64_t seq;
	void (*wake)(void *arg, bool ok);
	void *arg;
	struct waiter *next;
};

/* Changes (lo, hi] were lost to a failed sync. */
struct lost {
	uint64_t lo, hi;
};

struct persist {
	char *path, *dir, *base;
	struct emu *emu;
	/* The current journal. Appends change jsize with emu->lock held for
	 * writing; the compactor switches journals with it held for reading;
	 * both under m, which the committer takes to read them. */
	int jfd;
	unsigned long long jgen;
	off_t jsize;
	unsigned long long sgen; /* generation of FILE on disk */
	off_t state_size;
	pthread_mutex_t m;
	pthread_mutex_t files;  /* FILE and the old journals: a reload against the
				   compactor's rename and clean-up */
	pthread_cond_t work;    /* the committer: something appended, or stop */
	pthread_cond_t synced;  /* the compactor: durable moved, or a failure */
	pthread_cond_t compact; /* the compactor: the journal grew, or stop */
	uint64_t written, durable;
	off_t durable_off;      /* the part of the journal the last sync covered */
	bool broken;            /* a sync failed: roll back before anything else */
	unsigned failures;
	struct lost *lost;
	size_t nlost, caplost;
	struct waiter *waiters;
	bool compact_wanted, stop, started;
	pthread_t committer, compactor;
};

/* ---- files ------------------------------------------------------------------ */

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

static char *journal_path(const struct persist *p, unsigned long long gen)
{
	return xasprintf("%s.journal.%llu", p->path, gen);
}

static void sync_dir(const struct persist *p)
{
	int dfd = open(p->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
}

/* Write all of iov or fail; a short write with no error is ENOSPC. */
static int write_all(int fd, struct iovec *iov, int n)
{
	while (n > 0) {
		ssize_t w = writev(fd, iov, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = ENOSPC;
			return -1;
		}
		while (n > 0 && (size_t)w >= iov->iov_len) {
			w -= (ssize_t)iov->iov_len;
			iov++;
			n--;
		}
		if (n > 0) {
			iov->iov_base = (char *)iov->iov_base + w;
			iov->iov_len -= (size_t)w;
		}
	}
	return 0;
}

/* Create journal gen with its header, synced and linked. Returns the fd
 * (opened for appending) or -1 with a message. */
static int create_journal(struct persist *p, unsigned long long gen, off_t *size, struct buf *err)
{
	char *path = journal_path(p, gen);
	char head[80];
	int n = snprintf(head, sizeof head, "{\"gandi-emu-journal\": 1, \"generation\": %llu}\n", gen);
	struct iovec iov = {head, (size_t)n};
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
	if (fd < 0 || write_all(fd, &iov, 1) < 0 || fdatasync(fd) < 0) {
		buf_printf(err, "cannot write state '%s': %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(path);
		}
		fd = -1;
	} else {
		sync_dir(p);
		*size = n;
	}
	free(path);
	return fd;
}

/* Write st as generation gen to FILE.tmp, synced. Returns 0, or -1 with a
 * message (the temporary file removed). With lock, emu->lock (held for
 * reading by the caller) is released once the state is written. */
static int write_state_tmp(struct persist *p, const struct store *st, unsigned long long gen,
			   pthread_rwlock_t *lock, off_t *size, struct buf *err)
{
	int rc = -1;
	char *tmp = xasprintf("%s.tmp", p->path);
	FILE *f = NULL;
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	bool wrote = fd >= 0 && (f = fdopen(fd, "w")) && store_write(st, gen, f) == 0 &&
		     fflush(f) == 0;
	int e = errno;
	if (lock)
		pthread_rwlock_unlock(lock);
	if (fd < 0 || !wrote) {
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(e));
		if (!f && fd >= 0)
			close(fd);
		goto out;
	}
	struct stat sb;
	if (fsync(fileno(f)) < 0 || fstat(fileno(f), &sb) < 0) {
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(errno));
		goto out;
	}
	*size = sb.st_size;
	int closed = fclose(f);
	f = NULL;
	if (closed != 0) {
		buf_printf(err, "cannot write state '%s': %s", tmp, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	if (f)
		fclose(f);
	if (rc < 0)
		unlink(tmp);
	free(tmp);
	return rc;
}

/* Rename FILE.tmp over FILE and sync the folder. */
static int install_state(struct persist *p, struct buf *err)
{
	char *tmp = xasprintf("%s.tmp", p->path);
	int rc = rename(tmp, p->path);
	if (rc < 0) {
		buf_printf(err, "cannot rename '%s' to '%s': %s", tmp, p->path, strerror(errno));
		unlink(tmp);
	} else {
		sync_dir(p);
	}
	free(tmp);
	return rc;
}

/* The generation of a journal file name of ours, or 0. */
static unsigned long long journal_gen(const struct persist *p, const char *name)
{
	size_t bl = strlen(p->base);
	const char *suffix = ".journal.";
	unsigned long long g = 0;
	if (strncmp(name, p->base, bl) || strncmp(name + bl, suffix, strlen(suffix)))
		return 0;
	const char *num = name + bl + strlen(suffix);
	if (!*num || strspn(num, "0123456789") != strlen(num) || strlen(num) > 18)
		return 0;
	g = strtoull(num, NULL, 10);
	return g;
}

/* Delete our journals older than gen (all of them with gen 0 = ~0). */
static void remove_journals_before(struct persist *p, unsigned long long gen)
{
	DIR *d = opendir(p->dir);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		unsigned long long g = journal_gen(p, e->d_name);
		if (g && g < gen) {
			char *path = journal_path(p, g);
			unlink(path);
			free(path);
		}
	}
	if (d)
		closedir(d);
	sync_dir(p);
}

/* ---- loading ---------------------------------------------------------------- */

struct loaded {
	struct store *st;
	unsigned long long sgen, last; /* state file and last journal generations */
	size_t changes;                /* transactions replayed */
	off_t state_size, last_size;   /* sizes of FILE and of the last journal */
};

/* Replay journal gen into st. Returns 1 when it does not exist, 0, or -1.
 * A last line without newline is cut off (with fix) or ignored. */
static int replay(struct persist *p, unsigned long long gen, bool fix, struct loaded *l,
		  time_t now, struct buf *err)
{
	int rc = -1;
	struct buf text = {0}, why = {0};
	char *path = journal_path(p, gen);
	int r = read_file(path, &text, err);
	if (r != 0) {
		rc = r;
		goto out;
	}
	size_t len = text.len;
	const char *s = text.data;
	const char *nl = memchr(s, '\n', len);
	char want[80];
	snprintf(want, sizeof want, "{\"gandi-emu-journal\": 1, \"generation\": %llu}", gen);
	if (!nl || (size_t)(nl - s) != strlen(want) || memcmp(s, want, strlen(want)) != 0) {
		buf_printf(err, "corrupt journal '%s': line 1 is not its header", path);
		goto out;
	}
	size_t pos = (size_t)(nl - s) + 1, line = 2;
	while (pos < len) {
		nl = memchr(s + pos, '\n', len - pos);
		if (!nl) {
			fprintf(stderr, "gandi-emu: '%s' ends with an incomplete change, never "
					"acknowledged: dropped\n",
				path);
			if (fix && truncate(path, (off_t)pos) < 0) {
				buf_printf(err, "cannot repair '%s': %s", path, strerror(errno));
				goto out;
			}
			len = pos;
			break;
		}
		if (journal_apply(l->st, s + pos, (size_t)(nl - s) - pos, now, &why) < 0) {
			buf_printf(err, "corrupt journal '%s': line %zu: %s", path, line, buf_str(&why));
			goto out;
		}
		l->changes++;
		line++;
		pos = (size_t)(nl - s) + 1;
	}
	l->last = gen;
	l->last_size = (off_t)len;
	rc = 0;
out:
	buf_free(&text);
	buf_free(&why);
	free(path);
	return rc;
}

/* FILE and its journals. Returns 1 when FILE does not exist, 0, or -1. */
static int load_all(struct persist *p, bool fix, time_t now, struct loaded *l, struct buf *err)
{
	struct buf text = {0}, why = {0};
	int rc = read_file(p->path, &text, &why);
	memset(l, 0, sizeof *l);
	if (rc < 0) {
		buf_printf(err, "cannot load state: %s\n"
				"hint: fix its permissions, or give another --state FILE",
			   buf_str(&why));
		goto out;
	}
	if (rc == 1)
		goto out;
	rc = -1;
	l->state_size = (off_t)text.len;
	l->st = store_load(text.data, text.len, now, &l->sgen, &why);
	if (!l->st) {
		buf_printf(err, "corrupt state file '%s': %s\n"
				"hint: repair it, or delete it to start again from the seed",
			   p->path, buf_str(&why));
		goto out;
	}
	l->last = l->sgen;
	for (unsigned long long g = l->sgen; g; g++) {
		int r = replay(p, g, fix, l, now, &why);
		if (r == 1)
			break;
		if (r < 0) {
			buf_printf(err, "%s\nhint: repair it, or delete '%s' and its journals to "
					"start again from the seed",
				   buf_str(&why), p->path);
			goto out;
		}
	}
	rc = 0;
out:
	if (rc < 0) {
		store_free(l->st);
		l->st = NULL;
	}
	buf_free(&text);
	buf_free(&why);
	return rc;
}

/* Start generation gen: its journal, then FILE (from st). */
static int new_generation(struct persist *p, const struct store *st, unsigned long long gen,
			  struct buf *err)
{
	off_t jsize = 0, ssize = 0;
	int fd = create_journal(p, gen, &jsize, err);
	if (fd < 0)
		return -1;
	if (write_state_tmp(p, st, gen, NULL, &ssize, err) < 0 || install_state(p, err) < 0) {
		close(fd);
		return -1;
	}
	if (p->jfd >= 0)
		close(p->jfd);
	p->jfd = fd;
	p->jgen = gen;
	p->jsize = p->durable_off = jsize;
	p->sgen = gen;
	p->state_size = ssize;
	remove_journals_before(p, gen);
	return 0;
}

struct persist *persist_open(const char *path, struct store *(*make_seed)(void *arg), void *arg,
			     time_t now, struct store **st, struct buf *err)
{
	struct persist *p = xcalloc(1, sizeof *p);
	struct loaded l;
	char *d = xstrdup(path), *b = xstrdup(path);
	p->path = xstrdup(path);
	p->dir = xstrdup(dirname(d));
	p->base = xstrdup(basename(b));
	free(d);
	free(b);
	p->jfd = -1;
	pthread_mutex_init(&p->m, NULL);
	pthread_mutex_init(&p->files, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->synced, NULL);
	pthread_cond_init(&p->compact, NULL);
	*st = NULL;
	int r = load_all(p, true, now, &l, err);
	if (r < 0)
		goto fail;
	if (r == 1) {
		l.st = make_seed(arg);
		if (!l.st)
			goto fail;
		remove_journals_before(p, ~0ULL);
		if (new_generation(p, l.st, 1, err) < 0)
			goto fail;
	} else if (l.changes || l.last == 0) {
		remove_journals_before(p, l.sgen);
		if (new_generation(p, l.st, l.last + 1, err) < 0)
			goto fail;
	} else {
		char *jp = journal_path(p, l.last);
		p->jfd = open(jp, O_WRONLY | O_APPEND | O_CLOEXEC);
		if (p->jfd < 0) {
			buf_printf(err, "cannot write state '%s': %s", jp, strerror(errno));
			free(jp);
			goto fail;
		}
		free(jp);
		p->jgen = l.last;
		p->jsize = p->durable_off = l.last_size;
		p->sgen = l.sgen;
		p->state_size = l.state_size;
		remove_journals_before(p, l.sgen);
	}
	*st = l.st;
	return p;
fail:
	store_free(l.st);
	persist_close(p);
	return NULL;
}

int persist_reload(struct persist *p, struct emu *emu, struct buf *err)
{
	struct loaded l;
	pthread_mutex_lock(&p->files);
	int r = load_all(p, false, time(NULL), &l, err);
	pthread_mutex_unlock(&p->files);
	if (r != 0) {
		if (!err->len)
			buf_printf(err, "'%s' is gone", p->path);
		return -1;
	}
	store_free(emu->store);
	emu->store = l.st;
	/* what --dns serves follows: the undone changes disappear from it too */
	if (emu->dns)
		dnsview_publish_all(emu->dns, emu->store);
	return 0;
}

/* ---- appending and waiting ------------------------------------------------- */

uint64_t persist_append(struct persist *p, const char *line, size_t len, struct buf *err)
{
	uint64_t seq = 0;
	struct iovec iov[2] = {{(void *)(uintptr_t)line, len}, {"\n", 1}};
	pthread_mutex_lock(&p->m);
	int fd = p->jfd;
	off_t before = p->jsize;
	pthread_mutex_unlock(&p->m);
	if (write_all(fd, iov, 2) < 0) {
		char *jp = journal_path(p, p->jgen);
		buf_printf(err, "cannot save the change to '%s': %s", jp, strerror(errno));
		free(jp);
		if (ftruncate(fd, before) < 0)
			buf_printf(err, " (and cannot cut it back: %s)", strerror(errno));
		return 0;
	}
	pthread_mutex_lock(&p->m);
	p->jsize += (off_t)len + 1;
	seq = ++p->written;
	pthread_cond_signal(&p->work);
	off_t limit = p->state_size * 2 > COMPACT_MIN ? p->state_size * 2 : COMPACT_MIN;
	if (p->jsize > limit && !p->compact_wanted) {
		p->compact_wanted = true;
		pthread_cond_signal(&p->compact);
	}
	pthread_mutex_unlock(&p->m);
	return seq;
}

static bool is_lost(const struct persist *p, uint64_t seq)
{
	for (size_t i = 0; i < p->nlost; i++)
		if (seq > p->lost[i].lo && seq <= p->lost[i].hi)
			return true;
	return false;
}

void persist_wait(struct persist *p, uint64_t seq, void (*wake)(void *arg, bool ok), void *arg)
{
	int now = -1; /* -1: wait; 0 lost; 1 durable */
	pthread_mutex_lock(&p->m);
	if (is_lost(p, seq))
		now = 0;
	else if (seq <= p->durable && !p->broken)
		now = 1;
	else if (p->jfd < 0)
		now = 0;
	if (now < 0) {
		struct waiter *w = xcalloc(1, sizeof *w);
		*w = (struct waiter){seq, wake, arg, p->waiters};
		p->waiters = w;
	}
	pthread_mutex_unlock(&p->m);
	if (now >= 0)
		wake(arg, now == 1);
}

struct sync_wait {
	pthread_mutex_t m;
	pthread_cond_t cv;
	int state; /* -1 pending, 0 lost, 1 durable */
};

static void sync_wake(void *arg, bool ok)
{
	struct sync_wait *w = arg;
	pthread_mutex_lock(&w->m);
	w->state = ok;
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&w->m);
}

bool persist_sync(struct persist *p, uint64_t seq)
{
	struct sync_wait w = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, -1};
	persist_wait(p, seq, sync_wake, &w);
	pthread_mutex_lock(&w.m);
	while (w.state < 0)
		pthread_cond_wait(&w.cv, &w.m);
	pthread_mutex_unlock(&w.m);
	pthread_mutex_destroy(&w.m);
	pthread_cond_destroy(&w.cv);
	return w.state == 1;
}

/* Unlink the waiters whose fate is known (all of them with all) and return
 * them; the caller wakes them without the mutex. */
static struct waiter *take_waiters(struct persist *p, bool all)
{
	struct waiter *done = NULL, **pp = &p->waiters;
	while (*pp) {
		struct waiter *w = *pp;
		if (all || w->seq <= p->durable) {
			*pp = w->next;
			w->next = done;
			done = w;
		} else {
			pp = &w->next;
		}
	}
	return done;
}

static void wake_all(struct waiter *w, bool ok)
{
	while (w) {
		struct waiter *next = w->next;
		w->wake(w->arg, ok);
		free(w);
		w = next;
	}
}

/* ---- the committer ---------------------------------------------------------- */

/* A sync failed: cut the journal back to what the last good sync covered,
 * reload the store from disk and fail every change since. Called with m
 * held; returns with it held. */
static void roll_back(struct persist *p, int error)
{
	struct buf err = {0};
	char *jp = journal_path(p, p->jgen);
	fprintf(stderr, "gandi-emu: cannot sync '%s': %s; the changes since the last sync are "
			"undone\n",
		jp, strerror(error));
	p->broken = true;
	p->failures++;
	pthread_cond_broadcast(&p->synced);
	pthread_mutex_unlock(&p->m);
	pthread_rwlock_wrlock(&p->emu->lock);
	pthread_mutex_lock(&p->m);
	p->lost = xgrow(p->lost, &p->caplost, p->nlost + 1, sizeof *p->lost);
	p->lost[p->nlost++] = (struct lost){p->durable, p->written};
	if (ftruncate(p->jfd, p->durable_off) < 0 || fdatasync(p->jfd) < 0)
		fprintf(stderr, "gandi-emu: cannot cut '%s' back: %s\n", jp, strerror(errno));
	p->jsize = p->durable_off;
	p->durable = p->written;
	struct waiter *lost = take_waiters(p, true);
	pthread_mutex_unlock(&p->m);
	if (persist_reload(p, p->emu, &err) < 0) {
		fprintf(stderr, "gandi-emu: cannot reload the state after a failed sync: %s; "
				"stopping\n",
			buf_str(&err));
		kill(getpid(), SIGTERM);
	}
	pthread_rwlock_unlock(&p->emu->lock);
	wake_all(lost, false);
	pthread_mutex_lock(&p->m);
	p->broken = false;
	free(jp);
	buf_free(&err);
}

static void *committer(void *arg)
{
	struct persist *p = arg;
	pthread_mutex_lock(&p->m);
	for (;;) {
		while (!p->stop && p->written == p->durable)
			pthread_cond_wait(&p->work, &p->m);
		if (p->written == p->durable)
			break;
		uint64_t target = p->written;
		off_t off = p->jsize;
		int fd = p->jfd;
		pthread_mutex_unlock(&p->m);
		int r = fdatasync(fd);
		int e = errno;
		pthread_mutex_lock(&p->m);
		if (r < 0) {
			roll_back(p, e);
		} else {
			p->durable = target;
			p->durable_off = off;
			struct waiter *done = take_waiters(p, false);
			pthread_mutex_unlock(&p->m);
			wake_all(done, true);
			pthread_mutex_lock(&p->m);
		}
		pthread_cond_broadcast(&p->synced);
	}
	pthread_mutex_unlock(&p->m);
	return NULL;
}

/* ---- the compactor ---------------------------------------------------------- */

static void compact_once(struct persist *p)
{
	struct buf err = {0};
	off_t jsize = 0, ssize = 0;
	pthread_rwlock_rdlock(&p->emu->lock);
	pthread_mutex_lock(&p->m);
	unsigned failures = p->failures;
	while (p->durable < p->written && p->failures == failures && !p->stop)
		pthread_cond_wait(&p->synced, &p->m);
	bool go = p->failures == failures && !p->broken && !p->stop;
	unsigned long long gen = p->jgen + 1;
	pthread_mutex_unlock(&p->m);
	int fd = go ? create_journal(p, gen, &jsize, &err) : -1;
	if (fd < 0) {
		pthread_rwlock_unlock(&p->emu->lock);
		goto out;
	}
	pthread_mutex_lock(&p->m);
	int oldfd = p->jfd;
	p->jfd = fd;
	p->jgen = gen;
	p->jsize = p->durable_off = jsize;
	pthread_mutex_unlock(&p->m);
	/* releases emu->lock once the state is written */
	int r = write_state_tmp(p, p->emu->store, gen, &p->emu->lock, &ssize, &err);
	pthread_mutex_lock(&p->files);
	if (r == 0)
		r = install_state(p, &err);
	if (r == 0) {
		pthread_mutex_lock(&p->m);
		p->sgen = gen;
		p->state_size = ssize;
		pthread_mutex_unlock(&p->m);
		remove_journals_before(p, gen);
	}
	pthread_mutex_unlock(&p->files);
	close(oldfd);
out:
	if (err.len)
		fprintf(stderr, "gandi-emu: cannot compact the state (the journal keeps every "
				"change): %s\n",
			buf_str(&err));
	buf_free(&err);
}

static void *compactor(void *arg)
{
	struct persist *p = arg;
	pthread_mutex_lock(&p->m);
	for (;;) {
		while (!p->stop && !p->compact_wanted)
			pthread_cond_wait(&p->compact, &p->m);
		if (p->stop)
			break;
		p->compact_wanted = false;
		pthread_mutex_unlock(&p->m);
		compact_once(p);
		pthread_mutex_lock(&p->m);
	}
	pthread_mutex_unlock(&p->m);
	return NULL;
}

void persist_start(struct persist *p, struct emu *emu)
{
	p->emu = emu;
	pthread_create(&p->committer, NULL, committer, p);
	pthread_create(&p->compactor, NULL, compactor, p);
	p->started = true;
}

void persist_close(struct persist *p)
{
	if (!p)
		return;
	if (p->started) {
		pthread_mutex_lock(&p->m);
		p->stop = true;
		pthread_cond_broadcast(&p->work);
		pthread_cond_broadcast(&p->compact);
		pthread_cond_broadcast(&p->synced);
		pthread_mutex_unlock(&p->m);
		pthread_join(p->compactor, NULL);
		pthread_join(p->committer, NULL);
	}
	pthread_mutex_lock(&p->m);
	struct waiter *left = take_waiters(p, true);
	pthread_mutex_unlock(&p->m);
	wake_all(left, false);
	if (p->started && p->written) {
		/* a clean stop leaves FILE complete: a valid seed on its own */
		struct buf err = {0};
		if (new_generation(p, p->emu->store, p->jgen + 1, &err) < 0)
			fprintf(stderr, "gandi-emu: cannot compact the state (the journal keeps "
					"every change): %s\n",
				buf_str(&err));
		buf_free(&err);
	}
	if (p->jfd >= 0)
		close(p->jfd);
	pthread_mutex_destroy(&p->m);
	pthread_mutex_destroy(&p->files);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->synced);
	pthread_cond_destroy(&p->compact);
	free(p->lost);
	free(p->path);
	free(p->dir);
	free(p->base);
	free(p);
}
