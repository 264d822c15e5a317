"""DNSSEC (gandi-api.md §9): LiveDNS's signing keys, the registry's keys and
the one-shot switch. Key tags and DS digests are checked against the test
vectors of RFC 6605 (ECDSA P-256) and RFC 4509 (SHA-256 DS), not against a
second implementation."""
import base64
import hashlib
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import SEED, check_validation, domain  # noqa: E402

# RFC 6605 section 6.1: a P-256 KSK of example.net and its DS
RFC6605_PRIVATE = "GU6SnQ/Ou+xC5RumuIUIuJZteXT2z0O/ok1s38Et6mQ="
RFC6605_PUBLIC = ("GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQ"
                  "Lc8NAA==")
RFC6605_DS = ("example.net. 3600 IN DS 55648 13 2 "
              "b4c8c1fe2e7477127b27115656ad6256f424625bf5c1e2770ce6d6e37df61d17")
# RFC 4509 section 2.3 (DNSKEY of RFC 4034 section 5.4): dskey.example.com
RFC4509_KEY = ("AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwY"
               "qUSdjMmmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFD"
               "c2w/rljwvFw==")
RFC4509_DIGEST = "D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A"

KEYS = "/v5/livedns/domains/{}/keys"
DNSKEYS = "/v5/domain/domains/{}/dnskeys"
SWITCH = "/v5/domain/domains/{}/livedns/dnssec"


def rfc_seed(t):
    doc = json.loads(json.dumps(SEED))
    for d in doc["domains"]:
        if d["fqdn"] == "example.net":
            d["livedns"]["keys"] = [{"id": "rfc6605", "flags": 257,
                                     "private_key": RFC6605_PRIVATE}]
    doc["domains"].append({"fqdn": "dskey.example.com",
                           "organization": domain("example.com")["organization"],
                           "dates": {"registry_ends_at": "+100d"},
                           "nameservers": ["ns1.example.org"],
                           "dnskeys": [{"id": 7, "algorithm": 5, "type": "zsk",
                                        "public_key": RFC4509_KEY}]})
    return t.write("rfc.json", json.dumps(doc))


def test_key_tags_and_ds_digests_match_the_rfc_vectors(t):
    e = t.emu("--seed", rfc_seed(t))
    st, _, key = e.api("GET", KEYS.format("example.net") + "/rfc6605")
    t.eq(st, 200, "GET the key")
    t.eq(key["public_key"], RFC6605_PUBLIC, "the public key derived from RFC 6605's private key")
    t.eq((key["tag"], key["ds"]), (55648, RFC6605_DS), "tag and DS of RFC 6605")
    t.eq(key["fingerprint"],
         hashlib.sha256(base64.b64decode(RFC6605_PUBLIC)).hexdigest(), "fingerprint")
    st, _, keys = e.api("GET", DNSKEYS.format("dskey.example.com"))
    t.eq((keys[0]["keytag"], keys[0]["digest_type"], keys[0]["digest"]),
         (60485, 2, RFC4509_DIGEST), "registry key of RFC 4509")


def test_livedns_keys_list_create_get_delete_undelete(t):
    e = t.emu()
    z = "example.com"
    seed_keys = domain(z)["livedns"]["keys"]
    st, _, keys = e.api("GET", KEYS.format(z))
    t.eq([k["id"] for k in keys], [k["id"] for k in seed_keys], "the seed's keys")
    for k in keys:
        t.eq(set(k), {"id", "fqdn", "flags", "algorithm", "algorithm_name", "status", "deleted",
                      "ds", "key_href"}, "summary fields (no public_key in the list)")
        t.eq((k["algorithm"], k["algorithm_name"], k["status"]), (13, "ECDSAP256SHA256",
                                                                  "active"), "algorithm")
    st, h, body = e.api("POST", KEYS.format(z), {"flags": 256})
    t.eq((st, body), (201, {"message": "Domain Key Created"}), "POST")
    loc = h.get("location")
    assert loc and loc.startswith(f"{e.url}{KEYS.format(z)}/"), loc
    kid = loc.rsplit("/", 1)[1]
    st, _, key = e.api("GET", KEYS.format(z) + "/" + kid)
    t.eq((st, key["flags"], key["deleted"], key["key_href"]), (200, 256, False, loc), "GET")
    pub = base64.b64decode(key["public_key"])
    t.eq(len(pub), 64, "an ECDSA P-256 public key")
    rdata = bytes([1, 0, 3, 13]) + pub
    ac = sum(b if i & 1 else b << 8 for i, b in enumerate(rdata))
    t.eq(key["tag"], (ac + (ac >> 16)) & 0xFFFF, "the key tag of RFC 4034 appendix B")
    owner = b"\x07example\x03com\x00"
    t.eq(key["ds"], f"{z}. 3600 IN DS {key['tag']} 13 2 "
         f"{hashlib.sha256(owner + rdata).hexdigest()}", "the DS of that key")
    st, _, body = e.api("DELETE", KEYS.format(z) + "/" + kid)
    t.eq((st, body), (204, None), "DELETE")
    st, _, key = e.api("GET", KEYS.format(z) + "/" + kid)
    t.eq((st, key["deleted"]), (200, True), "a deleted key stays listed, deleted")
    st, _, body = e.api("PATCH", KEYS.format(z) + "/" + kid, {"deleted": False})
    t.eq((st, body), (200, {"message": "Domain Key Updated"}), "PATCH undeletes")
    e.api("DELETE", KEYS.format(z) + "/" + kid)
    st, _, body = e.api("PUT", KEYS.format(z) + "/" + kid, {"deleted": False})
    t.eq(st, 200, "PUT undeletes too (go-gandi and gandi.cli send PUT)")
    st, _, key = e.api("GET", KEYS.format(z) + "/" + kid)
    t.eq(key["deleted"], False, "back")


def test_livedns_key_refusals(t):
    e = t.emu()
    z = "example.com"
    for body, field in [({}, "flags"), ({"flags": 255}, "flags"), ({"flags": "257"}, "flags"),
                        ({"flags": 257, "algorithm": 8}, "algorithm")]:
        st, h, got = e.api("POST", KEYS.format(z), body)
        check_validation(t, st, h, got, field)
    st, h, got = e.api("PATCH", KEYS.format(z) + "/" + domain(z)["livedns"]["keys"][0]["id"],
                       {"deleted": True})
    check_validation(t, st, h, got, "deleted")
    st, _, got = e.api("GET", KEYS.format(z) + "/no-such-key")
    t.eq((st, got["object"], got["message"]),
         (404, "domain-key", "Can't find the key no-such-key of the zone"), "unknown key")
    st, _, got = e.api("GET", KEYS.format("example.org"))
    t.eq((st, got["message"]), (404, "Unknown domain"), "a domain without a zone")
    st, _, _ = e.api("POST", KEYS.format(z), {"flags": 257}, token="view")
    t.eq(st, 403, "keys need domain:tech")


def test_registry_keys_paged_post_put_delete(t):
    e = t.emu()
    z = "example.com"
    st, h, keys = e.api("GET", DNSKEYS.format(z))
    t.eq((st, h.get("total-count")), (200, str(len(domain(z)["dnskeys"]))), "GET")
    t.eq(set(keys[0]), {"id", "keytag", "algorithm", "type", "digest_type", "digest",
                        "public_key", "href"}, "fields")
    assert isinstance(keys[0]["id"], int), keys[0]
    zsk = base64.b64encode(bytes(range(32))).decode()  # an Ed25519 key: 32 bytes
    st, h, body = e.api("POST", DNSKEYS.format(z),
                        {"algorithm": 15, "type": "zsk", "public_key": zsk})
    t.eq((st, body), (202, {"message": "The DNSSEC key is being added."}), "POST")
    new_id = int(h.get("location").rsplit("/", 1)[1])
    t.eq(new_id, max(k["id"] for k in keys) + 1, "integer ids, in sequence")
    st, _, body = e.api("POST", DNSKEYS.format(z),
                        {"algorithm": 15, "type": "zsk", "public_key": zsk})
    t.eq((st, body["object"]), (409, "dnskey"), "the same key twice")
    st, _, keys = e.api("GET", DNSKEYS.format(z) + "?per_page=1&page=2")
    t.eq([k["id"] for k in keys], [new_id], "paged")
    for bad, field in [({"type": "ksk", "public_key": zsk}, "algorithm"),
                       ({"algorithm": 13, "type": "kek", "public_key": zsk}, "type"),
                       ({"algorithm": 13, "type": "ksk", "public_key": zsk}, "public_key"),
                       ({"algorithm": 13, "type": "ksk", "public_key": "not base64!"},
                        "public_key")]:
        st, h2, got = e.api("POST", DNSKEYS.format(z), bad)
        check_validation(t, st, h2, got, field)
    st, _, body = e.api("DELETE", DNSKEYS.format(z) + f"/{new_id}")
    t.eq((st, body), (202, {"message": "The DNSSEC key is being deleted."}), "DELETE")
    st, _, body = e.api("DELETE", DNSKEYS.format(z) + f"/{new_id}")
    t.eq((st, body["object"]), (404, "dnskey"), "DELETE again")
    st, _, body = e.api("PUT", DNSKEYS.format(z),
                        {"keys": [{"algorithm": 15, "type": "ksk", "public_key": zsk},
                                  {"algorithm": 13, "type": "ksk",
                                   "public_key": RFC6605_PUBLIC}]})
    t.eq((st, body), (202, {"message": "The DNSSEC keys are being replaced."}), "PUT")
    st, _, keys = e.api("GET", DNSKEYS.format(z))
    t.eq([(k["algorithm"], k["type"]) for k in keys], [(15, "ksk"), (13, "ksk")], "replaced")
    st, _, body = e.api("PUT", DNSKEYS.format(z), {"keys": []})
    st, _, keys = e.api("GET", DNSKEYS.format(z))
    t.eq(keys, [], "PUT of no keys removes them all")


def test_the_one_shot_switch(t):
    e = t.emu()
    z = "example.net"
    st, _, body = e.api("GET", SWITCH.format(z))
    t.eq((st, body), (200, {"state": "inactive"}), "inactive in the seed")
    st, _, body = e.api("DELETE", SWITCH.format(z))
    t.eq((st, body), (409, {"state": "inactive"}), "nothing to deactivate")
    st, _, body = e.api("POST", SWITCH.format(z))
    t.eq((st, body), (202, {"state": "activating"}), "POST")
    st, _, body = e.api("POST", SWITCH.format(z))
    t.eq((st, body), (409, {"state": "activating"}), "POST while activating")
    st, _, keys = e.api("GET", KEYS.format(z))
    ksk = [k for k in keys if k["flags"] == 257 and not k["deleted"]]
    t.eq(len(ksk), 1, "a KSK made for the zone")
    st, _, reg = e.api("GET", DNSKEYS.format(z))
    st, _, full = e.api("GET", KEYS.format(z) + "/" + ksk[0]["id"])
    t.eq([(k["type"], k["public_key"], k["keytag"]) for k in reg],
         [("ksk", full["public_key"], full["tag"])], "and handed to the registry")
    end = time.monotonic() + 10
    while body["state"] == "activating" and time.monotonic() < end:
        time.sleep(0.2)
        st, _, body = e.api("GET", SWITCH.format(z))
    t.eq(body, {"state": "active"}, "activating becomes active")
    st, _, body = e.api("DELETE", SWITCH.format(z))
    t.eq((st, body), (202, {"state": "deactivating"}), "DELETE")
    st, _, reg = e.api("GET", DNSKEYS.format(z))
    t.eq(reg, [], "withdrawn from the registry")
    st, _, keys = e.api("GET", KEYS.format(z))
    assert all(k["deleted"] for k in keys), keys
    st, _, body = e.api("GET", "/v5/domain/domains/example.org/livedns/dnssec")
    t.eq(body, {"state": "inactive"}, "a domain on other nameservers")
    st, _, body = e.api("POST", "/v5/domain/domains/example.org/livedns/dnssec")
    t.eq((st, body["state"], body["cause"]), (409, "inactive", "not-on-livedns"),
         "cannot be switched on")
    st, _, _ = e.api("POST", SWITCH.format(z), token="view")
    t.eq(st, 403, "switching needs domain:tech")
    st, _, _ = e.api("GET", SWITCH.format(z), token="view")
    t.eq(st, 200, "reading needs domain:view")


def test_dnssec_state_persists(t):
    path = t.path("state.json")
    e = t.emu("--state", path)
    st, _, _ = e.api("POST", KEYS.format("example.com"), {"flags": 256})
    st, _, before = e.api("GET", KEYS.format("example.com"))
    st, _, reg_before = e.api("GET", DNSKEYS.format("example.com"))
    e.api("POST", SWITCH.format("example.net"))
    e.stop()
    e2 = t.emu("--state", path)
    st, _, after = e2.api("GET", KEYS.format("example.com"))
    t.eq([{k: v for k, v in x.items() if k != "key_href"} for x in after],
         [{k: v for k, v in x.items() if k != "key_href"} for x in before], "LiveDNS keys")
    st, _, reg_after = e2.api("GET", DNSKEYS.format("example.com"))
    t.eq([k["digest"] for k in reg_after], [k["digest"] for k in reg_before], "registry keys")
    st, _, body = e2.api("GET", SWITCH.format("example.net"))
    assert body["state"] in ("activating", "active"), body
