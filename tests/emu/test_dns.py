"""gandi-emu --dns: the LiveDNS zones served over DNS (UDP and TCP), as the
records API holds them; NXDOMAIN, NODATA, REFUSED, CNAME, wildcards, ALIAS,
delegations, EDNS, truncation, bad packets and --dns-delay."""
import os
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import raw, rec_path, run_emu, start_raw, stop_raw  # noqa: E402
from gandi_test import Failure  # noqa: E402
from dnstest import dig, header, query, tcp_connect, tcp_recv, tcp_send, udp  # noqa: E402

Z = "example.com"
HEX = "0123456789abcdef" * 4
B64 = "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=="

# one RRset of every type LiveDNS stores (ALIAS and NS have tests of their
# own): name, type, values as written, and dig's presentation of each value
EVERY_TYPE = [
    ("t-a", "A", ["192.0.2.1", "192.0.2.2"], None),
    ("t-aaaa", "AAAA", ["2001:db8::1"], None),
    ("t-caa", "CAA", ['0 issue "letsencrypt.org"', '128 iodef "mailto:sec@example.com"'], None),
    ("t-cds", "CDS", [f"12345 13 2 {HEX}"], None),
    ("t-cname", "CNAME", ["target.example.net."], None),
    ("t-rel", "CNAME", ["host"], None),
    ("t-dname", "DNAME", ["example.net."], None),
    ("t-ds", "DS", [f"12345 13 2 {HEX}"], None),
    ("t-https", "HTTPS", ['1 . alpn="h2,h3" ipv4hint=192.0.2.1'], None),
    ("t-key", "KEY", [f"256 3 13 {B64}"], None),
    ("t-loc", "LOC", ["52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"],
     ["52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"]),
    ("t-mx", "MX", ["10 mail.example.com.", "20 mx"], None),
    ("t-naptr", "NAPTR", ['100 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .'], None),
    ("t-openpgpkey", "OPENPGPKEY", [B64], None),
    ("t-ptr", "PTR", ["host.example.com."], None),
    ("t-rp", "RP", ["admin.example.com. txt.example.com."], None),
    ("t-spf", "SPF", ["v=spf1 -all"], None),
    ("_sip._tcp", "SRV", ["0 5 5060 sip.example.com.", "10 5 5060 sip2"], None),
    ("t-sshfp", "SSHFP", ["1 1 123456789abcdef67890123456789abcdef67890"], None),
    ("t-svcb", "SVCB", ["1 svc.example.net. port=8443"], None),
    ("_443._tcp", "TLSA", [f"3 1 1 {HEX}"], None),
    ("t-txt", "TXT", ["hello world", '"two" "strings"', 'say "hi"'], None),
    ("t-wks", "WKS", ["192.0.2.1 6 25 80"], None),
]

NAME_LAST = {"CNAME", "DNAME", "NS", "PTR", "MX", "SRV"}
HEX_LAST = {"CDS", "DS", "TLSA", "SSHFP"}


def absolute(name, zone=Z):
    return name if name.endswith(".") else f"{name}.{zone}."


def expected(rtype, value, zone=Z):
    """How dig shows a value the records API returns (relative names are
    relative to the zone, as in a zone file; hex digests in upper case)."""
    f = value.split(" ")
    if rtype in NAME_LAST:
        f[-1] = absolute(f[-1], zone)
    elif rtype == "RP":
        f = [absolute(x, zone) for x in f]
    elif rtype in HEX_LAST:
        f[-1] = f[-1].upper()
    return " ".join(f)


def owner(name, zone=Z):
    return f"{zone}." if name == "@" else f"{name}.{zone}."


def dns_emu(t, *args):
    return t.emu("--dns", "127.0.0.1:0", *args)


def put(t, e, name, rtype, values, ttl=None, zone=Z):
    body = {"rrset_values": values}
    if ttl:
        body["rrset_ttl"] = ttl
    st, _, got = e.api("PUT", rec_path(zone, name, rtype), body)
    t.eq(st, 201, f"PUT {name} {rtype}: {got}")


def api_records(e, zone=Z):
    st, _, recs = e.api("GET", f"/v5/livedns/domains/{zone}/records?per_page=100")
    assert st == 200, (st, recs)
    return recs


def test_every_type_agrees_with_the_records_api(t):
    e = dns_emu(t)
    for name, rtype, values, _ in EVERY_TYPE:
        put(t, e, name, rtype, values, ttl=600)
    shown = {(n, r): want for n, r, _, want in EVERY_TYPE if want}
    recs = api_records(e)
    assert len(recs) > len(EVERY_TYPE), recs
    for rec in recs:
        name, rtype, vals = rec["rrset_name"], rec["rrset_type"], rec["rrset_values"]
        r = dig(e, owner(name), rtype)
        what = f"{name} {rtype}"
        t.eq(r.status, "NOERROR", what)
        assert "aa" in r.flags, (what, r.text)
        got = [x for x in r.answer if x[3] == rtype]
        t.eq(sorted(x[4] for x in got),
             sorted(shown.get((name, rtype)) or [expected(rtype, v) for v in vals]), what)
        t.eq({x[1] for x in got}, {rec["rrset_ttl"]}, f"TTL of {what}")
        t.eq({x[0] for x in got}, {owner(name)}, f"owner of {what}")
    # every type was compared above
    t.eq({r["rrset_type"] for r in recs} >= {x[1] for x in EVERY_TYPE}, True, "types")


def test_txt_character_strings(t):
    e = dns_emu(t)
    long = "x" * 300
    put(t, e, "txt1", "TXT", ['"one" "two" "three"'])
    put(t, e, "txt2", "TXT", ['back\\slash and "quotes"'])
    put(t, e, "txt3", "TXT", [long])
    put(t, e, "txt4", "TXT", ['"v=DMARC1; p=none"'])
    t.eq(dig(e, f"txt1.{Z}", "TXT").rdata(), ['"one" "two" "three"'], "strings kept apart")
    # the API stores it quoted and escaped; on the wire it is one string again
    st, _, rec = e.api("GET", rec_path(Z, "txt2", "TXT"))
    t.eq(rec["rrset_values"], ['"back\\\\slash and \\"quotes\\""'], "stored form")
    t.eq(dig(e, f"txt2.{Z}", "TXT").rdata(), ['"back\\\\slash and \\"quotes\\""'], "escapes")
    # a character-string holds 255 bytes: a longer value is cut into pieces
    t.eq(dig(e, f"txt3.{Z}", "TXT").rdata(), [f'"{"x" * 255}" "{"x" * 45}"'], "long value")
    t.eq(dig(e, f"txt4.{Z}", "TXT").rdata(), ['"v=DMARC1; p=none"'], "semicolon")


def test_soa_and_nameservers(t):
    e = dns_emu(t)
    r = dig(e, Z, "SOA")
    t.eq((r.status, "aa" in r.flags), ("NOERROR", True), "SOA")
    mname, rname, serial, *timers = r.rdata()[0].split()
    t.eq((mname, rname, timers), ("ns1.gandi.net.", "hostmaster.gandi.net.",
                                  ["10800", "3600", "604800", "10800"]), "SOA fields")
    # the serial is the one of the zone's text export
    st, _, text = e.api("GET", f"/v5/livedns/domains/{Z}/records",
                        headers={"Accept": "text/plain"})
    t.contains(text, f"SOA ns1.gandi.net. hostmaster.gandi.net. {serial} ", "export serial")
    # NS: the zone's LiveDNS nameservers, the names the API gives
    st, _, ns = e.api("GET", f"/v5/livedns/domains/{Z}/nameservers")
    t.eq(st, 200, "nameservers route")
    assert len(ns) == 3 and all(n.startswith("ns-") and n.endswith(".gandi.net") for n in ns), ns
    t.eq(dig(e, Z, "NS").rdata(), sorted(n + "." for n in ns), "NS = the API's nameservers")
    t.eq(sorted({n.split("-")[2] for n in ns}), ["a.gandi.net", "b.gandi.net", "c.gandi.net"],
         "one of each letter")
    # stable: a second emulator derives the same names
    e2 = dns_emu(t)
    t.eq(e2.api("GET", f"/v5/livedns/domains/{Z}/nameservers")[2], ns, "stable names")
    # unauthenticated generic set: the same for a zone without apex NS
    st, _, gen = e.api("GET", f"/v5/livedns/nameservers/{Z}", token=None)
    t.eq((st, gen), (200, ns), "generic nameservers without a token")
    st, _, other = e.api("GET", "/v5/livedns/nameservers/another-name.example", token=None)
    assert st == 200 and len(other) == 3 and other != ns, other
    st, _, bad = e.api("GET", "/v5/livedns/nameservers/not%20a%20name", token=None)
    t.eq(st, 400, f"invalid name: {bad}")
    # the registry delegation of a LiveDNS domain names the same servers
    st, _, dom_ns = e.api("GET", f"/v5/domain/domains/{Z}/nameservers")
    t.eq(dom_ns, ns, "the domain is delegated to them")


def test_apex_ns_records_take_precedence(t):
    e = dns_emu(t)
    generic = e.api("GET", f"/v5/livedns/nameservers/{Z}", token=None)[2]
    put(t, e, "@", "NS", ["ns1.example.net.", "ns2"])
    t.eq(dig(e, Z, "NS").rdata(), ["ns1.example.net.", f"ns2.{Z}."], "apex NS served")
    st, _, ns = e.api("GET", f"/v5/livedns/domains/{Z}/nameservers")
    t.eq(ns, ["ns1.example.net", f"ns2.{Z}"], "the API names them too")
    t.eq(e.api("GET", f"/v5/livedns/nameservers/{Z}", token=None)[2], generic,
         "the generic set does not change")


def test_nxdomain_nodata_refused(t):
    e = dns_emu(t)
    r = dig(e, f"nothing-here.{Z}", "A")
    t.eq((r.status, r.answer), ("NXDOMAIN", []), "NXDOMAIN")
    assert "aa" in r.flags, r.text
    t.eq([x[3] for x in r.authority], ["SOA"], "SOA in the authority section")
    t.eq(r.authority[0][1], 10800, "negative TTL")
    r = dig(e, f"api.{Z}", "AAAA")
    t.eq((r.status, r.answer, [x[3] for x in r.authority]), ("NOERROR", [], ["SOA"]), "NODATA")
    assert "aa" in r.flags, r.text
    # an empty non-terminal exists: NODATA, not NXDOMAIN
    r = dig(e, f"_tcp.{Z}", "A")
    t.eq((r.status, r.answer), ("NOERROR", []), "empty non-terminal")
    for name in ["example.org", "www.example.org", "example.invalid", "com", "."]:
        r = dig(e, name, "A")
        t.eq(r.status, "REFUSED", f"{name}: a zone gandi-emu does not serve")
        assert "aa" not in r.flags, r.text
    t.eq(dig(e, Z, "A", "-c", "CH").status, "REFUSED", "class CH")
    s = tcp_connect(e)
    try:
        tcp_send(s, query(Z, "AXFR", qid=5))
        h = header(tcp_recv(s))
    finally:
        s.close()
    t.eq((h["id"], h["rcode"]), (5, 5), "zone transfer: REFUSED")


def test_cname_is_chased_inside_the_zone(t):
    e = dns_emu(t)
    r = dig(e, f"www.{Z}", "A")
    t.eq(r.status, "NOERROR", "status")
    t.eq([(x[0], x[3], x[4]) for x in r.answer],
         [(f"www.{Z}.", "CNAME", f"{Z}."), (f"{Z}.", "A", "192.0.2.10")], "CNAME and target")
    r = dig(e, f"webmail.{Z}", "A")
    t.eq([(x[3], x[4]) for x in r.answer], [("CNAME", "webmail.gandi.net.")],
         "target outside the zone: the CNAME alone")
    t.eq(r.status, "NOERROR", "status")
    t.eq(dig(e, f"www.{Z}", "CNAME").rdata(), [f"{Z}."], "CNAME asked for itself")
    put(t, e, "dangling", "CNAME", ["missing"])
    r = dig(e, f"dangling.{Z}", "A")
    t.eq((r.status, [x[3] for x in r.answer], [x[3] for x in r.authority]),
         ("NXDOMAIN", ["CNAME"], ["SOA"]), "CNAME to a missing name")
    put(t, e, "loop1", "CNAME", ["loop2"])
    put(t, e, "loop2", "CNAME", ["loop1"])
    r = dig(e, f"loop1.{Z}", "A")
    assert r.status == "NOERROR" and len(r.answer) == 2, r.text
    # the question's case is kept in the answer
    r = dig(e, f"WwW.ExAmPlE.CoM", "A")
    t.eq(r.answer[0][0], "WwW.ExAmPlE.CoM.", "owner as asked")


def test_wildcards(t):
    e = dns_emu(t)
    put(t, e, "*.dev", "A", ["192.0.2.50"])
    put(t, e, "*.dev", "TXT", ["wild"])
    put(t, e, "real.dev", "A", ["192.0.2.51"])
    r = dig(e, f"anything.dev.{Z}", "A")
    t.eq([(x[0], x[4]) for x in r.answer], [(f"anything.dev.{Z}.", "192.0.2.50")], "synthesised")
    assert "aa" in r.flags, r.text
    t.eq(dig(e, f"a.b.dev.{Z}", "A").rdata(), ["192.0.2.50"], "deeper names too")
    t.eq(dig(e, f"real.dev.{Z}", "A").rdata(), ["192.0.2.51"], "an existing name wins")
    r = dig(e, f"real.dev.{Z}", "TXT")
    t.eq((r.status, r.answer), ("NOERROR", []), "no wildcard for an existing name")
    r = dig(e, f"x.dev.{Z}", "MX")
    t.eq((r.status, r.answer), ("NOERROR", []), "wildcard NODATA")
    r = dig(e, f"dev.{Z}", "A")
    t.eq((r.status, r.answer), ("NOERROR", []), "the wildcard's parent is an empty non-terminal")
    t.eq(dig(e, f"x.other.{Z}", "A").status, "NXDOMAIN", "no wildcard elsewhere")


def test_alias_at_the_apex(t):
    e = dns_emu(t)
    # a target in another zone of the emulator: its addresses, CNAME followed
    put(t, e, "@", "ALIAS", ["www.example.com."], ttl=900, zone="example.net")
    st, _, _ = e.api("DELETE", rec_path("example.net", "@", "A"))
    t.eq(st, 204, "delete the apex A")
    r = dig(e, "example.net", "A")
    t.eq([(x[0], x[1], x[3], x[4]) for x in r.answer],
         [("example.net.", 900, "A", "192.0.2.10")], "A made from the ALIAS")
    assert "aa" in r.flags, r.text
    t.eq(dig(e, "example.net", "AAAA").rdata(), ["2001:db8::10"], "AAAA too")
    r = dig(e, "example.net", "MX")
    t.eq((r.status, r.answer), ("NOERROR", []), "ALIAS gives addresses only")
    # a target outside the emulator cannot be resolved offline: NODATA
    put(t, e, "@", "ALIAS", ["target.example.invalid."], zone="example.net")
    r = dig(e, "example.net", "A")
    t.eq((r.status, r.answer, [x[3] for x in r.authority]), ("NOERROR", [], ["SOA"]),
         "unknown target")


def test_delegation_and_dname(t):
    e = dns_emu(t)
    put(t, e, "sub", "NS", ["ns1.sub", "ns.example.net."])
    put(t, e, "ns1.sub", "A", ["192.0.2.53"])
    put(t, e, "sub", "DS", [f"12345 13 2 {HEX}"])
    r = dig(e, f"host.sub.{Z}", "A")
    t.eq(r.status, "NOERROR", "referral status")
    assert "aa" not in r.flags, r.text
    t.eq(r.answer, [], "no answer in a referral")
    t.eq(sorted((x[0], x[3], x[4]) for x in r.authority),
         [(f"sub.{Z}.", "NS", "ns.example.net."), (f"sub.{Z}.", "NS", f"ns1.sub.{Z}.")],
         "delegation")
    t.eq([(x[0], x[4]) for x in r.additional if x[3] == "A"], [(f"ns1.sub.{Z}.", "192.0.2.53")],
         "glue")
    r = dig(e, f"sub.{Z}", "DS")
    t.eq((r.status, "aa" in r.flags, r.rdata()), ("NOERROR", True, [f"12345 13 2 {HEX.upper()}"]),
         "DS is the parent's")
    put(t, e, "old", "DNAME", ["example.net."])
    r = dig(e, f"www.old.{Z}", "A")
    t.eq([(x[0], x[3], x[4]) for x in r.answer],
         [(f"old.{Z}.", "DNAME", "example.net."), (f"www.old.{Z}.", "CNAME", "www.example.net.")],
         "DNAME and the CNAME it makes")
    put(t, e, "self", "DNAME", [f"other.{Z}."])
    put(t, e, "www.other", "A", ["192.0.2.77"])
    t.eq(dig(e, f"www.self.{Z}", "A").rdata("A"), ["192.0.2.77"], "chased inside the zone")


def test_edns(t):
    e = dns_emu(t)
    r = dig(e, Z, "A")
    t.eq(r.edns, 1232, "EDNS answer with the server's UDP size")
    r = dig(e, Z, "A", "+noedns")
    t.eq((r.status, r.edns), ("NOERROR", None), "no OPT without EDNS")
    r = dig(e, Z, "A", "+edns=1", "+noednsneg")
    t.eq((r.status, r.answer), ("BADVERS", []), "EDNS version 1")
    r = dig(e, Z, "A", "+dnssec")
    assert "do" in r.edns_flags and r.rdata() == ["192.0.2.10"], r.text


def test_truncation_and_tcp(t):
    e = dns_emu(t)
    values = [f"value-{i:02d}-" + "y" * 100 for i in range(30)]
    put(t, e, "big", "TXT", values)
    r = dig(e, f"big.{Z}", "TXT", "+ignore")
    assert "tc" in r.flags and r.answer == [], r.text
    r = dig(e, f"big.{Z}", "TXT", "+ignore", "+noedns")
    assert "tc" in r.flags and r.answer == [], r.text
    r = dig(e, f"big.{Z}", "TXT")
    assert r.truncated_retry, f"dig did not retry over TCP:\n{r.text}"
    t.eq(len(r.answer), 30, "all of it over TCP")
    r = dig(e, f"big.{Z}", "TXT", "+tcp")
    t.eq(len(r.answer), 30, "+tcp")
    assert "tc" not in r.flags, r.text
    # a small answer fits in 512 bytes without EDNS
    assert "tc" not in dig(e, Z, "MX", "+noedns").flags
    # several queries on one TCP connection, answered in order
    s = tcp_connect(e)
    try:
        for i, name in enumerate([Z, f"www.{Z}", f"nope.{Z}"]):
            tcp_send(s, query(name, "A", qid=100 + i))
        got = [header(tcp_recv(s)) for _ in range(3)]
    finally:
        s.close()
    t.eq([(h["id"], h["rcode"]) for h in got], [(100, 0), (101, 0), (102, 3)], "pipelined")


def test_bad_packets(t):
    e = dns_emu(t)
    t.eq(udp(e, b"\x12\x34\x00", timeout=1.0), None, "too short for a header: no answer")
    answer = query(Z, flags=0x8000)
    t.eq(udp(e, answer, timeout=1.0), None, "an answer is never answered")
    garbage = b"\xab\xcd\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x3fgarbage"
    h = header(udp(e, garbage))
    t.eq((h["id"], h["qr"], h["rcode"]), (0xabcd, True, 1), "garbage: FORMERR")
    h = header(udp(e, query(Z, opcode=2, qid=7)))
    t.eq((h["id"], h["opcode"], h["rcode"]), (7, 2, 4), "opcode STATUS: NOTIMP")
    h = header(udp(e, query(Z, opcode=5, qid=8)))
    t.eq((h["opcode"], h["rcode"]), (5, 4), "opcode UPDATE: NOTIMP")
    h = header(udp(e, query(Z, qdcount=0, questions=[], qid=9)))
    t.eq((h["id"], h["rcode"]), (9, 1), "no question: FORMERR")
    two = query(None, qdcount=2, questions=[(Z, "A"), (f"www.{Z}", "A")], qid=10)
    t.eq(header(udp(e, two))["rcode"], 1, "two questions: FORMERR")
    h = header(udp(e, query(Z, "A", qid=11)))
    t.eq((h["id"], h["rcode"], h["aa"], h["ancount"]), (11, 0, True, 1), "still answering")
    # over TCP: garbage gets FORMERR, a zero length closes the connection
    s = tcp_connect(e)
    try:
        tcp_send(s, garbage)
        t.eq(header(tcp_recv(s))["rcode"], 1, "garbage over TCP")
        s.sendall(b"\x00\x00")
        t.eq(tcp_recv(s), None, "closed after a zero-length message")
    finally:
        s.close()


def test_a_value_ldns_cannot_read_is_named(t):
    e = dns_emu(t)
    put(t, e, "where", "LOC", ["somewhere over the rainbow"])
    put(t, e, "where", "TXT", ["still here"])
    t.eq(dig(e, f"where.{Z}", "LOC").answer, [], "not served")
    t.eq(dig(e, f"where.{Z}", "TXT").rdata(), ['"still here"'], "the rest is")
    t.contains(e.stderr(), "where LOC 'somewhere over the rainbow' is not served", "stderr")
    # named once, not again each time the zone changes
    put(t, e, "elsewhere", "TXT", ["x"])
    t.eq(dig(e, f"elsewhere.{Z}", "TXT").rdata(), ['"x"'], "a later change")
    t.eq(e.stderr().count("somewhere over the rainbow"), 1, "named once")


def test_changes_are_served_at_once(t):
    e = dns_emu(t)
    put(t, e, "_acme-challenge", "TXT", ["token-1"], ttl=300)
    r = dig(e, f"_acme-challenge.{Z}", "TXT")
    t.eq((r.rdata(), r.answer[0][1]), (['"token-1"'], 300), "new RRset")
    st, _, _ = e.api("PATCH", rec_path(Z, "_acme-challenge", "TXT"),
                     {"add_rrset_values": ["token-2"]})
    t.eq(st, 200, "PATCH")
    t.eq(dig(e, f"_acme-challenge.{Z}", "TXT").rdata(), ['"token-1"', '"token-2"'], "added")
    st, _, _ = e.api("DELETE", rec_path(Z, "_acme-challenge", "TXT"))
    t.eq(st, 204, "DELETE")
    t.eq(dig(e, f"_acme-challenge.{Z}", "TXT").status, "NXDOMAIN", "deleted")
    # a whole zone replaced, and a new zone
    st, _, _ = e.api("PUT", f"/v5/livedns/domains/{Z}/records",
                     {"items": [{"rrset_name": "@", "rrset_type": "A",
                                 "rrset_values": ["198.51.100.1"]}]})
    t.eq(dig(e, Z, "A").rdata(), ["198.51.100.1"], "zone replaced")
    t.eq(dig(e, f"www.{Z}", "A").status, "NXDOMAIN", "old names gone")
    t.eq(dig(e, "example.org", "SOA").status, "REFUSED", "no zone yet")
    st, _, body = e.api("POST", "/v5/domain/domains/example.org/livedns")
    t.eq(st, 202, f"switch example.org to LiveDNS: {body}")
    t.eq(dig(e, "example.org", "SOA").status, "NOERROR", "the new zone is served")
    # a write naming no domain (a token renewed) changes no zone
    st, _, body = e.api("POST", "/v5/organization/access-tokens", {}, token="expiring")
    assert st in (200, 201), (st, body)
    t.eq(dig(e, Z, "A").rdata(), ["198.51.100.1"], "after a write of no zone")


def test_every_change_is_served_right(t):
    """Random writes, each followed by queries checked against a model of the
    zone: the version compiled after a change (sharing the records of the
    RRsets that did not change, its index merged from the previous one) must
    answer exactly like one compiled from scratch."""
    import random
    rnd = random.Random(16)
    e = dns_emu(t)
    names = ["a", "b", "b.c", "d", "zz", "m.n.o", "_x", "w1"]
    model = {}
    for step in range(40):
        name, rtype = rnd.choice(names), rnd.choice(["A", "TXT"])
        if (name, rtype) in model and rnd.random() < 0.3:
            st, _, _ = e.api("DELETE", rec_path(Z, name, rtype))
            t.eq(st, 204, "DELETE")
            del model[(name, rtype)]
        else:
            n = rnd.randint(1, 3)
            vals = ([f"192.0.2.{rnd.randint(1, 250)}" for _ in range(n)] if rtype == "A"
                    else [f"s{step}-{k}" for k in range(n)])
            put(t, e, name, rtype, vals)
            model[(name, rtype)] = sorted(set(vals if rtype == "A" else
                                              [f'"{v}"' for v in vals]))
        for qname, qtype in rnd.sample([(x, y) for x in names for y in ("A", "TXT")], 3):
            r = dig(e, f"{qname}.{Z}", qtype)
            want = model.get((qname, qtype), [])
            t.eq(r.rdata(qtype), want, f"step {step}: {qname} {qtype}")
            exists = any(k[0] == qname or k[0].endswith("." + qname) for k in model)
            t.eq(r.status, "NOERROR" if exists else "NXDOMAIN", f"step {step}: {qname} status")


class _Started:
    """What raw() and dig() need of an emulator started with start_raw()."""

    def __init__(self, proc):
        self.url = proc.stdout.readline().decode().strip()
        line = proc.stdout.readline().decode().strip()
        assert self.url.startswith("http://") and line.startswith("dns "), (self.url, line)
        self.ssl_context = None
        host, _, port = line[4:].rpartition(":")
        self.dns_host, self.dns_port = host, int(port)


def test_a_change_undone_by_a_failed_save_leaves_dns_too(t):
    """--state on a full disk (a file size limit): the change the journal
    could not take is undone in the store, and DNS stops serving it too."""
    import resource

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (60000, 60000))
    p = start_raw(t, ["--listen", "127.0.0.1:0", "--quiet", "--state", t.path("state.json"),
                      "--dns", "127.0.0.1:0"], preexec_fn=small_files)
    try:
        e = _Started(p)
        last_ok = failed = None
        for i in range(200):
            st, _, _ = raw(e, "PUT", rec_path(Z, "full", "TXT"), {"rrset_values": [f"v{i}"]})
            if st != 201:
                failed = st
                break
            last_ok = i
            t.eq(dig(e, f"full.{Z}", "TXT").rdata(), [f'"v{i}"'], "served at once")
        t.eq(failed, 500, f"the limit was reached after v{last_ok}")
        t.eq(dig(e, f"full.{Z}", "TXT").rdata(), [f'"v{last_ok}"'], "the undone change")
    finally:
        rc, _, err = stop_raw(p)
    t.eq(rc, 0, "it stops cleanly")


def poll_until(pred, timeout=30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.05)
    return False


def test_dns_delay(t):
    delay = 2.0
    e = dns_emu(t, "--dns-delay", str(int(delay * 1000)))
    name = f"_acme-challenge.{Z}"
    t.eq(dig(e, name, "TXT").status, "NXDOMAIN", "before")
    seen = []  # (time the answer arrived, values)
    before_put = time.monotonic()
    put(t, e, "_acme-challenge", "TXT", ["delayed"])
    # the API serves the change at once
    t.eq(e.api("GET", rec_path(Z, "_acme-challenge", "TXT"))[2]["rrset_values"],
         ['"delayed"'], "API")

    def visible():
        r = dig(e, name, "TXT")
        seen.append((time.monotonic(), r.status, r.rdata()))
        return r.rdata() == ['"delayed"']
    assert poll_until(visible), f"never served: {seen[-3:]}"
    first_new = seen[-1][0]
    # the server cannot show it earlier than the delay after the request began
    assert first_new - before_put >= delay, (first_new - before_put, seen)
    early = [s for s in seen if s[0] < before_put + delay]
    assert early, "no answer came back within the delay: the machine is too slow for this test"
    t.eq({s[1] for s in early}, {"NXDOMAIN"}, "every answer inside the delay is the old one")

    # several changes inside one delay: served in order, the last one stays
    seen.clear()
    for v in ["v1", "v2", "v3"]:
        put(t, e, "_acme-challenge", "TXT", [v])
    assert poll_until(lambda: dig(e, name, "TXT").rdata() == ['"v3"']), "last change"
    # more changes than versions kept: memory stays bounded, the last one wins
    for i in range(100):
        put(t, e, "burst", "TXT", [f"b{i}"])
    assert poll_until(lambda: dig(e, f"burst.{Z}", "TXT").rdata() == ['"b99"']), "burst"

    # a new zone is not served before its delay either
    before = time.monotonic()
    st, _, body = e.api("POST", "/v5/livedns/domains",
                        {"fqdn": "example.org", "zone": {"items": [
                            {"rrset_name": "@", "rrset_type": "A", "rrset_values": ["192.0.2.99"]}]}})
    t.eq(st, 201, f"new zone: {body}")
    assert poll_until(lambda: dig(e, "example.org", "A").rdata() == ["192.0.2.99"]), "new zone"
    assert time.monotonic() - before >= delay, "new zone served before the delay"


def test_queries_while_the_api_writes(t):
    e = dns_emu(t)
    stop = threading.Event()
    problems, answered = [], [0]

    def ask():
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(5)
        i = 0
        while not stop.is_set():
            i = (i + 1) & 0xffff
            s.sendto(query(f"race.{Z}", "TXT", qid=i), (e.dns_host, e.dns_port))
            try:
                h = header(s.recv(65535))
            except socket.timeout:
                problems.append("timeout")
                continue
            if h["id"] != i or h["rcode"] not in (0, 3):
                problems.append(h)
            answered[0] += 1
        s.close()
    threads = [threading.Thread(target=ask) for _ in range(3)]
    for th in threads:
        th.start()
    try:
        for i in range(60):
            put(t, e, "race", "TXT", [f"r{i}", "x" * (i * 10 + 1)])
            if i % 10 == 9:
                e.api("DELETE", rec_path(Z, "race", "TXT"))
    finally:
        stop.set()
        for th in threads:
            th.join()
    t.eq(problems, [], "every query answered correctly")
    assert answered[0] > 0, "no query answered"


def test_dns_options(t):
    rc, _, err = run_emu(t, ["--dns-delay", "100"])
    t.eq(rc, 2, "--dns-delay without --dns")
    t.contains(err, "--dns-delay needs --dns", "message")
    rc, _, err = run_emu(t, ["--dns", "nowhere"])
    t.eq(rc, 2, "bad --dns")
    t.contains(err, "invalid value 'nowhere' for --dns", "message")
    rc, _, err = run_emu(t, ["--dns", "127.0.0.1:0", "--dns-delay", "-1"])
    t.eq(rc, 2, "bad --dns-delay")
    # a port in use by someone else is an error at start
    busy = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    busy.bind(("127.0.0.1", 0))
    try:
        rc, _, err = run_emu(t, ["--listen", "127.0.0.1:0", "--dns",
                                 f"127.0.0.1:{busy.getsockname()[1]}"])
    finally:
        busy.close()
    t.eq(rc, 1, "port in use")
    t.contains(err, "cannot serve DNS", "message")


def test_ipv6_and_quiet(t):
    try:
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).bind(("::1", 0))
    except OSError as exc:
        raise Failure(f"this machine has no IPv6 loopback: {exc}")
    e = t.emu("--dns", "[::1]:0")
    t.eq(e.dns_host, "::1", "address line")
    t.eq(dig(e, Z, "A").rdata(), ["192.0.2.10"], "over IPv6")
