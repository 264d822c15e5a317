/*
 * gandi doctor: one line per check of the setup, the exact fix under each
 * problem, a summary. It reads; it never changes anything at Gandi.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "cmd.h"
#include "doctor.h"
#include "config/config.h"
#include "config/credential.h"
#include "error.h"
#include "guide.h"
#include "gandi/orgs.h"
#include "gandi/tokens.h"
#include "net/http.h"
#include "output/output.h"
#include "config/secret.h"
#include "util.h"
#include "xalloc.h"

enum status { ST_OK, ST_WARN, ST_FAIL, ST_INFO, ST_ABSENT };

struct report {
	struct ctx *ctx;
	struct jv *checks;
	struct jv *last;   /* the last check, borrowed from checks */
	int ok, warnings, failures;
	int exit_code; /* of the first failure */
};

/* {key: value} for a check's JSON. */
static struct jv *field_str(const char *key, const char *value)
{
	struct jv *o = jv_object();
	jv_set_str(o, key, value);
	return o;
}

static const char *symbol(const struct ctx *ctx, enum status st)
{
	static const char *utf8[] = {"✓", "!", "✗", "·", "○"};
	static const char *ascii[] = {"+", "!", "x", "-", "o"};
	return ctx->utf8 ? utf8[st] : ascii[st];
}

static const char *status_name(enum status st)
{
	static const char *names[] = {"ok", "warning", "failure", "info", "absent"};
	return names[st];
}

static const char *color(const struct ctx *ctx, enum status st)
{
	switch (st) {
	case ST_OK:
		return style_green(ctx);
	case ST_WARN:
		return style_yellow(ctx);
	case ST_FAIL:
		return style_red(ctx);
	default:
		return style_dim(ctx);
	}
}

/* Record and print one check. fix may be NULL; extra (taken) adds JSON fields. */
static void check(struct report *r, const char *name, enum status st, const char *fix,
		  struct jv *extra, const char *fmt, ...) XATTR_PRINTF(6, 7);

static void check(struct report *r, const char *name, enum status st, const char *fix,
		  struct jv *extra, const char *fmt, ...)
{
	struct ctx *ctx = r->ctx;
	struct buf msg = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	char *safe = ctx->json ? secret_redact(ctx->token, buf_str(&msg)) : out_safe(ctx, buf_str(&msg));
	char *safe_fix = !fix ? NULL : ctx->json ? secret_redact(ctx->token, fix) : out_safe(ctx, fix);

	if (st == ST_OK)
		r->ok++;
	else if (st == ST_WARN)
		r->warnings++;
	else if (st == ST_FAIL)
		r->failures++;

	struct jv *o = jv_object();
	jv_set_str(o, "check", name);
	jv_set_str(o, "status", status_name(st));
	jv_set_str(o, "message", safe);
	if (safe_fix)
		jv_set_str(o, "fix", safe_fix);
	jv_merge(o, extra);
	jv_free(extra);
	jv_push(r->checks, o);
	r->last = o;

	if (!ctx->json) {
		printf("%s%s%s %s\n", color(ctx, st), symbol(ctx, st), style_reset(ctx), safe);
		if (safe_fix) {
			for (char *line = safe_fix; line && *line;) {
				char *nl = strchr(line, '\n');
				if (nl)
					*nl = '\0';
				printf("    %s\n", line);
				line = nl ? nl + 1 : NULL;
			}
		}
	}
	free(safe);
	free(safe_fix);
	buf_free(&msg);
}

static void fail_code(struct report *r, int code)
{
	if (!r->exit_code)
		r->exit_code = code;
}

/* Where to put a new token, for the fixes: "replace it in the variable GANDI_API_KEY". */
static const char *replace_phrase(const struct ctx *ctx, char *out, size_t n)
{
	const struct cred *c = creds_used(ctx);
	struct buf b = {0};
	if (cred_writable(c))
		snprintf(out, n, "save it with: gandi auth login%s%s", c->profile ? " --profile " : "",
			 c->profile ? c->profile : "");
	else
		snprintf(out, n, "replace it in %s", c ? cred_phrase(c, &b) : "the config file");
	buf_free(&b);
	return out;
}

static void check_config(struct report *r)
{
	struct ctx *ctx = r->ctx;
	const struct config *cfg = ctx->config;
	char fix[2200];
	if (!cfg || !cfg->exists) {
		check(r, "config", ST_INFO, NULL, field_str("path", ctx->config_path),
		      "config file: %s does not exist (not needed when GANDI_API_KEY is set)",
		      ctx->config_path);
		return;
	}
	if (cfg->load_error) {
		snprintf(fix, sizeof(fix), "fix: correct the file (TOML: key = \"value\"), then run "
			 "gandi doctor again");
		check(r, "config", ST_FAIL, fix, field_str("path", cfg->path),
		      "config file: %s", cfg->load_error);
		fail_code(r, EXIT_USAGE);
		return;
	}
	struct jv *cf = field_str("path", cfg->path);
	jv_set_int(cf, "mode", (int)(cfg->st.st_mode & 07777));
	check(r, "config", ST_OK, NULL, cf,
	      "config file: %s (mode %04o)", cfg->path, (unsigned)(cfg->st.st_mode & 07777));
	bool holds_token = config_lookup(cfg, NULL, "api_key") != NULL;
	const char **profiles = config_profiles(cfg);
	for (size_t i = 0; profiles[i]; i++)
		if (config_lookup(cfg, profiles[i], "api_key"))
			holds_token = true;
	free(profiles);
	if (holds_token && (cfg->st.st_mode & 0077)) {
		snprintf(fix, sizeof(fix), "fix: chmod 600 '%s'", cfg->path);
		check(r, "config_mode", ST_WARN, fix, NULL,
		      "config file holds a token and can be read by others (mode %04o)",
		      (unsigned)(cfg->st.st_mode & 07777));
	}
	char *dir = dir_name(cfg->path);
	struct stat st;
	if (holds_token && stat(dir, &st) == 0 && (st.st_mode & 0077)) {
		snprintf(fix, sizeof(fix), "fix: chmod 700 '%s'", dir);
		check(r, "config_folder_mode", ST_WARN, fix, NULL,
		      "folder %s can be listed by others (mode %04o)", dir,
		      (unsigned)(st.st_mode & 07777));
	}
	free(dir);
}

/* One line for each other place that holds a token, and a warning when it holds another. */
static void check_others(struct report *r)
{
	struct ctx *ctx = r->ctx;
	const struct cred *used = creds_used(ctx);
	struct buf a = {0}, b = {0}, h1 = {0}, h2 = {0};
	char fix[2400];
	for (size_t i = 1; i < ctx->creds->n; i++) {
		const struct cred *c = &ctx->creds->v[i];
		struct secret *other = cred_peek(ctx, c);
		struct jv *f = field_str("source", c->name);
		jv_set_str(f, "origin", cred_where(c, &a));
		cred_phrase(c, &a);
		bool differs = other && ctx->token && !secret_equal(other, ctx->token);
		if (differs && used->src == SRC_ENV) {
			/* the environment silently beating a saved token is the surprise worth a warning */
			jv_set_str(f, "token", secret_masked(other));
			buf_reset(&h1);
			for (size_t j = 0; j < i; j++)
				buf_printf(&h1, "%s%s", j ? ", " : "",
					   cred_unset_hint(&ctx->creds->v[j], &h2));
			snprintf(fix, sizeof(fix), "fix: to use that one: %s; to drop it: %s",
				 buf_str(&h1), cred_unset_hint(c, &h2));
			check(r, "token_conflict", ST_WARN, fix, f, "%s holds a different token (%s), "
			      "not used: %s comes first", buf_str(&a), secret_masked(other),
			      cred_phrase(used, &b));
		} else {
			buf_reset(&b);
			if (differs) {
				jv_set_str(f, "token", secret_masked(other));
				buf_printf(&b, ", holding another token (%s)", secret_masked(other));
			} else if (other && ctx->token) {
				buf_adds(&b, ", holding the same token");
			} else if (c->kind == CRED_COMMAND) {
				buf_adds(&b, ", not run");
			} else if (ctx->token) {
				buf_adds(&b, ", unreadable");
			}
			check(r, "token_also_set", ST_INFO, NULL, f, "also set, not used: %s%s",
			      buf_str(&a), buf_str(&b));
		}
		secret_free(other);
	}
	buf_free(&a);
	buf_free(&b);
	buf_free(&h1);
	buf_free(&h2);
}

static bool check_token(struct report *r)
{
	struct ctx *ctx = r->ctx;
	struct buf where = {0};
	char fix[2400];
	bool ok = false;
	if (ctx->profile.value)
		check(r, "profile", ST_INFO, NULL, field_str("profile", ctx->profile.value),
		      "profile: %s (from %s)", ctx->profile.value,
		      ctx->profile.src == SRC_FLAG  ? "--profile"
		      : ctx->profile.src == SRC_ENV ? "GANDI_PROFILE"
						    : "default_profile");
	int rc = creds_load(ctx, 0);
	const struct cred *used = creds_used(ctx);
	if (!used) {
		snprintf(fix, sizeof(fix),
			 "fix: 1. create a Personal Access Token at %s (Account > Personal Access "
			 "Tokens > Create)\n     2. gandi auth login (it checks the token, then saves it "
			 "in %s),\n        or export GANDI_API_KEY=\"...\" (other ways: man gandi, "
			 "TOKEN)\n     3. run gandi doctor again",
			 dashboard_url(ctx), ctx->config_path);
		check(r, "token", ST_FAIL, fix, field_str("source", NULL),
		      "token: none found (not in the environment, systemd credentials or the config "
		      "file)");
		fail_code(r, EXIT_AUTH);
		goto out;
	}
	struct jv *tf = field_str("source", used->name);
	jv_set_str(tf, "origin", cred_where(used, &where));
	if (rc) {
		char *why = error_text(ctx);
		char *detail = ctx->err.detail ? xstrdup(ctx->err.detail) : NULL;
		if (detail && *detail && detail[strlen(detail) - 1] == '\n')
			detail[strlen(detail) - 1] = '\0';
		check(r, "token", ST_FAIL, detail, tf, "token: %s", why);
		free(why);
		free(detail);
		error_clear(&ctx->err);
		fail_code(r, EXIT_AUTH);
		check_others(r);
		goto out;
	}
	jv_set_str(tf, "token", secret_masked(ctx->token));
	check(r, "token", ST_OK, NULL, tf, "token: %s from %s", secret_masked(ctx->token),
	      cred_phrase(used, &where));
	check_others(r);
	char *problems = secret_shape_problems(ctx->token);
	if (problems) {
		check(r, "token_shape", ST_WARN,
		      "fix: copy the token again from where you saved it, in one piece", NULL,
		      "token looks mistyped or partially pasted: %s", problems);
		free(problems);
	} else {
		check(r, "token_shape", ST_OK, NULL, NULL, "token shape: %zu characters, %s",
		      secret_len(ctx->token),
		      secret_is_apikey(ctx->token) ? "a legacy API key"
						   : "a Personal Access Token");
	}
	ok = true;
out:
	buf_free(&where);
	return ok;
}

static const char *endpoint_kind(const char *url)
{
	if (strcmp(url, DEFAULT_API_URL) == 0 || strcmp(url, DEFAULT_API_URL "/") == 0)
		return "production";
	if (strcmp(url, SANDBOX_API_URL) == 0 || strcmp(url, SANDBOX_API_URL "/") == 0)
		return "sandbox";
	return "custom";
}

/* Which certificates TLS is verified against: a CA variable replaces the system's. */
static void check_ca(struct report *r)
{
	struct ctx *ctx = r->ctx;
	struct http_ca ca;
	struct stat st;
	char fix[1200];
	const char *unused = str_starts(ctx->api_url.value, "http:")
				     ? " (not used now: the API URL is plain http://, no TLS)"
				     : "";
	http_ca(ctx, &ca);
	struct jv *extra = field_str("source", ca.source);
	if (ca.file)
		jv_set_str(extra, "file", ca.file);
	if (ca.dir)
		jv_set_str(extra, "dir", ca.dir);
	bool variable = strcmp(ca.source, "CURL_CA_BUNDLE") == 0 ||
			strcmp(ca.source, "SSL_CERT_FILE") == 0 || strcmp(ca.source, "SSL_CERT_DIR") == 0;
	if (ca.file && (stat(ca.file, &st) != 0 || !S_ISREG(st.st_mode))) {
		snprintf(fix, sizeof(fix), variable ? "fix: unset %s, or point it at a file of CA "
						      "certificates" : "fix: give %s a file of CA "
						      "certificates", ca.source);
		check(r, "ca", ST_FAIL, fix, extra, "CA certificates: %s (from %s) is not a "
		      "readable file, so no certificate can be verified%s", ca.file, ca.source,
		      unused);
		fail_code(r, EXIT_USAGE);
	} else if (ca.file && variable) {
		snprintf(fix, sizeof(fix), "if that is not meant: unset %s", ca.source);
		check(r, "ca", ST_INFO, fix, extra, "CA certificates: only those of %s (from the "
		      "variable %s), which replaces the system's store%s", ca.file, ca.source,
		      unused);
	} else if (ca.file) {
		check(r, "ca", ST_INFO, NULL, extra, "CA certificates: only those of %s (%s), "
		      "instead of the system's store%s", ca.file, ca.source, unused);
	} else if (ca.dir && variable) {
		snprintf(fix, sizeof(fix), "if that is not meant: unset %s", ca.source);
		check(r, "ca", ST_INFO, fix, extra, "CA certificates: the folder %s (from the "
		      "variable %s), which replaces the system's store%s", ca.dir, ca.source,
		      unused);
	} else if (ca.dir) {
		check(r, "ca", ST_INFO, NULL, extra, "CA certificates: the system's store, %s%s",
		      ca.dir, unused);
	} else {
		check(r, "ca", ST_INFO, NULL, extra, "CA certificates: libcurl's default store%s",
		      unused);
	}
}

static bool check_endpoint(struct report *r)
{
	struct ctx *ctx = r->ctx;
	struct api_reach reach;
	const char *kind = endpoint_kind(ctx->api_url.value);
	struct jv *info = field_str("url", ctx->api_url.value);
	jv_set_str(info, "kind", kind);
	if (api_reach(ctx, &reach)) {
		char fix[1200];
		char *why = error_text(ctx);
		snprintf(fix, sizeof(fix), "fix: check the network and the URL%s",
			 strcmp(kind, "custom") == 0 ? " (api_url, --api-url, GANDI_API_URL)" : "");
		check(r, "endpoint", ST_FAIL, fix, info, "endpoint: %s (%s) unreachable: %s",
		      ctx->api_url.value, kind, why);
		free(why);
		free(reach.url);
		error_clear(&ctx->err);
		fail_code(r, EXIT_NETWORK);
		return false;
	}
	double tls = reach.t_tls > reach.t_connect ? reach.t_tls - reach.t_connect : 0;
	bool https = str_starts(ctx->api_url.value, "https:");
	/* whole milliseconds: 229, not 0.22900000000000001 * 1000 */
	jv_set_int(info, "connect_ms", (long long)(reach.t_connect * 1000 + 0.5));
	jv_set_int(info, "tls_ms", (long long)(tls * 1000 + 0.5));
	if (!reach.is_api) {
		/* it answers, but not as Gandi's API: every command would fail with a 404 */
		char fix[1600];
		snprintf(fix, sizeof(fix), "fix: the API URL is the base of Gandi's v5 API, ending in "
			 "/v5 (%s); set it with --api-url, GANDI_API_URL or api_url (now from %s)",
			 DEFAULT_API_URL, ctx->api_url.origin ? ctx->api_url.origin : "the default");
		jv_set_int(info, "http_status", reach.status);
		check(r, "endpoint", ST_FAIL, fix, info, "endpoint: %s (%s) is not Gandi's v5 API: "
		      "GET %s answered HTTP %ld%s", ctx->api_url.value, kind, reach.url, reach.status,
		      str_ends(ctx->api_url.value, "/v5") || str_ends(ctx->api_url.value, "/v5/")
			      ? "" : " (the URL does not end in /v5)");
		free(reach.url);
		fail_code(r, EXIT_USAGE);
		return false;
	}
	free(reach.url);
	check(r, "endpoint", ST_OK, NULL, info,
	      https ? "endpoint: %s (%s), connect %.0f ms, TLS %.0f ms, the API answers"
		    : "endpoint: %s (%s), connect %.0f ms, no TLS (loopback), the API answers",
	      ctx->api_url.value, kind, reach.t_connect * 1000, tls * 1000);
	return true;
}

static void unlocked_item(void *arg, const char *name, bool whole, const char *but)
{
	struct buf *b = arg;
	buf_printf(b, "%s%s%s%s%s", b->len ? ", " : "", name, whole ? " *" : "",
		   but ? " but " : "", but ? but : "");
}

/* "dns list, dns set..." or "dns *" for what a scope unlocks. */
static char *unlocked(const char *scope)
{
	struct buf b = {0};
	cmd_scope_users(scope, unlocked_item, &b);
	buf_addc(&b, '\0');
	b.len--;
	return buf_detach(&b);
}

static void check_scopes(struct report *r, const struct tokeninfo *ti)
{
	static const char *known[] = {"domain:view", "domain:renew", "domain:tech"};
	struct ctx *ctx = r->ctx;
	struct jv *granted = jv_object();
	for (size_t i = 0; i < 3; i++) {
		bool has = tokeninfo_has_scope(ti, known[i]);
		char *cmds = unlocked(known[i]);
		jv_set_bool(granted, known[i], has);
		if (!ctx->json)
			printf("  %s%s%s %-13s %s%s%s\n", has ? style_green(ctx) : style_dim(ctx),
			       symbol(ctx, has ? ST_OK : ST_ABSENT), style_reset(ctx), known[i],
			       scope_label(known[i]), cmds[0] ? ": " : "", cmds);
		free(cmds);
	}
	struct jv *other = jv_array();
	struct buf others = {0};
	for (size_t i = 0; i < ti->nscopes; i++) {
		bool is_known = false;
		for (size_t k = 0; k < 3; k++)
			if (strcmp(ti->scopes[i], known[k]) == 0)
				is_known = true;
		if (is_known)
			continue;
		jv_push(other, jv_str(ti->scopes[i]));
		buf_printf(&others, "%s%s", others.len ? ", " : "", ti->scopes[i]);
	}
	if (!ctx->json && others.len) {
		char *safe = out_safe(ctx, buf_str(&others));
		printf("  other scopes: %s\n", safe);
		free(safe);
	}
	jv_set(r->last, "scopes", granted);
	jv_set(r->last, "other_scopes", other);
	buf_free(&others);
}

/* Returns whether Gandi accepted the token. */
static bool check_accepted(struct report *r)
{
	bool accepted = false;
	struct ctx *ctx = r->ctx;
	struct token_check tc;
	char fix[2400], repl[1400];
	if (token_check(ctx, &tc)) {
		char *why = error_text(ctx);
		check(r, "token_accepted", ST_FAIL, "fix: check the network, then run gandi doctor "
		      "again", NULL, "token: could not be checked: %s", why);
		free(why);
		error_clear(&ctx->err);
		fail_code(r, EXIT_NETWORK);
		goto out;
	}
	if (tc.verdict == TOKEN_REJECTED) {
		snprintf(fix, sizeof(fix),
			 "usual causes: expired, mistyped or partly pasted, or made for the other "
			 "environment (sandbox/production)\nfix: create a token at %s (Account > "
			 "Personal Access Tokens > Create), then %s", dashboard_url(ctx),
			 replace_phrase(ctx, repl, sizeof(repl)));
		struct jv *st = jv_object();
		jv_set_int(st, "http_status", tc.status);
		check(r, "token_accepted", ST_FAIL, fix, st, "token: Gandi rejects %s (HTTP %ld)",
		      secret_masked(ctx->token), tc.status);
		fail_code(r, EXIT_AUTH);
		goto out;
	}
	if (tc.verdict == TOKEN_NO_ENDPOINT) {
		/* not Gandi's fault: the ID URL in use does not serve tokeninfo */
		snprintf(fix, sizeof(fix), "fix: Gandi ID's URL is %s; set it with --id-url, "
			 "GANDI_ID_URL or id_url (now from %s), or leave it unset", DEFAULT_ID_URL,
			 ctx->id_url.origin ? ctx->id_url.origin : "the default");
		struct jv *st = jv_object();
		jv_set_int(st, "http_status", tc.status);
		check(r, "token_accepted", ST_FAIL, fix, st, "token: could not be checked: %s "
		      "answered HTTP %ld, so the ID URL %s does not serve Gandi's tokeninfo", tc.url,
		      tc.status, ctx->id_url.value);
		fail_code(r, EXIT_USAGE);
		goto out;
	}
	if (tc.verdict == TOKEN_UNCHECKED) {
		struct jv *st = jv_object();
		jv_set_int(st, "http_status", tc.status);
		check(r, "token_accepted", ST_FAIL, "fix: retry later; if it persists, check Gandi's "
		      "status page", st, "token: could not be checked: HTTP %ld from %s", tc.status,
		      tc.url);
		fail_code(r, EXIT_ERROR);
		goto out;
	}
	if (secret_is_apikey(ctx->token)) {
		check(r, "token_accepted", ST_WARN,
		      "fix: Gandi deprecated API keys in 2023; create a Personal Access Token and "
		      "use it instead", field_str("kind", "apikey"),
		      "token: accepted, but it is a legacy API key (it cannot be introspected: no "
		      "name, scopes or expiry to show)");
		accepted = true;
		goto out;
	}
	if (!tc.has_info) {
		check(r, "token_accepted", ST_FAIL, NULL, NULL,
		      "token: Gandi's tokeninfo answer could not be read: %s", tc.unreadable);
		fail_code(r, EXIT_ERROR);
		goto out;
	}
	const struct tokeninfo *ti = &tc.info;
	struct jv *info = field_str("name", ti->name ? ti->name : "");
	jv_set_int(info, "entities", (long long)ti->nentities);
	if (ti->has_expiry) {
		jv_set_int(info, "expires_in", ti->expires_in);
		char date[11];
		format_date(time(NULL) + (time_t)ti->expires_in, date);
		jv_set_str(info, "expires_at", date);
		char *span = format_span(ti->expires_in);
		enum status st = ti->expires_in <= 0 ? ST_FAIL
				 : ti->expires_in < 14 * 86400 ? ST_WARN
							       : ST_OK;
		const char *fixp = NULL;
		if (st != ST_OK) {
			snprintf(fix, sizeof(fix), "fix: %s at %s (Account > Personal Access Tokens), "
				 "then %s", st == ST_FAIL ? "create a new token" :
				 "renew it (gandi token renew) or create a new one",
				 dashboard_url(ctx), replace_phrase(ctx, repl, sizeof(repl)));
			fixp = fix;
		}
		if (ti->expires_in <= 0)
			check(r, "token_accepted", st, fixp, info,
			      "token: \"%s\" has expired (%s)", ti->name ? ti->name : "?", date);
		else
			check(r, "token_accepted", st, fixp, info,
			      "token: \"%s\" accepted, expires in %s (%s), covers %zu %s",
			      ti->name ? ti->name : "?", span, date, ti->nentities,
			      ti->nentities == 1 ? "entity" : "entities");
		if (st == ST_FAIL)
			fail_code(r, EXIT_AUTH);
		free(span);
	} else {
		check(r, "token_accepted", ST_OK, NULL, info,
		      "token: \"%s\" accepted, no expiry given, covers %zu %s",
		      ti->name ? ti->name : "?", ti->nentities,
		      ti->nentities == 1 ? "entity" : "entities");
	}
	check_scopes(r, ti);
	accepted = !ti->has_expiry || ti->expires_in > 0;
out:
	token_check_free(&tc);
	return accepted;
}

static void check_orgs(struct report *r)
{
	struct org_list orgs;
	if (orgs_list(r->ctx, &orgs) != 0) {
		error_clear(&r->ctx->err);
		check(r, "organizations", ST_INFO, NULL, NULL,
		      "organizations: this token cannot list them (the dashboard's \"View "
		      "organization\" permission)");
		return;
	}
	char *text = orgs_text(&orgs);
	struct jv *list = jv_array();
	for (size_t i = 0; i < orgs.len; i++) {
		struct jv *o = field_str("id", orgs.items[i].id);
		jv_set_str(o, "name", orgs.items[i].name);
		jv_set_str(o, "type", orgs.items[i].type);
		jv_push(list, o);
	}
	struct jv *extra = jv_object();
	jv_set(extra, "organizations", list);
	check(r, "organizations", ST_INFO, NULL, extra, "organizations this token can see: %s",
	      orgs.len ? text : "none");
	free(text);
	org_list_free(&orgs);
}

int doctor_run(struct ctx *ctx, enum doctor_part part)
{
	struct report r = {.ctx = ctx, .checks = jv_array()};

	if (part == DOCTOR_TOKEN) {
		if (check_token(&r))
			check_accepted(&r);
	} else {
		check_config(&r);
		bool have_token = check_token(&r);
		check_ca(&r);
		bool reachable = check_endpoint(&r);
		if (have_token && reachable && check_accepted(&r))
			check_orgs(&r);
	}

	if (ctx->json) {
		struct jv *o = jv_object(), *summary = jv_object();
		jv_set_int(summary, "ok", r.ok);
		jv_set_int(summary, "warnings", r.warnings);
		jv_set_int(summary, "failures", r.failures);
		jv_set(o, "checks", jv_ref(r.checks));
		jv_set(o, "summary", summary);
		out_json(ctx, o);
		jv_free(o);
	} else {
		printf("\n%d ok, %d warning%s, %d failure%s\n", r.ok, r.warnings,
		       r.warnings == 1 ? "" : "s", r.failures, r.failures == 1 ? "" : "s");
	}
	jv_free(r.checks);
	if (r.failures)
		return error_silent(ctx, r.exit_code ? r.exit_code : EXIT_ERROR);
	return 0;
}

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	return doctor_run(ctx, DOCTOR_ALL);
}

const struct cmd cmd_doctor = {
	.noun = "doctor",
	.args = "",
	.summary = "check the token, the config file and the connection to Gandi",
	.description = "One line per check: the token and where it came from, its shape, the\n"
		       "config file's permissions, the endpoint and its connect and TLS times,\n"
		       "whether Gandi accepts the token, its expiry and its permissions. Exit\n"
		       "status is non-zero only when a check fails. Doctor changes nothing at\n"
		       "Gandi.",
	.examples = "gandi doctor\n"
		    "gandi doctor --profile work --json",
	.max_args = 0,
	.flags = CMD_OWN_CONFIG | CMD_NET,
	.exec = run,
};
