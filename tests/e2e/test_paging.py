"""Paged collections (call_list and the batches the browser reads) against a
scripted server: pages until a short one without Total-Count, and never a
shorter list when pages fail or hold fewer items than announced."""
import json
import re
import urllib.parse


def domains(first, count):
    return [{"fqdn": f"d{i:04}.example", "autorenew": False, "status": [],
             "dates": {"registry_ends_at": "2030-01-01T00:00:00Z"},
             "nameserver": {"current": "livedns"}} for i in range(first, first + count)]


def pager(sizes, total=None, fail_page=None):
    """A server answering page p with sizes[p-1] domains (Total-Count: total when given)."""
    def respond(h):
        q = urllib.parse.parse_qs(urllib.parse.urlparse(h.path).query)
        page = int(q.get("page", ["1"])[0])
        if page == fail_page:
            return 500, {"Content-Type": "application/json"}, b'{"message": "boom"}'
        n = sizes[page - 1] if page <= len(sizes) else 0
        headers = {"Content-Type": "application/json"}
        if total is not None:
            headers["Total-Count"] = str(total)
        return 200, headers, json.dumps(domains((page - 1) * 100, n)).encode()
    return respond


def requests(srv):
    """(method, path) of every request, pages in order (they are sent together)."""
    def page(r):
        m = re.search(r"[?&]page=(\d+)", r["path"])
        return int(m.group(1)) if m else 0
    return [(r["method"], r["path"]) for r in sorted(srv.requests, key=page)]


def listing(pages):
    return [("GET", f"/v5/domain/domains?sort_by=fqdn&per_page=100&page={p}") for p in pages]


def as_printed(items):
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def test_without_total_count_pages_until_a_short_page(t):
    srv = t.fake_server(pager([100, 100, 7]))
    r = t.gandi("domain", "list", "--json", "--api-url", srv.url + "/v5", token="all")
    t.expect(r, out=as_printed(domains(0, 207)))
    t.eq(requests(srv), listing([1, 2, 3]), "requests")


def test_all_pages_with_total_count(t):
    srv = t.fake_server(pager([100] * 24 + [3], total=2403))
    r = t.gandi("domain", "list", "--json", "--api-url", srv.url + "/v5", token="all")
    t.expect(r, out=as_printed(domains(0, 2403)))
    t.eq(requests(srv), listing(range(1, 26)), "requests")


def test_fewer_items_than_announced_is_an_error(t):
    srv = t.fake_server(pager([100, 100, 40], total=250))
    r = t.gandi("domain", "list", "--api-url", srv.url + "/v5", token="all")
    t.expect(r, rc=1, err="gandi: Gandi announced 250 items (Total-Count/Filtered-Count) but its "
             "pages held 240\nnothing is shown rather than a partial list; retry in a moment\n")
    t.eq(requests(srv), listing([1, 2, 3]), "requests")


def test_a_failed_page_shows_nothing(t):
    srv = t.fake_server(pager([100, 100, 50], total=250, fail_page=2))
    r = t.gandi("domain", "list", "--api-url", srv.url + "/v5", token="all")
    t.expect(r, rc=1, err="gandi: Gandi answered HTTP 500: boom\n"
             "nothing is shown rather than a partial list\n")
    # pages 2 and 3 go out together; page 2's failure stops the batch, so page 3 is sent
    # only when its request left before that answer came back (a matter of timing)
    got = requests(srv)
    assert got in (listing([1, 2, 3]), listing([1, 2])), got


def test_an_empty_first_page_with_a_total_is_an_error(t):
    srv = t.fake_server(pager([0], total=5))
    r = t.gandi("domain", "list", "--api-url", srv.url + "/v5", token="all")
    t.expect(r, rc=1, err="gandi: Gandi announced 5 items but sent an empty first page\n")
    t.eq(requests(srv), listing([1]), "requests")


# -- a count announced is a promise checked, never a reason to stop (issue 13, item 3) --

def rrsets(first, count):
    return [{"rrset_name": f"h{i:04}", "rrset_type": "A", "rrset_ttl": 300,
             "rrset_values": [f"192.0.2.{i % 250 + 1}"]} for i in range(first, first + count)]


def zone_pager(nrrsets, total=None, every_page_full=False):
    """Records of example.com: nrrsets RRsets in pages of 100 (or 100 on every page when
    every_page_full: a server that never ends), Total-Count: total when given; every
    other request is answered 500 (and recorded)."""
    cache = {}

    def respond(h):
        url = urllib.parse.urlparse(h.path)
        if h.command != "GET" or not url.path.endswith("/livedns/domains/example.com/records"):
            return 500, {"Content-Type": "application/json"}, b'{"message": "not here"}'
        page = int(urllib.parse.parse_qs(url.query).get("page", ["1"])[0])
        n = 100 if every_page_full else max(0, min(100, nrrsets - (page - 1) * 100))
        if n not in cache:
            cache[n] = json.dumps(rrsets(0, n)).encode()
        body = cache[n] if every_page_full else json.dumps(rrsets((page - 1) * 100, n)).encode()
        headers = {"Content-Type": "application/json"}
        if total is not None:
            headers["Total-Count"] = str(total)
        return 200, headers, body
    return respond


def zone_pages(pages):
    return [("GET", f"/v5/livedns/domains/example.com/records?per_page=100&page={p}")
            for p in pages]


def test_a_count_smaller_than_the_items_is_an_error(t):
    # full pages and Total-Count: 2: it printed 100 RRsets and exited 0
    srv = t.fake_server(zone_pager(300, total=2))
    r = t.gandi("dns", "list", "example.com", "--api-url", srv.url + "/v5", token="all")
    t.expect(r, rc=1, err="gandi: Gandi announced 2 items (Total-Count/Filtered-Count) but "
             "its pages held more: 100 by page 1\nnothing is shown rather than a list that "
             "may be wrong; retry in a moment\n")
    t.eq(requests(srv), zone_pages([1]), "requests")
    # the count is met on page 1 but page 2 is full too: more pages than announced
    srv = t.fake_server(zone_pager(250, total=100))
    r = t.gandi("dns", "list", "example.com", "--api-url", srv.url + "/v5", token="all")
    t.expect(r, rc=1, err="gandi: Gandi announced 100 items (Total-Count/Filtered-Count) but "
             "its pages held more: 200 by page 2\nnothing is shown rather than a list that "
             "may be wrong; retry in a moment\n")
    t.eq(requests(srv), zone_pages([1, 2]), "requests")


def test_sync_never_writes_from_a_zone_read_short(t):
    # a 250-RRset zone announcing 100: sync PUT the 100 it had read, deleting 150 RRsets
    srv = t.fake_server(zone_pager(250, total=100))
    path = t.path("zone.json")
    with open(path, "w") as f:
        json.dump(rrsets(0, 250) + [{"rrset_name": "new", "rrset_type": "A", "rrset_ttl": 300,
                                     "rrset_values": ["192.0.2.9"]}], f)
    for extra in (["--no-delete"], []):
        srv.requests.clear()
        r = t.gandi("dns", "sync", "example.com", path, "--yes", *extra,
                    "--api-url", srv.url + "/v5", token="all")
        t.rc(r, 1)
        assert "announced 100 items" in r.err, r.describe()
        t.eq([m for m, _ in requests(srv) if m != "GET"], [], "writes sent")


def test_an_exact_count_takes_one_more_page_to_prove_the_end(t):
    srv = t.fake_server(zone_pager(200, total=200))
    r = t.ok(t.gandi("dns", "list", "example.com", "--json", "--api-url", srv.url + "/v5",
                     token="all"))
    t.eq(r.out, as_printed(rrsets(0, 200)), "every RRset")
    t.eq(requests(srv), zone_pages([1, 2, 3]), "requests: page 3 comes back empty")
    # without a count, the first page that is not full ends the list: here an empty one
    srv = t.fake_server(zone_pager(200))
    r = t.ok(t.gandi("dns", "list", "example.com", "--json", "--api-url", srv.url + "/v5",
                     token="all"))
    t.eq(r.out, as_printed(rrsets(0, 200)), "every RRset, no count")
    t.eq(requests(srv), zone_pages([1, 2, 3]), "requests without a count")


def test_pages_that_never_end_stop_at_the_cap(t):
    # no Total-Count and full pages forever: 355,075 requests and 1.78 GB before a kill
    srv = t.fake_server(zone_pager(0, every_page_full=True))
    r = t.gandi("dns", "list", "example.com", "--api-url", srv.url + "/v5", token="all",
                timeout=300)
    t.expect(r, rc=1, err="gandi: the pages of domain 'example.com' did not end after 5000 "
             "pages of 100 items\nnothing is shown; a list this long is not one Gandi holds, "
             "or a server that does not page as Gandi does answered\n")
    t.eq(len(srv.requests), 5000, "requests")


def test_a_huge_count_is_refused_at_once(t):
    # Total-Count: 10^23 aborted with "out of memory" (exit 70)
    srv = t.fake_server(zone_pager(300, total=10 ** 23))
    r = t.gandi("dns", "list", "example.com", "--api-url", srv.url + "/v5", token="all")
    t.expect(r, rc=1, err="gandi: Gandi announced at least 9223372036854775807 items for "
             "domain 'example.com' (Total-Count/Filtered-Count), more than gandi reads in one list "
             "(5000 pages of 100)\nnothing is shown; a list this long is not one Gandi "
             "holds, or a server that does not page as Gandi does answered\n")
    t.eq(requests(srv), zone_pages([1]), "requests")
