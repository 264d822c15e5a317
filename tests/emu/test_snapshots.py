"""LiveDNS snapshots: manual ones, automatic ones on every change, the bound."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import check_validation, domain, rec_path  # noqa: E402

Z = "example.com"
SNAPS = f"/v5/livedns/domains/{Z}/snapshots"


def test_seed_snapshot_listed_and_read(t):
    e = t.emu()
    seed = domain(Z)["livedns"]["snapshots"][0]
    st, h, body = e.api("GET", SNAPS)
    t.eq(st, 200, "status")
    t.eq(h.get("total-count"), "1", "total-count")
    t.eq(list(body[0]), ["id", "name", "created_at", "automatic", "href"], "list keys")
    t.eq((body[0]["id"], body[0]["name"], body[0]["automatic"]),
         (seed["id"], seed["name"], False), "the seed's snapshot")
    t.eq(body[0]["href"], f"{e.url}{SNAPS}/{seed['id']}", "href")
    st, _, one = e.api("GET", f"{SNAPS}/{seed['id']}")
    t.eq(st, 200, "GET one")
    t.eq(set(one), {"id", "name", "created_at", "automatic", "zone_data"}, "keys")
    t.eq([(r["rrset_name"], r["rrset_type"], r["rrset_values"]) for r in one["zone_data"]],
         [(r["rrset_name"], r["rrset_type"], r["rrset_values"]) for r in seed["zone_data"]],
         "zone_data")
    assert all("rrset_href" not in r for r in one["zone_data"])
    st, h, text = e.api("GET", f"{SNAPS}/{seed['id']}", headers={"Accept": "text/plain"})
    t.eq(h.get("Content-Type"), "text/plain; charset=utf-8", "text/plain")
    t.contains(text, "IN SOA", "snapshot text")
    st, _, body = e.api("GET", f"{SNAPS}/no-such-id")
    t.eq((st, body["object"], body["code"]), (404, "snapshot", 404), "a missing snapshot")


def test_manual_snapshot_lifecycle(t):
    e = t.emu()
    st, h, body = e.api("POST", SNAPS, {"name": "before the change"})
    t.eq(st, 201, "status")
    t.eq(set(body), {"message", "id"}, "keys")
    sid = body["id"]
    t.eq(h.get("location"), f"{e.url}{SNAPS}/{sid}", "location")
    st, _, _ = e.api("DELETE", rec_path(Z, "www", "CNAME"))
    st, _, snap = e.api("GET", f"{SNAPS}/{sid}")
    assert any(r["rrset_name"] == "www" for r in snap["zone_data"]), "a snapshot is a copy"
    st, _, body = e.api("PATCH", f"{SNAPS}/{sid}", {"name": "renamed"})
    t.eq(st, 200, "PATCH")
    st, _, snap = e.api("GET", f"{SNAPS}/{sid}")
    t.eq(snap["name"], "renamed", "renamed")
    st, h, body = e.api("PATCH", f"{SNAPS}/{sid}", {"name": 3})
    check_validation(t, st, h, body, "name")
    st, _, body = e.api("POST", SNAPS)
    t.eq(st, 201, "POST without a body")
    # restoring: PUT the snapshot's zone_data as items
    st, _, body = e.api("PUT", rec_path(Z), {"items": snap["zone_data"]})
    t.eq(st, 201, "restore")
    st, _, body = e.api("GET", rec_path(Z, "www", "CNAME"))
    t.eq(st, 200, "restored")
    st, _, body = e.api("DELETE", f"{SNAPS}/{sid}")
    t.eq(st, 204, "DELETE")
    st, _, body = e.api("DELETE", f"{SNAPS}/{sid}")
    t.eq(st, 404, "DELETE again")


def test_automatic_snapshots_on_changes(t):
    e = t.emu()
    st, _, before = e.api("GET", rec_path(Z))
    st, _, _ = e.api("PUT", rec_path(Z, "a1", "A"), {"rrset_values": ["192.0.2.1"]})
    st, _, _ = e.api("PUT", rec_path(Z, "a2", "A"), {"rrset_values": ["192.0.2.2"]})
    st, _, body = e.api("GET", SNAPS + "?automatic=true")
    t.eq(len(body), 2, "one automatic snapshot per change")
    st, _, first = e.api("GET", f"{SNAPS}/{body[0]['id']}")
    t.eq([(r["rrset_name"], r["rrset_type"]) for r in first["zone_data"]],
         [(r["rrset_name"], r["rrset_type"]) for r in before], "the zone before the change")
    st, _, body = e.api("GET", SNAPS + "?automatic=false")
    t.eq([s["automatic"] for s in body], [False], "automatic=false")
    st, _, body = e.api("GET", SNAPS + "?sort_by=-date_created")
    dates = [s["created_at"] for s in body]
    t.eq(dates, sorted(dates, reverse=True), "sort_by=-date_created")
    st, h, body = e.api("GET", SNAPS + "?automatic=maybe")
    check_validation(t, st, h, body, "automatic", "querystring")
    st, _, _ = e.api("PATCH", f"/v5/livedns/domains/{Z}", {"automatic_snapshots": False})
    st, _, _ = e.api("PUT", rec_path(Z, "a3", "A"), {"rrset_values": ["192.0.2.3"]})
    st, _, body = e.api("GET", SNAPS + "?automatic=true")
    t.eq(len(body), 2, "no automatic snapshot once they are off")


def test_automatic_snapshots_are_bounded(t):
    e = t.emu()
    for i in range(25):
        st, _, _ = e.api("PUT", rec_path(Z, "churn", "TXT"), {"rrset_values": [f"v{i}"]})
        t.eq(st, 201, f"change {i}")
    st, h, body = e.api("GET", SNAPS + "?automatic=true")
    t.eq(len(body), 20, "the last 20 automatic snapshots are kept")
    st, _, newest = e.api("GET", f"{SNAPS}/{body[-1]['id']}")
    churn = [r for r in newest["zone_data"] if r["rrset_name"] == "churn"]
    t.eq(churn[0]["rrset_values"], ['"v23"'], "the newest is the zone before the last change")
    st, _, manual = e.api("GET", SNAPS + "?automatic=false")
    t.eq(len(manual), 1, "manual snapshots are not dropped")
