"""Web redirections: /v5/domain/domains/{domain}/webredirs."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import check_validation, domain, rec_path  # noqa: E402

Z = "example.com"
W = f"/v5/domain/domains/{Z}/webredirs"


def test_list_and_get(t):
    e = t.emu()
    seed = domain(Z)["webredirs"]
    st, h, body = e.api("GET", W)
    t.eq(st, 200, "status")
    t.eq(h.get("total-count"), str(len(seed)), "total-count")
    t.eq([w["host"] for w in body], sorted(w["host"] for w in seed), "hosts are FQDNs")
    w = body[0]
    sw = next(s for s in seed if s["host"] == w["host"])
    for k in ["host", "type", "url", "protocol"]:
        t.eq(w[k], sw[k], k)
    for k in ["created_at", "updated_at"]:
        assert w[k].endswith("Z") and len(w[k]) == 20, w[k]
    if w["protocol"] != "http":
        t.eq((w["cert_status"], w["cert_uuid"]), ("active", seed[0]["cert_uuid"]), "cert")
    st, _, one = e.api("GET", f"{W}/{w['host']}")
    t.eq((st, one), (200, w), "GET one")
    st, h, body = e.api("GET", f"{W}/blog")
    check_validation(t, st, h, body, "host", "path", contains="full host name")
    st, _, body = e.api("GET", f"{W}/nothing.{Z}")
    t.eq((st, body["object"]), (404, "webredir"), "a missing redirection")


def test_default_page_size_is_50(t):
    e = t.emu()
    for i in range(55):
        st, _, body = e.api("POST", W, {"host": f"r{i:02d}.{Z}", "url": "https://example.org/"})
        t.eq(st, 201, f"create r{i}: {body}")
    st, h, body = e.api("GET", W)
    total = 55 + len(domain(Z)["webredirs"])
    t.eq((len(body), h.get("total-count")), (50, str(total)), "50 per page by default")
    assert 'rel="next"' in h.get("Link", ""), h.get("Link")


def test_create_patch_delete(t):
    e = t.emu()
    st, h, body = e.api("POST", W, {"host": f"go.{Z}", "url": "https://example.org/",
                                    "type": "http302", "protocol": "https"})
    t.eq(st, 201, f"status {body}")
    assert isinstance(body["message"], str)
    t.eq(h.get("location"), f"{e.url}{W}/go.{Z}", "location")
    st, _, w = e.api("GET", f"{W}/go.{Z}")
    t.eq((w["type"], w["url"], w["protocol"]), ("http302", "https://example.org/", "https"),
         "stored")
    st, _, rec = e.api("GET", rec_path(Z, "go", "CNAME"))
    t.eq((st, rec["rrset_values"]), (200, ["webredir.vip.gandi.net."]),
         "the host points at Gandi's redirection service")
    st, _, body = e.api("POST", W, {"host": f"go.{Z}", "url": "https://example.org/"})
    t.eq((st, body["object"]), (409, "webredir"), "twice")
    st, _, body = e.api("PATCH", f"{W}/go.{Z}", {"url": "https://example.net/x",
                                                 "protocol": "http"})
    t.eq(st, 200, "PATCH")
    st, _, w = e.api("GET", f"{W}/go.{Z}")
    t.eq((w["url"], w["protocol"], "cert_uuid" in w), ("https://example.net/x", "http", False),
         "patched")
    st, h, body = e.api("PATCH", f"{W}/go.{Z}", {"host": f"elsewhere.{Z}"})
    check_validation(t, st, h, body, "host", contains="cannot be moved")
    st, h, body = e.api("PATCH", f"{W}/go.{Z}", {"type": "http307"})
    check_validation(t, st, h, body, "type")
    st, _, body = e.api("DELETE", f"{W}/go.{Z}")
    t.eq((st, body), (204, None), "DELETE")
    st, _, body = e.api("GET", f"{W}/go.{Z}")
    t.eq(st, 404, "gone")


def test_validation(t):
    e = t.emu()
    cases = [
        ({"host": "www", "url": "https://example.org/"}, "host", "full host name"),
        ({"host": "www.other.org", "url": "https://example.org/"}, "host", "name under it"),
        ({"url": "https://example.org/"}, "host", "required"),
        ({"host": f"a.{Z}"}, "url", "required"),
        ({"host": f"a.{Z}", "url": "ftp://example.org/"}, "url", "http"),
        ({"host": f"a.{Z}", "url": "https://example.org/", "protocol": "gopher"}, "protocol",
         "one of"),
        ({"host": f"a.{Z}", "url": "https://example.org/", "override": "yes"}, "override",
         "true or false"),
    ]
    for body, field, text in cases:
        st, h, got = e.api("POST", W, body)
        check_validation(t, st, h, got, field, contains=text)


def test_existing_records_need_override(t):
    e = t.emu()
    st, _, body = e.api("POST", W, {"host": f"api.{Z}", "url": "https://example.org/"})
    t.eq((st, body["object"]), (409, "webredir"), "api has A records")
    t.contains(body["message"], "override", "the message names the fix")
    st, _, rec = e.api("GET", rec_path(Z, "api", "A"))
    t.eq(st, 200, "the refused call changed nothing")
    st, _, body = e.api("POST", W, {"host": f"api.{Z}", "url": "https://example.org/",
                                    "override": True})
    t.eq(st, 201, f"with override: {body}")
    st, _, rec = e.api("GET", rec_path(Z, "api", "A"))
    t.eq(st, 404, "the A records were replaced")
    st, _, rec = e.api("GET", rec_path(Z, "api", "CNAME"))
    t.eq(rec["rrset_values"], ["webredir.vip.gandi.net."], "by the redirection's CNAME")
    st, _, body = e.api("POST", W, {"host": Z, "url": "https://example.org/",
                                    "override": True})
    t.eq(st, 201, "at the apex")
    st, _, rec = e.api("GET", rec_path(Z, "@", "ALIAS"))
    t.eq(rec["rrset_values"], ["webredir.vip.gandi.net."], "an ALIAS at the apex")
    st, _, rec = e.api("GET", rec_path(Z, "@", "MX"))
    t.eq(st, 200, "other records at the apex stay")
    st, _, body = e.api("POST", "/v5/domain/domains/example.org/webredirs",
                        {"host": "www.example.org", "url": "https://example.com/"})
    t.eq(st, 201, "a domain without a LiveDNS zone")
