"""The values gandi(1) promises to check (issue 15), refused before any request,
and values sent in their canonical spelling."""


def rrset(e, name, rtype, zone="example.com"):
    status, _, body = e.api("GET", f"livedns/domains/{zone}/records/{name}/{rtype}")
    return body if status == 200 else None


def writes(e, since=0):
    return [q for q in e.requests()[since:] if q["method"] != "GET"]


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
