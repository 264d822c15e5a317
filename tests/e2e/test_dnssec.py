"""dns keys add makes a random key at gandi-emu (real ECDSA P-256): what gandi prints
of it, its id, key tag and DS line, must be what gandi-emu holds for the new key, which
a golden case cannot write down (issue 18)."""
import re


def new_key(t, e, before):
    """The key gandi-emu made since the ids in before, in its detail form."""
    status, _, keys = e.api("GET", "livedns/domains/example.net/keys")
    fresh = [k for k in keys if k["id"] not in before]
    t.eq(len(fresh), 1, "keys made")
    status, _, key = e.api("GET", f"livedns/domains/example.net/keys/{fresh[0]['id']}")
    t.eq(status, 200, "the new key")
    return key


def ids(e):
    return {k["id"] for k in e.api("GET", "livedns/domains/example.net/keys")[2]}


def test_keys_add_prints_the_new_keys_ds_line(t):
    e = t.emu()
    before = ids(e)
    mark = e.mark()
    r = t.ok(t.gandi("dns", "keys", "add", "example.net", emu=e, token="all"))
    sent = e.requests_since(mark)
    key = new_key(t, e, before)
    t.eq((key["flags"], key["deleted"]), (257, False), "a KSK, signing")
    t.eq(r.out, f"created KSK {key['id']} for example.net (key tag {key['tag']})\n"
                f"DS for the parent: {key['ds']}\n", "stdout")
    assert re.fullmatch(rf"example\.net\. 3600 IN DS {key['tag']} 13 2 [0-9a-f]{{64}}",
                        key["ds"]), key["ds"]
    reqs = [(q["method"], q["path"], q.get("body", "")) for q in sent
            if not q["path"].endswith("/tokeninfo")]
    t.eq(reqs, [("POST", "/v5/livedns/domains/example.net/keys", '{"flags":257}'),
                ("GET", f"/v5/livedns/domains/example.net/keys/{key['id']}", "")],
         "one POST, then the new key read back")


def test_keys_add_zsk_and_json(t):
    e = t.emu()
    before = ids(e)
    r = t.ok(t.gandi("dns", "keys", "add", "example.net", "--flags", "256", emu=e,
                     token="all"))
    key = new_key(t, e, before)
    t.eq(key["flags"], 256, "a ZSK")
    t.eq(r.out, f"created ZSK {key['id']} for example.net (key tag {key['tag']})\n",
         "stdout: no DS line for a ZSK")
    before = ids(e)
    r = t.ok(t.gandi("dns", "keys", "add", "example.net", "--json", emu=e, token="all"))
    key = new_key(t, e, before)
    t.eq(r.json(), {"ok": True, "command": "dns keys add", "changed": True, "dry_run": False,
                    "domain": "example.net", "id": key["id"], "flags": 257, "tag": key["tag"],
                    "ds": key["ds"]}, "--json: the write envelope")
