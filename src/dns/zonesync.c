#include "dns/zonesync.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "buf.h"
#include "dns/rrkey.h"
#include "dns/sync.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "progress.h"
#include "prompt.h"
#include "util.h"
#include "xalloc.h"

/* ---- the live zone -------------------------------------------------------- */

/* An RRset of the zone joins lz (moved out of r; an rrset_fn). */
static int live_add(void *arg, struct rrset *r, const struct jv_text *raw)
{
	struct live_zone *lz = arg;
	(void)raw;
	struct zd_rrset view = {.name = r->name, .type = r->type, .ttl = r->ttl,
				.values = (const char *const *)r->values, .nvalues = r->nvalues};
	if (lz->filter && zd_live_same(lz->filter, &view))
		return 0; /* the same as the file's: counted, not kept */
	if (lz->len == lz->cap) {
		lz->cap = lz->cap ? 2 * lz->cap : 64;
		lz->decoded = xrealloc(lz->decoded, lz->cap * sizeof(*lz->decoded));
	}
	lz->decoded[lz->len++] = *r;
	memset(r, 0, sizeof(*r));
	return 0;
}

/* The zd_rrset view of what lz holds. */
static void live_index(struct live_zone *lz)
{
	lz->rrsets = xcalloc(lz->len + 1, sizeof(*lz->rrsets));
	for (size_t i = 0; i < lz->len; i++) {
		const struct rrset *r = &lz->decoded[i];
		lz->rrsets[i] = (struct zd_rrset){
			.name = r->name, .type = r->type, .ttl = r->ttl,
			.values = (const char *const *)r->values, .nvalues = r->nvalues};
	}
}

int live_zone_read(struct ctx *ctx, const char *zone, struct live_zone *lz)
{
	memset(lz, 0, sizeof(*lz));
	int rc = records_each(ctx, zone, NULL, live_add, lz);
	live_index(lz);
	return rc;
}

int live_zone_read_against(struct ctx *ctx, const char *zone, struct zd_live *filter,
			   struct live_zone *lz)
{
	memset(lz, 0, sizeof(*lz));
	lz->filter = filter;
	int rc = records_each(ctx, zone, NULL, live_add, lz);
	live_index(lz);
	if (!rc && filter->dup_live) {
		const struct zd_rrset *r = &filter->want[filter->dup_want];
		rc = error_set(ctx, EXIT_ERROR, "api", "Gandi listed the RRset %s %s of %s twice",
			       r->name, r->type, zone);
	}
	return rc;
}

void live_zone_of_snapshot(struct snapshot *s, struct live_zone *lz)
{
	memset(lz, 0, sizeof(*lz));
	lz->decoded = s->records;
	lz->len = lz->cap = s->nrecords;
	s->records = NULL;
	s->nrecords = 0;
	live_index(lz);
}

void live_zone_free(struct live_zone *lz)
{
	for (size_t i = 0; i < lz->len; i++)
		rrset_free(&lz->decoded[i]);
	free(lz->decoded);
	free(lz->rrsets);
	memset(lz, 0, sizeof(*lz));
}

/* ---- snapshots as the commands name them ------------------------------------ */

/* The snapshots whose id starts with a prefix, as they are listed. */
struct by_prefix {
	const char *prefix;
	struct strlist ids;
};

static int match_prefix(void *arg, const struct snapshot *s, const struct jv_text *raw)
{
	struct by_prefix *m = arg;
	(void)raw;
	if (s->id && strncasecmp(s->id, m->prefix, strlen(m->prefix)) == 0)
		strlist_add(&m->ids, s->id);
	return 0;
}

int snapshot_id_check(struct ctx *ctx, const char *zone, const char *id, char **full)
{
	*full = NULL;
	size_t n = strlen(id);
	bool hexish = n > 0 && strspn(id, "0123456789abcdefABCDEF-") == n;
	if (snapshot_id_ok(id) && (n >= 36 || !hexish)) {
		/* a whole id; Gandi's are UUIDs, written in lower case */
		*full = hexish ? str_lower(id) : xstrdup(id);
		return 0;
	}
	/* the start of an id, as people copy it from 'snapshot list': one request finds it */
	if (!hexish) {
		usage_error(ctx, "'%s' is not a snapshot ID", id);
		error_detail(ctx, "snapshot IDs look like 5a000000-0000-4000-8000-000000000001 (or "
				  "their first characters); 'gandi dns snapshot list %s' shows them\n",
			     zone);
		return EXIT_USAGE;
	}
	struct by_prefix m = {.prefix = id};
	int rc = snapshots_each(ctx, zone, SNAPSHOTS_ALL, match_prefix, &m);
	if (!rc && m.ids.n == 1) {
		*full = xstrdup(m.ids.v[0]);
	} else if (!rc && m.ids.n == 0) {
		struct subject s = {.kind = SUBJECT_SNAPSHOT, .domain = (char *)zone, .id = (char *)id};
		rc = error_absent(ctx, &s);
	} else if (!rc) {
		struct buf list = {0};
		for (size_t i = 0; i < m.ids.n; i++)
			buf_printf(&list, "  %s\n", m.ids.v[i]);
		rc = usage_error(ctx, "'%s' starts %zu snapshot IDs of %s: give more of it", id,
				 m.ids.n, zone);
		error_detail(ctx, "%s", buf_str(&list));
		buf_free(&list);
	}
	strlist_free(&m.ids);
	return rc;
}

/* Shell-quote s onto b when it needs it. */
static void shell_word(struct buf *b, const char *s)
{
	bool plain = *s != '\0';
	for (const char *p = s; *p && plain; p++)
		plain = isalnum((unsigned char)*p) || strchr("@%+=:,./_-", *p);
	if (plain) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '\'')
			buf_adds(b, "'\\''");
		else
			buf_addc(b, *p);
	}
	buf_addc(b, '\'');
}

char *snapshot_describe(const struct snapshot *s)
{
	time_t t;
	char when[21] = "";
	if (s->created_at && parse_time(s->created_at, &t))
		format_datetime(t, when);
	return xasprintf("'%s'%s%s%s", s->name ? s->name : "", when[0] ? ", taken " : "", when,
			 s->automatic ? ", automatic" : "");
}

/* "gandi" and the global flags this run was given that a command to run next needs. */
static void command_prefix(struct ctx *ctx, struct buf *out)
{
	struct buf b = {0};
	buf_adds(&b, "gandi");
	if (ctx->config_path_src == SRC_FLAG && ctx->config_path) {
		buf_adds(&b, " --config ");
		shell_word(&b, ctx->config_path);
	}
	if (ctx->profile.src == SRC_FLAG && ctx->profile.value) {
		buf_adds(&b, " --profile ");
		shell_word(&b, ctx->profile.value);
	}
	if (ctx->api_url.src == SRC_FLAG && ctx->api_url.value) {
		if (ctx->api_url.origin && strcmp(ctx->api_url.origin, "--sandbox") == 0) {
			buf_adds(&b, " --sandbox");
		} else {
			buf_adds(&b, " --api-url ");
			shell_word(&b, ctx->api_url.value);
		}
	}
	if (ctx->cacert.src == SRC_FLAG && ctx->cacert.value) {
		buf_adds(&b, " --cacert ");
		shell_word(&b, ctx->cacert.value);
	}
	if (ctx->sharing_id.src == SRC_FLAG && ctx->sharing_id.value) {
		buf_adds(&b, " --sharing-id ");
		shell_word(&b, ctx->sharing_id.value);
	}
	buf_add(out, b.data, b.len);
	buf_free(&b);
}

char *restore_command(struct ctx *ctx, const char *zone, const char *id)
{
	struct buf b = {0};
	command_prefix(ctx, &b);
	buf_adds(&b, " dns snapshot restore ");
	shell_word(&b, zone);
	buf_addc(&b, ' ');
	shell_word(&b, id);
	return buf_detach(&b);
}

char *rerun_command(struct ctx *ctx, const struct sync_job *job)
{
	struct buf b = {0};
	if (job->kind == SYNC_RESTORE || !job->file || strcmp(job->file, "-") == 0)
		return NULL; /* a file read from stdin cannot be read again */
	command_prefix(ctx, &b);
	buf_adds(&b, job->kind == SYNC_IMPORT ? " dns import " : " dns sync ");
	shell_word(&b, job->zone);
	buf_addc(&b, ' ');
	shell_word(&b, job->file);
	buf_adds(&b, job->no_delete ? " --no-delete --yes" : " --yes");
	return buf_detach(&b);
}

/* ---- the engine ---------------------------------------------------------- */

static char *snapshot_name(const struct sync_job *job)
{
	switch (job->kind) {
	case SYNC_IMPORT:
		return xasprintf("gandi dns import: before importing %.200s", job->file);
	case SYNC_RESTORE:
		return xasprintf("gandi dns snapshot restore: before restoring %.200s", job->source);
	default:
		return xasprintf("gandi dns sync: before applying %.200s", job->file);
	}
}

static char *question(const struct sync_job *job, const struct zonediff *d)
{
	size_t n = d->len;
	switch (job->kind) {
	case SYNC_IMPORT:
		return xasprintf("Replace the whole zone of %s with the %zu RRsets of %s (%zu "
				 "change%s)?", job->zone, job->nwant, job->source, n, plural(n));
	case SYNC_RESTORE:
		return xasprintf("Restore the zone of %s as %s holds it (%zu change%s)?", job->zone,
				 job->source, n, plural(n));
	default:
		return xasprintf("Apply these %zu change%s to %s?", n, plural(n), job->zone);
	}
}

/* Whether a file with nothing to write would remove the whole zone (a restore may). */
static bool emptying(const struct sync_job *job, const struct zonediff *d)
{
	size_t written = job->nwant;
	for (size_t i = 0; i < d->nleft; i++)
		written -= !d->left[i].live;
	return job->kind != SYNC_RESTORE && written == 0 && d->nremove > 0;
}

static int dup_error(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d,
		     const struct live_zone *lz)
{
	if (d->dup_live) {
		const struct zd_rrset *r = &lz->rrsets[d->dup_first];
		return error_set(ctx, EXIT_ERROR, "api",
				 "Gandi listed the RRset %s %s of %s twice", r->name, r->type,
				 job->zone);
	}
	const struct zd_rrset *r = &job->want[d->dup_first];
	return error_set(ctx, job->kind == SYNC_RESTORE ? EXIT_ERROR : EXIT_USAGE, "duplicate",
			 "%s gives the RRset %s %s twice", job->source, r->name, r->type);
}

int zone_sync(struct ctx *ctx, const struct sync_job *job)
{
	struct live_zone lz = {0}, after = {0};
	struct zd_live live = {0}; /* the live zone compared as it arrives */
	struct zonediff d = {0}, left = {0};
	struct apply a = {0};
	char *snap = NULL, *q = NULL, *action = NULL;
	bool in_sync = false, have_diff = false;
	unsigned flags = (job->no_delete ? ZD_NO_DELETE : 0) |
			 (job->kind == SYNC_RESTORE ? ZD_EXACT : 0);
	int rc;

	if (zd_live_init(&live, job->zone, job->want, job->nwant, flags, &d)) {
		rc = dup_error(ctx, job, &d, &lz);
		goto out;
	}
	if ((rc = live_zone_read_against(ctx, job->zone, &live, &lz)))
		goto out;
	if (zonediff_known(job->zone, job->want, job->nwant, live.same, lz.rrsets, lz.len, flags,
			   &d)) {
		rc = dup_error(ctx, job, &d, &lz);
		goto out;
	}
	have_diff = true;
	in_sync = d.len == 0;
	if (!ctx->json)
		print_diff(ctx, job, &d);
	if (d.len == 0)
		goto out;
	if (emptying(job, &d)) {
		if (job->dry_run) {
			warn(ctx, "%s holds no record to write: applying it would remove every RRset "
				  "of %s", job->source, job->zone);
		} else {
			rc = error_set(ctx, EXIT_USAGE, "empty", "%s holds no record to write: gandi "
				       "will not remove every RRset of %s with it", job->source,
				       job->zone);
			error_detail(ctx, "an empty or cut file would wipe the zone; check the file "
					  "(with --no-delete nothing is removed)\n");
			goto out;
		}
	}
	if (job->dry_run) {
		note(ctx, "dry run: nothing was sent");
		if (job->exit_code)
			rc = error_silent(ctx, EXIT_CHANGES);
		goto out;
	}
	q = question(job, &d);
	action = xasprintf("change the zone of %s", job->zone);
	if ((rc = confirm(ctx, job->yes, q, action)))
		goto out;

	char *name = snapshot_name(job);
	progress_step(ctx, "taking a snapshot of %s", job->zone);
	rc = snapshot_create(ctx, job->zone, name, &snap);
	free(name);
	if (rc) {
		error_context(ctx, "cannot take a snapshot of %s before changing it", job->zone);
		error_detail(ctx, "nothing was changed\n");
		goto out;
	}
	char *undo = restore_command(ctx, job->zone, snap);
	note(ctx, "snapshot %s taken before the changes (to undo them: %s)", snap, undo);
	free(undo);

	plan(job, &d, &a);
	progress_step(ctx, "applying %zu change%s to %s", d.len, plural(d.len), job->zone);
	if ((rc = apply_run(ctx, job, &d, &a))) {
		/* every change may hold all the same (an answer lost): then it goes on */
		if ((rc = apply_failed(ctx, job, &d, &a, flags, snap, rc, &after)))
			goto out;
	} else {
		states_from_writes(&d, &a);
		progress_step(ctx, "reading %s again to check it", job->zone);
		progress_hold(ctx, true);
		rc = live_zone_read(ctx, job->zone, &after);
		progress_hold(ctx, false);
		if (rc) {
			error_context(ctx, "the changes were applied, but the zone of %s could not "
					   "be read again to check them", job->zone);
			goto out;
		}
	}
	if (zonediff(job->zone, job->want, job->nwant, after.rrsets, after.len, flags, &left)) {
		rc = dup_error(ctx, job, &left, &after);
		goto out;
	}
	in_sync = left.len == 0;
	/* what others wrote meanwhile, that a replacement of the whole zone removed */
	if (a.whole && (rc = whole_zone_losses(ctx, job, &lz, &after, snap)))
		goto out;
	if (!in_sync) {
		if (!ctx->json) {
			out_line(ctx, "differences left after applying:");
			for (size_t i = 0; i < left.len; i++)
				print_change(ctx, &left.changes[i]);
		}
		char *cmd = restore_command(ctx, job->zone, snap);
		rc = error_set(ctx, EXIT_ERROR, "mismatch", "%zu difference%s left in %s after "
			       "applying the changes", left.len, plural(left.len), job->zone);
		error_detail(ctx, "Gandi accepted every request, yet the zone does not match %s; "
				  "someone else may be changing it.\nthe zone as it was before is in "
				  "snapshot %s; to put it back:\n  %s\n", job->source, snap, cmd);
		error_field(ctx, "snapshot", jv_str(snap));
		error_field(ctx, "restore", jv_str(cmd));
		free(cmd);
		goto out;
	}
	note(ctx, "done: %zu change%s in %zu request%s; %s now matches %s", d.len, plural(d.len),
	     a.requests, plural(a.requests), job->zone, job->source);
out:
	if (have_diff && ctx->json) {
		struct jv *r = sync_report(job, &d, &a, snap, in_sync);
		out_json(ctx, r);
		jv_free(r);
	}
	if (!rc && job->exit_code && !in_sync)
		rc = error_silent(ctx, EXIT_CHANGES);
	apply_free(&a);
	zonediff_free(&d);
	zonediff_free(&left);
	live_zone_free(&lz);
	live_zone_free(&after);
	zd_live_free(&live);
	free(snap);
	free(q);
	free(action);
	return rc;
}

int zone_sync_file(struct ctx *ctx, const char *domain, const char *path,
		   bool skip_unsupported, struct sync_job *job)
{
	struct rrkey k;
	struct zone_input in = {0};
	char *source = NULL;
	int rc = rrkey_parse(ctx, domain, NULL, NULL, &k);
	if (rc)
		return rc;
	if (!(rc = zone_input_read(ctx, k.zone, path, skip_unsupported, &in))) {
		source = xasprintf("'%s'", in.file);
		job->zone = k.zone;
		job->source = source;
		job->file = in.file;
		job->want = in.rrsets;
		job->nwant = in.len;
		job->skipped = in.skipped;
		job->nskipped = in.nskipped;
		job->has_skipped = true;
		rc = zone_sync(ctx, job);
	}
	free(source);
	zone_input_free(&in);
	rrkey_free(&k);
	return rc;
}
