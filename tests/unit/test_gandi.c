/*
 * The API layer's call core and the error facts, without a server: how a
 * call is built, what the command table lets a command send, and how the
 * core composes an error from the facts of a failed call.
 */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "config/secret.h"
#include "ctx.h"
#include "error.h"
#include "gandi/call.h"
#include "output/output.h"
#include "unit.h"

static int no_exec(struct ctx *ctx, struct args *a)
{
	(void)ctx;
	(void)a;
	return 0;
}

static const struct cmd reader = {
	.noun = "reader", .args = "", .summary = "reads", .flags = CMD_TOKEN | CMD_NET,
	.scope = "domain:view", .exec = no_exec,
};
static const struct cmd offline = {
	.noun = "offline", .args = "", .summary = "talks to no one", .flags = 0, .exec = no_exec,
};

static void ctx_init(struct ctx *ctx, const struct cmd *cmd)
{
	memset(ctx, 0, sizeof(*ctx));
	ctx->cmd = cmd;
	ctx->quiet = true;
	ctx->api_url.value = "https://api.example.test/v5/";
	ctx->id_url.value = "https://id.example.test";
}

static void test_paths_encode_their_variable_parts(void)
{
	struct ctx ctx;
	struct call c;
	ctx_init(&ctx, &reader);
	call_init(&c, "GET", "domain:tech", 0);
	call_path(&c, "/livedns/domains/%s/records/%s/%s", "example.com", "a b/c", "TXT");
	call_query(&c, "rrset_type", "A&B");
	call_query(&c, "skipped", NULL);
	char *url = call_target(&ctx, &c);
	CHECK_STR(url, "https://api.example.test/v5/livedns/domains/example.com/records/"
		       "a%20b%2Fc/TXT?rrset_type=A%26B");
	free(url);
	call_free(&c);
	call_init(&c, "GET", NULL, CALL_ID);
	call_path(&c, "/tokeninfo");
	url = call_target(&ctx, &c);
	CHECK_STR(url, "https://id.example.test/tokeninfo");
	free(url);
	call_free(&c);
}

/* A command the table marks as read-only never sends a write; nothing goes out. */
static void test_the_table_bounds_what_a_command_sends(void)
{
	struct ctx ctx;
	struct call c;
	struct reply r;
	ctx_init(&ctx, &reader);
	call_init(&c, "DELETE", "domain:tech", 0);
	call_path(&c, "/livedns/domains/%s/records/www/A", "example.com");
	CHECK_INT(call_send(&ctx, &c, &r), EXIT_ERROR);
	CHECK_STR(ctx.err.kind, "internal");
	CHECK(strstr(ctx.err.message, "only reads") != NULL);
	CHECK(ctx.http == NULL); /* no connection was even set up */
	reply_free(&r);
	error_clear(&ctx.err);
	call_free(&c);

	ctx_init(&ctx, &offline);
	call_init(&c, "GET", NULL, 0);
	call_path(&c, "/domain/domains");
	CHECK_INT(call_send(&ctx, &c, &r), EXIT_ERROR);
	CHECK(strstr(ctx.err.message, "talks to no server") != NULL);
	CHECK(ctx.http == NULL);
	reply_free(&r);
	error_clear(&ctx.err);
	call_free(&c);
}

static void test_a_dry_run_sends_only_checks(void)
{
	static const struct cmd planner = {
		.noun = "planner", .args = "", .summary = "writes, with a dry run of its own",
		.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_DRY_RUN, .exec = no_exec,
	};
	static const struct cmd writer = {
		.noun = "writer", .args = "", .summary = "writes",
		.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES, .exec = no_exec,
	};
	struct ctx ctx;
	struct call c;
	struct reply r;
	/* a command doing its own dry run never sends a write without Dry-Run: 1 */
	ctx_init(&ctx, &planner);
	ctx.dry_run = true;
	call_init(&c, "POST", "domain:tech", 0);
	call_path(&c, "/livedns/domains/%s/snapshots", "example.com");
	CHECK_INT(call_send(&ctx, &c, &r), EXIT_ERROR);
	CHECK(strstr(ctx.err.message, "a dry run was about to send POST") != NULL);
	CHECK(ctx.http == NULL);
	reply_free(&r);
	error_clear(&ctx.err);
	/* any other is stopped at its first write, which is held for the report */
	ctx.cmd = &writer;
	CHECK_INT(call_send(&ctx, &c, &r), EXIT_HELD);
	CHECK(strstr(ctx.err.message, "POST ") == ctx.err.message);
	CHECK(strstr(ctx.err.message, "/livedns/domains/example.com/snapshots") != NULL);
	CHECK(ctx.http == NULL);
	reply_free(&r);
	error_clear(&ctx.err);
	call_free(&c);
}

static struct api_fault *fault(enum fault_kind kind, long status, const char *object,
			       const char *message)
{
	struct api_fault *f = calloc(1, sizeof(*f));
	f->kind = kind;
	f->status = status;
	f->object = object ? strdup(object) : NULL;
	f->message = message ? strdup(message) : NULL;
	f->retry_after = -1;
	f->attempts = 1;
	return f;
}

static void test_error_codes_follow_the_facts(void)
{
	struct ctx ctx;
	ctx_init(&ctx, &reader);
	ctx.token = secret_new("0123456789abcdef0123456789abcdef01234567", 40, SRC_ENV,
			       "GANDI_API_KEY");
	struct api_fault *f = fault(FAULT_NAMED_404, 404, "dns-record", "Can't find the DNS record");
	f->subject.kind = SUBJECT_DOMAIN;
	f->subject.domain = strdup("example.com");
	CHECK_INT(error_api(&ctx, f), EXIT_NOTFOUND);
	CHECK_STR(ctx.err.kind, "record_not_found");
	CHECK(ctx.err.message == NULL); /* composed only when shown */
	char *text = error_text(&ctx);
	CHECK_STR(text, "Can't find the DNS record of domain 'example.com'");
	free(text);

	f = fault(FAULT_DENIED, 403, "HTTPForbidden", "Access was denied to this resource.");
	f->scope = "domain:tech";
	CHECK_INT(error_api(&ctx, f), EXIT_PERM);
	CHECK_STR(ctx.err.kind, "permission_denied");
	CHECK(error_fault(&ctx) != NULL && strcmp(error_fault(&ctx)->scope, "domain:tech") == 0);
	text = error_text(&ctx);
	CHECK_STR(text, "Permission denied");
	free(text);
	/* the permission missing is the call's; the command's own (domain:view) is said apart */
	const char *tech = strstr(ctx.err.detail, "The token lacks the permission:\n  Manage domain "
					       "name technical configurations (domain:tech)");
	const char *view = strstr(ctx.err.detail, "and domain:view, which Gandi did not refuse");
	CHECK(tech && view && tech < view);
	char *fields = jv_dump_line(ctx.err.fields);
	CHECK(strstr(fields, "\"scope_needed\":\"domain:tech\"") != NULL);
	free(fields);

	f = fault(FAULT_CONFLICT, 409, NULL, "already there");
	f->attempts = 3;
	CHECK_INT(error_api(&ctx, f), EXIT_ERROR);
	CHECK_STR(ctx.err.kind, "conflict");
	error_context(&ctx, "POST the A record www in example.com");
	text = error_text(&ctx);
	CHECK_STR(text, "POST the A record www in example.com: Gandi refused it as a conflict: "
			"already there");
	free(text);
	CHECK_STR(ctx.err.detail, "(after 3 attempts)\n");

	f = fault(FAULT_INVALID, 422, NULL, NULL);
	f->invalid = calloc(2, sizeof(*f->invalid));
	f->invalid[0].name = strdup("rrset_ttl");
	f->invalid[0].description = strdup("too small");
	f->invalid[1].name = strdup("rrset_values");
	f->invalid[1].description = strdup("empty");
	f->ninvalid = 2;
	CHECK_INT(error_api(&ctx, f), EXIT_ERROR);
	CHECK_STR(ctx.err.kind, "invalid");
	text = error_text(&ctx);
	CHECK_STR(text, "Gandi refused the request: rrset_ttl: too small");
	free(text);
	CHECK_STR(ctx.err.detail, "  rrset_values: empty\n");

	struct subject snap = {.kind = SUBJECT_SNAPSHOT, .domain = "example.com", .id = "5a00"};
	CHECK_INT(error_absent(&ctx, &snap), EXIT_NOTFOUND);
	CHECK_STR(ctx.err.kind, "snapshot_not_found");
	CHECK_STR(ctx.err.message, "example.com has no snapshot '5a00'");
	error_clear(&ctx.err);
	secret_free(ctx.token);
}

/* A fault without an answer carries net/http.c's message. */
static void test_no_answer_keeps_the_network_error(void)
{
	struct ctx ctx;
	ctx_init(&ctx, &reader);
	struct api_fault *f = fault(FAULT_NO_ANSWER, 0, NULL, NULL);
	f->maybe_applied = true;
	f->net_code = EXIT_NETWORK;
	f->net_kind = strdup("timeout");
	f->net_message = strdup("no complete answer from 'api.example.test'");
	error_set(&ctx, EXIT_USAGE, "usage", "an earlier error, replaced");
	CHECK_INT(error_api(&ctx, f), EXIT_NETWORK);
	CHECK_STR(ctx.err.kind, "timeout");
	CHECK(error_fault(&ctx) && error_fault(&ctx)->maybe_applied);
	char *text = error_text(&ctx);
	CHECK_STR(text, "no complete answer from 'api.example.test'");
	free(text);
	error_clear(&ctx.err);
}

/* What an answer means is read in src/gandi: status and body together. */
static void test_answers_become_typed_faults(void)
{
	static const struct {
		long status;
		const char *body;
		enum fault_kind kind;
	} cases[] = {
		{404, "{\"code\":404,\"object\":\"dns-record\",\"message\":\"Can't find\"}",
		 FAULT_NAMED_404},
		{404, "{\"code\":404,\"object\":\"HTTPNotFound\"}", FAULT_NOT_FOUND},
		{404, "<html>nope</html>", FAULT_NOT_FOUND},
		{401, "{\"message\":\"expired\"}", FAULT_REJECTED},
		{403, "", FAULT_DENIED},
		{429, "{}", FAULT_RATE_LIMITED},
		{409, "{\"message\":\"exists\"}", FAULT_CONFLICT},
		{400, "{\"errors\":[{\"name\":\"ttl\",\"description\":\"low\"}]}",
		 FAULT_INVALID},
		{502, "<!DOCTYPE html><title>Bad Gateway</title>", FAULT_NOT_GANDI},
		{500, "{\"message\":\"boom\"}", FAULT_OTHER},
	};
	struct ctx ctx;
	struct call c;
	ctx_init(&ctx, &reader);
	call_init(&c, "PUT", "domain:tech", 0);
	call_about_domain(&c, "example.com");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct http_response r;
		http_response_init(&r);
		r.status = cases[i].status;
		r.attempts = 1;
		buf_adds(&r.body, cases[i].body);
		struct api_fault *f = call_fault(&ctx, &c, &r);
		if (f->kind != cases[i].kind)
			fprintf(stderr, "case %zu: kind %d, want %d\n", i, f->kind, cases[i].kind);
		CHECK(f->kind == cases[i].kind);
		CHECK_STR(f->scope, "domain:tech");
		CHECK(f->subject.kind == SUBJECT_DOMAIN);
		/* a gateway's failure: the write may have been carried out */
		CHECK(f->maybe_applied == (cases[i].status >= 500));
		api_fault_free(f);
		/* whatever the last attempt got, an earlier one may have done it */
		r.earlier_maybe_done = true;
		f = call_fault(&ctx, &c, &r);
		CHECK(f->maybe_applied);
		api_fault_free(f);
		http_response_free(&r);
	}
	call_free(&c);
	/* a read changes nothing, whatever came */
	call_init(&c, "GET", "domain:tech", 0);
	struct http_response r;
	http_response_init(&r);
	r.status = 503;
	r.attempts = 4;
	r.earlier_maybe_done = true;
	struct api_fault *f = call_fault(&ctx, &c, &r);
	CHECK(!f->maybe_applied);
	api_fault_free(f);
	http_response_free(&r);
	call_free(&c);
}

int main(void)
{
	jv_init();
	RUN(test_paths_encode_their_variable_parts);
	RUN(test_the_table_bounds_what_a_command_sends);
	RUN(test_a_dry_run_sends_only_checks);
	RUN(test_error_codes_follow_the_facts);
	RUN(test_no_answer_keeps_the_network_error);
	RUN(test_answers_become_typed_faults);
	return unit_done();
}
