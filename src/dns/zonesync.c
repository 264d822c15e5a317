#include "dns/zonesync.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "gandi/api.h"
#include "buf.h"
#include "error.h"
#include "net/http.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "prompt.h"
#include "dns/record.h"
#include "util.h"
#include "xalloc.h"
#include "dns/zone.h"

/* Requests in flight at once while applying. */
#define APPLY_PARALLEL 8
#define ZONE_FILE_MAX (256u * 1024 * 1024) /* bytes of zone text read at most */
/* Above this many changed RRsets, one PUT of the whole zone (Gandi allows ~1000 requests/min). */
#define MAX_RRSET_REQUESTS 300
/* Unchanged values shown under a changed RRset before "... and N more". */
#define SHOWN_KEPT 5

/* ---- small helpers ------------------------------------------------------- */

/* Replace the pending error's message with "prefix: message", keeping its code and detail. */
static int error_prefix(struct ctx *ctx, int code, const char *kind, const char *fmt, ...)
	XATTR_PRINTF(4, 5);
static int error_prefix(struct ctx *ctx, int code, const char *kind, const char *fmt, ...)
{
	struct buf prefix = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&prefix, fmt, ap);
	va_end(ap);
	char *msg = xstrdup(ctx->err.message ? ctx->err.message : "error");
	char *detail = ctx->err.detail ? xstrdup(ctx->err.detail) : NULL;
	char *old_kind = xstrdup(kind ? kind : ctx->err.kind ? ctx->err.kind : "error");
	json_t *extra = json_incref(ctx->err.extra);
	int rc = error_set(ctx, code ? code : ctx->err.code, old_kind, "%s: %s", buf_str(&prefix),
			   msg);
	if (detail)
		error_detail(ctx, "%s", detail);
	for (void *it = json_object_iter(extra); it; it = json_object_iter_next(extra, it))
		error_field(ctx, json_object_iter_key(it), json_incref(json_object_iter_value(it)));
	json_decref(extra);
	free(msg);
	free(detail);
	free(old_kind);
	buf_free(&prefix);
	return rc;
}

static const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

static bool is_txt(const char *type)
{
	return strcmp(type, "TXT") == 0 || strcmp(type, "SPF") == 0;
}

/* The bytes of the longest quoted string of a TXT value (0 when it is not quoted). */
static size_t longest_string(const char *v)
{
	size_t longest = 0;
	const char *p = v;
	while ((p = strchr(p, '"'))) {
		size_t n = 0;
		for (p++; *p && *p != '"'; n++) {
			if (p[0] == '\\' && isdigit((unsigned char)p[1]) &&
			    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]))
				p += 4;
			else if (p[0] == '\\' && p[1])
				p += 2;
			else
				p++;
		}
		if (n > longest)
			longest = n;
		if (*p)
			p++;
	}
	return longest;
}

/*
 * A value as it is sent: TXT strings longer than 255 bytes (which a zone
 * file may hold but LiveDNS does not) split into strings of 255.
 */
static char *value_for_write(const char *type, const char *v)
{
	if (!is_txt(type) || longest_string(v) <= 255)
		return xstrdup(v);
	char *raw = txt_decode(v);
	if (!raw)
		return xstrdup(v);
	struct buf b = {0};
	size_t len = strlen(raw);
	for (size_t i = 0; i < len; i += 255) {
		buf_adds(&b, i ? " \"" : "\"");
		for (size_t k = i; k < len && k < i + 255; k++) {
			unsigned char c = (unsigned char)raw[k];
			if (c == '"' || c == '\\')
				buf_printf(&b, "\\%c", c);
			else if (c < 0x20 || c >= 0x7f)
				buf_printf(&b, "\\%03u", c);
			else
				buf_addc(&b, (char)c);
		}
		buf_addc(&b, '"');
	}
	free(raw);
	return buf_detach(&b);
}

static json_t *values_json(const char *type, const char *const *values, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		char *v = value_for_write(type, values[i]);
		json_array_append_new(a, json_string(v));
		free(v);
	}
	return a;
}

/* Values as they are, for reports. */
static json_t *strs_json(const char *const *values, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(values[i]));
	return a;
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

/* ---- the desired zone ---------------------------------------------------- */

static int read_input(struct ctx *ctx, const char *path, struct buf *text)
{
	bool in = strcmp(path, "-") == 0;
	int e = in ? read_fd(STDIN_FILENO, ZONE_FILE_MAX, text)
		   : read_file(path, ZONE_FILE_MAX, text);
	if (!e)
		return 0;
	char *why = file_error(path, e, ZONE_FILE_MAX);
	if (in)
		error_set(ctx, EXIT_USAGE, "io", "cannot read the zone from stdin: %s", why);
	else
		error_set(ctx, EXIT_USAGE, "io", "cannot read '%s': %s", path, why);
	if (e == FILE_NOT_REGULAR || e == EISDIR)
		error_detail(ctx, "hint: give a zone file, or '-' to read the zone from stdin\n");
	free(why);
	return EXIT_USAGE;
}

/* One record LiveDNS cannot hold: reported, and kept for the JSON report. */
static void unsupported(struct zone_input *in, struct buf *report, const char *where,
			const char *name, const char *type, const char *reason)
{
	buf_printf(report, "  %s: %s %s: %s\n", where, name, type, reason);
	json_array_append_new(in->skipped, json_pack("{ssssssss}", "where", where, "name", name,
						     "type", type, "reason", reason));
}

static int unsupported_done(struct ctx *ctx, struct zone_input *in, struct buf *report,
			    size_t n, bool skip)
{
	if (!n)
		return 0;
	if (!skip) {
		int rc = error_set(ctx, EXIT_USAGE, "unsupported",
				   "%zu record%s in '%s' cannot be held by LiveDNS", n, plural(n),
				   in->file);
		error_detail(ctx, "%s", buf_str(report));
		error_detail(ctx, "hint: remove %s from the file, or add --skip-unsupported to "
				  "leave %s out (nothing is sent until then)\n",
			     n == 1 ? "it" : "them", n == 1 ? "it" : "them");
		return rc;
	}
	warn(ctx, "%zu record%s of '%s' left out (--skip-unsupported): LiveDNS cannot hold "
		  "%s\n%s", n, plural(n), in->file, n == 1 ? "it" : "them", buf_str(report));
	return 0;
}

static bool ttl_ok(long long ttl)
{
	return ttl >= TTL_MIN && ttl <= TTL_MAX;
}

static int ttl_done(struct ctx *ctx, const struct zone_input *in, struct buf *report, size_t n)
{
	if (!n)
		return 0;
	int rc = error_set(ctx, EXIT_USAGE, "ttl",
			   "%zu RRset%s in '%s' %s a TTL that LiveDNS does not accept", n,
			   plural(n), in->file, n == 1 ? "has" : "have");
	error_detail(ctx, "%s", buf_str(report));
	error_detail(ctx, "hint: LiveDNS accepts %d (5 minutes) to %d (30 days) seconds; change "
			  "the TTLs in the file%s\n", TTL_MIN, TTL_MAX,
		     in->json ? "" : " ($TTL sets the default of the lines after it)");
	return rc;
}

static int read_bind(struct ctx *ctx, const char *zone, const char *label, const struct buf *text,
		     bool skip, struct zone_input *in)
{
	struct zone_error zerr;
	struct zone_unsupported *u = NULL;
	struct buf report = {0}, ttls = {0};
	size_t nttl = 0;
	int rc = 0;

	in->zone_ = zone_parse(text->data ? text->data : "", text->len, label, zone, TTL_DEFAULT,
			       &zerr);
	if (!in->zone_) {
		rc = error_set(ctx, EXIT_USAGE, "zone", "%s", zerr.msg);
		goto out;
	}
	size_t nu = zone_unsupported(in->zone_, &u);
	for (size_t i = 0; i < nu; i++) {
		char where[32];
		snprintf(where, sizeof(where), "line %d", u[i].record->line);
		unsupported(in, &report, where, u[i].record->owner, u[i].record->type, u[i].reason);
	}
	if ((rc = unsupported_done(ctx, in, &report, nu, skip)))
		goto out;
	in->groups_ = xcalloc(1, sizeof(*in->groups_));
	zone_rrsets(in->zone_, in->groups_);
	for (size_t i = 0; i < in->groups_->nwarnings; i++)
		warn(ctx, "%s", in->groups_->warnings[i]);
	in->rrsets = xcalloc(in->groups_->len + 1, sizeof(*in->rrsets));
	for (size_t i = 0; i < in->groups_->len; i++) {
		const struct zone_rrset *g = &in->groups_->items[i];
		if (!g->livedns || g->outside)
			continue;
		if (strcmp(g->type, "SOA") != 0 && !ttl_ok(g->ttl)) {
			buf_printf(&ttls, "  line %d: %s %s has TTL %u\n", g->line, g->name, g->type,
				   (unsigned)g->ttl);
			nttl++;
		}
		in->rrsets[in->len++] = (struct zd_rrset){
			.name = g->name, .type = g->type, .ttl = g->ttl, .values = g->values,
			.nvalues = g->nvalues, .line = g->line};
	}
	rc = ttl_done(ctx, in, &ttls, nttl);
out:
	free(u);
	buf_free(&report);
	buf_free(&ttls);
	return rc;
}

/* Check and convert one JSON item into in->decoded_[n]. */
static int json_item(struct ctx *ctx, const char *zone, struct zone_input *in, size_t item,
		     const json_t *j, struct buf *report, size_t *nunsupported, struct buf *ttls,
		     size_t *nttl)
{
	struct decoder d = {.what = "record"};
	struct rrset *r = &in->decoded_[in->ndecoded_];
	char *rel = NULL;
	int rc = 0;
	char where[32];
	snprintf(where, sizeof(where), "item %zu", item);

	if (!json_is_object(j)) {
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' %s is not an RRset object", in->file,
			       where);
		goto out;
	}
	if (!decode_rrset(&d, j, r)) {
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' %s: %s", in->file, where, d.error);
		rrset_free(r);
		goto out;
	}
	in->ndecoded_++;
	const char *type = rrtype_lookup(r->type);
	if (!type) {
		unsupported(in, report, where, r->name, r->type, "type not accepted by LiveDNS");
		(*nunsupported)++;
		goto out;
	}
	if ((rc = record_name(ctx, zone, r->name, &rel))) {
		rc = error_prefix(ctx, EXIT_USAGE, NULL, "'%s' %s", in->file, where);
		goto out;
	}
	if (r->nvalues == 0) {
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' %s (%s %s) has no values", in->file,
			       where, rel, type);
		goto out;
	}
	for (size_t v = 0; v < r->nvalues; v++) {
		char *api = NULL;
		if ((rc = record_value(ctx, type, r->values[v], &api))) {
			rc = error_prefix(ctx, EXIT_USAGE, NULL, "'%s' %s (%s %s)", in->file, where,
					  rel, type);
			goto out;
		}
		free(r->values[v]);
		r->values[v] = api;
	}
	if (strcmp(type, "SOA") != 0 && !ttl_ok(r->ttl)) {
		buf_printf(ttls, "  %s: %s %s has TTL %lld\n", where, rel, type, r->ttl);
		(*nttl)++;
	}
	free(r->name);
	r->name = rel;
	rel = NULL;
	free(r->type);
	r->type = xstrdup(type);
	in->rrsets[in->len++] = (struct zd_rrset){
		.name = r->name, .type = r->type, .ttl = r->ttl,
		.values = (const char *const *)r->values, .nvalues = r->nvalues, .line = (int)item};
out:
	free(rel);
	decoder_free(&d);
	return rc;
}

static int read_json(struct ctx *ctx, const char *zone, const char *label, const struct buf *text,
		     bool skip, struct zone_input *in)
{
	json_error_t jerr;
	json_t *j = json_loadb(text->data, text->len, 0, &jerr);
	struct buf report = {0}, ttls = {0};
	size_t nu = 0, nttl = 0;
	int rc = 0;
	struct zonediff dups = {0};

	if (!j) {
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' line %d, column %d: %s", label,
			       jerr.line, jerr.column, jerr.text);
		error_detail(ctx, "it starts with '[' or '{', so it was read as JSON (what 'gandi "
				  "dns list --json' prints); a BIND zone file starts otherwise\n");
		goto out;
	}
	const json_t *items = j;
	if (json_is_object(j)) {
		items = json_object_get(j, "items");
		if (!items)
			items = json_object_get(j, "zone_data");
	}
	if (!json_is_array(items)) {
		rc = error_set(ctx, EXIT_USAGE, "json",
			       "'%s' is JSON but not an array of RRsets", label);
		error_detail(ctx, "gandi reads what 'gandi dns list DOMAIN --json' prints: [{\"rrset_"
				  "name\": \"www\", \"rrset_type\": \"A\", \"rrset_ttl\": 300, "
				  "\"rrset_values\": [\"192.0.2.1\"]}, ...]\n");
		goto out;
	}
	size_t n = json_array_size(items);
	in->decoded_ = xcalloc(n + 1, sizeof(*in->decoded_));
	in->rrsets = xcalloc(n + 1, sizeof(*in->rrsets));
	for (size_t i = 0; i < n && !rc; i++)
		rc = json_item(ctx, zone, in, i + 1, json_array_get(items, i), &report, &nu, &ttls,
			       &nttl);
	if (rc)
		goto out;
	if ((rc = unsupported_done(ctx, in, &report, nu, skip)))
		goto out;
	if ((rc = ttl_done(ctx, in, &ttls, nttl)))
		goto out;
	if (zonediff(zone, in->rrsets, in->len, NULL, 0, 0, &dups) != 0) {
		const struct zd_rrset *a = &in->rrsets[dups.dup_first];
		const struct zd_rrset *b = &in->rrsets[dups.dup_second];
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' gives the RRset %s %s twice (items %d "
			       "and %d)", label, a->name, a->type, a->line, b->line);
		error_detail(ctx, "hint: put all the values of an RRset in one item\n");
		goto out;
	}
	zonediff_free(&dups);
out:
	json_decref(j);
	buf_free(&report);
	buf_free(&ttls);
	return rc;
}

static int by_name(const void *a, const void *b)
{
	const struct zd_rrset *x = *(const struct zd_rrset *const *)a;
	const struct zd_rrset *y = *(const struct zd_rrset *const *)b;
	int c = strcasecmp(x->name, y->name);
	return c ? c : (x > y) - (x < y);
}

/*
 * What LiveDNS refuses whatever the values: a CNAME at the apex or beside
 * other types, an ALIAS elsewhere than at the apex. Checked before anything
 * is sent, so that such a file does not fail halfway through.
 */
static int check_rules(struct ctx *ctx, const struct zone_input *in)
{
	const char *unit = in->json ? "item" : "line";
	const struct zd_rrset **order = xcalloc(in->len + 1, sizeof(*order));
	struct buf report = {0};
	size_t n = 0, len = in->len;
	int rc = 0;
	for (size_t i = 0; i < len; i++)
		order[i] = &in->rrsets[i];
	qsort(order, len, sizeof(*order), by_name);
	for (size_t i = 0; i < len; i++) {
		const struct zd_rrset *r = order[i];
		bool apex = strcmp(r->name, "@") == 0;
		if (apex && strcmp(r->type, "CNAME") == 0) {
			buf_printf(&report, "  %s %d: a CNAME cannot be at the apex (@); LiveDNS has "
					    "ALIAS for that\n", unit, r->line);
			n++;
		} else if (!apex && strcmp(r->type, "ALIAS") == 0) {
			buf_printf(&report, "  %s %d: ALIAS %s: an ALIAS can only be at the apex (@)\n",
				   unit, r->line, r->name);
			n++;
		}
		if (strcmp(r->type, "CNAME") != 0)
			continue;
		size_t first = i, last = i;
		while (first > 0 && strcasecmp(order[first - 1]->name, r->name) == 0)
			first--;
		while (last + 1 < len && strcasecmp(order[last + 1]->name, r->name) == 0)
			last++;
		for (size_t k = first; k <= last; k++) {
			if (k == i)
				continue;
			buf_printf(&report, "  %s %d: %s CNAME: a CNAME must be alone at its name "
					    "(%s %d gives %s %s)\n", unit, r->line, r->name, unit,
				   order[k]->line, order[k]->name, order[k]->type);
			n++;
		}
	}
	if (n) {
		rc = error_set(ctx, EXIT_USAGE, "invalid", "'%s' holds %zu record%s that LiveDNS "
			       "refuses", in->file, n, plural(n));
		error_detail(ctx, "%s", buf_str(&report));
	}
	free(order);
	buf_free(&report);
	return rc;
}

int zone_input_read(struct ctx *ctx, const char *zone, const char *path,
		    bool skip_unsupported, struct zone_input *in)
{
	struct buf text = {0};
	memset(in, 0, sizeof(*in));
	in->file = xstrdup(strcmp(path, "-") == 0 ? "(stdin)" : path);
	in->skipped = json_array();
	int rc = read_input(ctx, path, &text);
	if (rc)
		goto out;
	const char *p = buf_str(&text);
	if (strncmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	in->json = *p == '[' || *p == '{';
	if (in->json)
		rc = read_json(ctx, zone, in->file, &text, skip_unsupported, in);
	else
		rc = read_bind(ctx, zone, in->file, &text, skip_unsupported, in);
	if (!rc)
		rc = check_rules(ctx, in);
out:
	buf_free(&text);
	return rc;
}

void zone_input_free(struct zone_input *in)
{
	free(in->file);
	free(in->rrsets);
	json_decref(in->skipped);
	if (in->groups_)
		zone_rrsets_free(in->groups_);
	free(in->groups_);
	zone_free(in->zone_);
	for (size_t i = 0; i < in->ndecoded_; i++)
		rrset_free(&in->decoded_[i]);
	free(in->decoded_);
	memset(in, 0, sizeof(*in));
}

/* ---- the live zone, snapshots -------------------------------------------- */

int rrsets_from_json(struct ctx *ctx, const json_t *items, const char *what,
		     struct live_zone *out)
{
	size_t n = json_array_size(items);
	int rc = 0;
	memset(out, 0, sizeof(*out));
	out->items = json_incref((json_t *)items);
	out->decoded = xcalloc(n + 1, sizeof(*out->decoded));
	out->rrsets = xcalloc(n + 1, sizeof(*out->rrsets));
	for (size_t i = 0; i < n && !rc; i++) {
		struct decoder d = {.what = what};
		struct rrset *r = &out->decoded[i];
		if (decode_rrset(&d, json_array_get(items, i), r)) {
			out->rrsets[out->len++] = (struct zd_rrset){
				.name = r->name, .type = r->type, .ttl = r->ttl,
				.values = (const char *const *)r->values, .nvalues = r->nvalues};
		} else {
			rc = decode_error(ctx, &d);
			rrset_free(r);
		}
		decoder_free(&d);
	}
	return rc;
}

int live_zone_read(struct ctx *ctx, const char *zone, struct live_zone *lz)
{
	json_t *items = NULL;
	char *url = records_url(ctx, zone, NULL, NULL);
	char *subject = zone_subject(zone);
	memset(lz, 0, sizeof(*lz));
	int rc = api_list(ctx, url, subject, &items);
	if (!rc)
		rc = rrsets_from_json(ctx, items, "record", lz);
	json_decref(items);
	free(url);
	free(subject);
	return rc;
}

void live_zone_free(struct live_zone *lz)
{
	json_decref(lz->items);
	for (size_t i = 0; i < lz->len; i++)
		rrset_free(&lz->decoded[i]);
	free(lz->decoded);
	free(lz->rrsets);
	memset(lz, 0, sizeof(*lz));
}

char *snapshots_url(struct ctx *ctx, const char *zone, const char *id)
{
	char *z = url_escape(zone);
	char *i = id ? url_escape(id) : NULL;
	char *u = i ? api_url(ctx, "/livedns/domains/%s/snapshots/%s", z, i)
		    : api_url(ctx, "/livedns/domains/%s/snapshots", z);
	free(z);
	free(i);
	return u;
}

int snapshot_id_check(struct ctx *ctx, const char *id)
{
	size_t n = strlen(id);
	bool ok = n > 0 && n <= 64;
	for (const char *p = id; *p && ok; p++)
		ok = isalnum((unsigned char)*p) || *p == '-';
	if (ok)
		return 0;
	usage_error(ctx, "'%s' is not a snapshot ID", id);
	error_detail(ctx, "snapshot IDs look like 5a000000-0000-4000-8000-000000000001; 'gandi dns "
			  "snapshot list DOMAIN' shows them\n");
	return EXIT_USAGE;
}

int snapshot_take(struct ctx *ctx, const char *zone, const char *name, char **id)
{
	struct api_result res = {0};
	char *url = snapshots_url(ctx, zone, NULL);
	char *subject = zone_subject(zone);
	json_t *body = name ? json_pack("{ss}", "name", name) : json_object();
	*id = NULL;
	int rc = api_call(ctx, "POST", url, body, 0, subject, &res);
	if (rc)
		goto out;
	const char *given = json_string_value(json_object_get(res.json, "id"));
	if (given && *given) {
		*id = xstrdup(given);
	} else if (res.http.location && strrchr(res.http.location, '/')) {
		*id = xstrdup(strrchr(res.http.location, '/') + 1);
	}
	if (!*id || snapshot_id_check(ctx, *id)) {
		free(*id);
		*id = NULL;
		rc = error_set(ctx, EXIT_ERROR, "api",
			       "Gandi took a snapshot of %s but did not say its id", zone);
	}
out:
	json_decref(body);
	api_result_free(&res);
	free(url);
	free(subject);
	return rc;
}

bool decode_snapshot(struct decoder *d, const json_t *j, struct snapshot *out)
{
	memset(out, 0, sizeof(*out));
	if (!json_is_object(j)) {
		dec_fail(d, "a snapshot is not a JSON object");
		return false;
	}
	out->id = dec_strdup(d, j, "id", true);
	out->name = dec_strdup(d, j, "name", false);
	out->created_at = dec_strdup(d, j, "created_at", false);
	out->automatic = dec_bool(d, j, "automatic", false, false);
	const json_t *zd = dec_array(d, j, "zone_data", false);
	out->zone_data = zd ? json_incref((json_t *)zd) : NULL;
	return d->error == NULL;
}

void snapshot_free(struct snapshot *s)
{
	free(s->id);
	free(s->name);
	free(s->created_at);
	json_decref(s->zone_data);
	memset(s, 0, sizeof(*s));
}

int snapshot_read(struct ctx *ctx, const char *zone, const char *id, struct snapshot *out)
{
	struct api_result res = {0};
	char *url = snapshots_url(ctx, zone, id);
	char *subject = zone_subject(zone);
	memset(out, 0, sizeof(*out));
	int rc = api_call(ctx, "GET", url, NULL, 0, subject, &res);
	if (rc == EXIT_NOTFOUND && ctx->err.kind && strcmp(ctx->err.kind, "record_not_found") == 0) {
		rc = error_set(ctx, EXIT_NOTFOUND, "snapshot_not_found",
			       "%s has no snapshot '%s'", zone, id);
		error_detail(ctx, "hint: 'gandi dns snapshot list %s' lists its snapshots\n", zone);
	} else if (!rc) {
		struct decoder d = {.what = "snapshot"};
		if (!decode_snapshot(&d, res.json, out) || !out->zone_data) {
			if (!d.error)
				dec_fail(&d, "the snapshot has no zone_data");
			rc = decode_error(ctx, &d);
			snapshot_free(out);
		}
		decoder_free(&d);
	}
	api_result_free(&res);
	free(url);
	free(subject);
	return rc;
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

char *restore_command(struct ctx *ctx, const char *zone, const char *id)
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
	buf_adds(&b, " dns snapshot restore ");
	shell_word(&b, zone);
	buf_addc(&b, ' ');
	shell_word(&b, id);
	return buf_detach(&b);
}

/* ---- showing the difference ---------------------------------------------- */

static const struct zd_rrset *change_rrset(const struct zd_change *c)
{
	return c->want ? c->want : c->have;
}

static const char *action_word(enum zd_action a)
{
	return a == ZD_ADD ? "add" : a == ZD_CHANGE ? "change" : "remove";
}

static void print_values(struct ctx *ctx, const char *type, const char *mark, const char *style,
			 const char *const *values, size_t n, size_t limit)
{
	for (size_t i = 0; i < n && i < limit; i++) {
		char *shown = value_display(type, values[i]);
		out_line(ctx, "    %s%s %s%s", style, mark, shown, style[0] ? style_reset(ctx) : "");
		free(shown);
	}
	if (n > limit)
		out_line(ctx, "    %s  ... and %zu more%s", style, n - limit,
			 style[0] ? style_reset(ctx) : "");
}

static void print_change(struct ctx *ctx, const struct zd_change *c)
{
	const struct zd_rrset *r = change_rrset(c);
	const char *style = c->action == ZD_ADD ? style_green(ctx)
			    : c->action == ZD_REMOVE ? style_red(ctx) : style_yellow(ctx);
	char ttl[64];
	if (c->action == ZD_ADD)
		snprintf(ttl, sizeof(ttl), "TTL %lld", c->ttl);
	else if (c->action == ZD_REMOVE || c->have->ttl == c->ttl)
		snprintf(ttl, sizeof(ttl), "TTL %lld", c->have->ttl);
	else
		snprintf(ttl, sizeof(ttl), "TTL %lld -> %lld", c->have->ttl, c->ttl);
	const char *name = c->have ? c->have->name : r->name;
	out_line(ctx, "%s%-6s%s %s%s %s%s, %s", style, action_word(c->action), style_reset(ctx),
		 style_bold(ctx), name, r->type, style_reset(ctx), ttl);
	print_values(ctx, r->type, "-", style_red(ctx), c->removed, c->nremoved, (size_t)-1);
	print_values(ctx, r->type, "+", style_green(ctx), c->added, c->nadded, (size_t)-1);
	if (c->action == ZD_CHANGE)
		print_values(ctx, r->type, " ", style_dim(ctx), c->kept, c->nkept, SHOWN_KEPT);
}

static void counts_line(struct buf *b, const struct zonediff *d)
{
	const size_t counts[] = {d->nadd, d->nchange, d->nremove};
	const char *const words[] = {"to add", "to change", "to remove"};
	bool any = false;
	for (int i = 0; i < 3; i++) {
		if (!counts[i])
			continue;
		buf_printf(b, "%s%zu %s", any ? ", " : "", counts[i], words[i]);
		any = true;
	}
	buf_printf(b, "%s%zu unchanged", any ? "; " : "", d->nsame);
	if (d->nleft)
		buf_printf(b, ", %zu left alone", d->nleft);
}

static const char *reason_word(enum zd_reason r)
{
	return r == ZD_SOA ? "soa" : r == ZD_GANDI_NS ? "gandi_ns" : "no_delete";
}

/* Notes about the RRsets left alone (stderr). */
static void note_left(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d)
{
	size_t kept = 0;
	for (size_t i = 0; i < d->nleft; i++) {
		const struct zd_left *l = &d->left[i];
		if (l->reason == ZD_KEPT) {
			kept++;
		} else if (l->reason == ZD_SOA && !l->live) {
			note(ctx, "the SOA of %s (line %d) is left to LiveDNS, which writes its own",
			     job->source, l->rrset->line);
		} else if (l->reason == ZD_SOA) {
			note(ctx, "the live SOA is left as it is: %s does not name one", job->source);
		} else if (l->live) {
			note(ctx, "Gandi's name servers (@ NS) are left as they are: %s does not name "
				  "the apex NS", job->source);
		} else {
			note(ctx, "the apex NS of %s (line %d, Gandi's name servers) is not written: "
				  "LiveDNS serves its own", job->source, l->rrset->line);
		}
	}
	if (kept)
		note(ctx, "%zu RRset%s only at Gandi %s kept (--no-delete)", kept, plural(kept),
		     kept == 1 ? "is" : "are");
}

static void print_diff(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d)
{
	note_left(ctx, job, d);
	for (size_t i = 0; i < d->len; i++)
		print_change(ctx, &d->changes[i]);
	struct buf b = {0};
	if (d->len == 0) {
		buf_printf(&b, "%s matches %s: nothing to change (", job->zone, job->source);
		counts_line(&b, d);
		buf_addc(&b, ')');
	} else {
		buf_printf(&b, "%s: ", job->zone);
		counts_line(&b, d);
	}
	out_line(ctx, "%s", buf_str(&b));
	buf_free(&b);
}

/* ---- applying ------------------------------------------------------------ */

enum op_state { OP_PENDING, OP_APPLIED, OP_NOT_APPLIED, OP_UNKNOWN };

static const char *state_word(enum op_state s)
{
	return s == OP_APPLIED ? "applied" : s == OP_NOT_APPLIED ? "not_applied"
		: s == OP_UNKNOWN ? "unknown" : "pending";
}

struct op {
	const char *method;
	char *url;
	char *body;
	char *subject;
	bool first;              /* a deletion that must go before a PUT at the same name */
	size_t change;           /* index in the diff; (size_t)-1 for the whole zone */
	enum op_state state;
};

struct apply {
	struct op *ops;
	size_t n;
	bool whole;
	enum op_state *states;   /* one per change of the diff */
	size_t requests;         /* sent (attempts not counted) */
};

static void apply_free(struct apply *a)
{
	for (size_t i = 0; i < a->n; i++) {
		free(a->ops[i].url);
		free(a->ops[i].body);
		free(a->ops[i].subject);
	}
	free(a->ops);
	free(a->states);
	memset(a, 0, sizeof(*a));
}

/* The name a write uses: the live spelling when there is one, else lower case. */
static char *write_name(const struct zd_change *c)
{
	return c->have ? xstrdup(c->have->name) : str_lower(c->want->name);
}

/* The whole zone as it will be: {"items": [...]} */
static char *whole_zone_body(const struct sync_job *job, const struct zonediff *d)
{
	const struct zd_change **change_of = xcalloc(job->nwant + 1, sizeof(*change_of));
	bool *left_want = xcalloc(job->nwant + 1, sizeof(*left_want));
	json_t *items = json_array();
	for (size_t i = 0; i < d->len; i++)
		if (d->changes[i].want)
			change_of[d->changes[i].want - job->want] = &d->changes[i];
	for (size_t i = 0; i < d->nleft; i++)
		if (!d->left[i].live)
			left_want[d->left[i].rrset - job->want] = true;
	for (size_t i = 0; i < job->nwant; i++) {
		const struct zd_rrset *w = &job->want[i];
		const struct zd_change *c = change_of[i];
		if (left_want[i])
			continue;
		char *name = c ? write_name(c) : str_lower(w->name);
		json_t *values = c ? values_json(w->type, c->values, c->nvalues)
				   : values_json(w->type, w->values, w->nvalues);
		json_array_append_new(items, rrset_json(name, w->type, c ? c->ttl : w->ttl, values));
		json_decref(values);
		free(name);
	}
	for (size_t i = 0; i < d->nleft; i++) {
		const struct zd_rrset *h = d->left[i].rrset;
		if (!d->left[i].live)
			continue;
		json_t *values = strs_json(h->values, h->nvalues);
		json_array_append_new(items, rrset_json(h->name, h->type, h->ttl, values));
		json_decref(values);
	}
	json_t *body = json_pack("{so}", "items", items);
	char *text = json_dumps(body, JSON_COMPACT);
	json_decref(body);
	free(change_of);
	free(left_want);
	return text;
}

static bool whole_zone(const struct sync_job *job, const struct zonediff *d)
{
	if (job->kind != SYNC_SYNC)
		return true;
	size_t k = d->len, n = zonediff_result_size(d) + d->nremove;
	return k > 1 && (2 * k > n || k > MAX_RRSET_REQUESTS);
}

static void plan(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d,
		 struct apply *a)
{
	memset(a, 0, sizeof(*a));
	a->states = xcalloc(d->len + 1, sizeof(*a->states));
	a->whole = whole_zone(job, d);
	if (a->whole) {
		a->ops = xcalloc(1, sizeof(*a->ops));
		a->ops[0] = (struct op){.method = "PUT", .url = records_url(ctx, job->zone, NULL, NULL),
					.body = whole_zone_body(job, d), .change = (size_t)-1,
					.subject = zone_subject(job->zone)};
		a->n = 1;
		return;
	}
	a->ops = xcalloc(d->len + 1, sizeof(*a->ops));
	for (size_t i = 0; i < d->len; i++) {
		const struct zd_change *c = &d->changes[i];
		const struct zd_rrset *r = change_rrset(c);
		char *name = write_name(c);
		struct op *o = &a->ops[a->n++];
		o->change = i;
		o->url = records_url(ctx, job->zone, name, r->type);
		o->subject = xasprintf("the %s record %s in %s", r->type, name, job->zone);
		if (c->action == ZD_REMOVE) {
			o->method = "DELETE";
			/* a CNAME cannot sit beside other types: clear the name before writing to it */
			for (size_t k = 0; k < d->len && !o->first; k++)
				o->first = d->changes[k].action != ZD_REMOVE &&
					   strcasecmp(change_rrset(&d->changes[k])->name, r->name) == 0;
		} else {
			o->method = "PUT";
			json_t *values = values_json(r->type, c->values, c->nvalues);
			json_t *body = json_pack("{sOsI}", "rrset_values", values, "rrset_ttl",
						 (json_int_t)c->ttl);
			o->body = json_dumps(body, JSON_COMPACT);
			json_decref(body);
			json_decref(values);
		}
		free(name);
	}
}

/*
 * Send ops[0..n) in waves of APPLY_PARALLEL; stop after the first wave with a
 * failure. Returns 0, or the exit code of the first failure with ctx->err set
 * to it (prefixed with the RRset it concerns).
 */
static int send_ops(struct ctx *ctx, struct apply *a, struct op **ops, size_t n)
{
	struct http_request reqs[APPLY_PARALLEL];
	struct http_response resps[APPLY_PARALLEL];
	int rc = 0;
	for (size_t start = 0; start < n && !rc; start += APPLY_PARALLEL) {
		size_t m = n - start < APPLY_PARALLEL ? n - start : APPLY_PARALLEL;
		for (size_t k = 0; k < m; k++) {
			const struct op *o = ops[start + k];
			reqs[k] = (struct http_request){
				.method = o->method, .url = o->url, .body = o->body,
				.body_len = o->body ? strlen(o->body) : 0, .auth = true};
		}
		for (size_t k = 0; k < m; k++)
			http_response_init(&resps[k]);
		rc = http_send_all(ctx, reqs, resps, m, APPLY_PARALLEL);
		for (size_t k = 0; k < m; k++) {
			struct op *o = ops[start + k];
			long status = resps[k].status;
			if (status || resps[k].maybe_sent)
				a->requests++;
			if (status >= 200 && status <= 299) {
				o->state = OP_APPLIED;
			} else if (status) {
				o->state = OP_NOT_APPLIED;
				if (!rc) {
					rc = api_error(ctx, &resps[k], o->subject);
					error_prefix(ctx, rc, NULL, "%s %s", o->method, o->subject);
				}
			} else {
				o->state = OP_UNKNOWN;
			}
			http_response_free(&resps[k]);
		}
	}
	return rc;
}

static int run_ops(struct ctx *ctx, struct apply *a)
{
	struct op **ops = xcalloc(a->n + 1, sizeof(*ops));
	int rc = 0;
	for (int phase = 0; phase < 2 && !rc; phase++) {
		size_t n = 0;
		for (size_t i = 0; i < a->n; i++)
			if (a->ops[i].first == (phase == 0))
				ops[n++] = &a->ops[i];
		rc = send_ops(ctx, a, ops, n);
	}
	free(ops);
	return rc;
}

/* The states of the changes from what the requests got. */
static void states_from_ops(const struct zonediff *d, struct apply *a)
{
	for (size_t i = 0; i < a->n; i++) {
		if (a->ops[i].change != (size_t)-1) {
			a->states[a->ops[i].change] = a->ops[i].state;
			continue;
		}
		for (size_t k = 0; k < d->len; k++)
			a->states[k] = a->ops[i].state;
	}
}

/* The states of the changes from the zone read again: done when no difference is left. */
static void states_from_zone(const struct zonediff *d, const struct zonediff *after,
			     struct apply *a)
{
	size_t j = 0;
	for (size_t i = 0; i < d->len; i++) {
		const struct zd_rrset *r = change_rrset(&d->changes[i]);
		while (j < after->len && zd_rrset_order(change_rrset(&after->changes[j]), r) < 0)
			j++;
		bool left = j < after->len && zd_rrset_order(change_rrset(&after->changes[j]), r) == 0;
		a->states[i] = left ? OP_NOT_APPLIED : OP_APPLIED;
	}
}

static void list_changes(struct ctx *ctx, const struct zonediff *d, const struct apply *a,
			 enum op_state state, const char *title)
{
	size_t n = 0;
	for (size_t i = 0; i < d->len; i++)
		n += a->states[i] == state;
	if (!n)
		return;
	error_detail(ctx, "%s (%zu of %zu):\n", title, n, d->len);
	for (size_t i = 0; i < d->len; i++) {
		if (a->states[i] != state)
			continue;
		const struct zd_change *c = &d->changes[i];
		const struct zd_rrset *r = change_rrset(c);
		error_detail(ctx, "  %s %s %s\n", action_word(c->action), r->name, r->type);
	}
}

static json_t *states_json(const struct zonediff *d, const struct apply *a, enum op_state s)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < d->len; i++) {
		if (a->states[i] != s)
			continue;
		const struct zd_rrset *r = change_rrset(&d->changes[i]);
		json_array_append_new(arr, json_pack("{ssssss}", "action",
						     action_word(d->changes[i].action), "name",
						     r->name, "type", r->type));
	}
	return arr;
}

/* Applying stopped: find out what was done, and say how to undo it. */
static int apply_failed(struct ctx *ctx, const struct sync_job *job, const struct zonediff *d,
			struct apply *a, unsigned flags, const char *snap, int code)
{
	char *why = xstrdup(ctx->err.message ? ctx->err.message : "error");
	char *kind = xstrdup(ctx->err.kind ? ctx->err.kind : "error");
	char *reread = NULL;
	struct live_zone after = {0};
	struct zonediff d2 = {0};
	error_clear(&ctx->err);
	int rr = live_zone_read(ctx, job->zone, &after);
	if (!rr && zonediff(job->zone, job->want, job->nwant, after.rrsets, after.len, flags,
			    &d2) == 0) {
		states_from_zone(d, &d2, a);
	} else {
		reread = xstrdup(ctx->err.message ? ctx->err.message : "unreadable");
		states_from_ops(d, a);
	}
	error_clear(&ctx->err);
	int rc = error_set(ctx, code, kind, "applying the changes to %s stopped: %s", job->zone,
			   why);
	list_changes(ctx, d, a, OP_APPLIED, "applied");
	list_changes(ctx, d, a, OP_NOT_APPLIED, "not applied");
	list_changes(ctx, d, a, OP_UNKNOWN, "unknown (no answer came; the zone could not be "
					   "read again to check)");
	if (reread)
		error_detail(ctx, "the zone could not be read again: %s\n", reread);
	char *cmd = restore_command(ctx, job->zone, snap);
	error_detail(ctx, "the zone as it was before is in snapshot %s; to put it back:\n  %s\n",
		     snap, cmd);
	error_field(ctx, "snapshot", json_string(snap));
	error_field(ctx, "restore", json_string(cmd));
	error_field(ctx, "applied", states_json(d, a, OP_APPLIED));
	error_field(ctx, "not_applied", states_json(d, a, OP_NOT_APPLIED));
	error_field(ctx, "unknown", states_json(d, a, OP_UNKNOWN));
	free(cmd);
	free(why);
	free(kind);
	free(reread);
	zonediff_free(&d2);
	live_zone_free(&after);
	return rc;
}

/* ---- the report ---------------------------------------------------------- */

static json_t *change_json(const struct zd_change *c, enum op_state s)
{
	const struct zd_rrset *r = change_rrset(c);
	json_t *o = json_pack("{ssssssss}", "action", action_word(c->action), "name",
			      c->have ? c->have->name : r->name, "type", r->type, "status",
			      state_word(s));
	if (c->action != ZD_REMOVE) {
		json_object_set_new(o, "ttl", json_integer(c->ttl));
		json_object_set_new(o, "values", strs_json(c->values, c->nvalues));
	}
	if (c->have) {
		json_object_set_new(o, "old_ttl", json_integer(c->have->ttl));
		json_object_set_new(o, "old_values", strs_json(c->have->values, c->have->nvalues));
	}
	json_object_set_new(o, "added", strs_json(c->added, c->nadded));
	json_object_set_new(o, "removed", strs_json(c->removed, c->nremoved));
	return o;
}

static json_t *report_json(const struct sync_job *job, const struct zonediff *d,
			   const struct apply *a, const char *snap, bool in_sync)
{
	json_t *changes = json_array(), *left = json_array();
	for (size_t i = 0; i < d->len; i++)
		json_array_append_new(changes,
				      change_json(&d->changes[i], a->states ? a->states[i]
									    : OP_PENDING));
	for (size_t i = 0; i < d->nleft; i++) {
		const struct zd_left *l = &d->left[i];
		json_array_append_new(left, json_pack("{sssssssb}", "name", l->rrset->name, "type",
						      l->rrset->type, "reason",
						      reason_word(l->reason), "live", l->live));
	}
	json_t *o = json_pack("{sssbsbs{sIsIsIsIsI}soso}", "domain", job->zone, "dry_run",
			      job->dry_run, "in_sync", in_sync, "counts", "add",
			      (json_int_t)d->nadd, "change", (json_int_t)d->nchange, "remove",
			      (json_int_t)d->nremove, "unchanged", (json_int_t)d->nsame, "left",
			      (json_int_t)d->nleft, "changes", changes, "left", left);
	json_object_set_new(o, "source", job->file ? json_string(job->file) : json_null());
	json_object_set_new(o, "snapshot", snap ? json_string(snap) : json_null());
	json_object_set_new(o, "method", !a->ops ? json_null()
					 : json_string(a->whole ? "zone" : "rrsets"));
	json_object_set_new(o, "requests", json_integer((json_int_t)a->requests));
	if (job->skipped)
		json_object_set(o, "skipped", job->skipped);
	return o;
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
	struct zonediff d = {0}, left = {0};
	struct apply a = {0};
	char *snap = NULL, *q = NULL, *action = NULL;
	bool in_sync = false, have_diff = false;
	unsigned flags = (job->no_delete ? ZD_NO_DELETE : 0) |
			 (job->kind == SYNC_RESTORE ? ZD_EXACT : 0);
	int rc;

	if ((rc = live_zone_read(ctx, job->zone, &lz)))
		goto out;
	if (zonediff(job->zone, job->want, job->nwant, lz.rrsets, lz.len, flags, &d)) {
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
	rc = snapshot_take(ctx, job->zone, name, &snap);
	free(name);
	if (rc) {
		error_prefix(ctx, rc, NULL, "cannot take a snapshot of %s before changing it",
			     job->zone);
		error_detail(ctx, "nothing was changed\n");
		goto out;
	}
	char *undo = restore_command(ctx, job->zone, snap);
	note(ctx, "snapshot %s taken before the changes (to undo them: %s)", snap, undo);
	free(undo);

	plan(ctx, job, &d, &a);
	if ((rc = run_ops(ctx, &a))) {
		rc = apply_failed(ctx, job, &d, &a, flags, snap, rc);
		goto out;
	}
	states_from_ops(&d, &a);

	if ((rc = live_zone_read(ctx, job->zone, &after))) {
		error_prefix(ctx, rc, NULL, "the changes were applied, but the zone of %s could not "
			     "be read again to check them", job->zone);
		goto out;
	}
	if (zonediff(job->zone, job->want, job->nwant, after.rrsets, after.len, flags, &left)) {
		rc = dup_error(ctx, job, &left, &after);
		goto out;
	}
	in_sync = left.len == 0;
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
		error_field(ctx, "snapshot", json_string(snap));
		error_field(ctx, "restore", json_string(cmd));
		free(cmd);
		goto out;
	}
	note(ctx, "done: %zu change%s in %zu request%s; %s now matches %s", d.len, plural(d.len),
	     a.requests, plural(a.requests), job->zone, job->source);
out:
	if (have_diff && ctx->json) {
		json_t *r = report_json(job, &d, &a, snap, in_sync);
		out_json(ctx, r);
		json_decref(r);
	}
	if (!rc && job->exit_code && !in_sync)
		rc = error_silent(ctx, EXIT_CHANGES);
	apply_free(&a);
	zonediff_free(&d);
	zonediff_free(&left);
	live_zone_free(&lz);
	live_zone_free(&after);
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
		rc = zone_sync(ctx, job);
	}
	free(source);
	zone_input_free(&in);
	rrkey_free(&k);
	return rc;
}
