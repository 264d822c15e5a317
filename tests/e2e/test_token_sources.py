"""Token sources beyond what a golden case can hold: api_key_command's process seen
from /proc while it runs (its argv, its environment, its parent's), every source under
-vv, the files gandi leaves behind, gandi auth token, and the expiry side check against
an id URL that is slow or unreachable, timed by the test's own clock."""
import json
import os
import socket
import stat
import time

from gandi_test import TOKENS


def write(t, name, text, mode=0o600):
    path = os.path.join(t.tmp, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)
    return path


def config(t, text):
    return write(t, "home/.config/gandi/config.toml", text)


def test_api_key_command_process_holds_no_token(t):
    e = t.emu()
    token = TOKENS["all"]
    write(t, "secret", token + "\n")
    # the command records what /proc shows of it, its parent and grandparent (gandi is
    # one of them: /bin/sh -c may exec the command or fork it) while it runs
    script = write(t, "get-token", """#!/bin/sh
gp=$(cut -d' ' -f4 /proc/$PPID/stat)
for p in $$ $PPID $gp; do
    cat /proc/$p/cmdline; echo
    cat /proc/$p/environ 2>/dev/null || echo "environ of $p unreadable"; echo
done > "$0.proc"
cat "$(dirname "$0")/secret"
""", 0o700)
    config(t, f'api_key_command = "{script} --for gandi"\n')
    r = t.gandi("-vv", "dns", "list", "example.com", emu=e,
                env={"GANDIV5_PERSONAL_ACCESS_TOKEN": None})
    t.rc(r, 0)
    with open(f"{script}.proc", "rb") as f:
        seen = f.read()
    assert token[:8].encode() not in seen, f"the token (or part of it) is in /proc:\n{seen!r}"
    assert script.encode() + b"\0--for\0gandi" in seen, seen  # the command's own argv
    assert b"\0dns\0list\0example.com" in seen, seen           # gandi's, seen too
    assert "****" + token[-4:] in r.err  # the -vv trace shows it masked, never whole


def test_api_key_command_stdin_is_not_gandis(t):
    """gandi's own stdin (a zone file for dns sync, a token for auth login) is never
    handed to the command: it reads /dev/null."""
    e = t.emu()
    write(t, "secret", TOKENS["all"] + "\n")
    script = write(t, "get-token", """#!/bin/sh
cat > "$0.stdin"
cat "$(dirname "$0")/secret"
""", 0o700)
    config(t, f'api_key_command = "{script}"\n')
    r = t.gandi("dns", "sync", "example.com", "-", "--dry-run", emu=e,
                stdin="www 300 IN A 192.0.2.7\n")
    t.rc(r, 0)
    with open(script + ".stdin", "rb") as f:
        t.eq(f.read(), b"", "what the command read on stdin")
    t.contains(r.out, "192.0.2.7")


def test_every_source_redacted_under_vv(t):
    """Each place a token can come from, with -vv and --json: the token never whole (the
    harness fails the run if it were), masked where shown."""
    e = t.emu()
    token = TOKENS["all"]
    write(t, "tok", token + "\n")
    write(t, "creds/gandi-api-key", token + "\n", 0o400)
    write(t, "secret", token + "\n")
    cases = [
        ({"GANDI_API_KEY": token}, ""),
        ({"GANDI_API_KEY_FILE": "tok"}, ""),
        ({"GANDIV5_PERSONAL_ACCESS_TOKEN": token}, ""),
        ({"GANDIV5_PERSONAL_ACCESS_TOKEN_FILE": "tok"}, ""),
        ({"CREDENTIALS_DIRECTORY": os.path.join(t.tmp, "creds")}, ""),
        ({}, f'api_key_command = "cat {t.tmp}/secret; echo {token[:20]} >&2"\n'),
        ({}, f'api_key = "{token}"\n'),
    ]
    for env, cfg in cases:
        config(t, cfg)
        for args in (("-vv", "domain", "list"), ("-vv", "auth", "status", "--json"),
                     ("doctor", "--json"), ("-vv", "dns", "get", "example.com", "A", "nope")):
            r = t.gandi(*args, emu=e, env=env)
            assert r.rc in (0, 5), r.describe()
            assert token[:20] not in r.out + r.err, f"part of the token shown:\n{r.describe()}"


def test_no_world_readable_file_holds_a_token(t):
    """After login, renew and the expiry check, every file gandi wrote under HOME is
    0600 in 0700 folders, and none other than the config holds the token."""
    e = t.emu()
    r = t.gandi("auth", "login", emu=e, stdin=TOKENS["expiring"] + "\n")
    t.rc(r, 0)
    t.rc(t.gandi("domain", "list", emu=e), 0)
    r = t.gandi("token", "renew", emu=e)
    t.rc(r, 0)
    with open(os.path.join(t.home, ".config/gandi/config.toml")) as f:
        fresh = f.read().split('"')[1]
    t.secret(fresh)
    t.rc(t.gandi("domain", "list", emu=e), 0)
    for folder, dirs, files in os.walk(t.home):
        for d in dirs:
            mode = stat.S_IMODE(os.stat(os.path.join(folder, d)).st_mode)
            assert not mode & 0o077, f"{folder}/{d} is {oct(mode)}"
        for name in files:
            path = os.path.join(folder, name)
            mode = stat.S_IMODE(os.stat(path).st_mode)
            assert not mode & 0o077, f"{path} is {oct(mode)}"
            with open(path, "rb") as f:
                text = f.read()
            if not path.endswith("config.toml"):
                for s in (TOKENS["expiring"], fresh):
                    assert s[:8].encode() not in text, f"{path} holds a token"


def test_auth_token_prints_it_for_scripts_only(t):
    e = t.emu()
    token = TOKENS["all"]
    r = t.gandi("auth", "token", emu=e, token="all", allow_secret=True)
    t.eq((r.rc, r.out, r.err), (0, token + "\n", ""), "auth token")
    r = t.gandi("auth", "token", "--json", emu=e, token="all", allow_secret=True)
    t.eq(json.loads(r.out), {"token": token}, "--json")
    write(t, "secret", token + "\n")
    config(t, f'api_key_command = "cat {t.tmp}/secret"\n')
    r = t.gandi("auth", "token", emu=e, allow_secret=True)
    t.eq((r.rc, r.out, r.err), (0, token + "\n", ""), "auth token from api_key_command")
    t.eq(e.requests(), [], "requests (auth token sends none)")
    r = t.gandi_tty("auth", "token", emu=e, token="all")
    t.rc(r, 2)
    t.contains(r.out, "refusing to print the token on a terminal")
    r = t.gandi_tty("auth", "token", "--show", emu=e, token="all", allow_secret=True)
    t.rc(r, 0)
    t.contains(r.out, token)
    config(t, "")
    r = t.gandi("auth", "token", emu=e)  # nothing anywhere
    t.rc(r, 3)
    t.contains(r.err, "Not authenticated")
    if os.path.exists("/dev/full"):
        with open("/dev/full", "w") as full:
            import subprocess
            p = subprocess.run([t.gandi_exe, "auth", "token"], stdout=full,
                               stderr=subprocess.PIPE, env=t.env(e, "all"))
        t.eq(p.returncode, 1, "exit status writing to /dev/full")
        t.eq(p.stderr.decode(), "gandi: writing stdout: No space left on device\n", "stderr")


# -- the expiry side check -------------------------------------------------------------

def cache_files(t):
    folder = os.path.join(t.home, ".cache", "gandi")
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


def cache_text(t):
    names = cache_files(t)
    assert len(names) == 1, names
    with open(os.path.join(t.home, ".cache", "gandi", names[0])) as f:
        return names[0], f.read()


def timed(t, *args, **kw):
    start = time.monotonic()
    r = t.gandi(*args, **kw)
    return r, time.monotonic() - start


def test_expiry_check_against_a_slow_id_server(t):
    """An id URL that never answers: the command's answer is not held up by more than the
    side check's 2 s (not --timeout's 60), the check is tried once, not retried, and its
    failure is cached: the next commands do not ask for an hour."""
    e = t.emu()
    slow = t.fake_server(lambda h: None)  # accepts, never answers
    env = {"GANDI_ID_URL": slow.url}
    r, took = timed(t, "dns", "list", "example.com", emu=e, token="all", env=env)
    t.rc(r, 0)
    t.eq(r.err, "", "stderr (a failed side check says nothing)")
    assert took < 8, f"dns list took {took:.1f} s with a silent id server"
    t.eq([q["path"] for q in slow.requests], ["/tokeninfo"], "requests to the id server")
    name, text = cache_text(t)
    assert TOKENS["all"] not in name + text
    cached = json.loads(text)
    t.eq(sorted(cached), ["checked_at", "expires_at", "failed_at"], "cache keys")
    assert abs(cached["failed_at"] - time.time()) < 60, cached
    for _ in range(2):
        r, took = timed(t, "dns", "list", "example.com", emu=e, token="all", env=env)
        t.rc(r, 0)
        assert took < 4, f"a cached failure still cost {took:.1f} s"
    t.eq(len(slow.requests), 1, "id server asked once in three commands")
    # an hour later it is asked again, once
    cached["failed_at"] -= 3601
    with open(os.path.join(t.home, ".cache", "gandi", name), "w") as f:
        json.dump(cached, f, separators=(",", ":"))
    r, took = timed(t, "dns", "list", "example.com", emu=e, token="all", env=env)
    t.rc(r, 0)
    assert took < 8, took
    t.eq(len(slow.requests), 2, "id server asked again after an hour")


def test_expiry_check_against_an_unreachable_id_server(t):
    """An id host whose connections are never accepted (as behind a firewall dropping
    them): bounded the same way, and cached."""
    e = t.emu()
    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen(0)
    port = lst.getsockname()[1]
    fill = []
    for _ in range(4):  # fill the backlog: further connection attempts are dropped
        c = socket.socket()
        c.setblocking(False)
        try:
            c.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fill.append(c)
    time.sleep(0.2)
    try:
        env = {"GANDI_ID_URL": f"http://127.0.0.1:{port}"}
        r, took = timed(t, "domain", "list", emu=e, token="all", env=env)
        t.rc(r, 0)
        t.eq(r.err, "", "stderr")
        assert took < 8, f"domain list took {took:.1f} s with an unreachable id host"
        _, text = cache_text(t)
        assert '"failed_at":' in text, text
        r, took = timed(t, "domain", "list", emu=e, token="all", env=env)
        t.rc(r, 0)
        assert took < 4, f"a cached failure still cost {took:.1f} s"
        # the id host refusing outright is a failure too, and cached the same way
        os.remove(os.path.join(t.home, ".cache", "gandi", cache_files(t)[0]))
        import fake_server
        closed = {"GANDI_ID_URL": f"http://127.0.0.1:{fake_server.closed_port()}"}
        t.rc(t.gandi("domain", "list", emu=e, token="all", env=closed), 0)
        _, text = cache_text(t)
        assert '"failed_at":' in text, text
    finally:
        for c in fill:
            c.close()
        lst.close()


def test_expiry_warning_survives_a_failed_refresh(t):
    """A day-old cache whose refresh fails still warns of the expiry it knows."""
    e = t.emu()
    t.rc(t.gandi("token", "info", emu=e, token="expiring"), 0)
    name, text = cache_text(t)
    cached = json.loads(text)
    cached["checked_at"] -= 86401
    with open(os.path.join(t.home, ".cache", "gandi", name), "w") as f:
        json.dump(cached, f, separators=(",", ":"))
    import fake_server
    env = {"GANDI_ID_URL": f"http://127.0.0.1:{fake_server.closed_port()}"}
    r = t.gandi("domain", "list", emu=e, token="expiring", env=env)
    t.rc(r, 0)
    t.contains(r.err, "warning: your Gandi token expires in 3 days")
    after = json.loads(cache_text(t)[1])
    t.eq(after["expires_at"], cached["expires_at"], "the known expiry is kept")
    t.eq(after["checked_at"], cached["checked_at"], "the last success is kept")
    assert after["failed_at"] > cached["checked_at"], after


def test_systemd_example_runs_as_written(t):
    """doc/systemd's service: its credential id is the one gandi reads, and its ExecStart,
    run as systemd would run it (CREDENTIALS_DIRECTORY, STATE_DIRECTORY, XDG_CACHE_HOME
    set, nothing else), writes the zone file with the credential's token."""
    import shlex
    from gandi_test import ROOT
    doc = os.path.join(ROOT, "doc", "systemd")
    with open(os.path.join(doc, "gandi-zone-backup.service")) as f:
        unit = f.read()
    keys = {}
    for line in unit.splitlines():
        if "=" in line and not line.startswith("#"):
            k, v = line.split("=", 1)
            keys.setdefault(k, []).append(v)
    t.eq(keys["LoadCredential"], ["gandi-api-key:/etc/gandi/token"], "LoadCredential=")
    with open(os.path.join(doc, "gandi-zone-backup.timer")) as f:
        assert "OnCalendar=" in f.read()
    e = t.emu()
    creds = write(t, "run/credentials/gandi-zone-backup.service/gandi-api-key",
                  TOKENS["tech"] + "\n", 0o400)
    state = os.path.join(t.tmp, "var/lib/gandi-zone-backup")
    cache = os.path.join(t.tmp, "var/cache")
    os.makedirs(state)
    os.makedirs(os.path.join(cache, "gandi"))
    argv = shlex.split(keys["ExecStart"][0].replace("${STATE_DIRECTORY}", state))
    t.eq(argv[0], "/usr/bin/gandi", "ExecStart's program")
    r = t.gandi(*argv[1:], emu=e, env={"CREDENTIALS_DIRECTORY": os.path.dirname(creds),
                                       "STATE_DIRECTORY": state, "XDG_CACHE_HOME": cache})
    t.rc(r, 0)
    with open(os.path.join(state, "example.com.zone")) as f:
        t.contains(f.read(), "$ORIGIN example.com.")
    t.eq(e.requests()[0]["headers"].get("authorization"), "Bearer ..." + TOKENS["tech"][-4:],
         "the credential's token was sent")
    assert os.listdir(os.path.join(cache, "gandi")), "the expiry cache went to CacheDirectory"
