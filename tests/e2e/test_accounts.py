"""token renew, whose new token is random (the other account tests are golden cases in
tests/golden/accounts): exact output, file and requests, the new token taken from
where gandi put it."""
import datetime
import os
import re
import stat
import time

from gandi_test import TOKENS


def renewal_requests(e, since):
    return [(q["method"], q["path"], q["body"], q["headers"].get("authorization"))
            for q in e.requests_since(since)]


def check_expiry(t, iso, when):
    """The new token's expiry: 30 days after the renewal (Gandi's default)."""
    got = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.timezone.utc).timestamp()
    assert abs(got - (when + 30 * 86400)) < 120, (iso, when)


def test_renew_file_token(t):
    e = t.emu()
    cfg = t.write("home/.config/gandi/config.toml",
                  f'# mine\napi_key = "{TOKENS["expiring"]}"  # the CI token\n', 0o600)
    m = e.mark()
    when = time.time()
    r = t.ok(t.gandi("token", "renew", emu=e))
    text = t.read("home/.config/gandi/config.toml")
    new = text.split('"')[1]
    t.secret(new)
    assert re.fullmatch(r"[0-9a-f]{40}", new) and new != TOKENS["expiring"], text
    t.eq(text, f'# mine\napi_key = "{new}"  # the CI token\n', "file rewritten in place")
    t.eq(stat.S_IMODE(os.stat(cfg).st_mode), 0o600, "mode")
    m2 = re.fullmatch(r"renewed: the new token \*\*\*\*(\w{4}), expiring (\S+) is saved in "
                      r"(\S+)\n", r.err)
    assert m2, r.err
    t.eq((m2.group(1), m2.group(3)), (new[-4:], cfg), "the masked new token and the file")
    check_expiry(t, m2.group(2), when)
    t.eq(r.out, "", "stdout (what a write did is a message, on stderr)")
    t.eq(renewal_requests(e, m),
         [("POST", "/v5/organization/access-tokens", "{}", "Bearer ..." + TOKENS["expiring"][-4:])],
         "requests")
    m = e.mark()
    r = t.ok(t.gandi("domain", "list", "--plain", "--no-header", emu=e))  # the new token works
    # (its expiry was cached by the renewal: no tokeninfo)
    t.eq([(q["path"], q["headers"]["authorization"]) for q in e.requests_since(m)],
         [("/v5/domain/domains", "Bearer ..." + new[-4:])], "the new token is the one sent")
    t.ok(t.gandi("domain", "list", emu=e, token="expiring"))    # the old one still does


def test_renew_environment_token_prints_it_once(t):
    e = t.emu()
    m = e.mark()
    r = t.gandi("token", "renew", emu=e, token="expiring", allow_secret=True)
    t.rc(r, 0)
    m2 = re.fullmatch(r"GANDI_API_KEY=([0-9a-f]{40})\n", r.out)
    assert m2, r.out
    new = m2.group(1)
    t.secret(new)
    t.eq(r.err, "The token came from the variable GANDI_API_KEY, which gandi cannot update: "
                "put the line "
                "above wherever it is kept\n(shell profile, CI secret...). The old token "
                f"****{TOKENS['expiring'][-4:]} stays valid until its own expiry.\n", "stderr")
    t.eq(renewal_requests(e, m),
         [("POST", "/v5/organization/access-tokens", "{}", "Bearer ..." + TOKENS["expiring"][-4:])],
         "requests")
    t.ok(t.gandi("domain", "list", emu=e, token=new, allow_secret=True))
