"""gandi-emu's options come from one table: --help and the usage lines are
made from it, and gandi-emu(1) must list exactly the same options (with the
same value names) in its SYNOPSIS and OPTIONS sections."""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from emu_util import ROOT_DIR, run_emu  # noqa: E402

MAN = os.path.join(ROOT_DIR, "doc", "gandi-emu.1.scd")


def help_options(t):
    """{name: value name or None} from the option lines of --help."""
    rc, out, _ = run_emu(t, ["--help"])
    t.eq(rc, 0, "--help exit status")
    opts = {}
    for m in re.finditer(r"^  --([a-z0-9-]+)(?: (\S+))?", out, re.M):
        opts[m.group(1)] = m.group(2)
    assert len(opts) >= 15, f"too few options in --help: {opts}"
    return opts, out


def man_sections():
    with open(MAN, encoding="utf-8") as f:
        text = f.read()
    sections = {}
    for m in re.finditer(r"^# ([A-Z ]+)\n(.*?)(?=^# |\Z)", text, re.M | re.S):
        sections[m.group(1).strip()] = m.group(2)
    return sections


def plain(markup):
    """scdoc markup to text: _x_ and *x* lose their marks, \\[ its backslash."""
    return re.sub(r"[_*\\]", "", markup)


def man_options(section):
    """{name: value name or None} from the entries of OPTIONS: lines that start
    with *--name*, possibly several entries separated by commas."""
    opts = {}
    for line in section.splitlines():
        if not line.startswith("*--"):
            continue
        for entry in line.split(", "):
            m = re.match(r"\*--([a-z0-9-]+)\*(?: (.+))?$", entry.strip())
            assert m, f"cannot read the OPTIONS entry {entry!r} of gandi-emu(1)"
            opts[m.group(1)] = plain(m.group(2)) if m.group(2) else None
    return opts


def test_man_page_lists_exactly_the_options_of_the_table(t):
    table, _ = help_options(t)
    sections = man_sections()
    documented = man_options(sections["OPTIONS"])
    t.eq(sorted(set(documented) - set(table)), [], "options in gandi-emu(1) but not in the table")
    t.eq(sorted(set(table) - set(documented)), [], "options of the table missing from gandi-emu(1)")
    for name, arg in table.items():
        t.eq(documented[name], arg, f"value name of --{name} in gandi-emu(1)")
    synopsis = set(re.findall(r"\*--([a-z0-9-]+)\*", sections["SYNOPSIS"]))
    t.eq(sorted(synopsis ^ set(table)), [], "options of the SYNOPSIS against the table")


def test_usage_lines_come_from_the_table(t):
    table, out = help_options(t)
    usage = out.split("\n\n", 1)[0]
    for name, arg in table.items():
        t.contains(usage, f"--{name}", "the usage lines")
    rc, _, err = run_emu(t, ["--no-such-option"])
    t.eq(rc, 2, "an unknown option")
    t.contains(err, "gandi-emu: unknown option '--no-such-option'\n" + usage, "usage on stderr")
    for name, arg in table.items():
        if arg:
            rc, _, err = run_emu(t, [f"--{name}"])
            t.eq((rc, err.splitlines()[0]), (2, f"gandi-emu: option '--{name}' needs a value"),
                 f"--{name} without its value")


def test_emu_readme_names_every_option_and_scdoc_accepts_the_man_page(t):
    table, _ = help_options(t)
    with open(os.path.join(ROOT_DIR, "emu", "README.md"), encoding="utf-8") as f:
        readme = f.read()
    for name in table:
        t.contains(readme, f"`--{name}", "emu/README.md")
    with open(MAN, encoding="utf-8") as f:
        man = f.read()
    p = subprocess.run(["scdoc"], input=man.encode(), capture_output=True)
    t.eq(p.returncode, 0, "scdoc accepts the man page: " + p.stderr.decode())
