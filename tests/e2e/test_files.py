"""What gandi reads and writes on the machine (issue 13, items 4, 5, 9 and 12):
concurrent config edits under one lock, a renewed token that cannot be saved,
writes onto devices, FIFOs and symbolic links, inputs that are not regular files
or are too large (a broken config reported by config list: tests/golden/files)."""
import fcntl
import os
import stat
import subprocess
import threading
import time

from gandi_test import TOKENS


def popen(t, *args, token=None, emu=None, stdin=None):
    return subprocess.Popen([t.gandi_exe] + [str(a) for a in args], env=t.env(emu, token),
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=t.tmp)


def finish(p, stdin=None, timeout=60):
    out, err = p.communicate(stdin.encode() if stdin is not None else None, timeout=timeout)
    return p.returncode, out.decode(), err.decode()


def parse_toml(text):
    import tomllib
    return tomllib.loads(text)


def test_parallel_config_sets_all_land(t):
    p = t.write("cfg/c.toml", "# mine\ntimeout = 10\n", 0o600)
    for rnd in range(2):
        procs = [popen(t, "--config", p, "config", "set", "--profile", f"p{rnd}-{i}",
                       "sharing_id", f"org-{rnd}-{i}") for i in range(16)]
        for i, q in enumerate(procs):
            rc, out, err = finish(q)
            t.eq(rc, 0, f"config set {i} exit code ({err})")
    doc = parse_toml(t.read("cfg/c.toml"))
    got = {name: prof.get("sharing_id") for name, prof in doc["profiles"].items()}
    want = {f"p{r}-{i}": f"org-{r}-{i}" for r in range(2) for i in range(16)}
    t.eq(got, want, "profiles after 32 concurrent edits")
    t.eq(doc["timeout"], 10, "the key that was there")
    t.eq(sorted(os.listdir(os.path.dirname(p))), ["c.toml"], "files beside the config")


def test_token_renew_racing_config_sets_keeps_the_new_token(t):
    e = t.emu()
    p = t.write("home/.config/gandi/config.toml",
                f'api_key = "{TOKENS["expiring"]}"\n', 0o600)
    sets = [popen(t, "config", "set", "--profile", f"p{i}", "sharing_id", f"org-{i}")
            for i in range(6)]
    renew = popen(t, "token", "renew", emu=e)
    sets += [popen(t, "config", "set", "--profile", f"q{i}", "sharing_id", f"org-{i}")
             for i in range(6)]
    rc, out, err = finish(renew)
    t.eq(rc, 0, f"token renew exit code ({err})")
    t.contains(err, "renewed: the new token ****")
    for q in sets:
        t.eq(finish(q)[0], 0, "config set exit code")
    doc = parse_toml(t.read("home/.config/gandi/config.toml"))
    new = doc["api_key"]
    t.secret(new)
    assert new != TOKENS["expiring"], "the file kept the old token"
    t.contains(err, "****" + new[-4:], "the token said to be saved")
    t.eq(len(doc["profiles"]), 12, "profiles written meanwhile")
    t.ok(t.gandi("domain", "list", emu=e))  # the new token, from the file


def test_token_renew_prints_the_token_it_could_not_save(t):
    e = t.emu()
    p = t.write("home/.config/gandi/config.toml",
                f'api_key = "{TOKENS["expiring"]}"\n', 0o600)
    before = t.read("home/.config/gandi/config.toml")
    # another program holds the lock on the config's folder for longer than gandi waits
    fd = os.open(os.path.dirname(p), os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        r = t.gandi("token", "renew", emu=e, allow_secret=True)
    finally:
        os.close(fd)
    t.rc(r, 1)
    new = r.out.strip()
    assert new and "\n" not in new and new != TOKENS["expiring"], r.describe()
    t.eq(r.out, new + "\n", "stdout: the new token alone")
    t.absent(r.err, new, "stderr")
    t.contains(r.err, "held the lock on its folder")
    t.contains(r.err, "the new one is not in '" + p + "': it is printed on stdout, once")
    t.contains(r.err, "gandi config set api_key -")
    t.eq(t.read("home/.config/gandi/config.toml"), before, "config")
    t.ok(t.gandi("domain", "list", emu=e, token=new, allow_secret=True))
    # in JSON too, on stdout, with saved false
    fd = os.open(os.path.dirname(p), os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        r = t.gandi("token", "renew", "--json", emu=e, allow_secret=True)
    finally:
        os.close(fd)
    t.rc(r, 1)
    j = r.json()
    t.eq((j["ok"], j["saved"]), (False, False), "ok, saved")
    t.ok(t.gandi("domain", "list", emu=e, token=j["access_token"], allow_secret=True))


def char_device(t, name):
    """A character device of our own (the same as /dev/null) when root may make one."""
    path = t.path(name)
    if os.geteuid() == 0:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        return path
    return "/dev/null"


def test_config_that_is_not_a_regular_file_is_refused(t):
    dev = char_device(t, "nulldev")
    r = t.gandi("--config", dev, "config", "set", "timeout", "30")
    t.rc(r, 2)
    t.contains(r.err, f"cannot read '{dev}': it is a character device, not a regular file")
    assert stat.S_ISCHR(os.stat(dev).st_mode), "the device was replaced"
    fifo = t.path("fifo")
    os.mkfifo(fifo)
    for args in (("config", "list"), ("config", "set", "timeout", "30"), ("dns", "list", "x.com")):
        r = t.gandi("--config", fifo, *args, token="all", timeout=10)
        t.rc(r, 2)
        t.contains(r.err, f"cannot read '{fifo}': it is a FIFO, not a regular file")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced"
    r = t.gandi("--config", "/dev/zero", "config", "list", timeout=10)
    t.rc(r, 2)
    t.contains(r.err, "'/dev/zero': it is a character device, not a regular file")
    big = t.path("big.toml")
    with open(big, "wb") as f:
        f.truncate(2 * 1024 * 1024)
    r = t.gandi("--config", big, "config", "list", timeout=10)
    t.rc(r, 2)
    t.contains(r.err, f"cannot read '{big}': it is larger than 1 MB")
    r = t.gandi("--config", t.tmp, "config", "list")
    t.rc(r, 2)
    t.contains(r.err, "it is a folder")


def test_symlinked_config_is_updated_not_replaced(t):
    real = t.write("dotfiles/gandi/config.toml", '# managed\ntimeout = 10\n', 0o640)
    os.makedirs(t.path("home/.config"))
    # a relative link to a link: both stay, the file at the end is updated
    os.symlink("../dotfiles/gandi", t.path("home/gandi-dir"))
    os.symlink("../gandi-dir/config.toml", t.path("home/.config/gandi"))
    link = t.path("home/.config/gandi")
    r = t.ok(t.gandi("--config", link, "config", "set", "timeout", "30"))
    assert os.path.islink(link), "the link was replaced"
    t.eq(t.read("dotfiles/gandi/config.toml"), "# managed\ntimeout = 30\n", "the real file")
    t.eq(stat.S_IMODE(os.stat(real).st_mode), 0o600, "mode of the file holding the token")
    t.ok(t.gandi("--config", link, "config", "set", "api_key", stdin=TOKENS["all"] + "\n"))
    assert os.path.islink(link)
    t.contains(t.read("dotfiles/gandi/config.toml"), TOKENS["all"])
    t.eq(sorted(os.listdir(t.path("dotfiles/gandi"))), ["config.toml"], "files beside it")
    t.eq(sorted(os.listdir(t.path("home/.config"))), ["gandi"], "files beside the link")
    # a link to nothing yet: the file is created where it points
    os.symlink(t.path("dotfiles/new.toml"), t.path("dangling"))
    t.ok(t.gandi("--config", t.path("dangling"), "config", "set", "timeout", "5"))
    assert os.path.islink(t.path("dangling"))
    t.eq(t.read("dotfiles/new.toml"), "timeout = 5\n", "created through the link")


def test_export_onto_devices_fifos_and_links(t):
    e = t.emu()
    want = t.ok(t.gandi("dns", "export", "example.com", emu=e, token="all")).out
    assert "IN" in want, want
    dev = char_device(t, "nulldev")
    t.ok(t.gandi("dns", "export", "example.com", "-o", dev, emu=e, token="all"))
    assert stat.S_ISCHR(os.stat(dev).st_mode), "the device was replaced"
    fifo = t.path("fifo")
    os.mkfifo(fifo)
    got = {}

    def reader():
        with open(fifo, "rb") as f:
            got["data"] = f.read()
    th = threading.Thread(target=reader)
    th.start()
    t.ok(t.gandi("dns", "export", "example.com", "-o", fifo, emu=e, token="all"))
    th.join(10)
    t.eq(got.get("data", b"").decode(), want, "what the FIFO's reader got")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO was replaced"
    os.symlink("/dev/stdout", t.path("out"))
    r = t.ok(t.gandi("dns", "export", "example.com", "-o", t.path("out"), emu=e, token="all"))
    t.eq(r.out, want, "stdout through the link")
    assert os.path.islink(t.path("out")), "the link to /dev/stdout was replaced"
    target = t.write("zones/example.com.zone", "old\n", 0o640)
    os.symlink("zones/example.com.zone", t.path("current.zone"))
    t.ok(t.gandi("dns", "export", "example.com", "-o", "current.zone", emu=e, token="all"))
    assert os.path.islink(t.path("current.zone"))
    t.eq(t.read("zones/example.com.zone"), want, "the file the link names")
    t.eq(stat.S_IMODE(os.stat(target).st_mode), 0o640, "its mode, kept")
    r = t.gandi("dns", "export", "example.com", "-o", t.path("zones"), emu=e, token="all")
    t.rc(r, 2)
    t.contains(r.err, "it is a folder")


def test_zone_file_that_is_not_regular_or_too_large_is_refused(t):
    e = t.emu()
    r = t.gandi("dns", "sync", "example.com", "/dev/zero", "--dry-run", emu=e, token="all",
                timeout=20)
    t.rc(r, 2)
    t.contains(r.err, "cannot read '/dev/zero': it is a character device, not a regular file")
    t.contains(r.err, "'-' to read the zone from stdin")
    fifo = t.path("zone.fifo")
    os.mkfifo(fifo)
    r = t.gandi("dns", "sync", "example.com", fifo, "--dry-run", emu=e, token="all", timeout=10)
    t.rc(r, 2)
    t.contains(r.err, "it is a FIFO, not a regular file")
    big = t.path("big.zone")
    with open(big, "wb") as f:
        f.truncate(300 * 1024 * 1024)
    r = t.gandi("dns", "sync", "example.com", big, "--dry-run", emu=e, token="all", timeout=20)
    t.rc(r, 2)
    t.contains(r.err, "it is larger than 256 MB")
    started = time.monotonic()
    with open("/dev/zero", "rb") as zero:
        p = subprocess.run([t.gandi_exe, "dns", "sync", "example.com", "-", "--dry-run"],
                           stdin=zero, capture_output=True, env=t.env(e, "all"), timeout=60)
    t.eq(p.returncode, 2, "exit code on endless stdin")
    t.contains(p.stderr.decode(), "cannot read the zone from stdin: it is larger than 256 MB")
    assert time.monotonic() - started < 60


def test_endless_stdin_for_a_token_is_refused(t):
    with open("/dev/zero", "rb") as zero:
        p = subprocess.run([t.gandi_exe, "--config", t.path("c.toml"), "config", "set",
                            "api_key"], stdin=zero, capture_output=True, env=t.env(), timeout=30)
    t.eq(p.returncode, 2, "exit code")
    t.contains(p.stderr.decode(), "the value on stdin is longer than 64 KB")
    assert not os.path.exists(t.path("c.toml")), "a file was written"
