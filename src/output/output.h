/*
 * What gandi prints on stdout. Tables (aligned by display width, or
 * tab-separated with --plain) live in output-table.c; JSON in output-json.c.
 *
 * The output contract (README "Output", gandi(1) OUTPUT): data goes to
 * stdout, messages to stderr (error.h: note(), warn(), errors). -q mutes
 * messages, never data: nothing here looks at ctx->quiet. What a write did
 * is a message (note()) or, with --json, the one envelope out_ok() prints.
 * --columns picks a table's columns; --jq filters JSON (output-jq.c). A
 * closed pipe ends the process quietly with exit 0.
 *
 * JSON is built with struct jv values: opaque outside output-json.c and the
 * API layer (src/gandi), which hands over Gandi's answers as struct jv too,
 * and the items of lists as struct jv_text (their JSON text, checked), so
 * that --json prints them as Gandi sent them. Nothing else in gandi sees a
 * JSON tree.
 *
 * Ownership: a function returning struct jv * gives a new reference, which
 * jv_free() releases; a parameter documented "taken" consumes the caller's
 * reference; other struct jv parameters are borrowed. A table owns copies of
 * its cells, a jv_list copies of its items; table_free() and
 * jv_list_free() release them (the print functions free what they print).
 */
#ifndef GANDI_OUTPUT_H
#define GANDI_OUTPUT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "ctx.h"
#include "xalloc.h"

struct table;

struct table *table_new(struct ctx *ctx, size_t ncols, const char *const *headers);
/*
 * What to say, on stderr as a message, when the table has no rows: "no
 * domains match" (printf-style; copied). Without it: "nothing to show".
 * An empty table prints nothing on stdout, not even its header.
 */
void table_empty(struct table *t, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* Add a row of ncols cells (copied; NULL prints as empty). */
void table_add(struct table *t, const char *const *cells);
size_t table_rows(const struct table *t);
/*
 * Print and free the table: the columns --columns names, in its order (an
 * unknown name records a usage error in ctx->err, which main() reports).
 */
void table_print(struct table *t);
void table_free(struct table *t);

/* ---- JSON values ---- */

struct jv;
/* An item of a list as Gandi sent it (its checked JSON text), for --json. */
struct jv_text;

/* Make jansson allocate as xmalloc does (abort on exhaustion); once, at start. */
void jv_init(void);
struct jv *jv_object(void);
struct jv *jv_array(void);
/* A string, or null when s is NULL. */
struct jv *jv_str(const char *s);
struct jv *jv_int(long long v);
struct jv *jv_real(double v);
struct jv *jv_bool(bool b);
struct jv *jv_null(void);
/* An array of the n strings of v. */
struct jv *jv_strv(const char *const *v, size_t n);
/* Set member key of object o to v (taken; NULL sets null). */
void jv_set(struct jv *o, const char *key, struct jv *v);
void jv_set_str(struct jv *o, const char *key, const char *s);
void jv_set_int(struct jv *o, const char *key, long long v);
void jv_set_bool(struct jv *o, const char *key, bool b);
/* Append v (taken) to array a. */
void jv_push(struct jv *a, struct jv *v);
/* Copy every member of object from into o (later keys win). */
void jv_merge(struct jv *o, const struct jv *from);
/* The number of items of an array, members of an object; 0 otherwise. */
size_t jv_len(const struct jv *v);
/* A new reference to v. */
struct jv *jv_ref(const struct jv *v);
void jv_free(struct jv *v);
/* v as one line of JSON, non-ASCII escaped (to free()). */
char *jv_dump_line(const struct jv *v);

/* Print a JSON value on stdout, indented, followed by a newline. */
void out_json(struct ctx *ctx, const struct jv *v);
/*
 * A JSON array printed like out_json() prints one, built item by item (as the
 * pages of a list arrive): items are kept as compact text (far smaller than
 * parsed JSON) until jv_list_print(), which lays that text out with
 * out_json()'s indentation.
 */
struct jv_list;

struct jv_list *jv_list_new(void);
/* Add one item (copied as text). */
void jv_list_add(struct jv_list *l, const struct jv *item);
/* Add one item of a list as Gandi sent it (its text copied; NULL adds null). */
void jv_list_add_text(struct jv_list *l, const struct jv_text *item);
/* The same, the object item with one more member key: value (borrowed) at its end. */
void jv_list_add_text_with(struct jv_list *l, const struct jv_text *item, const char *key,
			   const struct jv *value);
/* Print the array of every item added, indented as out_json() would, then free the list. */
void jv_list_print(struct ctx *ctx, struct jv_list *l);
void jv_list_free(struct jv_list *l);

/*
 * Print the envelope of a write, {"ok": true, "command": "dns set",
 * "changed": BOOL, "dry_run": BOOL, ...members of extra} (extra taken; may be
 * NULL; its "changed" wins over the default, which is !ctx->dry_run).
 */
void out_ok(struct ctx *ctx, struct jv *extra);
/* A line of data on stdout (made safe, the token masked); -q does not mute it. */
void out_line(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/*
 * out_line() for the one line that shows a secret the user asked for (a
 * transfer code, a TSIG secret: see secret_hide()): it masks the token only.
 */
void out_reveal(struct ctx *ctx, const char *fmt, ...) XATTR_PRINTF(2, 3);
/* Flush stdout; if the reader went away, exit 0 at once. */
void out_flush(void);
/*
 * After writing to stdout: a failed write is kept in ctx (the errno of the
 * first, for out_close()); if the reader went away, exit 0 at once. Every
 * write gandi makes to stdout is followed by it (out_line, out_json...).
 */
void out_check(struct ctx *ctx);
/* Write len bytes to stdout, then out_check(). */
void out_write(struct ctx *ctx, const void *data, size_t len);
/*
 * The end of a command: flush and close stdout. Returns 0 when every write
 * reached it, else the errno of the first that did not (main() then exits
 * 1: "writing stdout: No space left on device").
 */
int out_close(struct ctx *ctx);

/*
 * Text from a server, made safe to print as text (output-text.c): it can
 * no longer move the cursor, retitle or reprogram the terminal, or reorder
 * what it shows. Printable ASCII and valid UTF-8 are kept; CR, control
 * characters, DEL and bytes that are not UTF-8 are spelled \r, \x1b, \xff;
 * C1 controls and bidirectional overrides \u009b, \u202e. Newlines and tabs
 * are kept with TEXT_LINES (messages), else spelled \n and \t (table cells,
 * one-line values). The table and line functions above, error_report(),
 * warn() and note() already pass everything they print through it.
 */
enum text_flags { TEXT_LINES = 1 << 0 };
/* Append the len bytes at s to out, made safe. */
void text_safe_add(struct buf *out, const char *s, size_t len, int flags);
/* A safe copy of s (NULL: ""), to free(). */
char *text_safe(const char *s, int flags);
/*
 * Format as vprintf() would, every %s argument made safe (TEXT_LINES) but
 * gandi's own styles (style_red()...), which are kept; the format's own text
 * is kept as written. out_line() prints through it, then masks the token.
 */
void out_vformat(const struct ctx *ctx, struct buf *out, const char *fmt, va_list ap);
/* text_safe() after masking the token (secret_redact()), for messages gandi prints itself. */
char *out_safe(const struct ctx *ctx, const char *s);
/*
 * Append zone-file text (BIND syntax) with every byte a terminal could act on
 * written as \DDD, the zone file's own escape, so that the file means the same
 * records and stays valid: control characters but tab and newline, a CR not
 * before a newline, DEL, bytes that are not UTF-8, C1 controls and
 * bidirectional overrides. A byte already escaped with a backslash gets \DDD.
 */
void zone_text_safe_add(struct buf *out, const char *s, size_t len);

/* Terminal styling: empty strings unless colour is allowed. */
const char *style_bold(const struct ctx *ctx);
const char *style_dim(const struct ctx *ctx);
const char *style_red(const struct ctx *ctx);
const char *style_green(const struct ctx *ctx);
const char *style_yellow(const struct ctx *ctx);
const char *style_reset(const struct ctx *ctx);

#endif
