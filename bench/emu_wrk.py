#!/usr/bin/env python3
"""gandi-emu's own throughput under wrk: writes and reads, in memory and with
--state, this tree against an older revision.

    bench/emu_wrk.py [--build DIR] [--base-rev REV] [--seconds N] [--rounds N]
                     [--connections N,N...]

Each variant (gandi-emu in memory, with --state in a fresh folder, and the same
two built from --base-rev when given) is started on a free loopback port with
--rate-limit 0; wrk (Debian package wrk, tools/deps.sh bench) then runs, for
each connection count, a PUT workload (one TXT RRset replaced per request,
50 names in turn) and a GET workload (one RRset read per request). Variants
alternate inside each round; the report gives the median requests per second
over the rounds and the non-2xx answers seen. The machine is shared and noisy:
compare variants of the same round, not runs of different days.

Standard library only.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "emu", "seed.json")

PUT_LUA = """
wrk.method = "PUT"
wrk.headers["Authorization"] = "Bearer %(token)s"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/v5/livedns/domains/example.com/records/bench" .. (n %% 50) .. "/TXT",
                    nil, '{"rrset_values":["v' .. n .. '"],"rrset_ttl":300}')
end
"""

GET_LUA = """
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer %(token)s"
wrk.path = "/v5/livedns/domains/example.com/records/www/CNAME"
"""

SUMMARY_LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d\\n", summary.requests,
           summary.errors.status + summary.errors.connect + summary.errors.read +
           summary.errors.write + summary.errors.timeout, summary.duration))
end
"""


def token():
    with open(SEED, encoding="utf-8") as f:
        for t in json.load(f)["tokens"]:
            if t["name"] == "all":
                return t["secret"]
    raise SystemExit("no token 'all' in emu/seed.json")


def build_rev(rev, dest):
    os.makedirs(dest)
    archive = subprocess.run(["git", "-C", ROOT, "archive", rev], capture_output=True)
    if archive.returncode != 0:
        raise SystemExit(f"git archive {rev} failed: {archive.stderr.decode(errors='replace')}")
    subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=True)
    p = subprocess.run(["make", "-s", "-j2", "build/gandi-emu"], cwd=dest, capture_output=True)
    if p.returncode != 0:
        raise SystemExit(f"building {rev} failed:\n{p.stderr.decode(errors='replace')[-2000:]}")
    return os.path.join(dest, "build", "gandi-emu")


class Emu:
    def __init__(self, exe, state_dir):
        args = [exe, "--listen", "127.0.0.1:0", "--quiet", "--rate-limit", "0"]
        if state_dir:
            if os.path.exists(state_dir):
                shutil.rmtree(state_dir)
            os.makedirs(state_dir)
            args += ["--state", os.path.join(state_dir, "state.json")]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     stdin=subprocess.DEVNULL)
        self.url = self.proc.stdout.readline().decode().strip()
        if not self.url.startswith("http"):
            raise SystemExit(f"{exe} did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(60)


def wrk(url, script, conns, seconds):
    threads = min(2, conns)
    p = subprocess.run(["wrk", "-t", str(threads), "-c", str(conns), "-d", f"{seconds}s",
                        "-s", script, url], capture_output=True, text=True)
    m = re.search(r"^RESULT (\d+) (\d+) (\d+)$", p.stdout, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", p.stdout)
    if p.returncode != 0 or not m:
        raise SystemExit(f"wrk failed:\n{p.stdout}\n{p.stderr}")
    requests, errors, micros = map(int, m.groups())
    return requests / (micros / 1e6), errors + (int(non2xx.group(1)) if non2xx else 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--base-rev", default=None, metavar="REV")
    ap.add_argument("--seconds", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--connections", default="1,16,64")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: sh tools/deps.sh bench")
    tmp = tempfile.mkdtemp(prefix="emu-wrk-")
    try:
        scripts = {}
        for name, body in [("PUT", PUT_LUA), ("GET", GET_LUA)]:
            path = os.path.join(tmp, name + ".lua")
            with open(path, "w") as f:
                f.write(body % {"token": token()} + SUMMARY_LUA % {})
            scripts[name] = path
        exes = {"this tree": os.path.abspath(os.path.join(args.build, "gandi-emu"))}
        if args.base_rev:
            exes[args.base_rev] = build_rev(args.base_rev, os.path.join(tmp, "base"))
        variants = [(f"{label}, {mode}", exe, mode == "--state")
                    for label, exe in exes.items() for mode in ("in memory", "--state")]
        conns = [int(c) for c in args.connections.split(",")]
        results = {}
        for r in range(args.rounds):
            order = variants[r % len(variants):] + variants[:r % len(variants)]
            for label, exe, state in order:
                emu = Emu(exe, os.path.join(tmp, "state") if state else None)
                try:
                    for work in ("PUT", "GET"):
                        for c in conns:
                            rate, bad = wrk(emu.url, scripts[work], c, args.seconds)
                            results.setdefault((label, work, c), []).append((rate, bad))
                finally:
                    emu.stop()
        print(f"gandi-emu under wrk: median requests/s over {args.rounds} rounds of "
              f"{args.seconds} s (non-2xx answers in brackets)\n")
        print("| variant | workload | " + " | ".join(f"{c} conn." for c in conns) + " |")
        print("|---|---|" + "---|" * len(conns))
        for label, _, _ in variants:
            for work in ("PUT", "GET"):
                cells = []
                for c in conns:
                    runs = results[(label, work, c)]
                    med = statistics.median(rate for rate, _ in runs)
                    bad = sum(b for _, b in runs)
                    cells.append(f"{med:,.0f}" + (f" [{bad}]" if bad else ""))
                print(f"| {label} | {work} | " + " | ".join(cells) + " |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
