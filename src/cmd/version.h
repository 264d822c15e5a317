/* What gandi version and --version print. */
#ifndef GANDI_VERSION_H
#define GANDI_VERSION_H

#include "ctx.h"

/* Print the version, commit, libcurl and TLS library (JSON with --json); returns 0. */
int version_print(struct ctx *ctx);

#endif
