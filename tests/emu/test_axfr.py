"""TSIG keys and AXFR secondaries (gandi-api.md §11.6), and the LiveDNS
domain's automatic_snapshots switch (§11.5)."""
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import SEED, check_validation, domain, org_of  # noqa: E402

TSIG = "/v5/livedns/axfr/tsig"


def test_tsig_keys(t):
    e = t.emu()
    mine = [k for k in SEED["tsig_keys"] if k["organization"] == org_of("all")]
    st, _, keys = e.api("GET", TSIG)
    t.eq(st, 200, "GET")
    t.eq([(k["id"], k["key_name"], k["secret"]) for k in keys],
         [(k["id"], k["id"] + ".gandi.net", k["secret"]) for k in mine],
         "the keys of the token's organization")
    st, h, made = e.api("POST", TSIG)
    t.eq(st, 201, "POST with no body")
    t.eq(set(made), {"href", "id", "key_name"}, "no secret in the answer")
    t.eq((made["key_name"], h.get("location"), made["href"]),
         (made["id"] + ".gandi.net", f"{e.url}{TSIG}/{made['id']}", f"{e.url}{TSIG}/{made['id']}"),
         "name and location")
    st, _, key = e.api("GET", f"{TSIG}/{made['id']}")
    t.eq(st, 200, "GET one")
    t.eq(len(base64.b64decode(key["secret"], validate=True)), 12, "a base64 secret")
    t.eq(key["config_samples"],
         {sw: f"{e.url}{TSIG}/{made['id']}/config/{sw}"
          for sw in ("bind", "knot", "nsd", "powerdns")}, "config samples")
    st, h, bind = e.api("GET", f"{TSIG}/{made['id']}/config/bind")
    t.eq((st, h.get("Content-Type")), (200, "application/json; charset=utf-8"), "a JSON string")
    t.eq(bind, f'key "{made["key_name"]}" {{\n\talgorithm hmac-sha256;\n\tsecret '
               f'"{key["secret"]}";\n}};\n', "BIND's key statement")
    for sw in ("knot", "nsd", "powerdns"):
        st, _, text = e.api("GET", f"{TSIG}/{made['id']}/config/{sw}")
        t.eq(st, 200, sw)
        t.contains(text, made["key_name"], f"{sw} names the key")
        t.contains(text, key["secret"], f"{sw} holds the secret")
    st, h, got = e.api("GET", f"{TSIG}/{made['id']}/config/djbdns")
    check_validation(t, st, h, got, "software", "path")
    corp = [k for k in SEED["tsig_keys"] if k["organization"] == org_of("corp")][0]
    st, _, got = e.api("GET", f"{TSIG}/{corp['id']}")
    t.eq((st, got["object"]), (404, "tsig-key"), "another organization's key")
    st, _, keys = e.api("GET", f"{TSIG}?sharing_id={org_of('corp')}", token="legacy")
    t.eq([k["id"] for k in keys], [corp["id"]], "sharing_id filters")
    st, _, _ = e.api("GET", TSIG, token="view")
    t.eq(st, 403, "TSIG keys need domain:tech")


def test_secondaries_and_their_keys(t):
    e = t.emu()
    z = "example.com"
    axfr = domain(z)["livedns"]["axfr"]
    slaves = f"/v5/livedns/domains/{z}/axfr/slaves"
    st, _, body = e.api("GET", slaves)
    t.eq((st, body), (200, axfr["slaves"]), "the seed's secondaries")
    st, _, body = e.api("PUT", slaves + "/198.51.100.7")
    t.eq((st, body), (201, {"message": "Slave Created"}), "PUT an IPv4")
    st, _, body = e.api("PUT", slaves + "/2001:0db8:0000:0000:0000:0000:0000:0001")
    t.eq(st, 201, "PUT an IPv6")
    st, _, body = e.api("PUT", slaves + "/2001:db8::1")
    t.eq(st, 201, "PUT of the same address again")
    st, _, body = e.api("GET", slaves)
    t.eq(body, axfr["slaves"] + ["198.51.100.7", "2001:0db8:0000:0000:0000:0000:0000:0001"],
         "listed once, as first given")
    st, h, got = e.api("PUT", slaves + "/not-an-ip")
    check_validation(t, st, h, got, "ip", "path")
    st, _, body = e.api("DELETE", slaves + "/2001:db8::1")
    t.eq((st, body), (204, None), "DELETE (the address compared as an address)")
    st, _, body = e.api("DELETE", slaves + "/2001:db8::1")
    t.eq((st, body["object"]), (404, "axfr-slave"), "DELETE again")

    keys = f"/v5/livedns/domains/{z}/axfr/tsig"
    st, _, body = e.api("GET", keys)
    t.eq(body, [{"id": i, "key_name": i + ".gandi.net", "href": f"{e.url}{keys}/{i}"}
                for i in axfr["tsig"]], "the zone's keys")
    st, _, made = e.api("POST", TSIG)
    st, h, body = e.api("PUT", f"{keys}/{made['id']}")
    t.eq((st, body, h.get("location")), (201, {"message": "TSIG Key Associated"},
                                          f"{e.url}{keys}/{made['id']}"), "PUT")
    st, _, body = e.api("GET", keys)
    t.eq([k["id"] for k in body], axfr["tsig"] + [made["id"]], "associated")
    corp = [k for k in SEED["tsig_keys"] if k["organization"] == org_of("corp")][0]
    st, _, body = e.api("PUT", f"{keys}/{corp['id']}", token="legacy")
    t.eq((st, body["object"]), (404, "tsig-key"), "a key of another organization")
    st, _, body = e.api("DELETE", f"{keys}/{made['id']}")
    t.eq((st, body), (204, None), "DELETE")
    st, _, body = e.api("GET", keys)
    t.eq([k["id"] for k in body], axfr["tsig"], "dissociated")


def test_axfr_state_persists(t):
    path = t.path("state.json")
    e = t.emu("--state", path)
    st, _, made = e.api("POST", TSIG)
    e.api("PUT", f"/v5/livedns/domains/example.net/axfr/tsig/{made['id']}")
    e.api("PUT", "/v5/livedns/domains/example.net/axfr/slaves/192.0.2.99")
    st, _, key = e.api("GET", f"{TSIG}/{made['id']}")
    e.stop()
    e2 = t.emu("--state", path)
    st, _, again = e2.api("GET", f"{TSIG}/{made['id']}")
    t.eq((st, again["secret"]), (200, key["secret"]), "the key and its secret")
    st, _, body = e2.api("GET", "/v5/livedns/domains/example.net/axfr/tsig")
    t.eq([k["id"] for k in body], [made["id"]], "the association")
    st, _, body = e2.api("GET", "/v5/livedns/domains/example.net/axfr/slaves")
    t.eq(body, ["192.0.2.99"], "the secondary")


def test_automatic_snapshots_really_stop(t):
    e = t.emu()
    z = "example.com"
    snaps = f"/v5/livedns/domains/{z}/snapshots"
    st, _, before = e.api("GET", snaps)
    e.api("PUT", f"/v5/livedns/domains/{z}/records/a1/TXT", {"rrset_values": ["x"]})
    st, _, after = e.api("GET", snaps)
    t.eq(len(after), len(before) + 1, "a change takes an automatic snapshot")
    st, _, body = e.api("PATCH", f"/v5/livedns/domains/{z}", {"automatic_snapshots": False})
    t.eq(st, 200, "PATCH")
    st, _, ld = e.api("GET", f"/v5/livedns/domains/{z}")
    t.eq(ld["automatic_snapshots"], False, "the setting")
    for i in range(3):
        e.api("PUT", f"/v5/livedns/domains/{z}/records/b{i}/TXT", {"rrset_values": ["x"]})
    e.api("DELETE", f"/v5/livedns/domains/{z}/records/a1/TXT")
    st, _, off = e.api("GET", snaps)
    t.eq(len(off), len(after), "no automatic snapshot while they are off")
