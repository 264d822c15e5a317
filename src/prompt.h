/*
 * Questions to the person at the terminal: confirmations before anything
 * destructive, and secrets typed without echo.
 */
#ifndef GANDI_PROMPT_H
#define GANDI_PROMPT_H

#include <stdbool.h>

#include "ctx.h"

/*
 * Ask before something destructive, in a command the table marks CMD_CONFIRM
 * (any other is refused: it has no --yes for scripts). With yes (--yes) it
 * goes ahead; on a terminal it asks question and waits for y/yes; without a
 * terminal it refuses. --yes given to the command (ctx->yes) counts as yes.
 * Returns 0 to go ahead, or an exit code with ctx->err set (EXIT_USAGE
 * without a terminal, EXIT_DECLINED when the answer was no). action names
 * what would have happened, for the messages.
 */
int confirm(struct ctx *ctx, bool yes, const char *question, const char *action);

/*
 * Read a secret from stdin: without echo, after a prompt, on a terminal; the
 * first line otherwise. Returns a string to release with secret_release(),
 * or NULL with ctx->err set (its hint: pipe_hint < token-file, for instance
 * "gandi auth login").
 */
char *read_secret(struct ctx *ctx, const char *prompt, const char *pipe_hint);

/*
 * Ask question on stderr and read one line of answer from stdin (echoed), for
 * a terminal. Returns it (to free()), "" for an empty answer, or NULL at the
 * end of input.
 */
char *read_answer(struct ctx *ctx, const char *question);

#endif
