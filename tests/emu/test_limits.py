"""Rate limiting (429), injected faults (502/503 before, drop after
processing, reproducible with --fault-seed) and --latency."""
import concurrent.futures as cf
import http.client
import json
import os
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import CT_ERROR, auth_header, header, raw, rec_path  # noqa: E402

Z = "example.com"


def many_gets(e, n):
    """n GETs on one keep-alive connection; returns the list of statuses."""
    u = urllib.parse.urlsplit(e.url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    out = []
    for _ in range(n):
        conn.request("GET", f"/v5/livedns/domains/{Z}",
                     headers={"Authorization": auth_header("all")})
        resp = conn.getresponse()
        resp.read()
        out.append(resp.status)
    conn.close()
    return out


def test_rate_limit_429(t):
    e = t.emu("--rate-limit", "5/2")
    statuses = many_gets(e, 5)
    t.eq(statuses, [200] * 5, "the first 5")
    st, hdrs, data = raw(e, "GET", f"/v5/livedns/domains/{Z}")
    t.eq(st, 429, "the 6th")
    t.eq(header(hdrs, "Content-Type"), CT_ERROR, "content type")
    body = json.loads(data)
    t.eq((body["code"], body["object"], body["cause"]),
         (429, "HTTPTooManyRequests", "Too Many Requests"), "body")
    t.contains(body["message"], "5 requests per 2 seconds", "message")
    wait = int(header(hdrs, "Retry-After"))
    assert 1 <= wait <= 2, wait
    time.sleep(wait + 0.05)
    st, _, _ = raw(e, "GET", f"/v5/livedns/domains/{Z}")
    t.eq(st, 200, "after Retry-After")
    statuses = [r["status"] for r in e.requests()]
    t.eq(statuses.count(429), 1, "the 429 is logged")


def test_default_rate_limit_is_1000_a_minute(t):
    e = t.emu()
    statuses = many_gets(e, 1001)
    t.eq(statuses[:1000], [200] * 1000, "1000 requests pass")
    t.eq(statuses[1000], 429, "the 1001st")


def test_rate_limit_zero_disables(t):
    e = t.emu("--rate-limit", "0")
    statuses = many_gets(e, 1100)
    t.eq(set(statuses), {200}, "no 429")


def outcome(e, method, path, body=None):
    """The status, or 'drop' when the connection was cut."""
    try:
        st, hdrs, data = raw(e, method, path, body)
    except (http.client.IncompleteRead, http.client.RemoteDisconnected,
            ConnectionResetError):
        return "drop"
    if st in (502, 503):
        ct = header(hdrs, "Content-Type")
        assert ct.startswith("text/html"), ct
        assert f"{st}".encode() in data and b"<html>" in data, data
    return st


def sequence(e):
    return [outcome(e, "GET", f"/v5/livedns/domains/{Z}/records/www/CNAME") for _ in range(40)]


def test_faults_are_reproducible(t):
    a = t.emu("--fault-rate", "0.5", "--fault-seed", "42")
    b = t.emu("--fault-rate", "0.5", "--fault-seed", "42")
    c = t.emu("--fault-rate", "0.5", "--fault-seed", "43")
    sa, sb, sc = sequence(a), sequence(b), sequence(c)
    t.eq(sa, sb, "same seed, same faults")
    assert sa != sc, "another seed gives other faults"
    t.eq(set(sa), {200, 502, 503, "drop"}, "every kind of fault happens")
    logged = [(r["status"], r.get("fault")) for r in a.requests()]
    for got, (status, fault) in zip(sa, logged):
        if got == "drop":
            t.eq((status, fault), (200, "drop"), "a drop is logged with the real status")
        elif got in (502, 503):
            t.eq((status, fault), (got, str(got)), "a proxy error is logged")
        else:
            t.eq(fault, None, "no fault")


def test_faults_before_and_after_processing(t):
    e = t.emu("--fault-rate", "1", "--fault-seed", "7", "--fault-methods", "PUT")
    kinds = set()
    for i in range(30):
        got = outcome(e, "PUT", rec_path(Z, f"f{i}", "TXT"), {"rrset_values": [f"v{i}"]})
        st, _, _ = raw(e, "GET", rec_path(Z, f"f{i}", "TXT"))
        if got == "drop":
            t.eq(st, 200, f"f{i}: a dropped request was processed")
        else:
            assert got in (502, 503), got
            t.eq(st, 404, f"f{i}: a {got} was not processed")
        kinds.add(got)
    t.eq(kinds, {502, 503, "drop"}, "kinds seen")
    st, _, _ = raw(e, "GET", f"/v5/livedns/domains/{Z}")
    t.eq(st, 200, "--fault-methods PUT leaves GET alone")


def test_drop_of_an_empty_body_closes_without_answer(t):
    # with seed 2 the first fault is a drop (splitmix64: rate draw, then kind)
    e = t.emu("--fault-rate", "1", "--fault-seed", "2", "--fault-methods", "DELETE")
    got = outcome(e, "DELETE", rec_path(Z, "www", "CNAME"))
    t.eq(got, "drop", "outcome of a 204 hit by a drop")
    st, _, _ = raw(e, "GET", rec_path(Z, "www", "CNAME"))
    t.eq(st, 404, "the DELETE was processed")
    t.eq([(r["method"], r["status"], r.get("fault")) for r in e.requests()][0],
         ("DELETE", 204, "drop"), "logged")


def test_latency(t):
    e = t.emu("--latency", "300")
    start = time.monotonic()
    st, _, _ = e.api("GET", f"/v5/livedns/domains/{Z}")
    one = time.monotonic() - start
    t.eq(st, 200, "status")
    assert one >= 0.3, f"answered in {one:.3f} s"
    start = time.monotonic()
    with cf.ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(lambda _: e.api("GET", f"/v5/livedns/domains/{Z}")[0],
                                 range(4)))
    both = time.monotonic() - start
    t.eq(statuses, [200] * 4, "statuses")
    assert both < 1.0, f"4 concurrent requests took {both:.3f} s: latency must not serialise"
