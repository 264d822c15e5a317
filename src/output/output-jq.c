#include "output/output-jq.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jq.h>

#include "buf.h"
#include "error.h"
#include "xalloc.h"

/* libjq's functions, found with dlsym: nothing of libjq is linked in. */
struct jq_filter {
	void *lib;
	jq_state *jq;
	struct buf errors; /* what libjq said while compiling */
	jq_state *(*init)(void);
	void (*set_error_cb)(jq_state *, jq_msg_cb, void *);
	int (*compile)(jq_state *, const char *);
	void (*start)(jq_state *, jv, int);
	jv (*next)(jq_state *);
	void (*teardown)(jq_state **);
	jv_kind (*kind)(jv);
	void (*free)(jv);
	jv (*copy)(jv);
	const char *(*string)(jv);
	int (*string_len)(jv);
	jv (*dump)(jv, int);
	jv (*parse)(const char *, int);
	int (*has_msg)(jv);
	jv (*get_msg)(jv);
};

#define SYM(name, member) {name, offsetof(struct jq_filter, member)}
static const struct {
	const char *name;
	size_t at;
} symbols[] = {
	SYM("jq_init", init), SYM("jq_set_error_cb", set_error_cb), SYM("jq_compile", compile),
	SYM("jq_start", start), SYM("jq_next", next), SYM("jq_teardown", teardown),
	SYM("jv_get_kind", kind), SYM("jv_free", free), SYM("jv_copy", copy),
	SYM("jv_string_value", string), SYM("jv_string_length_bytes", string_len),
	SYM("jv_dump_string", dump), SYM("jv_parse_sized", parse),
	SYM("jv_invalid_has_msg", has_msg), SYM("jv_invalid_get_msg", get_msg),
};
#undef SYM

static void on_error(void *arg, jv msg)
{
	struct jq_filter *f = arg;
	if (f->kind(msg) == JV_KIND_STRING)
		buf_printf(&f->errors, "%s%s", f->errors.len ? "\n" : "", f->string(msg));
	f->free(msg);
}

int jq_check(struct ctx *ctx, const char *expr)
{
	struct jq_filter *f = xcalloc(1, sizeof(*f));
	ctx->jq_filter = f;
	f->lib = dlopen("libjq.so.1", RTLD_NOW | RTLD_LOCAL);
	if (!f->lib) {
		error_set(ctx, EXIT_ERROR, "jq", "--jq needs libjq, which cannot be loaded: %s",
			  dlerror());
		error_detail(ctx, "hint: install it (Debian: apt install libjq1), or use --json "
				  "and pipe it to jq\n");
		return EXIT_ERROR;
	}
	for (size_t i = 0; i < sizeof(symbols) / sizeof(symbols[0]); i++) {
		void *sym = dlsym(f->lib, symbols[i].name);
		if (!sym)
			return error_set(ctx, EXIT_ERROR, "jq", "--jq: libjq.so.1 has no %s",
					 symbols[i].name);
		/* a function pointer from dlsym's void *, as POSIX allows */
		memcpy((char *)f + symbols[i].at, &sym, sizeof(sym));
	}
	f->jq = f->init();
	f->set_error_cb(f->jq, on_error, f);
	if (!f->compile(f->jq, expr)) {
		usage_error(ctx, "--jq: cannot compile '%s'", expr);
		if (f->errors.len)
			error_detail(ctx, "%s\n", buf_str(&f->errors));
		return EXIT_USAGE;
	}
	return 0;
}

void jq_run(struct ctx *ctx, const char *json, size_t len, struct buf *out)
{
	struct jq_filter *f = ctx->jq_filter;
	if (!f || !f->jq)
		return;
	jv input = f->parse(json, (int)len);
	f->start(f->jq, input, 0);
	for (;;) {
		jv r = f->next(f->jq);
		if (f->kind(r) == JV_KIND_INVALID) {
			if (f->has_msg(f->copy(r))) {
				jv msg = f->get_msg(r);
				error_set(ctx, EXIT_ERROR, "jq", "--jq: %s",
					  f->kind(msg) == JV_KIND_STRING ? f->string(msg)
									 : "the filter failed");
				f->free(msg);
			} else {
				f->free(r);
			}
			break;
		}
		if (f->kind(r) == JV_KIND_STRING) {
			/* libjq's functions consume their argument, jv_string_value() aside */
			buf_add(out, f->string(r), (size_t)f->string_len(f->copy(r)));
			f->free(r);
		} else {
			jv text = f->dump(r, JV_PRINT_INDENT_FLAGS(2));
			buf_adds(out, f->string(text));
			f->free(text);
		}
		buf_addc(out, '\n');
	}
}

void jq_free(struct ctx *ctx)
{
	struct jq_filter *f = ctx->jq_filter;
	if (!f)
		return;
	if (f->jq)
		f->teardown(&f->jq);
	buf_free(&f->errors);
	if (f->lib)
		dlclose(f->lib);
	free(f);
	ctx->jq_filter = NULL;
}
