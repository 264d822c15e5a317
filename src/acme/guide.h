/* The recipes of 'gandi help acme' (acme/guide.c). */
#ifndef GANDI_ACME_GUIDE_H
#define GANDI_ACME_GUIDE_H

extern const char acme_guide[];

#endif
