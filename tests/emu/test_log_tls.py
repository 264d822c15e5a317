"""--log (one JSON line per request, tokens redacted) and HTTPS."""
import json
import os
import re
import ssl
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import SEED, raw, run_emu, token  # noqa: E402


def test_log_line_format(t):
    e = t.emu()
    mark = e.mark()
    st, _, _ = raw(e, "PUT", "/v5/livedns/domains/example.com/records/%40/TXT?x=%41&y",
                   {"rrset_values": ["hello"]}, token_name="tech",
                   headers={"X-Custom": "yes"})
    t.eq(st, 201, "status")
    reqs = e.requests_since(mark)
    t.eq(len(reqs), 1, "one line per request")
    r = reqs[0]
    t.eq(set(r), {"time", "method", "path", "query", "headers", "body", "status"}, "keys")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", r["time"]), r["time"]
    t.eq(r["method"], "PUT", "method")
    t.eq(r["path"], "/v5/livedns/domains/example.com/records/%40/TXT", "the raw path")
    t.eq(r["query"], "x=%41&y", "the raw query")
    t.eq(json.loads(r["body"]), {"rrset_values": ["hello"]}, "body")
    t.eq(r["status"], 201, "status")
    h = r["headers"]
    assert all(k == k.lower() for k in h), h
    t.eq(h["x-custom"], "yes", "a header")
    t.eq(h["content-type"], "application/json", "content-type")
    tech = token("tech")["secret"]
    t.eq(h["authorization"], "Bearer ..." + tech[-4:], "redacted authorization")
    st, _, _ = raw(e, "PUT", "/v5/livedns/domains/example.com/records/x/TXT",
                   '{"rrset_values": ["h\u00e9llo \xff"]}'.encode("latin-1"), token_name="tech",
                   headers={"Content-Type": "application/json"})
    t.eq(st, 400, "a non-ASCII value and a non-UTF-8 body")
    t.eq(e.requests()[-1]["body"], '{"rrset_values": ["h\ufffdllo \ufffd"]}',
         "invalid UTF-8 is logged as U+FFFD")
    st, _, _ = raw(e, "GET", "/v5/domain/domains", token_name="legacy")
    key = token("legacy")["secret"]
    t.eq(e.requests()[-1]["headers"]["authorization"], "Apikey ..." + key[-4:],
         "redacted API key")
    st, _, _ = raw(e, "GET", "/v5/domain/domains", token_name=None)
    last = e.requests()[-1]
    t.eq((last["query"], last["body"], last["status"]), ("", "", 401), "no query, no body")
    assert "authorization" not in last["headers"]


def test_log_never_holds_a_secret(t):
    e = t.emu()
    for tok in SEED["tokens"]:
        e.api("GET", "/v5/domain/domains", token=tok["name"])
    e.api("GET", "/v5/domain/domains", token=None,
          headers={"X-Api-Key": token("legacy")["secret"]})
    st, _, body = e.api("POST", "/v5/organization/access-tokens", {}, token="expiring")
    t.secret(body["access_token"])
    with open(e.log_path, encoding="utf-8") as f:
        text = f.read()
    for tok in SEED["tokens"]:
        t.absent(text, tok["secret"], "the log")
    t.absent(text, body["access_token"], "the log")
    t.eq(len(text.splitlines()), len(SEED["tokens"]) + 2, "lines")


def make_cert(t):
    return t.tls_cert()


def test_tls(t):
    cert, key = make_cert(t)
    e = t.emu("--tls-cert", cert, "--tls-key", key)
    assert re.fullmatch(r"https://127\.0\.0\.1:\d+", e.url), e.url
    e.ssl_context = ssl.create_default_context(cafile=cert)
    st, _, body = e.api("GET", "/v5/livedns/domains/example.com")
    t.eq(st, 200, "status over TLS")
    t.eq(body["domain_href"], f"{e.url}/v5/livedns/domains/example.com", "https hrefs")
    st, _, body = e.api("GET", "/tokeninfo")
    t.eq((st, body["pat_name"]), (200, "all"), "tokeninfo over TLS")
    e.ssl_context = ssl.create_default_context()
    try:
        e.api("GET", "/v5/domain/domains")
        raise AssertionError("an untrusted certificate was accepted")
    except Exception as ex:  # urllib wraps the verification error
        t.contains(str(ex), "CERTIFICATE_VERIFY_FAILED", "error")


def test_tls_bad_files(t):
    cert, key = make_cert(t)
    bad = t.write("bad.pem", "not a certificate\n")
    rc, out, err = run_emu(t, ["--listen", "127.0.0.1:0", "--tls-cert", bad, "--tls-key", key])
    t.eq(rc, 1, "exit code")
    t.contains(err, "gandi-emu: cannot listen on '127.0.0.1:0' (or the TLS certificate or key "
                    "is not valid PEM)", "stderr")
    rc, out, err = run_emu(t, ["--listen", "127.0.0.1:0", "--tls-cert", cert,
                               "--tls-key", t.path("missing.pem")])
    t.eq(rc, 1, "exit code")
    t.contains(err, "gandi-emu: cannot read key '", "stderr")
