#include "config/config.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "error.h"
#include "output/output.h"
#include "config/credential.h"
#include "config/secret.h"
#include "util.h"
#include "xalloc.h"

const struct setting_def setting_defs[] = {
	{"api_key", "GANDI_API_KEY", NULL, SET_STRING, true, true, NULL,
	 "the Personal Access Token (never taken from the command line)"},
	{"api_key_command", NULL, NULL, SET_STRING, false, true, NULL,
	 "a command whose first line of output is the token (run by /bin/sh -c)"},
	{"api_key_command_timeout", NULL, NULL, SET_SECONDS, false, true, "30",
	 "seconds api_key_command may take"},
	{"api_url", "GANDI_API_URL", "--api-url", SET_URL, false, true, DEFAULT_API_URL,
	 "the API's base URL (--sandbox: " SANDBOX_API_URL ")"},
	{"id_url", "GANDI_ID_URL", "--id-url", SET_URL, false, true, DEFAULT_ID_URL,
	 "Gandi ID's base URL, where tokeninfo lives"},
	{"sharing_id", "GANDI_SHARING_ID", "--sharing-id", SET_STRING, false, true, NULL,
	 "the organization to act for (its id, or its name as org list shows it)"},
	{"timeout", NULL, "--timeout", SET_SECONDS, false, true, "60",
	 "seconds allowed for one request, its retries included"},
	{"deadline", NULL, "--deadline", SET_SECONDS, false, true, DEFAULT_DEADLINE,
	 "seconds allowed for all the requests of a command (not the browser)"},
	{"retries", NULL, "--retries", SET_COUNT, false, true, "4",
	 "attempts for a request that can safely be repeated"},
	{"cacert", NULL, "--cacert", SET_FILE, false, true, NULL,
	 "a file of CA certificates to trust instead of the system's"},
	{"nameservers", "GANDI_NAMESERVERS", "--nameserver", SET_STRING, false, true, NULL,
	 "the servers dns wait asks, HOST[:PORT] separated by commas or blanks (default: the "
	 "zone's LiveDNS nameservers)"},
	{"wait_timeout", "GANDI_WAIT_TIMEOUT", NULL, SET_SECONDS, false, true, "120",
	 "seconds dns wait, --wait and the ACME hooks wait for the nameservers"},
	{"default_profile", NULL, NULL, SET_STRING, false, false, NULL,
	 "the profile used when neither --profile nor GANDI_PROFILE names one"},
	{0},
};

const struct setting_def *setting_find(const char *key)
{
	for (const struct setting_def *d = setting_defs; d->key; d++)
		if (strcmp(d->key, key) == 0)
			return d;
	return NULL;
}

const char *source_name(enum source src)
{
	switch (src) {
	case SRC_FLAG:
		return "flag";
	case SRC_ENV:
		return "env";
	case SRC_PROFILE:
		return "profile";
	case SRC_FILE:
		return "file";
	default:
		return "default";
	}
}

struct setting *config_setting(struct ctx *ctx, const char *key)
{
	if (strcmp(key, "api_url") == 0)
		return &ctx->api_url;
	if (strcmp(key, "id_url") == 0)
		return &ctx->id_url;
	if (strcmp(key, "sharing_id") == 0)
		return &ctx->sharing_id;
	if (strcmp(key, "timeout") == 0)
		return &ctx->timeout;
	if (strcmp(key, "deadline") == 0)
		return &ctx->deadline;
	if (strcmp(key, "retries") == 0)
		return &ctx->retries;
	if (strcmp(key, "cacert") == 0)
		return &ctx->cacert;
	if (strcmp(key, "nameservers") == 0)
		return &ctx->nameservers;
	if (strcmp(key, "wait_timeout") == 0)
		return &ctx->wait_timeout;
	if (strcmp(key, "api_key_command_timeout") == 0)
		return &ctx->command_timeout;
	return NULL;
}

static const char *nonempty_env(const char *name)
{
	const char *v = name ? getenv(name) : NULL;
	return v && *v ? v : NULL;
}

char *config_locate(const char *flag_path, enum source *src)
{
	const char *v;
	if (flag_path) {
		*src = SRC_FLAG;
		return xstrdup(flag_path);
	}
	if ((v = nonempty_env("GANDI_CONFIG"))) {
		*src = SRC_ENV;
		return xstrdup(v);
	}
	*src = SRC_DEFAULT;
	if ((v = nonempty_env("XDG_CONFIG_HOME")) && v[0] == '/')
		return xasprintf("%s/gandi/config.toml", v);
	const char *home = nonempty_env("HOME");
	if (!home) {
		struct passwd *pw = getpwuid(getuid());
		home = pw && pw->pw_dir ? pw->pw_dir : "/";
	}
	return xasprintf("%s/.config/gandi/config.toml", home);
}

void config_free(struct config *cfg)
{
	if (!cfg)
		return;
	free(cfg->path);
	buf_wipe(&cfg->text);
	toml_free(cfg->root);
	free(cfg->load_error);
	free(cfg->load_detail);
	free(cfg);
}

static const char *nearest_key(const char *key, bool in_profile)
{
	const char *best = NULL;
	size_t best_d = 3;
	for (const struct setting_def *d = setting_defs; d->key; d++) {
		if (in_profile && !d->in_profile)
			continue;
		size_t dist = edit_distance(key, d->key);
		if (dist < best_d) {
			best_d = dist;
			best = d->key;
		}
	}
	if (!in_profile && edit_distance(key, "profiles") < best_d)
		best = "profiles";
	return best;
}

static int type_error(struct ctx *ctx, struct config *cfg, const struct toml_kv *kv,
		      const char *want)
{
	error_set(ctx, EXIT_USAGE, "config", "'%s' line %d, column %d: '%s' must be %s, not %s",
		  cfg->path, kv->line, kv->col, kv->key, want,
		  toml_type_name(kv->value->type));
	cfg->load_error = xstrdup(ctx->err.message);
	cfg->load_code = EXIT_USAGE;
	return EXIT_USAGE;
}

/* Check one key of the top level or of a profile table. */
static int check_key(struct ctx *ctx, struct config *cfg, const struct toml_kv *kv,
		     const char *profile)
{
	const struct setting_def *d = setting_find(kv->key);
	enum toml_type t = kv->value->type;
	if (!d || (profile && !d->in_profile)) {
		const char *near = nearest_key(kv->key, profile != NULL);
		if (profile)
			warn(ctx, "unknown key '%s' in [profiles.%s] of '%s' line %d is ignored%s%s%s",
			     kv->key, profile, cfg->path, kv->line, near ? " (did you mean '" : "",
			     near ? near : "", near ? "'?)" : "");
		else
			warn(ctx, "unknown key '%s' in '%s' line %d is ignored%s%s%s", kv->key,
			     cfg->path, kv->line, near ? " (did you mean '" : "", near ? near : "",
			     near ? "'?)" : "");
		return 0;
	}
	switch (d->type) {
	case SET_STRING:
	case SET_URL:
	case SET_FILE:
		if (t != TOML_STRING)
			return type_error(ctx, cfg, kv, "a string");
		break;
	case SET_SECONDS:
		if (t != TOML_INTEGER && t != TOML_FLOAT)
			return type_error(ctx, cfg, kv, "a number of seconds");
		break;
	case SET_COUNT:
		if (t != TOML_INTEGER)
			return type_error(ctx, cfg, kv, "a whole number");
		break;
	}
	return 0;
}

static int check_config(struct ctx *ctx, struct config *cfg)
{
	const struct toml_value *root = cfg->root;
	for (size_t i = 0; i < root->u.table.len; i++) {
		const struct toml_kv *kv = &root->u.table.items[i];
		if (strcmp(kv->key, "profiles") != 0) {
			if (check_key(ctx, cfg, kv, NULL))
				return EXIT_USAGE;
			continue;
		}
		if (kv->value->type != TOML_TABLE)
			return type_error(ctx, cfg, kv, "a table of [profiles.NAME] tables");
		const struct toml_value *profiles = kv->value;
		for (size_t j = 0; j < profiles->u.table.len; j++) {
			const struct toml_kv *p = &profiles->u.table.items[j];
			if (p->value->type != TOML_TABLE)
				return type_error(ctx, cfg, p, "a table");
			for (size_t k = 0; k < p->value->u.table.len; k++)
				if (check_key(ctx, cfg, &p->value->u.table.items[k], p->key))
					return EXIT_USAGE;
		}
	}
	return 0;
}

int config_load(struct ctx *ctx, const char *path, struct config **out)
{
	struct config *cfg = xcalloc(1, sizeof(*cfg));
	struct toml_error terr;
	int rc = 0;
	cfg->path = xstrdup(path);
	*out = cfg;
	if (stat(path, &cfg->st) != 0) {
		if (errno == ENOENT)
			return 0;
		rc = error_set(ctx, EXIT_ERROR, "config", "cannot read '%s': %s", path,
			       strerror(errno));
		goto fail;
	}
	cfg->exists = true;
	int e = read_file(path, CONFIG_MAX, &cfg->text);
	if (e) {
		char *why = file_error(path, e, CONFIG_MAX);
		bool bad_kind = e == EISDIR || e == FILE_NOT_REGULAR || e == FILE_TOO_BIG;
		rc = error_set(ctx, bad_kind ? EXIT_USAGE : EXIT_ERROR, "config",
			       "cannot read '%s': %s", path, why);
		free(why);
		if (e == EACCES)
			error_detail(ctx, "hint: make it readable by you: chmod 600 '%s'\n", path);
		else if (e == EISDIR || e == FILE_NOT_REGULAR)
			error_detail(ctx, "hint: the config is a regular file; to run without one, "
					  "name a path where nothing exists\n");
		else if (e == FILE_TOO_BIG)
			error_detail(ctx, "hint: is '%s' really gandi's config file?\n", path);
		goto fail;
	}
	cfg->root = toml_parse(cfg->text.data ? cfg->text.data : "", cfg->text.len, &terr);
	if (!cfg->root) {
		rc = error_set(ctx, EXIT_USAGE, "config", "'%s' line %d, column %d: %s", path,
			       terr.line, terr.col, terr.msg);
		error_detail(ctx, "hint: fix that line (the file is TOML: key = \"value\")\n");
		error_field(ctx, "file", jv_str(path));
		error_field(ctx, "line", jv_int(terr.line));
		error_field(ctx, "column", jv_int(terr.col));
		goto fail;
	}
	rc = check_config(ctx, cfg);
	if (rc)
		goto fail;
	return 0;
fail:
	if (!cfg->load_error)
		cfg->load_error = xstrdup(ctx->err.message ? ctx->err.message : "unusable");
	cfg->load_code = rc;
	if (ctx->err.detail && !cfg->load_detail)
		cfg->load_detail = xstrdup(ctx->err.detail);
	return rc;
}

const struct toml_kv *config_lookup(const struct config *cfg, const char *profile,
				    const char *key)
{
	if (!cfg || !cfg->root || cfg->load_error)
		return NULL;
	const struct toml_value *tbl = cfg->root;
	if (profile) {
		tbl = toml_get(toml_get(tbl, "profiles"), profile);
		if (!tbl || tbl->type != TOML_TABLE)
			return NULL;
	}
	return toml_get_kv(tbl, key);
}

const char **config_profiles(const struct config *cfg)
{
	const struct toml_value *p = cfg && cfg->root && !cfg->load_error
					     ? toml_get(cfg->root, "profiles")
					     : NULL;
	size_t n = p && p->type == TOML_TABLE ? p->u.table.len : 0;
	const char **names = xcalloc(n + 1, sizeof(*names));
	for (size_t i = 0; i < n; i++)
		names[i] = p->u.table.items[i].key;
	return names;
}

static char *value_text(const struct toml_value *v)
{
	switch (v->type) {
	case TOML_STRING:
		return xstrdup(v->u.s.ptr);
	case TOML_INTEGER:
		return xasprintf("%lld", (long long)v->u.i);
	case TOML_FLOAT:
		return xasprintf("%g", v->u.f);
	default:
		return NULL;
	}
}

static void setting_assign(struct setting *s, const char *value, enum source src,
			   const char *origin)
{
	free(s->value);
	free(s->origin);
	s->value = value ? xstrdup(value) : NULL;
	s->src = src;
	s->origin = origin ? xstrdup(origin) : NULL;
}

int setting_check(struct ctx *ctx, const struct setting_def *def, const char *value,
		  const char *where)
{
	char *scheme = NULL, *host = NULL, *end = NULL;
	int rc = 0;
	switch (def->type) {
	case SET_URL:
		if (!url_parse(value, &scheme, &host, NULL)) {
			rc = usage_error(ctx, "%s '%s' from %s is not an http(s) URL", def->key,
					 value, where);
			error_detail(ctx, "hint: write it like %s\n", def->def);
		} else if (strcmp(scheme, "http") == 0 && !host_is_loopback(host)) {
			rc = usage_error(ctx, "%s '%s' from %s uses plain http:// to '%s'", def->key,
					 value, where, host);
			error_detail(ctx, "the token would cross the network unencrypted; plain "
					  "http:// is accepted only for this machine (127.0.0.1, "
					  "localhost, ::1)\nhint: use https://%s\n", host);
		}
		break;
	case SET_SECONDS: {
		double d = strtod(value, &end);
		if (end == value || *end || !(d > 0) || d > 86400)
			rc = usage_error(ctx, "%s '%s' from %s is not a number of seconds above 0 "
					      "and at most 86400", def->key, value, where);
		break;
	}
	case SET_COUNT: {
		long n = strtol(value, &end, 10);
		if (end == value || *end || n < 1 || n > 20)
			rc = usage_error(ctx, "%s '%s' from %s is not a whole number from 1 to 20",
					 def->key, value, where);
		break;
	}
	case SET_STRING:
		if (!*value)
			rc = usage_error(ctx, "%s from %s is empty", def->key, where);
		break;
	case SET_FILE: {
		struct stat st;
		int e = stat(value, &st) != 0 ? errno
			: S_ISDIR(st.st_mode)  ? EISDIR
			: !S_ISREG(st.st_mode) ? FILE_NOT_REGULAR
			: access(value, R_OK) != 0 ? errno
						   : 0;
		if (e) {
			char *why = file_error(value, e, 0);
			rc = usage_error(ctx, "cannot read %s '%s' (from %s): %s", def->key, value,
					 where, why);
			free(why);
		}
		break;
	}
	}
	free(scheme);
	free(host);
	return rc;
}

static const char *source_where(enum source src, const char *origin, struct buf *b)
{
	buf_reset(b);
	switch (src) {
	case SRC_FLAG:
		buf_printf(b, "%s", origin);
		break;
	case SRC_ENV:
		buf_printf(b, "the variable %s", origin);
		break;
	case SRC_FILE:
	case SRC_PROFILE:
		buf_printf(b, "'%s'", origin);
		break;
	case SRC_DEFAULT:
		buf_adds(b, "the default");
		break;
	}
	return buf_str(b);
}

static int choose_profile(struct ctx *ctx)
{
	const char *v;
	if (!ctx->profile.value) {
		if ((v = nonempty_env("GANDI_PROFILE"))) {
			setting_assign(&ctx->profile, v, SRC_ENV, "GANDI_PROFILE");
		} else {
			const struct toml_kv *kv = config_lookup(ctx->config, NULL, "default_profile");
			if (kv && kv->value->type == TOML_STRING)
				setting_assign(&ctx->profile, kv->value->u.s.ptr, SRC_FILE,
					       ctx->config_path);
		}
	}
	if (!ctx->profile.value)
		return 0;
	const struct toml_value *p =
		ctx->config && ctx->config->root
			? toml_get(toml_get(ctx->config->root, "profiles"), ctx->profile.value)
			: NULL;
	if (p)
		return 0;
	struct buf where = {0};
	usage_error(ctx, "profile '%s' (from %s) is not defined in '%s'", ctx->profile.value,
		    source_where(ctx->profile.src, ctx->profile.origin, &where), ctx->config_path);
	const char **names = config_profiles(ctx->config);
	if (names[0]) {
		struct buf list = {0};
		for (size_t i = 0; names[i]; i++)
			buf_printf(&list, "%s%s", i ? ", " : "", names[i]);
		error_detail(ctx, "profiles defined there: %s\n", buf_str(&list));
		buf_free(&list);
	}
	error_detail(ctx, "hint: add it with: gandi config set --profile %s api_key\n",
		     ctx->profile.value);
	free(names);
	buf_free(&where);
	return EXIT_USAGE;
}

int config_resolve(struct ctx *ctx)
{
	struct buf where = {0};
	int rc = choose_profile(ctx);
	if (rc)
		goto out;
	for (const struct setting_def *d = setting_defs; d->key; d++) {
		struct setting *s = config_setting(ctx, d->key);
		const char *v;
		const struct toml_kv *kv;
		if (!s)
			continue;
		if (!s->value) {
			if ((v = nonempty_env(d->env))) {
				setting_assign(s, v, SRC_ENV, d->env);
			} else if (ctx->profile.value && d->in_profile &&
				   (kv = config_lookup(ctx->config, ctx->profile.value, d->key))) {
				char *text = value_text(kv->value);
				char *origin = xasprintf("%s [profiles.%s]", ctx->config_path,
							 ctx->profile.value);
				setting_assign(s, text, SRC_PROFILE, origin);
				free(text);
				free(origin);
			} else if ((kv = config_lookup(ctx->config, NULL, d->key))) {
				char *text = value_text(kv->value);
				setting_assign(s, text, SRC_FILE, ctx->config_path);
				free(text);
			} else if (d->def) {
				setting_assign(s, d->def, SRC_DEFAULT, NULL);
			}
		}
		if (s->value && s->src != SRC_DEFAULT && !rc)
			rc = setting_check(ctx, d, s->value, source_where(s->src, s->origin, &where));
	}

	/* the places that hold a token; the token itself is read when a command needs it */
	int found = creds_find(ctx);
	if (!rc)
		rc = found;
out:
	buf_free(&where);
	return rc;
}

/* ---- editing ---------------------------------------------------------- */

#define LOCK_WAIT_MS 5000L /* an edit takes milliseconds: a lock held longer is stuck */
#define LOCK_POLL_MS 10L
#define NO_LOCK (-2)

/* The TOML spelling of a value for a setting. */
static char *render_value(const struct setting_def *d, const char *value)
{
	if (d->type == SET_SECONDS || d->type == SET_COUNT)
		return xstrdup(value);
	struct buf b = {0};
	buf_addc(&b, '"');
	for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
		if (*p == '"' || *p == '\\')
			buf_printf(&b, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			buf_printf(&b, "\\u%04x", *p);
		else
			buf_addc(&b, (char)*p);
	}
	buf_addc(&b, '"');
	return buf_detach(&b);
}

static size_t line_start(const char *text, size_t off)
{
	while (off > 0 && text[off - 1] != '\n')
		off--;
	return off;
}

static size_t line_end(const char *text, size_t len, size_t off)
{
	while (off < len && text[off] != '\n')
		off++;
	return off < len ? off + 1 : len;
}

static bool bare_key(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
			return false;
	return true;
}

static char *profile_header(const char *profile)
{
	if (bare_key(profile))
		return xasprintf("[profiles.%s]", profile);
	struct setting_def quoted = {.type = SET_STRING};
	char *q = render_value(&quoted, profile);
	char *h = xasprintf("[profiles.%s]", q);
	free(q);
	return h;
}

/* Whether the byte at off starts a [table] or [[array]] header line. */
static bool is_header(const char *text, size_t off)
{
	size_t i = line_start(text, off);
	while (text[i] == ' ' || text[i] == '\t')
		i++;
	return text[i] == '[';
}

/*
 * Build the edited text into out, working on the byte spans the parser
 * recorded. Returns 0 or an exit code with ctx->err set.
 */
static int edit_text(struct ctx *ctx, const struct config *cfg, const char *profile,
		     const struct setting_def *d, const char *value, struct buf *out,
		     bool *changed)
{
	const char *text = buf_str(&cfg->text);
	size_t len = cfg->text.len;
	const struct toml_value *root = cfg->root;
	const struct toml_value *tbl = root;
	char *rendered = value ? render_value(d, value) : NULL;
	const char *nl = memchr(text, '\r', len) ? "\r\n" : "\n";
	int rc = 0;
	*changed = true;

	if (profile && root)
		tbl = toml_get(toml_get(root, "profiles"), profile);
	const struct toml_kv *kv = tbl ? toml_get_kv(tbl, d->key) : NULL;

	if (kv) {
		const struct toml_value *v = kv->value;
		if (v->type == TOML_TABLE || v->type == TOML_ARRAY) {
			rc = error_set(ctx, EXIT_USAGE, "config",
				       "cannot edit '%s' at '%s' line %d: it is not a single value",
				       d->key, cfg->path, kv->line);
			goto out;
		}
		if (rendered) {
			buf_add(out, text, v->start);
			buf_adds(out, rendered);
			buf_add(out, text + v->end, len - v->end);
		} else {
			/* the whole line(s) of the key, with its comment */
			size_t from = line_start(text, kv->offset);
			size_t to = line_end(text, len, v->end > 0 ? v->end - 1 : v->end);
			buf_add(out, text, from);
			buf_add(out, text + to, len - to);
		}
		goto out;
	}
	if (!rendered) {
		*changed = false;
		buf_add(out, text, len);
		goto out;
	}
	size_t at;
	if (!profile) {
		/* before the first top-level key, or after the leading comments */
		bool found = false;
		at = 0;
		for (size_t i = 0; root && i < root->u.table.len; i++) {
			const struct toml_kv *k = &root->u.table.items[i];
			if (is_header(text, k->offset))
				continue;
			size_t ls = line_start(text, k->offset);
			if (!found || ls < at)
				at = ls;
			found = true;
		}
		if (!found) {
			at = 0;
			while (at < len) {
				size_t i = at;
				while (i < len && (text[i] == ' ' || text[i] == '\t'))
					i++;
				if (i < len && text[i] != '#' && text[i] != '\n' && text[i] != '\r')
					break;
				at = line_end(text, len, at);
			}
		}
	} else if (tbl) {
		if (tbl->type != TOML_TABLE || !is_header(text, tbl->start)) {
			rc = error_set(ctx, EXIT_USAGE, "config",
				       "cannot add '%s' to profile '%s': it is not written as a "
				       "[profiles.%s] table in '%s'", d->key, profile, profile,
				       cfg->path);
			error_detail(ctx, "hint: edit the file by hand\n");
			goto out;
		}
		at = line_end(text, len, tbl->start);
	} else {
		char *header = profile_header(profile);
		buf_add(out, text, len);
		if (len > 0 && text[len - 1] != '\n')
			buf_adds(out, nl);
		if (len > 0)
			buf_adds(out, nl);
		buf_printf(out, "%s%s%s = %s%s", header, nl, d->key, rendered, nl);
		free(header);
		goto out;
	}
	buf_add(out, text, at);
	if (at > 0 && text[at - 1] != '\n')
		buf_adds(out, nl);
	buf_printf(out, "%s = %s%s", d->key, rendered, nl);
	buf_add(out, text + at, len - at);
out:
	if (rendered) {
		wipe(rendered, strlen(rendered));
		free(rendered);
	}
	return rc;
}

/* Parse the edited text and make sure it says what was meant. */
static bool edit_verified(const struct buf *text, const char *profile, const char *key,
			  const char *value, struct toml_error *terr)
{
	struct toml_value *root = toml_parse(buf_str(text), text->len, terr);
	bool ok = false;
	if (!root)
		return false;
	const struct toml_value *tbl = profile ? toml_get(toml_get(root, "profiles"), profile) : root;
	const struct toml_value *v = tbl ? toml_get(tbl, key) : NULL;
	if (!value) {
		ok = v == NULL;
	} else if (v) {
		char *got = value_text(v);
		ok = got && strcmp(got, value) == 0;
		if (got) {
			wipe(got, strlen(got));
			free(got);
		}
	}
	toml_free(root);
	return ok;
}

/*
 * Take the lock that serialises gandi's edits of a config file: flock() on
 * the folder that holds the real file. Not on the file itself, which each
 * edit replaces by a rename (a lock on the replaced file would not stop the
 * next writer), and not on a lock file, which would be left beside the
 * config (in a dotfiles repository, say). Returns the locked descriptor;
 * NO_LOCK, after a warning, where the folder cannot be locked at all (a file
 * system without flock(), a folder gandi may write but not read); or -1 with
 * ctx->err set when another program holds the lock for too long.
 */
static int lock_config(struct ctx *ctx, const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int e = fd < 0 ? errno : 0;
	for (long waited = 0; !e; waited += LOCK_POLL_MS) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return fd;
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK) {
			e = errno;
			break;
		}
		if (waited >= LOCK_WAIT_MS) {
			error_set(ctx, EXIT_ERROR, "config", "cannot edit '%s': another program has "
				  "held the lock on its folder for %ld s", ctx->config_path,
				  LOCK_WAIT_MS / 1000);
			error_detail(ctx, "nothing was written; gandi locks the folder '%s' "
					  "(flock) while it edits the config\nhint: try again once "
					  "the other gandi is done\n", dir);
			goto fail;
		}
		usleep(LOCK_POLL_MS * 1000);
	}
	warn(ctx, "cannot lock the folder '%s' (%s): a concurrent edit of '%s' could be lost",
	     dir, strerror(e), ctx->config_path);
	if (fd >= 0)
		close(fd);
	return NO_LOCK;
fail:
	if (fd >= 0)
		close(fd);
	return -1;
}

/* Whether the file at path now says what the edit meant. */
static bool edit_landed(const char *path, const char *profile, const char *key,
			const char *value)
{
	struct buf back = {0};
	struct toml_error terr;
	bool ok = read_file(path, CONFIG_MAX, &back) == 0 &&
		  edit_verified(&back, profile, key, value, &terr);
	buf_wipe(&back);
	return ok;
}

int config_edit(struct ctx *ctx, const char *profile, const char *key, const char *value)
{
	const struct setting_def *d = setting_find(key);
	struct config *cfg = NULL;
	struct buf out = {0};
	struct toml_error terr = {.msg = ""};
	char *real = NULL, *dir = NULL;
	bool changed = false;
	int rc = 0, lock = -1, e = 0;

	if (!d)
		return usage_error(ctx, "unknown setting '%s'", key);
	if (profile && !d->in_profile)
		return usage_error(ctx, "'%s' cannot be set in a profile; set it without --profile",
				   key);
	real = path_resolve(ctx->config_path, &e);
	if (!real) {
		rc = error_set(ctx, EXIT_ERROR, "config", "cannot write '%s': %s",
			       ctx->config_path, strerror(e));
		goto out;
	}
	dir = dir_name(real);
	if ((e = mkdir_p(dir, 0700))) {
		rc = error_set(ctx, EXIT_ERROR, "config", "cannot create folder '%s': %s", dir,
			       strerror(e));
		goto out;
	}
	if (ctx->config_path_src == SRC_DEFAULT) {
		struct stat st;
		if (stat(dir, &st) == 0 && (st.st_mode & 0077))
			chmod(dir, 0700);
	}
	/* read, edit and rename under one lock: a concurrent edit is never lost */
	if ((lock = lock_config(ctx, dir)) == -1) {
		rc = ctx->err.code;
		goto out;
	}
	rc = config_load(ctx, ctx->config_path, &cfg);
	if (rc) {
		error_detail(ctx, "nothing was written: fix the file first\n");
		goto out;
	}
	rc = edit_text(ctx, cfg, profile, d, value, &out, &changed);
	if (rc || !changed)
		goto out;
	if (!edit_verified(&out, profile, key, value, &terr)) {
		rc = error_set(ctx, EXIT_ERROR, "config",
			       "cannot edit '%s' safely: the result would not read back as "
			       "intended%s%s", cfg->path, terr.msg[0] ? ": " : "", terr.msg);
		error_detail(ctx, "nothing was written; edit the file by hand\n");
		goto out;
	}
	e = write_file_atomic(cfg->path, out.data, out.len, 0600, 0);
	if (e) {
		char *why = file_error(cfg->path, e, 0);
		rc = error_set(ctx, e == FILE_NOT_REGULAR || e == EISDIR ? EXIT_USAGE : EXIT_ERROR,
			       "config", "cannot write '%s': %s", cfg->path, why);
		free(why);
		goto out;
	}
	if (!edit_landed(cfg->path, profile, key, value)) {
		rc = error_set(ctx, EXIT_ERROR, "config", "'%s' does not hold the change after "
			       "writing it: another program rewrote it meanwhile", cfg->path);
		error_detail(ctx, "hint: run the command again; 'gandi config list' shows what "
				  "the file holds\n");
		goto out;
	}
	if (cfg->exists && (cfg->st.st_mode & 0077))
		note(ctx, "permissions of '%s' tightened to 0600", cfg->path);
out:
	if (lock >= 0)
		close(lock);
	free(real);
	free(dir);
	buf_wipe(&out);
	config_free(cfg);
	return rc;
}
