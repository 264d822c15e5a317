#include "cmd.h"
#include "error.h"
#include "tui/tui.h"

static int run(struct ctx *ctx, struct args *a)
{
	(void)a;
	if (ctx->json)
		return usage_error(ctx, "the browser has no --json form: use the commands for that");
	return tui_browse(ctx);
}

const struct cmd cmd_browse = {
	.noun = "browse",
	.args = "",
	.summary = "browse and edit domains, DNS records and redirections on the terminal",
	.description =
		"The domain list first (/ filters it as you type); Enter opens a domain,\n"
		"with tabs for its DNS records, web redirections and registration details\n"
		"(Tab moves between them). e edits, a adds, d deletes (asking first),\n"
		"r refreshes, ? lists every key, q goes back or leaves. Edits are checked\n"
		"like the commands' arguments before anything is sent, and Gandi's errors\n"
		"appear in the status line. 'gandi' with no command opens it too, when\n"
		"stdin and stdout are a terminal. Colour follows NO_COLOR and --no-color.",
	.examples = "gandi\n"
		    "gandi browse",
	.max_args = 0,
	.flags = CMD_TOKEN | CMD_NET | CMD_MUTATES | CMD_INTERACTIVE | CMD_NO_JSON,
	.scope = "domain:view",
	.exec = run,
};
