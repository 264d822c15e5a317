#!/usr/bin/env python3
"""How long a GET takes to fail against a server that drips its answer (issue 13, item
10's second measure): a test server answers 200 with a Content-Length of 1 MB, then
sends one byte a second (--interval) for ever. Prints the wall time until gandi gives up,
its exit status, the number of requests the server received, and gandi's last line.

    python3 bench/slow_drip.py [--build DIR] [--timeout N] [--retries K] [--interval S]

Not part of make bench (each run lasts the time it measures); standard library only.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "lib"))

import fake_server  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--timeout", type=int, default=None,
                    help="gandi's --timeout (none: gandi's default)")
    ap.add_argument("--retries", type=int, default=None,
                    help="gandi's --retries (none: gandi's default)")
    ap.add_argument("--interval", type=float, default=1.0, help="seconds between bytes")
    args = ap.parse_args()

    def drip(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "1000000")
        h.end_headers()
        try:
            while True:
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(args.interval)
        except OSError:
            return None
    srv = fake_server.FakeServer(drip)
    tmp = tempfile.mkdtemp(prefix="gandi-slow-drip-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GANDI_", "XDG_"))
           and k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env.update(HOME=tmp, LC_ALL="C.UTF-8", GANDI_API_KEY="0123456789abcdef0123456789abcdef01234567")
    argv = [os.path.join(args.build, "gandi"), "domain", "list", "--api-url", srv.url + "/v5"]
    if args.timeout is not None:
        argv += ["--timeout", str(args.timeout)]
    if args.retries is not None:
        argv += ["--retries", str(args.retries)]
    started = time.monotonic()
    p = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    wall = time.monotonic() - started
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    print(f"timeout {args.timeout if args.timeout is not None else 'default'}: exit "
          f"{p.returncode} after {wall:.1f} s, {len(srv.requests)} request(s); "
          f"{err[0] if err else '(nothing on stderr)'}", flush=True)
    srv.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
