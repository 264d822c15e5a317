"""gandi dns ... against gandi-emu: TTLs kept, idempotent adds, TXT round trips,
validation before any request, confirmations."""
import json

from gandi_test import TOKENS


def rrset(e, name, rtype, zone="example.com"):
    status, _, body = e.api("GET", f"livedns/domains/{zone}/records/{name}/{rtype}")
    return body if status == 200 else None


def writes(e, since=0):
    return [q for q in e.requests()[since:] if q["method"] != "GET"]


def test_list_and_filters(t):
    e = t.emu()
    r = t.ok(t.gandi("dns", "list", "example.com", emu=e, token="all"))
    t.contains(r.out, "_dmarc       TXT    10800  v=DMARC1; p=none")
    r = t.ok(t.gandi("dns", "list", "example.com", "--type", "mx", "--plain", "--no-header",
                     emu=e, token="all"))
    t.eq(r.out, "@\tMX\t10800\t10 spool.mail.gandi.net.\n@\tMX\t10800\t50 fb.mail.gandi.net.\n",
         "MX rows")
    r = t.ok(t.gandi("dns", "list", "example.com", "--name", "api.example.com.", "--json",
                     emu=e, token="all"))
    t.eq([(x["rrset_name"], x["rrset_type"]) for x in r.json()], [("api", "A")], "by name")
    r = t.ok(t.gandi("dns", "list", "example.com", "--name", "nothing-here", "--json", emu=e,
                     token="all"))
    t.eq(r.json(), [], "empty name")


def test_get(t):
    e = t.emu()
    r = t.ok(t.gandi("dns", "get", "example.com", "A", "api", "--json", emu=e, token="all"))
    t.eq(r.json()["rrset_values"], ["192.0.2.20", "192.0.2.21"], "values")
    r = t.gandi("dns", "get", "example.com", "A", "nope", emu=e, token="all")
    t.rc(r, 5)
    t.contains(r.err, "no A record nope in example.com")


def test_set_keeps_ttl(t):
    e = t.emu()
    t.eq(rrset(e, "api", "A")["rrset_ttl"], 300, "seed TTL")
    r = t.ok(t.gandi("dns", "set", "example.com", "A", "api", "192.0.2.99", emu=e, token="all"))
    t.contains(r.out, "TTL 300")
    put = writes(e)[-1]
    t.eq(put["method"], "PUT", "method")
    t.eq(json.loads(put["body"]), {"rrset_values": ["192.0.2.99"], "rrset_ttl": 300}, "body")
    got = rrset(e, "api", "A")
    t.eq((got["rrset_ttl"], got["rrset_values"]), (300, ["192.0.2.99"]), "stored")


def test_set_new_rrset_gets_default_ttl_and_explicit_ttl_wins(t):
    e = t.emu()
    t.ok(t.gandi("dns", "set", "example.com", "A", "new", "192.0.2.5", emu=e, token="all"))
    t.eq(rrset(e, "new", "A")["rrset_ttl"], 10800, "default TTL")
    t.ok(t.gandi("dns", "set", "example.com", "A", "new", "192.0.2.5", "--ttl", "600", emu=e,
                 token="all"))
    t.eq(rrset(e, "new", "A")["rrset_ttl"], 600, "explicit TTL")


def test_set_unchanged_sends_nothing(t):
    e = t.emu()
    m = e.mark()
    r = t.ok(t.gandi("dns", "set", "example.com", "A", "api", "192.0.2.21", "192.0.2.20",
                     emu=e, token="all"))
    t.contains(r.out, "unchanged")
    t.eq(writes(e, m), [], "writes")


def test_add_twice_is_a_no_op(t):
    e = t.emu()
    t.ok(t.gandi("dns", "add", "example.com", "A", "api", "192.0.2.22", emu=e, token="all"))
    t.eq(rrset(e, "api", "A")["rrset_values"], ["192.0.2.20", "192.0.2.21", "192.0.2.22"],
         "after add")
    t.eq(rrset(e, "api", "A")["rrset_ttl"], 300, "TTL kept")
    patch = writes(e)[-1]
    t.eq(patch["method"], "PATCH", "add uses PATCH")
    t.eq(json.loads(patch["body"]), {"add_rrset_values": ["192.0.2.22"]}, "PATCH body")
    m = e.mark()
    r = t.ok(t.gandi("dns", "add", "example.com", "A", "api", "192.0.2.22", "--json", emu=e,
                     token="all"))
    t.eq(r.json()["changed"], False, "changed")
    t.eq(writes(e, m), [], "second add writes")


def test_add_creates_rrset(t):
    e = t.emu()
    t.ok(t.gandi("dns", "add", "example.com", "TXT", "_acme-challenge", "tok-1", emu=e,
                 token="all"))
    t.ok(t.gandi("dns", "add", "example.com", "TXT", "_acme-challenge", "tok-2", emu=e,
                 token="all"))
    got = rrset(e, "_acme-challenge", "TXT")
    t.eq(sorted(got["rrset_values"]), ['"tok-1"', '"tok-2"'], "values")


def test_remove(t):
    e = t.emu()
    t.ok(t.gandi("dns", "remove", "example.com", "A", "api", "192.0.2.20", emu=e, token="all"))
    t.eq(rrset(e, "api", "A")["rrset_values"], ["192.0.2.21"], "after remove")
    m = e.mark()
    r = t.ok(t.gandi("dns", "remove", "example.com", "A", "api", "192.0.2.20", emu=e,
                     token="all"))
    t.contains(r.err, "nothing to remove")
    t.eq(writes(e, m), [], "writes for an absent value")
    t.ok(t.gandi("dns", "remove", "example.com", "A", "api", "192.0.2.21", emu=e, token="all"))
    t.eq(rrset(e, "api", "A"), None, "empty RRset gone")
    t.ok(t.gandi("dns", "remove", "example.com", "TXT", "@",
                 "v=spf1 include:_mailcust.gandi.net ?all", emu=e, token="all"))
    t.eq(rrset(e, "@", "TXT"), None, "TXT removed by its text")


def test_delete_confirmation(t):
    e = t.emu()
    r = t.gandi("dns", "delete", "example.com", "CNAME", "www", emu=e, token="all")
    t.rc(r, 2)
    assert rrset(e, "www", "CNAME") is not None
    r = t.gandi_tty("dns", "delete", "example.com", "CNAME", "www", emu=e, token="all",
                    answers=["\n"])
    t.contains(r.out, "Delete the CNAME record www in example.com (example.com., TTL 10800)?")
    assert rrset(e, "www", "CNAME") is not None, "deleted although the answer was no"
    t.ok(t.gandi("dns", "delete", "example.com", "CNAME", "www", "--yes", emu=e, token="all"))
    t.eq(rrset(e, "www", "CNAME"), None, "deleted")
    r = t.gandi("dns", "delete", "example.com", "CNAME", "www", "--yes", emu=e, token="all")
    t.rc(r, 5)


def test_txt_round_trip(t):
    e = t.emu()
    texts = ['say "hi" with \\backslash', "  spaced  out  ", "caf\u00e9 \u2713 unicode",
             "x" * 300 + "y" * 300]
    for i, text in enumerate(texts):
        name = f"t{i}"
        t.ok(t.gandi("dns", "set", "example.com", "TXT", name, text, emu=e, token="all"))
        got = rrset(e, name, "TXT")
        for v in got["rrset_values"]:
            assert v.startswith('"') and v.endswith('"'), v
            assert all(0x20 <= ord(c) < 0x7f for c in v), v
        r = t.ok(t.gandi("dns", "list", "example.com", "--name", name, "--type", "TXT",
                         "--plain", "--no-header", emu=e, token="all"))
        t.eq(r.out.rstrip("\n").split("\t", 3)[3], text, f"text {i} shown")
        m = e.mark()
        r = t.ok(t.gandi("dns", "add", "example.com", "TXT", name, text, "--json", emu=e,
                         token="all"))
        t.eq(r.json()["changed"], False, f"text {i} compared without quotes")
        t.eq(writes(e, m), [], "writes")
    long = rrset(e, "t3", "TXT")["rrset_values"][0]
    t.eq(long.count('" "'), 2, "600 bytes split into 3 strings")


def test_values_gandi_promises_to_check(t):
    """Issue 15: values the man page promises to check, refused before any request."""
    e = t.emu()
    sha = "a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065"
    bad = [
        ("SSHFP", "@", "1 1 zz", "invalid SSHFP fingerprint 'zz': expected hex digits"),
        ("TLSA", "_443._tcp", "3 1 1 abcd",
         "invalid TLSA certificate data 'abcd': a SHA-256 digest (matching type 1) is 64 hex "
         "digits, found 4"),
        ("DS", "sub", "12345 13 2 abcd", "a SHA-256 digest (digest type 2) is 64 hex digits"),
        ("MX", "@", "10 10.0.0.1",
         "invalid MX exchange '10.0.0.1': an IP address, where MX needs a host name"),
        ("CNAME", "www2", "10.0.0.1",
         "invalid CNAME target '10.0.0.1': an IP address, where CNAME needs a host name"),
        ("NS", "sub", "192.0.2.53.", "an IP address, where NS needs a host name"),
        ("HTTPS", "@", "1 . mandatory=port alpn=h2", "it lists a key that the record does not give"),
        ("CAA", "@", "0 iodef ftp://example.com/", "an iodef URL starts with mailto:"),
    ]
    for rtype, name, value, msg in bad:
        r = t.gandi("dns", "set", "example.com", rtype, name, value, emu=e, token="all")
        t.rc(r, 2)
        t.contains(r.err, msg)
        assert "10.0.0.1.'" not in r.err, r.err  # no advice to write an address with a dot
    t.eq(writes(e), [], "writes for refused values")
    for rtype, name, value in [("SSHFP", "@", "4 2 " + sha), ("TLSA", "_443._tcp", "3 1 1 " + sha)]:
        t.ok(t.gandi("dns", "set", "example.com", rtype, name, value.upper(), emu=e, token="all"))
        t.eq(rrset(e, name, rtype)["rrset_values"], [value.lower()], f"{rtype} sent in lower case")


def test_names_and_values_checked_before_any_request(t):
    e = t.emu()
    bad = [
        ("A", "www", "192.0.2"),
        ("AAAA", "www", "192.0.2.1"),
        ("MX", "@", "mail.example.com"),
        ("SRV", "_sip._tcp", "10 5 sip.example.com."),
        ("CNAME", "www.example.net.", "x.example.com."),
        ("NSEC", "www", "x"),
    ]
    for rtype, name, value in bad:
        r = t.gandi("dns", "set", "example.com", rtype, name, value, emu=e, token="all")
        t.rc(r, 2)
    r = t.gandi("dns", "set", "example.com", "A", "www", "192.0.2.1", "--ttl", "60", emu=e,
                token="all")
    t.rc(r, 2)
    t.contains(r.err, "300")
    t.eq(e.requests(), [], "requests sent for bad input")


def test_full_names_accepted(t):
    e = t.emu()
    for name in ("sub.example.com", "sub.example.com.", "SUB"):
        t.ok(t.gandi("dns", "set", "example.com", "A", name, "192.0.2.7", emu=e, token="all"))
    t.eq(rrset(e, "sub", "A")["rrset_values"], ["192.0.2.7"], "stored under the relative name")
    t.ok(t.gandi("dns", "set", "example.com", "A", "@", "192.0.2.8", emu=e, token="all"))
    t.ok(t.gandi("dns", "set", "example.com.", "A", "example.com", "192.0.2.8", emu=e,
                 token="all"))
    t.contains(writes(e)[-1]["path"], "/records/%40/A")


def test_export(t):
    e = t.emu()
    r = t.ok(t.gandi("dns", "export", "example.com", emu=e, token="all"))
    t.contains(r.out, "IN SOA")
    t.contains(r.out, "_dmarc")
    t.eq(e.last("/records")["headers"]["accept"], "text/plain", "Accept")
    path = t.path("zone.txt")
    t.ok(t.gandi("dns", "export", "example.com", "-o", path, emu=e, token="all"))
    t.eq(t.read("zone.txt"), r.out, "file content")
    import os
    t.eq(sorted(os.listdir(t.tmp)) == sorted(set(os.listdir(t.tmp))), True, "no temp files")
    assert not [n for n in os.listdir(t.tmp) if ".tmp-" in n]
    r = t.gandi("dns", "export", "example.com", "-o", "/nonexistent/dir/z", emu=e, token="all")
    t.rc(r, 1)
    t.contains(r.err, "cannot write '/nonexistent/dir/z'")


def test_api_validation_error_shown(t):
    e = t.emu()
    # a CNAME beside other types at the same name: the emulator's LiveDNS refuses it
    r = t.gandi("dns", "set", "example.com", "CNAME", "api", "other.example.net.", emu=e,
                token="all")
    t.rc(r, 1)
    t.contains(r.err, "Gandi refused the request")
