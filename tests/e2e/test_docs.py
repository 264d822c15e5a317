"""What README.md, gandi(1) and --help say, checked against gandi's own tables (the
command table, the exit codes, the permissions, the browser's keys), which `gandi
manpage SECTION` prints: none of them can drift from the code."""
import os
import re

import gandi_test


def readme():
    with open(os.path.join(gandi_test.ROOT, "README.md"), encoding="utf-8") as f:
        return f.read()


def flat(text):
    return " ".join(text.split())


def man_page(t):
    path = os.path.join(t.build, "gandi.1")
    if not os.path.exists(path):
        t.skip("build/gandi.1 is not built (make docs)")
    with open(path, encoding="utf-8") as f:
        return f.read()


def exit_codes(t):
    """{code: sentence} from gandi manpage exit."""
    out = t.ok(t.gandi("manpage", "exit")).out
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\*(\d+)\*\t(.*)$", out, re.M)}


def test_exit_codes_agree_everywhere(t):
    codes = exit_codes(t)
    t.eq(sorted(codes), [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11], "exit codes of the table")
    helped = t.ok(t.gandi("--help")).out
    para = flat(helped[helped.index("Exit codes:"):helped.index("'gandi help COMMAND'")])
    t.eq(re.findall(r"(\d+) [^,.]", para.replace("Exit codes: ", "")), [str(c) for c in codes],
         "codes in --help, in order")
    assert para in flat(readme()), f"README.md does not say, as --help does: {para!r}"
    man = man_page(t)
    for code, sentence in codes.items():
        words = re.sub(r"[*\\]", "", sentence).split()[:3]
        t.contains(flat(re.sub(r"\\f[BIR]|\\&", "", man).replace("\\-", "-")),
                   " ".join(words), f"gandi(1) EXIT STATUS {code}")


def test_permissions_agree_with_the_table(t):
    out = t.ok(t.gandi("manpage", "scopes")).out
    scopes = re.findall(r"^- \*([a-z]+:[a-z]+)\* \(([^)]+)\)", out, re.M)
    t.eq([s for s, _ in scopes], ["domain:view", "domain:renew", "domain:tech",
                                  "organization:view"], "scopes")
    text = flat(readme())
    for scope, label in scopes:
        assert f"`{scope}`" in text, f"README.md does not name the permission {scope}"
        assert f'"{label}"' in text, f"README.md does not give {scope}'s name: {label!r}"
    # each command's help names the permission the table gives it
    for line in t.ok(t.gandi("manpage", "commands")).out.splitlines():
        m = re.match(r"^\*(dns list|domain renew|org list)\*", line)
        if m:
            helped = t.ok(t.gandi(*m.group(1).split(), "--help")).out
            t.contains(helped, "needs a token with the permission", m.group(1))
    by_scope = {m.group(1): m.group(2) for m in
                re.finditer(r"^- \*([a-z]+:[a-z]+)\* \([^)]+\): (.*)$", out, re.M)}
    t.contains(by_scope["domain:view"], "*domain nameservers*,", "nameservers reads")
    t.contains(by_scope["domain:tech"], "*domain nameservers --set*", "--set writes")
    # rendered as a list, one item a scope (it once ran on as one line), all four there
    man = man_page(t)
    for scope, _ in scopes:
        assert re.search(r"^\.IP \\\(bu 4\n(?:\.\\\}\n)?\\fB" + scope + r"\\fR", man, re.M), \
            f"gandi(1): the permission {scope} is not an item of a list"


def test_confirmation_and_dry_run_follow_the_table(t):
    """A command that asks (CMD_CONFIRM) says so in its help, and when; every command that
    changes something (CMD_MUTATES) takes --yes and --dry-run, whether it asks or not; one
    that only reads takes neither."""
    asks = {"dns delete", "dns import", "dns sync", "dns snapshot delete",
            "dns snapshot restore", "domain renew", "domain nameservers", "redirect delete"}
    # those that ask only before writing the apex NS say so instead
    apex_ns = {"dns set", "dns add", "dns remove"}
    writes = asks | apex_ns | {"dns snapshot create", "domain autorenew", "redirect add",
                               "redirect update", "token renew"}
    reads = {"dns list", "dns get", "dns export", "domain list", "domain info", "org list",
             "token info", "dns snapshot list"}
    for name in sorted(writes | reads):
        helped = flat(t.ok(t.gandi(*name.split(), "--help")).out)
        if name in asks:
            t.contains(helped, "asks before changing anything; --yes in scripts", name)
        elif name in apex_ns:
            t.contains(helped, "asks before writing the apex NS (the zone's own name servers); "
                       "--yes in scripts", name)
        else:
            t.absent(helped, "asks before", name)
        if name in writes:
            t.contains(helped, "-y, --yes", name)
            t.contains(helped, "-n, --dry-run", name)
        else:
            t.absent(helped, "--yes", name)
            t.absent(helped, "--dry-run", name)


def test_help_fits_in_80_columns(t):
    """gandi --help, every group's help and every command's fit in 79 columns; only an
    example, a command line to copy whole, may be wider."""
    pages = {"gandi --help": t.ok(t.gandi("--help")).out}
    names = visible_commands(t)
    groups = {" ".join(n.split()[:k]) for n in names for k in range(1, len(n.split()))}
    for name in sorted(groups | set(names)):
        pages["gandi help " + name] = t.ok(t.gandi("help", *name.split())).out
    wide = []
    for page, text in pages.items():
        examples = False
        for line in text.splitlines():
            examples = line == "examples:" or (examples and line.startswith("  "))
            if len(line) > 79 and not examples:
                wide.append(f"{page}: {line}")
    t.eq(wide, [], "help lines wider than 79 columns")


def test_browser_keys_agree_with_the_table(t):
    out = t.ok(t.gandi("manpage", "keys")).out
    keys = set()
    for m in re.finditer(r"^- \*(.+?)\*: ", out, re.M):
        for k in re.split(r",\s*|\s+", m.group(1).replace("\\", "")):
            keys.add(k)
            if len(k) > 1:
                keys.update(k.split("/"))  # Up/Down, PgUp/PgDn
    t.eq(len(re.findall(r"^- ", out, re.M)) >= 10, True, "keys listed")
    # what README says of the browser's keys is in the table
    para = readme()[readme().index("`gandi` alone on a terminal"):]
    para = para[:para.index("\n\n")]
    for k in re.findall(r"`([^`\s])` ", para):
        assert k in keys, f"README names the key {k!r}, which the table does not have"
    man = man_page(t)
    t.contains(man, "Ctrl-C", "gandi(1) has the key section")


def visible_commands(t):
    """Every command of the table but the hidden ones, from gandi(1)'s COMMANDS section."""
    out = t.ok(t.gandi("manpage", "commands")).out
    section = out[:out.index("# GLOBAL OPTIONS")]
    return [m.group(1).replace("\\", "") for m in re.finditer(r"^\*([a-z][a-z -]*)\*", section,
                                                               re.M)]


def test_every_command_has_examples_that_name_it(t):
    """The EXAMPLES block of each command's help (from the table): there, in gandi(1) too,
    and every example line that runs gandi names that command (or its alias)."""
    import shlex
    names = visible_commands(t)
    assert len(names) > 40, names
    man_source = t.ok(t.gandi("manpage", "commands")).out  # spliced into gandi(1) as is
    for name in names:
        helped = t.ok(t.gandi("help", *name.split())).out
        assert "\nexamples:\n" in helped, f"'gandi help {name}' has no examples"
        block = helped[helped.index("\nexamples:\n") + 11:].split("\n\n")[0]
        usage = helped.splitlines()[0]
        for line in block.splitlines():
            line = line.strip()
            t.contains(man_source, "\t" + line + "\n", f"gandi(1)'s example of {name}")
            words = shlex.split(line.split("|")[0].split(">")[0].split("<")[0])
            if "gandi" not in words:
                continue
            argv = words[words.index("gandi") + 1:]
            if not argv:
                continue  # gandi alone: the browser
            r = t.ok(t.gandi(*argv, "--help"))
            t.eq(r.out.splitlines()[0], usage, f"the example '{line}' of {name}")


def test_the_output_contract_as_the_readme_states_it(t):
    """What README's Output and Help sections promise, tried: the commands named as
    refusing --json refuse it (and nothing else the table has does), the write envelope's
    keys come first and in that order, the aliases resolve, -q keeps data."""
    text = readme()
    out = text[text.index("### Output"):text.index("Exit codes:")]
    refusing = re.findall(r"`(\w+)`", out[out.index("the few that print text"):
                                          out.index("refuse it with exit 2")])
    t.eq(sorted(refusing), ["browse", "completion", "help"], "README's list")
    for name in visible_commands(t):
        argv = name.split() + {"completion": ["bash"]}.get(name, [])
        r = t.gandi("--json", *argv, "--help")  # --help: nothing runs, the parse is checked
        t.eq(r.rc, 0, f"--json --help {name}")
    for name in refusing:
        r = t.gandi("--json", name, *(["bash"] if name == "completion" else []))
        t.eq(r.rc, 2, f"--json {name}")
        t.contains(r.err, "has no JSON output", name)
    envelope = re.search(r'`\{"ok": true, "command": "dns set", "changed": true, "dry_run": '
                         r'false, \.\.\.\}`', text)
    assert envelope, "README's envelope"
    e = t.emu()
    r = t.ok(t.gandi("dns", "set", "example.com", "A", "doc", "192.0.2.1", "--json", emu=e,
                     token="all"))
    t.eq(list(r.json())[:4], ["ok", "command", "changed", "dry_run"], "the envelope's keys")
    help_part = text[text.index("### Help and discovery"):text.index("### Output")]
    for alias, command in (("dns ls", "dns list"), ("redirect rm", "redirect delete"),
                           ("dns rm", "dns remove")):
        if alias != "dns rm":
            assert f"`gandi {alias}`" in help_part, f"README names {alias}"
        helped = t.ok(t.gandi(*alias.split(), "--help")).out
        t.contains(helped.splitlines()[0], f"gandi {command} ", alias)
    r = t.ok(t.gandi("-q", "dns", "snapshot", "create", "example.com", emu=e, token="all"))
    assert re.fullmatch(r"[0-9a-f-]{36}\n", r.out), ("-q keeps the id", r.out)
