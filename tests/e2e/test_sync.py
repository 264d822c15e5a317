"""Zone as code against gandi-emu: dns sync, dns import, dns snapshot list | create |
show | restore | delete; round trips, requests sent, failures midway and their undo."""
import json
import os
import shlex

from gandi_test import SEED, TOKENS


def zone(e, domain="example.com"):
    """The live zone as {(name, type): (ttl, sorted values)}, every page."""
    out, page = {}, 1
    while True:
        status, _, body = e.api("GET", f"livedns/domains/{domain}/records?per_page=100"
                                f"&page={page}")
        assert status == 200, (status, body)
        for r in body:
            out[(r["rrset_name"], r["rrset_type"])] = (r["rrset_ttl"], sorted(r["rrset_values"]))
        if len(body) < 100:
            return out
        page += 1


def writes(e, since=0):
    return [q for q in e.requests()[since:] if q["method"] != "GET"]


def seed_zone(domain="example.com"):
    for d in SEED["domains"]:
        if d["fqdn"] == domain:
            return {(r["rrset_name"], r["rrset_type"]): (r.get("rrset_ttl", 10800),
                                                         sorted(r["rrset_values"]))
                    for r in d["livedns"]["records"]}
    raise AssertionError(domain)


def export(t, e, name="zone.txt"):
    path = t.path(name)
    t.ok(t.gandi("dns", "export", "example.com", "-o", path, emu=e, token="all"))
    return path


# A zone file: the seed's example.com with one RRset added, two changed, one removed.
EDITED = """$TTL 3600
@ 1800 IN A 192.0.2.10
@ 1800 IN AAAA 2001:db8::10
@ 10800 IN CAA 0 issue "letsencrypt.org"
@ 10800 IN MX 10 spool.mail.gandi.net.
@ 10800 IN MX 50 fb.mail.gandi.net.
@ 10800 IN TXT "v=spf1 include:_mailcust.gandi.net ~all"
api 600 IN A 192.0.2.20
api 600 IN A 192.0.2.22
blog 10800 IN CNAME webredir.vip.gandi.net.
www 10800 IN CNAME example.com.
_dmarc 10800 IN TXT "v=DMARC1; p=none"
_imaps._tcp 10800 IN SRV 0 1 993 mail.gandi.net.
new TXT "hello"
"""


def test_export_then_sync_dry_run_shows_no_change(t):
    e = t.emu()
    path = export(t, e)
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--dry-run", "--exit-code", emu=e,
                     token="all"))
    t.contains(r.out, "example.com matches")
    t.contains(r.out, "nothing to change (11 unchanged, 1 left alone)")
    t.contains(r.err, "SOA")
    t.eq(writes(e, m), [], "writes")


def test_list_json_then_sync_shows_no_change(t):
    e = t.emu()
    r = t.ok(t.gandi("dns", "list", "example.com", "--json", emu=e, token="all"))
    path = t.write("zone.json", r.out)
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--yes", emu=e, token="all"))
    t.contains(r.out, "nothing to change (11 unchanged)")
    t.eq(writes(e, m), [], "writes (not even a snapshot)")


def test_txt_values_survive_both_round_trips(t):
    e = t.emu()
    texts = ['say "hi" with \\backslash\\', "caf\u00e9 \u2713 \U0001F600 unicode",
             "x" * 300 + "y" * 300, '"quoted" at both ends"']
    for i, text in enumerate(texts):
        t.ok(t.gandi("dns", "set", "example.com", "TXT", f"t{i}", text, emu=e, token="all"))
    before = zone(e)
    path = export(t, e)
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--dry-run", "--exit-code", emu=e,
                     token="all"))
    t.contains(r.out, "nothing to change (15 unchanged")
    r = t.ok(t.gandi("dns", "list", "example.com", "--json", emu=e, token="all"))
    path = t.write("zone.json", r.out)
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--yes", emu=e, token="all"))
    t.contains(r.out, "nothing to change (15 unchanged)")
    t.eq(writes(e, m), [], "writes")
    # the same texts written by hand in a zone file: the same meaning, nothing to change
    lines = []
    for i, text in enumerate(texts):
        raw = text.encode()
        quoted = "".join("\\%03d" % b if b < 0x20 or b >= 0x7f else
                         "\\" + chr(b) if chr(b) in '"\\' else chr(b) for b in raw)
        lines.append(f't{i} 10800 IN TXT "{quoted}"')
    hand = open(export(t, e, "z2.txt"), encoding="utf-8").read()
    hand = "\n".join(x for x in hand.splitlines() if not x.startswith("t")) + "\n"
    path = t.write("hand.txt", hand + "\n".join(lines) + "\n")
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--dry-run", "--exit-code", emu=e,
                     token="all"))
    t.contains(r.out, "nothing to change")
    # one string of 600 bytes in the file is sent split into strings of 255
    path = t.write("long.txt", hand + "\n".join(lines) + '\nlong TXT "' + "z" * 600 + '"\n')
    t.ok(t.gandi("dns", "sync", "example.com", path, "--yes", emu=e, token="all"))
    t.eq(zone(e)[("long", "TXT")][1], ['"' + "z" * 255 + '" "' + "z" * 255 + '" "' + "z" * 90
                                       + '"'], "split")
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--dry-run", "--exit-code", emu=e,
                     token="all"))
    t.contains(r.out, "nothing to change")
    for k, v in before.items():
        t.eq(zone(e)[k], v, f"{k} unchanged")


def test_sync_shows_the_difference_then_applies_one_request_per_rrset(t):
    e = t.emu()
    path = t.write("zone.txt", EDITED)
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--yes", emu=e, token="all"))
    t.eq(r.out, "change @ TXT, TTL 10800\n"
                "    - v=spf1 include:_mailcust.gandi.net ?all\n"
                "    + v=spf1 include:_mailcust.gandi.net ~all\n"
                "change api A, TTL 300 -> 600\n"
                "    - 192.0.2.21\n"
                "    + 192.0.2.22\n"
                "      192.0.2.20\n"
                "add    new TXT, TTL 3600\n"
                "    + hello\n"
                "remove webmail CNAME, TTL 10800\n"
                "    - webmail.gandi.net.\n"
                "example.com: 1 to add, 2 to change, 1 to remove; 8 unchanged\n", "diff")
    w = writes(e, m)
    t.eq(w[0]["method"] + " " + w[0]["path"], "POST /v5/livedns/domains/example.com/snapshots",
         "snapshot first")
    got = sorted((q["method"], q["path"].rsplit("/records/", 1)[1], q["body"]) for q in w[1:])
    t.eq(got, [
        ("DELETE", "webmail/CNAME", ""),
        ("PUT", "%40/TXT", json.dumps({"rrset_values":
                                      ['"v=spf1 include:_mailcust.gandi.net ~all"'],
                                      "rrset_ttl": 10800}, separators=(",", ":"))),
        ("PUT", "api/A", '{"rrset_values":["192.0.2.20","192.0.2.22"],"rrset_ttl":600}'),
        ("PUT", "new/TXT", '{"rrset_values":["\\"hello\\""],"rrset_ttl":3600}'),
    ], "one request per changed RRset")
    snap = json.loads(e.requests()[m:][[q["method"] for q in e.requests()[m:]].index("POST")]
                      ["body"])["name"]
    t.contains(snap, "before applying")
    t.contains(r.err, "snapshot ")
    t.contains(r.err, "gandi dns snapshot restore example.com ")
    t.contains(r.err, "done: 4 changes in 4 requests")
    z = zone(e)
    t.eq(z[("api", "A")], (600, ["192.0.2.20", "192.0.2.22"]), "api")
    t.eq(z[("new", "TXT")], (3600, ['"hello"']), "new")
    assert ("webmail", "CNAME") not in z
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--dry-run", "--exit-code", emu=e,
                     token="all"))
    t.contains(r.out, "nothing to change")


def test_dry_run_and_exit_code(t):
    e = t.emu()
    path = t.write("zone.txt", EDITED)
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--dry-run", emu=e, token="all"))
    t.contains(r.out, "1 to add, 2 to change, 1 to remove")
    t.contains(r.err, "dry run: nothing was sent")
    r = t.gandi("dns", "sync", "example.com", path, "-n", "--exit-code", emu=e, token="all")
    t.rc(r, 10)
    t.eq(r.err.count("gandi:"), 0, "no error message for pending changes")
    r = t.gandi("dns", "sync", "example.com", path, "-n", "--exit-code", "--json", emu=e,
                token="all")
    t.rc(r, 10)
    j = r.json()
    t.eq(j["counts"], {"add": 1, "change": 2, "remove": 1, "unchanged": 8, "left": 0},
         "counts")
    t.eq([(c["action"], c["name"], c["type"], c["status"]) for c in j["changes"]],
         [("change", "@", "TXT", "pending"), ("change", "api", "A", "pending"),
          ("add", "new", "TXT", "pending"), ("remove", "webmail", "CNAME", "pending")],
         "changes")
    t.eq(j["changes"][1]["old_ttl"], 300, "old TTL")
    t.eq(j["changes"][1]["removed"], ["192.0.2.21"], "removed value")
    t.eq((j["dry_run"], j["in_sync"], j["snapshot"], j["requests"]), (True, False, None, 0),
         "report")
    t.eq(writes(e, m), [], "writes")
    # --exit-code after applying: 0, the zone matches
    t.ok(t.gandi("dns", "sync", "example.com", path, "--yes", "--exit-code", emu=e,
                 token="all"))


def test_confirmation(t):
    e = t.emu()
    path = t.write("zone.txt", EDITED)
    m = e.mark()
    r = t.gandi("dns", "sync", "example.com", path, emu=e, token="all")
    t.rc(r, 2)
    t.contains(r.err, "refusing to change the zone of example.com without confirmation")
    t.contains(r.err, "--yes")
    r = t.gandi_tty("dns", "sync", "example.com", path, emu=e, token="all", answers=["n\n"])
    t.rc(r, 1)
    t.contains(r.out, "Apply these 4 changes to example.com? [y/N]")
    t.contains(r.out, "cancelled")
    t.eq(writes(e, m), [], "writes")
    r = t.gandi_tty("dns", "sync", "example.com", path, emu=e, token="all", answers=["y\n"])
    t.rc(r, 0)
    t.eq(zone(e)[("new", "TXT")], (3600, ['"hello"']), "applied")


def test_no_delete_keeps_what_only_gandi_has(t):
    e = t.emu()
    path = t.write("zone.txt", "api 300 IN A 192.0.2.22\nwww CNAME example.net.\n")
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--no-delete", "--yes", emu=e,
                     token="all"))
    t.contains(r.out, "example.com: 2 to change; 0 unchanged, 9 left alone")
    t.contains(r.err, "9 RRsets only at Gandi are kept (--no-delete)")
    z = zone(e)
    t.eq(z[("api", "A")], (300, ["192.0.2.20", "192.0.2.21", "192.0.2.22"]), "values merged")
    t.eq(z[("www", "CNAME")], (10800, ["example.net."]), "a CNAME is replaced")
    t.eq(len(z), 11, "nothing removed")
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--no-delete", "-n", "--exit-code",
                     emu=e, token="all"))
    t.contains(r.out, "nothing to change")


def test_whole_zone_in_one_request_when_most_of_it_changes(t):
    e = t.emu()
    path = t.write("zone.txt", "@ 300 IN A 192.0.2.1\nwww 300 IN A 192.0.2.1\n"
                               "_dmarc 10800 IN TXT \"v=DMARC1; p=none\"\n")
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--yes", "--json", emu=e,
                     token="all"))
    j = r.json()
    t.eq((j["method"], j["requests"], j["in_sync"]), ("zone", 1, True), "report")
    t.eq({c["status"] for c in j["changes"]}, {"applied"}, "statuses")
    w = writes(e, m)
    t.eq([(q["method"], q["path"]) for q in w],
         [("POST", "/v5/livedns/domains/example.com/snapshots"),
          ("PUT", "/v5/livedns/domains/example.com/records")], "requests")
    items = json.loads(w[1]["body"])["items"]
    t.eq(sorted((i["rrset_name"], i["rrset_type"], i["rrset_ttl"]) for i in items),
         [("@", "A", 300), ("_dmarc", "TXT", 10800), ("www", "A", 300)], "items")
    t.eq(zone(e), {("@", "A"): (300, ["192.0.2.1"]), ("www", "A"): (300, ["192.0.2.1"]),
                   ("_dmarc", "TXT"): (10800, ['"v=DMARC1; p=none"'])}, "zone")


def test_cname_replacing_other_types_deletes_first(t):
    e = t.emu()
    z = seed_zone()
    lines = [f"{n} {ttl} IN {ty} {v}" for (n, ty), (ttl, vals) in z.items()
             for v in vals if (n, ty) != ("api", "A")]
    lines.append("api 300 IN CNAME example.net.")
    path = t.write("zone.txt", "\n".join(lines) + "\n")
    m = e.mark()
    t.ok(t.gandi("dns", "sync", "example.com", path, "--yes", emu=e, token="all"))
    w = [(q["method"], q["path"].rsplit("/records/", 1)[-1]) for q in writes(e, m)]
    t.eq(w[1:], [("DELETE", "api/A"), ("PUT", "api/CNAME")], "the deletion goes first")
    t.eq(zone(e)[("api", "CNAME")], (300, ["example.net."]), "CNAME")


def test_unsupported_records_refused_or_left_out(t):
    e = t.emu()
    text = EDITED + "host 10800 IN HINFO \"PC\" \"Linux\"\nother.example.net. 300 IN A 192.0.2.9\n"
    t.write("zone.txt", text)
    r = t.gandi("dns", "sync", "example.com", "zone.txt", "--dry-run", emu=e, token="all")
    t.rc(r, 2)
    t.contains(r.err, "2 records in 'zone.txt' cannot be held by LiveDNS")
    t.contains(r.err, "line 15: host.example.com. HINFO: type not accepted by LiveDNS")
    t.contains(r.err, "line 16: other.example.net. A: owner outside the zone")
    t.contains(r.err, "--skip-unsupported")
    t.eq(e.requests(), [], "nothing sent")
    r = t.ok(t.gandi("dns", "sync", "example.com", "zone.txt", "--skip-unsupported", "--yes",
                     emu=e, token="all"))
    t.contains(r.err, "2 records of 'zone.txt' left out (--skip-unsupported)")
    t.contains(r.err, "line 15: host.example.com. HINFO")
    t.eq(zone(e)[("new", "TXT")], (3600, ['"hello"']), "the rest applied")
    r = t.ok(t.gandi("dns", "sync", "example.com", "zone.txt", "--skip-unsupported", "-n",
                     "--json", emu=e, token="all"))
    t.eq([(s["where"], s["type"]) for s in r.json()["skipped"]],
         [("line 15", "HINFO"), ("line 16", "A")], "skipped in JSON")


def test_bad_files_are_refused_before_any_request(t):
    e = t.emu()
    cases = [
        ("syntax.txt", "www 300 IN A 192.0.2.1\nbad 300 IN A \"unterminated\n",
         "'syntax.txt' line 2"),
        ("ttl.txt", "www 60 IN A 192.0.2.1\nok 300 IN A 192.0.2.2\n",
         "line 1: www A has TTL 60"),
        ("bad.json", "[{\"rrset_name\": \"www\",}]", "'bad.json' line 1, column"),
        ("shape.json", "{\"records\": []}", "'shape.json' is JSON but not an array of RRsets"),
        ("value.json", json.dumps([{"rrset_name": "www", "rrset_type": "A", "rrset_ttl": 300,
                                    "rrset_values": ["192.0.2"]}]),
         "'value.json' item 1 (www A): invalid A address '192.0.2': expected an IPv4 address"),
        ("dup.json", json.dumps([{"rrset_name": "www", "rrset_type": "A",
                                  "rrset_values": ["192.0.2.1"]},
                                 {"rrset_name": "WWW", "rrset_type": "A",
                                  "rrset_values": ["192.0.2.2"]}]),
         "gives the RRset www A twice (items 1 and 2)"),
        ("type.json", json.dumps([{"rrset_name": "www", "rrset_type": "HINFO",
                                   "rrset_values": ["x"]}]),
         "item 1: www HINFO: type not accepted by LiveDNS"),
        ("rules.txt", "@ CNAME x.example.net.\nwww A 192.0.2.1\nWWW CNAME y.example.net.\n"
         "sub ALIAS z.example.net.\n", "'rules.txt' holds 3 records that LiveDNS refuses\n"
         "  line 1: a CNAME cannot be at the apex (@); LiveDNS has ALIAS for that\n"
         "  line 4: ALIAS sub: an ALIAS can only be at the apex (@)\n"
         "  line 3: WWW CNAME: a CNAME must be alone at its name (line 2 gives www A)\n"),
        ("outside.json", json.dumps([{"rrset_name": "www.example.net.", "rrset_type": "A",
                                      "rrset_values": ["192.0.2.1"]}]),
         "'outside.json' item 1: 'www.example.net.' is outside the zone example.com"),
    ]
    for name, text, message in cases:
        t.write(name, text)
        r = t.gandi("dns", "sync", "example.com", name, "--yes", emu=e, token="all")
        t.rc(r, 2)
        t.contains(r.err, message, name)
    r = t.gandi("dns", "sync", "example.com", t.path("missing.txt"), emu=e, token="all")
    t.rc(r, 2)
    t.contains(r.err, "cannot read '" + t.path("missing.txt") + "': No such file")
    t.eq(e.requests(), [], "nothing sent")


def test_stdin_and_full_names(t):
    e = t.emu()
    text = "\n".join(x for x in EDITED.splitlines() if not x.startswith("new")) + "\n"
    text = text.replace("\nwww ", "\nwww.example.com. ")
    r = t.ok(t.gandi("dns", "sync", "example.com", "-", "--yes", emu=e, token="all",
                     stdin=text))
    t.contains(r.out, "2 to change, 1 to remove")
    r = t.ok(t.gandi("dns", "list", "example.com", "--json", emu=e, token="all"))
    items = r.json()
    for i in items:
        i["rrset_name"] = "example.com." if i["rrset_name"] == "@" else \
            i["rrset_name"] + ".example.com."
    r = t.ok(t.gandi("dns", "sync", "example.com", "-", "-n", "--exit-code", emu=e,
                     token="all", stdin=json.dumps(items)))
    t.contains(r.out, "nothing to change")


def test_soa_and_gandi_name_servers_left_alone(t):
    e = t.emu()
    ns = ["ns-245-a.gandi.net.", "ns-162-b.gandi.net.", "ns-34-c.gandi.net."]
    status, _, body = e.api("PUT", "livedns/domains/example.com/records/@/NS",
                            {"rrset_values": ns, "rrset_ttl": 10800})
    assert status == 201, (status, body)
    path = export(t, e)
    text = "\n".join(x for x in open(path).read().splitlines() if " NS " not in x) + "\n"
    path = t.write("zone.txt", text)
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "--yes", emu=e, token="all"))
    t.contains(r.out, "nothing to change (11 unchanged, 2 left alone)")
    t.contains(r.err, "Gandi's name servers (@ NS) are left as they are")
    t.eq(writes(e, m), [], "writes")
    # the file names other name servers: that is a change
    path = t.write("ns.txt", text + "@ 10800 IN NS ns1.example.net.\n")
    r = t.ok(t.gandi("dns", "sync", "example.com", path, "-n", emu=e, token="all"))
    t.contains(r.out, "change @ NS, TTL 10800")
    t.contains(r.out, "+ ns1.example.net.")


def test_failure_midway_then_the_printed_command_restores_the_zone(t):
    # 80 more RRsets, so that changing 27 of them goes one request per RRset
    seed = json.loads(json.dumps(SEED))
    dom = [d for d in seed["domains"] if d["fqdn"] == "example.com"][0]
    for i in range(80):
        dom["livedns"]["records"].append({"rrset_name": f"host{i}", "rrset_type": "A",
                                          "rrset_ttl": 300, "rrset_values": [f"198.51.100.{i}"]})
    seed_path = t.write("seed.json", json.dumps(seed))
    state = t.path("state.json")
    e = t.emu("--seed", seed_path, "--state", state, "--fault-rate", "0.3", "--fault-seed", "7",
              "--fault-methods", "PUT,DELETE")
    before = zone(e)
    text = open(export(t, e), encoding="utf-8").read()
    text = "".join(line.replace("198.51.100.", "203.0.113.") if
                   line.startswith("host") and int(line[4:line.index(" ")]) % 3 == 0 else line
                   for line in text.splitlines(keepends=True))
    path = t.write("zone.txt", text)
    # --api-url as a flag, so that the printed command must carry it
    r = t.gandi("--retries", "1", "--api-url", e.api_url, "dns", "sync", "example.com", path,
                "--yes", token="all")
    assert r.rc in (1, 6), r.describe()
    t.contains(r.err, "applying the changes to example.com stopped: ")
    t.contains(r.err, "applied (")
    t.contains(r.err, "not applied (")
    after = zone(e)
    applied = {line.split()[1] for line in
               r.err.split("applied (", 1)[1].split("not applied (")[0].splitlines()[1:]}
    not_applied = {line.split()[1] for line in
                   r.err.split("not applied (", 1)[1].splitlines()[1:] if line.startswith("  ")
                   and len(line.split()) == 3}
    assert applied and not_applied, r.err
    t.eq(len(applied) + len(not_applied), 27, "every change accounted for")
    for name in applied:
        t.eq(after[(name, "A")][1][0].startswith("203.0.113."), True, f"{name} applied")
    for name in not_applied:
        t.eq(after[(name, "A")], before[(name, "A")], f"{name} not applied")
    cmd = [line.strip() for line in r.err.splitlines()
           if line.strip().startswith("gandi ") and "snapshot restore" in line][0]
    argv = shlex.split(cmd)
    t.eq(argv[:3], ["gandi", "--api-url", e.api_url], "the command carries --api-url")
    e.stop()
    # the same state, without faults: the printed command, as printed (plus --yes)
    e2 = t.emu("--state", state)
    argv = [a.replace(e.api_url, e2.api_url) for a in argv[1:]]
    r = t.ok(t.gandi(*argv, "--yes", token="all"))
    t.contains(r.err, "done: ")
    t.eq(zone(e2), before, "zone restored")


def test_import_replaces_the_whole_zone(t):
    e = t.emu()
    path = t.write("zone.txt", "$TTL 300\n@ IN A 192.0.2.1\nwww IN CNAME example.com.\n")
    m = e.mark()
    r = t.gandi("dns", "import", "example.com", path, emu=e, token="all")
    t.rc(r, 2)
    r = t.gandi_tty("dns", "import", "example.com", "zone.txt", emu=e, token="all",
                    answers=["n\n"])
    t.contains(r.out, "Replace the whole zone of example.com with the 2 RRsets of 'zone.txt'")
    t.eq(writes(e, m), [], "writes")
    r = t.ok(t.gandi("dns", "import", "example.com", path, "--yes", emu=e, token="all"))
    w = writes(e, m)
    t.eq([(q["method"], q["path"]) for q in w],
         [("POST", "/v5/livedns/domains/example.com/snapshots"),
          ("PUT", "/v5/livedns/domains/example.com/records")], "requests")
    t.contains(json.loads(w[0]["body"])["name"], "before importing")
    t.eq(zone(e), {("@", "A"): (300, ["192.0.2.1"]), ("www", "CNAME"): (300, ["example.com."])},
         "zone")
    m = e.mark()
    r = t.ok(t.gandi("dns", "import", "example.com", path, "--yes", emu=e, token="all"))
    t.contains(r.out, "nothing to change")
    t.eq(writes(e, m), [], "an identical zone is left alone")


def test_snapshot_commands(t):
    e = t.emu()
    r = t.ok(t.gandi("dns", "snapshot", "create", "example.com", "before the move", emu=e,
                     token="all"))
    sid = r.out.strip()
    t.eq(len(r.out.splitlines()), 1, "the id alone on stdout")
    t.eq(json.loads(e.last("/snapshots")["body"]), {"name": "before the move"}, "POST body")
    r = t.ok(t.gandi("dns", "snapshot", "list", "example.com", emu=e, token="all"))
    t.eq(r.out.splitlines()[0].split(), ["ID", "CREATED", "KIND", "NAME"], "header")
    t.contains(r.out.splitlines()[1], sid)
    t.eq(r.out.splitlines()[1].split()[4:], ["manual", "before", "the", "move"], "row")
    t.eq(e.last("/snapshots")["query"], "sort_by=-date_created&per_page=100&page=1", "query")
    r = t.ok(t.gandi("dns", "snapshot", "list", "example.com", "--automatic", "--json", emu=e,
                     token="all"))
    t.eq(r.json(), [], "no automatic snapshot yet")
    r = t.ok(t.gandi("dns", "snapshot", "show", "example.com", sid, emu=e, token="all"))
    t.contains(r.out, "_dmarc       TXT    10800  v=DMARC1; p=none")
    t.contains(r.err, "'before the move', taken ")
    r = t.ok(t.gandi("dns", "snapshot", "show", "example.com", sid, "--json", emu=e,
                     token="all"))
    t.eq(len(r.json()["zone_data"]), 11, "zone_data")
    t.write("snap.json", r.out)
    r = t.ok(t.gandi("dns", "sync", "example.com", "snap.json", "-n", "--exit-code", emu=e,
                     token="all"))
    t.contains(r.out, "example.com matches 'snap.json': nothing to change (11 unchanged)")
    r = t.ok(t.gandi("dns", "snapshot", "show", "example.com", sid, "--bind", emu=e,
                     token="all"))
    t.contains(r.out, "IN SOA")
    t.eq(e.last("/snapshots")["headers"]["accept"], "text/plain", "Accept")
    # change the zone, then restore the snapshot
    t.ok(t.gandi("dns", "set", "example.com", "A", "api", "192.0.2.99", emu=e, token="all"))
    t.ok(t.gandi("dns", "delete", "example.com", "CNAME", "www", "--yes", emu=e, token="all"))
    m = e.mark()
    r = t.gandi("dns", "snapshot", "restore", "example.com", sid, emu=e, token="all")
    t.rc(r, 2)
    r = t.ok(t.gandi("dns", "snapshot", "restore", "example.com", sid, "--dry-run", emu=e,
                     token="all"))
    t.contains(r.out, "1 to add, 1 to change; 9 unchanged")
    t.eq(writes(e, m), [], "writes")
    r = t.ok(t.gandi("dns", "snapshot", "restore", "example.com", sid, "--yes", emu=e,
                     token="all"))
    w = writes(e, m)
    t.eq([(q["method"], q["path"].split("/example.com/")[1]) for q in w],
         [("POST", "snapshots"), ("PUT", "records")], "snapshot first, then the zone")
    t.contains(json.loads(w[0]["body"])["name"], "before restoring snapshot " + sid)
    status, _, snap = e.api("GET", f"livedns/domains/example.com/snapshots/{sid}")
    t.eq(json.loads(w[1]["body"])["items"], [
        {"rrset_name": x["rrset_name"], "rrset_type": x["rrset_type"],
         "rrset_ttl": x["rrset_ttl"], "rrset_values": x["rrset_values"]}
        for x in snap["zone_data"]], "the snapshot's zone_data as items")
    t.eq(zone(e), seed_zone(), "restored")
    undo = r.err.split("to undo them: ")[1].split(")")[0]
    t.eq(shlex.split(undo)[:5], ["gandi", "dns", "snapshot", "restore", "example.com"], "undo")
    # delete: asks, then deletes
    r = t.gandi("dns", "snapshot", "delete", "example.com", sid, emu=e, token="all")
    t.rc(r, 2)
    r = t.gandi_tty("dns", "snapshot", "delete", "example.com", sid, emu=e, token="all",
                    answers=["\n"])
    t.contains(r.out, f"Delete the snapshot {sid} of example.com ('before the move', taken")
    r = t.ok(t.gandi("dns", "snapshot", "delete", "example.com", sid, "--yes", emu=e,
                     token="all"))
    t.contains(r.out, f"deleted snapshot {sid} of example.com")
    t.eq(e.last("/snapshots")["method"], "DELETE", "DELETE sent")
    r = t.gandi("dns", "snapshot", "show", "example.com", sid, emu=e, token="all")
    t.rc(r, 5)
    t.contains(r.err, f"example.com has no snapshot '{sid}'")
    t.contains(r.err, "gandi dns snapshot list example.com")


def test_snapshot_arguments_checked_before_any_request(t):
    e = t.emu()
    for verb in ("show", "restore", "delete"):
        r = t.gandi("dns", "snapshot", verb, "example.com", "../records", emu=e, token="all")
        t.rc(r, 2)
        t.contains(r.err, "'../records' is not a snapshot ID")
    r = t.gandi("dns", "snapshot", "create", "example.com", "x" * 256, emu=e, token="all")
    t.rc(r, 2)
    r = t.gandi("dns", "snapshot", "list", "example.com", "--automatic", "--manual", emu=e,
                token="all")
    t.rc(r, 2)
    t.eq(e.requests(), [], "nothing sent")


def test_permission_and_coverage(t):
    e = t.emu()
    path = t.write("zone.txt", EDITED)
    r = t.gandi("dns", "sync", "example.com", path, "-n", emu=e, token="view")
    t.rc(r, 4)
    r = t.gandi("dns", "sync", "example.net", path, "-n", emu=e, token="one-domain")
    t.rc(r, 5)


def test_ten_thousand_rrsets_one_percent_changed(t):
    seed_path = t.path("big.json")
    with open(seed_path, "w") as f:
        import subprocess
        subprocess.run([os.path.join(t.build, "gandi-emu"), "--generate-seed",
                        "domains=0,records=10000"], stdout=f, check=True)
    e = t.emu("--seed", seed_path, "--rate-limit", "0")
    r = t.ok(t.gandi("dns", "list", "big.example", "--json", emu=e, token="all"))
    items = r.json()
    t.eq(len(items), 10000, "records")
    for i in range(0, 10000, 100):
        items[i]["rrset_ttl"] = 600
    path = t.write("big.json.zone", json.dumps(items))
    m = e.mark()
    r = t.ok(t.gandi("dns", "sync", "big.example", path, "--yes", emu=e, token="all",
                     timeout=120))
    t.contains(r.out, "big.example: 100 to change; 9900 unchanged")
    w = writes(e, m)
    t.eq(len([q for q in w if q["method"] == "PUT"]), 100, "one PUT per changed RRset")
    t.eq(len(w), 101, "and one snapshot")


def test_a_file_with_nothing_to_write_does_not_wipe_the_zone(t):
    e = t.emu()
    t.write("empty.txt", "; nothing yet\n")
    for args in (("sync", "example.com", "empty.txt", "--yes"),
                 ("import", "example.com", "empty.txt", "--yes")):
        r = t.gandi("dns", *args, emu=e, token="all")
        t.rc(r, 2)
        t.contains(r.err, "'empty.txt' holds no record to write: gandi will not remove every "
                          "RRset of example.com")
    r = t.gandi("dns", "sync", "example.com", "-", "--yes", emu=e, token="all", stdin="[]")
    t.rc(r, 2)
    r = t.ok(t.gandi("dns", "sync", "example.com", "empty.txt", "-n", emu=e, token="all"))
    t.contains(r.out, "11 to remove")
    t.contains(r.err, "warning: 'empty.txt' holds no record to write")
    t.ok(t.gandi("dns", "sync", "example.com", "empty.txt", "--no-delete", "--yes", emu=e,
                 token="all"))
    t.eq(writes(e), [], "writes")
    t.eq(zone(e), seed_zone(), "zone")
