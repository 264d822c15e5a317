#include <stdlib.h>

#include "cmd.h"
#include "dns/record.h"
#include "dns/rrkey.h"
#include "dns/wait.h"
#include "error.h"
#include "gandi/livedns.h"
#include "output/output.h"
#include "xalloc.h"

static const struct opt opts[] = {
	{"absent", 0, NULL, "wait until the VALUEs are gone (with none: the whole RRset)", NULL},
	{"timeout", 0, "SECONDS", "give up after SECONDS (default 120, setting wait_timeout)",
	 NULL},
	{"interval", 0, "SECONDS", "the longest pause between two rounds of questions (default 0.5)",
	 NULL},
	{"nameserver", 0, "HOST[:PORT]", "ask this server instead of the zone's (repeatable; "
	 "GANDI_NAMESERVERS)", NULL},
	OPT_FQDN_RECORD,
	{0},
};

/* What the API holds now: the state to wait for when no VALUE is given. */
static int api_state(struct ctx *ctx, const struct rrkey *k, struct rrset *cur,
		     struct wait_target *t)
{
	bool found = false;
	int rc = rrset_get(ctx, k->zone, k->name, k->type, cur, &found, NULL);
	if (rc)
		return rc;
	t->mode = found && cur->nvalues ? WAIT_EXACT : WAIT_GONE;
	t->values = (const char *const *)cur->values;
	t->nvalues = cur->nvalues;
	return 0;
}

static void report(struct ctx *ctx, const struct rrkey *k, const struct wait_target *t,
		   const struct wait_result *res)
{
	static const char *const modes[] = {"present", "absent", "gone", "exact"};
	if (ctx->json) {
		struct jv *o = jv_object();
		jv_set_str(o, "domain", k->zone);
		jv_set_str(o, "name", k->name);
		jv_set_str(o, "type", k->type);
		jv_set_str(o, "wanted", modes[t->mode]);
		jv_set(o, "values", jv_strv(t->values, t->nvalues));
		jv_set_int(o, "nameservers", (long long)res->servers);
		jv_set_int(o, "waited_ms", (long long)(res->ms + 0.5));
		out_ok(ctx, o);
		return;
	}
	char *text = wait_values_text(k->type, k->zone, t->values, t->nvalues);
	char *tail = xasprintf("(%zu nameserver%s, %.0f ms)", res->servers,
			       res->servers == 1 ? "" : "s", res->ms);
	if (t->mode == WAIT_GONE)
		note(ctx, "served: %s %s in %s is gone %s", k->type, k->name, k->zone, tail);
	else
		note(ctx, "served: %s %s in %s%s %s %s", k->type, k->name, k->zone,
			 t->mode == WAIT_ABSENT ? " without" : t->mode == WAIT_EXACT ? " exactly:"
											 : ":",
			 text, tail);
	free(text);
	free(tail);
}

static int run(struct ctx *ctx, struct args *a)
{
	struct rrkey k;
	struct rrset cur = {0};
	struct rrvalues values = {0};
	struct wait_opts o;
	struct wait_result res;
	struct wait_target t = {0};
	int rc = rrkey_parse(ctx, a->argv[0], a->argv[1], a->argv[2], &k);
	if (rc)
		return rc;
	if ((rc = wait_opts_from_args(ctx, a, "timeout", "interval", &o)))
		goto out;
	if ((rc = values_parse(ctx, &k, a->argc - 3, a->argv + 3, &values)))
		goto out;
	size_t n = values.n;
	t.zone = k.zone;
	t.name = k.name;
	t.type = k.type;
	t.values = values.api;
	t.nvalues = n;
	if (arg_flag(a, "absent"))
		t.mode = n ? WAIT_ABSENT : WAIT_GONE;
	else if (n)
		t.mode = WAIT_PRESENT;
	else if ((rc = api_state(ctx, &k, &cur, &t)))
		goto out;
	if ((rc = dns_wait(ctx, &t, 1, &o, &res)))
		goto out;
	report(ctx, &k, &t, &res);
out:
	rrvalues_free(&values);
	rrset_free(&cur);
	rrkey_free(&k);
	return rc;
}

const struct cmd cmd_dns_wait = {
	.noun = "dns",
	.verb = "wait",
	.args = "DOMAIN TYPE NAME [VALUE...]",
	.summary = "wait until every nameserver of the zone serves an RRset as wanted",
	.description =
		"With VALUEs: until each server serves them (others may be there too). With\n"
		"the flag --absent: until none serves them, or with no VALUE until the RRset\n"
		"is gone. With neither: until the servers serve the RRset exactly as Gandi\n"
		"holds it now. The servers are the zone's LiveDNS nameservers as Gandi names\n"
		"them, each asked directly with recursion off (UDP, then TCP when the answer\n"
		"is truncated); the name asked about is never looked up through this\n"
		"machine's resolver. The option --nameserver, GANDI_NAMESERVERS or the\n"
		"setting nameservers name other servers. Exits 0 once every server answers\n"
		"as wanted in the same round; 7 after --timeout, naming the servers that lag\n"
		"and what they serve.",
	.examples = "gandi dns wait example.com TXT _acme-challenge \"token-value\"\n"
		    "gandi dns wait example.com A www 192.0.2.10 --timeout 300",
	.opts = opts,
	.min_args = 3,
	.max_args = -1,
	.flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:tech",
	.exec = run,
};
