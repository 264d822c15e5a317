"""domain authinfo --reset: gandi-emu makes a random transfer code, which a golden case
cannot write down. The new code is what gandi prints, alone on stdout, and neither the
old nor the new one is anywhere in the -vv trace (issue 18)."""


def test_authinfo_reset_prints_the_new_code_and_traces_hide_it(t):
    e = t.emu()
    old = e.api("GET", "domain/domains/example.net")[2]["authinfo"]
    mark = e.mark()
    r = t.ok(t.gandi("-vv", "domain", "authinfo", "example.net", "--reset", emu=e,
                     token="all"))
    sent = [(q["method"], q["path"]) for q in e.requests_since(mark)
            if not q["path"].endswith("/tokeninfo")]
    new = e.api("GET", "domain/domains/example.net")[2]["authinfo"]
    assert new != old, "the code was not reset"
    t.eq(r.out, new + "\n", "stdout: the new code alone")
    t.eq(sent, [("PUT", "/v5/domain/domains/example.net/authinfo"),
                ("GET", "/v5/domain/domains/example.net")], "reset, then read back")
    for code in (old, new):
        t.absent(r.err, code, "the -vv trace")
    t.contains(r.err, "the old one no longer works", "the note")
    r = t.ok(t.gandi("domain", "authinfo", "example.net", "--json", emu=e, token="all"))
    t.eq(r.json()["authinfo"], new, "--json")
