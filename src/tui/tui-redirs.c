/*
 * The redirections tab of a domain's screen. Edits check their input with
 * the redirect commands' own functions and send what they send: the POST of
 * redirect add, the PATCH of redirect update (only what changes), the DELETE
 * of redirect delete.
 */
#include "tui/tui.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gandi/webredirs.h"
#include "ops/redirects.h"
#include "util.h"
#include "xalloc.h"

#define RTYPE_PROMPT "type (http301, http302 or cloak)"
#define PROTOCOL_PROMPT "protocol (http, https or httpsonly)"

/* What the prompts of an addition collect. */
struct form {
	const char *zone;
	char *host; /* the full source host */
};

static void form_free(struct form *f)
{
	free(f->host);
	memset(f, 0, sizeof(*f));
}

static void free_redirs(struct dom_detail *z)
{
	for (size_t i = 0; i < z->nredirs; i++)
		webredir_free(&z->redirs[i]);
	free(z->redirs);
	z->redirs = NULL;
	z->nredirs = z->cap_redirs = 0;
}

/* A redirection joins the tab (moved; a webredir_fn). */
static int keep_redir(void *arg, struct webredir *w, const struct jv_text *raw)
{
	struct dom_detail *z = arg;
	(void)raw;
	z->redirs = xgrow(z->redirs, &z->cap_redirs, z->nredirs + 1, sizeof(*z->redirs));
	z->redirs[z->nredirs++] = *w;
	memset(w, 0, sizeof(*w));
	return 0;
}

/* The redirection selected, of every one (the filter's view mapped back). */
static size_t cur_redir(const struct dom_detail *z)
{
	return tab_row(z, TAB_REDIRS, z->tabs[TAB_REDIRS].view.cur);
}

static int load_redirs(struct tui *t, struct dom_detail *z, char **note)
{
	(void)note;
	tui_busy(t, "loading the web redirections...");
	int rc = webredirs_each(t->ctx, t->open->d.fqdn, keep_redir, z);
	tui_idle(t);
	return rc;
}

static int check_source(struct tui *t, const char *text, void *arg)
{
	struct form *f = arg;
	free(f->host);
	f->host = NULL;
	return redirect_host(t->ctx, f->zone, text, &f->host);
}

static int check_url(struct tui *t, const char *text, void *arg)
{
	(void)arg;
	return redirect_check_url(t->ctx, text);
}

static int check_rtype(struct tui *t, const char *text, void *arg)
{
	(void)arg;
	return redirect_check_type(t->ctx, text);
}

static int check_protocol(struct tui *t, const char *text, void *arg)
{
	(void)arg;
	return redirect_check_protocol(t->ctx, text);
}

static void redirs_changed(struct tui *t, const char *host)
{
	char *h = host ? xstrdup(host) : NULL;
	char *status = t->status ? xstrdup(t->status) : NULL;
	enum status_kind kind = t->status_kind;
	struct dom_detail *z = t->open->detail;
	tab_reload(t, TAB_REDIRS);
	for (size_t i = 0; h && i < z->nredirs; i++)
		if (z->redirs[i].host && str_ieq(z->redirs[i].host, h))
			if (tab_view_index(z, TAB_REDIRS, i) >= 0)
				lview_goto(&z->tabs[TAB_REDIRS].view, tab_view_index(z, TAB_REDIRS, i));
	if (!z->tabs[TAB_REDIRS].error && status)
		tui_status(t, kind, "%s", status);
	free(status);
	free(h);
}

static void add_redir(struct tui *t)
{
	int rc;
	struct form f = {.zone = t->open->d.fqdn};
	char *source = NULL, *target = NULL, *type = NULL, *protocol = NULL;
	if (!(source = tui_prompt(t, "source (@, a label or a full host)", "", check_source, &f)) ||
	    !(target = tui_prompt_prefix(t, "redirect to URL", "https://", check_url, &f)) ||
	    !(type = tui_prompt(t, RTYPE_PROMPT, "http301", check_rtype, &f)) ||
	    !(protocol = tui_prompt(t, PROTOCOL_PROMPT, "https", check_protocol, &f)))
		goto out;
	struct webredir_spec spec = {.host = f.host, .url = target, .type = type,
				     .protocol = protocol};
	tui_busy(t, "adding...");
	rc = redirect_create(t->ctx, f.zone, &spec); /* as redirect add sends it */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "added %s -> %s (%s, %s)", f.host, target, type, protocol);
	redirs_changed(t, f.host);
out:
	free(source);
	free(target);
	free(type);
	free(protocol);
	form_free(&f);
}

static void edit_redir(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	struct webredir_patch patch;
	char *target = NULL, *type = NULL, *protocol = NULL;
	char *host = NULL, *label = NULL;
	if (!z->nredirs)
		return;
	const struct webredir *w = &z->redirs[cur_redir(z)];
	host = xstrdup(w->host ? w->host : "");
	label = xasprintf("%s redirects to URL", host);
	if (!(target = tui_prompt(t, label, w->url, check_url, NULL)) ||
	    !(type = tui_prompt(t, RTYPE_PROMPT, w->type ? w->type : "http301", check_rtype,
				NULL)) ||
	    !(protocol = tui_prompt(t, PROTOCOL_PROMPT, w->protocol ? w->protocol : "https",
				    check_protocol, NULL)))
		goto out;
	if (!redirect_patch(w, target, type, protocol, -1, &patch)) {
		tui_status(t, STATUS_INFO, "nothing to change: %s already redirects to %s (%s, %s)",
			   host, target, type, protocol);
		goto out;
	}
	tui_busy(t, "saving...");
	rc = redirect_change(t->ctx, t->open->d.fqdn, host, &patch); /* as redirect update */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	tui_status(t, STATUS_OK, "updated %s -> %s (%s, %s)", host, target, type, protocol);
	redirs_changed(t, host);
out:
	free(target);
	free(type);
	free(protocol);
	free(host);
	free(label);
}

static void delete_redir(struct tui *t)
{
	int rc;
	struct dom_detail *z = t->open->detail;
	char *question = NULL, *host = NULL, *target = NULL;
	if (!z->nredirs)
		return;
	const struct webredir *w = &z->redirs[cur_redir(z)];
	host = xstrdup(w->host ? w->host : "");
	target = xstrdup(w->url ? w->url : "");
	question = xasprintf("Delete the redirection %s -> %s?", host, target);
	if (!tui_confirm(t, question)) {
		tui_status(t, STATUS_INFO, "cancelled: nothing was changed");
		goto out;
	}
	tui_busy(t, "deleting...");
	rc = redirect_remove(t->ctx, t->open->d.fqdn, host); /* as redirect delete sends it */
	tui_idle(t);
	if (rc) {
		tui_error(t, rc);
		goto out;
	}
	/* what stays behind, as redirect delete says it */
	struct redirect_rrsets left = {0};
	if (redirect_left_behind(t->ctx, t->open->d.fqdn, host, &left) == 0 && left.n) {
		tui_status(t, STATUS_INFO, "deleted %s -> %s; the %s record %s stays, pointing at "
			   "Gandi's redirection service (D on the Records tab deletes it)", host,
			   target, left.items[0].type, left.items[0].name);
	} else {
		error_clear(&t->ctx->err);
		tui_status(t, STATUS_OK, "deleted %s -> %s", host, target);
	}
	redirect_rrsets_free(&left);
	redirs_changed(t, NULL);
out:
	free(question);
	free(host);
	free(target);
}

static size_t redirs_rows(const struct dom_detail *z)
{
	return z->nredirs;
}

static void redirs_widths(const struct tui *t, const struct dom_detail *z, int w[3])
{
	int third = t->cols / 3, host = 6;
	for (size_t i = 0; i < z->nredirs; i++) {
		int n = text_width(z->redirs[i].host ? z->redirs[i].host : "");
		host = n > host ? n : host;
	}
	w[0] = host < third ? host : third;
	w[1] = 7;
	w[2] = 9;
}

static void redirs_cells(const struct dom_detail *z, size_t row, const char *cells[4],
			 char buf[32])
{
	const struct webredir *w = &z->redirs[row];
	(void)buf;
	cells[0] = w->host;
	cells[1] = w->type;
	cells[2] = w->protocol;
	cells[3] = w->url;
}

static void redirs_key(struct tui *t, int key, bool enter)
{
	(void)enter;
	if (key == 'e')
		edit_redir(t);
	else if (key == 'a')
		add_redir(t);
	else if (key == 'd')
		delete_redir(t);
}

const struct tab_ops tab_redirs = {
	.name = "Redirections",
	.heads = {"SOURCE", "TYPE", "PROTOCOL", "URL"},
	.empty = "no web redirections (a adds one)",
	.screen = SCREEN_REDIRS,
	.load = load_redirs,
	.release = free_redirs,
	.rows = redirs_rows,
	.widths = redirs_widths,
	.cells = redirs_cells,
	.key = redirs_key,
};
