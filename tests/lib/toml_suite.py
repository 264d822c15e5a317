"""The toml-test suite for TOML 1.0 against BUILD/tests/toml-decoder.

An invalid case passes when the decoder exits non-zero; a valid case passes
when it exits 0 and prints tagged JSON equal in meaning to the expected JSON.
Skipped, with a notice, when ../shared/toml-test is absent.
"""
import concurrent.futures as cf
import datetime
import json
import math
import os
import re
import subprocess

import gandi_test

SUITE = os.path.join(os.path.dirname(gandi_test.ROOT), "shared", "toml-test")


def _num(kind, text):
    t = text.replace("_", "")
    if kind == "integer":
        if t.startswith(("0x", "0o", "0b", "+0x", "-0x")):
            return int(t, 0)
        return int(t)
    low = t.lower().lstrip("+")
    if low in ("nan", "-nan"):
        return "nan"
    if low in ("inf", "-inf"):
        return low
    return float(t)


def _datetime(kind, text):
    t = text.replace(" ", "T").replace("t", "T").replace("z", "Z")
    if kind == "datetime":
        t = t.replace("Z", "+00:00")
        m = re.match(r"(.*T\d\d:\d\d:\d\d)(\.\d+)?(.*)", t)
        frac = (m.group(2) or ".0")[:7]
        d = datetime.datetime.fromisoformat(m.group(1) + frac.ljust(7, "0") + m.group(3))
        return d.astimezone(datetime.timezone.utc)
    if kind == "datetime-local":
        m = re.match(r"(.*T\d\d:\d\d:\d\d)(\.\d+)?$", t)
        frac = (m.group(2) or ".0")[:7]
        return datetime.datetime.fromisoformat(m.group(1) + frac.ljust(7, "0"))
    if kind == "date-local":
        return datetime.date.fromisoformat(t)
    if kind == "time-local":
        m = re.match(r"(\d\d:\d\d:\d\d)(\.\d+)?$", t)
        frac = (m.group(2) or ".0")[:7]
        return datetime.time.fromisoformat(m.group(1) + frac.ljust(7, "0"))
    raise ValueError(kind)


def _norm(v):
    if isinstance(v, dict):
        if set(v) == {"type", "value"} and isinstance(v["type"], str) \
                and isinstance(v["value"], str):
            kind, text = v["type"], v["value"]
            if kind in ("integer", "float"):
                n = _num(kind, text)
                if isinstance(n, float) and not math.isnan(n) and n == int(n) and abs(n) < 1e300:
                    return ("num", float(n))
                return ("num", n if isinstance(n, str) else float(n))
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
    except (ValueError, KeyError, AttributeError) as e:
        return rel, f"cannot compare ({e}): {json.dumps(got)[:300]}"
    return rel, None


def run(build, pattern, jobs, verbose):
    decoder = os.path.join(build, "tests", "toml-decoder")
    listing = os.path.join(SUITE, "files-toml-1.0.0")
    if not os.path.exists(listing):
        print(f"notice: {SUITE} not found; TOML conformance suite skipped")
        return None
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
