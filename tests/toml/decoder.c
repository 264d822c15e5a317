/*
 * toml-decoder: reads a TOML document on stdin and prints it as the tagged
 * JSON of the toml-test suite (tables as objects, arrays as arrays, each
 * scalar as {"type": T, "value": "TEXT"}); exit 0. On a parse error, prints
 * "toml-decoder: line L, column C: MESSAGE" on stderr and exits 1; on an I/O
 * error, exits 2.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "config/toml.h"

static json_t *tagged(const char *type, const char *text)
{
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string(type));
	json_object_set_new(o, "value", json_string(text));
	return o;
}

/* The shortest text that strtod() reads back as d. */
static void format_float(double d, char *out, size_t n)
{
	if (isnan(d)) {
		snprintf(out, n, "nan");
	} else if (isinf(d)) {
		snprintf(out, n, d < 0 ? "-inf" : "inf");
	} else {
		for (int prec = 1; prec <= 17; prec++) {
			snprintf(out, n, "%.*g", prec, d);
			if (strtod(out, NULL) == d)
				break;
		}
	}
}

static void format_datetime(const struct toml_value *v, char *out, size_t n)
{
	const struct toml_datetime *dt = &v->u.dt;
	struct buf b = {0};
	if (v->type != TOML_TIME_LOCAL)
		buf_printf(&b, "%04d-%02d-%02d", dt->year, dt->month, dt->day);
	if (v->type != TOML_TIME_LOCAL && v->type != TOML_DATE_LOCAL)
		buf_addc(&b, 'T');
	if (v->type != TOML_DATE_LOCAL) {
		buf_printf(&b, "%02d:%02d:%02d", dt->hour, dt->minute, dt->second);
		if (dt->nanosecond) {
			char frac[16];
			snprintf(frac, sizeof frac, "%09ld", dt->nanosecond);
			for (size_t k = strlen(frac); k > 1 && frac[k - 1] == '0'; k--)
				frac[k - 1] = '\0';
			buf_printf(&b, ".%s", frac);
		}
	}
	if (v->type == TOML_DATETIME) {
		int off = dt->offset_minutes;
		if (off == 0)
			buf_addc(&b, 'Z');
		else
			buf_printf(&b, "%c%02d:%02d", off < 0 ? '-' : '+', abs(off) / 60,
				   abs(off) % 60);
	}
	snprintf(out, n, "%s", buf_str(&b));
	buf_free(&b);
}

static json_t *to_json(const struct toml_value *v)
{
	json_t *j = NULL;
	char text[64];
	switch (v->type) {
	case TOML_TABLE:
		j = json_object();
		for (size_t i = 0; i < v->u.table.len; i++) {
			const struct toml_kv *kv = &v->u.table.items[i];
			json_object_setn_new(j, kv->key, kv->key_len, to_json(kv->value));
		}
		break;
	case TOML_ARRAY:
		j = json_array();
		for (size_t i = 0; i < v->u.array.len; i++)
			json_array_append_new(j, to_json(v->u.array.items[i]));
		break;
	case TOML_STRING:
		j = json_object();
		json_object_set_new(j, "type", json_string("string"));
		json_object_set_new(j, "value", json_stringn(v->u.s.ptr, v->u.s.len));
		break;
	case TOML_INTEGER:
		snprintf(text, sizeof text, "%" PRId64, v->u.i);
		j = tagged("integer", text);
		break;
	case TOML_FLOAT:
		format_float(v->u.f, text, sizeof text);
		j = tagged("float", text);
		break;
	case TOML_BOOL:
		j = tagged("bool", v->u.b ? "true" : "false");
		break;
	case TOML_DATETIME:
		format_datetime(v, text, sizeof text);
		j = tagged("datetime", text);
		break;
	case TOML_DATETIME_LOCAL:
		format_datetime(v, text, sizeof text);
		j = tagged("datetime-local", text);
		break;
	case TOML_DATE_LOCAL:
		format_datetime(v, text, sizeof text);
		j = tagged("date-local", text);
		break;
	case TOML_TIME_LOCAL:
		format_datetime(v, text, sizeof text);
		j = tagged("time-local", text);
		break;
	}
	return j;
}

int main(void)
{
	int rc = 2;
	struct buf in = {0};
	struct toml_error err;
	struct toml_value *doc = NULL;
	json_t *j = NULL;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		buf_add(&in, chunk, n);
	if (ferror(stdin)) {
		perror("toml-decoder: cannot read standard input");
		goto out;
	}
	doc = toml_parse(in.data, in.len, &err);
	if (!doc) {
		fprintf(stderr, "toml-decoder: line %d, column %d: %s\n", err.line,
			err.col, err.msg);
		rc = 1;
		goto out;
	}
	j = to_json(doc);
	if (json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 ||
	    fputc('\n', stdout) == EOF || fflush(stdout) != 0) {
		perror("toml-decoder: cannot write standard output");
		goto out;
	}
	rc = 0;
out:
	json_decref(j);
	toml_free(doc);
	buf_free(&in);
	return rc;
}
