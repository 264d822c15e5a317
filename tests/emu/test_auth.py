"""Authentication, scopes, domain coverage, tokeninfo and token renewal."""
import calendar
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import (CT_ERROR, FORBIDDEN, MISSING_CREDENTIAL, NOT_FOUND, SEED,  # noqa: E402
                      UNAUTHORIZED, auth_header, check_validation, domain, domains_of_org, org_of, token)

# One request per scope-guarded route family, with the scope it needs.
ROUTES = [
    ("GET", "/v5/domain/domains", "domain:view"),
    ("GET", "/v5/domain/domains/example.com", "domain:view"),
    ("GET", "/v5/domain/domains/example.com/nameservers", "domain:view"),
    ("GET", "/v5/domain/domains/example.com/livedns", "domain:view"),
    ("GET", "/v5/domain/domains/example.com/renew", "domain:renew"),
    ("GET", "/v5/domain/domains/example.com/webredirs", "domain:tech"),
    ("GET", "/v5/livedns/domains", "domain:tech"),
    ("GET", "/v5/livedns/domains/example.com", "domain:tech"),
    ("GET", "/v5/livedns/domains/example.com/records", "domain:tech"),
    ("GET", "/v5/livedns/domains/example.com/records/www/CNAME", "domain:tech"),
    ("GET", "/v5/livedns/domains/example.com/snapshots", "domain:tech"),
    ("GET", "/v5/livedns/dns/rrtypes", "domain:tech"),
    ("GET", "/v5/organization/organizations", "organization:view"),
]


def test_missing_credentials_get_the_front_401_and_wrong_ones_gandis_401(t):
    e = t.emu()
    pat = token("all")["secret"]
    key = token("legacy")["secret"]
    missing = {
        "no header": None,
        "empty header": "",
        "scheme only": "Bearer",
        "scheme and a space": "Bearer ",
        "no scheme": pat,
        "unknown scheme": "Token " + pat,
    }
    for what, value in missing.items():
        hdrs = {"Authorization": value} if value is not None else {}
        st, h, body = e.api("GET", "/v5/domain/domains", token=None, headers=hdrs)
        t.eq((st, body), (401, MISSING_CREDENTIAL), f"{what}")
        t.eq(h.get("Content-Type"), CT_ERROR, f"content type ({what})")
    st, _, body = e.api("GET", "/v5/domain/domains", token=None, headers={"X-Api-Key": key})
    t.eq((st, body), (401, MISSING_CREDENTIAL), "X-Api-Key alone is ignored")
    wrong = {
        "unknown secret": "Bearer " + "0123" * 10,
        "key sent as Bearer": "Bearer " + key,
        "expired": auth_header("expired"),
    }
    for what, value in wrong.items():
        st, h, body = e.api("GET", "/v5/domain/domains", token=None,
                            headers={"Authorization": value})
        t.eq((st, body), (401, UNAUTHORIZED), f"{what}")
    st, _, body = e.api("GET", "/v5/domain/domains", token=None,
                        headers={"Authorization": "Apikey " + pat})
    t.eq((st, body), (403, FORBIDDEN), "a personal access token sent with the Apikey scheme")


def test_scheme_is_case_insensitive(t):
    e = t.emu()
    pat = token("all")["secret"]
    key = token("legacy")["secret"]
    for value in ["bearer " + pat, "BEARER " + pat, "apikey " + key, "APIKEY " + key,
                  "Bearer   " + pat]:
        st, _, _ = e.api("GET", "/v5/domain/domains", token=None,
                         headers={"Authorization": value})
        t.eq(st, 200, value.split()[0])


def test_every_route_family_needs_its_scope(t):
    e = t.emu()
    single = {"domain:view": "view", "domain:tech": "tech", "domain:renew": "renew"}
    for method, path, scope in ROUTES:
        st, _, _ = e.api(method, path, token="all")
        t.eq(st, 200, f"{method} {path} with every scope")
        for scope_name, tok in single.items():
            st, h, body = e.api(method, path, token=tok)
            if scope_name == scope:
                t.eq(st, 200, f"{method} {path} with {tok}")
            else:
                t.eq((st, body), (403, FORBIDDEN), f"{method} {path} with {tok}")
                t.eq(h.get("Content-Type"), CT_ERROR, "content type of a 403")


def test_writes_need_their_scope(t):
    e = t.emu()
    cases = [
        ("PUT", "/v5/livedns/domains/example.com/records/x/TXT", {"rrset_values": ["a"]},
         "tech", "view"),
        ("POST", "/v5/domain/domains/example.com/renew", {"duration": 1}, "renew", "tech"),
        ("PATCH", "/v5/domain/domains/example.com/autorenew", {"enabled": True}, "renew",
         "view"),
        ("PUT", "/v5/domain/domains/example.org/nameservers",
         {"nameservers": ["ns1.example-dns.net"]}, "tech", "renew"),
    ]
    for method, path, body, good, bad in cases:
        st, _, got = e.api(method, path, body, token=bad)
        t.eq((st, got), (403, FORBIDDEN), f"{method} {path} with {bad}")
        st, _, got = e.api(method, path, body, token=good)
        assert 200 <= st < 300, f"{method} {path} with {good}: {st} {got}"


def test_check_and_user_info_need_any_valid_token(t):
    e = t.emu()
    for tok in ["view", "tech", "renew", "no-org", "legacy", "corp"]:
        st, _, body = e.api("GET", "/v5/domain/check?name=unregistered-name.com", token=tok)
        t.eq(st, 200, f"check with {tok}")
        st, _, body = e.api("GET", "/v5/organization/user-info", token=tok)
        t.eq(st, 200, f"user-info with {tok}")
        t.eq(body["username"], SEED["users"][0]["username"], "username")
        assert "organizations" not in body, body
    st, _, body = e.api("GET", "/v5/organization/user-info", token="expired")
    t.eq((st, body), (401, UNAUTHORIZED), "user-info with an expired token")


def test_no_org_token_cannot_list_organizations(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/organization/organizations", token="no-org")
    t.eq((st, body), (403, FORBIDDEN), "organizations without organization:view")
    st, _, body = e.api("GET", "/v5/domain/domains", token="no-org")
    t.eq(st, 200, "domains with no-org")


def test_one_domain_token_sees_only_its_domain(t):
    e = t.emu()
    covered = token("one-domain")["domains"]
    t.eq(covered, ["example.com"], "one-domain covers example.com in the seed")
    st, _, body = e.api("GET", "/v5/domain/domains", token="one-domain")
    t.eq([d["fqdn"] for d in body], covered, "domain list")
    st, _, body = e.api("GET", "/v5/livedns/domains", token="one-domain")
    t.eq([d["fqdn"] for d in body], covered, "livedns list")
    for path in ["/v5/domain/domains/example.net", "/v5/livedns/domains/example.net",
                 "/v5/livedns/domains/example.net/records",
                 "/v5/livedns/domains/example.net/records/www/CNAME",
                 "/v5/domain/domains/example.net/webredirs"]:
        st, _, body = e.api("GET", path, token="one-domain")
        t.eq((st, body), (404, NOT_FOUND), f"GET {path}")
    st, _, body = e.api("PUT", "/v5/livedns/domains/example.net/records/x/TXT",
                        {"rrset_values": ["a"]}, token="one-domain")
    t.eq((st, body), (404, NOT_FOUND), "a write outside the token's domains")
    st, _, _ = e.api("GET", "/v5/livedns/domains/example.com/records", token="one-domain")
    t.eq(st, 200, "its own domain")


def test_other_organization_is_invisible(t):
    e = t.emu()
    alice = domains_of_org(org_of("all"))
    corp = domains_of_org(org_of("corp"))
    assert alice and corp and not set(alice) & set(corp)
    st, _, body = e.api("GET", "/v5/domain/domains", token="all")
    t.eq(sorted(d["fqdn"] for d in body), alice, "all sees its organization")
    st, _, body = e.api("GET", "/v5/domain/domains", token="corp")
    t.eq(sorted(d["fqdn"] for d in body), corp, "corp sees its organization")
    st, _, body = e.api("GET", f"/v5/livedns/domains/{corp[0]}/records", token="all")
    t.eq((st, body), (404, NOT_FOUND), "another organization's zone")
    st, _, body = e.api("GET", f"/v5/domain/domains/{alice[0]}", token="corp")
    t.eq((st, body), (404, NOT_FOUND), "another organization's domain")


def test_legacy_key_sees_every_organization_of_its_user(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/domain/domains", token="legacy")
    t.eq(sorted(d["fqdn"] for d in body), sorted(d["fqdn"] for d in SEED["domains"]),
         "domains of the legacy key")
    st, _, body = e.api("GET", "/v5/organization/organizations", token="legacy")
    t.eq(sorted(o["id"] for o in body), sorted(o["id"] for o in SEED["organizations"]),
         "organizations")
    corp = domains_of_org(org_of("corp"))[0]
    st, _, _ = e.api("GET", f"/v5/livedns/domains/{corp}/records", token="legacy")
    t.eq(st, 200, "a corp zone with the legacy key")


def test_sharing_id_filters_lists(t):
    e = t.emu()
    corp_org = org_of("corp")
    st, h, body = e.api("GET", f"/v5/domain/domains?sharing_id={corp_org}", token="legacy")
    t.eq(sorted(d["fqdn"] for d in body), domains_of_org(corp_org), "filtered list")
    t.eq(h.get("total-count"), str(len(SEED["domains"])), "total-count")
    t.eq(h.get("filtered-count"), str(len(domains_of_org(corp_org))), "filtered-count")
    st, _, body = e.api("GET", f"/v5/livedns/domains?sharing_id={corp_org}", token="legacy")
    assert body and all(d["fqdn"] in domains_of_org(corp_org) for d in body), body
    st, _, body = e.api("GET", "/v5/domain/domains?sharing_id=not-an-org", token="legacy")
    check_validation(t, st, _, body, "sharing_id", "querystring")


def test_organizations(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/organization/organizations", token="all")
    t.eq([o["id"] for o in body], [org_of("all")], "a PAT sees its organization")
    want = next(o for o in SEED["organizations"] if o["id"] == org_of("all"))
    t.eq(body[0], want, "the organization object")
    st, _, body = e.api("GET", f"/v5/organization/organizations/{org_of('all')}")
    t.eq((st, body), (200, want), "one organization")
    st, _, body = e.api("GET", f"/v5/organization/organizations/{org_of('corp')}")
    t.eq((st, body), (404, NOT_FOUND), "another organization")
    st, _, body = e.api("GET", "/v5/organization/organizations?type=company", token="legacy")
    t.eq([o["type"] for o in body], ["company"], "type filter")
    st, _, body = e.api("GET", "/v5/organization/organizations?~name=CORP", token="legacy")
    t.eq([o["id"] for o in body], [org_of("corp")], "~name filter")
    st, _, body = e.api("GET", "/v5/organization/organizations?sort_by=-name", token="legacy")
    names = [o["name"] for o in body]
    t.eq(names, sorted(names, reverse=True), "sort_by=-name")


def test_tokeninfo(t):
    e = t.emu()
    for name in ["all", "view", "one-domain", "expiring", "corp"]:
        tok = token(name)
        st, h, body = e.api("GET", "/tokeninfo", token=name)
        t.eq(st, 200, f"tokeninfo of {name}")
        t.eq(h.get("Content-Type"), "application/json; charset=utf-8", "content type")
        t.eq(body["pat_name"], name, "pat_name")
        t.eq(sorted(body["scope"]), sorted(tok["scopes"]), "scope")
        orgs = [x for x in body["entities"] if x["type"] == "organization"]
        t.eq([x["id"] for x in orgs], [tok["organization"]], "organization entity")
        doms = [x["name"] for x in body["entities"] if x["type"] == "domain"]
        t.eq(doms, [] if tok["domains"] == "all" else tok["domains"], "domain entities")
        for x in body["entities"]:
            t.eq(set(x), {"id", "type", "name"}, "entity fields")
        assert isinstance(body["expires_in"], int), body
    st, _, body = e.api("GET", "/tokeninfo", token="expiring")
    assert 3 * 86400 - 120 <= body["expires_in"] <= 3 * 86400, body["expires_in"]
    for name in ["expired", "legacy", None, "0123" * 10]:
        st, h, body = e.api("GET", "/tokeninfo", token=name)
        t.eq(st, 401, f"tokeninfo with {name}")
        assert isinstance(body.get("message"), str) and body["message"], body


def test_renewal_refused_for_a_legacy_key(t):
    e = t.emu()
    st, _, body = e.api("POST", "/v5/organization/access-tokens", {}, token="legacy")
    t.eq(st, 403, "status")
    t.eq(body["object"], "HTTPForbidden", "object")
    t.contains(body["message"], "personal access token is required", "message")


def test_renewal_refused_with_more_than_30_days_left(t):
    e = t.emu()
    st, h, body = e.api("POST", "/v5/organization/access-tokens", {}, token="all")
    check_validation(t, st, h, body, "Authorization", "header",
                     contains="only be renewed within 30 days of its expiry")


def test_renewal_of_an_expiring_token(t):
    e = t.emu()
    old = token("expiring")
    st, h, body = e.api("POST", "/v5/organization/access-tokens", None, token="expiring")
    t.eq(st, 201, f"status: {body}")
    t.eq(set(body), {"access_token", "id", "name", "expires_at", "scopes", "entities"}, "keys")
    new = body["access_token"]
    t.secret(new)
    assert len(new) == 40 and new != old["secret"], new
    t.eq(body["name"], old["name"], "name kept")
    t.eq(sorted(body["scopes"]), sorted(old["scopes"]), "scopes kept")
    assert h.get("location"), "location header"
    # Without expires_at the new token gets the old one's lifetime (30 days).
    exp = calendar.timegm(time.strptime(body["expires_at"], "%Y-%m-%dT%H:%M:%SZ"))
    lifetime = 30 * 86400
    assert abs(exp - time.time() - lifetime) < 300, body["expires_at"]
    st, _, info = e.api("GET", "/tokeninfo", token=new)
    t.eq((st, info["pat_name"]), (200, "expiring"), "the new token works")
    st, _, _ = e.api("GET", "/v5/domain/domains", token=new)
    t.eq(st, 200, "the new token works on the API")
    st, _, _ = e.api("GET", "/v5/domain/domains", token="expiring")
    t.eq(st, 200, "the old token stays valid until its own expiry")


def test_renewal_with_a_name_and_date(t):
    e = t.emu()
    when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 20 * 86400))
    st, _, body = e.api("POST", "/v5/organization/access-tokens",
                        {"name": "renewed", "expires_at": when}, token="expiring")
    t.eq(st, 201, f"status {body}")
    t.secret(body["access_token"])
    t.eq((body["name"], body["expires_at"]), ("renewed", when), "name and expiry")
    for bad, field in [({"expires_at": "yesterday"}, "expires_at"),
                       ({"expires_at": "2001-01-01T00:00:00Z"}, "expires_at"),
                       ({"name": ""}, "name"), ({"name": "x" * 43}, "name")]:
        st, h, body = e.api("POST", "/v5/organization/access-tokens", bad, token="expiring")
        check_validation(t, st, h, body, field)


def test_domain_names_are_case_insensitive_in_paths(t):
    e = t.emu()
    st, _, body = e.api("GET", "/v5/domain/domains/EXAMPLE.com")
    t.eq((st, body["fqdn"]), (200, "example.com"), "upper-case fqdn")
    assert domain("example.com")
