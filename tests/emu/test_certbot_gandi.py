"""Fidelity: the API module of Debian's python3-certbot-dns-gandi 1.4.3 (the
certbot plugin, an independent client) adds two TXT values at one name for
a wildcard certificate, then removes both, on gandi-emu with the legacy API
key; the emulator's state shows each step and nothing is left behind (the
last removal PUTs no values: gandi-api.md §13.1)."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import NOT_FOUND, rec_path, token  # noqa: E402

WRAPPER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "certbot_gandi_wrapper.py")
PYTHON = "/usr/bin/python3"  # Debian's python, where the plugin lives
Z = "example.com"
NAME = "_acme-challenge.www.example.com"


def plugin(t, e, action, value, token_name="legacy", domain="www.example.com"):
    env = {"PATH": "/usr/bin:/bin", "HOME": t.home, "LANG": "C.UTF-8",
           "CERTBOT_GANDI_API_KEY": token(token_name)["secret"]}
    p = subprocess.run([PYTHON, WRAPPER, e.url, action, domain, NAME, value],
                       capture_output=True, env=env, cwd=t.tmp, timeout=120)
    if p.returncode != 0:
        raise AssertionError(f"certbot-dns-gandi {action} failed ({p.returncode}):\n"
                             f"{p.stderr.decode()[-3000:]}")
    return json.loads(p.stdout)


def test_certbot_dns_gandi_is_installed(t):
    p = subprocess.run([PYTHON, "-c", "import certbot_plugin_gandi.gandi_api"],
                       capture_output=True)
    t.eq(p.returncode, 0, "Debian's python3-certbot-dns-gandi must be installed "
                          "(tools/deps.sh test): " + p.stderr.decode()[-500:])


def test_two_values_at_one_name_added_then_removed(t):
    e = t.emu()
    path = rec_path(Z, "_acme-challenge.www", "TXT")
    mark = e.mark()
    t.eq(plugin(t, e, "add", "token-A"), None, "add the first value")
    sent = e.requests_since(mark)
    t.eq([(r["method"], r["path"], r["status"]) for r in sent],
         [("GET", "/v5/livedns/domains/www.example.com", 404),
          ("GET", f"/v5/livedns/domains/{Z}", 200), ("GET", path, 404), ("PUT", path, 201)],
         "the plugin finds the zone by its longest name, reads, then PUTs")
    t.eq(sent[0]["query"], "", "no sharing_id without one")
    t.eq(json.loads(sent[3]["body"]), {"rrset_values": ["token-A"]}, "no rrset_ttl sent")
    t.eq(plugin(t, e, "add", "token-B"), None, "add the second value")
    st, _, rec = e.api("GET", path)
    t.eq((rec["rrset_values"], rec["rrset_ttl"]), (['"token-B"', '"token-A"'], 10800),
         "both values (what the plugin read back, quoted, is sent again as is)")
    t.eq(plugin(t, e, "del", "token-A"), None, "remove the first value")
    st, _, rec = e.api("GET", path)
    t.eq(rec["rrset_values"], ['"token-B"'], "the other one stays")
    mark = e.mark()
    t.eq(plugin(t, e, "del", "token-B"), None, "remove the last value: a success")
    last = e.requests_since(mark)[-1]
    t.eq((last["method"], json.loads(last["body"]), last["status"]),
         ("PUT", {"rrset_values": []}, 201), "the last removal PUTs no values")
    st, _, rec = e.api("GET", path)
    t.eq((st, rec["rrset_values"]), (200, []), "nothing left behind")
    st, _, text = e.api("GET", rec_path(Z), headers={"Accept": "text/plain"})
    t.absent(text, "token-", "the zone serves no challenge")
    keys = {r["headers"]["authorization"] for r in e.requests()
            if r["headers"].get("user-agent", "").startswith("python-requests/")}
    t.eq(keys, {"Apikey ..." + token("legacy")["secret"][-4:]}, "the plugin used Apikey")


def test_a_personal_access_token_is_refused(t):
    """1.4.3 sends any key with Apikey: a PAT gets the 403 of §12.3, which the
    plugin reports as not finding the zone."""
    e = t.emu()
    t.eq(plugin(t, e, "add", "x", token_name="all"),
         'Unable to get base domain for "www.example.com"', "the plugin's message")
    t.eq({r["status"] for r in e.requests()}, {403}, "every probe got the 403")
    st, _, body = e.api("GET", rec_path(Z, "_acme-challenge.www", "TXT"))
    t.eq((st, body["object"]), (404, "dns-record"), "nothing written")
    st, _, body = e.api("GET", "/v5/livedns/domains/www.example.com")
    t.eq((st, body), (404, NOT_FOUND), "a name below a zone is no zone")
