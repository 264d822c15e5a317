#!/usr/bin/env python3
"""Run every test of gandi and gandi-emu; the last line is "N passed, N failed"
(", N skipped" added when some test could not run here).

Suites:
  unit     C unit tests: BUILD/tests/test_* print "ok - NAME" / "not ok - NAME" / "skip - NAME"
  toml     the toml-test cases for TOML 1.0 in ../shared/toml-test (plain build)
  emu      tests/emu/test_*.py: gandi-emu on its own
  e2e      tests/e2e/test_*.py: the real gandi binary against gandi-emu (what needs
           parallel processes, a terminal, fault injection or scripted servers)
  golden   tests/golden/**/*.t: gandi against gandi-emu, exact outputs and requests
  analyze  gcc -fanalyzer and cppcheck over the sources (tools/analyze.sh), run
           alongside the other suites
  pkg      tests/pkg/test_*.py: version, build dependencies, install lists (the
           packages themselves: make deb-check)

With --san-build DIR the unit, emu, e2e and golden suites run again on binaries
built with AddressSanitizer and UndefinedBehaviorSanitizer; any sanitizer report
fails the test that triggered it.

--update-golden rewrites the expectations of the golden cases (those -k selects)
from what the plain build does now; review the result with git diff. It never
runs in make check.
"""
import argparse
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "lib"))

import gandi_test  # noqa: E402
import toml_suite  # noqa: E402

SUITES = ["unit", "toml", "emu", "e2e", "golden", "analyze", "pkg"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build", help="build folder (default build)")
    ap.add_argument("--san-build", help="also run on this sanitizer build")
    ap.add_argument("-k", dest="pattern", help="only tests whose id contains this")
    ap.add_argument("-j", dest="jobs", type=int, default=0, help="parallel tests")
    ap.add_argument("-v", dest="verbose", action="store_true", help="print every test")
    ap.add_argument("--update-golden", action="store_true",
                    help="rewrite the expectations of the golden cases (-k to choose)")
    ap.add_argument("suites", nargs="*", default=SUITES)
    args = ap.parse_args()
    for s in args.suites:
        if s not in SUITES:
            ap.error(f"unknown suite '{s}' (suites: {' '.join(SUITES)})")

    jobs = args.jobs or max(2, (os.cpu_count() or 2) * 2)
    started = time.monotonic()
    if args.update_golden:
        tally = gandi_test.run_python_suite("golden", args.build, False, args.pattern, jobs,
                                            args.verbose, update=True)
        tally = tally or gandi_test.Tally()
        print(f"suite golden (update): {tally.summary()}", flush=True)
        print(f"time: {time.monotonic() - started:.1f} s", flush=True)
        print(tally.summary(), flush=True)
        return 1 if tally.failed else 0

    total = gandi_test.Tally()
    runs = [(args.build, False)]
    if args.san_build:
        runs.append((args.san_build, True))
    # Everything runs at once, and is printed in the order of the suites: the tests of the
    # Python suites of both builds share one pool (the slowest queued first), the C unit
    # tests and the toml cases run beside it, and the analysers too (they need no build).
    background = {}

    def in_background(name, fn):
        th = threading.Thread(target=lambda: background.__setitem__(name, fn()), daemon=True)
        th.start()
        background[name + ":thread"] = th

    def result(name):
        background[name + ":thread"].join()
        return background.get(name)

    if "analyze" in args.suites:
        in_background("analyze", lambda: gandi_test.run_analyze(args.pattern, args.verbose))

    def native():
        out = {}
        for build, sanitized in runs:
            if "unit" in args.suites:
                out[(build, "unit")] = gandi_test.run_unit(build, sanitized, args.pattern,
                                                           args.verbose)
            if "toml" in args.suites and not sanitized:
                out[(build, "toml")] = toml_suite.run(build, args.pattern, jobs, args.verbose)
        return out
    in_background("native", native)

    # (workers spawned, not forked: a fork while the threads above run could inherit a
    # lock one of them holds, and wait for it forever)
    pool = cf.ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("spawn"))
    queued = {}
    for suite in ("e2e", "golden", "emu", "pkg"):
        for build, sanitized in reversed(runs):
            if suite in args.suites and not (suite == "pkg" and sanitized):
                queued[(build, suite)] = gandi_test.submit_python_suite(
                    pool, suite, build, sanitized, args.pattern)
    for build, sanitized in runs:
        label = " [asan+ubsan]" if sanitized else ""
        for suite in args.suites:
            if suite == "analyze":
                continue
            if suite in ("unit", "toml"):
                tally = result("native").get((build, suite))
            elif (build, suite) in queued:
                tally = gandi_test.report_python_suite(queued[(build, suite)], sanitized,
                                                       args.verbose)
            else:
                continue
            if tally is None:
                continue
            print(f"suite {suite}{label}: {tally.summary()}", flush=True)
            total.add(tally)
    pool.shutdown()
    if "analyze" in args.suites:
        tally = result("analyze")
        for line in tally.lines if tally else ():
            print(line, flush=True)
        if tally is not None and (tally.passed or tally.failed or tally.skipped):
            print(f"suite analyze: {tally.summary()}", flush=True)
            total.add(tally)
    print(f"time: {time.monotonic() - started:.1f} s", flush=True)
    print(total.summary(), flush=True)
    return 1 if total.failed or total.passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
