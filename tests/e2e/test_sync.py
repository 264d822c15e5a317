"""dns sync where a golden case cannot say it (tests/golden/sync holds the rest): a
failure midway under fault injection, then the printed command that undoes it; and a
zone of 10,000 RRsets."""
import json
import os
import re
import shlex
import subprocess

from gandi_test import SEED

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def zone(e, domain="example.com"):
    """The live zone as {(name, type): (ttl, sorted values)}, every page."""
    out, page = {}, 1
    while True:
        status, _, body = e.api("GET", f"livedns/domains/{domain}/records?per_page=100"
                                f"&page={page}")
        assert status == 200, (status, body)
        for r in body:
            out[(r["rrset_name"], r["rrset_type"])] = (r["rrset_ttl"], sorted(r["rrset_values"]))
        if len(body) < 100:
            return out
        page += 1


def writes(e, since=0):
    return [q for q in e.requests()[since:] if q["method"] != "GET"]


def export(t, e, name="zone.txt"):
    path = t.path(name)
    t.ok(t.gandi("dns", "export", "example.com", "-o", path, emu=e, token="all"))
    return path


def test_failure_midway_then_the_printed_command_restores_the_zone(t):
    # 80 more RRsets, so that changing 27 of them goes one request per RRset
    seed = json.loads(json.dumps(SEED))
    dom = [d for d in seed["domains"] if d["fqdn"] == "example.com"][0]
    for i in range(80):
        dom["livedns"]["records"].append({"rrset_name": f"host{i}", "rrset_type": "A",
                                          "rrset_ttl": 300, "rrset_values": [f"198.51.100.{i}"]})
    seed_path = t.write("seed.json", json.dumps(seed))
    state = t.path("state.json")
    e = t.emu("--seed", seed_path, "--state", state, "--fault-rate", "0.3", "--fault-seed", "7",
              "--fault-methods", "PUT,DELETE")
    before = zone(e)
    text = open(export(t, e), encoding="utf-8").read()
    changed = sorted((f"host{i}" for i in range(0, 80, 3)))  # the zone's order: by name
    text = "".join(line.replace("198.51.100.", "203.0.113.") if
                   line.startswith("host") and int(line[4:line.index(" ")]) % 3 == 0 else line
                   for line in text.splitlines(keepends=True))
    path = t.write("zone.txt", text)
    # --api-url as a flag, so that the printed command must carry it
    r = t.gandi("--retries", "1", "--api-url", e.api_url, "dns", "sync", "example.com", path,
                "--yes", token="all")
    assert r.rc in (1, 6), r.describe()
    t.eq(r.out, "".join(f"change {n} A, TTL 300\n    - 198.51.100.{n[4:]}\n"
                        f"    + 203.0.113.{n[4:]}\n" for n in changed) +
         "example.com: 27 to change; 64 unchanged\n", "the difference")
    # what was applied depends on which requests met a fault: the rest is exact
    m = re.fullmatch(
        rf"snapshot ({UUID}) taken before the changes \(to undo them: gandi --api-url "
        rf"{re.escape(e.api_url)} dns snapshot restore example.com \1\)\n"
        r"gandi: applying the changes to example.com stopped: (.+)\n"
        r"applied \((\d+) of 27\):\n((?:  change host\d+ A\n)+)"
        r"not applied \((\d+) of 27\):\n((?:  change host\d+ A\n)+)"
        r"the zone as it was before is in snapshot \1; to put it back:\n"
        rf"  (gandi --api-url {re.escape(e.api_url)} dns snapshot restore example.com \1)\n",
        r.err)
    assert m, r.describe()
    applied = [line.split()[1] for line in m.group(4).splitlines()]
    not_applied = [line.split()[1] for line in m.group(6).splitlines()]
    t.eq((int(m.group(3)), int(m.group(5))), (len(applied), len(not_applied)), "counts")
    t.eq(sorted(applied + not_applied), changed, "every change accounted for, once")
    t.eq((applied, not_applied), (sorted(applied), sorted(not_applied)), "lists in zone order")
    assert applied and not_applied, r.err
    after = zone(e)
    for name in applied:
        t.eq(after[(name, "A")], (300, [f"203.0.113.{name[4:]}"]), f"{name} applied")
    for name in not_applied:
        t.eq(after[(name, "A")], before[(name, "A")], f"{name} not applied")
    argv = shlex.split(m.group(7))
    e.stop()
    # the same state, without faults: the printed command, as printed (plus --yes)
    e2 = t.emu("--state", state)
    argv = [a.replace(e.api_url, e2.api_url) for a in argv[1:]]
    r = t.ok(t.gandi(*argv, "--yes", token="all"))
    t.eq(r.out.splitlines()[-1], f"example.com: {len(applied)} to change; "
         f"{91 - len(applied)} unchanged", "the restore's difference")
    t.contains(r.err, "done: ")
    t.eq(zone(e2), before, "zone restored")


def test_ten_thousand_rrsets_one_percent_changed(t):
    seed_path = t.path("big.json")
    with open(seed_path, "w") as f:
        subprocess.run([os.path.join(t.build, "gandi-emu"), "--generate-seed",
                        "domains=0,records=10000"], stdout=f, check=True)
    e = t.emu("--seed", seed_path, "--rate-limit", "0")
    r = t.ok(t.gandi("dns", "list", "big.example", "--json", emu=e, token="all"))
    items = r.json()
    t.eq(len(items), 10000, "records")
    changed = items[0:10000:100]
    for item in changed:
        item["old_ttl"] = item["rrset_ttl"]
        item["rrset_ttl"] = 600
    path = t.write("big.json.zone", json.dumps(items))
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "big.example", path, "--yes", emu=e, token="all",
                     timeout=120))
    t.eq(r.out, "".join(f"change {c['rrset_name']} {c['rrset_type']}, TTL {c['old_ttl']} -> 600\n"
                        + "".join(f"      {v}\n" for v in c["rrset_values"]) for c in changed) +
         "big.example: 100 to change; 9900 unchanged\n", "the difference")
    mm = re.fullmatch(rf"snapshot ({UUID}) taken before the changes \(to undo them: gandi dns "
                      rf"snapshot restore big.example \1\)\n"
                      rf"done: 100 changes in 100 requests; big.example now matches "
                      rf"'{re.escape(path)}'\n", r.err)
    assert mm, r.err
    w = writes(e, m)
    t.eq((w[0]["method"], w[0]["path"], json.loads(w[0]["body"])),
         ("POST", "/v5/livedns/domains/big.example/snapshots",
          {"name": f"gandi dns sync: before applying {path}"}), "the snapshot first")
    t.eq(sorted((q["method"], q["path"], json.loads(q["body"]), q["status"]) for q in w[1:]),
         sorted(("PUT", f"/v5/livedns/domains/big.example/records/{c['rrset_name']}/"
                 f"{c['rrset_type']}", {"rrset_values": c["rrset_values"], "rrset_ttl": 600}, 201)
                for c in changed), "one PUT per changed RRset")
