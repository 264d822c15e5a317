#!/usr/bin/env python3
"""The fault campaign's long form (tests/lib/campaign.py says what it does):

    python3 tests/fault_campaign.py --runs 2000 [--seed N] [-j 4] [--build build]

make check runs a short form of it (tests/e2e/test_fault_campaign.py)."""
import argparse
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))

import campaign  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=campaign.__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-j", dest="jobs", type=int, default=4)
    ap.add_argument("--per-world", type=int, default=25)
    ap.add_argument("--world", action="append", help="only these worlds (emu-faults, "
                    "lossy-proxy, tamper-proxy)")
    ap.add_argument("-v", dest="verbose", action="store_true", help="report every run")
    args = ap.parse_args()
    kinds = [(k, w) for k, w in campaign.WORLD_KINDS if not args.world or k in args.world]
    lock = threading.Lock()
    done = [0]

    def log(n, kind, cls, report):
        with lock:
            done[0] += 1
            if report:
                print(report + "\n", flush=True)
            elif done[0] % 100 == 0:
                print(f"... {done[0]} runs", flush=True)
    started = time.monotonic()
    results = campaign.campaign(args.build, args.runs, args.seed, args.jobs, args.per_world,
                                verbose=args.verbose, log=log, kinds=kinds)
    print(campaign.summary(results))
    print(f"time: {time.monotonic() - started:.0f} s")
    return 1 if any(cls in campaign.BAD for _, _, cls, _, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())
