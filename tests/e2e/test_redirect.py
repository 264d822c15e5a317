"""gandi redirect ... against gandi-emu."""
import json


def redirs(e, zone="example.com"):
    status, _, body = e.api("GET", f"domain/domains/{zone}/webredirs")
    assert status == 200, body
    return {w["host"]: w for w in body}


def test_list(t):
    e = t.emu()
    r = t.ok(t.gandi("redirect", "list", "example.com", emu=e, token="all"))
    t.contains(r.out, "blog.example.com  http301  https     https://example.com/blog/")
    j = t.ok(t.gandi("redirect", "list", "example.com", "--json", emu=e, token="all")).json()
    t.eq([w["host"] for w in j], ["blog.example.com"], "hosts")


def test_add_sends_full_host(t):
    e = t.emu()
    t.ok(t.gandi("redirect", "add", "example.com", "shop", "https://shop.example.org/",
                 "--type", "http302", emu=e, token="all"))
    body = json.loads([q for q in e.requests() if q["method"] == "POST"][-1]["body"])
    t.eq(body["host"], "shop.example.com", "host sent")
    w = redirs(e)["shop.example.com"]
    t.eq((w["url"], w["type"], w["protocol"]), ("https://shop.example.org/", "http302", "https"),
         "stored")
    r = t.gandi("redirect", "add", "example.com", "@", "https://www.example.org/", emu=e,
                token="all")
    t.rc(r, 1)
    t.contains(r.err, "override")
    t.ok(t.gandi("redirect", "add", "example.com", "@", "https://www.example.org/",
                 "--override", emu=e, token="all"))
    assert "example.com" in redirs(e)
    for bad in (["redirect", "add", "example.com", "x", "ftp://x.example/"],
                ["redirect", "add", "example.com", "x", "https://x.example/", "--type", "301"],
                ["redirect", "add", "example.com", "x.other.com", "https://x.example/"]):
        r = t.gandi(*bad, emu=e, token="all")
        t.rc(r, 2)


def test_update(t):
    e = t.emu()
    r = t.gandi("redirect", "update", "example.com", "blog", emu=e, token="all")
    t.rc(r, 2)
    t.contains(r.err, "nothing to change")
    r = t.gandi("redirect", "update", "example.com", "blog", "https://example.com/blog/",
                emu=e, token="all")
    t.rc(r, 2)
    t.ok(t.gandi("redirect", "update", "example.com", "blog.example.com",
                 "https://blog.example.net/", "--type", "http302", emu=e, token="all"))
    patch = [q for q in e.requests() if q["method"] == "PATCH"][-1]
    t.eq(json.loads(patch["body"]), {"url": "https://blog.example.net/", "type": "http302"},
         "PATCH body")
    w = redirs(e)["blog.example.com"]
    t.eq((w["url"], w["type"]), ("https://blog.example.net/", "http302"), "stored")
    r = t.gandi("redirect", "update", "example.com", "nope", "https://x.example/", emu=e,
                token="all")
    t.rc(r, 5)


def test_delete_confirmation(t):
    e = t.emu()
    r = t.gandi("redirect", "delete", "example.com", "blog", emu=e, token="all")
    t.rc(r, 2)
    assert "blog.example.com" in redirs(e)
    r = t.gandi_tty("redirect", "delete", "example.com", "blog", emu=e, token="all",
                    answers=["no\n"])
    assert "blog.example.com" in redirs(e)
    t.ok(t.gandi("redirect", "delete", "example.com", "blog", "--yes", emu=e, token="all"))
    assert "blog.example.com" not in redirs(e)
    r = t.gandi("redirect", "delete", "example.com", "blog", "--yes", emu=e, token="all")
    t.rc(r, 5)
