/*
 * gandi completion bash|zsh|fish: completion scripts generated from the
 * command table, so they list exactly the commands and options gandi has:
 * the commands, each one's options (an option's value is never taken for an
 * argument: -n is --name's value for dns list, --dry-run for dns set), the
 * values of options, and positional arguments by what the table's args name
 * them: DOMAIN (the account's domains, from 'gandi complete-words domains',
 * a cache of 10 minutes), TYPE, a choice written a|b (on|off, bash|zsh|fish),
 * KEY (the settings), COMMAND (help's commands), FILE; --profile's value
 * from the config's profiles.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"
#include "ctx.h"
#include "buf.h"
#include "error.h"
#include "output/output.h"
#include "dns/value.h"

static bool noun_seen(size_t upto, const char *noun)
{
	for (size_t i = 0; i < upto; i++)
		if (strcmp(commands[i]->noun, noun) == 0)
			return true;
	return false;
}

/*
 * Verbs may have several words ("snapshot list", "axfr tsig list"): a proper
 * prefix of a verb ("snapshot", "axfr", "axfr tsig") is a level of its own,
 * whose next words are completed like verbs. A prefix is the first plen
 * bytes of a verb, ending at a space.
 */

/* The length of a verb's first word: 8 for "snapshot list". */
static size_t word1(const char *verb)
{
	return strcspn(verb, " ");
}

static bool two_words(const struct cmd *c)
{
	return c->verb && c->verb[word1(c->verb)] == ' ';
}

/* Whether c's verb starts with the prefix p of plen bytes and goes on after it. */
static bool under(const struct cmd *c, const char *noun, const char *p, size_t plen)
{
	return strcmp(c->noun, noun) == 0 && c->verb && !(c->flags & CMD_HIDDEN) &&
	       (plen == 0 || (strncmp(c->verb, p, plen) == 0 && c->verb[plen] == ' '));
}

/* Where the word after a prefix of plen bytes starts in c's verb. */
static const char *after(const struct cmd *c, size_t plen)
{
	return c->verb + (plen ? plen + 1 : 0);
}

/* The length of c's verb up to the end of the word after its prefix of plen bytes. */
static size_t through_next(const struct cmd *c, size_t plen)
{
	const char *w = after(c, plen);
	return (size_t)(w - c->verb) + word1(w);
}

/*
 * Whether a command before upto, under the same prefix of plen bytes, has the
 * same next word as c (so that each next word is listed once).
 */
static bool next_seen(size_t upto, const struct cmd *c, size_t plen)
{
	size_t n = through_next(c, plen);
	for (size_t i = 0; i < upto; i++)
		if (under(commands[i], c->noun, c->verb, plen) &&
		    through_next(commands[i], plen) == n && strncmp(commands[i]->verb, c->verb, n) == 0)
			return true;
	return false;
}

/* Whether c's verb goes on after its first plen + next word. */
static bool goes_on(const struct cmd *c, size_t plen)
{
	return c->verb[through_next(c, plen)] == ' ';
}

/* The next words after the prefix p (plen bytes) of noun's verbs, each once. */
static void next_words(FILE *out, const char *noun, const char *p, size_t plen, const char *sep)
{
	bool first = true;
	for (size_t k = 0; commands[k]; k++)
		if (under(commands[k], noun, p, plen) && !next_seen(k, commands[k], plen)) {
			const char *w = after(commands[k], plen);
			fprintf(out, "%s%.*s", first ? "" : sep, (int)word1(w), w);
			first = false;
		}
}

/* What comes after the prefix of plen bytes plus its next word, for descriptions:
 * "list, create, show" (the rest of each verb under it). */
static void rest_words(FILE *out, const struct cmd *c, size_t plen, const char *sep)
{
	size_t n = through_next(c, plen);
	bool first = true;
	for (size_t k = 0; commands[k]; k++)
		if (under(commands[k], c->noun, c->verb, n)) {
			fprintf(out, "%s%s", first ? "" : sep, commands[k]->verb + n + 1);
			first = false;
		}
}

/*
 * Call level(c, plen) once for each proper prefix of a verb (plen bytes,
 * ending before a space), in table order: "snapshot", "axfr", "axfr tsig".
 */
static void each_prefix(void (*level)(FILE *out, const struct cmd *c, size_t plen), FILE *out)
{
	for (size_t c = 0; commands[c]; c++) {
		const struct cmd *cmd = commands[c];
		if (!cmd->verb || (cmd->flags & CMD_HIDDEN))
			continue;
		for (size_t plen = 0; goes_on(cmd, plen); plen = through_next(cmd, plen)) {
			size_t n = through_next(cmd, plen);
			bool seen = false;
			for (size_t k = 0; k < c && !seen; k++)
				seen = under(commands[k], cmd->noun, cmd->verb, n);
			if (!seen)
				level(out, cmd, n);
		}
	}
}

/* The first words of noun's verbs, each once, separated by spaces. */
static void verb_words(FILE *out, const char *noun)
{
	next_words(out, noun, "", 0, " ");
}

static void types_words(FILE *out)
{
	for (size_t i = 0; dnsv_types[i]; i++)
		fprintf(out, "%s%s", i ? " " : "", dnsv_types[i]);
}

enum shell { BASH, ZSH, FISH };

/* The words gandi itself knows (complete-words KIND), as an expression of the shell. */
static void dynamic_words(FILE *out, enum shell sh, const char *kind)
{
	if (sh == BASH)
		fprintf(out, "$(\"${COMP_WORDS[0]}\" complete-words %s 2>/dev/null)", kind);
	else if (sh == ZSH)
		fprintf(out, "${(f)\"$($words[1] complete-words %s 2>/dev/null)\"}", kind);
	else
		fprintf(out, "(__gandi_words %s)", kind);
}

/* The words that complete an option's value, or NULL for a file. */
static void opt_values_sh(FILE *out, const struct opt *o, enum shell sh)
{
	if (strcmp(o->complete, "rrtype") == 0)
		types_words(out);
	else if (strcmp(o->complete, "profiles") == 0)
		dynamic_words(out, sh, "profiles");
	else
		fputs(o->complete, out);
}

static void opt_values(FILE *out, const struct opt *o)
{
	opt_values_sh(out, o, BASH);
}

/* What completes a positional argument, as the table's args name it. */
enum arg_kind {
	ARG_NONE, ARG_DOMAIN, ARG_TYPE, ARG_CHOICE, ARG_SETTING, ARG_FILE, ARG_HELP, ARG_PROFILE
};

/*
 * The kind of c's positional argument pos ("DOMAIN TYPE NAME VALUE...": 0 is
 * DOMAIN, 3 and after VALUE); the choices of an a|b argument go to choice
 * (space-separated).
 */
static enum arg_kind arg_kind(const struct cmd *c, int pos, char *choice, size_t cap)
{
	const char *p = c->args;
	char word[64] = "", last[64] = "";
	int i = 0;
	while (*p) {
		size_t len = strcspn(p, " ");
		if (p[0] == '-' || (p[0] == '[' && p[1] == '-'))
			break; /* an option and its words: not positional */
		snprintf(last, sizeof(last), "%.*s", (int)len, p + (p[0] == '['));
		if (i++ == pos) {
			memcpy(word, last, sizeof(word));
			break;
		}
		p += len;
		p += strspn(p, " ");
	}
	if (!word[0] && i <= pos && strstr(last, "..."))
		memcpy(word, last, sizeof(word)); /* VALUE... takes every later one */
	/* the metavariables of the table's args (KEY: a setting's name, not the DNS type) */
	static const struct {
		const char *name;
		enum arg_kind kind;
	} names[] = {
		{"DOMAIN", ARG_DOMAIN}, {"TYPE", ARG_TYPE}, {"KEY", ARG_SETTING},
		{"FILE", ARG_FILE},     {"COMMAND", ARG_HELP}, {"PROFILE", ARG_PROFILE},
	};
	word[strcspn(word, ".]")] = '\0';
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (strcmp(names[k].name, word) == 0)
			return names[k].kind;
	if (strchr(word, '|')) {
		snprintf(choice, cap, "%s", word);
		for (char *q = choice; *q; q++)
			if (*q == '|')
				*q = ' ';
		return ARG_CHOICE;
	}
	return ARG_NONE;
}

/* The most positional arguments a completion looks at. */
#define ARG_MAX 4

/* The nouns and one-word commands help takes, space-separated. */
static void help_words(FILE *out)
{
	bool first = true;
	for (size_t c = 0; commands[c]; c++)
		if (!(commands[c]->flags & CMD_HIDDEN) && !noun_seen(c, commands[c]->noun)) {
			fprintf(out, "%s%s", first ? "" : " ", commands[c]->noun);
			first = false;
		}
}

/* The words for positional argument kind k (of the command whose key is key), in sh. */
static void kind_words(FILE *out, enum shell sh, enum arg_kind k, const char *choice)
{
	switch (k) {
	case ARG_DOMAIN:
		dynamic_words(out, sh, "domains");
		break;
	case ARG_TYPE:
		types_words(out);
		break;
	case ARG_CHOICE:
		fputs(choice ? choice : "", out);
		break;
	case ARG_SETTING:
		dynamic_words(out, sh, "settings");
		break;
	case ARG_PROFILE:
		dynamic_words(out, sh, "profiles");
		break;
	case ARG_HELP:
		help_words(out);
		break;
	default:
		break;
	}
}

/*
 * The "noun verb:pos" keys of the commands whose positional argument pos is
 * of kind k (and, for ARG_CHOICE, those choices), quoted, sep between;
 * empty when none.
 */
static void arg_keys(struct buf *keys, enum arg_kind k, const char *choice_want, const char *sep)
{
	char choice[128];
	for (size_t c = 0; commands[c]; c++) {
		const struct cmd *cmd = commands[c];
		if (cmd->flags & CMD_HIDDEN)
			continue;
		for (int pos = 0; pos < ARG_MAX; pos++) {
			choice[0] = '\0';
			if (arg_kind(cmd, pos, choice, sizeof(choice)) != k ||
			    (choice_want && strcmp(choice, choice_want) != 0))
				continue;
			buf_printf(keys, "%s\"%s %s:%d\"", keys->len ? sep : "", cmd->noun,
				   cmd->verb ? cmd->verb : "", pos);
		}
	}
}

/* The a|b choices the table's args have, each once: calls fn with each. */
static void each_choice(void (*fn)(FILE *out, enum shell sh, const char *choice), FILE *out,
			enum shell sh)
{
	char seen[8][128];
	size_t nseen = 0;
	char choice[128];
	for (size_t c = 0; commands[c]; c++)
		for (int pos = 0; pos < ARG_MAX && !(commands[c]->flags & CMD_HIDDEN); pos++) {
			if (arg_kind(commands[c], pos, choice, sizeof(choice)) != ARG_CHOICE)
				continue;
			bool dup = false;
			for (size_t i = 0; i < nseen; i++)
				dup |= strcmp(seen[i], choice) == 0;
			if (dup || nseen == 8)
				continue;
			snprintf(seen[nseen++], sizeof(seen[0]), "%s", choice);
			fn(out, sh, choice);
		}
}

/* The value-taking options, as "noun verb:-o" keys (global ones: "*:--api-url"), sep between. */
static void takes_value_keys(FILE *out, const char *sep)
{
	bool first = true;
	for (size_t i = 0; global_opts[i].name; i++)
		if (global_opts[i].arg) {
			fprintf(out, "%s\"*:--%s\"", first ? "" : sep, global_opts[i].name);
			first = false;
		}
	for (size_t c = 0; commands[c]; c++)
		for (size_t i = 0; cli_opt(commands[c], i); i++) {
			const struct opt *o = cli_opt(commands[c], i);
			if (!o->arg)
				continue;
			const char *v = commands[c]->verb ? commands[c]->verb : "";
			fprintf(out, "%s\"%s %s:--%s\"", sep, commands[c]->noun, v, o->name);
			if (o->short_name)
				fprintf(out, "%s\"%s %s:-%c\"", sep, commands[c]->noun, v, o->short_name);
		}
}

static void bash_opts(FILE *out, const struct opt *opts)
{
	for (size_t i = 0; opts && opts[i].name; i++) {
		fprintf(out, " --%s", opts[i].name);
		if (opts[i].short_name)
			fprintf(out, " -%c", opts[i].short_name);
	}
}

/* One case of the option-value completion: "noun verb:--name") ... ;; */
static void bash_value(FILE *out, const struct cmd *c, const struct opt *o)
{
	const char *v = c && c->verb ? c->verb : "";
	if (c)
		fprintf(out, "        \"%s %s:--%s\"", c->noun, v, o->name);
	else
		fprintf(out, "        *:--%s", o->name);
	if (o->short_name && c)
		fprintf(out, "|\"%s %s:-%c\"", c->noun, v, o->short_name);
	else if (o->short_name)
		fprintf(out, "|*:-%c", o->short_name);
	fputc(')', out);
	if (o->complete && strcmp(o->complete, "file") == 0) {
		fputs(" COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", out);
	} else if (o->complete) {
		fputs(" COMPREPLY=($(compgen -W \"", out);
		opt_values(out, o);
		fputs("\" -- \"$cur\")); return ;;\n", out);
	} else {
		fputs(" return ;;\n", out);
	}
}

/* In the loop over the words: after this prefix, the word is part of the verb. */
static void bash_more(FILE *out, const struct cmd *c, size_t plen)
{
	fprintf(out, "                \"%s %.*s\") verb=\"$verb $w\" ;;\n", c->noun, (int)plen,
		c->verb);
}

/* A prefix, as fish's __gandi_prefixes lists it: "dns snapshot". */
static void fish_prefix(FILE *out, const struct cmd *c, size_t plen)
{
	fprintf(out, " \"%s %.*s\"", c->noun, (int)plen, c->verb);
}

/* After this prefix, complete the next words. */
static void bash_next(FILE *out, const struct cmd *c, size_t plen)
{
	fprintf(out, "        \"%s %.*s\") COMPREPLY=($(compgen -W \"", c->noun, (int)plen, c->verb);
	next_words(out, c->noun, c->verb, plen, " ");
	fputs("\" -- \"$cur\")); return ;;\n", out);
}

static void bash_choice(FILE *out, enum shell sh, const char *choice)
{
	struct buf keys = {0};
	arg_keys(&keys, ARG_CHOICE, choice, "|");
	if (keys.len) {
		fprintf(out, "            %s) COMPREPLY=($(compgen -W \"", buf_str(&keys));
		kind_words(out, sh, ARG_CHOICE, choice);
		fputs("\" -- \"$cur\")); return ;;\n", out);
	}
	buf_free(&keys);
}

/* The positional arguments' completions, by "noun verb:npos". */
static void bash_args(FILE *out)
{
	static const enum arg_kind kinds[] = {ARG_DOMAIN, ARG_TYPE, ARG_SETTING, ARG_PROFILE,
					      ARG_FILE};
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		struct buf keys = {0};
		arg_keys(&keys, kinds[k], NULL, "|");
		if (!keys.len)
			continue;
		fprintf(out, "            %s)", buf_str(&keys));
		buf_free(&keys);
		if (kinds[k] == ARG_FILE) {
			fputs(" COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", out);
			continue;
		}
		fputs(" COMPREPLY=($(compgen -W \"", out);
		kind_words(out, BASH, kinds[k], NULL);
		fputs(kinds[k] == ARG_TYPE ? "\" -- \"${cur^^}\")); return ;;\n"
					   : "\" -- \"$cur\")); return ;;\n", out);
	}
	each_choice(bash_choice, out, BASH);
	/* help: its first word a command, the next ones that command's verbs */
	fputs("            \"help :0\") COMPREPLY=($(compgen -W \"", out);
	help_words(out);
	fputs("\" -- \"$cur\")); return ;;\n"
	      "            \"help :1\") case ${pos[0]} in\n", out);
	for (size_t c = 0; commands[c]; c++) {
		if (!commands[c]->verb || noun_seen(c, commands[c]->noun))
			continue;
		fprintf(out, "                %s) COMPREPLY=($(compgen -W \"", commands[c]->noun);
		verb_words(out, commands[c]->noun);
		fputs("\" -- \"$cur\")); return ;;\n", out);
	}
	fputs("                esac ;;\n", out);
}

static void bash(FILE *out)
{
	fputs("# bash completion for gandi (generated by 'gandi completion bash')\n"
	      "# whether option $2 of command $1 takes a value (which is then not an argument)\n"
	      "_gandi_takes() {\n"
	      "    case \"$1:$2\" in\n"
	      "        ", out);
	/* options taking a value, each command's own: -n is dns list's --name, dns set's --dry-run */
	takes_value_keys(out, "|");
	fputs(") return 0 ;;\n"
	      "    esac\n"
	      "    return 1\n"
	      "}\n"
	      "_gandi() {\n"
	      "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
	      "    local noun= verb= npos=0 i w\n"
	      "    local -a pos=()\n"
	      "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
	      "        w=${COMP_WORDS[i]}\n"
	      "        case $w in\n"
	      "            -*) continue ;;\n"
	      "        esac\n"
	      "        if ((i > 1)) && _gandi_takes \"$noun $verb\" \"${COMP_WORDS[i-1]}\"; then continue; fi\n"
	      "        if [[ -z $noun ]]; then noun=$w\n"
	      "        elif [[ -z $verb && $noun =~ ^(", out);
	bool first = true;
	for (size_t c = 0; commands[c]; c++)
		if (commands[c]->verb && !noun_seen(c, commands[c]->noun)) {
			fprintf(out, "%s%s", first ? "" : "|", commands[c]->noun);
			first = false;
		}
	fputs(")$ ]]; then verb=$w\n"
	      "        else\n"
	      "            case \"$noun $verb\" in\n", out);
	/* a verb of several words: "dns snapshot" takes one more word */
	each_prefix(bash_more, out);
	fputs("                *) pos+=(\"$w\"); npos=$((npos + 1)) ;;\n"
	      "            esac\n"
	      "        fi\n"
	      "    done\n"
	      "    case \"$noun $verb:$prev\" in\n", out);
	for (size_t c = 0; commands[c]; c++)
		for (size_t i = 0; cli_opt(commands[c], i); i++)
			if (cli_opt(commands[c], i)->arg)
				bash_value(out, commands[c], cli_opt(commands[c], i));
	for (size_t i = 0; global_opts[i].name; i++)
		if (global_opts[i].arg)
			bash_value(out, NULL, &global_opts[i]);
	fputs("    esac\n"
	      "    if [[ -z $noun ]]; then\n"
	      "        COMPREPLY=($(compgen -W \"", out);
	for (size_t c = 0; commands[c]; c++)
		if (!(commands[c]->flags & CMD_HIDDEN) && !noun_seen(c, commands[c]->noun))
			fprintf(out, "%s ", commands[c]->noun);
	bash_opts(out, global_opts);
	fputs("\" -- \"$cur\"))\n        return\n    fi\n"
	      "    case $noun in\n", out);
	for (size_t c = 0; commands[c]; c++) {
		if (!commands[c]->verb || noun_seen(c, commands[c]->noun))
			continue;
		fprintf(out, "        %s) if [[ -z $verb ]]; then COMPREPLY=($(compgen -W \"",
			commands[c]->noun);
		verb_words(out, commands[c]->noun);
		fputs("\" -- \"$cur\")); return; fi ;;\n", out);
	}
	fputs("    esac\n"
	      "    case \"$noun $verb\" in\n", out);
	each_prefix(bash_next, out);
	fputs("    esac\n"
	      "    if [[ $cur != -* ]]; then\n"
	      "        case \"$noun $verb:$npos\" in\n", out);
	bash_args(out);
	fputs("        esac\n"
	      "    fi\n"
	      "    local opts=\"", out);
	bash_opts(out, global_opts);
	fputs("\"\n    case \"$noun $verb\" in\n", out);
	for (size_t c = 0; commands[c]; c++) {
		if (!cli_opt(commands[c], 0))
			continue;
		fprintf(out, "        \"%s %s\") opts+=\"", commands[c]->noun,
			commands[c]->verb ? commands[c]->verb : "");
		for (size_t i = 0; cli_opt(commands[c], i); i++) {
			fprintf(out, " --%s", cli_opt(commands[c], i)->name);
			if (cli_opt(commands[c], i)->short_name)
				fprintf(out, " -%c", cli_opt(commands[c], i)->short_name);
		}
		fputs("\" ;;\n", out);
	}
	fputs("    esac\n"
	      "    [[ $cur == -* ]] && COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
	      "}\n"
	      "complete -F _gandi gandi\n", out);
}

static void zsh_escape(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\'' )
			fputs("'\\''", out);
		else if (*s == ':')
			fputs("\\:", out);
		else
			fputc(*s, out);
	}
}

static void zsh_more(FILE *out, const struct cmd *c, size_t plen)
{
	fprintf(out, "                \"%s %.*s\") verb=\"$verb $words[i]\" ;;\n", c->noun,
		(int)plen, c->verb);
}

/* The next words after a prefix, each with its summary, or the verbs it leads to. */
static void zsh_items(FILE *out, const char *noun, const char *p, size_t plen)
{
	for (size_t k = 0; commands[k]; k++) {
		const struct cmd *v = commands[k];
		if (!under(v, noun, p, plen) || next_seen(k, v, plen))
			continue;
		const char *w = after(v, plen);
		fprintf(out, " '%.*s:", (int)word1(w), w);
		if (goes_on(v, plen)) {
			fprintf(out, "%.*s commands\\: ", (int)through_next(v, plen), v->verb);
			rest_words(out, v, plen, ", ");
		} else {
			zsh_escape(out, v->summary);
		}
		fputc('\'', out);
	}
}

static void zsh_next(FILE *out, const struct cmd *c, size_t plen)
{
	fprintf(out, "        \"%s %.*s\") words_=(", c->noun, (int)plen, c->verb);
	zsh_items(out, c->noun, c->verb, plen);
	fputs(" ); _describe command words_; return ;;\n", out);
}

/* One case of the option-value completion: "noun verb:--name") ... ;; */
static void zsh_value(FILE *out, const struct cmd *c, const struct opt *o)
{
	const char *v = c && c->verb ? c->verb : "";
	if (c)
		fprintf(out, "        \"%s %s:--%s\"", c->noun, v, o->name);
	else
		fprintf(out, "        *:--%s", o->name);
	if (o->short_name && c)
		fprintf(out, "|\"%s %s:-%c\"", c->noun, v, o->short_name);
	else if (o->short_name)
		fprintf(out, "|*:-%c", o->short_name);
	fputc(')', out);
	if (o->complete && strcmp(o->complete, "file") == 0) {
		fputs(" _files; return ;;\n", out);
	} else if (o->complete) {
		fputs(" compadd -- ", out);
		opt_values_sh(out, o, ZSH);
		fputs("; return ;;\n", out);
	} else {
		fputs(" return ;;\n", out);
	}
}

static void zsh_choice(FILE *out, enum shell sh, const char *choice)
{
	struct buf keys = {0};
	arg_keys(&keys, ARG_CHOICE, choice, "|");
	if (keys.len) {
		fprintf(out, "        %s) compadd -- ", buf_str(&keys));
		kind_words(out, sh, ARG_CHOICE, choice);
		fputs(" ;;\n", out);
	}
	buf_free(&keys);
}

/* The positional arguments' completions, by "noun verb:npos". */
static void zsh_args(FILE *out)
{
	static const enum arg_kind kinds[] = {ARG_DOMAIN, ARG_TYPE, ARG_SETTING, ARG_PROFILE,
					      ARG_FILE};
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		struct buf keys = {0};
		arg_keys(&keys, kinds[k], NULL, "|");
		if (!keys.len)
			continue;
		fprintf(out, "        %s)", buf_str(&keys));
		buf_free(&keys);
		if (kinds[k] == ARG_FILE) {
			fputs(" _files ;;\n", out);
			continue;
		}
		fputs(" compadd -- ", out);
		kind_words(out, ZSH, kinds[k], NULL);
		fputs(" ;;\n", out);
	}
	each_choice(zsh_choice, out, ZSH);
	fputs("        \"help :0\") compadd -- ", out);
	help_words(out);
	fputs(" ;;\n"
	      "        \"help :1\") case $pos[1] in\n", out);
	for (size_t c = 0; commands[c]; c++) {
		if (!commands[c]->verb || noun_seen(c, commands[c]->noun))
			continue;
		fprintf(out, "            %s) compadd -- ", commands[c]->noun);
		verb_words(out, commands[c]->noun);
		fputs(" ;;\n", out);
	}
	fputs("            esac ;;\n", out);
}

static void zsh(FILE *out)
{
	fputs("#compdef gandi\n# zsh completion for gandi (generated by 'gandi completion zsh')\n"
	      "# whether option $2 of command $1 takes a value (which is then not an argument)\n"
	      "_gandi_takes() {\n"
	      "    case \"$1:$2\" in\n"
	      "        ", out);
	takes_value_keys(out, "|");
	fputs(") return 0 ;;\n"
	      "    esac\n"
	      "    return 1\n"
	      "}\n"
	      "_gandi() {\n"
	      "    local -a words_ opts pos\n"
	      "    local noun verb i npos=0\n"
	      "    for ((i = 2; i < CURRENT; i++)); do\n"
	      "        [[ $words[i] == -* ]] && continue\n"
	      "        if ((i > 2)) && _gandi_takes \"$noun $verb\" \"$words[i-1]\"; then continue; fi\n"
	      "        if [[ -z $noun ]]; then noun=$words[i]\n"
	      "        elif [[ -z $verb && $noun == (", out);
	bool first = true;
	for (size_t c = 0; commands[c]; c++)
		if (commands[c]->verb && !noun_seen(c, commands[c]->noun)) {
			fprintf(out, "%s%s", first ? "" : "|", commands[c]->noun);
			first = false;
		}
	fputs(") ]]; then verb=$words[i]\n"
	      "        else\n"
	      "            case \"$noun $verb\" in\n", out);
	each_prefix(zsh_more, out);
	fputs("                *) pos+=($words[i]); npos=$((npos + 1)) ;;\n"
	      "            esac\n"
	      "        fi\n"
	      "    done\n"
	      "    case \"$noun $verb:$words[CURRENT-1]\" in\n", out);
	for (size_t c = 0; commands[c]; c++)
		for (size_t i = 0; cli_opt(commands[c], i); i++)
			if (cli_opt(commands[c], i)->arg)
				zsh_value(out, commands[c], cli_opt(commands[c], i));
	for (size_t i = 0; global_opts[i].name; i++)
		if (global_opts[i].arg)
			zsh_value(out, NULL, &global_opts[i]);
	fputs("    esac\n"
	      "    if [[ -z $noun ]]; then\n"
	      "        words_=(\n", out);
	for (size_t c = 0; commands[c]; c++) {
		if ((commands[c]->flags & CMD_HIDDEN) || noun_seen(c, commands[c]->noun))
			continue;
		const char *summary = commands[c]->verb ? NULL : commands[c]->summary;
		for (size_t g = 0; !summary && cmd_groups[g].noun; g++)
			if (strcmp(cmd_groups[g].noun, commands[c]->noun) == 0)
				summary = cmd_groups[g].summary;
		fprintf(out, "            '%s:", commands[c]->noun);
		zsh_escape(out, summary ? summary : "");
		fputs("'\n", out);
	}
	fputs("        )\n        _describe command words_\n        return\n    fi\n"
	      "    if [[ -z $verb ]]; then\n        case $noun in\n", out);
	for (size_t c = 0; commands[c]; c++) {
		if (!commands[c]->verb || noun_seen(c, commands[c]->noun))
			continue;
		fprintf(out, "            %s) words_=(", commands[c]->noun);
		zsh_items(out, commands[c]->noun, "", 0);
		fputs(" ); _describe command words_; return ;;\n", out);
	}
	fputs("        esac\n    fi\n    case \"$noun $verb\" in\n", out);
	each_prefix(zsh_next, out);
	fputs("    esac\n    opts=(", out);
	for (size_t i = 0; global_opts[i].name; i++)
		fprintf(out, " --%s", global_opts[i].name);
	fputs(" )\n    case \"$noun $verb\" in\n", out);
	for (size_t c = 0; commands[c]; c++) {
		if (!cli_opt(commands[c], 0))
			continue;
		fprintf(out, "        \"%s %s\") opts+=(", commands[c]->noun,
			commands[c]->verb ? commands[c]->verb : "");
		for (size_t i = 0; cli_opt(commands[c], i); i++)
			fprintf(out, " --%s", cli_opt(commands[c], i)->name);
		fputs(" ) ;;\n", out);
	}
	fputs("    esac\n"
	      "    if [[ $PREFIX == -* ]]; then compadd -- $opts; return; fi\n"
	      "    case \"$noun $verb:$npos\" in\n", out);
	zsh_args(out);
	fputs("    esac\n}\n_gandi \"$@\"\n", out);
}

static void fish_quote(FILE *out, const char *s)
{
	fputc('\'', out);
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('\'', out);
}

static void fish_opt(FILE *out, const char *cond, const struct opt *o)
{
	fprintf(out, "complete -c gandi -n %s -l %s", cond, o->name);
	if (o->short_name)
		fprintf(out, " -s %c", o->short_name);
	if (o->arg) {
		if (o->complete && strcmp(o->complete, "file") == 0)
			fputs(" -r -F", out);
		else if (o->complete) {
			fputs(" -x -a ", out);
			fputc('\'', out);
			opt_values_sh(out, o, FISH);
			fputc('\'', out);
		} else
			fputs(" -x", out);
	}
	fputs(" -d ", out);
	fish_quote(out, o->help);
	fputc('\n', out);
}

/* "; and __fish_seen_subcommand_from W" for each word of the first len bytes of verb. */
static void fish_seen(struct buf *cond, const char *verb, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t n = word1(verb + i);
		if (i + n > len)
			n = len - i;
		buf_printf(cond, "; and __fish_seen_subcommand_from %.*s", (int)n, verb + i);
		i += n + 1;
	}
}

/* The word of c's verb after its prefix of plen bytes, offered once the prefix is there. */
static void fish_level(FILE *out, const struct cmd *c, size_t plen)
{
	struct buf cond = {0};
	const char *w = after(c, plen);
	fish_seen(&cond, c->verb, plen);
	fprintf(out, "complete -c gandi -n '__fish_seen_subcommand_from %s%s; and not "
		     "__fish_seen_subcommand_from ", c->noun, buf_str(&cond));
	next_words(out, c->noun, c->verb, plen, " ");
	fprintf(out, "' -a %.*s -d ", (int)word1(w), w);
	if (goes_on(c, plen)) {
		fprintf(out, "'%.*s commands: ", (int)through_next(c, plen), c->verb);
		rest_words(out, c, plen, ", ");
		fputs("'\n", out);
	} else {
		fish_quote(out, c->summary);
		fputc('\n', out);
	}
	buf_free(&cond);
}

static void fish_choice(FILE *out, enum shell sh, const char *choice)
{
	struct buf keys = {0};
	arg_keys(&keys, ARG_CHOICE, choice, " ");
	if (keys.len) {
		fprintf(out, "complete -c gandi -n 'contains -- (__gandi_state) %s' -a '",
			buf_str(&keys));
		kind_words(out, sh, ARG_CHOICE, choice);
		fputs("'\n", out);
	}
	buf_free(&keys);
}

/* The positional arguments' completions: __gandi_state says where the line is. */
static void fish_args(FILE *out)
{
	static const enum arg_kind kinds[] = {ARG_DOMAIN, ARG_TYPE, ARG_SETTING, ARG_PROFILE,
					      ARG_FILE};
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		struct buf keys = {0};
		arg_keys(&keys, kinds[k], NULL, " ");
		if (keys.len) {
			fprintf(out, "complete -c gandi -n 'contains -- (__gandi_state) %s' ",
				buf_str(&keys));
			if (kinds[k] == ARG_FILE) {
				fputs("-F\n", out);
			} else {
				fputs("-a '", out);
				kind_words(out, FISH, kinds[k], NULL);
				fputs("'\n", out);
			}
		}
		buf_free(&keys);
	}
	each_choice(fish_choice, out, FISH);
	fputs("complete -c gandi -n 'contains -- (__gandi_state) \"help :0\"' -a '", out);
	help_words(out);
	fputs("'\n", out);
	for (size_t c = 0; commands[c]; c++) {
		if (!commands[c]->verb || noun_seen(c, commands[c]->noun))
			continue;
		fprintf(out, "complete -c gandi -n 'contains -- (__gandi_state) \"help :1\"; and "
			     "contains -- %s (__gandi_pos 1)' -a '", commands[c]->noun);
		verb_words(out, commands[c]->noun);
		fputs("'\n", out);
	}
}

static void fish(FILE *out)
{
	fputs("# fish completion for gandi (generated by 'gandi completion fish')\n"
	      "complete -c gandi -f\n"
	      "# the options that take a value, each command's own (their value is no argument)\n"
	      "set -g __gandi_takes ", out);
	takes_value_keys(out, " ");
	fputs("\nset -g __gandi_groups", out);
	for (size_t c = 0; commands[c]; c++)
		if (commands[c]->verb && !noun_seen(c, commands[c]->noun))
			fprintf(out, " %s", commands[c]->noun);
	fputs("\nset -g __gandi_prefixes", out);
	each_prefix(fish_prefix, out);
	fputs("\n"
	      "# the words gandi knows: domains (cached), profiles, settings\n"
	      "function __gandi_words\n"
	      "    set -l gandi (commandline -opc)[1]\n"
	      "    type -q $gandi; and $gandi complete-words $argv 2>/dev/null\n"
	      "end\n"
	      "# where the line is: \"noun verb:N\", N the positional arguments given so far\n"
	      "function __gandi_state\n"
	      "    set -l noun; set -l verb; set -l n 0; set -l prev\n"
	      "    set -g __gandi_args\n"
	      "    for w in (commandline -opc)[2..-1]\n"
	      "        if string match -q -- '-*' $w\n"
	      "            set prev $w; continue\n"
	      "        end\n"
	      "        if test -n \"$prev\"; and begin; contains -- \"*:$prev\" $__gandi_takes; "
	      "or contains -- \"$noun $verb:$prev\" $__gandi_takes; end\n"
	      "            set prev; continue\n"
	      "        end\n"
	      "        set prev\n"
	      "        if test -z \"$noun\"; set noun $w\n"
	      "        else if test -z \"$verb\"; and contains -- $noun $__gandi_groups; set verb $w\n"
	      "        else if contains -- \"$noun $verb\" $__gandi_prefixes; set verb \"$verb $w\"\n"
	      "        else; set n (math $n + 1); set -a __gandi_args $w\n"
	      "        end\n"
	      "    end\n"
	      "    echo \"$noun $verb:$n\"\n"
	      "end\n"
	      "# the Nth positional argument (after __gandi_state)\n"
	      "function __gandi_pos\n"
	      "    __gandi_state >/dev/null\n"
	      "    echo $__gandi_args[$argv[1]]\n"
	      "end\n", out);
	for (size_t i = 0; global_opts[i].name; i++)
		fish_opt(out, "'true'", &global_opts[i]);
	for (size_t c = 0; commands[c]; c++) {
		const struct cmd *cmd = commands[c];
		if (cmd->flags & CMD_HIDDEN)
			continue;
		if (!noun_seen(c, cmd->noun)) {
			const char *summary = cmd->verb ? NULL : cmd->summary;
			for (size_t g = 0; !summary && cmd_groups[g].noun; g++)
				if (strcmp(cmd_groups[g].noun, cmd->noun) == 0)
					summary = cmd_groups[g].summary;
			fprintf(out, "complete -c gandi -n __fish_use_subcommand -a %s -d ", cmd->noun);
			fish_quote(out, summary ? summary : "");
			fputc('\n', out);
		}
		struct buf cond = {0};
		for (size_t plen = 0; cmd->verb; plen = through_next(cmd, plen)) {
			if (!next_seen(c, cmd, plen))
				fish_level(out, cmd, plen);
			if (!goes_on(cmd, plen))
				break;
		}
		buf_printf(&cond, "'__fish_seen_subcommand_from %s", cmd->noun);
		if (two_words(cmd)) {
			fish_seen(&cond, cmd->verb, strlen(cmd->verb));
		} else if (cmd->verb) {
			/* not the same word as a later one of a longer verb ("dns snapshot list") */
			struct buf not_two = {0};
			for (size_t k = 0; commands[k]; k++)
				if (two_words(commands[k]) && !next_seen(k, commands[k], 0) &&
				    under(commands[k], cmd->noun, "", 0))
					buf_printf(&not_two, " %.*s", (int)word1(commands[k]->verb),
						   commands[k]->verb);
			buf_printf(&cond, "; and __fish_seen_subcommand_from %s%s%s", cmd->verb,
				   not_two.len ? "; and not __fish_seen_subcommand_from" : "",
				   buf_str(&not_two));
			buf_free(&not_two);
		}
		buf_adds(&cond, "'");
		for (size_t i = 0; cli_opt(cmd, i); i++)
			fish_opt(out, buf_str(&cond), cli_opt(cmd, i));
		buf_free(&cond);
	}
	fish_args(out);
}

static int run(struct ctx *ctx, struct args *a)
{
	const char *shell = a->argv[0];
	if (strcmp(shell, "bash") == 0)
		bash(stdout);
	else if (strcmp(shell, "zsh") == 0)
		zsh(stdout);
	else if (strcmp(shell, "fish") == 0)
		fish(stdout);
	else
		return usage_error(ctx, "no completion for '%s': choose bash, zsh or fish", shell);
	out_check(ctx);
	return 0;
}

const struct cmd cmd_completion = {
	.noun = "completion",
	.args = "bash|zsh|fish",
	.summary = "print a shell completion script",
	.description = "bash: source <(gandi completion bash), or save it as\n"
		       "/usr/share/bash-completion/completions/gandi (make install does).\n"
		       "zsh: save it as _gandi in a folder of $fpath. fish: save it as\n"
		       "~/.config/fish/completions/gandi.fish.",
	.examples = "source <(gandi completion bash)\n"
		    "gandi completion zsh > ~/.zfunc/_gandi\n"
		    "gandi completion fish > ~/.config/fish/completions/gandi.fish",
	.min_args = 1,
	.max_args = 1,
	.flags = CMD_NO_CONFIG | CMD_NO_JSON,
	.exec = run,
};
