"""The CA store given as a hashed directory (SSL_CERT_DIR, else /etc/ssl/certs)
rather than one bundle file (issue 6)."""
import os
import subprocess


def test_ca_store_as_a_directory(t):
    cert, key = t.tls_cert()
    e = t.emu("--tls-cert", cert, "--tls-key", key)
    store = t.path("store")
    os.makedirs(store)
    h = subprocess.run(["openssl", "x509", "-hash", "-noout", "-in", cert], capture_output=True,
                       check=True, text=True).stdout.strip()
    os.symlink(cert, os.path.join(store, h + ".0"))
    r = t.ok(t.gandi("dns", "list", "example.com", emu=e, token="all",
                     env={"SSL_CERT_DIR": store}))
    t.contains(r.out, "_dmarc")
    empty = t.path("empty")
    os.makedirs(empty)
    r = t.gandi("dns", "list", "example.com", "--retries", "1", emu=e, token="all",
                env={"SSL_CERT_DIR": empty})
    t.rc(r, 6)
    t.contains(r.err, "TLS with '127.0.0.1' failed")
    # a CA file, when given, is used instead of the directory
    t.ok(t.gandi("dns", "list", "example.com", "--cacert", cert, emu=e, token="all",
                 env={"SSL_CERT_DIR": empty}))
