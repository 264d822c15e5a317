#!/usr/bin/env python3
"""Measure gandi browse on a big account against gandi-emu.

1. Time to the first screen (the first page drawn) and to the whole list, in
   tmux (capture-pane polled every 10 ms), compared with the time api_list
   takes to fetch every page before anything could be drawn (the same
   requests, timed through `gandi domain list --json`).
2. The cost of scrolling and filtering once the list is in memory, on a
   pseudo-terminal: bytes sent to the terminal and the time until the screen
   is quiet again, per key, and the CPU time gandi used for the whole run.

usage: bench/browse.py [--build build] [--domains 10000] [--latency 0,50] [--runs 5]
"""
import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

TOKEN_NAME = "all"


def start_emu(build, seed, latency, log):
    p = subprocess.Popen([os.path.join(build, "gandi-emu"), "--seed", seed, "--rate-limit", "0",
                          "--latency", str(latency), "--listen", "127.0.0.1:0", "--quiet",
                          "--log", log], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    url = p.stdout.readline().decode().strip()
    return p, url


def gandi_env(url, home, token):
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "LC_ALL": "C.UTF-8", "TERM": "xterm-256color",
           "GANDI_API_URL": url + "/v5", "GANDI_ID_URL": url, "GANDI_API_KEY": token}
    return env


def tmux_timing(build, env, total, tmp, n):
    """Seconds to the first row on screen and to the whole list, in tmux."""
    sock = os.path.join(tmp, f"tmux{n}.sock")
    script = os.path.join(tmp, f"run{n}.sh")
    with open(script, "w") as f:
        f.write("".join(f"export {k}='{v}'\n" for k, v in env.items()))
        f.write(f"exec {os.path.join(build, 'gandi')} browse\n")

    def tmux(*args):
        return subprocess.run(["tmux", "-S", sock] + list(args), capture_output=True,
                              text=True).stdout

    started = time.monotonic()
    tmux("-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", f"sh {script}")
    first = whole = None
    deadline = started + 120
    while time.monotonic() < deadline and whole is None:
        s = tmux("capture-pane", "-p", "-t", "0")
        now = time.monotonic() - started
        if first is None and "bench-000001.example" in s:
            first = now
        title = s.split("\n", 1)[0]
        if f"{total} domains" in title and "loading" not in title and " of " not in title:
            whole = now
        time.sleep(0.01)
    tmux("send-keys", "-t", "0", "q")
    time.sleep(0.2)
    tmux("kill-server")
    return first, whole


def api_list_time(build, env):
    started = time.monotonic()
    subprocess.run([os.path.join(build, "gandi"), "domain", "list", "--json"], env=env,
                   stdout=subprocess.DEVNULL, check=True)
    return time.monotonic() - started


def read_quiet(fd, quiet=0.05, limit=10.0):
    """Read until nothing came for `quiet` seconds; (bytes, seconds to the first byte)."""
    out = b""
    first = None
    started = time.monotonic()
    while time.monotonic() - started < limit:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the program has left
            break
        if not chunk:
            break
        if first is None:
            first = time.monotonic() - started
        out += chunk
    return out, first


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def log_pages(log):
    with open(log, errors="replace") as f:
        return sum(1 for x in f if '"path":"/v5/domain/domains"' in x)


def pty_costs(build, env, log, pages_before):
    """Bytes and response time per key, once every page is in."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execve(os.path.join(build, "gandi"), [os.path.join(build, "gandi"), "browse"], env)
    # loaded when the log holds every page and the screen is quiet
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and log_pages(log) - pages_before < 101:
        read_quiet(fd, 0.1)
    read_quiet(fd, 0.5)
    results = {}

    def measure(name, keys, count):
        sizes, waits = [], []
        for _ in range(count):
            os.write(fd, keys)
            out, first = read_quiet(fd, 0.02)
            sizes.append(len(out))
            waits.append(first or 0.0)
        results[name] = (statistics.mean(sizes), max(sizes), statistics.median(waits) * 1000,
                         max(waits) * 1000)

    cpu0 = cpu_seconds(pid)
    measure("j (down one row)", b"j", 300)
    measure("k (up one row)", b"k", 100)
    measure("PgDn", b"\x1b[6~", 100)
    measure("G / g (last, first)", b"Gg", 20)
    os.write(fd, b"/")
    read_quiet(fd, 0.1)
    measure("filter: a typed character", b"9", 3)
    measure("filter: Backspace", b"\x7f", 3)
    cpu1 = cpu_seconds(pid)
    os.write(fd, b"\x1bq")
    read_quiet(fd, 0.5)
    os.waitpid(pid, 0)
    os.close(fd)
    return results, cpu1 - cpu0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--domains", type=int, default=10000)
    ap.add_argument("--latency", default="0,50")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                    "lib"))
    import gandi_test
    token = gandi_test.TOKENS[TOKEN_NAME]
    total = args.domains + 3  # the seed's own domains of the organization
    with tempfile.TemporaryDirectory(prefix="gandi-bench-") as tmp:
        seed = os.path.join(tmp, "big.json")
        with open(seed, "w") as f:
            subprocess.run([os.path.join(build, "gandi-emu"), "--generate-seed",
                            f"domains={args.domains},records=0"], stdout=f, check=True)
        for latency in [int(x) for x in args.latency.split(",")]:
            log = os.path.join(tmp, f"emu{latency}.log")
            emu, url = start_emu(build, seed, latency, log)
            env = gandi_env(url, tmp, token)
            try:
                firsts, wholes, lists = [], [], []
                for n in range(args.runs):
                    first, whole = tmux_timing(build, env, total, tmp, n)
                    firsts.append(first)
                    wholes.append(whole)
                    lists.append(api_list_time(build, env))
                print(f"{total} domains, gandi-emu --latency {latency} ms, {args.runs} runs "
                      f"(median, min-max):")
                for name, xs in (("browse: first page on screen", firsts),
                                 ("browse: whole list on screen", wholes),
                                 ("api_list (domain list --json): every page", lists)):
                    xs = [x for x in xs if x is not None]
                    print(f"  {name:45} {statistics.median(xs) * 1000:7.0f} ms "
                          f"({min(xs) * 1000:.0f}-{max(xs) * 1000:.0f})")
                if latency == 0:
                    costs, cpu = pty_costs(build, env, log, log_pages(log))
                    print("  per key, whole list in memory (bytes to the terminal mean/max, "
                          "ms to the first byte median/max):")
                    for name, (mean, mx, med, worst) in costs.items():
                        print(f"    {name:28} {mean:7.0f} / {mx:6d} B   {med:6.2f} / "
                              f"{worst:6.2f} ms")
                    print(f"  CPU time of gandi for the {300 + 100 + 100 + 40 + 6} keys: "
                          f"{cpu * 1000:.0f} ms")
            finally:
                emu.terminate()
                emu.wait()


if __name__ == "__main__":
    main()
