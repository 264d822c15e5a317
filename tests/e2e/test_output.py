"""The man page against the help (the other output modes are golden cases in
tests/golden/output): two texts made from the command table must agree."""
import os


def test_man_page_lists_every_command(t):
    man = os.path.join(t.build, "gandi.1")
    assert os.path.exists(man), f"{man} missing (make docs)"
    text = open(man, encoding="utf-8").read()
    help_text = t.ok(t.gandi("--help")).out
    commands = []
    group = None
    for line in help_text.splitlines():
        if line.startswith("global options"):
            break
        if line and not line.startswith(" "):
            group = line.split(":")[0] if line.endswith(tuple("abcdefghijklmnopqrstuvwxyz")) \
                and ":" in line else None
        elif line.startswith("  ") and not line.startswith("   ") and group:
            commands.append(f"{group} {line.split('  ')[1].strip()}")
    assert len(commands) > 30, commands
    for command in commands:
        # the man page's COMMANDS section names each command in bold
        assert ("\\fB" + command in text or "\\fB" + command.replace("-", "\\-") in text), \
            f"man page ({command})"
    sections = [line[4:] for line in text.splitlines() if line.startswith(".SH ")]
    for section in ("COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS"):
        assert section in sections, f"man page section {section}: {sections}"
    t.contains(text, "\\fBGANDI_API_KEY\\fR", "man page (the token's variable)")


def test_doctor_json_times_are_whole_milliseconds(t):
    """doctor --json: connect_ms and tls_ms are integers, never float noise such as
    0.22900000000000001 (golden cases hide the values behind %MS, so this looks at them)."""
    e = t.emu()
    r = t.ok(t.gandi("doctor", "--json", emu=e, token="all"))
    endpoint = [c for c in r.json()["checks"] if c["check"] == "endpoint"][0]
    for key in ("connect_ms", "tls_ms"):
        assert type(endpoint[key]) is int, (key, endpoint[key])
    raw = r.out[r.out.index('"connect_ms"'):]
    assert "." not in raw.split(",")[0], raw.split(",")[0]


def test_libjq_is_loaded_only_for_jq(t):
    """--jq uses Debian's libjq, opened when --jq is given and never otherwise: gandi does
    not link it (a missing libjq1 costs only --jq), as glibc's loader tells (LD_DEBUG)."""
    e = t.emu()

    def loaded(*args):
        r = t.ok(t.gandi(*args, emu=e, token="all", env={"LD_DEBUG": "files"}))
        return "libjq.so" in r.err
    t.eq(loaded("domain", "list", "--json"), False, "libjq loaded without --jq")
    t.eq(loaded("domain", "list", "--jq", ".[0].fqdn"), True, "libjq loaded for --jq")
