"""dns sync where a golden case cannot say it (tests/golden/sync holds the rest): a
failure midway under fault injection, then the printed command that undoes it; and a
zone of 10,000 RRsets."""
import glob
import json
import os
import re
import shlex
import shutil
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
        r"to finish it, run the same command again \(it sends only what is still "
        r"different\):\n"
        rf"  (gandi --api-url {re.escape(e.api_url)} dns sync example.com \S+ --yes)\n"
        r"or, the zone as it was before is in snapshot \1; to put it back:\n"
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
    again = shlex.split(m.group(7))
    argv = shlex.split(m.group(8))
    e.stop()
    # the same state, without faults: the same sync again finishes the job
    state3 = t.path("state-copy.json")
    for f in glob.glob(state + "*"):  # the state and its journals
        shutil.copy(f, state3 + f[len(state):])
    e3 = t.emu("--state", state3)
    r = t.ok(t.gandi(*[a.replace(e.api_url, e3.api_url) for a in again[1:]], token="all"))
    t.eq(r.out.splitlines()[-1], f"example.com: {len(not_applied)} to change; "
         f"{91 - len(not_applied)} unchanged", "the second run sends only what is left")
    for name in changed:
        t.eq(zone(e3)[(name, "A")], (300, [f"203.0.113.{name[4:]}"]), f"{name} after the rerun")
    e3.stop()
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


def test_zone_on_stdin_asks_on_the_terminal(t):
    """dns sync DOMAIN - reads the zone from stdin, so the confirmation is asked on the
    terminal (/dev/tty); answering no changes nothing (exit 8), yes applies it; without a
    terminal it refuses as before."""
    import pty
    import select
    e = t.emu()
    zone = "$ORIGIN example.com.\nstdin-test 300 IN A 192.0.2.99\n"

    def run(answer):
        r_fd, w_fd = os.pipe()
        os.write(w_fd, zone.encode())
        os.close(w_fd)
        env = t.env(emu=e, token="all")
        pid, fd = pty.fork()
        if pid == 0:
            os.dup2(r_fd, 0)  # stdin: the zone; the terminal stays the controlling one
            os.execve(t.gandi_exe, [t.gandi_exe, "dns", "sync", "example.com", "-",
                                    "--no-delete"], env)
        os.close(r_fd)
        out, sent = b"", False
        while True:
            ready, _, _ = select.select([fd], [], [], 5)
            if not ready:
                break
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if not sent and b"[y/N]" in out:
                os.write(fd, (answer + "\n").encode())
                sent = True
        _, status = os.waitpid(pid, 0)
        os.close(fd)
        return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")

    rc, out = run("n")
    t.eq(rc, 8, out)
    t.contains(out, "[y/N] n", "asked on the terminal")
    t.contains(out, "declined: nothing was changed", "no")
    t.eq(e.api("GET", "livedns/domains/example.com/records/stdin-test/A")[0], 404, "not made")
    rc, out = run("y")
    t.eq(rc, 0, out)
    t.eq(e.api("GET", "livedns/domains/example.com/records/stdin-test/A")[0], 200, "made")
    r = t.gandi("dns", "sync", "example.com", "-", stdin=zone.replace("99", "98"), emu=e,
                token="all")
    t.eq(r.rc, 2, r.describe())
    t.contains(r.err, "without confirmation", "no terminal: refused")
# -- other writers while a sync runs (issue 13, item 2) -----------------------------------

def race(t, e, sync_argv, delay, n=10):
    """dns sync, and n `dns add` of TXT race-i started delay seconds into it, as real
    parallel processes. Returns (the sync's Result-like tuple, the adds' outcomes)."""
    import time
    env = t.env(e, "all")
    sync = subprocess.Popen([t.gandi_exe] + sync_argv, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    time.sleep(delay)
    adds = [subprocess.Popen([t.gandi_exe, "dns", "add", "example.com", "TXT", f"race-{i}",
                              f"value-{i}"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE) for i in range(n)]
    outs = [(p.returncode, o.decode(), err.decode())
            for p, (o, err) in ((p, p.communicate(timeout=120)) for p in adds)]
    out, err = sync.communicate(timeout=120)
    return (sync.returncode, out.decode(), err.decode()), outs


def most_ttls_changed(t, e):
    """A file of the live zone with the TTL of all its RRsets but one changed: more than
    half of the zone changes, which is when a sync replaced the whole zone. Returns its
    path and its RRsets."""
    status, _, items = e.api("GET", "livedns/domains/example.com/records")
    for item in items[1:]:
        item["rrset_ttl"] = 3600 if item["rrset_ttl"] != 3600 else 7200
        item.pop("rrset_href", None)
    return t.write("zone.json", json.dumps(items)), items


def test_no_delete_keeps_what_others_add_while_it_runs(t):
    # each request takes 150 ms: the adds land while the sync is between its read and its
    # writes, which is when a replacement of the whole zone built from that read wipes them
    e = t.emu("--latency", "150")
    path, items = most_ttls_changed(t, e)
    m = e.mark()
    sync, adds = race(t, e, ["dns", "sync", "example.com", path, "--no-delete", "--yes"], 0.05)
    for i, (rc, out, err) in enumerate(adds):
        t.eq((rc, out, err), (0, "", f"add TXT race-{i} in example.com: value-{i} (TTL 300)\n"),
             f"dns add {i}")
    after = zone(e)
    for i in range(10):
        t.eq(after.get((f"race-{i}", "TXT")), (300, [f'"value-{i}"']), f"race-{i}")
    assert sync[0] == 0, sync
    t.contains(sync[2], f"done: {len(items) - 1} changes in {len(items) - 1} requests")
    whole = [q for q in e.requests_since(m) if q["method"] == "PUT" and
             q["path"] == "/v5/livedns/domains/example.com/records"]
    t.eq(whole, [], "replacements of the whole zone")


def test_a_whole_zone_replacement_reports_what_others_wrote_meanwhile(t):
    # 500 ms a request: the sync reads at 0.5 s and replaces the zone at about 1.5 s; the
    # adds, started at 0.1 s, read at 0.6 s and write at about 1.1 s, in between
    e = t.emu("--latency", "500")
    path, items = most_ttls_changed(t, e)
    sync, adds = race(t, e, ["dns", "sync", "example.com", path, "--yes"], 0.1)
    t.eq([a[0] for a in adds], [0] * 10, "the adds' exit codes")
    after = zone(e)
    lost = [i for i in range(10) if (f"race-{i}", "TXT") not in after]
    # the adds whose POST came after the sync's first read and before its replacement
    assert lost, f"no add landed inside the sync's window (timing); the sync said: {sync}"
    rc, out, err = sync
    t.eq(rc, 1, f"the sync's exit code:\n{err}")
    m = re.search(r"gandi: replacing the whole zone of example.com removed what someone else "
                  r"wrote while gandi ran: (\d+) values? in (\d+) RRsets?\n((?:  TXT .*\n)+)"
                  r"they were neither in '.*' nor in the zone when gandi first read it", err)
    assert m, err
    t.eq((int(m.group(1)), int(m.group(2))), (len(lost), len(lost)), "the counts")
    listed = sorted(re.findall(rf"  TXT race-(\d+): value-\1 \(in snapshot {UUID}\)\n",
                               m.group(3)))
    t.eq(sorted(int(i) for i in listed), lost, "the RRsets listed as removed")
    for i in set(range(10)) - set(lost):
        t.eq(after[(f"race-{i}", "TXT")], (300, [f'"value-{i}"']), f"race-{i} kept")


def test_a_failed_sync_of_a_big_zone_lists_fifty_changes(t):
    # issue 13, item 10: every change was written into the error one line at a time, each
    # line copying all those before (1M RRsets: minutes); now 50, then a count
    seed_path = t.path("big.json")
    with open(seed_path, "w") as f:
        subprocess.run([os.path.join(t.build, "gandi-emu"), "--generate-seed",
                        "domains=0,records=2000"], stdout=f, check=True)
    e = t.emu("--seed", seed_path, "--rate-limit", "0")
    # every PUT meets a gateway's 502 before it reaches gandi-emu: nothing is applied
    import fake_server
    proxy = fake_server.FaultProxy(e.url, lambda m, p: ("before", 502) if m == "PUT" else "pass")
    t.fakes.append(proxy)
    via = {"GANDI_API_URL": proxy.url + "/v5", "GANDI_ID_URL": proxy.url}
    r = t.ok(t.gandi("dns", "list", "big.example", "--json", emu=e, token="all"))
    items = r.json()
    for item in items:
        item["rrset_ttl"] = 600
    path = t.write("big.json.zone", json.dumps(items))
    r = t.gandi("dns", "sync", "big.example", path, "--yes", "--retries", "1", token="all",
                env=via)
    t.eq(r.rc, 1, r.describe())
    lines = r.err.splitlines()
    at = lines.index("not applied (2000 of 2000):")
    names = sorted((i["rrset_name"], i["rrset_type"]) for i in items)
    t.eq(lines[at + 1:at + 52],
         [f"  change {n} {ty}" for n, ty in names[:50]] +
         ["  ... and 1950 more (--json lists them all)"], "the changes listed")
    r = t.gandi("dns", "sync", "big.example", path, "--yes", "--retries", "1", "--json",
                token="all", env=via)
    err = r.err_json()
    t.eq((r.rc, len(err["not_applied"]), err["applied"], err["unknown"]), (1, 2000, [], []),
         "the JSON error lists them all")
