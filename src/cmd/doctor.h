/*
 * The checks of gandi doctor, one line each, shared with gandi auth status,
 * which runs only those of the token: where it comes from (and the other
 * places that hold one), its shape, whether Gandi accepts it, its expiry and
 * permissions.
 */
#ifndef GANDI_DOCTOR_H
#define GANDI_DOCTOR_H

#include "ctx.h"

enum doctor_part {
	DOCTOR_ALL,   /* gandi doctor: the config, the token, the CA, the endpoint, orgs */
	DOCTOR_TOKEN, /* gandi auth status: the token's checks only */
};

/* Print the checks and a summary; 0, or the first failure's exit code (printed already). */
int doctor_run(struct ctx *ctx, enum doctor_part part);

#endif
