"""The token is never printed whole, redacted in -v traces and errors, gone from
the process environment, and no core dump can hold it. Every gandi run of the
whole e2e suite is also scanned for the seed's tokens by the harness."""
import json
import os
import subprocess
import time

from gandi_test import TOKENS


def test_every_command_under_vv(t):
    e = t.emu()
    runs = [
        ("doctor",), ("domain", "list"), ("domain", "info", "example.com"),
        ("domain", "renew", "example.com", "--dry-run"), ("domain", "nameservers", "example.com"),
        ("domain", "available", "new-name.com"), ("dns", "list", "example.com"),
        ("dns", "get", "example.com", "A", "api"), ("dns", "set", "example.com", "A", "v", "192.0.2.1"),
        ("dns", "add", "example.com", "TXT", "v", "x"), ("dns", "remove", "example.com", "TXT", "v", "x"),
        ("dns", "delete", "example.com", "A", "v", "--yes"), ("dns", "export", "example.com"),
        ("redirect", "list", "example.com"), ("org", "list"), ("token", "info"),
        ("config", "list"), ("config", "get", "api_key"),
        ("dns", "get", "example.com", "A", "missing"),          # 404
        ("dns", "list", "example-corp.com"),                     # generic 404
    ]
    for args in runs:
        for mode in ((), ("--json",)):
            r = t.gandi("-vv", *args, *mode, emu=e, token="all")
            t.absent(r.out + r.err, TOKENS["all"], " ".join(args))
    r = t.gandi("-vv", "dns", "list", "example.com", emu=e, token="view")      # 403
    t.rc(r, 4)
    r = t.gandi("-vv", "dns", "list", "example.com", emu=e, token="expired")   # 401
    t.rc(r, 3)
    t.contains(r.err, "****" + TOKENS["expired"][-4:])


def test_token_echoed_by_the_server_is_redacted(t):
    token = TOKENS["all"]
    body = json.dumps({"code": 400, "message": f"bad credentials {token}",
                       "object": "HTTPBadRequest", "cause": "Bad Request"}).encode()
    srv = t.fake_server(lambda h: (400, {"Content-Type": "application/json"}, body))
    for mode in ((), ("--json",), ("-vv",)):
        r = t.gandi("domain", "list", "--api-url", srv.url + "/v5", *mode, token="all")
        t.rc(r, 1)
        t.contains(r.err, "****" + token[-4:])
        if not mode:
            t.expect(r, rc=1, err="gandi: Gandi answered HTTP 400: bad credentials "
                     f"****{token[-4:]}\n")
        elif mode == ("--json",):
            t.eq(r.err_json(), {"error": f"Gandi answered HTTP 400: bad credentials ****{token[-4:]}",
                                "kind": "api", "exit_code": 1, "status": 400,
                                "api_message": f"bad credentials ****{token[-4:]}"},
                 "the JSON error")


def test_environment_wiped_and_no_core_dumps(t):
    srv = t.fake_server(lambda h: None)  # never answers: gandi waits
    env = t.env(None, "all")
    p = subprocess.Popen([t.gandi_exe, "domain", "list", "--api-url", srv.url + "/v5",
                          "--timeout", "20", "--retries", "1"], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not srv.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert srv.requests, "gandi never sent its request"
        environ = open(f"/proc/{p.pid}/environ", "rb").read()
        assert TOKENS["all"].encode() not in environ, "token left in /proc/PID/environ"
        limits = open(f"/proc/{p.pid}/limits").read()
        core = [l for l in limits.splitlines() if l.startswith("Max core file size")][0]
        t.eq(core.split()[4:6], ["0", "0"], "core file size limits")
        status = open(f"/proc/{p.pid}/status").read()
        assert "\nTracerPid:\t0" in status
    finally:
        p.kill()
        p.wait()
