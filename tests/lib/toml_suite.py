"""The toml-test suite for TOML 1.0 against BUILD/tests/toml-decoder.

An invalid case passes when the decoder exits non-zero; a valid case passes
when it exits 0 and prints tagged JSON equal in meaning to the expected JSON.
Counted as one skipped test when ../shared/toml-test is absent.
"""
import concurrent.futures as cf
import json
import math
import os
import re
import subprocess

import gandi_test

SUITE = os.path.join(os.path.dirname(gandi_test.ROOT), "shared", "toml-test")


def _num(kind, text):
    """An integer as an exact int; a float as a float, or "nan", "inf", "-inf"."""
    t = text.replace("_", "")
    if kind == "integer":
        return int(t, 0) if re.match(r"[+-]?0[xXoObB]", t) else int(t)
    low = t.lower()
    if low.lstrip("+-") == "nan":
        return "nan"
    f = float(t)
    if math.isinf(f):
        return "-inf" if f < 0 else "inf"
    return (f, math.copysign(1.0, f))  # keeps -0.0 apart from 0.0


def _days(y, m, d):
    """Days from 1970-01-01 to a proleptic Gregorian date (any year >= 0)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


_DT = re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?"
                 r"([Zz]|[+-]\d\d:\d\d)?")
_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_TIME = re.compile(r"(\d\d):(\d\d):(\d\d)(?:\.(\d+))?")


def _ns(frac):
    return int((frac or "0").ljust(9, "0")[:9])


def _datetime(kind, text):
    """A comparable value: offset date-times as the instant they name (so
    Z equals +00:00), with nanoseconds; leap seconds (:60) allowed."""
    if kind in ("datetime", "datetime-local"):
        m = _DT.fullmatch(text)
        if not m or (m.group(8) is None) != (kind == "datetime-local"):
            raise ValueError(f"not a {kind}: {text!r}")
        y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
        secs = _days(y, mo, d) * 86400 + h * 3600 + mi * 60 + s
        off = m.group(8)
        if off and off not in "Zz":
            sign = -1 if off[0] == "-" else 1
            secs -= sign * (int(off[1:3]) * 3600 + int(off[4:6]) * 60)
        return (secs, _ns(m.group(7)))
    if kind == "date-local":
        m = _DATE.fullmatch(text)
        if not m:
            raise ValueError(f"not a date-local: {text!r}")
        return tuple(int(g) for g in m.groups())
    if kind == "time-local":
        m = _TIME.fullmatch(text)
        if not m:
            raise ValueError(f"not a time-local: {text!r}")
        return tuple(int(g) for g in m.groups()[:3]) + (_ns(m.group(4)),)
    raise ValueError(f"unknown type {kind!r}")


def _norm(v):
    if isinstance(v, dict):
        if set(v) == {"type", "value"} and isinstance(v["type"], str) \
                and isinstance(v["value"], str):
            kind, text = v["type"], v["value"]
            if kind in ("integer", "float"):
                return (kind, _num(kind, text))
            if kind.startswith(("datetime", "date", "time")):
                return (kind, _datetime(kind, text))
            return (kind, text)
        return {k: _norm(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_norm(x) for x in v]
    return ("raw", v)


def _case(decoder, rel):
    path = os.path.join(SUITE, rel)
    with open(path, "rb") as f:
        data = f.read()
    try:
        p = subprocess.run([decoder], input=data, capture_output=True, timeout=10)
    except subprocess.TimeoutExpired:
        return rel, "timed out"
    if rel.startswith("invalid/"):
        if p.returncode == 0:
            return rel, "accepted an invalid document:\n" + p.stdout.decode(errors="replace")
        if p.returncode < 0:
            return rel, f"crashed with signal {-p.returncode}"
        err = p.stderr.decode(errors="replace")
        if p.returncode != 1 or not re.search(r"line \d+, column \d+: \S", err):
            return rel, (f"expected exit 1 and 'line L, column C: MESSAGE' on stderr, "
                         f"got exit {p.returncode}: {err[:300]}")
        return rel, None
    if p.returncode != 0:
        return rel, "rejected a valid document: " + p.stderr.decode(errors="replace")
    try:
        got = json.loads(p.stdout)
    except ValueError as e:
        return rel, f"decoder printed invalid JSON ({e})"
    with open(path[:-5] + ".json", encoding="utf-8") as f:
        want = json.load(f)
    try:
        if _norm(got) != _norm(want):
            return rel, (f"wrong result\n  got  {json.dumps(got, sort_keys=True)[:600]}\n"
                         f"  want {json.dumps(want, sort_keys=True)[:600]}")
    except (ValueError, KeyError, AttributeError, TypeError, OverflowError) as e:
        return rel, f"cannot compare ({e}): {json.dumps(got)[:300]}"
    return rel, None


def run(build, pattern, jobs, verbose):
    decoder = os.path.join(build, "tests", "toml-decoder")
    listing = os.path.join(SUITE, "files-toml-1.0.0")
    if not os.path.exists(listing):
        print(f"skip toml: {SUITE} not found; the TOML conformance suite did not run")
        tally = gandi_test.Tally()
        tally.skipped = 1
        return tally
    if not os.path.exists(decoder):
        return None
    cases = [line.strip() for line in open(listing, encoding="utf-8")
             if line.strip().endswith(".toml")]
    if pattern:
        cases = [c for c in cases if pattern in "toml/" + c]
    tally = gandi_test.Tally()
    with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
        for rel, msg in pool.map(lambda c: _case(decoder, c), cases):
            if msg is None:
                tally.passed += 1
                if verbose:
                    print(f"ok   toml/{rel}")
            else:
                tally.failed += 1
                print(f"FAIL toml/{rel}: " + msg.replace("\n", "\n    "))
    return tally
