"""Helpers shared by the gandi-emu tests (tests/emu/test_*.py).

Everything the tests know about tokens, domains and records comes from
emu/seed.json (gandi_test.SEED), never from copies of its values.
"""
import http.client
import json
import signal
import subprocess
import time
import urllib.parse

import gandi_test
from gandi_test import ROOT as ROOT_DIR, SAN_PATTERN, SEED, Failure, emu_process

GANDI_401 = ("The server could not verify that you authorized to access the document you "
             "requested. Either you supplied the wrong credentials (e.g., bad api key), or "
             "your access token has expired")
NOT_FOUND = {"code": 404, "message": "The resource could not be found.",
             "object": "HTTPNotFound", "cause": "Not Found"}
FORBIDDEN = {"code": 403, "message": "Access was denied to this resource.",
             "object": "HTTPForbidden", "cause": "Forbidden"}
UNAUTHORIZED = {"code": 401, "message": GANDI_401, "object": "HTTPUnauthorized",
                "cause": "Unauthorized"}
MISSING_CREDENTIAL = {"message": "You must provide an access token or an API Key. See "
                                 "https://api.gandi.net/docs/authentication/"}
UNKNOWN_DOMAIN = {"code": 404, "message": "Unknown domain", "object": "LocalizedHTTPNotFound",
                  "cause": "Not Found"}
CT_JSON = "application/json; charset=utf-8"
CT_ERROR = "application/json; charset=UTF-8"


def token(name):
    for tok in SEED["tokens"]:
        if tok["name"] == name:
            return tok
    raise Failure(f"no token {name!r} in emu/seed.json")


def auth_header(name):
    """The Authorization value of a seed token (gandi_test.auth_header: the one rule)."""
    token(name)  # a name the seed lacks is a mistake of the test
    return gandi_test.auth_header(name)


def domain(fqdn):
    for d in SEED["domains"]:
        if d["fqdn"] == fqdn:
            return d
    raise Failure(f"no domain {fqdn!r} in emu/seed.json")


def org_of(name):
    """The organization id of token name."""
    return token(name)["organization"]


def domains_of_org(org_id):
    return sorted(d["fqdn"] for d in SEED["domains"] if d["organization"] == org_id)


def records(fqdn):
    return domain(fqdn).get("livedns", {}).get("records", [])


def txt_stored(v):
    """The form Gandi stores a TXT value in: quoted unless it already is."""
    return v if v.startswith('"') else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def raw(emu, method, path, body=None, headers=None, token_name="all"):
    """One request on a fresh http.client connection; returns (status,
    [(name, value) as received], body bytes). Header names keep their case."""
    u = urllib.parse.urlsplit(emu.url)
    if u.scheme == "https":
        conn = http.client.HTTPSConnection(u.hostname, u.port, timeout=30,
                                           context=emu.ssl_context)
    else:
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    hdrs = {}
    if token_name:
        hdrs["Authorization"] = auth_header(token_name)
    if isinstance(body, (dict, list)):
        body = json.dumps(body)
        hdrs["Content-Type"] = "application/json"
    hdrs.update(headers or {})
    try:
        conn.request(method, path, body=body, headers=hdrs)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, resp.getheaders(), data
    finally:
        conn.close()


def header(headers, name):
    """A header value from raw()'s list, matching the name case-insensitively."""
    for k, v in headers:
        if k.lower() == name.lower():
            return v
    return None


def check_error(t, status, headers, body, want_status, want_body=None, what=""):
    t.eq(status, want_status, f"status {what}")
    t.eq(headers.get("Content-Type"), CT_ERROR, f"error content type {what}")
    if want_body is not None:
        t.eq(body, want_body, f"error body {what}")


def check_validation(t, status, headers, body, name, location="body", contains=None):
    """A 400 in Gandi's validation shape naming field `name`."""
    t.eq(status, 400, f"status (body {body!r})")
    t.eq(headers.get("Content-Type"), CT_ERROR, "content type of a 400")
    assert isinstance(body, dict) and body.get("status") == "error", body
    errs = body["errors"]
    assert errs and all(set(e) == {"location", "name", "description"} for e in errs), errs
    names = [(e["location"], e["name"]) for e in errs]
    assert (location, name) in names, f"no error for {location}/{name}: {errs}"
    if contains:
        text = " ".join(e["description"] for e in errs)
        t.contains(text, contains, "error description")


def rec_path(fqdn, name=None, rtype=None):
    p = f"/v5/livedns/domains/{fqdn}/records"
    if name is not None:
        p += "/" + urllib.parse.quote(name, safe="")
    if rtype is not None:
        p += "/" + rtype
    return p


def start_raw(t, args, env=None, preexec_fn=None):
    """Start gandi-emu without the harness's defaults; returns the Popen (stdout
    and stderr are pipes). The caller stops it with stop_raw()."""
    return emu_process(t, args, env, preexec_fn=preexec_fn)


def run_emu(t, args, timeout=30, env=None):
    """Run gandi-emu to completion (for --help, bad options, start failures)."""
    p = emu_process(t, args, env)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        raise Failure(f"gandi-emu {args} did not end within {timeout} s")
    err = err.decode()
    if SAN_PATTERN.search(err):
        raise Failure(f"sanitizer report from gandi-emu {args}:\n{err}")
    return p.returncode, out.decode(), err


def stop_raw(p, sig=signal.SIGTERM):
    if p.poll() is None:
        p.send_signal(sig)
        try:
            p.wait(15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            raise Failure("gandi-emu did not stop within 15 s")
    out = p.stdout.read().decode()
    err = p.stderr.read().decode()
    p.stdout.close()
    p.stderr.close()
    if SAN_PATTERN.search(err):
        raise Failure(f"sanitizer report from gandi-emu:\n{err}")
    return p.returncode, out, err


def wait_until(pred, timeout=5.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.05)
    return pred()
