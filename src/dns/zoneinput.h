/*
 * The desired zone of dns sync and dns import, read from a file: BIND text
 * (names relative to the zone) or the JSON that 'gandi dns list --json'
 * prints, told apart by content, and checked record by record before
 * anything is sent.
 *
 * Ownership: zone_input_read() fills a struct that owns everything reachable
 * from it (zone_input_free()); the zd_rrset array points into that storage.
 */
#ifndef GANDI_ZONEINPUT_H
#define GANDI_ZONEINPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "ctx.h"
#include "dns/zonediff.h"
#include "gandi/livedns.h"

struct zone;
struct zone_rrsets;

/* A record LiveDNS cannot hold, left out with --skip-unsupported. */
struct zone_skip {
	char *where;  /* "line 12", "item 3" */
	char *name, *type, *reason;
};

/* A desired zone, read from a file. */
struct zone_input {
	char *file;              /* as given; "(stdin)" for - */
	bool json;               /* read as JSON rather than BIND text */
	struct zd_rrset *rrsets; /* what LiveDNS can hold, in file order */
	size_t len;
	struct zone_skip *skipped; /* records left out with skip_unsupported */
	size_t nskipped;
	/* storage */
	struct zone *zone_;
	struct zone_rrsets *groups_;
	struct rrset_doc doc_;
};

/*
 * Read the desired zone of zone (a checked domain name) from path ("-":
 * stdin). BIND text is parsed with the zone as origin; JSON (an array of
 * RRsets; also {"items": [...]} and a snapshot's {"zone_data": [...]}) is
 * checked item by item. Records LiveDNS cannot hold (other types, owners
 * outside the zone) are each reported by name and line; they make it fail
 * with EXIT_USAGE unless skip_unsupported, when they are left out, listed in
 * a warning and in in->skipped. An SOA is left out without a word: LiveDNS
 * writes its own, and dns export writes it for completeness, so exporting
 * then syncing changes nothing. TTLs outside 300 to 2592000 are usage errors
 * too, and so is what LiveDNS refuses whatever the values (a CNAME at the
 * apex or beside other types, an ALIAS off the apex). Returns 0 or an exit
 * code with ctx->err set; nothing is sent.
 */
int zone_input_read(struct ctx *ctx, const char *zone, const char *path,
		    bool skip_unsupported, struct zone_input *in);
void zone_input_free(struct zone_input *in);

#endif
