#include "idn.h"

#include <idn2.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "xalloc.h"

int idn_non_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

char *idn_ascii(const char *name, const char **why)
{
	char *out = NULL;
	*why = NULL;
	if (!idn_non_ascii(name))
		return str_lower(name);
	/* UTS #46 mapping (case folding, width...) then IDNA2008, non-transitional */
	int rc = idn2_to_ascii_8z(name, &out, IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL);
	if (rc != IDN2_OK) {
		*why = idn2_strerror(rc);
		return NULL;
	}
	/* libidn2's malloc'd string, copied to one freed as every other is */
	char *copy = str_lower(out);
	idn2_free(out);
	return copy;
}
