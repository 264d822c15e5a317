"""gandi-emu's command line, startup, shutdown and generic HTTP behaviour."""
import os
import re
import select
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import (CT_ERROR, NOT_FOUND, SEED, auth_header, header, raw, run_emu,  # noqa: E402
                      start_raw, stop_raw, token)


def test_version(t):
    rc, out, err = run_emu(t, ["--version"])
    t.eq(rc, 0, "exit code")
    assert re.fullmatch(r"gandi-emu \d+\.\d+\.\d+\n", out), out


def test_help_lists_every_option(t):
    rc, out, _ = run_emu(t, ["--help"])
    t.eq(rc, 0, "exit code")
    for opt in ["--listen", "--state", "--seed", "--tls-cert", "--tls-key", "--latency",
                "--fault-rate", "--fault-seed", "--fault-methods", "--rate-limit", "--log",
                "--quiet", "--help-seed", "--generate-seed", "--version"]:
        t.contains(out, opt, "--help")
    t.contains(out, "GANDI_API_URL", "--help explains how to point gandi at it")


def test_help_seed_prints_every_token(t):
    rc, out, _ = run_emu(t, ["--help-seed"])
    t.eq(rc, 0, "exit code")
    names = {tok["name"] for tok in SEED["tokens"]}
    for want in ["all", "view", "tech", "renew", "expired", "expiring", "one-domain", "legacy",
                 "corp", "no-org"]:
        assert want in names, f"the seed has no token {want!r}"
    for tok in SEED["tokens"]:
        t.contains(out, f"{tok['name']}\n  Authorization: {auth_header(tok['name'])}\n",
                   "--help-seed")
        for scope in tok["scopes"]:
            t.contains(out, scope, "--help-seed scopes")
    t.contains(out, "only example.com", "coverage of one-domain")
    t.contains(out, "expired 1 day ago", "expiry of the expired token")
    t.contains(out, "(in 3 days)", "expiry of the expiring token")


def test_help_seed_lists_dnssec_glue_locks_and_transfer_keys(t):
    rc, out, _ = run_emu(t, ["--help-seed"])
    t.eq(rc, 0, "exit code")
    for k in SEED["tsig_keys"]:
        t.contains(out, f"  {k['id']}.gandi.net  ", "a TSIG key")
        t.contains(out, k["secret"], "its secret")
    lines = {line.split()[0]: line for line in out.split("Domains:\n", 1)[1].splitlines()}
    for d in SEED["domains"]:
        line = lines[d["fqdn"]]
        t.contains(line, "DNSSEC " + d.get("dnssec", {}).get("state", "inactive"), d["fqdn"])
        t.contains(line, "transfer lock on" if "clientTransferProhibited" in d["status"]
                   else "transfer lock off", d["fqdn"])
        for h in d.get("hosts", []):
            t.contains(line, f"{h['name']} ({' '.join(h['ips'])})", f"glue of {d['fqdn']}")
        for ip in (d.get("livedns") or {}).get("axfr", {}).get("slaves", []):
            t.contains(line, ip, f"secondaries of {d['fqdn']}")
    t.contains(lines["example.com"], "(KSK tag ", "the KSK and its tag")
    t.contains(lines["example.net"], "deleted", "a deleted key")


def test_help_seed_of_a_seed_file(t):
    seed = dict(SEED)
    seed["tokens"] = [dict(token("all"), name="mine", secret="ab" * 20)]
    import json
    path = t.write("seed.json", json.dumps(seed))
    rc, out, _ = run_emu(t, ["--help-seed", "--seed", path])
    t.eq(rc, 0, "exit code")
    t.contains(out, "mine\n  Authorization: Bearer " + "ab" * 20, "--help-seed --seed")
    t.absent(out, token("view")["secret"], "--help-seed --seed")


def test_seed_secrets_are_distinct_and_fake(t):
    secrets = [tok["secret"] for tok in SEED["tokens"]]
    for s in secrets:
        others = [o for o in secrets if o is not s]
        assert not any(s in o for o in others), f"{s} is a substring of another secret"
    for tok in SEED["tokens"]:
        if tok["kind"] == "pat":
            assert re.fullmatch(r"[0-9a-f]{40}", tok["secret"]), tok
            assert len(set(tok["secret"])) <= 4, f"{tok['name']}: not obviously patterned"
        else:
            assert re.fullmatch(r"[A-Za-z0-9]{24}", tok["secret"]), tok


def test_bad_options(t):
    cases = [
        (["--rate-limit", "abc"], "invalid value 'abc' for --rate-limit"),
        (["--rate-limit", "5/0"], "--rate-limit"),
        (["--fault-rate", "1.5"], "invalid value '1.5' for --fault-rate"),
        (["--fault-methods", "GET,FETCH"], "--fault-methods"),
        (["--latency", "-3"], "--latency"),
        (["--listen", "nowhere"], "invalid value 'nowhere' for --listen"),
        (["--tls-cert", "x.pem"], "--tls-cert and --tls-key go together"),
        (["--bogus"], "unknown option '--bogus'"),
        (["extra"], "unexpected argument 'extra'"),
        (["--generate-seed", "domains=x"], "--generate-seed"),
    ]
    for args, msg in cases:
        rc, out, err = run_emu(t, args)
        t.eq(rc, 2, f"exit code of {args}")
        t.contains(err, "gandi-emu: ", f"stderr of {args}")
        t.contains(err, msg, f"stderr of {args}")
        t.eq(out, "", f"stdout of {args}")


def test_missing_seed_file(t):
    rc, out, err = run_emu(t, ["--listen", "127.0.0.1:0", "--seed", t.path("nope.json")])
    t.eq(rc, 1, "exit code")
    t.contains(err, "gandi-emu: cannot read seed '", "stderr")
    t.contains(err, "nope.json': No such file", "stderr")


def test_invalid_seed_names_the_problem(t):
    import json
    cases = [
        ("{", "invalid JSON at line"),
        ('{"organizations": []}', "organizations: must be a non-empty array"),
    ]
    bad_ttl = json.loads(json.dumps(SEED))
    bad_ttl["domains"][0]["livedns"]["records"][0]["rrset_ttl"] = 30
    cases.append((json.dumps(bad_ttl), "domains[0].livedns.records[0]: rrset_ttl 30 is out of range"))
    typo = json.loads(json.dumps(SEED))
    typo["tokens"][0]["expire_at"] = "+1d"
    cases.append((json.dumps(typo), "tokens[0]: unknown key 'expire_at'"))

    def mutated(change):
        doc = json.loads(json.dumps(SEED))
        change({d["fqdn"]: d for d in doc["domains"]}, doc)
        return json.dumps(doc)

    def off_curve(doms, doc):
        key = doms["example.com"]["livedns"]["keys"][0]
        del key["private_key"]
        key["public_key"] = "A" * 86 + "=="
    cases += [
        (mutated(off_curve), "domains[0].livedns.keys[0]: public_key must be the base64 of a "
                             "64-byte P-256 point"),
        (mutated(lambda doms, doc: doms["example.com"]["livedns"]["keys"][0].update(
            public_key=doms["example.net"]["livedns"]["keys"][0]["public_key"])),
         "domains[0].livedns.keys[0]: public_key is not the public key of private_key"),
        (mutated(lambda doms, doc: doms["example.com"]["livedns"]["axfr"].update(
            tsig=["no-such-key"])),
         "domains[0].livedns.axfr: tsig[0] is not the id of a key of 'tsig_keys'"),
        (mutated(lambda doms, doc: doms["example.com"]["livedns"]["axfr"].update(
            tsig=[k["id"] for k in doc["tsig_keys"] if k["organization"] !=
                  doms["example.com"]["organization"]])),
         "domains[0]: TSIG key '75160000-0000-4000-8000-000000000002' belongs to another "
         "organization"),
        (mutated(lambda doms, doc: doms["example.net"]["hosts"][0].update(ips=["999.0.0.1"])),
         "domains[1].hosts[0]: ips[0] is not an IPv4 or IPv6 address"),
        (mutated(lambda doms, doc: doms["example.com"]["dnskeys"][0].update(type="csk")),
         "domains[0].dnskeys[0]: type is required: one of"),
        (mutated(lambda doms, doc: doms["example.com"].update(dnssec={"state": "on"})),
         "domains[0].dnssec: 'state' must be one of"),
    ]
    for i, (text, msg) in enumerate(cases):
        path = t.write(f"bad{i}.json", text)
        rc, out, err = run_emu(t, ["--listen", "127.0.0.1:0", "--seed", path])
        t.eq(rc, 1, f"exit code for {msg}")
        t.contains(err, f"gandi-emu: invalid seed '{path}': {msg}", "stderr")
        t.eq(out, "", "stdout")


def test_first_line_is_the_url_and_sigterm_stops(t):
    p = start_raw(t, ["--listen", "127.0.0.1:0"])
    ready, _, _ = select.select([p.stdout], [], [], 20)
    assert ready, "no output within 20 s"
    line = p.stdout.readline().decode()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+\n", line), repr(line)
    rc, out, err = stop_raw(p, signal.SIGTERM)
    t.eq(rc, 0, "exit code on SIGTERM")
    t.contains(out, "--help-seed", "the banner points at the tokens")


def test_sigint_stops_cleanly(t):
    p = start_raw(t, ["--listen", "127.0.0.1:0", "--quiet"])
    ready, _, _ = select.select([p.stdout], [], [], 20)
    assert ready
    line = p.stdout.readline().decode()
    assert line.startswith("http://")
    rc, out, err = stop_raw(p, signal.SIGINT)
    t.eq(rc, 0, "exit code on SIGINT")
    t.eq(out, "", "--quiet prints nothing but the URL")


def test_port_in_use(t):
    e = t.emu()
    port = e.url.rsplit(":", 1)[1]
    rc, out, err = run_emu(t, ["--listen", f"127.0.0.1:{port}"])
    t.eq(rc, 1, "exit code")
    t.contains(err, f"gandi-emu: cannot listen on '127.0.0.1:{port}'", "stderr")


def test_unknown_route_is_a_generic_404(t):
    e = t.emu()
    for path in ["/", "/v5", "/v5/nothing", "/v5/domain/domains/", "/v5/livedns/foo"]:
        st, h, body = e.api("GET", path)
        t.eq((st, body), (404, NOT_FOUND), f"GET {path}")
        t.eq(h.get("Content-Type"), CT_ERROR, f"content type of GET {path}")


def test_wrong_method_is_a_405_with_allow(t):
    e = t.emu()
    st, h, body = e.api("DELETE", "/v5/domain/domains")
    t.eq(st, 405, "status")
    t.eq(body["object"], "HTTPMethodNotAllowed", "object")
    t.eq(h.get("Allow"), "GET", "Allow")
    st, h, body = e.api("PATCH", "/v5/livedns/domains/example.com/records")
    t.eq(st, 405, "status")
    t.eq(h.get("Allow"), "GET, POST, PUT, DELETE", "Allow")


def test_keep_alive_serves_many_requests_on_one_connection(t):
    import http.client
    import json
    from emu_util import auth_header
    e = t.emu()
    host, port = e.url.split("//")[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    seen = set()
    for i in range(20):
        conn.request("GET", "/v5/livedns/domains/example.com",
                     headers={"Authorization": auth_header("all")})
        resp = conn.getresponse()
        body = json.loads(resp.read())
        t.eq(resp.status, 200, f"request {i}")
        t.eq(body["fqdn"], "example.com", "fqdn")
        seen.add(id(conn.sock))
    conn.close()
    t.eq(len(seen), 1, "sockets used")


def test_concurrent_clients(t):
    import concurrent.futures as cf
    e = t.emu("--rate-limit", "0")

    def worker(i):
        name = f"conc{i}"
        st, _, _ = e.api("PUT", f"/v5/livedns/domains/example.com/records/{name}/TXT",
                         {"rrset_values": [f"v{i}"]})
        assert st == 201, st
        for _ in range(10):
            st, _, body = e.api("GET", f"/v5/livedns/domains/example.com/records/{name}/TXT")
            assert st == 200 and body["rrset_values"] == [f'"v{i}"'], (st, body)
        return i

    with cf.ThreadPoolExecutor(16) as pool:
        done = sorted(pool.map(worker, range(32)))
    t.eq(done, list(range(32)), "workers")
    st, _, body = e.api("GET", "/v5/livedns/domains/example.com/records?rrset_type=TXT")
    names = {r["rrset_name"] for r in body}
    for i in range(32):
        assert f"conc{i}" in names, f"conc{i} missing"
