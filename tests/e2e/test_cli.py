"""Command dispatch, help, usage errors and exit codes (no emulator needed)."""
import os


def test_version(t):
    r = t.ok(t.gandi("--version"))
    assert r.out.startswith("gandi "), r.out


def test_help_lists_commands_and_exit_codes(t):
    r = t.ok(t.gandi("--help"))
    for word in ("doctor", "config set", "--json", "--api-url", "Exit codes"):
        t.contains(r.out, word)


def test_no_arguments_without_terminal_prints_help(t):
    r = t.ok(t.gandi())
    t.contains(r.out, "usage: gandi")


def test_help_command_and_flag_agree(t):
    a = t.ok(t.gandi("help", "config", "set"))
    b = t.ok(t.gandi("config", "set", "--help"))
    t.eq(a.out, b.out, "help output")
    t.contains(a.out, "usage: gandi config set KEY [VALUE]")
    t.contains(a.out, "--profile NAME")


def test_group_help(t):
    r = t.ok(t.gandi("config", "-h"))
    for verb in ("path", "get", "set", "unset", "list"):
        t.contains(r.out, verb)


def test_group_without_verb_is_usage_error(t):
    r = t.gandi("config")
    t.rc(r, 2)
    t.contains(r.err, "'gandi config' needs a command")


def test_unknown_command_suggests_nearest(t):
    r = t.gandi("doctr")
    t.rc(r, 2)
    t.contains(r.err, "'doctr' is not a gandi command")
    t.contains(r.err, "did you mean 'gandi doctor'?")


def test_unknown_verb_suggests_nearest(t):
    r = t.gandi("config", "lst")
    t.rc(r, 2)
    t.contains(r.err, "did you mean 'gandi config list'?")
    t.contains(r.err, "'gandi config' commands: path, get, set, unset, list")


def test_unknown_option_suggests_nearest(t):
    r = t.gandi("config", "list", "--jsn")
    t.rc(r, 2)
    t.contains(r.err, "unknown option '--jsn'")
    t.contains(r.err, "did you mean '--json'?")


def test_usage_error_as_json(t):
    r = t.gandi("frobnicate", "--json")
    t.rc(r, 2)
    e = r.err_json()
    t.eq(e["kind"], "usage", "kind")
    t.eq(e["exit_code"], 2, "exit_code")


def test_too_many_and_too_few_arguments(t):
    r = t.gandi("config", "get")
    t.rc(r, 2)
    t.contains(r.err, "needs KEY")
    r = t.gandi("config", "get", "a", "b")
    t.rc(r, 2)
    t.contains(r.err, "too many arguments")


def test_option_needing_value(t):
    r = t.gandi("config", "list", "--timeout")
    t.rc(r, 2)
    t.contains(r.err, "needs a value")


def test_plain_http_refused_for_remote_host(t):
    r = t.gandi("doctor", "--api-url", "http://api.example.net/v5", token="all")
    assert r.rc != 0, r.describe()
    t.contains(r.out, "plain http://")
    t.contains(r.out, "the token would cross the network unencrypted")


def test_sandbox_conflicts_with_api_url(t):
    r = t.gandi("doctor", "--sandbox", "--api-url", "https://x.example/v5")
    t.rc(r, 2)
    t.contains(r.err, "--sandbox and --api-url cannot be used together")


def test_closed_pipe_ends_quietly(t):
    import subprocess
    p = subprocess.run(f"'{t.gandi_exe}' --help | head -c 10 >/dev/null; "
                       "echo ${PIPESTATUS[0]}", shell=True, executable="/bin/bash",
                       capture_output=True, env=t.env(), text=True)
    t.eq(p.stdout.strip(), "0", "exit status of gandi behind a closed pipe")
    t.eq(p.stderr, "", "stderr")


def test_verbs_of_two_words(t):
    r = t.gandi("dns", "snapshot")
    t.rc(r, 2)
    t.contains(r.err, "'gandi dns snapshot' needs a command")
    t.contains(r.err, "'gandi dns snapshot' commands: list, create, show, restore, delete")
    r = t.gandi("dns", "snapshot", "lst", "example.com")
    t.rc(r, 2)
    t.contains(r.err, "'dns snapshot lst' is not a gandi command")
    t.contains(r.err, "did you mean 'gandi dns snapshot list'?")
    a = t.ok(t.gandi("help", "dns", "snapshot", "restore"))
    b = t.ok(t.gandi("dns", "snapshot", "restore", "--help"))
    # options before, between and after the words; an option's value is not a word
    c = t.ok(t.gandi("--no-color", "dns", "--timeout", "5", "snapshot", "-q", "restore", "-h"))
    t.eq(a.out, b.out, "help command and flag")
    t.eq(b.out, c.out, "options between the words")
    t.contains(a.out, "usage: gandi dns snapshot restore DOMAIN ID [options]")
    t.contains(a.out, "--dry-run")
    r = t.ok(t.gandi("dns", "snapshot", "--help"))
    t.contains(r.out, "usage: gandi dns COMMAND")
    t.contains(r.out, "snapshot list DOMAIN")
    t.contains(t.ok(t.gandi("dns", "sync", "--help")).out, "usage: gandi dns sync DOMAIN FILE")
    r = t.gandi("help", "dns", "snapshot", "nope")
    t.rc(r, 2)
    t.contains(r.err, "no help for 'dns snapshot nope'")
    r = t.gandi("dns", "snapshot", "list")
    t.rc(r, 2)
    t.contains(r.err, "needs DOMAIN")
    r = t.gandi("dns", "snapshot", "list", "a", "b")
    t.rc(r, 2)
    t.contains(r.err, "too many arguments")
    t.contains(t.ok(t.gandi("--help")).out, "10 'dns sync --exit-code': changes pending")


def test_verbs_of_two_words_complete(t):
    import shutil
    import subprocess
    script = t.write("c.bash", t.ok(t.gandi("completion", "bash")).out)

    def bash(*words):
        cmd = (f"source '{script}'; COMP_WORDS=({' '.join(repr(w) for w in words)}); "
               f"COMP_CWORD={len(words) - 1}; _gandi; echo ${{COMPREPLY[*]}}")
        return subprocess.run(["bash", "-c", cmd], capture_output=True, text=True).stdout.split()

    t.eq(bash("gandi", "dns", "snapshot", ""), ["list", "create", "show", "restore", "delete"],
         "second words")
    t.eq(bash("gandi", "dns", "snap"), ["snapshot"], "first word")
    opts = bash("gandi", "dns", "snapshot", "restore", "example.com", "--")
    assert "--yes" in opts and "--dry-run" in opts and "--no-delete" not in opts, opts
    opts = bash("gandi", "dns", "sync", "example.com", "z.txt", "--")
    assert "--exit-code" in opts and "--skip-unsupported" in opts, opts
    # zsh and fish, when this machine has them
    if shutil.which("zsh"):
        zscript = t.write("_gandi", t.ok(t.gandi("completion", "zsh")).out)
        stub = ("_describe() { local a; for a in ${(P)2}; do print -r -- ${a%%:*}; done }; "
                "compadd() { print -r -- \"$@\" }; _files() { }; "
                "words=(gandi dns snapshot ''); CURRENT=4; PREFIX=''; "
                f"source '{zscript}'")
        out = subprocess.run(["zsh", "-f", "-c", stub], capture_output=True, text=True)
        t.eq(out.stdout.split(), ["list", "create", "show", "restore", "delete"], "zsh")
    if shutil.which("fish"):
        fscript = t.write("gandi.fish", t.ok(t.gandi("completion", "fish")).out)
        out = subprocess.run(["fish", "--no-config", "-c",
                              f"source '{fscript}'; complete -C 'gandi dns snapshot '"],
                             capture_output=True, text=True)
        t.eq(sorted(x.split("\t")[0] for x in out.stdout.splitlines()),
             ["create", "delete", "list", "restore", "show"], "fish")
