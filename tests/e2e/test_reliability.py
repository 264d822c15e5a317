"""Safe to run unattended (issue 5): timeouts, retries, no double POST, TLS,
non-JSON errors, concurrent writers, fault injection with gandi-emu."""
import json
import os
import subprocess
import time

import fake_server
from gandi_test import SEED, TOKENS


def rrset(e, name, rtype, zone="example.com"):
    """The RRset as the emulator holds it; retried, since faults hit the test's reads too."""
    for _ in range(50):
        try:
            status, _, body = e.api("GET", f"livedns/domains/{zone}/records/{name}/{rtype}")
        except Exception:  # a dropped connection
            continue
        if status in (200, 404):
            return body if status == 200 else None
    raise AssertionError("could not read the emulator's state")


# -- TLS -------------------------------------------------------------------------------------

def test_tls_verified_always(t):
    cert, key = t.tls_cert()
    e = t.emu("--tls-cert", cert, "--tls-key", key)
    assert e.url.startswith("https://"), e.url
    r = t.gandi("dns", "list", "example.com", "--retries", "1", emu=e, token="all")
    t.rc(r, 6)
    t.contains(r.err, "TLS with '127.0.0.1' failed")
    t.contains(r.err, "--cacert FILE")
    # A refused certificate means nothing was sent, so a POST is not reported as ambiguous.
    r = t.gandi("domain", "renew", "example.com", "--yes", "--retries", "1", emu=e,
                token="all")
    t.rc(r, 6)
    t.contains(r.err, "TLS with '127.0.0.1' failed")
    assert "may have reached" not in r.err, r.err
    assert "was lost" not in r.err, r.err
    r = t.ok(t.gandi("dns", "list", "example.com", "--cacert", cert, emu=e, token="all"))
    t.contains(r.out, "_dmarc")
    t.ok(t.gandi("dns", "list", "example.com", emu=e, token="all",
                 env={"CURL_CA_BUNDLE": cert}))
    t.ok(t.gandi("dns", "list", "example.com", emu=e, token="all",
                 env={"SSL_CERT_FILE": cert}))
    r = t.ok(t.gandi("doctor", "--cacert", cert, emu=e, token="all"))
    t.contains(r.out, "TLS ")
    for switch in ("--insecure", "-k"):
        t.rc(t.gandi("dns", "list", "example.com", switch, emu=e, token="all"), 2)
    r = t.gandi("dns", "list", "example.com", "--cacert", t.path("missing.pem"), emu=e,
                token="all")
    t.rc(r, 2)
    t.contains(r.err, "cannot read cacert")


def test_token_not_sent_across_a_redirect(t):
    other = t.fake_server(lambda h: (200, {"Content-Type": "application/json"}, b"[]"))
    api = t.fake_server(lambda h: (302, {"Location": other.url + "/v5/domain/domains"}, b""))
    r = t.gandi("domain", "list", "--api-url", api.url + "/v5", "--id-url", api.url,
                token="all")
    t.rc(r, 1)
    t.contains(r.err, "HTTP 302")
    t.eq(other.requests, [], "requests that reached the other host")
    assert api.requests[0]["headers"]["authorization"].endswith(TOKENS["all"][-4:])


# -- time, network ---------------------------------------------------------------------------

def test_timeout_ends_with_exit_6(t):
    srv = t.fake_server(lambda h: None)
    started = time.monotonic()
    r = t.gandi("domain", "list", "--api-url", srv.url + "/v5", "--timeout", "1", "--retries",
                "2", "-v", token="all")
    t.rc(r, 6)
    # --timeout is the whole request, retries included: no time is left for a second attempt
    t.contains(r.err, "no complete answer from '127.0.0.1' within 1 s")
    t.contains(r.err, "its retries included")
    t.contains(r.err, "--timeout SECONDS")
    t.eq(len(srv.requests), 1, "attempts that reached the server")
    assert time.monotonic() - started < 20


def test_connection_refused_and_unknown_host(t):
    port = fake_server.closed_port()
    r = t.gandi("domain", "list", "--api-url", f"http://127.0.0.1:{port}/v5", "--retries", "2",
                token="all")
    t.rc(r, 6)
    t.contains(r.err, f"cannot connect to '127.0.0.1' port {port}")
    r = t.gandi("domain", "list", "--api-url", "https://no-such-host.invalid/v5", token="all")
    t.rc(r, 6)
    t.contains(r.err, "cannot resolve host 'no-such-host.invalid'")


# -- error bodies that are not JSON ----------------------------------------------------------

def test_non_json_error_bodies(t):
    answers = {
        "/v5/domain/domains": (502, {"Content-Type": "text/html"},
                               b"<html><head><title>502 Bad Gateway</title></head></html>"),
        "/v5/livedns/domains/example.com/records": (500, {}, b""),
        "/v5/domain/domains/example.com": (200, {"Content-Type": "application/json"},
                                           b'{"fqdn": "example.com", "dat'),
        "/v5/livedns/domains/example.com/records/www/A": (
            400, {"Content-Type": "application/json"}, b'{"code": 400, "mess'),
    }
    srv = t.fake_server(lambda h: answers.get(h.path.split("?")[0], (404, {}, b"")))
    common = ["--api-url", srv.url + "/v5", "--retries", "1"]
    r = t.gandi("domain", "list", *common, token="all")
    t.rc(r, 1)
    t.contains(r.err, 'HTTP 502 with an HTML page ("502 Bad Gateway"), probably from a proxy')
    r = t.gandi("dns", "list", "example.com", *common, token="all")
    t.rc(r, 1)
    t.contains(r.err, "HTTP 500 with an empty body")
    r = t.gandi("domain", "info", "example.com", *common, token="all")
    t.rc(r, 1)
    t.contains(r.err, "HTTP 200 with a body that is not valid JSON (truncated?)")
    r = t.gandi("dns", "get", "example.com", "A", "www", "--json", *common, token="all")
    t.rc(r, 1)
    t.eq(r.err_json()["status"], 400, "status in the JSON error")


# -- retries ---------------------------------------------------------------------------------

def test_retries_ride_out_503s(t):
    e = t.emu("--fault-rate", "0.5", "--fault-seed", "7", "--fault-methods", "GET")
    r = t.ok(t.gandi("dns", "list", "example.com", "-v", "--retries", "8", emu=e,
                     token="all"))
    t.contains(r.out, "_dmarc")
    faults = [q for q in e.requests() if q.get("fault")]
    assert faults, "no fault was injected"
    t.contains(r.err, "retrying in")


def test_rate_limit_retry_after(t):
    e = t.emu("--rate-limit", "3/5")
    for _ in range(3):
        e.api("GET", "domain/domains")
    r = t.ok(t.gandi("domain", "list", "-v", emu=e, token="all"))
    t.contains(r.err, "-> 429")
    t.contains(r.out, "example.com")
    statuses = [q["status"] for q in e.requests()]
    assert 429 in statuses, statuses


def test_rate_limit_gives_up_clearly(t):
    e = t.emu("--rate-limit", "1/300")
    e.api("GET", "domain/domains")
    started = time.monotonic()
    r = t.gandi("domain", "list", "--retries", "3", emu=e, token="all")
    t.rc(r, 1)
    t.contains(r.err, "rate limit")
    t.contains(r.err, "Gandi asks to wait")
    assert time.monotonic() - started < 10, "waited for a Retry-After longer than 60 s"


# -- never a double renewal ------------------------------------------------------------------

def test_renew_never_sent_twice(t):
    seen = set()
    for seed in range(1, 13):
        e = t.emu("--fault-rate", "1", "--fault-seed", str(seed), "--fault-methods", "POST")
        _, _, before = e.api("GET", "domain/domains/example.com")
        r = t.gandi("domain", "renew", "example.com", "--yes", emu=e, token="all")
        posts = [q for q in e.requests() if q["method"] == "POST"]
        t.eq(len(posts), 1, f"POSTs with fault seed {seed}")
        kind = posts[0].get("fault")
        seen.add(kind)
        _, _, after = e.api("GET", "domain/domains/example.com")
        moved = after["dates"]["registry_ends_at"] != before["dates"]["registry_ends_at"]
        if kind == "drop":
            # processed, answer lost: gandi reads the expiry again and says it happened
            assert moved
            t.rc(r, 0)
            t.contains(r.err, "the answer to the renewal was lost, but the expiry")
        else:
            # a proxy 502/503 before processing: nothing happened, and gandi says so
            assert not moved
            assert r.rc != 0, r.describe()
            t.contains(r.err, "has not moved")
        e.stop()
    assert "drop" in seen and (seen - {"drop"}), f"fault kinds seen: {seen}"


def test_writes_never_resent_on_a_reused_connection(t):
    """libcurl resends, on its own, a request whose reused keep-alive connection closes
    without an answer. A proxy that applies every request but answers only the first one of
    each connection shows it: each write must reach Gandi exactly once."""
    import fake_server
    for argv, method in ((["domain", "renew", "example.com", "--yes"], "POST"),
                         (["dns", "delete", "example.com", "CNAME", "webmail", "--yes"],
                          "DELETE"),
                         (["dns", "set", "example.com", "A", "api", "192.0.2.9"], "PUT")):
        e = t.emu()
        proxy = fake_server.ReuseDropProxy(e.url)
        t.fakes.append(proxy)
        r = t.gandi(*argv, token="all", env={"GANDI_API_URL": proxy.url + "/v5",
                                             "GANDI_ID_URL": proxy.url})
        sent = [q for q in proxy.requests if q[0] == method]
        t.eq(len(sent), 1, f"{method}s that reached the server for {' '.join(argv)}")
        t.eq(sent[0][2], 1, f"the {method} went out on a fresh connection")
        t.rc(r, 0)
        e.stop()


# -- no lost updates -------------------------------------------------------------------------

def test_concurrent_adds_all_land(t):
    e = t.emu()
    env = t.env(e, "all")
    procs = [subprocess.Popen([t.gandi_exe, "dns", "add", "example.com", "TXT", "_acme-challenge",
                               f"value-{i}"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for i in range(8)]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err.decode()
    got = sorted(rrset(e, "_acme-challenge", "TXT")["rrset_values"])
    t.eq(got, sorted(f'"value-{i}"' for i in range(8)), "every value")


# -- fault injection per command: success after retries, or a clear failure ------------------

def check_outcome(t, r, what):
    if r.rc == 0:
        return True
    assert r.rc in (1, 6), r.describe()
    assert r.err.strip(), f"{what}: failed without a message"
    return False


def test_faults_domain_list_never_partial(t):
    e0 = t.emu()
    seed = subprocess.run([e0.argv[0], "--generate-seed", "domains=600,records=3"],
                          capture_output=True, check=True).stdout
    p = t.path("big.json")
    open(p, "wb").write(seed)
    big = json.loads(seed)
    tok = big["tokens"][0]
    t.secret(tok["secret"])
    want = sorted(d["fqdn"] for d in big["domains"] if d["organization"] == tok["organization"])
    ok = 0
    for fseed in range(1, 7):
        e = t.emu("--seed", p, "--fault-rate", "0.3", "--fault-seed", str(fseed),
                  "--fault-methods", "GET")
        r = t.gandi("domain", "list", "--json", emu=e, token=tok["secret"])
        if check_outcome(t, r, "domain list"):
            t.eq(sorted(d["fqdn"] for d in r.json()), want, "complete list")
            ok += 1
        else:
            t.eq(r.out, "", "stdout of a failed list")
        e.stop()
    assert ok >= 3, f"only {ok} of 6 listings survived a 30% fault rate"


def test_faults_on_writes(t):
    for fseed in range(1, 6):
        e = t.emu("--fault-rate", "0.4", "--fault-seed", str(fseed))
        r = t.gandi("dns", "list", "example.com", "--json", emu=e, token="all")
        if check_outcome(t, r, "dns list"):
            t.eq(len(r.json()), len(next(d for d in SEED["domains"]
                                          if d["fqdn"] == "example.com")["livedns"]["records"]),
                 "records listed")
        r = t.gandi("dns", "set", "example.com", "A", "api", "192.0.2.77", emu=e, token="all")
        got = rrset(e, "api", "A")
        if check_outcome(t, r, "dns set"):
            t.eq((got["rrset_values"], got["rrset_ttl"]), (["192.0.2.77"], 300), "set")
        r = t.gandi("dns", "add", "example.com", "A", "api", "192.0.2.78", emu=e, token="all")
        if check_outcome(t, r, "dns add"):
            assert "192.0.2.78" in rrset(e, "api", "A")["rrset_values"]
        r = t.gandi("dns", "delete", "example.com", "CNAME", "webmail", "--yes", emu=e,
                    token="all")
        if check_outcome(t, r, "dns delete"):
            t.eq(rrset(e, "webmail", "CNAME"), None, "deleted")
        e.stop()
