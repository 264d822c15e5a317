"""Fidelity: Debian's ddclient 3.10 (protocol=gandi, an independent client)
updates A and AAAA records on gandi-emu, with and without ttl. ddclient
always speaks https and sends the key with the Apikey scheme: gandi-emu
serves TLS with a certificate of a throwaway CA that ddclient is told to
trust (ssl_ca_file), and ddclient's own `server=` setting points it at the
emulator. Nothing else of ddclient is changed."""
import json
import os
import shutil
import ssl
import subprocess
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import rec_path, token  # noqa: E402

DDCLIENT = "/usr/bin/ddclient"
Z = "example.com"


def test_ca(t):
    """A CA and a certificate for 127.0.0.1 it signed: (ca, cert, key) paths."""
    ca_key, ca, key, csr, cert = (t.path(n) for n in ("ca.key", "ca.pem", "emu.key", "emu.csr",
                                                     "emu.pem"))
    ext = t.write("ext.cnf", "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    for argv in (["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                  "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", ca_key, "-out", ca,
                  "-days", "1", "-subj", "/CN=gandi-emu test CA"],
                 ["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                  "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=127.0.0.1"],
                 ["openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key,
                  "-CAcreateserial", "-out", cert, "-days", "1", "-extfile", ext]):
        subprocess.run(argv, check=True, capture_output=True)
    return ca, cert, key


def tls_emu(t):
    ca, cert, key = test_ca(t)
    e = t.emu("--tls-cert", cert, "--tls-key", key)
    e.ssl_context = ssl.create_default_context(cafile=ca)
    return e, ca


def ddclient(t, e, ca, host, address, ttl=None, token_name="legacy"):
    """One ddclient run updating host to address; returns (exit code, output)."""
    u = urllib.parse.urlsplit(e.url)
    lines = ["ssl=yes", "protocol=gandi", f"server={u.hostname}:{u.port}", f"zone={Z}",
             f"password={token(token_name)['secret']}", f"ssl_ca_file={ca}",
             # ddclient 3.10's gandi protocol reads only the legacy address
             # (usev4/usev6 leave it empty): use=ip serves both families
             f"use=ip, ip={address}"]
    if ttl is not None:
        lines.append(f"ttl={ttl}")
    lines.append(host)
    conf = t.write(f"ddclient-{host}.conf", "\n".join(lines) + "\n", mode=0o600)
    p = subprocess.run([DDCLIENT, "-daemon=0", "-foreground", "-force", "-noquiet",
                        "-file", conf, "-cache", t.path(f"ddclient-{host}.cache"),
                        "-pid", t.path("ddclient.pid")],
                       capture_output=True, text=True, timeout=60, cwd=t.tmp,
                       env={"PATH": "/usr/bin:/bin", "HOME": t.home, "LANG": "C.UTF-8"})
    return p.returncode, p.stdout + p.stderr


def test_ddclient_is_installed(t):
    assert shutil.which(DDCLIENT) or os.path.exists(DDCLIENT), \
        "Debian's ddclient must be installed (tools/deps.sh test)"
    p = subprocess.run(["perl", "-MIO::Socket::SSL", "-e", "1"], capture_output=True)
    t.eq(p.returncode, 0, "ddclient's https needs IO::Socket::SSL (libio-socket-ssl-perl)")


def test_ddclient_updates_a_and_aaaa_with_and_without_ttl(t):
    e, ca = tls_emu(t)
    cases = [("v4", "192.0.2.77", None, "A", 10800), ("v4ttl", "192.0.2.78", 600, "A", 600),
             ("v6", "2001:db8::77", None, "AAAA", 10800),
             ("v6ttl", "2001:db8::78", 3600, "AAAA", 3600)]
    for name, address, ttl, rtype, want_ttl in cases:
        mark = e.mark()
        rc, out = ddclient(t, e, ca, f"{name}.{Z}", address, ttl)
        assert rc == 0 and f"SUCCESS:  {name}.{Z} -- Updated successfully to {address}." in out, \
            f"ddclient {name}: exit {rc}\n{out}"
        sent = e.requests_since(mark)
        st, _, rec = e.api("GET", rec_path(Z, name, rtype))
        t.eq((st, rec["rrset_values"], rec["rrset_ttl"]), (200, [address], want_ttl),
             f"{name}/{rtype} after ddclient")
        t.eq([(r["method"], r["path"], r["status"]) for r in sent],
             [("PUT", rec_path(Z, name, rtype), 201)], f"what ddclient sent for {name}")
        h = sent[0]["headers"]
        t.eq((h["authorization"], h["content-type"], h["user-agent"]),
             ("Apikey ..." + token("legacy")["secret"][-4:], "application/json",
              "ddclient/3.10.0"), "ddclient's headers")
        want = {"rrset_values": [address], **({"rrset_ttl": ttl} if ttl else {})}
        t.eq(json.loads(sent[0]["body"]), want, "ddclient's body (in any key order: Perl's)")
        if ttl:
            assert isinstance(json.loads(sent[0]["body"])["rrset_ttl"], int), sent[0]["body"]
    rc, out = ddclient(t, e, ca, f"v4.{Z}", "192.0.2.99")
    t.eq(rc, 0, f"an update of an existing record:\n{out}")
    st, _, rec = e.api("GET", rec_path(Z, "v4", "A"))
    t.eq((rec["rrset_values"], rec["rrset_ttl"]), (["192.0.2.99"], 10800), "replaced")


def test_ddclient_with_a_personal_access_token_gets_the_403(t):
    """ddclient 3.10 sends any secret with Apikey: a PAT is refused (§12.3)."""
    e, ca = tls_emu(t)
    rc, out = ddclient(t, e, ca, f"pat.{Z}", "192.0.2.10", token_name="all")
    t.contains(out, f"FAILED:   pat.{Z}", "ddclient reports the failure")
    t.eq([(r["method"], r["status"]) for r in e.requests()], [("PUT", 403)], "the answer")
    st, _, _ = e.api("GET", rec_path(Z, "pat", "A"))
    t.eq(st, 404, "nothing written")
