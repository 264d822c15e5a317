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
    t.eq(sorted(codes), [0, 1, 2, 3, 4, 5, 6, 10], "exit codes of the table")
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
    t.contains(man_page(t), "organization:view", "gandi(1) lists every scope")


def test_confirmation_and_dry_run_follow_the_table(t):
    """A command that asks (CMD_CONFIRM) says so in its help and takes --yes; --dry-run
    exists exactly where the table says the core holds writes back."""
    asks = {"dns delete", "dns import", "dns sync", "dns snapshot delete",
            "dns snapshot restore", "domain renew", "domain nameservers", "redirect delete"}
    # those that ask only before writing the apex NS say so instead
    apex_ns = {"dns set", "dns add", "dns remove"}
    for name in sorted(asks | apex_ns | {"redirect add", "dns list"}):
        helped = t.ok(t.gandi(*name.split(), "--help")).out
        if name in asks:
            t.contains(helped, "asks before changing anything; --yes in scripts", name)
            t.contains(helped, "-y, --yes", name)
        elif name in apex_ns:
            t.contains(helped, "asks before writing the apex NS (the zone's own name servers); "
                       "--yes in scripts", name)
            t.contains(helped, "-y, --yes", name)
        else:
            t.absent(helped, "--yes", name)


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
