#!/usr/bin/env python3
"""The cost of a dns sync that fails (issue 13, item 10): a zone of N RRsets made by
gandi-emu --generate-seed, a file changing the TTL of every one of them (so the whole
zone is replaced in one PUT), and a proxy that answers that PUT 502 without passing it
on: gandi reads the zone again and reports what was not applied. Prints the wall time
and the CPU time of gandi (user + system), and its peak resident size.

    python3 bench/failed_sync.py [--build DIR] [--records N] [--runs K]

Not part of make bench (a minute or more at N = 400,000); standard library only. A zone of
more than 500,000 RRsets is refused when read (gandi reads at most 5000 pages of 100):
the script then says nothing was measured and exits 1.
"""
import argparse
import json
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
    ap.add_argument("--records", type=int, default=100000)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="gandi-failed-sync-")
    seed = os.path.join(tmp, "seed.json")
    with open(seed, "w") as f:
        subprocess.run([os.path.join(args.build, "gandi-emu"), "--generate-seed",
                        f"domains=0,records={args.records}"], stdout=f, check=True)
    token = json.load(open(seed))["tokens"][0]["secret"]
    emu = subprocess.Popen([os.path.join(args.build, "gandi-emu"), "--seed", seed,
                            "--rate-limit", "0", "--listen", "127.0.0.1:0", "--quiet"],
                           stdout=subprocess.PIPE)
    try:
        url = emu.stdout.readline().decode().strip()
        proxy = fake_server.FaultProxy(url, lambda m, p: ("before", 502) if m == "PUT"
                                       else "pass")
        env = dict(os.environ, HOME=tmp, GANDI_API_URL=proxy.url + "/v5",
                   GANDI_ID_URL=proxy.url, GANDI_API_KEY=token)
        # the zone as the seed gives it, every TTL changed
        items = next(d for d in json.load(open(seed))["domains"]
                     if d["fqdn"] == "big.example")["livedns"]["records"]
        for item in items:
            item["rrset_ttl"] = 600 if item["rrset_ttl"] != 600 else 900
            item.pop("rrset_href", None)
        zone = os.path.join(tmp, "zone.json")
        with open(zone, "w") as f:
            json.dump(items, f)
        status = 0
        for _ in range(args.runs):
            # gandi's own resource use (wait4), not that of --generate-seed run before it
            with tempfile.TemporaryFile() as errf:
                started = time.monotonic()
                p = subprocess.Popen([os.path.join(args.build, "gandi"), "dns", "sync",
                                      "big.example", zone, "--yes", "--retries", "1"], env=env,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=errf)
                _, wstatus, use = os.wait4(p.pid, 0)
                wall = time.monotonic() - started
                p.returncode = os.waitstatus_to_exitcode(wstatus)
                errf.seek(0)
                err = errf.read().decode("utf-8", "replace")
            cpu = use.ru_utime + use.ru_stime
            lines = err.count("\n")
            if "applying the changes to big.example stopped" not in err:
                # e.g. a zone over the 5000-page cap (500,000 RRsets) is refused on reading
                print(err[-2000:], file=sys.stderr)
                print(f"{args.records} RRsets: the sync failed before applying (exit "
                      f"{p.returncode}): nothing measured", flush=True)
                status = 1
                continue
            print(f"{args.records} RRsets: exit {p.returncode}, {wall:.2f} s wall, {cpu:.2f} s "
                  f"CPU, {use.ru_maxrss // 1024} MB peak, {lines} lines on stderr",
                  flush=True)
        proxy.stop()
    finally:
        emu.terminate()
        emu.wait()
    return status


if __name__ == "__main__":
    sys.exit(main())
