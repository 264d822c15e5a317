#include "dns/zoneinput.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "buf.h"
#include "dns/record.h"
#include "dns/value.h"
#include "dns/zone.h"
#include "error.h"
#include "util.h"
#include "xalloc.h"

#define ZONE_FILE_MAX (256u * 1024 * 1024) /* bytes of zone text read at most */

static const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

/* Say what was being read when the pending error happened; returns its code. */
static int error_prefix(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
static int error_prefix(struct ctx *ctx, const char *fmt, ...)
{
	struct buf prefix = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&prefix, fmt, ap);
	va_end(ap);
	error_context(ctx, "%s", buf_str(&prefix));
	buf_free(&prefix);
	return ctx->err.code;
}

/*
 * The file as it is read: kept whole for a BIND zone (its parser wants the
 * text), read as it comes and never kept for JSON, which is told apart by its
 * first character ('[' or '{' after a BOM and spaces).
 */
struct sniff {
	struct buf text;      /* what is kept: the start until the kind is known, or the zone */
	bool known, json;
	struct rrset_doc *docs;        /* where the JSON's RRsets go */
	struct rrset_doc_reader *doc;
};

static void sniff_chunk(void *arg, const char *data, size_t len)
{
	struct sniff *sn = arg;
	if (sn->known && sn->json) {
		rrset_doc_feed(sn->doc, data, len);
		return;
	}
	buf_add(&sn->text, data, len);
	if (sn->known)
		return;
	const char *p = buf_str(&sn->text), *end = p + sn->text.len;
	if (sn->text.len >= 3 && strncmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	if (p == end)
		return; /* not yet known */
	sn->known = true;
	sn->json = *p == '[' || *p == '{';
	if (sn->json) {
		sn->doc = rrset_doc_begin(sn->docs);
		rrset_doc_feed(sn->doc, sn->text.data, sn->text.len);
		buf_free(&sn->text);
	}
}

static int read_input(struct ctx *ctx, const char *path, struct sniff *sn)
{
	bool in = strcmp(path, "-") == 0;
	ctx->stdin_read |= in; /* a question then goes to /dev/tty (prompt.c) */
	int e = in ? read_fd_to(STDIN_FILENO, ZONE_FILE_MAX, sniff_chunk, sn)
		   : read_file_to(path, ZONE_FILE_MAX, sniff_chunk, sn);
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
	in->skipped = xrealloc(in->skipped, (in->nskipped + 1) * sizeof(*in->skipped));
	in->skipped[in->nskipped++] = (struct zone_skip){
		.where = xstrdup(where), .name = xstrdup(name), .type = xstrdup(type),
		.reason = xstrdup(reason)};
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

static int ttl_done(struct ctx *ctx, const struct zone_input *in, struct buf *report, size_t n)
{
	if (!n)
		return 0;
	int rc = error_set(ctx, EXIT_USAGE, "ttl",
			   "%zu RRset%s in '%s' %s a TTL that LiveDNS does not accept", n,
			   plural(n), in->file, n == 1 ? "has" : "have");
	error_detail(ctx, "%s", buf_str(report));
	error_detail(ctx, "hint: LiveDNS accepts %d (5 minutes) to %d (30 days) seconds; change "
			  "the TTLs in the file%s\n", DNSV_TTL_MIN, DNSV_TTL_MAX,
		     in->json ? "" : " ($TTL sets the default of the lines after it)");
	return rc;
}

/* Every error the parser found (the first ZONE_ERRORS_SHOWN in full). */
static int parse_errors(struct ctx *ctx, const char *label, const struct zone_error *zerr)
{
	if (zerr->count <= 1)
		return error_set(ctx, EXIT_USAGE, "zone", "%s", zerr->msg);
	int rc = error_set(ctx, EXIT_USAGE, "zone", "%zu errors in '%s'", zerr->count, label);
	size_t shown = zerr->count < ZONE_ERRORS_SHOWN ? zerr->count : ZONE_ERRORS_SHOWN;
	error_detail(ctx, "  %s\n", zerr->msg);
	for (size_t i = 0; i + 1 < shown; i++)
		error_detail(ctx, "  %s\n", zerr->more[i]);
	if (zerr->count > shown)
		error_detail(ctx, "  ... and %zu more\n", zerr->count - shown);
	return rc;
}

/*
 * A file that is another zone's: its $ORIGIN names another domain, or none
 * of its records is in this zone. Refused whatever the options: leaving its
 * records out (--skip-unsupported) would remove every RRset of this zone.
 */
static int other_zone(struct ctx *ctx, const char *zone, const struct zone_input *in)
{
	const struct zone *z = in->zone_;
	int rc = 0;
	if (z->foreign_origin) {
		char *other = zone_name(z->foreign_origin);
		rc = error_set(ctx, EXIT_USAGE, "origin", "'%s' line %d: $ORIGIN %s is not %s nor a "
			       "name under it: the file is another zone's", in->file, z->foreign_line,
			       z->foreign_origin, zone);
		error_detail(ctx, "hint: nothing was sent; check the domain and the file (to make %s "
				  "match it: gandi dns sync %s '%s')\n", other, other, in->file);
		free(other);
		goto out;
	}
	size_t inside = 0;
	for (size_t i = 0; i < z->len; i++)
		inside += !z->records[i].outside;
	if (z->len > 0 && inside == 0) {
		rc = error_set(ctx, EXIT_USAGE, "origin", "no record of '%s' is in %s: the file is "
			       "another zone's (line %d: %s)", in->file, zone, z->records[0].line,
			       z->records[0].owner);
		error_detail(ctx, "hint: nothing was sent; check the domain and the file (its names "
				  "are absolute, or under its own $ORIGIN)\n");
	}
out:
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

	in->zone_ = zone_parse(text->data ? text->data : "", text->len, label, zone, DNSV_TTL_DEFAULT,
			       &zerr);
	if (!in->zone_) {
		rc = parse_errors(ctx, label, &zerr);
		goto out;
	}
	if ((rc = other_zone(ctx, zone, in)))
		goto out;
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
		/* the SOA is LiveDNS's (dns export writes it): not a record to write */
		if (!g->livedns || g->outside || strcmp(g->type, "SOA") == 0)
			continue;
		if (!dnsv_ttl_ok(g->ttl)) {
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

/* Check and convert item (1-based) of the document, in place. */
static int check_item(struct ctx *ctx, const char *zone, struct zone_input *in, size_t item,
		     struct rrset_doc_item *it, struct buf *report, size_t *nunsupported,
		     struct buf *ttls, size_t *nttl)
{
	struct rrset *r = &it->r;
	char *rel = NULL;
	int rc = 0;
	char where[32];
	snprintf(where, sizeof(where), "item %zu", item);

	if (it->not_object) {
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' %s is not an RRset object", in->file,
			       where);
		goto out;
	}
	if (!it->ok) {
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' %s: %s", in->file, where, it->problem);
		goto out;
	}
	const char *type = dnsv_type(r->type);
	if (!type) {
		unsupported(in, report, where, r->name, r->type, "type not accepted by LiveDNS");
		(*nunsupported)++;
		goto out;
	}
	if ((rc = record_name(ctx, zone, r->name, &rel))) {
		rc = error_prefix(ctx, "'%s' %s", in->file, where);
		goto out;
	}
	if (strcmp(type, "SOA") == 0) /* LiveDNS's, as in a zone file */
		goto out;
	if (r->nvalues == 0) {
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' %s (%s %s) has no values", in->file,
			       where, rel, type);
		goto out;
	}
	for (size_t v = 0; v < r->nvalues; v++) {
		/* as LiveDNS lists it (what 'dns list --json' printed), names relative to the zone */
		struct dnsv val;
		struct dnsv_error err;
		if (dnsv_parse(type, r->values[v], DNSV_API, zone, &val, &err) != 0) {
			rc = error_set(ctx, EXIT_USAGE, "usage", "'%s' %s (%s %s): %s", in->file,
				       where, rel, type, err.msg);
			if (err.hint[0])
				error_detail(ctx, "hint: %s\n", err.hint);
			goto out;
		}
		free(r->values[v]);
		r->values[v] = val.api;
		val.api = NULL;
		dnsv_free(&val);
	}
	if (!dnsv_ttl_ok(r->ttl)) {
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
	return rc;
}

/* The desired zone as JSON, read into in->doc_ as the file was read: checked. */
static int read_json(struct ctx *ctx, const char *zone, const char *label, bool skip,
		     struct zone_input *in)
{
	struct rrset_doc *doc = &in->doc_;
	struct buf report = {0}, ttls = {0};
	size_t nu = 0, nttl = 0;
	int rc = 0;

	if (doc->status == DOC_SYNTAX) {
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' line %d, column %d: %s", label,
			       doc->line, doc->column, doc->syntax);
		error_detail(ctx, "it starts with '[' or '{', so it was read as JSON (what 'gandi "
				  "dns list --json' prints); a BIND zone file starts otherwise\n");
		goto out;
	}
	if (doc->status == DOC_NOT_RRSETS) {
		rc = error_set(ctx, EXIT_USAGE, "json",
			       "'%s' is JSON but not an array of RRsets", label);
		error_detail(ctx, "gandi reads what 'gandi dns list DOMAIN --json' prints: [{\"rrset_"
				  "name\": \"www\", \"rrset_type\": \"A\", \"rrset_ttl\": 300, "
				  "\"rrset_values\": [\"192.0.2.1\"]}, ...]\n");
		goto out;
	}
	in->rrsets = xcalloc(doc->len + 1, sizeof(*in->rrsets));
	for (size_t i = 0; i < doc->len && !rc; i++)
		rc = check_item(ctx, zone, in, i + 1, &doc->items[i], &report, &nu, &ttls, &nttl);
	if (rc)
		goto out;
	if ((rc = unsupported_done(ctx, in, &report, nu, skip)))
		goto out;
	if ((rc = ttl_done(ctx, in, &ttls, nttl)))
		goto out;
	size_t first, second;
	if (zd_duplicate(in->rrsets, in->len, &first, &second)) {
		const struct zd_rrset *a = &in->rrsets[first];
		const struct zd_rrset *b = &in->rrsets[second];
		rc = error_set(ctx, EXIT_USAGE, "json", "'%s' gives the RRset %s %s twice (items %d "
			       "and %d)", label, a->name, a->type, a->line, b->line);
		error_detail(ctx, "hint: put all the values of an RRset in one item\n");
		goto out;
	}
out:
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
	memset(in, 0, sizeof(*in));
	struct sniff sn = {.docs = &in->doc_};
	bool from_stdin = strcmp(path, "-") == 0;
	in->file = xstrdup(from_stdin ? "(stdin)" : path);
	buf_add(&sn.text, "", 0);
	int rc = read_input(ctx, path, &sn);
	if (sn.doc)
		rrset_doc_end(sn.doc);
	if (rc)
		goto out;
	in->json = sn.json;
	if (in->json && in->doc_.status == DOC_SYNTAX && !from_stdin) {
		/* jansson names a syntax error best: read the file again, whole, for it */
		struct buf again = {0};
		if (read_file(path, ZONE_FILE_MAX, &again) == 0) {
			rrset_doc_free(&in->doc_);
			rrset_doc_parse(again.data, again.len, &in->doc_);
		}
		buf_free(&again);
	}
	if (in->json)
		rc = read_json(ctx, zone, in->file, skip_unsupported, in);
	else
		rc = read_bind(ctx, zone, in->file, &sn.text, skip_unsupported, in);
	if (!rc)
		rc = check_rules(ctx, in);
out:
	buf_free(&sn.text);
	return rc;
}

void zone_input_free(struct zone_input *in)
{
	free(in->file);
	free(in->rrsets);
	for (size_t i = 0; i < in->nskipped; i++) {
		free(in->skipped[i].where);
		free(in->skipped[i].name);
		free(in->skipped[i].type);
		free(in->skipped[i].reason);
	}
	free(in->skipped);
	if (in->groups_)
		zone_rrsets_free(in->groups_);
	free(in->groups_);
	zone_free(in->zone_);
	rrset_doc_free(&in->doc_);
	memset(in, 0, sizeof(*in));
}
