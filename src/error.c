#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "ctx.h"
#include "config/config.h"
#include "config/secret.h"
#include "gandi/domains.h"
#include "gandi/orgs.h"
#include "guide.h"
#include "output/output.h"
#include "progress.h"
#include "util.h"
#include "xalloc.h"

const struct exit_doc exit_docs[] = {
	{EXIT_OK, "ok", "Success."},
	{EXIT_ERROR, "API or other error", "Gandi refused the request, or another error."},
	{EXIT_USAGE, "usage or invalid input", "Usage error or invalid input: nothing was sent."},
	{EXIT_AUTH, "not authenticated or token rejected",
	 "Not authenticated: no token, or Gandi rejected it."},
	{EXIT_PERM, "permission denied",
	 "Permission denied: the token lacks the permission the command needs."},
	{EXIT_NOTFOUND, "not found",
	 "Not found: the domain, record or redirection does not exist (or the token does not "
	 "cover it)."},
	{EXIT_NETWORK, "network, TLS or timeout", "Network, TLS or timeout error."},
	{EXIT_WAIT, "'dns wait', --wait: not served in time",
	 "*dns wait*, or the *--wait* of a dns command or an ACME hook: the time allowed "
	 "(*--timeout*, *--wait-timeout*, the setting *wait\\_timeout*) passed before every "
	 "nameserver served the change; the message names each server that lags and what it "
	 "serves."},
	{EXIT_DECLINED, "declined at the prompt",
	 "The question asked before a change was answered no: nothing was changed."},
	{EXIT_CHANGES, "'dns sync --exit-code': changes pending",
	 "*dns sync --exit-code*: changes are pending."},
	{EXIT_TAKEN, "'domain available --exit-code': not available",
	 "*domain available --exit-code*: the name cannot be registered (taken, reserved or "
	 "not offered)."},
	{0, NULL, NULL},
};

/* ---- subjects ---- */

char *subject_text(const struct subject *s)
{
	switch (s->kind) {
	case SUBJECT_DOMAIN:
		return xasprintf("domain '%s'", s->domain);
	case SUBJECT_RECORD:
		return xasprintf("the %s record %s in %s", s->type, s->name, s->domain);
	case SUBJECT_REDIRECT:
		return xasprintf("the redirection from %s", s->host);
	case SUBJECT_SNAPSHOT:
		return xasprintf("snapshot %s of %s", s->id, s->domain);
	case SUBJECT_DOMAINS:
		return xstrdup("the domain list");
	default:
		return NULL;
	}
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void subject_copy(struct subject *to, const struct subject *from)
{
	to->kind = from->kind;
	to->domain = dup_or_null(from->domain);
	to->name = dup_or_null(from->name);
	to->type = dup_or_null(from->type);
	to->host = dup_or_null(from->host);
	to->id = dup_or_null(from->id);
}

void subject_free(struct subject *s)
{
	free(s->domain);
	free(s->name);
	free(s->type);
	free(s->host);
	free(s->id);
	memset(s, 0, sizeof(*s));
}

void api_fault_free(struct api_fault *f)
{
	if (!f)
		return;
	free(f->object);
	free(f->message);
	for (size_t i = 0; i < f->ninvalid; i++) {
		free(f->invalid[i].name);
		free(f->invalid[i].description);
	}
	free(f->invalid);
	free(f->body);
	subject_free(&f->subject);
	free(f->net_kind);
	free(f->net_message);
	free(f->net_detail);
	free(f);
}

/* ---- recording ---- */

void error_clear(struct error *err)
{
	free(err->kind);
	free(err->message);
	free(err->detail);
	free(err->context);
	jv_free(err->fields);
	api_fault_free(err->fault);
	memset(err, 0, sizeof(*err));
}

static void set_kind(struct error *e, int code, const char *kind)
{
	free(e->kind);
	e->code = code;
	e->kind = xstrdup(kind);
}

static int error_vset(struct ctx *ctx, int code, const char *kind, const char *fmt, va_list ap)
	XATTR_PRINTF(4, 0);

static int error_vset(struct ctx *ctx, int code, const char *kind, const char *fmt, va_list ap)
{
	struct buf b = {0};
	error_clear(&ctx->err);
	buf_vprintf(&b, fmt, ap);
	set_kind(&ctx->err, code, kind);
	ctx->err.message = buf_detach(&b);
	return code;
}

int error_set(struct ctx *ctx, int code, const char *kind, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vset(ctx, code, kind, fmt, ap);
	va_end(ap);
	return code;
}

int error_silent(struct ctx *ctx, int code)
{
	error_clear(&ctx->err);
	ctx->err.code = code;
	ctx->err.silent = true;
	return code;
}

int error_held(struct ctx *ctx, const char *method, const char *url, const char *body)
{
	struct jv *w = jv_object();
	error_set(ctx, EXIT_HELD, "dry_run", "%s %s", method, url);
	if (body)
		error_detail(ctx, "%s", body);
	jv_set_str(w, "method", method);
	jv_set_str(w, "url", url);
	jv_set_str(w, "body", body);
	error_field(ctx, "would_send", w);
	return EXIT_HELD;
}

int dry_run_report(struct ctx *ctx)
{
	struct error *e = &ctx->err;
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_bool(o, "changed", false);
		jv_merge(o, e->fields);
		out_ok(ctx, o);
	} else {
		out_line(ctx, "dry run: nothing was changed; the first change would have been:");
		out_line(ctx, "  %s", e->message);
		if (e->detail)
			out_line(ctx, "  %s", e->detail);
	}
	error_clear(e);
	return 0;
}

int usage_error(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	error_vset(ctx, EXIT_USAGE, "usage", fmt, ap);
	va_end(ap);
	return EXIT_USAGE;
}

void err_detail(struct error *e, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	if (e->detail) {
		buf_adds(&b, e->detail);
		free(e->detail);
	}
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	e->detail = buf_detach(&b);
}

void error_detail(struct ctx *ctx, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	err_detail(&ctx->err, "%s", buf_str(&b));
	buf_free(&b);
}

void err_field(struct error *e, const char *key, struct jv *value)
{
	if (!e->fields)
		e->fields = jv_object();
	jv_set(e->fields, key, value);
}

void error_field(struct ctx *ctx, const char *key, struct jv *value)
{
	err_field(&ctx->err, key, value);
}

void error_context(struct ctx *ctx, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (ctx->err.context)
		buf_printf(&b, ": %s", ctx->err.context);
	free(ctx->err.context);
	ctx->err.context = buf_detach(&b);
}

void err_headline(struct error *e, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	free(e->message);
	e->message = buf_detach(&b);
}

/* The code and kind a fault means. */
static void classify(const struct ctx *ctx, const struct api_fault *f, struct error *e)
{
	switch (f->kind) {
	case FAULT_NO_ANSWER:
		set_kind(e, f->net_code ? f->net_code : EXIT_NETWORK,
			 f->net_kind ? f->net_kind : "network");
		break;
	case FAULT_REJECTED:
	case FAULT_DENIED:
		if (!ctx->token)
			set_kind(e, EXIT_AUTH, "not_authenticated");
		else if (f->kind == FAULT_REJECTED)
			set_kind(e, EXIT_AUTH, "token_rejected");
		else
			set_kind(e, EXIT_PERM, "permission_denied");
		break;
	case FAULT_NAMED_404:
		set_kind(e, EXIT_NOTFOUND, "record_not_found");
		break;
	case FAULT_NOT_FOUND:
		set_kind(e, EXIT_NOTFOUND, "not_found");
		break;
	case FAULT_RATE_LIMITED:
		set_kind(e, EXIT_ERROR, "rate_limited");
		break;
	case FAULT_INVALID:
		set_kind(e, EXIT_ERROR, "invalid");
		break;
	case FAULT_CONFLICT:
		set_kind(e, EXIT_ERROR, "conflict");
		break;
	default:
		set_kind(e, EXIT_ERROR, "api");
		break;
	}
}

int api_fault_code(const struct ctx *ctx, const struct api_fault *f)
{
	struct error e = {0};
	classify(ctx, f, &e);
	int code = e.code;
	error_clear(&e);
	return code;
}

/* A write that may have been carried out, when no one read the state again to tell. */
static void maybe_applied(struct error *e, const struct api_fault *f)
{
	if (!f->maybe_applied)
		return;
	err_field(e, "maybe_applied", jv_bool(true));
	if (f->rechecked)
		return;
	bool post = f->method && strcmp(f->method, "POST") == 0;
	err_detail(e, "the request may have reached Gandi and been carried out before its answer "
		      "was lost%s; check before repeating it\n", post ? ": it was not sent again" : "");
}

int error_api(struct ctx *ctx, struct api_fault *fault)
{
	error_clear(&ctx->err);
	ctx->err.fault = fault;
	classify(ctx, fault, &ctx->err);
	if (fault->kind == FAULT_NO_ANSWER) {
		/* what net/http.c said is the message */
		ctx->err.message = xstrdup(fault->net_message ? fault->net_message
							      : "no answer from Gandi");
	}
	return ctx->err.code;
}

const struct api_fault *error_fault(const struct ctx *ctx)
{
	return ctx->err.code ? ctx->err.fault : NULL;
}

void error_hold(struct ctx *ctx, struct error *held)
{
	*held = ctx->err;
	memset(&ctx->err, 0, sizeof(ctx->err));
}

int error_resume(struct ctx *ctx, struct error *held)
{
	error_clear(&ctx->err);
	ctx->err = *held;
	memset(held, 0, sizeof(*held));
	return ctx->err.code;
}

void error_rechecked(struct ctx *ctx, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	if (ctx->err.fault)
		ctx->err.fault->rechecked = true;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	err_detail(&ctx->err, "%s", buf_str(&b));
	buf_free(&b);
}

int error_absent(struct ctx *ctx, const struct subject *s)
{
	switch (s->kind) {
	case SUBJECT_RECORD:
		return error_set(ctx, EXIT_NOTFOUND, "record_not_found", "no %s record %s in %s",
				 s->type, s->name, s->domain);
	case SUBJECT_SNAPSHOT:
		error_set(ctx, EXIT_NOTFOUND, "snapshot_not_found", "%s has no snapshot '%s'",
			  s->domain, s->id);
		error_detail(ctx, "hint: 'gandi dns snapshot list %s' lists its snapshots\n",
			     s->domain);
		return EXIT_NOTFOUND;
	case SUBJECT_REDIRECT:
		return error_set(ctx, EXIT_NOTFOUND, "not_found", "%s has no redirection from %s",
				 s->domain, s->host);
	default: {
		char *what = subject_text(s);
		error_set(ctx, EXIT_NOTFOUND, "not_found", "%s does not exist",
			  what ? what : "it");
		free(what);
		return EXIT_NOTFOUND;
	}
	}
}

/* ---- composing an API fault ---- */

/* Whether a LiveDNS 404 about a domain is worth one request to the registrar: is it on LiveDNS? */
static bool wants_zone_check(const struct ctx *ctx, const struct error *e)
{
	const struct api_fault *f = e->fault;
	return f && !e->composed && f->livedns && ctx->token &&
	       (f->kind == FAULT_NOT_FOUND || f->kind == FAULT_NAMED_404) && f->subject.domain &&
	       (f->subject.kind == SUBJECT_DOMAIN || f->subject.kind == SUBJECT_RECORD);
}

/* Whether a domain's nameservers are Gandi's (LiveDNS answers for it). */
static bool on_livedns(const struct domain_info *di)
{
	for (size_t i = 0; i < di->nnameservers; i++) {
		const char *ns = di->nameservers[i];
		size_t n = strlen(ns);
		if (n && ns[n - 1] == '.')
			n--;
		if (n >= 10 && strncasecmp(ns + n - 10, ".gandi.net", 10) == 0)
			return true;
	}
	return false;
}

/* The domain is in the account but its DNS is elsewhere: say so, with its nameservers. */
static void not_livedns(struct error *e, const struct domain_info *di)
{
	struct buf ns = {0};
	struct jv *list = jv_array();
	for (size_t i = 0; i < di->nnameservers; i++) {
		buf_printf(&ns, "%s%s", i ? ", " : "", di->nameservers[i]);
		jv_push(list, jv_str(di->nameservers[i]));
	}
	free(e->kind);
	e->kind = xstrdup("not_livedns");
	e->composed = true;
	err_headline(e, "%s does not use LiveDNS: its nameservers are %s", di->fqdn,
		     ns.len ? buf_str(&ns) : "none");
	err_detail(e, "Its DNS records are served by those nameservers, not by Gandi's LiveDNS,\n"
		      "so gandi cannot see or change them (nor add web redirections).\n"
		      "hint: manage its records where those nameservers are run, or switch it to "
		      "LiveDNS\n(Gandi's dashboard: the domain > DNS records > Use LiveDNS), "
		      "then retry\n");
	err_field(e, "domain", jv_str(di->fqdn));
	err_field(e, "nameservers", list);
	buf_free(&ns);
}

/* Whether the report of this error lists the organizations the token can see. */
static bool wants_orgs(const struct ctx *ctx, const struct error *e)
{
	return e->fault && !e->composed && e->fault->kind == FAULT_NOT_FOUND &&
	       e->fault->subject.kind != SUBJECT_NONE && ctx->token;
}

static void generic_404(const struct ctx *ctx, struct error *e, const char *subject,
			const struct org_list *orgs)
{
	const char *url = ctx->api_url.value;
	if (url && !str_ends(url, "/v5") && !str_ends(url, "/v5/")) {
		/* every path 404s when the base is wrong: say that, not "not covered" */
		err_headline(e, "%s was not found: the API URL '%s' does not end in /v5", subject,
			     url);
		err_detail(e, "hint: Gandi's API is %s; fix api_url (from %s), then check with "
			      "'gandi doctor'\n", DEFAULT_API_URL,
			   ctx->api_url.origin ? ctx->api_url.origin : "the default");
		return;
	}
	if (e->fault->subject.kind == SUBJECT_DOMAINS) {
		/* the domain list itself: no hint pointing back at it */
		err_headline(e, "%s was not found", subject);
		err_detail(e, "hint: is the API URL right (%s)? 'gandi doctor' checks it\n",
			   url ? url : DEFAULT_API_URL);
		return;
	}
	err_headline(e, "%s was not found, or this token does not cover it", subject);
	err_detail(e, "Gandi answers 404 both when something does not exist and when the token "
		      "cannot reach it\n(a domain of another organization, or a token limited to "
		      "other domains).\n");
	if (orgs && orgs->len > 0) {
		char *text = orgs_text(orgs);
		struct jv *list = jv_array();
		for (size_t i = 0; i < orgs->len; i++) {
			struct jv *o = jv_object();
			jv_set_str(o, "id", orgs->items[i].id);
			jv_set_str(o, "name", orgs->items[i].name);
			jv_push(list, o);
		}
		err_detail(e, "This token can see these organizations: %s.\n", text);
		err_detail(e, "hint: act for one of them with --sharing-id ID (or sharing_id in the "
			      "config); 'gandi domain list' shows the domains this token covers\n");
		err_field(e, "organizations", list);
		free(text);
	} else {
		err_detail(e, "hint: 'gandi domain list' shows the domains this token covers; "
			      "--sharing-id ORG acts for another organization\n");
	}
}

static void after_attempts(struct error *e, const struct api_fault *f)
{
	if (f->attempts > 1)
		err_detail(e, "(after %d attempts)\n", f->attempts);
}

static void invalid(struct error *e, const struct api_fault *f)
{
	const struct api_invalid *v = f->invalid;
	struct jv *list = jv_array();
	err_headline(e, "Gandi refused the request: %s%s%s", v[0].name ? v[0].name : "",
		     v[0].name ? ": " : "", v[0].description ? v[0].description : "invalid");
	for (size_t i = 0; i < f->ninvalid; i++) {
		struct jv *o = jv_object();
		if (i > 0)
			err_detail(e, "  %s: %s\n", v[i].name ? v[i].name : "?",
				   v[i].description ? v[i].description : "invalid");
		jv_set_str(o, "name", v[i].name);
		jv_set_str(o, "description", v[i].description);
		jv_push(list, o);
	}
	err_field(e, "api_errors", list);
	after_attempts(e, f);
}

static void compose_fault(const struct ctx *ctx, struct error *e, const char *subject,
			  const struct org_list *orgs)
{
	const struct api_fault *f = e->fault;
	const char *msg = f->message, *sep = msg ? ": " : "", *text = msg ? msg : "";
	if (f->kind == FAULT_NO_ANSWER) {
		/* the message is what net/http.c said (error_api), and so is the detail */
		if (f->net_detail)
			err_detail(e, "%s", f->net_detail);
		maybe_applied(e, f);
		return;
	}
	switch (f->kind) {
	case FAULT_NOT_GANDI:
		err_headline(e, "Gandi's server answered HTTP %ld with %s", f->status, f->body);
		after_attempts(e, f);
		break;
	case FAULT_REJECTED:
	case FAULT_DENIED:
		if (!ctx->token)
			guide_no_token_text(ctx, e, f->scope);
		else if (f->kind == FAULT_REJECTED)
			guide_rejected(ctx, e, f->scope, msg);
		else
			guide_denied(ctx, e, f->scope, msg);
		break;
	case FAULT_NAMED_404:
		err_headline(e, "%s%s%s", msg ? msg : "not found", subject ? " of " : "",
			     subject ? subject : "");
		err_field(e, "object", jv_str(f->object));
		break;
	case FAULT_NOT_FOUND:
		if (subject) {
			generic_404(ctx, e, subject, orgs);
		} else if (f->id_host) {
			/* Gandi ID always has tokeninfo: a 404 means the ID URL is wrong */
			err_headline(e, "the ID URL '%s' does not serve Gandi's tokeninfo (HTTP 404)",
				     ctx->id_url.value ? ctx->id_url.value : DEFAULT_ID_URL);
			err_detail(e, "hint: Gandi ID is %s; fix id_url (from %s), or leave it unset\n",
				   DEFAULT_ID_URL, ctx->id_url.origin ? ctx->id_url.origin : "the default");
		} else {
			err_headline(e, "not found%s%s", sep, text);
		}
		break;
	case FAULT_RATE_LIMITED:
		err_headline(e, "Gandi's rate limit was reached (HTTP 429%s%s)", sep, text);
		if (f->retry_after >= 0)
			err_detail(e, "Gandi asks to wait %ld s before the next request.\n",
				   f->retry_after);
		err_detail(e, "hint: Gandi allows about 1000 requests a minute; spread the requests "
			      "out, then retry\n");
		break;
	case FAULT_INVALID:
		invalid(e, f);
		break;
	case FAULT_CONFLICT:
		err_headline(e, "Gandi refused it as a conflict%s%s", sep, text);
		after_attempts(e, f);
		break;
	default:
		err_headline(e, "Gandi answered HTTP %ld%s%s", f->status, sep, text);
		after_attempts(e, f);
		break;
	}
	maybe_applied(e, f);
	err_field(e, "status", jv_int(f->status));
	if (msg && e->code != EXIT_AUTH && e->code != EXIT_PERM)
		err_field(e, "api_message", jv_str(msg));
}

/*
 * Write e's fault as its message, detail and fields, before what callers
 * added. orgs: the organizations for a generic 404, or NULL.
 */
static void compose(const struct ctx *ctx, struct error *e, const struct org_list *orgs)
{
	if (!e->fault || e->composed)
		return;
	char *caller_detail = e->detail;
	struct jv *caller_fields = e->fields;
	char *subject = subject_text(&e->fault->subject);
	e->detail = NULL;
	e->fields = NULL;
	e->composed = true;
	compose_fault(ctx, e, subject, orgs);
	free(subject);
	if (caller_detail)
		err_detail(e, "%s", caller_detail);
	if (caller_fields) {
		if (!e->fields)
			e->fields = jv_object();
		jv_merge(e->fields, caller_fields);
	}
	jv_free(caller_fields);
	free(caller_detail);
}

static char *full_message(const struct error *e)
{
	const char *msg = e->message ? e->message : "error";
	return e->context ? xasprintf("%s: %s", e->context, msg) : xstrdup(msg);
}

char *error_text(struct ctx *ctx)
{
	compose(ctx, &ctx->err, NULL);
	return full_message(&ctx->err);
}

/* Error kinds printed as a heading block rather than "gandi: message". */
static int is_heading(const char *kind)
{
	return kind && (strcmp(kind, "not_authenticated") == 0 ||
			strcmp(kind, "token_rejected") == 0 ||
			strcmp(kind, "permission_denied") == 0);
}

/* The first line of text that starts (or not) with prefix, trimmed, or NULL. */
static char *first_line(const char *text, const char *prefix, bool with)
{
	size_t pl = strlen(prefix);
	for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		p += strspn(p, " \t");
		size_t len = strcspn(p, "\n");
		if (!len || (strncmp(p, prefix, pl) == 0) != with)
			continue;
		return with ? xstrndup(p + pl, len - pl) : xstrndup(p, len);
	}
	return NULL;
}

/*
 * An error in one line: "message; the first line of detail (hint: ...)". A
 * heading ("Not authenticated") becomes lower case, with the first paragraph
 * of its detail.
 */
static char *one_line(const char *msg, const char *detail, bool heading)
{
	struct buf b = {0};
	char *said = detail ? first_line(detail, "hint: ", false) : NULL;
	char *hint = detail ? first_line(detail, "hint: ", true) : NULL;
	if (heading && msg[0]) {
		buf_printf(&b, "%c%s", (char)(msg[0] >= 'A' && msg[0] <= 'Z' ? msg[0] + 32 : msg[0]),
			   msg + 1);
		/* the first paragraph, joined */
		const char *end = detail ? strstr(detail, "\n\n") : NULL;
		size_t len = detail ? (end ? (size_t)(end - detail) : strlen(detail)) : 0;
		if (len)
			buf_adds(&b, ": ");
		for (size_t i = 0; i < len; i++)
			buf_addc(&b, detail[i] == '\n' ? ' ' : detail[i]);
		while (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '.'))
			b.data[--b.len] = '\0';
		buf_adds(&b, " (run 'gandi doctor' for the steps)");
	} else {
		buf_adds(&b, msg);
		if (said)
			buf_printf(&b, "; %s", said);
		if (hint)
			buf_printf(&b, " (hint: %s)", hint);
	}
	free(said);
	free(hint);
	return buf_detach(&b);
}

static void print_error(struct ctx *ctx, const struct error *e)
{
	char *raw_msg = full_message(e);
	char *msg = NULL, *detail = NULL;
	if (ctx->json) {
		/* JSON escapes every control character itself */
		msg = secret_redact(ctx->token, raw_msg);
		detail = e->detail ? secret_redact(ctx->token, e->detail) : NULL;
	} else {
		/* redacted, then made safe for a terminal: server text is in there */
		msg = out_safe(ctx, raw_msg);
		detail = e->detail ? out_safe(ctx, e->detail) : NULL;
	}
	progress_clear(ctx);
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "error", msg);
		jv_set_str(o, "kind", e->kind ? e->kind : "error");
		jv_set_int(o, "exit_code", e->code);
		if (detail)
			jv_set_str(o, "detail", detail);
		jv_merge(o, e->fields);
		char *raw = jv_dump_line(o);
		char *dump = secret_redact(ctx->token, raw);
		fprintf(stderr, "%s\n", dump);
		free(raw);
		free(dump);
		jv_free(o);
	} else if (ctx->one_line) {
		char *line = one_line(msg, detail, is_heading(e->kind));
		fprintf(stderr, "gandi: %s\n", line);
		free(line);
		free(detail);
		detail = NULL;
	} else if (is_heading(e->kind)) {
		fprintf(stderr, "%s\n", msg);
		if (detail)
			fprintf(stderr, "\n%s", detail);
	} else {
		fprintf(stderr, "gandi: %s\n", msg);
		if (detail)
			fputs(detail, stderr);
	}
	if (detail && !ctx->json && detail[0] && detail[strlen(detail) - 1] != '\n')
		fputc('\n', stderr);
	fflush(stderr);
	free(raw_msg);
	free(msg);
	free(detail);
}

int error_report(struct ctx *ctx)
{
	struct org_list orgs = {0};
	bool listed = false;
	/* the report owns the pending error from here: ctx->err is left empty */
	struct error e = ctx->err;
	int code = e.code;
	memset(&ctx->err, 0, sizeof(ctx->err));
	if (!code || e.silent) {
		error_clear(&e);
		return code;
	}
	if (wants_zone_check(ctx, &e)) {
		/* a zone LiveDNS does not know: is the domain ours, with its DNS elsewhere? */
		struct domain_info di = {0};
		if (domain_read(ctx, e.fault->subject.domain, &di, NULL) == 0 && !on_livedns(&di))
			not_livedns(&e, &di);
		error_clear(&ctx->err);
		domain_info_free(&di);
	}
	if (wants_orgs(ctx, &e)) {
		/* which organizations can this token see? What this request fails with is dropped */
		listed = orgs_list(ctx, &orgs) == 0;
		error_clear(&ctx->err);
	}
	compose(ctx, &e, listed ? &orgs : NULL);
	print_error(ctx, &e);
	org_list_free(&orgs);
	error_clear(&e);
	return code;
}

/* ---- messages ---- */

static void message(struct ctx *ctx, const char *prefix, const char *json_key, const char *fmt,
		    va_list ap) XATTR_PRINTF(4, 0);

static void message(struct ctx *ctx, const char *prefix, const char *json_key, const char *fmt,
		    va_list ap)
{
	struct buf b = {0};
	if (ctx->quiet)
		return;
	buf_vprintf(&b, fmt, ap);
	char *text = ctx->json ? secret_redact(ctx->token, buf_str(&b)) : out_safe(ctx, buf_str(&b));
	progress_clear(ctx);
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, json_key, text);
		char *raw = jv_dump_line(o);
		fprintf(stderr, "%s\n", raw);
		free(raw);
		jv_free(o);
	} else {
		fprintf(stderr, "%s%s\n", prefix, text);
	}
	free(text);
	buf_free(&b);
}

void warn(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	message(ctx, "warning: ", "warning", fmt, ap);
	va_end(ap);
}

void note(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	if (ctx->json)
		return;
	va_start(ap, fmt);
	message(ctx, "", "note", fmt, ap);
	va_end(ap);
}

void trace_note(struct ctx *ctx, const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	if (!ctx->verbose)
		return;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	char *text = out_safe(ctx, buf_str(&b));
	fprintf(stderr, "gandi: %s\n", text);
	free(text);
	buf_free(&b);
}
