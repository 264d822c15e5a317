/*
 * The bridge between struct jv and jansson, for the two places allowed to
 * see JSON trees: output-json.c and the API layer (src/gandi), which hands
 * the items of Gandi's answers over as struct jv. A struct jv is a json_t.
 */
#ifndef GANDI_OUTPUT_JSON_H
#define GANDI_OUTPUT_JSON_H

#include <jansson.h>

#include "output/output.h"

/*
 * An item of a list as Gandi sent it, for --json: its JSON text, checked,
 * and written as jansson's JSON_COMPACT would write it but for whitespace
 * between tokens (gandi/stream.h makes sure of it). Borrowed.
 */
struct jv_text {
	const char *text;
	size_t len;
};

/* The json_t a struct jv is (borrowed). */
static inline json_t *jv_json(const struct jv *v)
{
	return (json_t *)(void *)(v);
}

/* The struct jv a json_t is (borrowed: the reference stays the caller's). */
static inline struct jv *jv_of(const json_t *j)
{
	return (struct jv *)(void *)(j);
}

#endif
