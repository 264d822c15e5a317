"""The choices gandi-emu makes where gandi-api.md §13 has only best evidence
(each one written down in emu/README.md, "Choices where Gandi is silent")."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import NOT_FOUND, check_validation, raw, rec_path  # noqa: E402

Z = "example.com"


def test_put_of_no_values_leaves_an_empty_rrset(t):
    """§13.1: certbot-dns-gandi removes the last value with PUT []."""
    e = t.emu()
    p = rec_path(Z, "_acme-challenge", "TXT")
    st, _, _ = e.api("PUT", p, {"rrset_values": ["token"], "rrset_ttl": 300})
    t.eq(st, 201, "PUT of a value")
    st, _, body = raw(e, "PUT", p, {"rrset_values": []})
    t.eq((st, body), (201, b'{"message":"DNS Record Created"}'), "PUT of no values")
    st, _, rec = e.api("GET", p)
    t.eq((st, rec["rrset_values"], rec["rrset_ttl"]), (200, [], 10800),
         "the empty RRset stays (and PUT without rrset_ttl reset the TTL)")
    st, _, listed = e.api("GET", rec_path(Z))
    t.eq([r["rrset_values"] for r in listed if r["rrset_name"] == "_acme-challenge"], [[]],
         "listed with no values")
    st, _, text = e.api("GET", rec_path(Z), headers={"Accept": "text/plain"})
    t.absent(text, "_acme-challenge", "the text export (it serves nothing)")
    st, _, _ = e.api("PUT", rec_path(Z, "gone", "CNAME"), {"rrset_values": []})
    t.eq(st, 201, "an empty CNAME")
    st, _, body = e.api("PUT", rec_path(Z, "gone", "A"), {"rrset_values": ["192.0.2.9"]})
    t.eq(st, 201, f"an empty CNAME does not block other types at its name: {body}")
    st, _, _ = e.api("DELETE", p)
    t.eq(st, 204, "the empty RRset can be deleted")


def test_duplicate_values_are_stored_as_sent(t):
    """§13.2: the old API stored them, and lexicon sends them."""
    e = t.emu()
    p = rec_path(Z, "dups", "TXT")
    st, _, _ = e.api("PUT", p, {"rrset_values": ["a", "b", "b", '"a"']})
    t.eq(st, 201, "PUT")
    st, _, rec = e.api("GET", p)
    t.eq(rec["rrset_values"], ['"a"', '"b"', '"b"', '"a"'], "stored as sent (TXT quoted)")


def test_delete_of_something_absent_is_the_dns_record_404(t):
    """§13.3: like GET of the same path."""
    e = t.emu()
    st, _, body = e.api("DELETE", rec_path(Z, "nothing-here", "TXT"))
    t.eq((st, body["object"], body["message"]),
         (404, "dns-record", "Can't find the DNS record nothing-here/TXT in the zone"),
         "DELETE name/type")
    st, _, body = e.api("DELETE", rec_path(Z, "nothing-here"))
    t.eq((st, body["object"]), (404, "dns-record"), "DELETE name")


def test_a_ttl_given_as_a_string_of_digits_is_its_number(t):
    """§13.4: the old API accepted "300"."""
    e = t.emu()
    p = rec_path(Z, "strttl", "A")
    st, _, _ = e.api("PUT", p, {"rrset_values": ["192.0.2.3"], "rrset_ttl": "600"})
    t.eq(st, 201, "PUT with a string TTL")
    st, _, rec = e.api("GET", p)
    t.eq(rec["rrset_ttl"], 600, "stored as a number")
    for bad in ["299", "", "6oo", "-300"]:
        st, h, body = e.api("PUT", p, {"rrset_values": ["192.0.2.3"], "rrset_ttl": bad})
        check_validation(t, st, h, body, "rrset_ttl")


def test_patch_of_an_absent_rrset(t):
    """§13.5: adding values creates it; only removing is the dns-record 404."""
    e = t.emu()
    p = rec_path(Z, "patched", "TXT")
    st, _, body = e.api("PATCH", p, {"remove_rrset_values": ["x"]})
    t.eq((st, body["object"]), (404, "dns-record"), "remove from nothing")
    st, _, body = e.api("PATCH", p, {"add_rrset_values": ["x"], "rrset_ttl": 300})
    t.eq((st, body["rrset_values"], body["rrset_ttl"]), (200, ['"x"'], 300), "add creates it")


def test_u_labels_in_livedns_paths_are_not_zones(t):
    """§13.10: LiveDNS names its zones by A-label; a U-label is no zone of yours."""
    e = t.emu()
    seed = t.path("idn.json")
    import json
    from emu_util import SEED
    doc = json.loads(json.dumps(SEED))
    org = doc["domains"][0]["organization"]
    doc["domains"].append({"fqdn": "xn--bcher-kva.example", "organization": org,
                           "dates": {"registry_ends_at": "+100d"},
                           "livedns": {"records": [{"rrset_name": "@", "rrset_type": "A",
                                                    "rrset_values": ["192.0.2.7"]}]}})
    with open(seed, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    e = t.emu("--seed", seed)
    st, _, body = e.api("GET", "/v5/livedns/domains/xn--bcher-kva.example")
    t.eq((st, body["fqdn"]), (200, "xn--bcher-kva.example"), "the A-label")
    for path in ["/v5/livedns/domains/b%C3%BCcher.example",
                 "/v5/livedns/domains/b%C3%BCcher.example/records"]:
        st, _, body = e.api("GET", path)
        t.eq((st, body), (404, NOT_FOUND), f"GET {path}")
