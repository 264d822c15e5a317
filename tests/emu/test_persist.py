"""--state: saved after each change, reloaded at start, a valid seed; a
corrupt or unreadable state file stops gandi-emu with a clear message."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import SEED, rec_path, run_emu, token  # noqa: E402

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
    with open(path, encoding="utf-8") as f:
        saved = json.load(f)
    assert any(r["rrset_name"] == "kept" for d in saved["domains"] if d["fqdn"] == Z
               for r in d["livedns"]["records"]), "saved after the change"
    e.stop()
    assert not os.path.exists(path + ".tmp"), "no temporary file left"
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
