"""Feedback on a terminal (issue 17): one line of progress on stderr for anything that
takes over a second, rewritten in place and erased before the output; nothing when stderr
is not a terminal, or with -q. The waits are gandi-emu's: its rate limit (429 with
Retry-After) and its --latency; the test looks at what was shown, never at how long."""
import re


def test_rate_limit_wait_counts_down_on_a_terminal(t):
    e = t.emu("--rate-limit", "1/3")
    t.ok(t.gandi("org", "list", emu=e, token="all"))  # the window's one request
    r = t.gandi_tty("dns", "list", "example.com", "--retries", "3", emu=e, token="all")
    t.eq(r.rc, 0, r.out)
    lines = re.findall(r"\r\x1b\[K([^\r\n]*)", r.out)
    waits = [x for x in lines if "Gandi's rate limit, retrying in" in x]
    assert waits, f"no progress line for the rate limit: {r.out!r}"
    seconds = [int(m) for m in re.findall(r"retrying in (\d+) s", " ".join(waits))]
    assert seconds == sorted(seconds, reverse=True), f"the seconds left count down: {seconds}"
    # the line is erased before the table: the table's first line starts clean
    assert re.search(r"\r\x1b\[K(\x1b\[1m)?NAME ", r.out), f"the line erased, then the header: {r.out!r}"
    t.contains(r.out, "_dmarc", "the table after the wait")


def test_slow_answers_say_what_is_read(t):
    e = t.emu("--latency", "1500")
    r = t.gandi_tty("domain", "list", emu=e, token="all")
    t.eq(r.rc, 0, r.out)
    t.contains(r.out, "\r\x1b[Kreading the domain list", "what is being done")
    t.contains(r.out, "example.org", "the list after it")


def test_nothing_when_not_a_terminal_or_quiet(t):
    e = t.emu("--latency", "1200")
    r = t.ok(t.gandi("domain", "list", emu=e, token="all"))
    t.eq(r.err, "", "stderr when not a terminal")
    r = t.gandi_tty("domain", "list", "-q", emu=e, token="all")
    t.eq(r.rc, 0, r.out)
    t.absent(r.out, "reading the domain list", "-q: no progress")
    t.absent(r.out, "\x1b[K", "-q: no line erased")


def test_dns_sync_says_each_step(t):
    """dns sync --yes against slow answers: the snapshot, the changes and the check each
    get their line (before, it sat silent through all three); not without a terminal."""
    e = t.emu("--latency", "1200")
    zone = t.ok(t.gandi("dns", "export", "example.com", emu=e, token="all")).out
    t.write("zone.txt", zone + "progress 300 IN A 192.0.2.77\n")
    r = t.gandi_tty("dns", "sync", "example.com", "zone.txt", "--yes", emu=e, token="all",
                    timeout=60)
    t.eq(r.rc, 0, r.out)
    for step in ("taking a snapshot of example.com", "applying 1 change to example.com",
                 "reading example.com again to check it"):
        t.contains(r.out, "\r\x1b[K" + step, "dns sync's steps")
    t.write("zone.txt", zone + "progress2 300 IN A 192.0.2.78\n")
    r = t.ok(t.gandi("dns", "sync", "example.com", "zone.txt", "--yes", emu=e, token="all"))
    t.absent(r.err, "\x1b[K", "no progress without a terminal")
    t.absent(r.err, "taking a snapshot", "no progress without a terminal")
