"""LiveDNS: domains, records at zone, name and name/type level, validation,
text export and import."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import (CT_ERROR, CT_JSON, NOT_FOUND, UNKNOWN_DOMAIN, check_validation,  # noqa: E402
                      header, raw, rec_path, records, txt_stored)

Z = "example.com"


def dns_404(name, rtype=None):
    what = f"{name}/{rtype}" if rtype else name
    return {"code": 404, "message": f"Can't find the DNS record {what} in the zone",
            "object": "dns-record", "cause": "Not Found"}


def gandi_order(recs):
    """Gandi lists RRsets by name compared upper-cased ('@' first, '_x' after
    letters), then type."""
    return sorted(recs, key=lambda r: (r["rrset_name"].upper(), r["rrset_type"]))


def seed_view(fqdn):
    out = []
    for r in records(fqdn):
        vals = [txt_stored(v) if r["rrset_type"] in ("TXT", "SPF") else v
                for v in r["rrset_values"]]
        out.append({"rrset_name": r["rrset_name"], "rrset_type": r["rrset_type"],
                    "rrset_ttl": r.get("rrset_ttl", 10800), "rrset_values": vals})
    return gandi_order(out)


def test_livedns_domain(t):
    e = t.emu()
    st, hdrs, data = raw(e, "GET", f"/v5/livedns/domains/{Z}")
    t.eq(st, 200, "status")
    base = f"{e.url}/v5/livedns/domains/{Z}"
    want = (f'{{"domain_keys_href":"{base}/keys","fqdn":"{Z}","automatic_snapshots":true,'
            f'"domain_records_href":"{base}/records","domain_href":"{base}"}}')
    t.eq(data.decode(), want, "exact body")
    st, _, body = e.api("PATCH", f"/v5/livedns/domains/{Z}", {"automatic_snapshots": False})
    t.eq(st, 200, "PATCH")
    st, _, body = e.api("GET", f"/v5/livedns/domains/{Z}")
    t.eq(body["automatic_snapshots"], False, "after PATCH")
    st, h, body = e.api("PATCH", f"/v5/livedns/domains/{Z}", {"automatic_snapshots": "no"})
    check_validation(t, st, h, body, "automatic_snapshots")
    st, _, body = e.api("GET", "/v5/livedns/domains/example.org")
    t.eq((st, body), (404, UNKNOWN_DOMAIN), "a domain without LiveDNS")
    st, _, body = e.api("GET", "/v5/livedns/domains")
    for d in body:
        t.eq(set(d), {"fqdn", "domain_href", "domain_records_href"}, "list item keys")
    st, _, body = e.api("GET", f"/v5/livedns/domains/{Z}/nameservers")
    assert st == 200 and body and all(n.endswith(".gandi.net") for n in body), body


def test_create_livedns_zone(t):
    e = t.emu()
    items = [{"rrset_name": "@", "rrset_type": "A", "rrset_values": ["192.0.2.99"]}]
    st, h, body = e.api("POST", "/v5/livedns/domains",
                        {"fqdn": "example.org", "zone": {"items": items}})
    t.eq((st, body), (201, {"message": "Domain Created"}), "create")
    st, _, body = e.api("GET", rec_path("example.org"))
    t.eq([(r["rrset_name"], r["rrset_values"]) for r in body], [("@", ["192.0.2.99"])], "zone")
    st, _, body = e.api("POST", "/v5/livedns/domains", {"fqdn": "example.org"})
    t.eq(st, 409, "a zone exists")
    st, h, body = e.api("POST", "/v5/livedns/domains", {"fqdn": "not-mine.com"})
    check_validation(t, st, h, body, "fqdn")


def test_rrtypes(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/livedns/dns/rrtypes")
    t.eq(body, ["A", "AAAA", "ALIAS", "CAA", "CDS", "CNAME", "DNAME", "DS", "HTTPS", "KEY",
                "LOC", "MX", "NAPTR", "NS", "OPENPGPKEY", "PTR", "RP", "SOA", "SPF", "SRV",
                "SSHFP", "SVCB", "TLSA", "TXT", "WKS"], "types")


def test_zone_list(t):
    e = t.emu()
    st, hdrs, data = raw(e, "GET", rec_path(Z))
    t.eq(st, 200, "status")
    t.eq(header(hdrs, "Content-Type"), CT_JSON, "content type")
    assert ("total-count", str(len(records(Z)))) in hdrs, f"total-count header: {hdrs}"
    body = json.loads(data)
    got = [{k: r[k] for k in ("rrset_name", "rrset_type", "rrset_ttl", "rrset_values")}
           for r in body]
    t.eq(got, seed_view(Z), "records, in Gandi's order")
    first = data.decode()
    t.contains(first, '[{"rrset_type":', "key order starts with rrset_type")
    for r in body:
        t.eq(list(r), ["rrset_type", "rrset_ttl", "rrset_name", "rrset_href", "rrset_values"],
             "key order")
        name = "%40" if r["rrset_name"] == "@" else r["rrset_name"]
        t.eq(r["rrset_href"], f"{e.url}/v5/livedns/domains/{Z}/records/{name}/{r['rrset_type']}",
             "rrset_href")
    names = [r["rrset_name"] for r in body]
    assert names[0] == "@" and names[-1].startswith("_"), names


def test_zone_list_filters_sort_and_pages(t):
    e = t.emu()
    st, h, body = e.api("GET", rec_path(Z) + "?rrset_type=TXT")
    t.eq({r["rrset_type"] for r in body}, {"TXT"}, "rrset_type filter")
    t.eq(h.get("total-count"), str(len(records(Z))), "total-count counts the whole zone")
    t.eq(h.get("filtered-count"), str(len(body)), "filtered-count")
    st, _, body = e.api("GET", rec_path(Z) + "?rrset_type=TXT&rrset_type=MX")
    t.eq({r["rrset_type"] for r in body}, {"TXT", "MX"}, "two types")
    st, _, body = e.api("GET", rec_path(Z) + "?sort_by=-rrset_name")
    t.eq([r["rrset_name"] for r in body],
         [r["rrset_name"] for r in reversed(seed_view(Z))], "sort_by=-rrset_name")
    st, _, body = e.api("GET", rec_path(Z) + "?sort_by=rrset_ttl")
    ttls = [r["rrset_ttl"] for r in body]
    t.eq(ttls, sorted(ttls), "sort_by=rrset_ttl")
    st, h, body = e.api("GET", rec_path(Z) + "?sort_by=rrset_value")
    check_validation(t, st, h, body, "sort_by", "querystring")
    all_names = [(r["rrset_name"], r["rrset_type"]) for r in seed_view(Z)]
    seen = []
    page = 1
    while True:
        st, h, body = e.api("GET", rec_path(Z) + f"?per_page=3&page={page}")
        seen += [(r["rrset_name"], r["rrset_type"]) for r in body]
        if "rel=\"next\"" not in (h.get("Link") or ""):
            break
        page += 1
    t.eq(seen, all_names, "walking the pages")


def test_get_one_and_missing(t):
    e = t.emu()
    st, _, body = e.api("GET", rec_path(Z, "@", "MX"))
    want = next(r for r in seed_view(Z) if r["rrset_name"] == "@" and r["rrset_type"] == "MX")
    t.eq(body["rrset_values"], want["rrset_values"], "values")
    st, h, body = e.api("GET", rec_path(Z, "nope", "A"))
    t.eq((st, body), (404, dns_404("nope", "A")), "missing record")
    t.eq(h.get("Content-Type"), CT_ERROR, "content type")
    st, _, body = e.api("GET", "/v5/livedns/domains/example.com/records/%40/A")
    t.eq(st, 200, "%40 in the path is the apex")
    st, _, body = e.api("GET", rec_path(Z, "WWW", "CNAME"))
    t.eq((st, body["rrset_name"]), (200, "www"), "names are case-insensitive")


def test_post_creates_and_conflicts(t):
    e = t.emu()
    st, hdrs, data = raw(e, "POST", rec_path(Z, "_acme-challenge", "TXT"),
                         {"rrset_values": ["token1"], "rrset_ttl": 3600})
    t.eq(st, 201, "status")
    t.eq(data, b'{"message":"DNS Record Created"}', "exact body")
    names = [k for k, _ in hdrs]
    assert "location" in names, f"location must be lower case: {names}"
    t.eq(header(hdrs, "location"),
         f"{e.url}/v5/livedns/domains/{Z}/records/_acme-challenge/TXT", "location")
    st, _, body = e.api("GET", rec_path(Z, "_acme-challenge", "TXT"))
    t.eq((body["rrset_ttl"], body["rrset_values"]), (3600, ['"token1"']), "TXT came back quoted")
    st, h, body = e.api("POST", rec_path(Z, "_acme-challenge", "TXT"), {"rrset_values": ["x"]})
    t.eq(st, 409, "POST onto an existing RRset")
    t.eq(h.get("Content-Type"), CT_ERROR, "content type of a 409")
    t.eq((body["code"], body["cause"]), (409, "Conflict"), "409 envelope")
    st, _, body = e.api("POST", rec_path(Z, "new", "A"), {"rrset_values": ["192.0.2.1"]})
    st, _, body = e.api("GET", rec_path(Z, "new", "A"))
    t.eq(body["rrset_ttl"], 10800, "default TTL")


def test_put_replaces_and_resets_ttl(t):
    e = t.emu()
    p = rec_path(Z, "_acme-challenge.sub", "TXT")
    st, _, body = e.api("PUT", p, {"rrset_values": ["a"], "rrset_ttl": 3600})
    t.eq((st, body), (201, {"message": "DNS Record Created"}), "PUT creates: 201")
    st, _, body = e.api("PUT", p, {"rrset_values": ["a", "b"]})
    t.eq((st, body), (201, {"message": "DNS Record Created"}), "PUT replaces: 201 as well")
    st, _, body = e.api("GET", p)
    t.eq((body["rrset_ttl"], body["rrset_values"]), (10800, ['"a"', '"b"']),
         "PUT without rrset_ttl resets the TTL to 10800")
    # lexicon sends rrset_name/rrset_type in the body too; the path wins
    st, _, _ = e.api("PUT", p, {"rrset_name": "other", "rrset_type": "TXT",
                                "rrset_values": ["c"]})
    t.eq(st, 201, "PUT with name and type in the body")
    st, _, body = e.api("GET", p)
    t.eq(body["rrset_values"], ['"c"'], "the path names the record")
    st, _, body = e.api("GET", rec_path(Z, "other", "TXT"))
    t.eq(st, 404, "no record at the body's name")


def test_values_are_stored_verbatim(t):
    e = t.emu()
    cases = [
        ("docs", "CNAME", ["docs.example.org"], ["docs.example.org"]),
        ("mx2", "MX", ["10 mail"], ["10 mail"]),
        ("q", "TXT", ['"already quoted"'], ['"already quoted"']),
        ("q2", "TXT", ['"two" "strings"'], ['"two" "strings"']),
        ("q3", "TXT", ['say "hi"'], ['"say \\"hi\\""']),
        ("dup", "A", ["192.0.2.1", "192.0.2.1"], ["192.0.2.1", "192.0.2.1"]),
        ("sshfp", "SSHFP", ["1 1 0123456789abcdef"], ["1 1 0123456789abcdef"]),
        ("sub", "NS", ["ns1.example.net."], ["ns1.example.net."]),
    ]
    for name, rtype, sent, stored in cases:
        st, _, body = e.api("PUT", rec_path(Z, name, rtype), {"rrset_values": sent})
        t.eq(st, 201, f"PUT {name}/{rtype}: {body}")
        st, _, body = e.api("GET", rec_path(Z, name, rtype))
        t.eq(body["rrset_values"], stored, f"stored form of {name}/{rtype}")


def test_validation(t):
    e = t.emu()
    cases = [
        ("x", "A", {"rrset_values": ["1.2.3"]}, "rrset_values", "not an IPv4 address"),
        ("x", "A", {"rrset_values": ["2001:db8::1"]}, "rrset_values", "IPv4"),
        ("x", "AAAA", {"rrset_values": ["192.0.2.1"]}, "rrset_values", "IPv6"),
        ("x", "MX", {"rrset_values": ["mail.example.com."]}, "rrset_values", "priority host"),
        ("x", "MX", {"rrset_values": ["70000 mail.example.com."]}, "rrset_values", "MX"),
        ("x", "SRV", {"rrset_values": ["0 5 mail.example.com."]}, "rrset_values", "SRV"),
        ("x", "CAA", {"rrset_values": ["0 issue"]}, "rrset_values", "CAA"),
        ("x", "CNAME", {"rrset_values": ["a.example.", "b.example."]}, "rrset_values",
         "exactly one value"),
        ("x", "CNAME", {"rrset_values": ["not a host"]}, "rrset_values", "invalid hostname"),
        ("@", "CNAME", {"rrset_values": ["example.org."]}, "rrset_type", "apex"),
        ("www", "A", {"rrset_values": ["192.0.2.1"]}, "rrset_type", "cannot coexist"),
        ("api", "CNAME", {"rrset_values": ["example.org."]}, "rrset_type", "cannot coexist"),
        ("www", "ALIAS", {"rrset_values": ["example.org."]}, "rrset_type", "only allowed at the apex"),
        ("x", "A", {"rrset_values": ["192.0.2.1"], "rrset_ttl": 299}, "rrset_ttl", "between 300 and 2592000"),
        ("x", "A", {"rrset_values": ["192.0.2.1"], "rrset_ttl": 2592001}, "rrset_ttl", "out of range"),
        ("x", "A", {"rrset_values": ["192.0.2.1"], "rrset_ttl": "1h"}, "rrset_ttl", "integer"),
        ("x", "A", {"rrset_values": ["192.0.2.1"], "rrset_ttl": 3600.5}, "rrset_ttl", "integer"),
        ("x", "A", {"rrset_values": "192.0.2.1"}, "rrset_values", "array"),
        ("x", "A", {"rrset_values": [1]}, "rrset_values", "not a string"),
        ("x", "A", {}, "rrset_values", "required"),
        ("x", "TXT", {"rrset_values": ["caf\u00e9"]}, "rrset_values", "printable ASCII"),
    ]
    for name, rtype, body, field, text in cases:
        for method in ("PUT", "POST"):
            st, h, got = e.api(method, rec_path(Z, name, rtype), body)
            check_validation(t, st, h, got, field, contains=text)
    st, h, got = e.api("POST", rec_path(Z, "x", "A"), {"rrset_values": []})
    check_validation(t, st, h, got, "rrset_values", contains="empty")
    for name, rtype, field, text in [("x", "XX", "rrset_type", "not a valid record type"),
                                     ("x", "a", "rrset_type", "upper case"),
                                     ("a b", "A", "rrset_name", "not allowed"),
                                     ("www.example.com.", "A", "rrset_name", "relative")]:
        st, h, got = e.api("PUT", rec_path(Z, name, rtype), {"rrset_values": ["192.0.2.1"]})
        check_validation(t, st, h, got, field, "path", contains=text)
    st, h, got = e.api("PUT", rec_path(Z, "x", "A"), '{"rrset_values": ["192.0.2.1"]}',
                       headers={"Content-Type": "text/plain"})
    check_validation(t, st, h, got, "Content-Type", "header")
    st, h, got = e.api("PUT", rec_path(Z, "x", "A"), "[1]",
                       headers={"Content-Type": "application/json"})
    check_validation(t, st, h, got, "body")
    st, _, body = e.api("GET", rec_path(Z))
    t.eq(len(body), len(records(Z)), "no failed write changed the zone")


def test_patch(t):
    e = t.emu()
    p = rec_path(Z, "api", "A")
    st, _, before = e.api("GET", p)
    st, _, body = e.api("PATCH", p, {"add_rrset_values": ["192.0.2.22"],
                                     "remove_rrset_values": [before["rrset_values"][0]]})
    t.eq(st, 200, f"status {body}")
    t.eq(body["rrset_values"], before["rrset_values"][1:] + ["192.0.2.22"], "values")
    t.eq(body["rrset_ttl"], before["rrset_ttl"], "PATCH keeps the TTL")
    t.eq(body["rrset_href"], f"{e.url}/v5/livedns/domains/{Z}/records/api/A", "the record")
    st, _, body = e.api("PATCH", p, {"rrset_ttl": 600})
    t.eq(body["rrset_ttl"], 600, "PATCH of the TTL alone")
    st, _, body = e.api("PATCH", rec_path(Z, "_dmarc", "TXT"),
                        {"remove_rrset_values": ["v=DMARC1; p=none"]})
    t.eq((st, body["rrset_values"]), (200, []), "removing every value answers an empty RRset")
    st, _, body = e.api("GET", rec_path(Z, "_dmarc", "TXT"))
    t.eq((st, body), (404, dns_404("_dmarc", "TXT")), "an emptied RRset is gone")
    st, _, body = e.api("PATCH", rec_path(Z, "fresh", "TXT"), {"add_rrset_values": ["new"]})
    t.eq((st, body["rrset_values"], body["rrset_ttl"]), (200, ['"new"'], 10800),
         "PATCH adding to a missing RRset creates it")
    st, _, body = e.api("PATCH", rec_path(Z, "absent", "TXT"), {"remove_rrset_values": ["x"]})
    t.eq((st, body), (404, dns_404("absent", "TXT")), "removing from a missing RRset")
    st, h, body = e.api("PATCH", p, {"add_rrset_values": ["bad"]})
    check_validation(t, st, h, body, "add_rrset_values", contains="IPv4")
    st, h, body = e.api("PATCH", p, {})
    check_validation(t, st, h, body, "body")
    st, h, body = e.api("PATCH", rec_path(Z, "www", "A"), {"add_rrset_values": ["192.0.2.5"]})
    check_validation(t, st, h, body, "rrset_type", contains="CNAME")


def test_delete(t):
    e = t.emu()
    st, hdrs, data = raw(e, "DELETE", rec_path(Z, "webmail", "CNAME"))
    t.eq((st, data), (204, b""), "204 with no body")
    t.eq(header(hdrs, "Content-Type"), None, "no content type on a 204")
    st, _, body = e.api("DELETE", rec_path(Z, "webmail", "CNAME"))
    t.eq((st, body), (404, dns_404("webmail", "CNAME")), "deleting it again")
    st, _, body = e.api("DELETE", rec_path(Z, "@"))
    t.eq(st, 204, "DELETE of a name")
    st, _, body = e.api("GET", rec_path(Z, "@"))
    t.eq((st, body), (200, []), "nothing left at @")
    st, _, body = e.api("DELETE", rec_path(Z, "@"))
    t.eq((st, body), (404, dns_404("@")), "deleting an empty name")
    st, _, body = e.api("DELETE", rec_path(Z))
    t.eq(st, 204, "DELETE of the zone's records")
    st, h, body = e.api("GET", rec_path(Z))
    t.eq((body, h.get("total-count")), ([], "0"), "an empty zone")


def test_name_level(t):
    e = t.emu()
    st, _, body = e.api("GET", rec_path(Z, "@"))
    t.eq([r["rrset_type"] for r in body],
         [r["rrset_type"] for r in seed_view(Z) if r["rrset_name"] == "@"], "types at @")
    st, _, body = e.api("POST", rec_path(Z, "multi"), {"rrset_type": "TXT", "rrset_values": ["a"]})
    t.eq((st, body), (201, {"message": "DNS Record Created"}), "POST at a name")
    st, _, body = e.api("POST", rec_path(Z, "multi"), {"rrset_type": "TXT", "rrset_values": ["a"]})
    t.eq(st, 409, "twice")
    st, h, body = e.api("POST", rec_path(Z, "multi"), {"rrset_values": ["a"]})
    check_validation(t, st, h, body, "rrset_type")
    items = [{"rrset_type": "A", "rrset_values": ["192.0.2.7"], "rrset_ttl": 600},
             {"rrset_type": "AAAA", "rrset_values": ["2001:db8::7"]}]
    st, _, body = e.api("PUT", rec_path(Z, "multi"), {"items": items})
    t.eq(st, 201, f"PUT at a name: {body}")
    st, _, body = e.api("GET", rec_path(Z, "multi"))
    t.eq([(r["rrset_type"], r["rrset_ttl"]) for r in body], [("A", 600), ("AAAA", 10800)],
         "PUT replaced every type at the name")
    st, h, body = e.api("PUT", rec_path(Z, "multi"),
                        {"items": [{"rrset_type": "CNAME", "rrset_values": ["a.example."]},
                                   {"rrset_type": "TXT", "rrset_values": ["x"]}]})
    check_validation(t, st, h, body, "items", contains="cannot coexist")
    st, h, body = e.api("PUT", rec_path(Z, "multi"), {"items": "none"})
    check_validation(t, st, h, body, "items")


def test_zone_level_writes(t):
    e = t.emu()
    st, _, body = e.api("POST", rec_path(Z), {"rrset_name": "zl", "rrset_type": "A",
                                              "rrset_values": ["192.0.2.9"]})
    t.eq(st, 201, f"POST at the zone: {body}")
    st, _, body = e.api("POST", rec_path(Z), {"rrset_name": "zl", "rrset_type": "A",
                                              "rrset_values": ["192.0.2.9"]})
    t.eq(st, 409, "twice")
    st, h, body = e.api("POST", rec_path(Z), {"rrset_type": "A", "rrset_values": ["192.0.2.9"]})
    check_validation(t, st, h, body, "rrset_name")
    items = [{"rrset_name": "@", "rrset_type": "A", "rrset_values": ["192.0.2.50"]},
             {"rrset_name": "www", "rrset_type": "CNAME", "rrset_values": ["example.com."],
              "rrset_ttl": 300}]
    st, _, body = e.api("PUT", rec_path(Z), {"items": items})
    t.eq((st, body), (201, {"message": "DNS Record Created"}), "PUT of the zone")
    st, _, body = e.api("GET", rec_path(Z))
    t.eq([(r["rrset_name"], r["rrset_type"], r["rrset_ttl"]) for r in body],
         [("@", "A", 10800), ("www", "CNAME", 300)], "the zone was replaced")
    dup = items + [items[0]]
    st, h, body = e.api("PUT", rec_path(Z), {"items": dup})
    check_validation(t, st, h, body, "items", contains="given twice")
    bad = [{"rrset_name": "x", "rrset_type": "A", "rrset_values": ["192.0.2.1"],
            "rrset_ttl": 5}]
    st, h, body = e.api("PUT", rec_path(Z), {"items": bad})
    check_validation(t, st, h, body, "items", contains="items[0] (x/A)")
    st, _, body = e.api("GET", rec_path(Z))
    t.eq(len(body), 2, "a refused PUT changed nothing")


def test_text_export(t):
    e = t.emu()
    st, h, text = e.api("GET", rec_path(Z), headers={"Accept": "text/plain"})
    t.eq(st, 200, "status")
    t.eq(h.get("Content-Type"), "text/plain; charset=utf-8", "content type")
    lines = text.splitlines()
    assert lines[0].startswith("@ 10800 IN SOA ns1.gandi.net. hostmaster.gandi.net. "), lines[0]
    want = [f"{r['rrset_name']} {r['rrset_ttl']} IN {r['rrset_type']} {v}"
            for r in seed_view(Z) for v in r["rrset_values"]]
    t.eq(lines[1:], want, "one line per value")
    st, h, text = e.api("GET", rec_path(Z, "@", "MX"), headers={"Accept": "text/plain"})
    t.eq(len(text.splitlines()), 1 + len(next(r for r in seed_view(Z) if r["rrset_type"] == "MX")
                                          ["rrset_values"]), "one RRset as text")


def test_text_import(t):
    e = t.emu()
    zone = """; an imported zone
$TTL 3600
$ORIGIN example.com.
@       IN SOA ns1.gandi.net. hostmaster.gandi.net. ( 1 10800 3600
                604800 10800 )
@       300 IN A     192.0.2.1
        IN A 192.0.2.2          ; same owner, from the line above
www     IN CNAME @
www.example.com. 600 IN TXT "not allowed beside a CNAME"
"""
    st, h, body = e.api("PUT", rec_path(Z), zone, headers={"Content-Type": "text/plain"})
    check_validation(t, st, h, body, "zone", contains="cannot coexist")
    zone = """$TTL 3600
@       IN SOA ns1.gandi.net. hostmaster.gandi.net. ( 1 10800 3600
                604800 10800 )
@       300 IN A     192.0.2.1
        IN A 192.0.2.2   ; the owner carries over
@ MX 10 mail.example.com.
mail.example.com. 600 IN A 192.0.2.25
txt TXT "v=spf1 -all" ; a comment
_sip._tcp IN 1h SRV 0 5 5060 sip.example.com.
$ORIGIN sub.example.com.
host A 192.0.2.30
"""
    st, _, body = e.api("PUT", rec_path(Z), zone, headers={"Content-Type": "text/plain"})
    t.eq((st, body), (201, {"message": "DNS Record Created"}), "import")
    st, _, body = e.api("GET", rec_path(Z))
    got = [(r["rrset_name"], r["rrset_type"], r["rrset_ttl"], r["rrset_values"]) for r in body]
    t.eq(got, [("@", "A", 300, ["192.0.2.1", "192.0.2.2"]),
               ("@", "MX", 3600, ["10 mail.example.com."]),
               ("host.sub", "A", 3600, ["192.0.2.30"]),
               ("mail", "A", 600, ["192.0.2.25"]),
               ("txt", "TXT", 3600, ['"v=spf1 -all"']),
               ("_sip._tcp", "SRV", 3600, ["0 5 5060 sip.example.com."])], "imported zone")
    st, _, text = e.api("GET", rec_path(Z), headers={"Accept": "text/plain"})
    st, _, body = e.api("PUT", rec_path(Z), text, headers={"Content-Type": "text/plain"})
    t.eq(st, 201, "an export imports back")
    st, _, again = e.api("GET", rec_path(Z), headers={"Accept": "text/plain"})
    t.eq(again.splitlines()[1:], text.splitlines()[1:], "round trip")
    for bad, msg in [("@ IN A 192.0.2.1\nx IN FOO bar\n", "line 2: record type 'FOO'"),
                     ("@ IN A 1.2.3\n", "line 1"),
                     ("x.example.org. IN A 192.0.2.1\n", "outside the zone"),
                     ('@ IN TXT "open\n', "unterminated quoted string"),
                     ("$INCLUDE other.zone\n", "$INCLUDE is not supported"),
                     ("@ IN A ( 192.0.2.1\n", "never closed"),
                     ("@ 10 IN A 192.0.2.1\n", "TTL 10 is out of range")]:
        st, h, body = e.api("PUT", rec_path(Z), bad, headers={"Content-Type": "text/plain"})
        check_validation(t, st, h, body, "zone", contains=msg)
