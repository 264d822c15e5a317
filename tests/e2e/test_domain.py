"""gandi domain list over 1000 domains (11 pages): too big for a golden case
(tests/golden/domain holds the rest), so compared here with the emulator's own pages."""
import json
import subprocess


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
    want = e.pages("domain/domains?sort_by=fqdn", token["secret"])
    t.eq(sorted(d["fqdn"] for d in want),
         sorted(d["fqdn"] for d in big["domains"] if d["organization"] == token["organization"]),
         "the emulator's pages: every domain of the token's organization")
    assert len(want) > 1000, len(want)
    m = e.mark()
    r = t.ok(t.gandi("domain", "list", "--json", emu=e, token=token["secret"]))
    t.eq(r.out, json.dumps(want, indent=2, ensure_ascii=False) + "\n",
         "every domain once, in the API's order and layout")
    t.eq(r.err, "", "stderr")
    pages = (len(want) + 99) // 100
    t.eq(sorted((q["method"], q["path"], q["query"], q["status"]) for q in e.requests_since(m)),
         sorted([("GET", "/tokeninfo", "", 200)] +
                [("GET", "/v5/domain/domains", f"sort_by=fqdn&per_page=100&page={p}", 200)
                 for p in range(1, pages + 1)]),
         "the token check and one request per page of 100")
    m = e.mark()
    r = t.ok(t.gandi("domain", "list", "--plain", "--no-header", emu=e, token=token["secret"]))
    t.eq([line.split("\t")[0] for line in r.out.splitlines()], [d["fqdn"] for d in want],
         "table rows: every domain once, in order")
    t.eq(r.err, "", "stderr")
    t.eq(len(e.requests_since(m)), pages, "requests of the table")
