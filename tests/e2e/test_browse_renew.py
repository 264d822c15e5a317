"""The browser's renew key (R, registration tab), driven in tmux against gandi-emu: the
question shows the domain, one year, the new expiry and the price Gandi gives; yes renews
once (one POST), anything else changes nothing; a token without domain:renew is told so."""
import calendar
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_browse import check_clean_exit, start, writes  # noqa: E402

QUESTION = "Renew example.com for 1 year, paid from your Gandi account? (yes/no): "


def expiry(e):
    status, _, d = e.api("GET", "domain/domains/example.com")
    assert status == 200, d
    return d["dates"]["registry_ends_at"]


def plus_year(api_date):
    tm = time.strptime(api_date, "%Y-%m-%dT%H:%M:%SZ")
    t = calendar.timegm((tm.tm_year + 1,) + tuple(tm[1:6]) + (0, 0, 0))
    return time.strftime("%Y-%m-%d", time.gmtime(t))


def open_registration(tm):
    tm.wait("example.com", "? help")
    tm.keys("Enter")
    tm.wait("[1 Records]")
    tm.keys("3")
    return tm.wait("[3 Registration]", "autorenew", "R renew")


def test_renew_key_renews_once_after_yes(t):
    e = t.emu()
    before = expiry(e)
    tm = start(t, e)
    try:
        open_registration(tm)
        mark = e.mark()
        tm.keys("R")
        tm.wait(QUESTION + "no",
                f"expiry {before[:10]} -> {plus_year(before)}, 18.60 EUR a year, taxes included")
        tm.type("yes")  # the first keystroke replaces the default "no"
        tm.wait(QUESTION + "yes")
        tm.keys("Enter")
        tm.wait(f"renewed example.com for 1 year: expiry {before[:10]} -> {plus_year(before)}")
        t.eq(expiry(e)[:10], plus_year(before), "the expiry moved a year")
        got = [(q["method"], q["path"], q["body"]) for q in writes(e, mark)]
        t.eq(got, [("POST", "/v5/domain/domains/example.com/renew", '{"duration":1}')],
             "one renewal request")
        paths = [q["path"] + ("?" + q["query"] if q.get("query") else "")
                 for q in e.requests()[mark:] if q["method"] == "GET"]
        assert any(p.startswith("/v5/domain/check") for p in paths), paths
        tm.keys("q")
        tm.wait("3 domains")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()


def test_renew_key_declined_or_refused_changes_nothing(t):
    e = t.emu()
    before = expiry(e)
    tm = start(t, e)
    try:
        open_registration(tm)
        mark = e.mark()
        tm.keys("R")  # Enter keeps the default: no
        tm.wait(QUESTION + "no")
        tm.keys("Enter")
        tm.wait("declined: nothing was renewed")
        tm.keys("R")  # an answer that is neither is asked again; Esc cancels
        tm.wait(QUESTION + "no")
        tm.type("maybe")
        tm.keys("Enter")
        tm.wait("answer yes to renew, or no")
        tm.keys("Escape")
        tm.wait("declined: nothing was renewed")
        t.eq(writes(e, mark), [], "nothing sent but reads")
        t.eq(expiry(e), before, "the expiry")
        tm.keys("q")
        tm.wait("3 domains")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()
    tm = start(t, e, token="view")  # domain:view only: the renewal terms are refused
    try:
        open_registration(tm)
        tm.keys("R")
        tm.wait("permission denied (HTTP 403): the token lacks domain:renew")
        t.eq(expiry(e), before, "the expiry after the refusal")
        tm.keys("q")
        tm.wait("3 domains")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()
