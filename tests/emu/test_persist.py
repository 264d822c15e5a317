"""--state: each change journaled and synced before it is acknowledged,
reloaded at start, the state file a valid seed after a clean stop; a corrupt
or unreadable state stops gandi-emu with a clear message; a failed save
answers 500 and undoes the change."""
import concurrent.futures as cf
import json
import os
import resource
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import (SEED, raw, rec_path, run_emu, start_raw, stop_raw, token,  # noqa: E402
                      wait_until)

Z = "example.com"


def test_state_survives_a_restart(t):
    path = t.path("state.json")
    e = t.emu("--state", path)
    assert os.path.exists(path), "the state is written at start"
    st, _, _ = e.api("PUT", rec_path(Z, "kept", "TXT"), {"rrset_values": ["across restarts"]})
    t.eq(st, 201, "PUT")
    st, _, _ = e.api("PATCH", f"/v5/domain/domains/{Z}/autorenew", {"enabled": False})
    st, _, renewed = e.api("POST", "/v5/organization/access-tokens", {}, token="expiring")
    t.eq(st, 201, "token renewal")
    t.secret(renewed["access_token"])
    st, _, snaps = e.api("GET", f"/v5/livedns/domains/{Z}/snapshots")
    assert len(snaps) >= 2, snaps
    before_restart = {s["id"]: e.api("GET", f"/v5/livedns/domains/{Z}/snapshots/{s['id']}")[2]
                      for s in snaps}
    journal = [f for f in os.listdir(t.tmp) if f.startswith("state.json.journal.")]
    t.eq(len(journal), 1, f"one journal: {journal}")
    with open(os.path.join(t.tmp, journal[0]), encoding="utf-8") as f:
        t.contains(f.read(), '"rrset_name":"kept"', "the change is in the journal")
    e.stop()
    assert not os.path.exists(path + ".tmp"), "no temporary file left"
    with open(path, encoding="utf-8") as f:
        saved = json.load(f)
    assert any(r["rrset_name"] == "kept" for d in saved["domains"] if d["fqdn"] == Z
               for r in d["livedns"]["records"]), "a clean stop writes the whole state"
    e2 = t.emu("--state", path)
    st, _, body = e2.api("GET", rec_path(Z, "kept", "TXT"))
    t.eq((st, body["rrset_values"]), (200, ['"across restarts"']), "the record is back")
    st, _, body = e2.api("GET", f"/v5/domain/domains/{Z}")
    t.eq(body["autorenew"]["enabled"], False, "autorenew is back")
    st, _, _ = e2.api("GET", "/v5/domain/domains", token=renewed["access_token"])
    t.eq(st, 200, "the renewed token is back")
    st, _, body = e2.api("GET", f"/v5/livedns/domains/{Z}/snapshots")
    t.eq([s["id"] for s in body], [s["id"] for s in snaps], "the snapshots are back")
    for s in snaps:
        want = before_restart[s["id"]]
        st, _, got = e2.api("GET", f"/v5/livedns/domains/{Z}/snapshots/{s['id']}")
        t.eq(got, want, f"snapshot {s['name']} after the restart")


def test_state_is_a_seed_with_absolute_dates(t):
    path = t.path("state.json")
    e = t.emu("--state", path)
    st, _, before = e.api("GET", "/v5/domain/domains")
    e.stop()
    with open(path, encoding="utf-8") as f:
        saved = json.load(f)
    for tok in saved["tokens"]:
        assert tok["expires_at"] is None or tok["expires_at"].endswith("Z"), tok
    t.eq(sorted(tk["secret"] for tk in saved["tokens"]),
         sorted(tk["secret"] for tk in SEED["tokens"]), "tokens")
    e2 = t.emu("--seed", path)
    st, _, after = e2.api("GET", "/v5/domain/domains")
    t.eq(after, [dict(d, href=d["href"].replace(e.url, e2.url)) for d in before],
         "the state file works as a seed")


def test_corrupt_state_stops_at_start(t):
    cases = [("{not json", "invalid JSON at line 1"),
             ("", "invalid JSON"),
             ('{"organizations": [], "users": [], "tokens": [], "domains": []}',
              "organizations: must be a non-empty array")]
    for i, (text, msg) in enumerate(cases):
        path = t.write(f"state{i}.json", text)
        rc, out, err = run_emu(t, ["--listen", "127.0.0.1:0", "--state", path])
        t.eq(rc, 1, f"exit code ({msg})")
        t.eq(out, "", "no URL: it did not start")
        t.contains(err, f"gandi-emu: corrupt state file '{path}': {msg}", "stderr")
        t.contains(err, "delete it to start again from the seed", "the hint")
        with open(path, encoding="utf-8") as f:
            t.eq(f.read(), text, "the file is left alone")


def test_unreadable_state_stops_at_start(t):
    path = t.path("a-folder")
    os.makedirs(path)
    rc, out, err = run_emu(t, ["--listen", "127.0.0.1:0", "--state", path])
    t.eq(rc, 1, "exit code")
    t.contains(err, f"gandi-emu: cannot load state: cannot read '{path}': Is a directory",
               "stderr")
    path = t.path("no/such/folder/state.json")
    rc, out, err = run_emu(t, ["--listen", "127.0.0.1:0", "--state", path])
    t.eq(rc, 1, "exit code when the state cannot be written")
    t.contains(err, "gandi-emu: cannot write state '", "stderr")


def test_secrets_of_the_state_stay_out_of_stdout(t):
    path = t.path("state.json")
    rc, out, err = run_emu(t, ["--help-seed", "--seed", path])
    t.eq(rc, 1, "a missing seed file")
    t.contains(err, "No such file", "stderr")
    assert token("all")["secret"] not in err


# ---- the journal: durability, compaction, failures ---------------------------

class _Url:
    """What raw() needs of an emulator started with start_raw()."""

    def __init__(self, proc):
        self.url = proc.stdout.readline().decode().strip()
        self.ssl_context = None
        assert self.url.startswith("http://"), f"gandi-emu did not start: {self.url!r}"


def _names(e):
    """The RRset names of the zone, every page."""
    names, page = set(), 1
    while True:
        st, _, body = e.api("GET", rec_path(Z) + f"?page={page}")
        assert st == 200, st
        if not body:
            return names
        names |= {r["rrset_name"] for r in body}
        page += 1


def _value(e, name):
    st, _, body = raw(e, "GET", rec_path(Z, name, "TXT"))
    return json.loads(body)["rrset_values"] if st == 200 else st


def test_a_failed_save_answers_500_and_undoes_the_change(t):
    """A full disk, simulated by a file size limit: the journal cannot grow."""
    path = t.path("state.json")

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (60000, 60000))

    p = start_raw(t, ["--listen", "127.0.0.1:0", "--quiet", "--state", path],
                  preexec_fn=small_files)
    try:
        e = _Url(p)
        last_ok, failed = None, None
        for i in range(200):
            st, _, body = raw(e, "PUT", rec_path(Z, "full", "TXT"), {"rrset_values": [f"v{i}"]})
            if st == 201:
                last_ok = i
            else:
                failed = (i, st, body)
                break
        assert last_ok is not None and failed, f"the limit was never reached: {last_ok}"
        i, st, body = failed
        t.eq((st, json.loads(body)["object"]), (500, "HTTPInternalServerError"),
             "a change that cannot be saved")
        t.eq(_value(e, "full"), [f'"v{last_ok}"'], "the failed change is not in memory")
        st, _, _ = raw(e, "PUT", rec_path(Z, "other", "TXT"), {"rrset_values": ["x" * 3000]})
        t.eq(st, 500, "the disk is still full")
        t.eq(_value(e, "other"), 404, "nor is the second one")
        st, _, _ = raw(e, "GET", rec_path(Z))
        t.eq(st, 200, "reads still work")
    finally:
        rc, _, err = stop_raw(p)
    t.eq(rc, 0, "it stops cleanly")
    t.contains(err, "File too large; the change is undone", "stderr names the failure")
    e2 = t.emu("--state", path)
    st, _, body = e2.api("GET", rec_path(Z, "full", "TXT"))
    t.eq(body["rrset_values"], [f'"v{last_ok}"'], "after a restart: every acknowledged change")


def test_acknowledged_changes_survive_a_kill(t):
    path = t.path("state.json")
    e = t.emu("--state", path, "--rate-limit", "0")
    names = [f"w{k}-{i}" for k in range(8) for i in range(15)]

    def put(name):
        st, _, _ = e.api("PUT", rec_path(Z, name, "TXT"), {"rrset_values": [name]})
        return st

    with cf.ThreadPoolExecutor(8) as pool:
        t.eq(set(pool.map(put, names)), {201}, "every PUT acknowledged")
    e.proc.send_signal(signal.SIGKILL)
    e.proc.wait(10)
    e.stop(expect_clean=False)
    e2 = t.emu("--state", path)
    t.eq(sorted(set(names) - _names(e2)), [], "acknowledged changes lost by the kill")


def test_the_journal_is_compacted_and_old_journals_removed(t):
    path = t.path("state.json")
    e = t.emu("--state", path, "--rate-limit", "0")
    for i in range(150):
        st, _, _ = e.api("PUT", rec_path(Z, f"c{i}", "TXT"), {"rrset_values": ["x" * 200]})
        assert st == 201, st
    assert wait_until(lambda: json.load(open(path, encoding="utf-8")).get("generation", 0) > 1,
                      10), "the state file was rewritten by the compactor"
    gen = json.load(open(path, encoding="utf-8"))["generation"]
    assert wait_until(lambda: sorted(f for f in os.listdir(t.tmp)
                                     if f.startswith("state.json.journal."))[0]
                      >= f"state.json.journal.{gen}", 10), os.listdir(t.tmp)
    e.proc.send_signal(signal.SIGKILL)
    e.proc.wait(10)
    e.stop(expect_clean=False)
    e2 = t.emu("--state", path)
    t.eq(sum(1 for n in _names(e2) if n.startswith("c")), 150, "every change is back")


def _killed_state(t, path):
    e = t.emu("--state", path)
    for name in ["one", "two"]:
        st, _, _ = e.api("PUT", rec_path(Z, name, "TXT"), {"rrset_values": [name]})
        t.eq(st, 201, f"PUT {name}")
    e.proc.send_signal(signal.SIGKILL)
    e.proc.wait(10)
    e.stop(expect_clean=False)
    journals = [f for f in os.listdir(t.tmp) if f.startswith("state.json.journal.")]
    t.eq(len(journals), 1, f"one journal: {journals}")
    return os.path.join(t.tmp, journals[0])


def test_a_torn_last_change_is_dropped_and_a_corrupt_one_stops(t):
    path = t.path("state.json")
    journal = _killed_state(t, path)
    with open(journal, "a", encoding="utf-8") as f:
        f.write('[{"rrset":{"domain":"example.com","rrset_na')
    e = t.emu("--state", path)
    st, _, body = e.api("GET", rec_path(Z, "two", "TXT"))
    t.eq((st, body["rrset_values"]), (200, ['"two"']), "the complete changes are back")
    t.contains(e.stderr(), "ends with an incomplete change, never acknowledged: dropped",
               "stderr")
    e.stop()
    path2 = t.path("other/state.json")
    os.makedirs(os.path.dirname(path2))
    t.tmp, tmp = os.path.dirname(path2), t.tmp
    try:
        journal = _killed_state(t, path2)
    finally:
        t.tmp = tmp
    with open(journal, encoding="utf-8") as f:
        lines = f.read().split("\n")
    lines.insert(2, '[{"rrset_del":{"domain":"example.com","rrset_name":"nothing",'
                    '"rrset_type":"TXT"}}]')
    with open(journal, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    rc, out, err = run_emu(t, ["--listen", "127.0.0.1:0", "--state", path2])
    t.eq((rc, out), (1, ""), "a corrupt journal stops gandi-emu at start")
    t.contains(err, f"gandi-emu: corrupt journal '{journal}': line 3: no RRset to delete: "
                    "'nothing'", "stderr")
