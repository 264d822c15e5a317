#include "gandi/livedns.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "gandi/call.h"
#include "gandi/stream.h"
#include "output/output-json.h"
#include "util.h"
#include "xalloc.h"

#define SCOPE "domain:tech"

/* ---- RRsets ---- */

/* A call on the zone's records, or one name's, or one RRset's. */
static void records_call(struct call *c, const char *method, const char *zone, const char *name,
			 const char *type, unsigned flags)
{
	call_init(c, method, SCOPE, flags);
	call_path(c, "/livedns/domains/%s/records", zone);
	if (name)
		call_path(c, "/%s", name);
	if (name && type)
		call_path(c, "/%s", type);
	call_about_domain(c, zone);
}

/* The same, about one RRset (for writes: their errors name it). */
static void rrset_call(struct call *c, const char *method, const char *zone, const char *name,
		       const char *type, unsigned flags)
{
	records_call(c, method, zone, name, type, flags);
	call_about_record(c, zone, name, type);
}

static json_t *values_array(const char *const *values, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(values[i]));
	return a;
}

struct each_rrset {
	struct ctx *ctx;
	rrset_fn *each;
	void *arg;
	const char *name, *type; /* what was asked for (NULL: any) */
};

static int rrset_item(void *arg, void *item, const struct jv_text *raw)
{
	struct each_rrset *e = arg;
	struct decoder d = {.what = "record"};
	int rc;
	/* a hostile or broken server's RRset is refused, never used */
	if (rrset_answer_check(&d, item, e->name, e->type))
		rc = e->each(e->arg, item, raw);
	else
		rc = call_decode_error(e->ctx, &d);
	decoder_free(&d);
	return rc;
}

int records_each(struct ctx *ctx, const char *zone, const char *type, rrset_fn *each,
		 void *arg)
{
	struct call c;
	struct each_rrset e = {.ctx = ctx, .each = each, .arg = arg, .type = type};
	records_call(&c, "GET", zone, NULL, NULL, 0);
	call_query(&c, "rrset_type", type);
	int rc = call_list(ctx, &c, &schema_rrset, rrset_item, &e);
	call_free(&c);
	return rc;
}

/* An RRset of an answer read as a tree (one name's, not a list's pages) to e->each. */
static int rrset_tree_item(struct each_rrset *e, const json_t *item)
{
	struct decoder d = {.what = "record"};
	struct rrset r;
	int rc;
	if (decode_rrset_answer(&d, item, &r, e->name, e->type)) {
		char *text = json_dumps(item, JSON_COMPACT);
		struct jv_text raw = {text, strlen(text)};
		rc = e->each(e->arg, &r, &raw);
		free(text);
	} else {
		rc = call_decode_error(e->ctx, &d);
	}
	rrset_free(&r);
	decoder_free(&d);
	return rc;
}

int records_at(struct ctx *ctx, const char *zone, const char *name, const char *type,
	       rrset_fn *each, void *arg)
{
	struct call c;
	struct reply r;
	struct each_rrset e = {.ctx = ctx, .each = each, .arg = arg, .name = name, .type = type};
	records_call(&c, "GET", zone, name, type, CALL_ABSENT_404);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_OK) {
		if (json_is_array(r.json)) {
			for (size_t i = 0; !rc && i < json_array_size(r.json); i++)
				rc = rrset_tree_item(&e, json_array_get(r.json, i));
		} else if (json_is_object(r.json)) {
			rc = rrset_tree_item(&e, r.json);
		} else if (type) {
			rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi for the "
				       "%s record %s in %s", type, name, zone);
		} else {
			rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi for "
				       "domain '%s'", zone);
		}
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int rrset_get(struct ctx *ctx, const char *zone, const char *name, const char *type,
	      struct rrset *out, bool *found, struct jv **raw)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	*found = false;
	if (raw)
		*raw = NULL;
	/* the dns-record 404: the zone answered, the RRset is absent */
	records_call(&c, "GET", zone, name, type, CALL_ABSENT_404);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_OK) {
		struct decoder d = {.what = "record"};
		if (decode_rrset_answer(&d, r.json, out, name, type)) {
			*found = true;
			if (raw)
				*raw = jv_ref(jv_of(r.json));
		} else {
			rc = call_decode_error(ctx, &d);
		}
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

/* Send a call and forget its answer. */
static int send_only(struct ctx *ctx, struct call *c)
{
	struct reply r;
	int rc = call_send(ctx, c, &r);
	reply_free(&r);
	call_free(c);
	return rc;
}

int rrset_put(struct ctx *ctx, const char *zone, const char *name, const char *type,
	      long long ttl, const char *const *values, size_t n)
{
	struct call c;
	rrset_call(&c, "PUT", zone, name, type, 0);
	call_body(&c, json_pack("{sosI}", "rrset_values", values_array(values, n), "rrset_ttl",
				(json_int_t)ttl));
	return send_only(ctx, &c);
}

int rrset_post(struct ctx *ctx, const char *zone, const char *name, const char *type,
	       long long ttl, const char *const *values, size_t n, bool *exists)
{
	struct call c;
	struct reply r;
	rrset_call(&c, "POST", zone, name, type, CALL_EXISTS_409);
	call_body(&c, json_pack("{sosI}", "rrset_values", values_array(values, n), "rrset_ttl",
				(json_int_t)ttl));
	int rc = call_send(ctx, &c, &r);
	*exists = !rc && r.outcome == CALL_EXISTS;
	reply_free(&r);
	call_free(&c);
	return rc;
}

int rrset_patch_add(struct ctx *ctx, const char *zone, const char *name, const char *type,
		    const char *const *values, size_t n, long long ttl)
{
	struct call c;
	rrset_call(&c, "PATCH", zone, name, type, 0);
	json_t *body = json_pack("{so}", "add_rrset_values", values_array(values, n));
	if (ttl)
		json_object_set_new(body, "rrset_ttl", json_integer((json_int_t)ttl));
	call_body(&c, body);
	return send_only(ctx, &c);
}

int rrset_patch_remove(struct ctx *ctx, const char *zone, const char *name, const char *type,
		       const char *const *values, size_t n, long *left)
{
	struct call c;
	struct reply r;
	*left = -1;
	rrset_call(&c, "PATCH", zone, name, type, CALL_DONE_404);
	call_body(&c, json_pack("{so}", "remove_rrset_values", values_array(values, n)));
	int rc = call_send(ctx, &c, &r);
	const json_t *kept = !rc && json_is_object(r.json)
				     ? json_object_get(r.json, "rrset_values")
				     : NULL;
	if (json_is_array(kept))
		*left = (long)json_array_size(kept);
	reply_free(&r);
	call_free(&c);
	return rc;
}

int rrset_delete(struct ctx *ctx, const char *zone, const char *name, const char *type,
		 bool gone_ok)
{
	struct call c;
	rrset_call(&c, "DELETE", zone, name, type,
		   CALL_DONE_404 | (gone_ok ? CALL_ABSENT_404 : 0));
	return send_only(ctx, &c);
}

/* ---- the zone itself ---- */

int zone_probe(struct ctx *ctx, const char *fqdn, bool *exists)
{
	struct call c;
	struct reply r;
	call_init(&c, "GET", SCOPE, CALL_ABSENT_ANY_404);
	call_path(&c, "/livedns/domains/%s", fqdn);
	call_about_domain(&c, fqdn);
	int rc = call_send(ctx, &c, &r);
	*exists = !rc && r.outcome == CALL_OK;
	reply_free(&r);
	call_free(&c);
	return rc;
}

int zone_nameservers(struct ctx *ctx, const char *zone, char ***names, size_t *n)
{
	struct call c;
	struct reply r;
	*names = NULL;
	*n = 0;
	call_init(&c, "GET", SCOPE, 0);
	call_path(&c, "/livedns/domains/%s/nameservers", zone);
	call_about_domain(&c, zone);
	int rc = call_send(ctx, &c, &r);
	size_t len = json_array_size(r.json);
	for (size_t i = 0; !rc && i < len; i++)
		if (!json_string_value(json_array_get(r.json, i)))
			rc = EXIT_ERROR;
	if (!rc && !json_is_array(r.json))
		rc = EXIT_ERROR;
	if (rc == EXIT_ERROR && !ctx->err.code)
		error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: the LiveDNS "
			  "nameservers of %s are not a list of names", zone);
	if (!rc) {
		*names = xcalloc(len + 1, sizeof(char *));
		for (size_t i = 0; i < len; i++) {
			char *name = str_lower(json_string_value(json_array_get(r.json, i)));
			size_t l = strlen(name);
			if (l && name[l - 1] == '.')
				name[l - 1] = '\0';
			(*names)[i] = name;
		}
		*n = len;
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

/* ---- the whole zone ---- */

int zone_text(struct ctx *ctx, const char *zone, struct buf *out)
{
	struct call c;
	struct reply r;
	records_call(&c, "GET", zone, NULL, NULL, CALL_TEXT);
	int rc = call_send(ctx, &c, &r);
	if (!rc)
		buf_add(out, r.http.body.data ? r.http.body.data : "", r.http.body.len);
	reply_free(&r);
	call_free(&c);
	return rc;
}

static json_t *rrset_object(const struct rrset_spec *s)
{
	return json_pack("{sssssIso}", "rrset_name", s->name, "rrset_type", s->type, "rrset_ttl",
			 (json_int_t)s->ttl, "rrset_values", values_array(s->values, s->nvalues));
}

/*
 * Send calls[0..m) and set each write's state from its answer; *sent counts
 * the requests that went out. The failure recorded gets the context of its
 * request ("PUT the A record www in example.com").
 */
static int send_writes(struct ctx *ctx, struct call *calls, struct rrset_write *w, size_t m,
		       int parallel, size_t *sent)
{
	struct reply *replies = xcalloc(m + 1, sizeof(*replies));
	int rc = call_send_all(ctx, calls, replies, m, parallel);
	const struct api_fault *f = error_fault(ctx);
	bool answered = rc && f && f->status != 0; /* the error is an answer's, not the network's */
	for (size_t k = 0; k < m; k++) {
		const struct reply *r = &replies[k];
		if (r->status || r->http.maybe_sent)
			(*sent)++;
		/* a 404 to a DELETE: gone, as asked (after an attempt that did it, or before) */
		bool done = r->outcome == CALL_OK || r->outcome == CALL_DONE ||
			    r->outcome == CALL_ABSENT;
		w[k].state = done ? WRITE_APPLIED
			     : r->outcome == CALL_NO_ANSWER || call_maybe_applied(&calls[k], &r->http)
				     ? WRITE_UNKNOWN
				     : WRITE_NOT_APPLIED;
		if (answered && r->outcome == CALL_FAILED) {
			char *what = subject_text(&calls[k].subject);
			error_context(ctx, "%s %s", calls[k].method, what);
			free(what);
			answered = false;
		}
		reply_free(&replies[k]);
	}
	free(replies);
	return rc;
}

int zone_replace(struct ctx *ctx, const char *zone, const struct rrset_spec *rrsets, size_t n,
		 enum write_state *state, size_t *sent)
{
	struct call c;
	struct rrset_write w = {0};
	json_t *items = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(items, rrset_object(&rrsets[i]));
	records_call(&c, "PUT", zone, NULL, NULL, 0);
	call_body(&c, json_pack("{so}", "items", items));
	int rc = send_writes(ctx, &c, &w, 1, 1, sent);
	*state = w.state;
	call_free(&c);
	return rc;
}

int rrsets_write(struct ctx *ctx, const char *zone, struct rrset_write *w, size_t n,
		 int parallel, size_t *sent)
{
	struct call *calls = xcalloc((size_t)parallel + 1, sizeof(*calls));
	int rc = 0;
	for (size_t start = 0; start < n && !rc; start += (size_t)parallel) {
		size_t m = n - start < (size_t)parallel ? n - start : (size_t)parallel;
		for (size_t k = 0; k < m; k++) {
			const struct rrset_spec *s = &w[start + k].rrset;
			if (w[start + k].add) {
				rrset_call(&calls[k], "PATCH", zone, s->name, s->type, 0);
				call_body(&calls[k], json_pack("{sosI}", "add_rrset_values",
							       values_array(s->values, s->nvalues),
							       "rrset_ttl", (json_int_t)s->ttl));
			} else if (s->nvalues == 0) {
				rrset_call(&calls[k], "DELETE", zone, s->name, s->type,
					   CALL_DONE_404 | CALL_ABSENT_404);
			} else {
				rrset_call(&calls[k], "PUT", zone, s->name, s->type, 0);
				call_body(&calls[k], json_pack("{sosI}", "rrset_values",
							       values_array(s->values, s->nvalues),
							       "rrset_ttl", (json_int_t)s->ttl));
			}
		}
		rc = send_writes(ctx, calls, w + start, m, parallel, sent);
		for (size_t k = 0; k < m; k++)
			call_free(&calls[k]);
	}
	free(calls);
	return rc;
}

/* ---- snapshots ---- */

static void snapshots_call(struct call *c, const char *method, const char *zone, const char *id,
			   unsigned flags)
{
	call_init(c, method, SCOPE, flags);
	call_path(c, "/livedns/domains/%s/snapshots", zone);
	if (id)
		call_path(c, "/%s", id);
	call_about_domain(c, zone);
}

static int snapshot_absent(struct ctx *ctx, const char *zone, const char *id)
{
	struct subject s = {.kind = SUBJECT_SNAPSHOT, .domain = (char *)zone, .id = (char *)id};
	return error_absent(ctx, &s);
}

struct each_snapshot {
	struct ctx *ctx;
	snapshot_fn *each;
	void *arg;
};

static int snapshot_item(void *arg, void *item, const struct jv_text *raw)
{
	struct each_snapshot *e = arg;
	return e->each(e->arg, item, raw);
}

int snapshots_each(struct ctx *ctx, const char *zone, enum snapshot_kind kind,
		   snapshot_fn *each, void *arg)
{
	struct call c;
	struct each_snapshot e = {.ctx = ctx, .each = each, .arg = arg};
	snapshots_call(&c, "GET", zone, NULL, 0);
	call_query(&c, "sort_by", "-date_created");
	if (kind != SNAPSHOTS_ALL)
		call_query(&c, "automatic", kind == SNAPSHOTS_AUTOMATIC ? "true" : "false");
	int rc = call_list(ctx, &c, &schema_snapshot, snapshot_item, &e);
	call_free(&c);
	return rc;
}

/* The records of a snapshot, decoded into out. */
static int snapshot_records(struct ctx *ctx, const json_t *zone_data, struct snapshot *out)
{
	size_t n = json_array_size(zone_data);
	out->records = xcalloc(n + 1, sizeof(*out->records));
	for (size_t i = 0; i < n; i++) {
		struct decoder d = {.what = "snapshot record"};
		if (!decode_rrset_answer(&d, json_array_get(zone_data, i),
					 &out->records[out->nrecords], NULL, NULL)) {
			int rc = call_decode_error(ctx, &d);
			rrset_free(&out->records[out->nrecords]);
			decoder_free(&d);
			return rc;
		}
		out->nrecords++;
		decoder_free(&d);
	}
	out->raw_records = jv_ref(jv_of(zone_data));
	return 0;
}

int snapshot_get(struct ctx *ctx, const char *zone, const char *id, struct snapshot *out)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	snapshots_call(&c, "GET", zone, id, CALL_ABSENT_404);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT) {
		rc = snapshot_absent(ctx, zone, id);
	} else if (!rc) {
		struct decoder d = {.what = "snapshot"};
		const json_t *zd = json_is_object(r.json) ? json_object_get(r.json, "zone_data")
							  : NULL;
		if (!decode_snapshot(&d, r.json, out) || !json_is_array(zd)) {
			if (!d.error)
				dec_fail(&d, "the snapshot has no zone_data");
			rc = call_decode_error(ctx, &d);
		} else {
			rc = snapshot_records(ctx, zd, out);
		}
		if (rc)
			snapshot_free(out);
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int snapshot_rrsets(struct ctx *ctx, const char *zone, const char *id, struct rrset **out,
		    size_t *n)
{
	struct call c;
	struct reply r;
	struct items it = {0};
	struct items_result res = {0};
	*out = NULL;
	*n = 0;
	snapshots_call(&c, "GET", zone, id, CALL_ABSENT_404 | CALL_UNPARSED);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT) {
		rc = snapshot_absent(ctx, zone, id);
	} else if (!rc) {
		/* read from the text: no tree of a zone that may hold 100,000 RRsets */
		const char *text = r.http.body.data ? r.http.body.data : "";
		if (items_read(text, r.http.body.len, &schema_rrset, ITEMS_WRAPPED, &it, &res) !=
		    ITEMS_OK) {
			rc = error_set(ctx, EXIT_ERROR, "api", "unexpected answer from Gandi: snapshot "
				       "%s of %s: %s", id, zone, res.error ? res.error : "no zone_data");
			goto out;
		}
		*out = xcalloc(it.len + 1, sizeof(**out));
		for (size_t i = 0; !rc && i < it.len; i++) {
			struct rrset *rr = it.v[i].data;
			struct decoder d = {.what = "snapshot record"};
			if (rrset_answer_check(&d, rr, NULL, NULL)) {
				(*out)[(*n)++] = *rr; /* moved out: items_free() frees an empty struct */
				memset(rr, 0, sizeof(*rr));
			} else {
				rc = call_decode_error(ctx, &d);
			}
			decoder_free(&d);
		}
	}
out:
	if (rc) {
		for (size_t i = 0; i < *n; i++)
			rrset_free(&(*out)[i]);
		free(*out);
		*out = NULL;
		*n = 0;
	}
	free(res.error);
	items_free(&it);
	reply_free(&r);
	call_free(&c);
	return rc;
}

int snapshot_text(struct ctx *ctx, const char *zone, const char *id, struct buf *out)
{
	struct call c;
	struct reply r;
	snapshots_call(&c, "GET", zone, id, CALL_TEXT | CALL_ABSENT_ANY_404);
	int rc = call_send(ctx, &c, &r);
	if (!rc && r.outcome == CALL_ABSENT)
		rc = snapshot_absent(ctx, zone, id);
	else if (!rc)
		buf_add(out, r.http.body.data ? r.http.body.data : "", r.http.body.len);
	reply_free(&r);
	call_free(&c);
	return rc;
}

bool snapshot_id_ok(const char *id)
{
	size_t n = strlen(id);
	bool ok = n > 0 && n <= 64;
	for (const char *p = id; *p && ok; p++)
		ok = isalnum((unsigned char)*p) || *p == '-';
	return ok;
}

int snapshot_create(struct ctx *ctx, const char *zone, const char *name, char **id)
{
	struct call c;
	struct reply r;
	*id = NULL;
	snapshots_call(&c, "POST", zone, NULL, 0);
	call_body(&c, name ? json_pack("{ss}", "name", name) : json_object());
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		const char *given = json_string_value(json_object_get(r.json, "id"));
		const char *location = r.http.location ? strrchr(r.http.location, '/') : NULL;
		if (given && *given)
			*id = xstrdup(given);
		else if (location)
			*id = xstrdup(location + 1);
		if (!*id || !snapshot_id_ok(*id)) {
			free(*id);
			*id = NULL;
			rc = error_set(ctx, EXIT_ERROR, "api",
				       "Gandi took a snapshot of %s but did not say its id", zone);
		}
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int snapshot_delete(struct ctx *ctx, const char *zone, const char *id)
{
	struct call c;
	snapshots_call(&c, "DELETE", zone, id, CALL_DONE_404);
	return send_only(ctx, &c);
}

/* ---- RRsets given by the user ---- */

/* Move past len bytes of text: line and column (1-based) of what follows. */
static void doc_advance(const char *text, size_t len, int *line, int *column)
{
	const char *p = text, *end = text + len, *nl;
	while ((nl = memchr(p, '\n', (size_t)(end - p)))) {
		(*line)++;
		*column = 1;
		p = nl + 1;
	}
	*column += (int)(end - p);
}

/* The RRsets read (it emptied), or why not, into out. */
static void doc_fill(struct rrset_doc *out, enum items_status st, struct items *it)
{
	if (st == ITEMS_NOT_ARRAY || st == ITEMS_BAD_ITEM) {
		out->status = DOC_NOT_RRSETS;
		return;
	}
	out->items = xcalloc(it->len + 1, sizeof(*out->items));
	for (size_t i = 0; i < it->len; i++) {
		struct rrset_doc_item *d = &out->items[out->len++];
		d->not_object = it->v[i].not_object;
		d->problem = it->v[i].problem;
		it->v[i].problem = NULL;
		d->ok = !d->not_object && !d->problem;
		if (d->ok) { /* moved out: items_free() frees an empty struct */
			d->r = *(struct rrset *)it->v[i].data;
			memset(it->v[i].data, 0, sizeof(d->r));
		}
	}
}

/*
 * Read from the text with gandi/stream.c (a 10,000-RRset file as a tree took
 * 9 MB); a syntax error is described by jansson, which was the reader before
 * and says it well ("'[' or '{' expected near 'x'", line and column).
 */
void rrset_doc_parse(const char *text, size_t len, struct rrset_doc *out)
{
	struct items it;
	struct items_result res;
	memset(out, 0, sizeof(*out));
	enum items_status st = items_read(text, len, &schema_rrset, ITEMS_WRAPPED | ITEMS_KEEP_BAD,
					  &it, &res);
	if (st == ITEMS_SYNTAX) {
		json_error_t jerr;
		json_t *j = json_loadb(text, len, 0, &jerr);
		out->status = DOC_SYNTAX;
		if (j) { /* refused by yajl alone (\u0000): where yajl stopped */
			out->line = out->column = 1;
			doc_advance(text, res.error_at < len ? res.error_at : len, &out->line,
				    &out->column);
			out->syntax = xstrdup(res.error);
		} else {
			out->line = jerr.line;
			out->column = jerr.column;
			out->syntax = xstrdup(jerr.text);
		}
		json_decref(j);
	} else {
		doc_fill(out, st, &it);
	}
	free(res.error);
	items_free(&it);
}

struct rrset_doc_reader {
	struct rrset_doc *out;
	struct items items;
	struct items_result res;
	struct items_reader *r;
	size_t fed;       /* bytes given so far */
	int line, column; /* where the next chunk starts; once stopped, where the error is */
	bool stopped;
};

struct rrset_doc_reader *rrset_doc_begin(struct rrset_doc *out)
{
	struct rrset_doc_reader *d = xcalloc(1, sizeof(*d));
	memset(out, 0, sizeof(*out));
	d->out = out;
	d->line = d->column = 1;
	d->r = items_begin(&schema_rrset, ITEMS_WRAPPED | ITEMS_KEEP_BAD | ITEMS_NO_TEXT,
			   &d->items, &d->res);
	return d;
}

void rrset_doc_feed(struct rrset_doc_reader *d, const char *data, size_t len)
{
	if (d->stopped)
		return;
	size_t at = len;
	if (!items_feed(d->r, data, len)) {
		d->stopped = true;
		if (d->res.error_at >= d->fed && d->res.error_at - d->fed < len)
			at = d->res.error_at - d->fed;
	}
	doc_advance(data, at, &d->line, &d->column);
	d->fed += len;
}

void rrset_doc_end(struct rrset_doc_reader *d)
{
	struct rrset_doc *out = d->out;
	enum items_status st = items_end(d->r);
	if (st == ITEMS_SYNTAX) {
		out->status = DOC_SYNTAX;
		out->line = d->line;
		out->column = d->column;
		out->syntax = xstrdup(d->res.error ? d->res.error : "not JSON");
	} else {
		doc_fill(out, st, &d->items);
	}
	free(d->res.error);
	items_free(&d->items);
	free(d);
}

void rrset_doc_free(struct rrset_doc *d)
{
	for (size_t i = 0; i < d->len; i++) {
		rrset_free(&d->items[i].r);
		free(d->items[i].problem);
	}
	free(d->items);
	free(d->syntax);
	memset(d, 0, sizeof(*d));
}

/* ---- the zone's settings ---- */

int zone_settings_read(struct ctx *ctx, const char *zone, struct zone_settings *out,
		       struct jv **raw)
{
	struct call c;
	struct reply r;
	memset(out, 0, sizeof(*out));
	if (raw)
		*raw = NULL;
	call_init(&c, "GET", SCOPE, 0);
	call_path(&c, "/livedns/domains/%s", zone);
	call_about_domain(&c, zone);
	int rc = call_send(ctx, &c, &r);
	if (!rc) {
		struct decoder d = {.what = "LiveDNS domain"};
		out->automatic_snapshots = dec_bool(&d, r.json, "automatic_snapshots", true, false);
		if (d.error)
			rc = call_decode_error(ctx, &d);
		else if (raw)
			*raw = jv_ref(jv_of(r.json));
		decoder_free(&d);
	}
	reply_free(&r);
	call_free(&c);
	return rc;
}

int zone_snapshots_set(struct ctx *ctx, const char *zone, bool on)
{
	struct call c;
	call_init(&c, "PATCH", SCOPE, 0);
	call_path(&c, "/livedns/domains/%s", zone);
	call_about_domain(&c, zone);
	call_body(&c, json_pack("{sb}", "automatic_snapshots", on));
	return send_only(ctx, &c);
}
