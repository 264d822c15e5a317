"""/v5/domain routes: list, details, renewal, autorenew, nameservers, check."""
import calendar
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import (CT_JSON, NOT_FOUND, SEED, check_validation, domain,  # noqa: E402
                      domains_of_org, header, org_of, raw)

LIST_KEYS = {"status", "dates", "tags", "fqdn", "id", "autorenew", "tld", "owner", "orga_owner",
             "domain_owner", "nameserver", "href", "fqdn_unicode", "sharing_id"}
DETAIL_KEYS = {"status", "dates", "can_tld_lock", "tags", "reachability", "nameservers",
               "contacts", "fqdn", "autorenew", "authinfo", "sharing_space", "tld", "services",
               "id", "trustee_roles", "href", "fqdn_unicode"}


def ts(s):
    return calendar.timegm(time.strptime(s, "%Y-%m-%dT%H:%M:%SZ"))


def test_list_shape(t):
    e = t.emu()
    st, h, body = e.api("GET", "/v5/domain/domains")
    t.eq(st, 200, "status")
    t.eq(h.get("Content-Type"), CT_JSON, "content type")
    mine = domains_of_org(org_of("all"))
    t.eq([d["fqdn"] for d in body], mine, "sorted by fqdn")
    t.eq(h.get("total-count"), str(len(mine)), "total-count")
    for d in body:
        t.eq(set(d), LIST_KEYS, f"keys of {d['fqdn']}")
        seed = domain(d["fqdn"])
        t.eq(d["id"], seed["id"], "id")
        t.eq(d["autorenew"], seed["autorenew"], "autorenew is a bool in the list")
        t.eq(d["tld"], d["fqdn"].rsplit(".", 1)[1], "tld")
        t.eq(d["href"], f"{e.url}/v5/domain/domains/{d['fqdn']}", "href")
        t.eq(set(d["dates"]), {"created_at", "registry_created_at", "registry_ends_at",
                               "updated_at"}, "dates")
        for v in d["dates"].values():
            assert v.endswith("Z") and len(v) == 20, v
        want_ns = seed.get("nameserver", "livedns" if "livedns" in seed else "other")
        t.eq(d["nameserver"], {"current": want_ns}, "nameserver.current")
        t.eq(d["status"], seed.get("status", []), "status")


def test_relative_seed_dates(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/domain/domains/example.net")
    days = domain("example.net")["dates"]["registry_ends_at"]
    assert days.startswith("+") and days.endswith("d"), days
    left = ts(body["dates"]["registry_ends_at"]) - time.time()
    assert abs(left - int(days[1:-1]) * 86400) < 300, (left, days)


def test_list_filters_and_sort(t):
    e = t.emu()
    mine = domains_of_org(org_of("all"))
    st, h, body = e.api("GET", "/v5/domain/domains?fqdn=example.*")
    t.eq([d["fqdn"] for d in body], [f for f in mine if f.startswith("example.")], "fqdn=example.*")
    t.eq(h.get("filtered-count"), str(len(body)), "filtered-count")
    st, _, body = e.api("GET", "/v5/domain/domains?fqdn=*.net")
    t.eq([d["fqdn"] for d in body], [f for f in mine if f.endswith(".net")], "fqdn=*.net")
    st, _, body = e.api("GET", "/v5/domain/domains?fqdn=example.org")
    t.eq([d["fqdn"] for d in body], ["example.org"], "exact fqdn")
    st, _, body = e.api("GET", "/v5/domain/domains?tld=com")
    t.eq([d["fqdn"] for d in body], [f for f in mine if f.endswith(".com")], "tld")
    st, _, body = e.api("GET", "/v5/domain/domains?nameserver=other")
    t.eq([d["fqdn"] for d in body], ["example.org"], "nameserver=other")
    st, _, body = e.api("GET", "/v5/domain/domains?sort_by=dates.registry_ends_at")
    ends = [d["dates"]["registry_ends_at"] for d in body]
    t.eq(ends, sorted(ends), "sort_by=dates.registry_ends_at")
    st, _, body = e.api("GET", "/v5/domain/domains?sort_by=-fqdn")
    t.eq([d["fqdn"] for d in body], sorted(mine, reverse=True), "sort_by=-fqdn")
    st, h, body = e.api("GET", "/v5/domain/domains?sort_by=size")
    check_validation(t, st, h, body, "sort_by", "querystring")
    st, h, body = e.api("GET", "/v5/domain/domains?nameserver=bind")
    check_validation(t, st, h, body, "nameserver", "querystring")


def test_pagination_and_link(t):
    e = t.emu()
    mine = domains_of_org(org_of("all"))
    assert len(mine) >= 3
    st, hdrs, data = raw(e, "GET", "/v5/domain/domains?per_page=2&sort_by=fqdn")
    body = json.loads(data)
    t.eq([d["fqdn"] for d in body], mine[:2], "page 1")
    names = [k for k, _ in hdrs]
    assert "total-count" in names, f"total-count must be lower case: {names}"
    t.eq(header(hdrs, "total-count"), str(len(mine)), "total-count")
    last = (len(mine) + 1) // 2
    link = header(hdrs, "Link")
    t.eq(link, f'<{e.url}/v5/domain/domains?per_page=2&sort_by=fqdn&page=2>; rel="next", '
               f'<{e.url}/v5/domain/domains?per_page=2&sort_by=fqdn&page={last}>; rel="last"',
         "Link")
    st, h, body = e.api("GET", f"/v5/domain/domains?per_page=2&page={last}")
    t.eq([d["fqdn"] for d in body], mine[2 * (last - 1):], "last page")
    t.eq(h.get("Link"), None, "no Link on the last page")
    st, h, body = e.api("GET", "/v5/domain/domains?page=99")
    t.eq((st, body), (200, []), "a page past the end is empty")
    for bad in ["page=0", "page=x", "per_page=0", "per_page=-1"]:
        st, h, body = e.api("GET", f"/v5/domain/domains?{bad}")
        check_validation(t, st, h, body, bad.split("=")[0], "querystring")
    st, h, body = e.api("GET", "/v5/domain/domains?per_page=1000")
    t.eq(st, 200, "per_page above 100 is accepted (clamped)")


def test_details(t):
    e = t.emu()
    st, h, body = e.api("GET", "/v5/domain/domains/example.com")
    t.eq(st, 200, "status")
    t.eq(set(body), DETAIL_KEYS, "keys")
    seed = domain("example.com")
    t.eq(body["fqdn"], "example.com", "fqdn")
    t.eq(body["id"], seed["id"], "id")
    ar = body["autorenew"]
    t.eq(set(ar), {"href", "dates", "duration", "enabled", "org_id"}, "autorenew object")
    t.eq((ar["enabled"], ar["org_id"]), (seed["autorenew"], seed["organization"]), "autorenew")
    t.eq(ar["href"], f"{e.url}/v5/domain/domains/example.com/autorenew", "autorenew href")
    assert isinstance(body["nameservers"], list) and body["nameservers"], body["nameservers"]
    t.eq(set(body["contacts"]), {"owner", "admin", "bill", "tech"}, "contacts")
    t.eq(body["sharing_space"]["id"], seed["organization"], "sharing_space")
    assert "gandilivedns" in body["services"], body["services"]
    for k in ["registry_ends_at", "hold_begins_at", "deletes_at", "restore_ends_at"]:
        assert k in body["dates"], k
    st, _, body = e.api("GET", "/v5/domain/domains/unknown-domain.com")
    t.eq((st, body), (404, NOT_FOUND), "an unknown domain")


def test_renew_info(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/domain/domains/example.net/renew", token="renew")
    t.eq(st, 200, "status")
    t.eq(set(body), {"in_renew_period", "durations", "maximum", "minimum", "prohibited",
                     "begins_at", "ends_at"}, "keys")
    # example.net ends within a year: up to 9 years more (10 years ahead at most)
    t.eq((body["minimum"], body["maximum"], body["prohibited"]), (1, 9, False), "limits")
    t.eq(body["durations"], list(range(1, 10)), "durations")
    st, _, body = e.api("GET", "/v5/domain/domains/example.com/renew", token="renew")
    t.eq(body["maximum"], 8, "example.com ends in 400 days: 8 more years at most")


def test_renew(t):
    e = t.emu()
    st, _, before = e.api("GET", "/v5/domain/domains/example.net")
    end = before["dates"]["registry_ends_at"]
    st, h, body = e.api("POST", "/v5/domain/domains/example.net/renew", {"duration": 2},
                        token="renew", headers={"Dry-Run": "1"})
    t.eq((st, body), (200, {"status": "success"}), "dry run")
    st, _, after = e.api("GET", "/v5/domain/domains/example.net")
    t.eq(after["dates"]["registry_ends_at"], end, "a dry run changes nothing")
    st, h, body = e.api("POST", "/v5/domain/domains/example.net/renew", {"duration": 2},
                        token="renew")
    t.eq(st, 200, f"renew: {body}")
    assert isinstance(body.get("message"), str), body
    st, _, after = e.api("GET", "/v5/domain/domains/example.net")
    y, rest = end.split("-", 1)
    t.eq(after["dates"]["registry_ends_at"], f"{int(y) + 2}-{rest}", "two more years")
    st, h, body = e.api("POST", "/v5/domain/domains/example.net/renew", {"duration": 10},
                        token="renew")
    check_validation(t, st, h, body, "duration")
    st, h, body = e.api("POST", "/v5/domain/domains/example.net/renew", {"duration": 9},
                        token="renew", headers={"Dry-Run": "1"})
    check_validation(t, st, h, body, "duration", contains="at most 7 years")
    st, h, body = e.api("POST", "/v5/domain/domains/example.net/renew", "duration=1",
                        token="renew", headers={"Content-Type": "application/x-www-form-urlencoded"})
    check_validation(t, st, h, body, "Content-Type", "header")
    st, h, body = e.api("POST", "/v5/domain/domains/example.net/renew", "{", token="renew",
                        headers={"Content-Type": "application/json"})
    check_validation(t, st, h, body, "body", contains="invalid JSON")


def test_autorenew(t):
    e = t.emu()
    st, _, body = e.api("PATCH", "/v5/domain/domains/example.net/autorenew",
                        {"enabled": True, "duration": 2}, token="renew")
    t.eq(st, 200, f"status {body}")
    assert isinstance(body["message"], str)
    st, _, body = e.api("GET", "/v5/domain/domains/example.net")
    t.eq((body["autorenew"]["enabled"], body["autorenew"]["duration"]), (True, 2), "details")
    st, _, lst = e.api("GET", "/v5/domain/domains?fqdn=example.net")
    t.eq(lst[0]["autorenew"], True, "list")
    for bad, field in [({}, "enabled"), ({"enabled": "yes"}, "enabled"),
                       ({"enabled": True, "duration": 0}, "duration"),
                       ({"enabled": True, "org_id": org_of("corp")}, "org_id")]:
        st, h, body = e.api("PATCH", "/v5/domain/domains/example.net/autorenew", bad,
                            token="all")
        check_validation(t, st, h, body, field)


def test_nameservers(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/domain/domains/example.org/nameservers")
    t.eq((st, body), (200, domain("example.org")["nameservers"]), "GET")
    new = ["ns1.example.net", "ns2.example.net."]
    st, _, body = e.api("PUT", "/v5/domain/domains/example.org/nameservers", {"nameservers": new},
                        token="tech")
    assert st in (200, 202) and isinstance(body["message"], str), (st, body)
    st, _, body = e.api("GET", "/v5/domain/domains/example.org/nameservers")
    t.eq(body, ["ns1.example.net", "ns2.example.net"], "after PUT")
    for bad in [{}, {"nameservers": []}, {"nameservers": ["not a host"]},
                {"nameservers": ["a.example", "a.example"]}, {"nameservers": "ns1.example.net"}]:
        st, h, body = e.api("PUT", "/v5/domain/domains/example.org/nameservers", bad)
        check_validation(t, st, h, body, "nameservers")


def test_domain_livedns(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/domain/domains/example.com/livedns")
    t.eq(st, 200, "status")
    t.eq(body["current"], "livedns", "current")
    t.eq(set(body), {"current", "nameservers", "dnssec_available", "livednssec_available"},
         "keys")
    st, _, body = e.api("GET", "/v5/domain/domains/example.org/livedns")
    t.eq(body["current"], "other", "current of a domain on other nameservers")
    st, _, _ = e.api("GET", "/v5/livedns/domains/example.org")
    t.eq(st, 404, "no zone before the switch")
    st, _, body = e.api("POST", "/v5/domain/domains/example.org/livedns")
    assert st in (200, 201, 202), (st, body)
    st, _, body = e.api("GET", "/v5/livedns/domains/example.org")
    t.eq(st, 200, "a zone after the switch")
    st, _, body = e.api("GET", "/v5/domain/domains/example.org")
    t.eq(body["nameservers"], e.api("GET", "/v5/domain/domains/example.org/livedns")[2]
         ["nameservers"], "LiveDNS nameservers")
    st, _, body = e.api("POST", "/v5/domain/domains/example.com/livedns")
    t.eq(st, 409, "already on LiveDNS")


def test_check_renew(t):
    e = t.emu()
    st, h, body = e.api("GET", "/v5/domain/check?name=example.com&processes=renew")
    t.eq(st, 200, "status")
    t.eq(set(body), {"currency", "grid", "products", "taxes"}, "keys")
    t.eq(body["currency"], "EUR", "currency")
    p = body["products"][0]
    t.eq((p["name"], p["status"], p["process"]), ("example.com", "available", "renew"),
         "product")
    # the create price of .com: 15.50 before the 20 % VAT; example.com ends in 400 days,
    # so at most 8 more years keep it under 10 years ahead
    t.eq(p["prices"], [{"min_duration": 1, "max_duration": 8, "duration_unit": "y",
                        "price_before_taxes": 15.5, "price_after_taxes": 18.6,
                        "discount": False}], "prices")
    st, _, body = e.api("GET", "/v5/domain/check?name=example.org&processes=renew")
    t.eq(body["products"][0]["prices"][0]["price_after_taxes"], 17.4, "the .org price")
    # a free name, a domain the token does not cover: the same answer, no price
    for name, token in [("some-free-name.com", "all"), ("example.net", "one-domain")]:
        st, _, body = e.api("GET", f"/v5/domain/check?name={name}&processes=renew",
                            token=token)
        p = body["products"][0]
        t.eq((st, p["status"], p["process"]), (200, "unavailable", "renew"), name)
        assert "prices" not in p, p
    st, _, body = e.api("GET", "/v5/domain/check?name=example.com&processes=create")
    t.eq(body["products"][0]["process"], "create", "create still answers create")


def test_check(t):
    e = t.emu()
    st, h, body = e.api("GET", "/v5/domain/check?name=some-free-name.com")
    t.eq(st, 200, "status")
    t.eq(set(body), {"currency", "grid", "products", "taxes"}, "keys")
    p = body["products"][0]
    t.eq((p["name"], p["status"], p["process"]), ("some-free-name.com", "available", "create"),
         "product")
    price = p["prices"][0]
    assert price["price_after_taxes"] > price["price_before_taxes"] > 0, price
    # prices written as decimals are (18.6), without a double's noise (18.600000000000001)
    _, _, data = raw(e, "GET", "/v5/domain/check?name=some-free-name.com")
    assert b'"price_after_taxes":18.6,' in data, data
    st, _, body = e.api("GET", "/v5/domain/check?name=example.com")
    t.eq(body["products"][0]["status"], "unavailable", "a registered domain")
    assert "prices" not in body["products"][0]
    for bad in ["", "?name=", "?name=nodot", "?name=x.notatld", "?name=a.com&processes=transfer",
                "?name=example.com&processes=restore"]:
        st, h, body = e.api("GET", "/v5/domain/check" + bad)
        check_validation(t, st, h, body, "processes" if "processes" in bad else "name",
                         "querystring")
    assert SEED
