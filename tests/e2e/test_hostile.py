"""A hostile or broken server (issue 13, items 8 and 11): escape sequences in every
string it returns never reach the terminal raw, in tables, --plain, errors, notes
and dns export (whose zone text keeps its meaning through \\DDD escapes); and a
token it echoes in part is masked as well as a whole one."""
import json

from gandi_test import TOKENS

OSC = "\x1b]0;owned\x07"   # retitles the terminal
CSI = "\x1b[2J\x1b[H"      # clears the screen
C1 = "\u009b31m"            # an 8-bit CSI, as UTF-8
BIDI = "\u202e"             # right-to-left override
BAD = [b"\x1b", b"\x07", b"\xc2\x9b", b"\xe2\x80\xae", b"\r"]


def hostile_server(t):
    def respond(h):
        path = h.path.split("?")[0]
        js = {"Content-Type": "application/json"}
        if path == "/tokeninfo":
            return 200, js, json.dumps({"pat_name": "ci" + OSC, "scope": ["domain:tech" + CSI],
                                        "expires_in": 86400 * 60, "entities": []}).encode()
        if path == "/v5/domain/domains":
            return 200, js, json.dumps([{
                "fqdn": "example.com" + OSC, "tld": "com", "id": "d1", "status": [],
                "owner": "Mallory" + CSI, "orga_owner": "x", "autorenew": False,
                "dates": {"registry_ends_at": "2030-01-01T00:00:00Z"},
                "nameserver": {"current": "livedns"}}]).encode()
        if path == "/v5/livedns/domains/example.com/records":
            if "text/plain" in h.headers.get("Accept", ""):
                zone = ("@ 300 IN A 192.0.2.1\n"
                        "w\x1b[31mw 300 IN TXT \"a\x1b[2Jb\" \"\\\x1bc\"\n"
                        "x 300 IN TXT \"\u009b31m\" ; \u202e note\n")
                return 200, {"Content-Type": "text/plain"}, zone.encode()
            return 200, js, json.dumps([
                {"rrset_name": "w" + OSC, "rrset_type": "TXT" + CSI, "rrset_ttl": 300,
                 "rrset_values": ["\"v" + C1 + BIDI + "\""]},
                {"rrset_name": "www", "rrset_type": "CNAME", "rrset_ttl": 300,
                 "rrset_values": ["evil" + OSC + ".example."]}]).encode()
        if path == "/v5/domain/domains/example.com/webredirs":
            return 200, js, json.dumps([{"host": "blog" + CSI, "type": "http301",
                                         "url": "https://evil.example/" + OSC,
                                         "protocol": "https"}]).encode()
        if path == "/v5/domain/domains/headers.example":
            return 404, {"Content-Type": "application/json", "X-Evil": OSC + C1}, b"{}"
        return 400, js, json.dumps({"code": 400, "object": "HTTPBadRequest", "cause": "Bad",
                                    "message": "refused " + OSC + CSI + C1 + BIDI}).encode()
    return t.fake_server(respond)


def raw(t, *args, srv, token="all"):
    """Run gandi; return (exit code, stdout bytes, stderr bytes), unchanged."""
    import subprocess
    env = t.env(None, token, {"GANDI_API_URL": srv.url + "/v5", "GANDI_ID_URL": srv.url})
    p = subprocess.run([t.gandi_exe] + list(args), capture_output=True, env=env, timeout=60,
                       cwd=t.tmp)
    assert TOKENS[token].encode() not in p.stdout + p.stderr, "token printed"
    return p.returncode, p.stdout, p.stderr


def no_raw_control(what, data):
    for b in BAD:
        assert b not in data, f"{what}: raw {b!r} in {data!r}"


def test_escape_sequences_never_reach_the_terminal(t):
    srv = hostile_server(t)
    runs = [("domain", "list"), ("dns", "list", "example.com"), ("redirect", "list", "example.com"),
            ("token", "info"), ("doctor",), ("dns", "get", "example.com", "TXT", "nope"),
            ("domain", "info", "bad.example"), ("dns", "set", "example.com", "A", "v", "192.0.2.9")]
    for args in runs:
        for mode in ((), ("--plain",)):
            rc, out, err = raw(t, *args, *mode, srv=srv)
            no_raw_control(" ".join(args + mode), out + err)
    # the server's headers in a -vv trace
    rc, out, err = raw(t, "-vv", "domain", "info", "headers.example", srv=srv)
    no_raw_control("-vv trace", out + err)
    t.contains(err.decode(), "X-Evil: \\x1b]0;owned\\x07\\x9b31m")  # sent as latin-1
    rc, out, err = raw(t, "domain", "list", srv=srv)
    t.contains(out.decode(), "example.com\\x1b]0;owned\\x07")
    rc, out, err = raw(t, "dns", "list", "example.com", "--plain", srv=srv)
    t.contains(out.decode(), "w\\x1b]0;owned\\x07\tTXT\\x1b[2J")
    t.contains(out.decode(), "\\u009b31m\\u202e")
    rc, out, err = raw(t, "redirect", "list", "example.com", srv=srv)
    t.contains(out.decode(), "https://evil.example/\\x1b]0;owned\\x07")
    rc, out, err = raw(t, "token", "info", srv=srv)
    t.contains(out.decode(), "ci\\x1b]0;owned\\x07")
    # every API error message
    rc, out, err = raw(t, "domain", "info", "bad.example", srv=srv)
    t.eq(rc, 1, "exit code")
    t.contains(err.decode(), "refused \\x1b]0;owned\\x07\\x1b[2J\\x1b[H\\u009b31m\\u202e")
    # --json keeps the exact strings, escaped the JSON way
    rc, out, err = raw(t, "domain", "list", "--json", srv=srv)
    t.eq(json.loads(out)[0]["fqdn"], "example.com" + OSC, "fqdn in JSON")
    rc, out, err = raw(t, "domain", "info", "bad.example", "--json", srv=srv)
    no_raw_control("--json error", err)
    t.contains(json.loads(err.decode().splitlines()[-1])["error"], OSC)


def test_dns_export_escapes_the_zone_file_way(t):
    srv = hostile_server(t)
    want = ("$ORIGIN example.com.\n$TTL 10800\n"
            "@ 300 IN A 192.0.2.1\n"
            "w\\027[31mw 300 IN TXT \"a\\027[2Jb\" \"\\027c\"\n"
            "x 300 IN TXT \"\\194\\15531m\" ; \\226\\128\\174 note\n")
    rc, out, err = raw(t, "dns", "export", "example.com", srv=srv)
    t.eq((rc, out.decode()), (0, want), "stdout")
    rc, out, err = raw(t, "dns", "export", "example.com", "-o", "z.zone", srv=srv)
    t.eq(rc, 0, "exit code")
    t.eq(t.read("z.zone"), want, "the file")
    # still a zone file gandi reads, meaning the same bytes
    e = t.emu()
    r = t.ok(t.gandi("dns", "sync", "example.com", t.path("z.zone"), "--dry-run", "--json",
                     emu=e, token="all"))
    added = {c["name"]: c["values"] for c in r.json()["changes"] if c["action"] == "add"}
    t.eq(added.get("w\\027[31mw"), ['"a\\027[2Jb" "\\027c"'], "the record read back")
    no_raw_control("sync of the export", (r.out + r.err).encode())


def test_token_echoed_in_part_is_masked(t):
    token = TOKENS["all"]
    assert len(token) >= 40
    bodies = [
        # a 401 echoing 30 of its 40 characters
        (401, {"Content-Type": "application/json"},
         json.dumps({"code": 401, "message": f"invalid token {token[:30]}",
                     "object": "HTTPUnauthorized"}).encode()),
        # a proxy's HTML-less body that gandi cuts at 80 characters, the token starting at 60
        (502, {"Content-Type": "text/plain"},
         (("x" * 51) + " Bearer " + token + " more text after it").encode()),
        # a token in the middle of an error, in part, twice
        (400, {"Content-Type": "application/json"},
         json.dumps({"code": 400, "message": f"a {token[5:25]} b {token[10:]}",
                     "object": "HTTPBadRequest"}).encode()),
    ]
    for status, headers, body in bodies:
        srv = t.fake_server(lambda h, a=(status, headers, body): a)
        for mode in ((), ("--json",), ("-vv",)):
            r = t.gandi("dns", "list", "example.com", "--api-url", srv.url + "/v5", "--retries",
                        "1", *mode, token="all")
            assert r.rc != 0, r.describe()
            text = r.out + r.err
            for i in range(len(token) - 8 + 1):
                t.absent(text, token[i:i + 8], f"status {status} {mode}: 8 characters of it")


def test_own_colours_survive_on_a_terminal(t):
    """gandi's own styles still reach a terminal; only the server's text is spelled out."""
    e = t.emu()
    zone = t.ok(t.gandi("dns", "export", "example.com", emu=e, token="all")).out
    t.write("z.zone", zone + "new 300 IN TXT \"hello\"\n")
    r = t.gandi_tty("dns", "sync", "example.com", t.path("z.zone"), "--dry-run", emu=e,
                    token="all")
    t.rc(r, 0)
    t.contains(r.out, "\x1b[32madd   \x1b[0m \x1b[1mnew TXT\x1b[0m, TTL 300")
    t.contains(r.out, "\x1b[32m+ hello\x1b[0m")


def test_secrets_read_then_echoed_are_masked(t):
    """A transfer code or a TSIG secret gandi has read is masked in whatever it prints
    afterwards: a later error's message and a -vv trace of a later answer's headers
    (issue 18), as the token is."""
    code, secret = "Xq7+Lm2-Vb9!", "aiG5ji3NecheishoQ"
    js = {"Content-Type": "application/json"}

    def respond(h):
        path = h.path.split("?")[0]
        if path == "/tokeninfo":
            return 200, js, json.dumps({"pat_name": "ci", "scope": ["domain:tech"],
                                        "expires_in": 86400 * 60, "entities": []}).encode()
        if h.command == "GET" and path == "/v5/domain/domains/example.com":
            return 200, js, json.dumps({
                "fqdn": "example.com", "status": [], "authinfo": code,
                "dates": {"registry_ends_at": "2030-01-01T00:00:00Z"}}).encode()
        if path == "/v5/domain/domains/example.com/renew" and h.command == "GET":
            return 200, js, json.dumps({"prohibited": False, "minimum": 1,
                                        "maximum": 9}).encode()
        if path == "/v5/livedns/axfr/tsig":
            return 201, js, json.dumps({"id": "k1", "key_name": "k1.gandi.net",
                                        "secret": secret}).encode()
        echo = {"Content-Type": "application/json", "X-Echo": f"{code} {secret}"}
        return 400, echo, json.dumps({"status": "error", "errors": [
            {"location": "body", "name": "x",
             "description": f"refused: {code[:9]} {secret} {code}"}]}).encode()

    srv = t.fake_server(respond)
    # renew reads the details (the code) first; tsig add makes a key (its secret) first
    runs = [(("domain", "renew", "example.com", "--yes"), code, f"**** {secret}"),
            (("dns", "axfr", "tsig", "add", "example.com"), secret, f"{code} ****")]
    for args, value, echoed in runs:
        for mode in ((), ("-vv",), ("--json",)):
            what = " ".join(args + mode)
            rc, out, err = raw(t, *args, *mode, srv=srv)
            t.eq(rc, 1, f"{what}: exit code")
            text = (out + err).decode()
            t.contains(text, "refused: ", f"{what}: the error")
            for i in range(len(value) - 8 + 1):
                t.absent(text, value[i:i + 8], f"{what}: 8 characters of the secret")
            if mode == ("-vv",):
                t.contains(text, f"X-Echo: {echoed}", f"{what}: the trace of the headers")


# -- answers that are not the RRset asked for (issue 13, item 12) -------------------------

def rrset_server(t, rrset):
    """A server answering every read of an RRset with rrset, and recording the rest."""
    def respond(h):
        path = h.path.split("?")[0]
        js = {"Content-Type": "application/json"}
        if path == "/tokeninfo":
            return 200, js, json.dumps({"pat_name": "ci", "scope": ["domain:tech"],
                                        "expires_in": 86400 * 60, "entities": []}).encode()
        if h.command == "GET" and path.startswith("/v5/livedns/domains/example.com/records"):
            one = path.count("/") > 5
            return 200, js, json.dumps(rrset if one else [rrset]).encode()
        return 201, js, b'{"message": "DNS Record Created"}'
    return t.fake_server(respond)


def test_an_rrset_answer_gandi_cannot_hold_is_refused(t):
    www = {"rrset_name": "www", "rrset_type": "A", "rrset_ttl": 300,
           "rrset_values": ["192.0.2.1"],
           "rrset_href": "https://api.gandi.net/v5/livedns/domains/example.com/records/www/A"}
    cases = [
        (dict(www, rrset_ttl=30), "the A record www has the TTL 30, which LiveDNS cannot hold "
                                  "(300 to 2592000)"),
        (dict(www, rrset_ttl=2592001), "the A record www has the TTL 2592001, which LiveDNS "
                                       "cannot hold (300 to 2592000)"),
        (dict(www, rrset_name="evil", rrset_href=www["rrset_href"].replace("www", "evil")),
         "asked for the A record www, it sent the A record evil"),
        (dict(www, rrset_type="TXT", rrset_values=['"x"'],
              rrset_href=www["rrset_href"].replace("/A", "/TXT")),
         "asked for the A record www, it sent the TXT record www"),
    ]
    for rrset, why in cases:
        srv = rrset_server(t, rrset)
        for argv in (["dns", "get", "example.com", "A", "www"],
                     ["dns", "add", "example.com", "A", "www", "192.0.2.2"],
                     ["dns", "set", "example.com", "A", "www", "192.0.2.2"]):
            r = t.gandi(*argv, "--api-url", srv.url + "/v5", "--id-url", srv.url, token="all")
            t.expect(r, rc=1, err=f"gandi: unexpected answer from Gandi: {why}\n")
        t.eq([q["method"] for q in srv.requests if q["method"] != "GET"], [],
             f"writes after an answer with {rrset}")
    # in a list, the rrset_href of another RRset gives a changed name or type away
    srv = rrset_server(t, dict(www, rrset_type="AAAA", rrset_values=["2001:db8::1"]))
    r = t.gandi("dns", "list", "example.com", "--api-url", srv.url + "/v5", "--id-url",
                srv.url, token="all")
    t.expect(r, rc=1, err="gandi: unexpected answer from Gandi: the AAAA record www comes with "
             "the rrset_href of another RRset ('https://api.gandi.net/v5/livedns/domains/"
             "example.com/records/www/A')\n")
    srv = rrset_server(t, dict(www, rrset_ttl=0))
    r = t.gandi("dns", "list", "example.com", "--json", "--api-url", srv.url + "/v5",
                "--id-url", srv.url, token="all")
    t.expect(r, rc=1, err='{"error":"unexpected answer from Gandi: the A record www has the '
             'TTL 0, which LiveDNS cannot hold (300 to 2592000)","kind":"api","exit_code":1}\n')
