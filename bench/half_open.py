#!/usr/bin/env python3
"""Whether one client's half-open connections starve the others (issue 13, item 13):
gandi-emu on a free loopback port, N connections from 127.0.0.1 that each send the start
of a request and no more, then whole GETs from 127.0.0.2 and 127.0.0.3 (each with a
--wait second timeout), timed. Prints, for each, the status (or the exception) and the
time it took.

    python3 bench/half_open.py [--build DIR] [--connections N] [--wait S] [-- EMU-ARGS...]

Not part of make bench; standard library only. The GETs use the built-in seed's token
"all" (tests/lib/gandi_test.py)."""
import argparse
import http.client
import os
import resource
import select
import socket
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "lib"))

from gandi_test import TOKENS  # noqa: E402

PARTIAL = b"GET /v5/domain/domains HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bea"


def half_open(port, n):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < n + 200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, n + 200), hard))
    socks = []
    for _ in range(n):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        s.bind(("127.0.0.1", 0))
        s.connect_ex(("127.0.0.1", port))
        socks.append(s)
    poller = select.poll()
    by_fd = {s.fileno(): s for s in socks}
    for fd in by_fd:
        poller.register(fd, select.POLLOUT)
    while by_fd:
        ready = poller.poll(5000)
        if not ready:
            break
        for fd, _ in ready:
            try:
                by_fd[fd].send(PARTIAL)
            except OSError:
                pass
            poller.unregister(fd)
            del by_fd[fd]
    return socks


def get_from(port, source, wait):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=wait,
                                      source_address=(source, 0))
    started = time.monotonic()
    try:
        conn.request("GET", "/v5/domain/domains",
                     headers={"Authorization": "Bearer " + TOKENS["all"]})
        resp = conn.getresponse()
        resp.read()
        what = str(resp.status)
    except (OSError, http.client.HTTPException) as ex:
        what = type(ex).__name__
    finally:
        conn.close()
    return what, time.monotonic() - started


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--connections", type=int, default=5000)
    ap.add_argument("--wait", type=float, default=10.0)
    ap.add_argument("emu_args", nargs="*")
    args = ap.parse_args()
    emu = subprocess.Popen([os.path.join(args.build, "gandi-emu"), "--listen", "127.0.0.1:0",
                            "--quiet", "--rate-limit", "0"] + args.emu_args,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           stdin=subprocess.DEVNULL)
    try:
        url = emu.stdout.readline().decode().strip()
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        before = get_from(port, "127.0.0.2", args.wait)
        started = time.monotonic()
        socks = half_open(port, args.connections)
        print(f"{args.build} {' '.join(args.emu_args)}: a GET before: {before[0]} in "
              f"{before[1] * 1000:.0f} ms; {len(socks)} half-open connections opened in "
              f"{time.monotonic() - started:.1f} s", flush=True)
        for source in ("127.0.0.2", "127.0.0.3"):
            what, took = get_from(port, source, args.wait)
            print(f"  GET from {source}: {what} after {took * 1000:.0f} ms", flush=True)
        for s in socks:
            s.close()
    finally:
        emu.terminate()
        emu.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
