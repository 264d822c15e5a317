"""Fidelity: Debian's dns-lexicon (an independent Gandi v5 client) creates,
lists, updates and deletes TXT records on gandi-emu with the legacy API key,
and the emulator's state shows each effect."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import rec_path, token  # noqa: E402

WRAPPER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon_wrapper.py")
PYTHON = "/usr/bin/python3"  # Debian's python, where the lexicon package lives


def lexicon(t, e, *args, ttl=None):
    env = {"PATH": "/usr/bin:/bin", "HOME": t.home, "LANG": "C.UTF-8",
           "LEXICON_GANDI_AUTH_TOKEN": token("legacy")["secret"],
           "TLDEXTRACT_CACHE_PATH": t.path("tldextract")}
    if ttl:
        env["LEXICON_TTL"] = str(ttl)
    p = subprocess.run([PYTHON, WRAPPER, e.url] + list(args), capture_output=True, env=env,
                       cwd=t.tmp, timeout=120)
    if p.returncode != 0:
        raise AssertionError(f"lexicon {' '.join(args)} failed ({p.returncode}):\n"
                             f"{p.stderr.decode()[-3000:]}")
    return json.loads(p.stdout)


def test_lexicon_is_installed(t):
    p = subprocess.run([PYTHON, "-c", "import lexicon.providers.gandi"], capture_output=True)
    t.eq(p.returncode, 0, "Debian's lexicon package must be installed (tools/deps.sh test): "
                          + p.stderr.decode()[-500:])


def test_lexicon_create_list_update_delete(t):
    e = t.emu()
    name = "_acme-challenge"
    t.eq(lexicon(t, e, "create", "TXT", name, "token-one"), True, "create")
    st, _, rec = e.api("GET", rec_path("example.com", name, "TXT"))
    t.eq((st, rec["rrset_values"], rec["rrset_ttl"]), (200, ['"token-one"'], 3600),
         "created (lexicon's default TTL is 3600)")

    t.eq(lexicon(t, e, "create", "TXT", name, "token-two"), True, "create a second value")
    st, _, rec = e.api("GET", rec_path("example.com", name, "TXT"))
    t.eq(rec["rrset_values"], ['"token-one"', '"token-two"'], "a record set of two")

    # lexicon's duplicate check only looks at one-value RRsets: it PUTs the value
    # again, and Gandi stores values as sent (gandi-api.md §13.2).
    t.eq(lexicon(t, e, "create", "TXT", name, "token-two"), True, "create an existing value")
    st, _, rec = e.api("GET", rec_path("example.com", name, "TXT"))
    t.eq(rec["rrset_values"], ['"token-one"', '"token-two"', '"token-two"'],
         "lexicon sent the existing value again")
    listed = lexicon(t, e, "list", "TXT", name)
    t.eq(sorted(r["content"] for r in listed), ["token-one", "token-two", "token-two"],
         "list (lexicon strips the quotes)")
    for r in listed:
        t.eq((r["type"], r["name"]), ("TXT", f"{name}.example.com"), "listed record")

    everything = lexicon(t, e, "list", "TXT", "")
    assert any(r["content"] == "token-one" for r in everything), everything

    t.eq(lexicon(t, e, "update", "TXT", name, "token-three"), True, "update")
    st, _, rec = e.api("GET", rec_path("example.com", name, "TXT"))
    t.eq((rec["rrset_values"], rec["rrset_ttl"]), (['"token-three"'], 10800),
         "update replaced the set (PUT without rrset_ttl: 10800)")

    lexicon(t, e, "create", "TXT", name, "token-four")
    t.eq(lexicon(t, e, "delete", "TXT", name, "token-three"), True, "delete one value")
    st, _, rec = e.api("GET", rec_path("example.com", name, "TXT"))
    t.eq(rec["rrset_values"], ['"token-four"'], "the other value is left")

    t.eq(lexicon(t, e, "delete", "TXT", name, "token-four"), True, "delete the last value")
    st, _, rec = e.api("GET", rec_path("example.com", name, "TXT"))
    t.eq(st, 404, "the record is gone")
    t.eq(lexicon(t, e, "list", "TXT", name), [], "lexicon lists nothing")

    mine = [r for r in e.requests()
            if r["headers"].get("user-agent", "").startswith("python-requests/")]
    sent = {r["headers"]["authorization"] for r in mine}
    t.eq(sent, {"Apikey ..." + token("legacy")["secret"][-4:]},
         "lexicon authenticated with the legacy key")
    methods = {r["method"] for r in mine}
    t.eq(methods, {"GET", "POST", "PUT", "DELETE"}, "methods lexicon used")


def test_lexicon_with_a_ttl_and_an_unmanaged_domain(t):
    e = t.emu()
    t.eq(lexicon(t, e, "create", "TXT", "ttl-test", "x", ttl=600), True, "create with a TTL")
    st, _, rec = e.api("GET", rec_path("example.com", "ttl-test", "TXT"))
    t.eq(rec["rrset_ttl"], 600, "the TTL lexicon sent")
    p = subprocess.run([PYTHON, WRAPPER, e.url, "list", "TXT", "x"], capture_output=True,
                       cwd=t.tmp, timeout=120,
                       env={"PATH": "/usr/bin:/bin", "HOME": t.home,
                            "LEXICON_GANDI_AUTH_TOKEN": "WrongKey0000000000000000",
                            "TLDEXTRACT_CACHE_PATH": t.path("tldextract")})
    assert p.returncode != 0, "a wrong key must fail"
    t.contains(p.stderr.decode(), "401", "lexicon reports the 401")
