"""--generate-seed: big seeds for benchmarks, and how the emulator copes with them."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import SEED, domains_of_org, org_of, rec_path, run_emu  # noqa: E402


def generate(t, spec):
    rc, out, err = run_emu(t, ["--generate-seed", spec], timeout=120)
    t.eq(rc, 0, f"exit code: {err}")
    return json.loads(out)


def test_generate_adds_domains_and_a_big_zone(t):
    seed = generate(t, "domains=250,records=1200")
    t.eq(seed["tokens"], SEED["tokens"], "the built-in tokens are kept")
    fqdns = [d["fqdn"] for d in seed["domains"]]
    t.eq(len(fqdns), len(SEED["domains"]) + 251, "250 domains and big.example")
    assert "bench-000001.example" in fqdns and "bench-000250.example" in fqdns, fqdns[-3:]
    big = next(d for d in seed["domains"] if d["fqdn"] == "big.example")
    t.eq(len(big["livedns"]["records"]), 1200, "records of big.example")
    path = t.write("big.json", json.dumps(seed))
    e = t.emu("--seed", path, "--rate-limit", "0")
    mine = domains_of_org(org_of("all")) + [f for f in fqdns if f.endswith(".example")]
    seen = []
    page = 1
    while True:
        st, h, body = e.api("GET", f"/v5/domain/domains?per_page=100&page={page}")
        t.eq(st, 200, f"page {page}")
        t.eq(h.get("total-count"), str(len(mine)), "total-count")
        seen += [d["fqdn"] for d in body]
        if 'rel="next"' not in (h.get("Link") or ""):
            break
        page += 1
    t.eq(seen, sorted(mine), "every domain, once, in order")
    st, h, body = e.api("GET", rec_path("big.example") + "?per_page=500")
    t.eq((len(body), h.get("total-count")), (100, "1200"), "per_page is capped at 100")
    st, h, text = e.api("GET", rec_path("big.example"), headers={"Accept": "text/plain"})
    t.eq(len(text.splitlines()), 1201, "the whole zone as text")
    st, _, body = e.api("PUT", rec_path("big.example"), text,
                        headers={"Content-Type": "text/plain"})
    t.eq(st, 201, "the whole zone imported back")
    for i in range(25):
        st, _, _ = e.api("PUT", rec_path("big.example", "churn", "A"),
                         {"rrset_values": [f"192.0.2.{i + 1}"]})
    st, h, body = e.api("GET", "/v5/livedns/domains/big.example/snapshots")
    t.eq(len(body), 20, "automatic snapshots stay bounded on a big zone")


def test_generate_nothing_is_the_built_in_seed(t):
    seed = generate(t, "domains=0,records=0")
    t.eq(seed, SEED, "the built-in seed")
