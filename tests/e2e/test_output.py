"""Output modes shared by every command: --plain, --no-header, -q, --json, pipes,
completion and the man page."""
import os
import subprocess


def test_quiet_prints_nothing_on_success(t):
    e = t.emu()
    r = t.ok(t.gandi("dns", "set", "example.com", "A", "q", "192.0.2.1", "-q", emu=e,
                     token="all"))
    t.eq((r.out, r.err), ("", ""), "output with -q")
    r = t.gandi("dns", "get", "example.com", "A", "missing", "-q", emu=e, token="all")
    t.rc(r, 5)
    assert r.err, "errors still print with -q"


def test_json_write_result(t):
    e = t.emu()
    r = t.ok(t.gandi("dns", "set", "example.com", "A", "j", "192.0.2.1", "--json", emu=e,
                     token="all"))
    t.eq(r.json(), {"ok": True, "action": "set", "domain": "example.com", "name": "j",
                    "type": "A", "values": ["192.0.2.1"], "changed": True, "ttl": 10800},
         "JSON result")


def test_closed_pipe_after_first_line(t):
    e = t.emu()
    env = t.env(e, "all")
    p = subprocess.run(f"'{t.gandi_exe}' dns list example.com | head -1; "
                       "echo \"status ${PIPESTATUS[0]}\"", shell=True, executable="/bin/bash",
                       capture_output=True, env=env, text=True)
    t.eq(p.stdout.splitlines()[-1], "status 0", "exit status")
    t.eq(p.stderr, "", "stderr")


def test_unicode_columns_align(t):
    e = t.emu()
    t.ok(t.gandi("dns", "set", "example.com", "TXT", "u", "caf\u00e9 \u2713", emu=e,
                 token="all"))
    r = t.ok(t.gandi("dns", "list", "example.com", "--name", "u", emu=e, token="all"))
    lines = r.out.splitlines()
    t.eq(lines[0].index("VALUE"), lines[1].index("caf"), "VALUE column start")


def test_completion_scripts_follow_the_table(t):
    r = t.ok(t.gandi("completion", "bash"))
    script = t.write("c.bash", r.out)
    words = subprocess.run(
        ["bash", "-c", f"source '{script}'; COMP_WORDS=(gandi dns ''); COMP_CWORD=2; _gandi; "
         "echo ${COMPREPLY[*]}; COMP_WORDS=(gandi dns set example.com ''); COMP_CWORD=4; "
         "_gandi; echo ${COMPREPLY[*]}"],
        capture_output=True, text=True).stdout.splitlines()
    t.eq(words[0].split(), ["list", "get", "set", "add", "remove", "delete", "export", "sync",
                            "import", "snapshot"], "verbs")
    assert "TXT" in words[1].split() and "CNAME" in words[1].split(), words
    for shell, needle in (("zsh", "#compdef gandi"), ("fish", "complete -c gandi")):
        out = t.ok(t.gandi("completion", shell)).out
        t.contains(out, needle)
        t.contains(out, "redirect")
    t.rc(t.gandi("completion", "tcsh"), 2)


def test_man_page_lists_every_command(t):
    man = os.path.join(t.build, "gandi.1")
    assert os.path.exists(man), "build/gandi.1 missing"
    text = open(man, encoding="utf-8").read()
    help_text = t.ok(t.gandi("--help")).out
    for line in help_text.splitlines():
        if line.startswith("  ") and not line.strip().startswith("-"):
            name = " ".join(line.split()[:2])
            if name.split()[0] in ("dns", "domain", "redirect", "config"):
                t.contains(text, name.split()[1], f"man page ({name})")
    for section in ("EXIT STATUS", "ENVIRONMENT", "GANDI\\_API\\_KEY", "FILES"):
        t.contains(text, section.replace("\\", ""), "man page") if "\\" not in section else None
