"""Glue records, the transfer lock and the transfer code (gandi-api.md §10,
§11.1, §11.2)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import SEED, check_validation, domain  # noqa: E402

HOSTS = "/v5/domain/domains/{}/hosts"


def test_glue_records(t):
    e = t.emu()
    z = "example.net"
    st, h, hosts = e.api("GET", HOSTS.format(z))
    t.eq(st, 200, "GET")
    t.eq([(x["name"], x["ips"]) for x in hosts],
         [(x["name"], x["ips"]) for x in domain(z)["hosts"]], "the seed's glue")
    t.eq(set(hosts[0]), {"name", "ips", "fqdn", "fqdn_unicode", "href"}, "fields")
    t.eq((hosts[0]["fqdn"], hosts[0]["fqdn_unicode"]), (z, z), "fqdn is the domain's")
    t.eq(h.get("total-count"), str(len(hosts)), "total-count")
    ips = ["203.0.113.2", "203.0.113.3", "2001:db8:0:0:0:0:0:00ff"]
    st, h, body = e.api("POST", HOSTS.format(z), {"name": "ns3", "ips": ips})
    t.eq((st, body), (202, {"message": "The glue record is being created."}), "POST")
    t.eq(h.get("location"), f"{e.url}{HOSTS.format(z)}/ns3", "location")
    st, _, host = e.api("GET", HOSTS.format(z) + "/ns3")
    t.eq((st, host["ips"]), (200, ips), "IPv4 and IPv6 kept as given")
    st, _, body = e.api("POST", HOSTS.format(z), {"name": "NS3", "ips": ["192.0.2.1"]})
    t.eq((st, body["object"]), (409, "host"), "a name that exists (names are case-insensitive)")
    st, _, body = e.api("PUT", HOSTS.format(z) + "/ns3", {"ips": ["2001:db8::3"]})
    t.eq((st, body), (202, {"message": "The glue record is being updated."}), "PUT")
    st, _, host = e.api("GET", HOSTS.format(z) + "/ns3")
    t.eq(host["ips"], ["2001:db8::3"], "PUT replaced the addresses")
    st, _, body = e.api("POST", HOSTS.format(z), {"name": "@", "ips": ["192.0.2.9"]})
    t.eq(st, 202, "the domain itself can be a host")
    st, _, host = e.api("GET", HOSTS.format(z) + "/%40")
    t.eq((host["name"], host["href"]), ("@", f"{e.url}{HOSTS.format(z)}/%40"), "apex host")
    st, _, body = e.api("DELETE", HOSTS.format(z) + "/ns3")
    t.eq((st, body), (202, {"message": "The glue record is being deleted."}), "DELETE")
    st, _, body = e.api("GET", HOSTS.format(z) + "/ns3")
    t.eq((st, body["object"]), (404, "host"), "gone")


def test_glue_validation(t):
    e = t.emu()
    z = "example.net"
    for body, field in [({"ips": ["192.0.2.1"]}, "name"),
                        ({"name": "ns_9", "ips": ["192.0.2.1"]}, "name"),
                        ({"name": "ns9"}, "ips"),
                        ({"name": "ns9", "ips": []}, "ips"),
                        ({"name": "ns9", "ips": ["192.0.2.300"]}, "ips"),
                        ({"name": "ns9", "ips": ["ns1.example.org"]}, "ips"),
                        ({"name": "ns9", "ips": ["2001:db8::1", "2001:DB8:0::1"]}, "ips")]:
        st, h, got = e.api("POST", HOSTS.format(z), body)
        check_validation(t, st, h, got, field)
    st, h, got = e.api("PUT", HOSTS.format(z) + "/ns1", {"ips": "192.0.2.1"})
    check_validation(t, st, h, got, "ips")
    st, _, _ = e.api("POST", HOSTS.format(z), {"name": "ns9", "ips": ["192.0.2.1"]},
                     token="view")
    t.eq(st, 403, "writes need domain:tech")
    st, _, _ = e.api("GET", HOSTS.format(z), token="view")
    t.eq(st, 200, "reads need domain:view")


def test_glue_in_use_and_nameservers_inside_the_domain(t):
    e = t.emu()
    z = "example.net"
    ns = f"/v5/domain/domains/{z}/nameservers"
    st, h, got = e.api("PUT", ns, {"nameservers": [f"ns1.{z}", f"ns9.{z}"]})
    check_validation(t, st, h, got, "nameservers", contains="glue record")
    st, _, _ = e.api("PUT", ns, {"nameservers": [f"ns1.{z}", f"ns2.{z}."]})
    t.eq(st, 202, "nameservers with glue")
    st, _, body = e.api("DELETE", HOSTS.format(z) + "/ns1")
    t.eq((st, body["object"]), (409, "host"), "a host the delegation uses")
    st, _, _ = e.api("PUT", ns, {"nameservers": ["ns1.example-dns.net"]})
    st, _, _ = e.api("DELETE", HOSTS.format(z) + "/ns1")
    t.eq(st, 202, "no longer used: deleted")


def test_transfer_lock(t):
    e = t.emu()
    z = "example.net"
    status = f"/v5/domain/domains/{z}/status"

    def state():
        _, _, details = e.api("GET", f"/v5/domain/domains/{z}")
        _, _, listed = e.api("GET", "/v5/domain/domains")
        item = [d for d in listed if d["fqdn"] == z][0]
        return details["status"], item["status"], details["can_tld_lock"]

    t.eq(state(), ([], [], True), "unlocked in the seed")
    st, _, body = e.api("PATCH", status, {"clientTransferProhibited": True})
    t.eq((st, body), (202, {"message": "The domain is being locked."}), "lock")
    t.eq(state(), (["clientTransferProhibited"], ["clientTransferProhibited"], True), "locked")
    e.api("PATCH", status, {"clientTransferProhibited": True})
    t.eq(state()[0], ["clientTransferProhibited"], "locking twice adds nothing")
    st, _, body = e.api("PATCH", status, {"clientTransferProhibited": False})
    t.eq((st, body), (202, {"message": "The domain is being unlocked."}), "unlock")
    t.eq(state(), ([], [], True), "unlocked")
    st, h, got = e.api("PATCH", status, {"clientTransferProhibited": "yes"})
    check_validation(t, st, h, got, "clientTransferProhibited")


def test_no_lock_where_the_registry_has_none(t):
    doc = json.loads(json.dumps(SEED))
    for d in doc["domains"]:
        if d["fqdn"] == "example-corp.fr":
            d["can_tld_lock"] = False
    e = t.emu("--seed", t.write("seed.json", json.dumps(doc)))
    st, _, body = e.api("GET", "/v5/domain/domains/example-corp.fr", token="corp")
    t.eq(body["can_tld_lock"], False, "can_tld_lock")
    st, h, got = e.api("PATCH", "/v5/domain/domains/example-corp.fr/status",
                       {"clientTransferProhibited": True}, token="corp")
    check_validation(t, st, h, got, "clientTransferProhibited", contains="no transfer lock")


def test_authinfo_reset(t):
    e = t.emu()
    z = "example.com"
    st, _, body = e.api("GET", f"/v5/domain/domains/{z}")
    t.eq(body["authinfo"], domain(z)["authinfo"], "the seed's code in the details")
    codes = set()
    for _ in range(3):
        st, _, reset = e.api("PUT", f"/v5/domain/domains/{z}/authinfo")
        t.eq((st, reset), (202, {"message": "The authorization code is being reset."}), "PUT")
        st, _, body = e.api("GET", f"/v5/domain/domains/{z}")
        codes.add(body["authinfo"])
    assert domain(z)["authinfo"] not in codes and len(codes) == 3, codes
    for c in codes:
        assert len(c) == 12 and any(ch.isdigit() for ch in c) and any(ch.isupper() for ch in c) \
            and any(ch.islower() for ch in c) and any(not ch.isalnum() for ch in c), c
    st, _, _ = e.api("PUT", f"/v5/domain/domains/{z}/authinfo", token="view")
    t.eq(st, 403, "a reset needs domain:tech")
