#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config/config.h"
#include "error.h"
#include "util.h"
#include "xalloc.h"

const struct opt global_opts[] = {
	{"json", 0, NULL, "print JSON; errors go to stderr as one JSON object", NULL},
	{"quiet", 'q', NULL, "no messages (notes, warnings, progress): data and errors only", NULL},
	{"verbose", 'v', NULL, "trace each HTTP exchange on stderr (twice: with headers)", NULL},
	{"plain", 0, NULL, "tab-separated rows without alignment, for cut and awk", NULL},
	{"no-header", 0, NULL, "leave out the header line of tables", NULL},
	{"columns", 0, "LIST", "print only these table columns, in this order (NAME,VALUE)", NULL},
	{"jq", 0, "EXPR", "filter the JSON output through a jq expression (implies --json)", NULL},
	{"no-color", 0, NULL, "never use colour (as does NO_COLOR)", NULL},
	{"api-url", 0, "URL", "the API's base URL (GANDI_API_URL; default " DEFAULT_API_URL ")",
	 NULL},
	{"sandbox", 0, NULL, "use Gandi's sandbox, " SANDBOX_API_URL, NULL},
	{"id-url", 0, "URL", "Gandi ID's base URL, for tokeninfo (GANDI_ID_URL)", NULL},
	{"sharing-id", 0, "ID", "act for this organization, by id or name (GANDI_SHARING_ID)", NULL},
	{"config", 0, "FILE", "the config file (GANDI_CONFIG)", "file"},
	{"profile", 0, "NAME", "use the [profiles.NAME] table of the config (GANDI_PROFILE)",
	 "profiles"},
	{"timeout", 0, "SECONDS", "time allowed for one request, its retries included (default 60)",
	 NULL},
	{"deadline", 0, "SECONDS", "time allowed for all the requests of the command (default 600)",
	 NULL},
	{"retries", 0, "N", "attempts for requests that can be repeated (default 4)", NULL},
	{"cacert", 0, "FILE", "trust the CA certificates in FILE instead of the system's", "file"},
	{"help", 'h', NULL, "show help", NULL},
	{"version", 0, NULL, "print gandi's version", NULL},
	{0},
};

/* What every command that changes something takes, whether its own table lists them or not. */
const struct opt write_opts[] = {
	OPT_YES,
	OPT_DRY_RUN("change nothing: stop before the first change and show it"),
	{0},
};

const char *arg_value(const struct args *a, const char *name)
{
	for (size_t i = 0; a->opts && a->opts[i].name; i++)
		if (strcmp(a->opts[i].name, name) == 0)
			return a->values[i];
	return NULL;
}

size_t arg_values(const struct args *a, const char *name, const char *const **values)
{
	size_t n = 0;
	*values = NULL;
	for (size_t i = 0; a->opts && a->opts[i].name; i++)
		if (strcmp(a->opts[i].name, name) == 0 && a->lists && a->lists[i]) {
			*values = a->lists[i];
			n = (size_t)a->counts[i];
		}
	return n;
}

bool arg_flag(const struct args *a, const char *name)
{
	return arg_value(a, name) != NULL;
}

static const struct cmd *find_exact(const char *noun, const char *verb)
{
	for (size_t i = 0; commands[i]; i++) {
		const struct cmd *c = commands[i];
		if (strcmp(c->noun, noun) != 0)
			continue;
		if ((!verb && !c->verb) || (verb && c->verb && strcmp(c->verb, verb) == 0))
			return c;
	}
	return NULL;
}

/* The aliases every command has: a verb's last word ls is list; rm is remove, else delete. */
static const char *const verb_aliases[][2] = {
	{"ls", "list"},
	{"rm", "remove"},
	{"rm", "delete"},
};

const struct cmd *cmd_find(const char *noun, const char *verb)
{
	const struct cmd *c = find_exact(noun, verb);
	const char *last = verb ? strrchr(verb, ' ') : NULL;
	last = last ? last + 1 : verb;
	for (size_t a = 0; !c && verb && a < sizeof(verb_aliases) / sizeof(verb_aliases[0]); a++) {
		if (strcmp(last, verb_aliases[a][0]) != 0)
			continue;
		char *full = xasprintf("%.*s%s", (int)(last - verb), verb, verb_aliases[a][1]);
		c = find_exact(noun, full);
		free(full);
	}
	return c;
}

const char *cmd_alias(const struct cmd *c)
{
	static char name[64];
	const char *last = c->verb ? strrchr(c->verb, ' ') : NULL;
	last = last ? last + 1 : c->verb;
	for (size_t a = 0; last && a < sizeof(verb_aliases) / sizeof(verb_aliases[0]); a++) {
		if (strcmp(last, verb_aliases[a][1]) != 0)
			continue;
		snprintf(name, sizeof(name), "%s %.*s%s", c->noun, (int)(last - c->verb), c->verb,
			 verb_aliases[a][0]);
		/* rm is delete only where there is no remove */
		const char *verb = name + strlen(c->noun) + 1;
		return cmd_find(c->noun, verb) == c ? name : NULL;
	}
	return NULL;
}

const char *cmd_name(const struct cmd *c)
{
	static char name[64];
	snprintf(name, sizeof(name), "%s%s%s", c->noun, c->verb ? " " : "",
		 c->verb ? c->verb : "");
	return name;
}

bool cli_is_group(const char *noun)
{
	for (size_t i = 0; commands[i]; i++)
		if (strcmp(commands[i]->noun, noun) == 0 && commands[i]->verb)
			return true;
	return false;
}

const char *cli_group_summary(const char *noun)
{
	for (size_t i = 0; cmd_groups[i].noun; i++)
		if (strcmp(cmd_groups[i].noun, noun) == 0)
			return cmd_groups[i].summary;
	return NULL;
}

static const struct opt *find_opt(const struct opt *opts, const char *name, size_t len,
				  char short_name)
{
	for (size_t i = 0; opts && opts[i].name; i++) {
		if (short_name) {
			if (opts[i].short_name == short_name)
				return &opts[i];
		} else if (name && strlen(opts[i].name) == len &&
			   strncmp(opts[i].name, name, len) == 0) {
			return &opts[i];
		}
	}
	return NULL;
}

/* Whether any command's (or the global) option of that name takes a value. */
static bool any_opt_takes_value(const char *name, size_t len, char short_name)
{
	const struct opt *o = find_opt(global_opts, name, len, short_name);
	if (o)
		return o->arg != NULL;
	for (size_t i = 0; commands[i]; i++)
		if ((o = find_opt(commands[i]->opts, name, len, short_name)))
			return o->arg != NULL;
	return false;
}

static bool is_option(const char *a)
{
	return a[0] == '-' && a[1] != '\0';
}

static void suggest(struct ctx *ctx, const char *word, bool full)
{
	char best[96] = "";
	size_t best_d = (size_t)-1;
	for (size_t i = 0; commands[i]; i++) {
		const struct cmd *c = commands[i];
		if (c->flags & CMD_HIDDEN)
			continue;
		const char *cand = full ? cmd_name(c) : c->noun;
		size_t d = edit_distance(word, cand);
		const char *alias = full ? cmd_alias(c) : NULL;
		size_t da = alias ? edit_distance(word, alias) : (size_t)-1;
		if (da < d)
			d = da;
		if (d < best_d) {
			best_d = d;
			snprintf(best, sizeof(best), "%s", cand);
		}
	}
	size_t limit = strlen(word) / 3 + 1;
	if (best[0] && best_d <= (limit < 2 ? 2 : limit))
		error_detail(ctx, "hint: did you mean 'gandi %s'?\n", best);
}

static int unknown_command(struct ctx *ctx, const char *noun, const char *verb)
{
	if (verb) {
		char *both = xasprintf("%s %s", noun, verb);
		usage_error(ctx, "'%s' is not a gandi command", both);
		suggest(ctx, both, true);
		free(both);
		struct buf verbs = {0};
		for (size_t i = 0; commands[i]; i++)
			if (strcmp(commands[i]->noun, noun) == 0 && commands[i]->verb &&
			    !(commands[i]->flags & CMD_HIDDEN))
				buf_printf(&verbs, "%s%s", verbs.len ? ", " : "", commands[i]->verb);
		error_detail(ctx, "'gandi %s' commands: %s\n", noun, buf_str(&verbs));
		buf_free(&verbs);
	} else {
		usage_error(ctx, "'%s' is not a gandi command", noun);
		suggest(ctx, noun, false);
		error_detail(ctx, "run 'gandi --help' for the list of commands\n");
	}
	return EXIT_USAGE;
}

static int unknown_option(struct ctx *ctx, const struct cmd *cmd, const char *arg)
{
	usage_error(ctx, "unknown option '%s'%s%s%s", arg, cmd ? " for 'gandi " : "",
		    cmd ? cmd_name(cmd) : "", cmd ? "'" : "");
	const char *name = arg + strspn(arg, "-");
	size_t len = strcspn(name, "=");
	char *bare = xstrndup(name, len);
	const char *best = NULL;
	/* a near name, not any: nothing for one or two letters (-k is not --jq) */
	size_t len_bare = strlen(bare), best_d = len_bare <= 2 ? 1 : len_bare / 3 > 2 ? len_bare / 3 + 1 : 3;
	const struct opt *lists[2] = {cmd ? cmd->opts : NULL, global_opts};
	for (int l = 0; l < 2; l++)
		for (size_t i = 0; lists[l] && lists[l][i].name; i++) {
			size_t d = edit_distance(bare, lists[l][i].name);
			if (d < best_d) {
				best_d = d;
				best = lists[l][i].name;
			}
		}
	if (best)
		error_detail(ctx, "hint: did you mean '--%s'?\n", best);
	if (cmd)
		error_detail(ctx, "run 'gandi %s --help' for its options\n", cmd_name(cmd));
	free(bare);
	return EXIT_USAGE;
}

static void set_flag_setting(struct setting *s, const char *value, const char *flag)
{
	free(s->value);
	free(s->origin);
	s->value = xstrdup(value);
	s->src = SRC_FLAG;
	s->origin = xstrdup(flag);
}

/* Apply one global option. Returns 0 or an exit code. */
static int apply_global(struct ctx *ctx, struct cli *cli, const struct opt *o, const char *value)
{
	const char *n = o->name;
	if (strcmp(n, "json") == 0)
		ctx->json = true;
	else if (strcmp(n, "quiet") == 0)
		ctx->quiet = true;
	else if (strcmp(n, "verbose") == 0)
		ctx->verbose++;
	else if (strcmp(n, "plain") == 0)
		ctx->plain = true;
	else if (strcmp(n, "no-header") == 0)
		ctx->no_header = true;
	else if (strcmp(n, "columns") == 0)
		ctx->columns = value;
	else if (strcmp(n, "jq") == 0)
		ctx->jq = value, ctx->json = true;
	else if (strcmp(n, "no-color") == 0)
		ctx->color = false;
	else if (strcmp(n, "help") == 0)
		cli->help = true;
	else if (strcmp(n, "version") == 0)
		cli->version = true;
	else if (strcmp(n, "config") == 0)
		cli->config_flag = value;
	else if (strcmp(n, "sandbox") == 0) {
		if (ctx->api_url.value && strcmp(ctx->api_url.origin, "--sandbox") != 0)
			return usage_error(ctx, "--sandbox and --api-url cannot be used together");
		set_flag_setting(&ctx->api_url, SANDBOX_API_URL, "--sandbox");
	} else if (strcmp(n, "api-url") == 0) {
		if (ctx->api_url.value && strcmp(ctx->api_url.origin, "--sandbox") == 0)
			return usage_error(ctx, "--sandbox and --api-url cannot be used together");
		set_flag_setting(&ctx->api_url, value, "--api-url");
	} else if (strcmp(n, "id-url") == 0)
		set_flag_setting(&ctx->id_url, value, "--id-url");
	else if (strcmp(n, "sharing-id") == 0)
		set_flag_setting(&ctx->sharing_id, value, "--sharing-id");
	else if (strcmp(n, "profile") == 0)
		set_flag_setting(&ctx->profile, value, "--profile");
	else if (strcmp(n, "timeout") == 0)
		set_flag_setting(&ctx->timeout, value, "--timeout");
	else if (strcmp(n, "deadline") == 0)
		set_flag_setting(&ctx->deadline, value, "--deadline");
	else if (strcmp(n, "retries") == 0)
		set_flag_setting(&ctx->retries, value, "--retries");
	else if (strcmp(n, "cacert") == 0)
		set_flag_setting(&ctx->cacert, value, "--cacert");
	return 0;
}

/* The first command word at or after from, skipping options and their values; -1: none. */
static int next_word(int argc, char **argv, int from)
{
	for (int i = from; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0)
			return -1;
		if (!is_option(a))
			return i;
		if (a[1] == '-') {
			if (!strchr(a, '=') && any_opt_takes_value(a + 2, strlen(a + 2), 0))
				i++;
		} else if (a[2] == '\0' && any_opt_takes_value(NULL, 0, a[1])) {
			i++;
		}
	}
	return -1;
}

/* Whether prefix is the first words of a longer verb of noun ("snapshot", "axfr tsig"). */
static bool verb_prefix(const char *noun, const char *prefix)
{
	size_t n = strlen(prefix);
	for (size_t i = 0; commands[i]; i++) {
		const struct cmd *c = commands[i];
		if (strcmp(c->noun, noun) == 0 && c->verb && strncmp(c->verb, prefix, n) == 0 &&
		    c->verb[n] == ' ')
			return true;
	}
	return false;
}

/*
 * Pass 1: find the command words (a noun, a verb of up to CLI_VERB_WORDS
 * words), skipping options and their values; words[] gets their indexes.
 */
static int find_command(struct ctx *ctx, int argc, char **argv, struct cli *cli, int *words)
{
	int i = next_word(argc, argv, 1);
	if (i < 0)
		return 0;
	const char *noun = argv[i];
	words[0] = i;
	if (!cli_is_group(noun)) {
		cli->cmd = cmd_find(noun, NULL);
		return cli->cmd ? 0 : unknown_command(ctx, noun, NULL);
	}
	if ((i = next_word(argc, argv, i + 1)) < 0) {
		cli->group = noun;
		return 0;
	}
	struct buf verb = {0};
	int rc = 0;
	buf_adds(&verb, argv[i]);
	words[1] = i;
	for (int k = 2;; k++) {
		cli->cmd = cmd_find(noun, buf_str(&verb));
		if (cli->cmd || k > CLI_VERB_WORDS || !verb_prefix(noun, buf_str(&verb))) {
			if (!cli->cmd)
				rc = unknown_command(ctx, noun, buf_str(&verb));
			break;
		}
		if ((i = next_word(argc, argv, i + 1)) < 0) {
			/* "gandi dns snapshot": the help of that part of the group */
			cli->group = noun;
			cli->prefix = xstrdup(buf_str(&verb));
			break;
		}
		words[k] = i;
		buf_printf(&verb, " %s", argv[i]);
	}
	buf_free(&verb);
	return rc;
}

int cli_parse(struct ctx *ctx, int argc, char **argv, struct cli *cli)
{
	int words[CLI_VERB_WORDS + 1];
	int rc;
	size_t nopts = 0;

	memset(cli, 0, sizeof(*cli));
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		words[k] = -1;
	rc = find_command(ctx, argc, argv, cli, words);
	if (rc) {
		/* still honour --json for the error's form */
		for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
			if (strcmp(argv[i], "--json") == 0)
				ctx->json = true;
		return rc;
	}
	const struct cmd *cmd = cli->cmd;
	const struct opt *copts = cmd ? cmd->opts : NULL;
	while (copts && copts[nopts].name)
		nopts++;
	cli->args.opts = copts;
	cli->args.values = xcalloc(nopts + 1, sizeof(*cli->args.values));
	cli->args.counts = xcalloc(nopts + 1, sizeof(*cli->args.counts));
	cli->args.lists = xcalloc(nopts + 1, sizeof(*cli->args.lists));
	cli->args.argv = xcalloc((size_t)argc + 1, sizeof(char *));

	bool only_positional = false;
	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		bool word = false;
		for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
			word |= i == words[k];
		if (word)
			continue;
		if (only_positional || !is_option(a)) {
			cli->args.argv[cli->args.argc++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_positional = true;
			continue;
		}
		/* --name[=value], or a cluster of short options -abc / -o VALUE */
		const char *name = a + 1;
		size_t len = 0;
		char shorts[64];
		size_t nshort = 0;
		if (a[1] == '-') {
			name = a + 2;
			len = strcspn(name, "=");
		} else {
			size_t l = strlen(name);
			if (l >= sizeof(shorts))
				return unknown_option(ctx, cmd, a);
			memcpy(shorts, name, l);
			nshort = l;
		}
		for (size_t k = 0; k < (nshort ? nshort : 1); k++) {
			char sn = nshort ? shorts[k] : 0;
			const struct opt *o = find_opt(copts, name, len, sn);
			bool global = false;
			if (!o && cmd && cmd_takes_write_opts(cmd) &&
			    (o = find_opt(write_opts, name, len, sn))) {
				/* --yes, --dry-run: the core's, for every command that changes things */
				if (o->name[0] == 'y')
					ctx->yes = true;
				else
					cli->dry_run = true;
				continue;
			}
			if (!o) {
				o = find_opt(global_opts, name, len, sn);
				global = o != NULL;
			}
			if (!o)
				return unknown_option(ctx, cmd, nshort ? (char[]){'-', sn, 0} : a);
			const char *value = "";
			if (o->arg) {
				if (!nshort && name[len] == '=') {
					value = name + len + 1;
				} else if (nshort && k + 1 < nshort) {
					value = a + 2 + k; /* -oFILE */
					k = nshort;
				} else if (i + 1 < argc) {
					value = argv[++i];
				} else {
					return usage_error(ctx, "option '%s' needs a value (%s)", a,
							   o->arg);
				}
			} else if (!nshort && name[len] == '=') {
				return usage_error(ctx, "option '--%s' takes no value", o->name);
			}
			if (global) {
				rc = apply_global(ctx, cli, o, value);
				if (rc)
					return rc;
			} else {
				size_t idx = (size_t)(o - copts);
				int n = cli->args.counts[idx]++;
				cli->args.values[idx] = value;
				cli->args.lists[idx] = xrealloc(cli->args.lists[idx],
								((size_t)n + 2) * sizeof(char *));
				cli->args.lists[idx][n] = value;
				cli->args.lists[idx][n + 1] = NULL;
			}
		}
	}
	return 0;
}

void cli_free(struct cli *cli)
{
	free(cli->prefix);
	free(cli->args.values);
	for (size_t i = 0; cli->args.lists && cli->args.opts && cli->args.opts[i].name; i++)
		free(cli->args.lists[i]);
	free(cli->args.lists);
	free(cli->fqdn_zone);
	free(cli->fqdn_name);
	free(cli->args.counts);
	free(cli->args.argv);
	memset(cli, 0, sizeof(*cli));
}

/* Whether args starts with the words w, as whole words. */
static bool starts_with_words(const char *args, const char *w)
{
	size_t n = strlen(w);
	return strncmp(args, w, n) == 0 && (args[n] == ' ' || args[n] == '\0');
}

int cli_fqdn_words(const struct cmd *cmd, int *name_pos)
{
	bool has = false;
	int words = 0, pos = -1;
	for (size_t i = 0; cmd->opts && cmd->opts[i].name; i++)
		has = has || strcmp(cmd->opts[i].name, "fqdn") == 0;
	if (has && starts_with_words(cmd->args, "DOMAIN TYPE NAME")) {
		words = 2;
		pos = 2;
	} else if (has && starts_with_words(cmd->args, "DOMAIN NAME")) {
		words = 2;
		pos = 1;
	} else if (has && starts_with_words(cmd->args, "DOMAIN")) {
		words = 1;
	}
	if (name_pos)
		*name_pos = pos;
	return words;
}

/* cmd's arguments without the words --fqdn stands for: "--fqdn NAME TYPE VALUE...". */
static char *args_with_fqdn(const struct cmd *cmd)
{
	int pos = -1;
	cli_fqdn_words(cmd, &pos);
	const char *rest = cmd->args + (pos == 2 ? 16 : pos == 1 ? 11 : 6);
	rest += strspn(rest, " ");
	return xasprintf("--fqdn NAME%s%s%s", pos == 2 ? " TYPE" : "", rest[0] ? " " : "", rest);
}

int cli_check_args(struct ctx *ctx, const struct cmd *cmd, const struct args *a)
{
	int words = arg_flag(a, "fqdn") ? cli_fqdn_words(cmd, NULL) : 0;
	int min = cmd->min_args - words, max = cmd->max_args < 0 ? -1 : cmd->max_args - words;
	char *shown = words ? args_with_fqdn(cmd) : xstrdup(cmd->args);
	int rc = 0;
	if (min < 0)
		min = 0;
	if (a->argc < min) {
		rc = usage_error(ctx, "'gandi %s' needs %s", cmd_name(cmd), shown);
		error_detail(ctx, "usage: gandi %s %s\n", cmd_name(cmd), shown);
	} else if (max >= 0 && a->argc > max) {
		rc = usage_error(ctx, "too many arguments for 'gandi %s': '%s'", cmd_name(cmd),
				 a->argv[max]);
		error_detail(ctx, "usage: gandi %s %s\n", cmd_name(cmd), shown);
	}
	free(shown);
	return rc;
}

#define HELP_WIDTH 79

/*
 * "  LEFT  text" with text wrapped at HELP_WIDTH under its first column (col);
 * a LEFT wider than the column puts text on the next line.
 */
static void help_item(FILE *out, int indent, const char *left, int col, const char *text)
{
	int at = fprintf(out, "%*s%s", indent, "", left);
	if (at + 1 > col) {
		fputc('\n', out);
		at = 0;
	}
	while (*text) {
		size_t len = strcspn(text, " ");
		if (at > col && at + 1 + (int)len > HELP_WIDTH) {
			fputc('\n', out);
			at = 0;
		}
		at += at < col ? fprintf(out, "%*s", col - at, "") : fprintf(out, " ");
		at += fprintf(out, "%.*s", (int)len, text);
		text += len;
		text += strspn(text, " ");
	}
	fputc('\n', out);
}

/* text as a paragraph wrapped at HELP_WIDTH, its lines after the first indented by hang. */
static void help_para(FILE *out, int hang, const char *text)
{
	int at = 0;
	while (*text) {
		size_t len = strcspn(text, " ");
		if (at > hang && at + 1 + (int)len > HELP_WIDTH)
			at = fprintf(out, "\n%*s", hang, "") - 1;
		else if (at)
			at += fprintf(out, " ");
		at += fprintf(out, "%.*s", (int)len, text);
		text += len;
		text += strspn(text, " ");
	}
	fputc('\n', out);
}

static void print_opt(FILE *out, const struct opt *o)
{
	char left[64];
	if (o->short_name)
		snprintf(left, sizeof(left), "-%c, --%s%s%s", o->short_name, o->name,
			 o->arg ? " " : "", o->arg ? o->arg : "");
	else
		snprintf(left, sizeof(left), "    --%s%s%s", o->name, o->arg ? " " : "",
			 o->arg ? o->arg : "");
	help_item(out, 2, left, 26, o->help);
}

static void print_opts(FILE *out, const struct opt *opts)
{
	for (size_t i = 0; opts && opts[i].name; i++)
		print_opt(out, &opts[i]);
}

/* Whether c's own table has an option of that name. */
static bool has_opt(const struct cmd *c, const char *name)
{
	for (size_t i = 0; c->opts && c->opts[i].name; i++)
		if (strcmp(c->opts[i].name, name) == 0)
			return true;
	return false;
}

const struct opt *cli_opt(const struct cmd *c, size_t i)
{
	size_t n = 0;
	while (c->opts && c->opts[n].name)
		n++;
	if (i < n)
		return &c->opts[i];
	if (!cmd_takes_write_opts(c))
		return NULL;
	for (size_t k = 0; write_opts[k].name; k++)
		if (!has_opt(c, write_opts[k].name) && i == n++)
			return &write_opts[k];
	return NULL;
}

void cli_exit_codes(FILE *out, int width)
{
	struct buf line = {0};
	buf_adds(&line, "Exit codes:");
	for (size_t i = 0; exit_docs[i].brief; i++) {
		char item[128];
		snprintf(item, sizeof(item), "%d %s%s", exit_docs[i].code, exit_docs[i].brief,
			 exit_docs[i + 1].brief ? "," : ".");
		if (line.len && (int)(line.len + 1 + strlen(item)) > width) {
			fprintf(out, "%s\n", buf_str(&line));
			buf_reset(&line);
		}
		buf_printf(&line, "%s%s", line.len ? " " : "", item);
	}
	fprintf(out, "%s\n", buf_str(&line));
	buf_free(&line);
}

void cli_usage_line(FILE *out, const struct cmd *cmd)
{
	fprintf(out, "usage: gandi %s%s%s%s\n", cmd_name(cmd), cmd->args[0] ? " " : "",
		cmd->args, cli_opt(cmd, 0) ? " [options]" : "");
}

bool cli_is_prefix(const char *noun, const char *prefix)
{
	return verb_prefix(noun, prefix);
}

/*
 * The commands of noun whose verb starts with prefix + " " (any when prefix
 * is NULL), with their arguments unless brief.
 */
static void group_commands(FILE *out, const char *noun, const char *prefix, bool brief)
{
	size_t n = prefix ? strlen(prefix) + 1 : 0;
	int col = 20;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; commands[i]; i++) {
			const struct cmd *c = commands[i];
			if (strcmp(c->noun, noun) != 0 || !c->verb || (c->flags & CMD_HIDDEN) ||
			    (prefix && (strncmp(c->verb, prefix, n - 1) != 0 || c->verb[n - 1] != ' ')))
				continue;
			char left[96];
			int w = snprintf(left, sizeof(left), "%s%s%s", c->verb + n,
					 !brief && c->args[0] ? " " : "", brief ? "" : c->args);
			if (pass == 0 && !brief && w + 4 > col && w + 4 <= 34)
				col = w + 4; /* the widest that leaves room for the summary */
			else if (pass == 1)
				help_item(out, 2, left, col, c->summary);
		}
}

static void command_help(FILE *out, const struct cmd *cmd)
{
	cli_usage_line(out, cmd);
	fprintf(out, "\n%s\n", cmd->summary);
	if (cmd->description)
		fprintf(out, "\n%s\n", cmd->description);
	if (cli_opt(cmd, 0)) {
		fputs("\noptions:\n", out);
		for (size_t i = 0; cli_opt(cmd, i); i++)
			print_opt(out, cli_opt(cmd, i));
	}
	if (cmd->examples) {
		fputs("\nexamples:\n", out);
		for (const char *p = cmd->examples; *p;) {
			size_t len = strcspn(p, "\n");
			fprintf(out, "  %.*s\n", (int)len, p);
			p += len + (p[len] == '\n');
		}
	}
	if (cmd_alias(cmd))
		fprintf(out, "\nalso: gandi %s\n", cmd_alias(cmd));
	struct buf line = {0};
	if (cmd->flags & CMD_CONFIRM) {
		buf_printf(&line, "asks %s; --yes in scripts (without a terminal it refuses)",
			   cmd->asks ? cmd->asks : "before changing anything");
		fputc('\n', out);
		help_para(out, 0, buf_str(&line));
		buf_reset(&line);
	}
	if (cmd->scope) {
		buf_printf(&line, "needs a token with the permission %s%s%s%s%s", cmd->scope,
			   cmd->scope2 ? ", and " : "", cmd->scope2 ? cmd->scope2 : "",
			   cmd->scope2 ? " " : "", cmd->scope2 ? cmd->scope2_for : "");
		fputc('\n', out);
		help_para(out, 0, buf_str(&line));
	}
	buf_free(&line);
	fputs("\nglobal options (--json, -q, -v, --columns...): gandi --help\n", out);
}

void cli_help(FILE *out, const struct cmd *cmd, const char *group, const char *prefix)
{
	if (cmd) {
		command_help(out, cmd);
		return;
	}
	if (group) {
		fprintf(out, "usage: gandi %s%s%s COMMAND [ARGS] [options]\n\n", group,
			prefix ? " " : "", prefix ? prefix : "");
		if (!prefix && cli_group_summary(group)) {
			help_para(out, 0, cli_group_summary(group));
			fputc('\n', out);
		}
		fputs("commands:\n", out);
		group_commands(out, group, prefix, false);
		for (size_t i = 0; !prefix && cmd_groups[i].noun; i++)
			if (strcmp(cmd_groups[i].noun, group) == 0 && cmd_groups[i].guide)
				fprintf(out, "\n%s", cmd_groups[i].guide);
		struct buf run = {0};
		buf_printf(&run, "run 'gandi help %s%s%s COMMAND' for a command's options and "
				 "examples", group, prefix ? " " : "", prefix ? prefix : "");
		fputc('\n', out);
		help_para(out, 0, buf_str(&run));
		buf_free(&run);
		return;
	}
	fputs("usage: gandi [options] COMMAND [ARGS]\n\n"
	      "A fast client for Gandi's v5 API: domains, LiveDNS records, web redirections.\n", out);
	for (size_t i = 0; commands[i]; i++) {
		const char *noun = commands[i]->noun, *summary = cli_group_summary(noun);
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = strcmp(commands[j]->noun, noun) == 0;
		if (seen || !commands[i]->verb)
			continue;
		struct buf head = {0};
		buf_printf(&head, "%s%s%s", noun, summary ? ": " : "", summary ? summary : "");
		fputc('\n', out);
		help_para(out, (int)strlen(noun) + 2, buf_str(&head));
		buf_free(&head);
		group_commands(out, noun, NULL, true);
	}
	fputs("\nother commands:\n", out);
	for (size_t i = 0; commands[i]; i++) {
		const struct cmd *c = commands[i];
		if (c->verb || (c->flags & CMD_HIDDEN))
			continue;
		help_item(out, 2, c->noun, 20, c->summary);
	}
	fputs("\nglobal options:\n", out);
	print_opts(out, global_opts);
	fputs("\nThe token: 'gandi auth login' checks one and saves it in the config file;\n"
	      "GANDI_API_KEY, GANDI_API_KEY_FILE, systemd credentials and api_key_command\n"
	      "work too ('gandi help auth status' gives the order). Run 'gandi doctor' to\n"
	      "check your setup.\n", out);
	cli_exit_codes(out, 76);
	fputs("'gandi help COMMAND' for a command's help: its arguments, options and examples.\n",
	      out);
}
