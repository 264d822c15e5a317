"""gandi domain ... against gandi-emu: what is printed, what was sent, what changed."""
import json
import subprocess

from gandi_test import SEED


def domain(e, fqdn):
    status, _, body = e.api("GET", f"domain/domains/{fqdn}")
    assert status == 200, (status, body)
    return body


def test_list_table_and_json(t):
    e = t.emu()
    r = t.ok(t.gandi("domain", "list", emu=e, token="all"))
    lines = r.out.splitlines()
    t.eq(lines[0].split(), ["DOMAIN", "EXPIRES", "AUTORENEW", "STATUS", "NAMESERVERS"], "header")
    mine = [d["fqdn"] for d in SEED["domains"]
            if d["organization"] == SEED["tokens"][0]["organization"]]
    t.eq([l.split()[0] for l in lines[1:]], sorted(mine), "domains listed")
    j = t.ok(t.gandi("domain", "list", "--json", emu=e, token="all")).json()
    t.eq(sorted(d["fqdn"] for d in j), sorted(mine), "json domains")
    assert all("dates" in d and "nameserver" in d for d in j), j


def test_list_filters_and_sort(t):
    e = t.emu()
    r = t.ok(t.gandi("domain", "list", "--tld", "net", "--plain", "--no-header", emu=e,
                     token="all"))
    t.eq([l.split("\t")[0] for l in r.out.splitlines()], ["example.net"], "--tld net")
    q = e.last("/domain/domains")["query"]
    t.contains(q, "tld=net")
    r = t.ok(t.gandi("domain", "list", "--sort", "expires", "--json", emu=e, token="all"))
    ends = [d["dates"]["registry_ends_at"] for d in r.json()]
    t.eq(ends, sorted(ends), "sorted by expiry")
    t.contains(e.last("/domain/domains")["query"], "sort_by=dates.registry_ends_at")
    r = t.ok(t.gandi("domain", "list", "--fqdn", "*.org", "--json", emu=e, token="all"))
    t.eq([d["fqdn"] for d in r.json()], ["example.org"], "--fqdn pattern")
    r = t.gandi("domain", "list", "--sort", "size", emu=e, token="all")
    t.rc(r, 2)


def test_list_every_page_of_1000_domains(t):
    e0 = t.emu()
    seed = subprocess.run([e0.argv[0], "--generate-seed", "domains=1000,records=5"],
                          capture_output=True, check=True).stdout
    path = t.path("big.json")
    open(path, "wb").write(seed)
    e = t.emu("--seed", path)
    big = json.loads(seed)
    token = big["tokens"][0]
    t.secret(token["secret"])
    want = sorted(d["fqdn"] for d in big["domains"] if d["organization"] == token["organization"])
    assert len(want) > 1000, len(want)
    r = t.ok(t.gandi("domain", "list", "--json", emu=e, token=token["secret"]))
    t.eq(sorted(d["fqdn"] for d in r.json()), want, "every domain listed once")
    pages = [q for q in e.requests() if q["path"].endswith("/domain/domains")]
    t.eq(len(pages), (len(want) + 99) // 100, "page requests (100 per page)")
    r = t.ok(t.gandi("domain", "list", emu=e, token=token["secret"]))
    t.eq(len(r.out.splitlines()), len(want) + 1, "table rows")


def test_info(t):
    e = t.emu()
    r = t.ok(t.gandi("domain", "info", "example.com", emu=e, token="all"))
    for part in ("domain        example.com", "clientTransferProhibited", "autorenew     on",
                 "nameservers", "organization  alice", "owner         Alice Example"):
        t.contains(r.out, part)
    j = t.ok(t.gandi("domain", "info", "Example.COM.", "--json", emu=e, token="all")).json()
    t.eq(j["fqdn"], "example.com", "fqdn")
    r = t.gandi("domain", "info", "nope.example", emu=e, token="all")
    t.rc(r, 5)
    r = t.gandi("domain", "info", "not a domain", emu=e, token="all")
    t.rc(r, 2)
    t.eq(len([q for q in e.requests() if "not" in q["path"]]), 0, "invalid name sent")


def test_renew_refuses_without_terminal_or_yes(t):
    e = t.emu()
    before = domain(e, "example.com")["dates"]["registry_ends_at"]
    r = t.gandi("domain", "renew", "example.com", emu=e, token="all")
    t.rc(r, 2)
    t.contains(r.err, "without confirmation")
    t.contains(r.err, "--yes")
    t.eq([q for q in e.requests() if q["method"] == "POST"], [], "POST sent")
    t.eq(domain(e, "example.com")["dates"]["registry_ends_at"], before, "expiry")


def test_renew_with_yes_moves_expiry_once(t):
    e = t.emu()
    before = domain(e, "example.com")["dates"]["registry_ends_at"]
    r = t.ok(t.gandi("domain", "renew", "example.com", "--duration", "2", "--yes", emu=e,
                     token="all"))
    t.contains(r.out, "renewed example.com for 2 years")
    posts = [q for q in e.requests() if q["method"] == "POST"]
    t.eq(len(posts), 1, "POST requests")
    t.eq(json.loads(posts[0]["body"]), {"duration": 2}, "body")
    after = domain(e, "example.com")["dates"]["registry_ends_at"]
    t.eq(int(after[:4]) - int(before[:4]), 2, "years added")


def test_renew_on_terminal_asks(t):
    e = t.emu()
    before = domain(e, "example.com")["dates"]["registry_ends_at"]
    r = t.gandi_tty("domain", "renew", "example.com", emu=e, token="all", answers=["n\n"])
    t.contains(r.out, "Renew example.com for 1 year")
    t.contains(r.out, "[y/N]")
    t.contains(r.out, "cancelled")
    t.eq(domain(e, "example.com")["dates"]["registry_ends_at"], before, "expiry after no")
    r = t.gandi_tty("domain", "renew", "example.com", emu=e, token="all", answers=["y\n"])
    t.eq(r.rc, 0, "exit after yes")
    assert domain(e, "example.com")["dates"]["registry_ends_at"] != before


def test_renew_dry_run(t):
    e = t.emu()
    before = domain(e, "example.com")["dates"]["registry_ends_at"]
    r = t.ok(t.gandi("domain", "renew", "example.com", "--dry-run", emu=e, token="all"))
    t.contains(r.out, "dry run")
    post = [q for q in e.requests() if q["method"] == "POST"][-1]
    t.eq(post["headers"].get("dry-run"), "1", "Dry-Run header")
    t.eq(domain(e, "example.com")["dates"]["registry_ends_at"], before, "expiry")


def test_renew_duration_checked_before_sending(t):
    e = t.emu()
    for bad in ("0", "10", "two"):
        r = t.gandi("domain", "renew", "example.com", "--duration", bad, "--yes", emu=e,
                    token="all")
        t.rc(r, 2)
    t.eq([q for q in e.requests() if q["method"] == "POST"], [], "POST sent")


def test_autorenew(t):
    e = t.emu()
    t.ok(t.gandi("domain", "autorenew", "example.com", "off", emu=e, token="all"))
    assert domain(e, "example.com")["autorenew"]["enabled"] is False
    t.ok(t.gandi("domain", "autorenew", "example.com", "on", "--json", emu=e, token="all"))
    assert domain(e, "example.com")["autorenew"]["enabled"] is True
    r = t.gandi("domain", "autorenew", "example.com", "maybe", emu=e, token="all")
    t.rc(r, 2)


def test_nameservers(t):
    e = t.emu()
    r = t.ok(t.gandi("domain", "nameservers", "example.com", emu=e, token="all"))
    assert len(r.out.split()) >= 2, r.out
    r = t.gandi("domain", "nameservers", "example.com", "--set", "ns1.example.net",
                "ns2.example.net", emu=e, token="all")
    t.rc(r, 2)
    t.ok(t.gandi("domain", "nameservers", "example.com", "--set", "ns1.example.net",
                 "ns2.example.net.", "--yes", emu=e, token="all"))
    status, _, body = e.api("GET", "domain/domains/example.com/nameservers")
    t.eq(body, ["ns1.example.net", "ns2.example.net"], "nameservers")
    r = t.gandi("domain", "nameservers", "example.com", "--set", "bad host", "--yes", emu=e,
                token="all")
    t.rc(r, 2)


def test_available(t):
    e = t.emu()
    r = t.ok(t.gandi("domain", "available", "brand-new-name.com", emu=e, token="all"))
    t.contains(r.out, "brand-new-name.com")
    t.contains(r.out, "available")
    r = t.ok(t.gandi("domain", "available", "example.com", "--json", emu=e, token="all"))
    t.eq(r.json()["products"][0]["status"] != "available", True, "taken name")
