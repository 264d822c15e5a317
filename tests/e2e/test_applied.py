"""A write that Gandi may have carried out although the command failed (issue 13, item 6):
an answer lost after the work was done, then 502/503 on the retries, or a 404 on the
retry of a DELETE. gandi remembers across attempts that a request may have reached
Gandi, reads the state again and reports what holds: done (with a warning) when it is
what was asked, else a failure that says so. A scripted proxy in front of gandi-emu
loses the answers (tests/lib/fake_server.py's FaultProxy)."""
import json
import threading

import fake_server
from gandi_test import TOKENS


def scripted(script):
    """A FaultProxy's decide(): each method meets its actions in order, then "pass"."""
    left = {m: list(a) for m, a in script.items()}
    lock = threading.Lock()

    def decide(method, path):
        with lock:
            q = left.get(method)
            return q.pop(0) if q else "pass"
    return decide


def behind(t, e, script):
    proxy = fake_server.FaultProxy(e.url, scripted(script))
    t.fakes.append(proxy)
    return {"GANDI_API_URL": proxy.url + "/v5", "GANDI_ID_URL": proxy.url}


def get(e, path):
    status, _, body = e.api("GET", path)
    return body if status == 200 else None


LOST_THEN_503 = ["drop", ("before", 503), ("before", 503), ("before", 503)]


def test_a_put_applied_then_503s_is_done(t):
    e = t.emu()
    env = behind(t, e, {"PUT": LOST_THEN_503})
    r = t.gandi("dns", "set", "example.com", "A", "api", "192.0.2.99", token="all", env=env)
    t.expect(r, err="warning: the answer to the change was lost (HTTP 503 after 4 attempts), but "
             "reading the A record api in example.com again shows that it took effect\n"
             "set A api in example.com: 192.0.2.99 (TTL 300)\n")
    t.eq(get(e, "livedns/domains/example.com/records/api/A")["rrset_values"], ["192.0.2.99"],
         "the RRset")
    t.eq([q["method"] for q in e.requests() if q["method"] == "PUT"], ["PUT"],
         "PUTs carried out (the 503s never reached gandi-emu)")


def test_a_put_that_did_not_apply_says_so(t):
    e = t.emu()
    env = behind(t, e, {"PUT": [("before", 503)] * 2})
    r = t.gandi("dns", "set", "example.com", "A", "api", "192.0.2.99", "--retries", "2",
                token="all", env=env)
    t.expect(r, rc=1, err="gandi: Gandi's server answered HTTP 503 with an HTML page (\"503 "
             "Gateway\"), probably from a proxy rather than Gandi's API\n(after 2 attempts)\n"
             "the request may have reached Gandi, yet reading the A record api in example.com "
             "again shows that it did not take effect\n")
    t.eq(get(e, "livedns/domains/example.com/records/api/A")["rrset_values"],
         ["192.0.2.20", "192.0.2.21"], "the RRset, unchanged")


def test_a_write_whose_state_cannot_be_read_again_says_it_may_have_happened(t):
    e = t.emu()
    # the PUT's answer is lost, its retry meets a 503, and so does the read that follows
    env = behind(t, e, {"PUT": ["drop", ("before", 503)], "GET": ["pass"] + [("before", 503)] * 2})
    r = t.gandi("dns", "set", "example.com", "A", "api", "192.0.2.99", "--retries", "2",
                token="all", env=env)
    t.expect(r, rc=1, err="gandi: Gandi's server answered HTTP 503 with an HTML page (\"503 "
             "Gateway\"), probably from a proxy rather than Gandi's API\n(after 2 attempts)\n"
             "the request may have reached Gandi and been carried out, and the A record api in "
             "example.com could not be read again to check: 'gandi dns get example.com A api' "
             "shows it\n")


def test_sync_counts_a_delete_whose_retry_gets_404_as_done(t):
    e = t.emu()
    text = open(export(t, e), encoding="utf-8").read()
    path = t.write("zone.txt", "".join(line for line in text.splitlines(keepends=True)
                                       if not line.startswith("webmail ")))
    env = behind(t, e, {"DELETE": ["drop"]})
    r = t.gandi("dns", "sync", "example.com", path, "--yes", token="all", env=env)
    t.eq((r.rc, r.out.splitlines()[:3]), (0, ["remove webmail CNAME, TTL 10800",
                                              "    - webmail.gandi.net.",
                                              "example.com: 1 to remove; 10 unchanged"]),
         r.describe())
    t.contains(r.err, "done: 1 change in 1 request; example.com now matches")
    t.eq(get(e, "livedns/domains/example.com/records/webmail/CNAME"), None, "deleted")


def test_dns_delete_and_remove_count_a_404_after_a_lost_answer_as_done(t):
    e = t.emu()
    env = behind(t, e, {"DELETE": [("after", 504)]})
    r = t.gandi("dns", "delete", "example.com", "CNAME", "webmail", "--yes", token="all",
                env=env)
    t.expect(r, err="delete CNAME webmail in example.com: webmail.gandi.net. (TTL 10800)\n")
    # the last value: Gandi drops the RRset, so the retry meets a 404
    env = behind(t, e, {"PATCH": ["drop"]})
    r = t.gandi("dns", "remove", "example.com", "TXT", "_dmarc", "v=DMARC1; p=none",
                token="all", env=env)
    t.rc(r, 0)
    t.eq(get(e, "livedns/domains/example.com/records/_dmarc/TXT"), None, "removed")


def test_redirect_add_after_a_lost_answer_checks_what_exists(t):
    e = t.emu()
    env = behind(t, e, {"POST": [("after", 504)]})
    r = t.gandi("redirect", "add", "example.com", "shop", "https://shop.example.org/",
                token="all", env=env)
    t.expect(r, err="warning: the answer to the change was lost (HTTP 504), but reading the "
             "redirection from shop.example.com again shows that it took effect\n"
             "added shop.example.com -> https://shop.example.org/ (http301, https)\n")
    t.eq(len([q for q in e.requests() if q["method"] == "POST"]), 1, "POSTs (never sent twice)")
    env = behind(t, e, {"POST": [("before", 502)]})
    r = t.gandi("redirect", "add", "example.com", "news", "https://news.example.org/",
                token="all", env=env)
    t.expect(r, rc=1, err="gandi: Gandi's server answered HTTP 502 with an HTML page (\"502 "
             "Gateway\"), probably from a proxy rather than Gandi's API\n"
             "the request may have reached Gandi, yet reading the redirection from "
             "news.example.com again shows that it did not take effect\n")


def test_redirect_update_and_autorenew_after_lost_answers(t):
    e = t.emu()
    env = behind(t, e, {"PATCH": LOST_THEN_503 + LOST_THEN_503})
    r = t.gandi("redirect", "update", "example.com", "blog", "https://b.example.org/",
                token="all", env=env)
    t.expect(r, err="warning: the answer to the change was lost (HTTP 503 after 4 attempts), but "
             "reading the redirection from blog.example.com again shows that it took effect\n"
             "updated blog.example.com -> https://b.example.org/ (http301, https)\n")
    r = t.gandi("domain", "autorenew", "example.com", "off", token="all", env=env)
    t.expect(r, err="warning: the answer to the change was lost (HTTP 503 after 4 attempts), but "
             "reading the autorenew setting of example.com again shows that it took effect\n"
             "autorenew off for example.com\n")
    t.eq(get(e, "domain/domains/example.com")["autorenew"]["enabled"], False, "autorenew")


def test_token_renew_whose_answer_was_lost_is_reported(t):
    e = t.emu()
    old = TOKENS["expiring"]
    cfg = t.write("config.toml", f'api_key = "{old}"\n', 0o600)
    env = behind(t, e, {"POST": [("after", 504)]})
    env["GANDI_API_KEY"] = None
    r = t.gandi("--config", cfg, "token", "renew", env=env)
    t.expect(r, rc=1, err="gandi: Gandi's server answered HTTP 504 with an HTML page (\"504 "
             "Gateway\"), probably from a proxy rather than Gandi's API\n"
             "the request may have reached Gandi and been carried out before its answer was "
             "lost: Gandi may have made a new token, and it cannot be recovered (it was in the "
             "lost answer)\n"
             f"The token in use (****{old[-4:]}, from api_key in '%TMP/config.toml') is "
             "unchanged and still valid for 3 days: nothing was lost.\n"
             "hint: run 'gandi token renew' again for a new token; a token made by the lost "
             "renewal is used by no one and expires on its own, or delete it in Gandi's "
             "dashboard (Account > Personal Access Tokens: the newest token named 'expiring')\n")
    t.eq(open(cfg).read(), f'api_key = "{old}"\n', "the config, untouched")
    renewed = [q for q in e.requests() if q["path"] == "/v5/organization/access-tokens"]
    t.eq([q["status"] for q in renewed], [201], "the renewal was carried out once")
    # --json says it too
    r = t.gandi("--config", cfg, "token", "renew", "--json",
                env=behind(t, e, {"POST": [("after", 504)]}) | {"GANDI_API_KEY": None})
    t.eq((r.rc, r.err_json()["maybe_applied"], r.err_json()["renewed"]), (1, True, None),
         "the JSON error")


def test_snapshot_create_after_a_lost_answer_names_what_exists(t):
    e = t.emu()
    env = behind(t, e, {"POST": [("after", 504)]})
    r = t.gandi("dns", "snapshot", "create", "example.com", "before the move", token="all",
                env=env)
    snaps = [s for s in get(e, "livedns/domains/example.com/snapshots")
             if s["name"] == "before the move"]
    t.eq(len(snaps), 1, "the snapshot taken")
    t.eq(r.rc, 1, r.describe())
    t.eq(t.normal(r.err).splitlines()[1:], [
        "the request may have reached Gandi and been carried out before its answer was lost; "
        "the newest snapshot of example.com named 'before the move':",
        "  %UUID(1) ('before the move', taken %DATE(+0d) HH:MM UTC)",
        "hint: 'gandi dns snapshot list example.com' shows them all; one taken just now is "
        "the new one"], "the error's detail")


def export(t, e, name="zone.txt"):
    path = t.path(name)
    t.ok(t.gandi("dns", "export", "example.com", "-o", path, emu=e, token="all"))
    return path
