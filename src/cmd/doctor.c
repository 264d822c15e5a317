/*
 * gandi doctor: one line per check of the setup, the exact fix under each
 * problem, a summary. It reads; it never changes anything at Gandi.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gandi/api.h"
#include "buf.h"
#include "cmd.h"
#include "config/config.h"
#include "gandi/decode.h"
#include "error.h"
#include "guide.h"
#include "net/http.h"
#include "gandi/orgs.h"
#include "output/output.h"
#include "config/secret.h"
#include "util.h"
#include "xalloc.h"

enum status { ST_OK, ST_WARN, ST_FAIL, ST_INFO, ST_ABSENT };

struct report {
	struct ctx *ctx;
	json_t *checks;
	int ok, warnings, failures;
	int exit_code; /* of the first failure */
};

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
		  json_t *extra, const char *fmt, ...) XATTR_PRINTF(6, 7);

static void check(struct report *r, const char *name, enum status st, const char *fix,
		  json_t *extra, const char *fmt, ...)
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

	json_t *o = json_pack("{ssssss}", "check", name, "status", status_name(st), "message",
			      safe);
	if (safe_fix)
		json_object_set_new(o, "fix", json_string(safe_fix));
	if (extra) {
		json_object_update(o, extra);
		json_decref(extra);
	}
	json_array_append_new(r->checks, o);

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

static const char *src_phrase(const struct secret *s, char *buf, size_t n)
{
	switch (secret_source(s)) {
	case SRC_ENV:
		snprintf(buf, n, "the variable GANDI_API_KEY");
		break;
	case SRC_PROFILE:
		snprintf(buf, n, "a profile's api_key in %s", secret_origin(s));
		break;
	default:
		snprintf(buf, n, "api_key in %s", secret_origin(s));
		break;
	}
	return buf;
}

static void check_config(struct report *r)
{
	struct ctx *ctx = r->ctx;
	const struct config *cfg = ctx->config;
	char fix[2200];
	if (!cfg || !cfg->exists) {
		check(r, "config", ST_INFO, NULL, json_pack("{ss}", "path", ctx->config_path),
		      "config file: %s does not exist (not needed when GANDI_API_KEY is set)",
		      ctx->config_path);
		return;
	}
	if (cfg->load_error) {
		snprintf(fix, sizeof(fix), "fix: correct the file (TOML: key = \"value\"), then run "
			 "gandi doctor again");
		check(r, "config", ST_FAIL, fix, json_pack("{ss}", "path", cfg->path),
		      "config file: %s", cfg->load_error);
		fail_code(r, EXIT_USAGE);
		return;
	}
	check(r, "config", ST_OK, NULL, json_pack("{sssi}", "path", cfg->path, "mode",
						  (int)(cfg->st.st_mode & 07777)),
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

static bool check_token(struct report *r)
{
	struct ctx *ctx = r->ctx;
	char where[1200], fix[2400];
	if (ctx->profile.value)
		check(r, "profile", ST_INFO, NULL, json_pack("{ss}", "profile", ctx->profile.value),
		      "profile: %s (from %s)", ctx->profile.value,
		      ctx->profile.src == SRC_FLAG  ? "--profile"
		      : ctx->profile.src == SRC_ENV ? "GANDI_PROFILE"
						    : "default_profile");
	if (!ctx->token) {
		snprintf(fix, sizeof(fix),
			 "fix: 1. create a Personal Access Token at %s (Account > Personal Access "
			 "Tokens > Create)\n     2. export GANDI_API_KEY=\"...\", or api_key = \"...\" "
			 "in %s (gandi config set api_key)\n     3. run gandi doctor again",
			 dashboard_url(ctx), ctx->config_path);
		check(r, "token", ST_FAIL, fix, json_pack("{sn}", "source"),
		      "token: none found (GANDI_API_KEY is not set, and the config file has no "
		      "api_key)");
		fail_code(r, EXIT_AUTH);
		return false;
	}
	const char *src = secret_source(ctx->token) == SRC_ENV ? "env" : "file";
	check(r, "token", ST_OK, NULL,
	      json_pack("{ssssss}", "source", src, "origin", secret_origin(ctx->token), "token",
			secret_masked(ctx->token)),
	      "token: %s from %s", secret_masked(ctx->token),
	      src_phrase(ctx->token, where, sizeof(where)));
	if (secret_source(ctx->token) == SRC_ENV) {
		struct secret *file = config_file_token(ctx);
		if (file && !secret_equal(file, ctx->token)) {
			snprintf(fix, sizeof(fix),
				 "fix: unset GANDI_API_KEY to use the file's, or update the file: "
				 "gandi config set api_key");
			check(r, "token_conflict", ST_WARN, fix,
			      json_pack("{ss}", "file_token", secret_masked(file)),
			      "GANDI_API_KEY and %s hold different tokens (%s); the variable "
			      "silently wins", secret_origin(file), secret_masked(file));
		}
		secret_free(file);
	}
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
	return true;
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
				     ? " (not used now: the API URL is plain http:// to this machine)"
				     : "";
	http_ca(ctx, &ca);
	json_t *extra = json_pack("{ssss*ss*}", "source", ca.source, "file", ca.file, "dir",
				  ca.dir);
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
	struct http_response resp;
	char *url = api_url(ctx, "/");
	struct http_request req = {.method = "GET", .url = url, .auth = false};
	const char *kind = endpoint_kind(ctx->api_url.value);
	bool ok;
	int rc = http_send(ctx, &req, &resp);
	if (rc) {
		char fix[1200];
		snprintf(fix, sizeof(fix), "fix: check the network and the URL%s",
			 strcmp(kind, "custom") == 0 ? " (api_url, --api-url, GANDI_API_URL)" : "");
		check(r, "endpoint", ST_FAIL, fix,
		      json_pack("{ssss}", "url", ctx->api_url.value, "kind", kind),
		      "endpoint: %s (%s) unreachable: %s", ctx->api_url.value, kind,
		      ctx->err.message ? ctx->err.message : "no answer");
		error_clear(&ctx->err);
		fail_code(r, EXIT_NETWORK);
		ok = false;
	} else {
		double tls = resp.t_tls > resp.t_connect ? resp.t_tls - resp.t_connect : 0;
		bool https = str_starts(ctx->api_url.value, "https:");
		check(r, "endpoint", ST_OK, NULL,
		      json_pack("{sssssfsf}", "url", ctx->api_url.value, "kind", kind,
				"connect_ms", resp.t_connect * 1000, "tls_ms", tls * 1000),
		      https ? "endpoint: %s (%s), connect %.0f ms, TLS %.0f ms"
			    : "endpoint: %s (%s), connect %.0f ms, no TLS (loopback)",
		      ctx->api_url.value, kind, resp.t_connect * 1000, tls * 1000);
		ok = true;
	}
	http_response_free(&resp);
	free(url);
	return ok;
}

/* "dns list, dns set..." or "dns *" for what a scope unlocks. */
static char *unlocked(const char *scope)
{
	struct buf b = {0};
	for (size_t i = 0; commands[i]; i++) {
		const struct cmd *c = commands[i];
		if (!c->scope || strcmp(c->scope, scope) != 0 || (c->flags & CMD_HIDDEN))
			continue;
		bool whole = true;
		for (size_t j = 0; commands[j]; j++)
			if (strcmp(commands[j]->noun, c->noun) == 0 &&
			    (!commands[j]->scope || strcmp(commands[j]->scope, scope) != 0))
				whole = false;
		char item[80];
		snprintf(item, sizeof(item), whole ? "%s *" : "%s", whole ? c->noun : cmd_name(c));
		if (!strstr(buf_str(&b), item))
			buf_printf(&b, "%s%s", b.len ? ", " : "", item);
	}
	return buf_detach(&b);
}

static void check_scopes(struct report *r, const struct tokeninfo *ti)
{
	static const char *known[] = {"domain:view", "domain:renew", "domain:tech"};
	struct ctx *ctx = r->ctx;
	json_t *granted = json_object();
	for (size_t i = 0; i < 3; i++) {
		bool has = tokeninfo_has_scope(ti, known[i]);
		char *cmds = unlocked(known[i]);
		json_object_set_new(granted, known[i], json_boolean(has));
		if (!ctx->json)
			printf("  %s%s%s %-13s %s%s%s\n", has ? style_green(ctx) : style_dim(ctx),
			       symbol(ctx, has ? ST_OK : ST_ABSENT), style_reset(ctx), known[i],
			       scope_label(known[i]), cmds[0] ? ": " : "", cmds);
		free(cmds);
	}
	json_t *other = json_array();
	struct buf others = {0};
	for (size_t i = 0; i < ti->nscopes; i++) {
		bool is_known = false;
		for (size_t k = 0; k < 3; k++)
			if (strcmp(ti->scopes[i], known[k]) == 0)
				is_known = true;
		if (is_known)
			continue;
		json_array_append_new(other, json_string(ti->scopes[i]));
		buf_printf(&others, "%s%s", others.len ? ", " : "", ti->scopes[i]);
	}
	if (!ctx->json && others.len) {
		char *safe = out_safe(ctx, buf_str(&others));
		printf("  other scopes: %s\n", safe);
		free(safe);
	}
	json_t *last = json_array_get(r->checks, json_array_size(r->checks) - 1);
	json_object_set_new(last, "scopes", granted);
	json_object_set_new(last, "other_scopes", other);
	buf_free(&others);
}

/* Returns whether Gandi accepted the token. */
static bool check_accepted(struct report *r)
{
	bool accepted = false;
	struct ctx *ctx = r->ctx;
	struct http_response resp;
	struct decoder d = {.what = "tokeninfo"};
	struct tokeninfo ti = {0};
	json_t *j = NULL;
	char fix[2400];
	char *url = id_url(ctx, "/tokeninfo");
	struct http_request req = {.method = "GET", .url = url, .auth = true};

	if (secret_is_apikey(ctx->token)) {
		free(url);
		url = api_url(ctx, "/domain/domains?per_page=1");
		req.url = url;
	}
	int rc = http_send(ctx, &req, &resp);
	if (rc) {
		check(r, "token_accepted", ST_FAIL, "fix: check the network, then run gandi doctor "
		      "again", NULL, "token: could not be checked: %s", ctx->err.message);
		error_clear(&ctx->err);
		fail_code(r, EXIT_NETWORK);
		goto out;
	}
	if (resp.status == 401 || resp.status == 403) {
		snprintf(fix, sizeof(fix),
			 "usual causes: expired, mistyped or partly pasted, or made for the other "
			 "environment (sandbox/production)\nfix: create a token at %s (Account > "
			 "Personal Access Tokens > Create) and replace it in %s",
			 dashboard_url(ctx),
			 secret_source(ctx->token) == SRC_ENV ? "GANDI_API_KEY" : ctx->config_path);
		check(r, "token_accepted", ST_FAIL, fix, json_pack("{si}", "http_status", (int)resp.status),
		      "token: Gandi rejects %s (HTTP %ld)", secret_masked(ctx->token), resp.status);
		fail_code(r, EXIT_AUTH);
		goto out;
	}
	if (resp.status < 200 || resp.status > 299) {
		check(r, "token_accepted", ST_FAIL, "fix: retry later; if it persists, check Gandi's "
		      "status page", json_pack("{si}", "http_status", (int)resp.status),
		      "token: could not be checked: HTTP %ld from %s", resp.status, url);
		fail_code(r, EXIT_ERROR);
		goto out;
	}
	if (secret_is_apikey(ctx->token)) {
		check(r, "token_accepted", ST_WARN,
		      "fix: Gandi deprecated API keys in 2023; create a Personal Access Token and "
		      "use it instead", json_pack("{ss}", "kind", "apikey"),
		      "token: accepted, but it is a legacy API key (it cannot be introspected: no "
		      "name, scopes or expiry to show)");
		accepted = true;
		goto out;
	}
	json_error_t jerr;
	j = json_loadb(resp.body.data ? resp.body.data : "", resp.body.len, 0, &jerr);
	if (!j || !decode_tokeninfo(&d, j, &ti)) {
		check(r, "token_accepted", ST_FAIL, NULL, NULL,
		      "token: Gandi's tokeninfo answer could not be read: %s",
		      d.error ? d.error : jerr.text);
		fail_code(r, EXIT_ERROR);
		goto out;
	}
	json_t *info = json_pack("{sssi}", "name", ti.name ? ti.name : "", "entities",
				 (int)ti.nentities);
	if (ti.has_expiry) {
		json_object_set_new(info, "expires_in", json_integer(ti.expires_in));
		char date[11];
		format_date(time(NULL) + (time_t)ti.expires_in, date);
		json_object_set_new(info, "expires_at", json_string(date));
		char *span = format_span(ti.expires_in);
		enum status st = ti.expires_in <= 0 ? ST_FAIL
				 : ti.expires_in < 14 * 86400 ? ST_WARN
							      : ST_OK;
		const char *fixp = NULL;
		if (st != ST_OK) {
			snprintf(fix, sizeof(fix), "fix: %s at %s (Account > Personal Access Tokens), "
				 "then replace it in %s", st == ST_FAIL ? "create a new token" :
				 "renew it (gandi token renew) or create a new one",
				 dashboard_url(ctx),
				 secret_source(ctx->token) == SRC_ENV ? "GANDI_API_KEY"
								      : ctx->config_path);
			fixp = fix;
		}
		if (ti.expires_in <= 0)
			check(r, "token_accepted", st, fixp, info,
			      "token: \"%s\" has expired (%s)", ti.name ? ti.name : "?", date);
		else
			check(r, "token_accepted", st, fixp, info,
			      "token: \"%s\" accepted, expires in %s (%s), covers %zu %s",
			      ti.name ? ti.name : "?", span, date, ti.nentities,
			      ti.nentities == 1 ? "entity" : "entities");
		if (st == ST_FAIL)
			fail_code(r, EXIT_AUTH);
		free(span);
	} else {
		check(r, "token_accepted", ST_OK, NULL, info,
		      "token: \"%s\" accepted, no expiry given, covers %zu %s",
		      ti.name ? ti.name : "?", ti.nentities, ti.nentities == 1 ? "entity" : "entities");
	}
	check_scopes(r, &ti);
	accepted = !ti.has_expiry || ti.expires_in > 0;
out:
	tokeninfo_free(&ti);
	decoder_free(&d);
	json_decref(j);
	http_response_free(&resp);
	free(url);
	return accepted;
}

static void check_orgs(struct report *r)
{
	json_t *orgs = NULL;
	if (orgs_read(r->ctx, true, &orgs) != 0) {
		check(r, "organizations", ST_INFO, NULL, NULL,
		      "organizations: this token cannot list them (the dashboard's \"View "
		      "organization\" permission)");
		return;
	}
	char *text = orgs_text(orgs);
	check(r, "organizations", ST_INFO, NULL, json_pack("{sO}", "organizations", orgs),
	      "organizations this token can see: %s", json_array_size(orgs) ? text : "none");
	free(text);
	json_decref(orgs);
}

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	struct report r = {.ctx = ctx, .checks = json_array()};

	check_config(&r);
	bool have_token = check_token(&r);
	check_ca(&r);
	bool reachable = check_endpoint(&r);
	if (have_token && reachable && check_accepted(&r))
		check_orgs(&r);

	if (ctx->json) {
		json_t *o = json_pack("{sOs{sisisi}}", "checks", r.checks, "summary", "ok", r.ok,
				      "warnings", r.warnings, "failures", r.failures);
		out_json(ctx, o);
		json_decref(o);
	} else {
		printf("\n%d ok, %d warning%s, %d failure%s\n", r.ok, r.warnings,
		       r.warnings == 1 ? "" : "s", r.failures, r.failures == 1 ? "" : "s");
	}
	json_decref(r.checks);
	if (r.failures)
		return error_silent(ctx, r.exit_code ? r.exit_code : EXIT_ERROR);
	return 0;
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
	.max_args = 0,
	.flags = CMD_OWN_CONFIG | CMD_NET,
	.exec = run,
};
