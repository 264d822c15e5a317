#include "dnsanswer.h"

#include <stdlib.h>
#include <string.h>

/* CNAME and DNAME links followed inside a zone, at most. */
#define MAX_CHAIN 16
/* RRsets at one name answered for type ANY, at most. */
#define MAX_SETS 64

struct answer {
	ldns_rr_list *an, *ns, *ad;
	ldns_pkt_rcode rcode;
	bool aa;
};

/* Append copies of the records of set to list, owned by owner (NULL: keep
 * theirs) and with ttl (0: keep theirs); records already there are skipped. */
static void add_set(ldns_rr_list *list, const ldns_rr_list *set, const ldns_rdf *owner,
		    uint32_t ttl)
{
	for (size_t i = 0; set && i < ldns_rr_list_rr_count(set); i++) {
		ldns_rr *c = ldns_rr_clone(ldns_rr_list_rr(set, i));
		if (owner) {
			ldns_rdf_deep_free(ldns_rr_owner(c));
			ldns_rr_set_owner(c, ldns_rdf_clone(owner));
		}
		if (ttl)
			ldns_rr_set_ttl(c, ttl);
		if (ldns_rr_list_contains_rr(list, c))
			ldns_rr_free(c);
		else
			ldns_rr_list_push_rr(list, c);
	}
}

static bool in_zone(const struct czone *cz, const ldns_rdf *name)
{
	return ldns_dname_compare(name, czone_apex(cz)) == 0 ||
	       ldns_dname_is_subdomain(name, czone_apex(cz));
}

/* The negative answer's authority: the zone's SOA. */
static void add_soa(struct answer *a, const struct czone *cz)
{
	add_set(a->ns, czone_find(cz, czone_apex(cz), LDNS_RR_TYPE_SOA), NULL, 0);
}

/* The addresses, when the zone has them, of the hosts named by the NS
 * records of set: the glue of a referral, the additional data of an NS
 * answer. */
static void add_glue(struct answer *a, const struct czone *cz, const ldns_rr_list *set)
{
	for (size_t i = 0; set && i < ldns_rr_list_rr_count(set); i++) {
		const ldns_rdf *host = ldns_rr_rdf(ldns_rr_list_rr(set, i), 0);
		if (!host || !in_zone(cz, host))
			continue;
		add_set(a->ad, czone_find(cz, host, LDNS_RR_TYPE_A), NULL, 0);
		add_set(a->ad, czone_find(cz, host, LDNS_RR_TYPE_AAAA), NULL, 0);
	}
}

/* Where the data of name comes from: name itself when it exists, else the
 * wildcard of its closest encloser when there is one (RFC 4592), else NULL
 * (NXDOMAIN). A new name to free. */
static ldns_rdf *source_of(const struct czone *cz, const ldns_rdf *name)
{
	if (czone_exists(cz, name))
		return ldns_rdf_clone(name);
	ldns_rdf *ce = ldns_dname_left_chop(name);
	while (ce && !czone_exists(cz, ce) && ldns_dname_compare(ce, czone_apex(cz)) != 0) {
		ldns_rdf *up = ldns_dname_left_chop(ce);
		ldns_rdf_deep_free(ce);
		ce = up;
	}
	ldns_rdf *wild = NULL;
	if (ce) {
		ldns_rdf *star = ldns_dname_new_frm_str("*");
		wild = ldns_dname_cat_clone(star, ce);
		ldns_rdf_deep_free(star);
		ldns_rdf_deep_free(ce);
	}
	if (wild && !czone_exists(cz, wild)) {
		ldns_rdf_deep_free(wild);
		wild = NULL;
	}
	return wild;
}

/* The A or AAAA records of target (inside the view's zones, CNAMEs followed
 * inside its zone) for an ALIAS; NULL when the view cannot tell. *zone is the
 * zone acquired for them (to release). */
static const ldns_rr_list *alias_data(struct dnsview *v, const ldns_rdf *target,
				      ldns_rr_type type, const struct czone **zone)
{
	const ldns_rr_list *data = NULL;
	const struct czone *cz = dnsview_acquire(v, target);
	ldns_rdf *name = ldns_rdf_clone(target);
	*zone = cz;
	for (int hop = 0; cz && !data && hop < MAX_CHAIN && in_zone(cz, name); hop++) {
		ldns_rdf *src = source_of(cz, name);
		if (!src)
			break;
		data = czone_find(cz, src, type);
		const ldns_rr_list *cname = data ? NULL : czone_find(cz, src, LDNS_RR_TYPE_CNAME);
		ldns_rdf_deep_free(src);
		if (!cname)
			break;
		ldns_rdf_deep_free(name);
		name = ldns_rdf_clone(ldns_rr_rdf(ldns_rr_list_rr(cname, 0), 0));
	}
	ldns_rdf_deep_free(name);
	return data;
}

/* The apex zone cut or DNAME above name, walking down from the apex: sets
 * *cut to the highest delegation at or above name (below the apex), or *dname
 * to the DNAME of a strict ancestor of name; the other stays NULL. */
static void find_cut(const struct czone *cz, const ldns_rdf *name, ldns_rr_type qtype,
		     const ldns_rr_list **cut, const ldns_rr_list **dname, ldns_rdf **at)
{
	uint8_t depth = ldns_dname_label_count(name) - ldns_dname_label_count(czone_apex(cz));
	*cut = *dname = NULL;
	*at = NULL;
	for (int d = 0; d <= depth && !*cut && !*dname; d++) {
		ldns_rdf *anc = ldns_dname_clone_from(name, (uint16_t)(depth - d));
		const ldns_rr_list *ns = d > 0 ? czone_find(cz, anc, LDNS_RR_TYPE_NS) : NULL;
		/* DS at a cut belongs to the parent: answered from here */
		if (ns && !(d == depth && qtype == LDNS_RR_TYPE_DS))
			*cut = ns;
		else if (d < depth)
			*dname = czone_find(cz, anc, LDNS_RR_TYPE_DNAME);
		if (*cut || *dname)
			*at = anc;
		else
			ldns_rdf_deep_free(anc);
	}
}

/* name with its suffix at replaced by target (a DNAME substitution); NULL
 * when the result is too long. */
static ldns_rdf *substitute(const ldns_rdf *name, const ldns_rdf *at, const ldns_rdf *target)
{
	uint8_t keep = ldns_dname_label_count(name) - ldns_dname_label_count(at);
	ldns_rdf *prefix = NULL, *out = NULL;
	for (uint8_t i = 0; i < keep; i++) {
		ldns_rdf *label = ldns_dname_label(name, i);
		if (!prefix) {
			prefix = label;
		} else {
			ldns_rdf *joined = ldns_dname_cat_clone(prefix, label);
			ldns_rdf_deep_free(prefix);
			ldns_rdf_deep_free(label);
			prefix = joined;
		}
	}
	if (prefix && ldns_rdf_size(prefix) - 1 + ldns_rdf_size(target) <= LDNS_MAX_DOMAINLEN)
		out = ldns_dname_cat_clone(prefix, target);
	ldns_rdf_deep_free(prefix);
	return out;
}

/* Answer qname/qtype from zone cz (RFC 1034 4.3.2 for one zone): data,
 * CNAME and DNAME chains inside the zone, wildcards, referrals, ALIAS at the
 * apex, and NODATA or NXDOMAIN with the SOA. */
static void resolve(struct dnsview *v, const struct czone *cz, const ldns_rdf *qname,
		    ldns_rr_type qtype, struct answer *a)
{
	ldns_rdf *name = ldns_rdf_clone(qname);
	a->aa = true;
	for (int hop = 0; hop < MAX_CHAIN; hop++) {
		const ldns_rr_list *cut, *dname;
		ldns_rdf *at = NULL;
		find_cut(cz, name, qtype, &cut, &dname, &at);
		if (cut) {
			a->aa = hop > 0;
			add_set(a->ns, cut, NULL, 0);
			add_glue(a, cz, cut);
			ldns_rdf_deep_free(at);
			break;
		}
		if (dname) {
			const ldns_rr *d = ldns_rr_list_rr(dname, 0);
			add_set(a->an, dname, NULL, 0);
			ldns_rdf *next = substitute(name, at, ldns_rr_rdf(d, 0));
			ldns_rdf_deep_free(at);
			if (!next) {
				a->rcode = LDNS_RCODE_YXDOMAIN;
				break;
			}
			ldns_rr *cname = ldns_rr_new_frm_type(LDNS_RR_TYPE_CNAME);
			ldns_rr_set_owner(cname, ldns_rdf_clone(name));
			ldns_rr_set_ttl(cname, ldns_rr_ttl(d));
			ldns_rr_set_rdf(cname, ldns_rdf_clone(next), 0); /* the slot new_frm_type made */
			ldns_rr_list_push_rr(a->an, cname);
			ldns_rdf_deep_free(name);
			name = next;
			if (!in_zone(cz, name))
				break;
			continue;
		}
		ldns_rdf *src = source_of(cz, name);
		if (!src) {
			a->rcode = LDNS_RCODE_NXDOMAIN;
			add_soa(a, cz);
			break;
		}
		const ldns_rr_list *sets[MAX_SETS];
		const ldns_rr_list *data = NULL, *cname = NULL;
		if (qtype == LDNS_RR_TYPE_ANY) {
			size_t n = czone_sets(cz, src, sets, MAX_SETS);
			for (size_t i = 0; i < n && i < MAX_SETS; i++)
				add_set(a->an, sets[i], name, 0);
			if (n == 0)
				add_soa(a, cz);
			ldns_rdf_deep_free(src);
			break;
		}
		data = czone_find(cz, src, qtype);
		if (!data && qtype != LDNS_RR_TYPE_CNAME)
			cname = czone_find(cz, src, LDNS_RR_TYPE_CNAME);
		bool apex = ldns_dname_compare(src, czone_apex(cz)) == 0;
		ldns_rdf_deep_free(src);
		if (data) {
			add_set(a->an, data, name, 0);
			if (qtype == LDNS_RR_TYPE_NS && apex)
				add_glue(a, cz, data);
			break;
		}
		if (cname) {
			add_set(a->an, cname, name, 0);
			ldns_rdf_deep_free(name);
			name = ldns_rdf_clone(ldns_rr_rdf(ldns_rr_list_rr(cname, 0), 0));
			if (!in_zone(cz, name))
				break;
			continue;
		}
		const ldns_rr *alias = apex ? czone_alias(cz) : NULL;
		if (alias && (qtype == LDNS_RR_TYPE_A || qtype == LDNS_RR_TYPE_AAAA)) {
			const struct czone *target_zone = NULL;
			const ldns_rr_list *addrs =
				alias_data(v, ldns_rr_rdf(alias, 0), qtype, &target_zone);
			add_set(a->an, addrs, name, ldns_rr_ttl(alias));
			dnsview_release(v, target_zone);
			if (addrs)
				break;
		}
		add_soa(a, cz);
		break;
	}
	ldns_rdf_deep_free(name);
}

/* The wire form of an answer to query with rcode and, unless bare, the
 * sections of a (whose records the packet takes); tc sets the TC bit. */
static uint8_t *build(const ldns_pkt *query, uint16_t id, ldns_pkt_opcode opcode, bool rd,
		      struct answer *a, bool bare, bool tc, bool edns, size_t *len)
{
	uint8_t *wire = NULL;
	ldns_pkt *p = ldns_pkt_new();
	ldns_pkt_set_id(p, id);
	ldns_pkt_set_qr(p, true);
	ldns_pkt_set_opcode(p, opcode);
	ldns_pkt_set_rd(p, rd);
	ldns_pkt_set_tc(p, tc);
	ldns_pkt_set_aa(p, a->aa);
	if (query) {
		ldns_pkt_set_cd(p, ldns_pkt_cd(query));
		if (ldns_pkt_qdcount(query) == 1) {
			ldns_pkt_push_rr(p, LDNS_SECTION_QUESTION,
					 ldns_rr_clone(ldns_rr_list_rr(ldns_pkt_question(query), 0)));
		}
	}
	unsigned rcode = a->rcode;
	if (edns) {
		ldns_pkt_set_edns_udp_size(p, DNS_EDNS_UDP_SIZE);
		ldns_pkt_set_edns_do(p, query && ldns_pkt_edns_do(query));
		ldns_pkt_set_edns_extended_rcode(p, (uint8_t)(rcode >> 4));
	}
	ldns_pkt_set_rcode(p, (uint8_t)(rcode & 0xf));
	if (!bare) {
		for (size_t i = 0; i < ldns_rr_list_rr_count(a->an); i++)
			ldns_pkt_push_rr(p, LDNS_SECTION_ANSWER, ldns_rr_list_rr(a->an, i));
		for (size_t i = 0; i < ldns_rr_list_rr_count(a->ns); i++)
			ldns_pkt_push_rr(p, LDNS_SECTION_AUTHORITY, ldns_rr_list_rr(a->ns, i));
		for (size_t i = 0; i < ldns_rr_list_rr_count(a->ad); i++)
			ldns_pkt_push_rr(p, LDNS_SECTION_ADDITIONAL, ldns_rr_list_rr(a->ad, i));
		ldns_rr_list_set_rr_count(a->an, 0);
		ldns_rr_list_set_rr_count(a->ns, 0);
		ldns_rr_list_set_rr_count(a->ad, 0);
	}
	if (ldns_pkt2wire(&wire, p, len) != LDNS_STATUS_OK) {
		free(wire);
		wire = NULL;
	}
	ldns_pkt_free(p);
	return wire;
}

/* BADVERS, the extended rcode for an EDNS version other than 0. */
#define RCODE_BADVERS 16

uint8_t *dns_answer(struct dnsview *v, const uint8_t *q, size_t qlen, bool tcp, size_t *len)
{
	uint8_t *out = NULL;
	ldns_pkt *query = NULL;
	const struct czone *cz = NULL;
	struct answer a = {ldns_rr_list_new(), ldns_rr_list_new(), ldns_rr_list_new(),
			   LDNS_RCODE_NOERROR, false};
	/* nothing to answer to without a header; never answer an answer */
	if (qlen < LDNS_HEADER_SIZE || (q[2] & 0x80))
		goto out;
	uint16_t id = (uint16_t)(q[0] << 8 | q[1]);
	ldns_pkt_opcode opcode = (ldns_pkt_opcode)((q[2] >> 3) & 0xf);
	bool rd = q[2] & 1;
	bool edns = false;
	size_t limit = tcp ? 65535 : 512;
	if (ldns_wire2pkt(&query, q, qlen) != LDNS_STATUS_OK) {
		query = NULL;
		a.rcode = opcode == LDNS_PACKET_QUERY ? LDNS_RCODE_FORMERR : LDNS_RCODE_NOTIMPL;
		goto reply;
	}
	edns = ldns_pkt_edns(query);
	if (edns && !tcp) {
		size_t want = ldns_pkt_edns_udp_size(query);
		limit = want < 512 ? 512 : want > DNS_EDNS_UDP_SIZE ? DNS_EDNS_UDP_SIZE : want;
	}
	if (opcode != LDNS_PACKET_QUERY) {
		a.rcode = LDNS_RCODE_NOTIMPL;
		goto reply;
	}
	if (ldns_pkt_qdcount(query) != 1) {
		a.rcode = LDNS_RCODE_FORMERR;
		goto reply;
	}
	if (edns && ldns_pkt_edns_version(query) != 0) {
		a.rcode = RCODE_BADVERS;
		goto reply;
	}
	const ldns_rr *question = ldns_rr_list_rr(ldns_pkt_question(query), 0);
	ldns_rr_type qtype = ldns_rr_get_type(question);
	if (ldns_rr_get_class(question) != LDNS_RR_CLASS_IN || qtype == LDNS_RR_TYPE_AXFR ||
	    qtype == LDNS_RR_TYPE_IXFR) {
		a.rcode = LDNS_RCODE_REFUSED;
		goto reply;
	}
	if (qtype == LDNS_RR_TYPE_MAILA || qtype == LDNS_RR_TYPE_MAILB ||
	    qtype == LDNS_RR_TYPE_OPT) {
		a.rcode = qtype == LDNS_RR_TYPE_OPT ? LDNS_RCODE_FORMERR : LDNS_RCODE_NOTIMPL;
		goto reply;
	}
	cz = dnsview_acquire(v, ldns_rr_owner(question));
	if (!cz) {
		a.rcode = LDNS_RCODE_REFUSED;
		goto reply;
	}
	resolve(v, cz, ldns_rr_owner(question), qtype, &a);
reply:
	out = build(query, id, opcode, rd, &a, false, false, edns, len);
	if (out && *len > limit) {
		free(out);
		out = build(query, id, opcode, rd, &a, true, true, edns, len);
	}
out:
	dnsview_release(v, cz);
	ldns_pkt_free(query);
	ldns_rr_list_deep_free(a.an);
	ldns_rr_list_deep_free(a.ns);
	ldns_rr_list_deep_free(a.ad);
	return out;
}
