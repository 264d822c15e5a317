/*
 * A growable byte buffer, always NUL-terminated so that its data can be used
 * as a C string. A zeroed struct buf is a valid empty buffer; buf_free()
 * releases it and leaves it empty again. The buffer owns its data.
 */
#ifndef COMMON_BUF_H
#define COMMON_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "xalloc.h"

struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_reserve(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...) XATTR_PRINTF(2, 3);
void buf_vprintf(struct buf *b, const char *fmt, va_list ap) XATTR_PRINTF(2, 0);
/* Empty the buffer, keeping its memory. */
void buf_reset(struct buf *b);
/* Wipe the bytes (for secrets) and release the memory. */
void buf_wipe(struct buf *b);
void buf_free(struct buf *b);
/* Hand the data over to the caller (to free()); the buffer is left empty. */
char *buf_detach(struct buf *b);
/* The data as a C string; "" for an empty buffer never written to. */
const char *buf_str(const struct buf *b);

#endif
