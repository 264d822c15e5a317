/*
 * One DNS query in, one answer out, as LiveDNS's authoritative servers give
 * it, from the zones of a dnsview. ldns reads and writes the wire format.
 *
 * Ownership: dns_answer() returns a malloc'd buffer the caller frees.
 */
#ifndef EMU_DNSANSWER_H
#define EMU_DNSANSWER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dnsview.h"

/* Largest UDP answer gandi-emu sends to an EDNS client (the DNS flag day 2020
 * value); 512 bytes without EDNS. */
#define DNS_EDNS_UDP_SIZE 1232

/*
 * The answer to the message q[0..qlen) received over TCP (tcp) or UDP (then
 * limited to what the client can take: a larger answer is sent truncated,
 * TC set, so that the client asks again over TCP). Returns the answer and
 * sets *len, or NULL when nothing should be sent: a message too short to
 * hold a header, or one that is itself an answer.
 */
uint8_t *dns_answer(struct dnsview *v, const uint8_t *q, size_t qlen, bool tcp, size_t *len);

#endif
