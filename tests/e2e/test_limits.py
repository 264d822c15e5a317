"""Limits gandi keeps against slow or large answers (issue 13, items 7, 9, 10 and 12):
one memory budget across the answers in flight, --timeout over one whole request
(retries included) and --deadline over the command. Plain http never through a
proxy, doctor naming the CA store and TXT values LiveDNS cannot store are golden
cases (tests/golden/limits)."""
import json
import os
import subprocess
import time


def domains_page(page, n=100):
    return json.dumps([{"fqdn": f"d{page}-{i}.com", "tld": "com", "status": [],
                        "dates": {"registry_ends_at": "2030-01-01T00:00:00Z"}}
                       for i in range(n)]).encode()


def page_of(h):
    from urllib.parse import urlsplit, parse_qs
    return int(parse_qs(urlsplit(h.path).query).get("page", ["1"])[0])


def test_dripping_server_fails_within_timeout_not_per_attempt(t):
    """A server sending a byte at a time: --timeout bounds the whole request."""
    def drip(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        try:
            while True:
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(0.2)
        except OSError:
            return None
    srv = t.fake_server(drip)
    started = time.monotonic()
    r = t.gandi("domain", "list", "--api-url", srv.url + "/v5", "--timeout", "2", "--retries",
                "4", token="all")
    took = time.monotonic() - started
    t.rc(r, 6)
    t.contains(r.err, "no complete answer from '127.0.0.1' within 2 s")
    # before: 4 attempts of 2 s each and the waits between them
    t.eq(len(srv.requests), 1, "attempts")
    assert took < 8, f"took {took:.1f} s"


def test_retries_stop_at_the_request_deadline(t):
    """503s answered after 0.8 s: only the attempts that fit in --timeout are made."""
    def slow_503(h):
        time.sleep(0.8)
        return 503, {"Content-Type": "application/json"}, b'{"message": "busy"}'
    srv = t.fake_server(slow_503)
    r = t.gandi("domain", "list", "--api-url", srv.url + "/v5", "--timeout", "2", "--retries",
                "10", "-v", token="all")
    assert r.rc != 0, r.describe()
    assert 1 <= len(srv.requests) <= 3, f"{len(srv.requests)} attempts in 2 s:\n{r.err}"


def test_command_deadline_stops_a_long_listing(t):
    """Every page takes 1 s: the listing would take 7 s; --deadline 3 ends it."""
    def pages(h):
        time.sleep(1)
        n = page_of(h)
        return 200, {"Content-Type": "application/json", "Total-Count": "10000"}, domains_page(n)
    srv = t.fake_server(pages)
    started = time.monotonic()
    r = t.gandi("domain", "list", "--api-url", srv.url + "/v5", "--timeout", "2",
                "--deadline", "3", token="all")
    took = time.monotonic() - started
    t.rc(r, 6)
    t.contains(r.err, "out of time: the command's deadline (3 s) passed")
    t.contains(r.err, "--deadline SECONDS")
    assert took < 6, f"took {took:.1f} s"
    # a deadline shorter than --timeout is raised to it: one request may take its --timeout
    srv2 = t.fake_server(lambda h: (time.sleep(1.5), (200, {"Content-Type": "application/json"},
                                                      domains_page(1, 3)))[1])
    t.ok(t.gandi("domain", "list", "--api-url", srv2.url + "/v5", "--timeout", "3",
                 "--deadline", "1", token="all"))
    # and it is a setting like the others
    r = t.ok(t.gandi("config", "list", "--json", "--deadline", "42"))
    got = {s["key"]: (s["value"], s["source"]) for s in r.json()["settings"]}
    t.eq(got["deadline"], ("42", "flag"), "deadline")
    r = t.gandi("domain", "list", "--api-url", srv2.url + "/v5", "--deadline", "0", token="all")
    t.rc(r, 2)
    t.contains(r.err, "deadline '0' from --deadline is not a number of seconds")


def test_answers_in_flight_share_one_memory_budget(t):
    """15 pages of 120 MB in parallel: 1.8 GB if each answer is only capped at 256 MB."""
    chunk = b" " * (1024 * 1024)
    PAGE_MB = 120

    def pages(h):
        if page_of(h) == 1:
            return (200, {"Content-Type": "application/json", "Total-Count": "1600"},
                    domains_page(1))
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(PAGE_MB * len(chunk) + 2))
        h.end_headers()
        try:
            h.wfile.write(b"[")
            for _ in range(PAGE_MB):
                h.wfile.write(chunk)
            h.wfile.write(b"]")
        except OSError:
            pass
        return None
    srv = t.fake_server(pages)
    with open(t.path("out"), "wb") as out, open(t.path("err"), "wb") as err:
        p = subprocess.Popen([t.gandi_exe, "domain", "list", "--api-url", srv.url + "/v5",
                              "--timeout", "60"], env=t.env(None, "all"), stdout=out, stderr=err,
                             stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)  # its own peak RSS
    p.returncode = os.waitstatus_to_exitcode(status)
    err = t.read("err")
    rss_mb = usage.ru_maxrss / 1024
    limit = 700 if t.sanitized else 450
    assert rss_mb < limit, f"peak RSS {rss_mb:.0f} MB"
    t.eq(p.returncode, 6, f"exit code ({err[-500:]})")
    t.contains(err, "held at once are larger than 256 MB")
