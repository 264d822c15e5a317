"""Big lists, page by page (issue 6): each page is turned into output as it arrives,
yet what is printed is exactly one list in the API's order, and nothing at all when
a page fails; and the CA store given as a hashed directory (SSL_CERT_DIR)."""
import json
import os
import subprocess


def big_seed(t):
    """A seed of 250 more domains and big.example with 350 RRsets; its path and a token."""
    exe = os.path.join(t.build, "gandi-emu")
    seed = subprocess.run([exe, "--generate-seed", "domains=250,records=350"],
                          capture_output=True, check=True).stdout
    path = t.path("big.json")
    with open(path, "wb") as f:
        f.write(seed)
    token = json.loads(seed)["tokens"][0]["secret"]
    t.secret(token)
    return path, token


def test_json_lists_print_as_one_array_in_order(t):
    # --latency: the pages of one listing are in flight together and finish in any order
    seed, token = big_seed(t)
    e = t.emu("--seed", seed, "--rate-limit", "0", "--latency", "5")
    want = e.pages("domain/domains?sort_by=fqdn", token)
    assert len(want) > 250, len(want)
    r = t.ok(t.gandi("domain", "list", "--json", emu=e, token=token))
    t.eq(r.out, json.dumps(want, indent=2, ensure_ascii=False) + "\n",
         "domain list --json: the pages as one array, in the API's order and layout")
    t.eq(r.err, "", "stderr")
    zone = with_texts(e.pages("livedns/domains/big.example/records", token))
    t.eq(len(zone), 350, "records in the zone")
    r = t.ok(t.gandi("dns", "list", "big.example", "--json", emu=e, token=token))
    t.eq(r.out, json.dumps(zone, indent=2, ensure_ascii=False) + "\n", "dns list --json")
    r = t.ok(t.gandi("dns", "list", "big.example", "--plain", "--no-header", emu=e, token=token))
    rows = [line.split("\t")[:2] for line in r.out.splitlines()]
    t.eq(rows, [[z["rrset_name"], z["rrset_type"]] for z in zone for _ in z["rrset_values"]],
         "dns list: one row per value, in the API's order")
    r = t.ok(t.gandi("domain", "list", "--plain", "--no-header", emu=e, token=token))
    t.eq([line.split("\t")[0] for line in r.out.splitlines()], [d["fqdn"] for d in want],
         "domain list: the table in the API's order")


def txt_text(value):
    """The text a TXT value in LiveDNS's form carries: its quoted strings joined."""
    out, i, quoted = bytearray(), 0, False
    raw = value.encode()
    while i < len(raw):
        c = raw[i]
        if c == ord('"'):
            quoted = not quoted
        elif c == ord("\\") and i + 3 < len(raw) and raw[i + 1:i + 4].isdigit():
            out.append(int(raw[i + 1:i + 4]))
            i += 3
        elif c == ord("\\"):
            i += 1
            out.append(raw[i])
        elif quoted:
            out.append(c)
        i += 1
    return out.decode()


def with_texts(rrsets):
    """The RRsets as gandi's --json gives them: TXT ones with rrset_texts."""
    for r in rrsets:
        if r["rrset_type"] in ("TXT", "SPF"):
            r["rrset_texts"] = [txt_text(v) for v in r["rrset_values"]]
    return rrsets


def test_json_list_strings_kept_as_they_are(t):
    e = t.emu()
    values = ['"quote \\" and backslash \\\\"', '"{[,:]} {} [] / \\t"', '"a:b,c"']
    status, _, body = e.api("PUT", "livedns/domains/example.com/records/odd/TXT",
                            {"rrset_values": values, "rrset_ttl": 300})
    assert status in (200, 201), (status, body)
    status, _, body = e.api("PUT", "livedns/domains/example.com/records/odd/MX",
                            {"rrset_values": ["10 mx.example.com."], "rrset_ttl": 300})
    assert status in (200, 201), (status, body)
    want = with_texts(e.pages("livedns/domains/example.com/records", "all"))
    assert any(r["rrset_name"] == "odd" for r in want), want
    r = t.ok(t.gandi("dns", "list", "example.com", "--json", emu=e, token="all"))
    t.eq(r.out, json.dumps(want, indent=2, ensure_ascii=False) + "\n", "escapes, brackets "
         "and separators inside strings")


def test_failed_page_prints_nothing(t):
    seed, token = big_seed(t)
    failures = 0
    for fseed in range(1, 9):
        e = t.emu("--seed", seed, "--rate-limit", "0", "--fault-rate", "0.3", "--fault-seed",
                  str(fseed), "--fault-methods", "GET")
        for args in (["dns", "list", "big.example"], ["dns", "list", "big.example", "--json"],
                     ["domain", "list"]):
            r = t.gandi(*args, "--retries", "1", emu=e, token=token)
            if r.rc == 0:
                continue
            failures += 1
            t.eq(r.out, "", f"stdout of a failed '{' '.join(args)}'")
            assert r.err.strip(), r.describe()
        e.stop()
    assert failures > 0, "no listing failed: the fault injection did not reach a page"


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
    t.expect(r, rc=6, err="gandi: TLS with '127.0.0.1' failed: SSL certificate problem: "
             "self-signed certificate\ngandi always verifies certificates; for a private CA, "
             "pass its certificate with --cacert FILE\n")
    # a CA file, when given, is used instead of the directory
    t.ok(t.gandi("dns", "list", "example.com", "--cacert", cert, emu=e, token="all",
                 env={"SSL_CERT_DIR": empty}))
