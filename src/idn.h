/*
 * Internationalized domain names: what people type (U-labels, "bücher.example")
 * as the A-labels ("xn--bcher-kva.example") Gandi and DNS use, by Debian's
 * libidn2 (IDNA2008 with the UTS #46 mapping, non-transitional: "ß" stays
 * "ß"). A name of ASCII alone is left as it is, without calling libidn2.
 *
 * Ownership: the returned strings are the caller's, to free().
 */
#ifndef GANDI_IDN_H
#define GANDI_IDN_H

/*
 * name with every U-label as its A-label, in lower case; NULL when it
 * cannot be (*why then says why, a static string).
 */
char *idn_ascii(const char *name, const char **why);
/* Whether s holds a byte outside ASCII. */
int idn_non_ascii(const char *s);

#endif
