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
