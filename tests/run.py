#!/usr/bin/env python3
"""Run every test of gandi and gandi-emu; the last line is "N passed, N failed".

Suites:
  unit   C unit tests: BUILD/tests/test_* print "ok - NAME" / "not ok - NAME"
  toml   the toml-test cases for TOML 1.0 in ../shared/toml-test (plain build)
  emu    tests/emu/test_*.py: gandi-emu on its own
  e2e    tests/e2e/test_*.py: the real gandi binary against gandi-emu
  analyze  gcc -fanalyzer and cppcheck over the sources (tools/analyze.sh)
  pkg    tests/pkg/test_*.py: version, build dependencies, install lists (the
         packages themselves: make deb-check)

With --san-build DIR the unit, emu and e2e suites run again on binaries built
with AddressSanitizer and UndefinedBehaviorSanitizer; any sanitizer report
fails the test that triggered it.
"""
import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "lib"))

import gandi_test  # noqa: E402
import toml_suite  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build", help="build folder (default build)")
    ap.add_argument("--san-build", help="also run on this sanitizer build")
    ap.add_argument("-k", dest="pattern", help="only tests whose id contains this")
    ap.add_argument("-j", dest="jobs", type=int, default=0, help="parallel tests")
    ap.add_argument("-v", dest="verbose", action="store_true", help="print every test")
    ap.add_argument("suites", nargs="*", default=["unit", "toml", "emu", "e2e", "analyze", "pkg"])
    args = ap.parse_args()

    jobs = args.jobs or max(2, (os.cpu_count() or 2) * 2)
    total = gandi_test.Tally()
    started = time.monotonic()
    runs = [(args.build, False)]
    if args.san_build:
        runs.append((args.san_build, True))
    for build, sanitized in runs:
        label = " [asan+ubsan]" if sanitized else ""
        for suite in args.suites:
            if suite in ("toml", "pkg") and sanitized:
                continue
            if suite == "toml":
                tally = toml_suite.run(build, args.pattern, jobs, args.verbose)
            elif suite == "analyze":
                if sanitized:
                    continue
                tally = gandi_test.run_analyze(args.pattern, args.verbose)
            elif suite == "unit":
                tally = gandi_test.run_unit(build, sanitized, args.pattern, args.verbose)
            else:
                tally = gandi_test.run_python_suite(
                    suite, build, sanitized, args.pattern, jobs, args.verbose)
            if tally is None:
                continue
            print(f"suite {suite}{label}: {tally.passed} passed, {tally.failed} failed",
                  flush=True)
            total.add(tally)
    print(f"time: {time.monotonic() - started:.1f} s", flush=True)
    print(f"{total.passed} passed, {total.failed} failed", flush=True)
    return 1 if total.failed or total.passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
