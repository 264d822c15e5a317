"""Every write checked (issue 15): each command of the table that prints data on stdout,
run with stdout on /dev/full, fails with 'gandi: writing stdout: No space left on device'
and exit 1 (a backup to a full disk must not look like a success). The commands come from
the table itself ('gandi manpage names'): a new command fails this test until it is given
a case here, or an exemption saying why it prints nothing on stdout."""
import json

FULL = "gandi: writing stdout: No space left on device\n"
SNAP = "5a000000-0000-4000-8000-000000000001"  # the seed's snapshot of example.com
KEY = "4b000000-0000-4000-8000-000000000001"   # the seed's KSK of example.com's zone
TSIG = "75160000-0000-4000-8000-000000000001"  # the seed's TSIG key
DNSKEY = "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=="
ZONE = "$ORIGIN example.com.\nnew 300 IN A 192.0.2.77\n"

# command -> (arguments after the command words, token[, stdin]); each prints data on
# stdout. They run in this order on one gandi-emu (a key deleted before it is restored...).
CASES = {
    "doctor": ([], "all"),
    "domain list": ([], "all"),
    "domain info": (["example.com"], "all"),
    "domain renew": (["example.com", "--yes"], "all"),
    "domain autorenew": (["example.com", "off"], "all"),
    "domain nameservers": (["example.com"], "all"),
    "domain available": (["available-name.com"], "all"),
    "domain lock": (["example.com"], "all"),
    "domain unlock": (["example.com", "--yes"], "all"),
    "domain authinfo": (["example.com"], "all"),
    "domain hosts list": (["example.com"], "all"),
    "domain hosts add": (["example.com", "ns9", "--ip", "192.0.2.9"], "all"),
    "domain hosts set": (["example.com", "ns9", "--ip", "192.0.2.10", "--yes"], "all"),
    "domain hosts delete": (["example.com", "ns9", "--yes"], "all"),
    "domain dnskeys list": (["example.com"], "all"),
    "domain dnskeys add": (["example.com", "257 3 13 " + DNSKEY], "all"),
    "domain dnskeys delete": (["example.com", "1281080"], "all"),
    "dns settings": (["example.com"], "all"),
    "dns dnssec status": (["example.com"], "all"),
    "dns dnssec disable": (["example.com", "--yes"], "all"),
    "dns dnssec enable": (["example.net"], "all"),
    "dns keys list": (["example.com"], "all"),
    "dns keys show": (["example.com", KEY], "all"),
    "dns keys add": (["example.com"], "all"),
    "dns keys delete": (["example.com", KEY, "--yes"], "all"),
    "dns keys restore": (["example.com", KEY], "all"),
    "dns axfr tsig list": ([], "all"),
    "dns axfr tsig add": (["example.com"], "all"),
    "dns axfr tsig show": ([TSIG], "all"),
    "dns axfr tsig delete": (["example.com", TSIG], "all"),
    "dns axfr secondaries list": (["example.com"], "all"),
    "dns axfr secondaries add": (["example.com", "192.0.2.54"], "all"),
    "dns axfr secondaries delete": (["example.com", "192.0.2.54"], "all"),
    "dns list": (["example.com"], "all"),
    "dns get": (["example.com", "A", "api"], "all"),
    "dns set": (["example.com", "A", "full", "192.0.2.1"], "all"),
    "dns add": (["example.com", "A", "full", "192.0.2.2"], "all"),
    "dns remove": (["example.com", "A", "full", "192.0.2.2"], "all"),
    "dns delete": (["example.com", "A", "full", "--yes"], "all"),
    "dns wait": (["example.com", "A", "api", "192.0.2.20", "--nameserver", "%DNS"], "all"),
    "ddns": (["example.com", "full", "--ip", "192.0.2.3"], "all"),
    "dns export": (["example.com"], "all"),
    "dns sync": (["example.com", "zone.txt", "--dry-run"], "all"),
    "dns import": (["example.com", "zone.txt", "--dry-run"], "all"),
    "dns snapshot list": (["example.com"], "all"),
    "dns snapshot create": (["example.com", "before"], "all"),  # scripts capture its id
    "dns snapshot show": (["example.com", SNAP], "all"),
    "dns snapshot restore": (["example.com", SNAP, "--yes"], "all"),
    "dns snapshot delete": (["example.com", SNAP, "--yes"], "all"),
    "redirect list": (["example.com"], "all"),
    "redirect add": (["example.com", "full", "https://example.org/"], "all"),
    "redirect update": (["example.com", "full", "https://example.org/other"], "all"),
    "redirect delete": (["example.com", "full", "--yes"], "all"),
    "org list": ([], "all"),
    "token info": ([], "all"),
    "token renew": ([], "expiring"),  # the new token's only copy goes to stdout
    "config path": ([], "all"),
    "config get": (["timeout"], "all"),
    "config set": (["timeout", "30", "--json"], "all"),  # stdout only with --json
    "config unset": (["timeout", "--json"], "all"),
    "config list": ([], "all"),
    "help": (["dns"], "all"),
    "completion": (["bash"], "all"),
    "manpage": (["names"], "all"),
    "version": ([], "all"),
    "complete-words": (["settings"], "all"),
    # no token in the environment: login saves one (read on stdin) into [profiles.p],
    # which profile use makes the default and logout removes again
    "auth login": (["--profile", "p"], None, "a11aa11aa11aa11aa11aa11aa11aa11aa11aa11a\n"),
    "profile list": ([], None),
    "profile show": (["p"], None),
    "profile use": (["p"], None),
    "auth status": ([], "all"),
    "auth token": ([], "all"),
    "auth logout": ([], None),
}
# Commands whose text output is only messages, on stderr (what a write did; a list that is
# empty in the seed): stdout on /dev/full loses nothing, so they succeed; with --json
# their envelope is data, and its loss a failure. Checked: run normally, stdout is empty.
MESSAGES_ONLY = {
    "domain renew", "domain autorenew", "domain lock", "domain unlock", "domain hosts list",
    "domain hosts add", "domain hosts set", "domain hosts delete", "domain dnskeys add",
    "domain dnskeys delete", "dns dnssec disable", "dns dnssec enable", "dns keys delete",
    "dns keys restore", "dns axfr tsig delete", "dns axfr secondaries add",
    "dns axfr secondaries delete", "dns set", "dns add", "dns remove", "dns delete",
    "dns snapshot delete", "redirect add", "redirect update", "redirect delete",
    "dns wait", "ddns",
}
# Commands that print text JSON cannot carry: --json is refused (exit 2), nothing written.
NO_JSON = {"help", "completion", "manpage", "complete-words"}
# command -> why it prints no data on stdout (checked: run normally, its stdout is empty)
EXEMPT = {
    "browse": "a session drawn on the terminal, never data on stdout (without a terminal it "
              "refuses)",
}
HOOK = ("an ACME hook: it prints nothing on success, since certbot, dehydrated and lego log "
        "whatever it prints (tests/golden/acme: no stdout in any case)")
for hook in ("acme certbot-auth", "acme certbot-cleanup", "acme dehydrated", "acme lego",
             "acme add", "acme remove"):
    EXEMPT[hook] = HOOK


def names(t):
    return t.ok(t.gandi("manpage", "names")).out.splitlines()


def test_every_command_is_covered(t):
    table = names(t)
    assert len(table) > 30, table
    missing = [n for n in table if n not in CASES and n not in EXEMPT]
    t.eq(missing, [], "commands of the table without a /dev/full case or an exemption")
    t.eq(sorted(set(CASES) - set(table)), [], "cases for commands the table does not have")


def run_all(t, json_mode):
    """Every case against a fresh gandi-emu, stdout on /dev/full; the failures found."""
    e = t.emu("--dns", "127.0.0.1:0")
    t.write("zone.txt", ZONE)
    t.write("home/.config/gandi/config.toml", "timeout = 60\n", 0o600)
    failures = []
    table = names(t)
    for name, (args, token, *stdin) in CASES.items():
        if name not in table or (json_mode and name in NO_JSON):
            continue
        argv = name.split() + [a.replace("%DNS", f"127.0.0.1:{e.dns_port}") for a in args]
        if json_mode and "--json" not in argv:
            argv = ["--json"] + argv
        r = t.program("sh", "-c", 'exec "$0" "$@" >/dev/full', t.gandi_exe, *argv, emu=e,
                      token=token, allow_secret=True, stdin=stdin[0] if stdin else None)
        last = r.err.splitlines()[-1] if r.err else ""
        if "--json" in argv:
            try:
                said = json.loads(last)
            except ValueError:
                said = {}
            ok = said.get("kind") == "io" and said.get("error") == FULL[7:].rstrip("\n")
        elif name in MESSAGES_ONLY:
            ok = r.rc == 0 and FULL not in r.err  # nothing was lost: it wrote no data
            if not ok:
                failures.append(f"gandi {' '.join(argv)}: exit {r.rc}, stderr {r.err!r}")
            continue
        else:
            ok = last + "\n" == FULL
        if r.rc != 1 or not ok:
            failures.append(f"gandi {' '.join(argv)}: exit {r.rc}, stderr {r.err!r}")
    return failures


def test_stdout_on_a_full_device_is_a_failure(t):
    t.eq(run_all(t, False), [], "commands that did not report the failed write")


def test_json_on_a_full_device_is_a_failure(t):
    """--json: the object is the data; its loss is reported as a JSON error on stderr."""
    t.eq(run_all(t, True), [], "commands that did not report the failed write (--json)")


def test_exempt_commands_print_nothing_on_stdout(t):
    e = t.emu()
    for name in EXEMPT:
        r = t.gandi(*name.split(), emu=e, token="all")
        t.eq(r.out, "", f"stdout of {name}")


def test_messages_only_commands_print_nothing_on_stdout(t):
    """What MESSAGES_ONLY says of them: every case run in order on one gandi-emu (as
    run_all runs them, so that each finds what the ones before made), stdout not full:
    those print nothing on stdout and succeed."""
    e = t.emu("--dns", "127.0.0.1:0")
    t.write("zone.txt", ZONE)
    t.write("home/.config/gandi/config.toml", "timeout = 60\n", 0o600)
    table = names(t)
    for name, (args, token, *stdin) in CASES.items():
        if name not in table:
            continue
        args = [a.replace("%DNS", f"127.0.0.1:{e.dns_port}") for a in args]
        r = t.gandi(*name.split(), *args, emu=e, token=token,
                    stdin=stdin[0] if stdin else None, allow_secret=True)
        if name in MESSAGES_ONLY:
            t.eq((r.rc, r.out), (0, ""), f"exit and stdout of {name} ({r.err})")


def test_no_json_commands_refuse_json(t):
    for name in sorted(NO_JSON):
        r = t.gandi("--json", *name.split(), *CASES[name][0])
        t.eq((r.rc, r.out), (2, ""), f"exit and stdout of --json {name}")
        t.contains(r.err, "has no JSON output", name)
