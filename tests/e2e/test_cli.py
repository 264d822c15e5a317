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
