"""The completion scripts, run by bash, zsh and fish themselves: commands of several
words, config keys, profiles, on/off, help's commands, domain names (from gandi's cache,
one request for many TABs), file names only where a file is wanted, and an option's value
never taken for an argument (-n is dns list's --name but dns set's --dry-run). A shell
that is missing fails its test: tools/deps.sh's test group installs them."""
import os
import shutil
import subprocess

from gandi_test import Failure

CASES = [
    # (words before the one completed, what must be offered, what must not)
    (["config", "get"], ["api_key", "timeout", "default_profile"], []),
    (["--profile"], ["home", "work"], ["config", "dns"]),
    (["config", "set", "--profile"], ["home", "work"], []),
    (["profile", "use"], ["home", "work"], []),
    (["help"], ["dns", "domain", "doctor", "version"], []),
    (["help", "dns"], ["list", "snapshot", "set"], ["domain"]),
    (["domain", "autorenew", "example.com"], ["on", "off"], []),
    (["dns", "set", "-n", "example.com"], ["TXT", "A", "MX"], []),
    (["dns", "snapshot"], ["list", "create", "restore"], []),
    (["dns", "list"], ["example.com", "example.net", "example.org"], []),
    (["domain", "info"], ["example.com"], []),
]


def shell(t, name):
    path = shutil.which(name)
    if not path:
        raise Failure(f"{name} is not installed: sudo sh tools/deps.sh test installs it")
    return path


def setup(t):
    e = t.emu()
    t.write("home/.config/gandi/config.toml", '[profiles.work]\nsharing_id = "a"\n'
            '[profiles.home]\nsharing_id = "b"\n', 0o600)
    return e, t.env(emu=e, token="all")


def check(t, shellname, got, words, want, unwanted):
    for w in want:
        assert w in got, f"{shellname}: 'gandi {' '.join(words)} <TAB>' offers {got}, not {w!r}"
    for w in unwanted:
        assert w not in got, f"{shellname}: 'gandi {' '.join(words)} <TAB>' offers {w!r}"


def domain_requests(e, mark):
    return [r for r in e.requests_since(mark) if r["path"].startswith("/v5/domain/domains")]


def run_cases(t, shellname, complete):
    """complete(words) -> the candidates; every case, then the domain cache's use."""
    e, env = setup(t)
    for words, want, unwanted in CASES:
        mark = e.mark()
        check(t, shellname, complete(words, env), words, want, unwanted)
    # one listing filled the cache: completing domains again asks Gandi nothing
    mark = e.mark()
    check(t, shellname, complete(["dns", "get"], env), ["dns", "get"], ["example.net"], [])
    t.eq(domain_requests(e, mark), [], f"{shellname}: requests for a second domain TAB")
    cache = [f for f in os.listdir(t.path("home/.cache/gandi")) if f.startswith("domains-")]
    t.eq(len(cache), 1, f"{shellname}: the domain cache file")
    mode = os.stat(os.path.join(t.path("home/.cache/gandi"), cache[0])).st_mode & 0o777
    t.eq(mode, 0o600, f"{shellname}: the cache's mode")


def test_bash_completes(t):
    bash = shell(t, "bash")
    script = t.write("gandi.bash", t.ok(t.gandi("completion", "bash")).out)

    def complete(words, env):
        line = " ".join(f"'{w}'" for w in words)
        p = subprocess.run([bash, "--norc", "-c", f"source '{script}'; "
                            f"COMP_WORDS=('{t.gandi_exe}' {line} ''); "
                            f"COMP_CWORD={len(words) + 1}; _gandi; "
                            'printf "%s\\n" "${COMPREPLY[@]}"'],
                           capture_output=True, text=True, timeout=30, env=env)
        t.eq((p.returncode, p.stderr), (0, ""), f"bash: {words}")
        return p.stdout.split()
    run_cases(t, "bash", complete)


def test_zsh_completes(t):
    zsh = shell(t, "zsh")
    script = t.write("_gandi", t.ok(t.gandi("completion", "zsh")).out)
    # the completion system's functions, as stubs printing what they are given
    stub = ("_describe() { local a; for a in ${(P)2}; do print -r -- ${a%%:*}; done }; "
            "compadd() { [[ $1 == -- ]] && shift; print -rl -- \"$@\" }; "
            "_files() { print -r -- FILES }; ")

    def complete(words, env):
        line = " ".join(f"'{w}'" for w in words)
        p = subprocess.run([zsh, "-f", "-c", stub + f"words=('{t.gandi_exe}' {line} ''); "
                            f"CURRENT={len(words) + 2}; PREFIX=''; source '{script}'"],
                           capture_output=True, text=True, timeout=30, env=env)
        t.eq((p.returncode, p.stderr), (0, ""), f"zsh: {words}")
        return p.stdout.split()
    run_cases(t, "zsh", complete)


def test_fish_completes(t):
    fish = shell(t, "fish")
    script = t.write("gandi.fish", t.ok(t.gandi("completion", "fish")).out)

    def complete(words, env):
        line = " ".join([t.gandi_exe] + words) + " "
        p = subprocess.run([fish, "--no-config", "-c", f"source '{script}'; complete -C '{line}'"],
                           capture_output=True, text=True, timeout=30, env=env)
        t.eq((p.returncode, p.stderr), (0, ""), f"fish: {words}")
        return [x.split("\t")[0] for x in p.stdout.splitlines()]
    run_cases(t, "fish", complete)


def test_files_only_where_a_file_is_wanted(t):
    """bash: no file names for a domain or a setting; file names for dns sync's FILE."""
    bash = shell(t, "bash")
    script = t.write("gandi.bash", t.ok(t.gandi("completion", "bash")).out)
    t.write("zone-file.txt", "")
    env = t.env()
    for words, files in ((["config", "get"], False), (["dns", "sync", "example.com"], True),
                         (["help"], False)):
        line = " ".join(words)
        p = subprocess.run([bash, "--norc", "-c", f"cd '{t.path('.')}'; source '{script}'; "
                            f"COMP_WORDS=(gandi {line} zone-); COMP_CWORD={len(words) + 1}; "
                            '_gandi; printf "%s\\n" "${COMPREPLY[@]}"; complete -p gandi'],
                           capture_output=True, text=True, timeout=30, env=env)
        t.eq("zone-file.txt" in p.stdout, files, f"file names for gandi {line}")
        t.absent(p.stdout, "-o default", "bash falls back to file names")


def test_domain_cache_is_short_lived(t):
    """The domain names a TAB offers come from a cache of at most 10 minutes: a fresh one
    asks Gandi nothing, one older than that is read again (and rewritten)."""
    e = t.emu()
    first = t.ok(t.gandi("complete-words", "domains", emu=e, token="all")).out.split()
    assert "example.com" in first, first
    folder = t.path("home/.cache/gandi")
    cache = os.path.join(folder, [f for f in os.listdir(folder) if f.startswith("domains-")][0])
    for age, asked in ((9 * 60, False), (11 * 60, True)):
        then = os.stat(cache).st_mtime - age
        os.utime(cache, (then, then))
        mark = e.mark()
        t.eq(t.ok(t.gandi("complete-words", "domains", emu=e, token="all")).out.split(), first,
             f"the names offered with a cache {age} s old")
        t.eq(len(domain_requests(e, mark)) > 0, asked, f"a listing with a cache {age} s old")
    assert os.stat(cache).st_mtime > then + 60, "the stale cache was rewritten"
