#!/usr/bin/env python3
"""The fault campaign: many runs of gandi's commands (reads, and every kind of write)
against gandi-emu under fault injection (--fault-rate, --fault-seed, --fault-methods,
--latency) and behind hostile proxies, each run classified by comparing what gandi said
(exit code, stdout, stderr) with the emulator's state and request log afterwards.

Classes of a run:
  clean success       exit 0 and the state is what was asked (a read printed what is there)
  clean failure       non-zero exit, a message, and the state unchanged
  applied, said so    non-zero exit, the state changed, and gandi said the request may have
                      reached Gandi (or listed what was applied)
  wrong success       BAD: exit 0 but the state is not what was asked (or a read printed
                      something else than what is there)
  silent applied      BAD: non-zero exit, the state changed, and gandi did not say that it
                      may have been applied
  double POST         BAD: one POST carried out twice by the server
  silent failure      BAD: non-zero exit and nothing on stderr

Worlds (each a fresh gandi-emu with the built-in seed, then runs in sequence):
  emu-faults   gandi-emu's own faults: 502/503 before the request is processed, or the
               connection cut halfway through the answer after it was processed
  lossy-proxy  a proxy that forwards a request and then loses the answer, or answers 504
               after forwarding it, or 502 without forwarding it (tests/lib/fake_server.py)
  tamper-proxy a proxy that alters the RRsets gandi reads: a TTL outside 300..2592000, or
               an RRset of another name or type than the one asked for

    python3 tests/fault_campaign.py --runs 2000 [--seed N] [-j 4] [--build build]

prints a report of each bad run (what gandi printed, the state changes, the requests)
and a table of the classes; its exit status is 1 when a bad run happened. make check
runs a short form (tests/e2e/test_fault_campaign.py): a floor of clean successes, and
none of the bad classes. This module holds the campaign; tests/fault_campaign.py is its
command line.
"""
import collections
import datetime
import json
import random
import re
import threading
import time

import fake_server
import gandi_test
from gandi_test import TOKENS

ZONE = "example.com"
DOMAINS = ("example.com", "example.net")
BAD = ("wrong success", "silent applied", "double POST", "silent failure")
CLASSES = ("clean success", "clean failure", "applied, said so") + BAD
# what gandi says when a write may have been carried out although the command failed
SAID_SO = re.compile(r"may have reached Gandi|may have been (applied|carried out)|"
                     r"^applied \(\d+ of \d+\)|was renewed|took effect|has taken effect|"
                     r"changes were applied|was (added|deleted|updated), but|"
                     # a renewal whose answer was lost and whose expiry cannot be read
                     r"may or may not have happened|"
                     # --json: the error's fields
                     r'"maybe_applied":true|"applied":\[\{', re.M)


# -- the emulator's state, read by the test itself -----------------------------------------

class Reader:
    """The test's own reads of the emulator, retried through its faults (a read meets
    them too when --fault-methods has GET)."""

    def __init__(self, emu):
        self.emu = emu

    def get(self, path, token="all"):
        for _ in range(60):
            try:
                status, _, body = self.emu.api("GET", path, token=token)
            except Exception:  # a connection cut halfway: read again
                continue
            if status in (200, 404) and not isinstance(body, str):
                return status, body
            if status in (200,) and isinstance(body, str):
                continue  # an HTML page or a cut body
            if status in (401, 403):
                return status, body
        raise RuntimeError(f"could not read {path} from the emulator")

    def pages(self, path):
        items, page = [], 1
        while True:
            sep = "&" if "?" in path else "?"
            status, body = self.get(f"{path}{sep}per_page=100&page={page}")
            if status != 200:
                raise RuntimeError(f"GET {path}: {status}")
            items += body
            if len(body) < 100:
                return items
            page += 1

    def zone(self, zone=ZONE):
        return {(r["rrset_name"], r["rrset_type"]): (r["rrset_ttl"], frozenset(r["rrset_values"]))
                for r in self.pages(f"livedns/domains/{zone}/records")}

    def world(self):
        """What the writes of the campaign can change."""
        w = {"zone": self.zone()}
        w["redirs"] = {r["host"]: (r["url"], r["type"], r["protocol"])
                       for r in self.pages(f"domain/domains/{ZONE}/webredirs")}
        w["domains"] = {}
        for d in DOMAINS:
            _, info = self.get(f"domain/domains/{d}")
            ar = info.get("autorenew")
            on = ar.get("enabled") if isinstance(ar, dict) else bool(ar)
            w["domains"][d] = (info["dates"]["registry_ends_at"], on)
        # the snapshots gandi takes before a sync or a restore are its own business: not in
        # the state compared (a sync whose snapshot's answer was lost changed no record)
        snaps = [s for s in self.pages(f"livedns/domains/{ZONE}/snapshots?automatic=false")
                 if not s["name"].startswith("gandi dns ")]
        w["snapshots"] = collections.Counter(s["name"] for s in snaps)
        w["snapshot_ids"] = {s["id"]: s["name"] for s in snaps}
        return w


def plus_year(iso):
    d = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")
    try:
        d = d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        d = d.replace(year=d.year + 1, day=28)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def comparable(w):
    """The parts of a world that must match, without the helpers."""
    return {k: v for k, v in w.items() if k != "snapshot_ids"}


# -- the commands ------------------------------------------------------------------------

class Case:
    """One run: argv, and what the world must be after it when it succeeds.

    expect(before) -> the world as asked (None for a read); check_read(result, before)
    -> whether a read printed what is there."""

    def __init__(self, kind, argv, expect=None, check_read=None, stdin=None, config=None):
        self.kind = kind
        self.argv = argv
        self.expect = expect
        self.check_read = check_read
        self.stdin = stdin
        self.config = config


def copy_world(w):
    return {"zone": dict(w["zone"]), "redirs": dict(w["redirs"]),
            "domains": dict(w["domains"]), "snapshots": collections.Counter(w["snapshots"]),
            "snapshot_ids": dict(w["snapshot_ids"])}


def rnd_ip(rng):
    return f"198.51.100.{rng.randrange(1, 255)}"


def c_dns_list(rng, w, n):
    def check(r, before):
        got = {(x["rrset_name"], x["rrset_type"]): (x["rrset_ttl"], frozenset(x["rrset_values"]))
               for x in r.json()}
        return got == before["zone"]
    return Case("dns list", ["dns", "list", ZONE, "--json"], check_read=check)


def c_domain_list(rng, w, n):
    def check(r, before):
        return {d["fqdn"] for d in r.json()} >= set(DOMAINS)
    return Case("domain list", ["domain", "list", "--json"], check_read=check)


def c_dns_get(rng, w, n):
    name, rtype = rng.choice(sorted(w["zone"]))

    def check(r, before):
        got = r.json()
        return ((got["rrset_name"], got["rrset_type"]) == (name, rtype) and
                (got["rrset_ttl"], frozenset(got["rrset_values"])) == before["zone"][(name, rtype)])
    return Case("dns get", ["dns", "get", ZONE, rtype, name, "--json"], check_read=check)


def c_dns_set(rng, w, n):
    name = rng.choice(["api", "set1", "set2", f"set-{n}"])
    values = sorted({rnd_ip(rng) for _ in range(rng.randrange(1, 3))})
    ttl = rng.choice([None, 600])
    argv = ["dns", "set", ZONE, "A", name] + values + (["--ttl", str(ttl)] if ttl else [])

    def expect(b):
        a = copy_world(b)
        old = b["zone"].get((name, "A"))
        a["zone"][(name, "A")] = (ttl or (old[0] if old else 10800), frozenset(values))
        return a
    return Case("dns set", argv, expect)


def c_dns_add(rng, w, n):
    name = rng.choice(["_acme-challenge", "add1", f"add-{n}"])
    value = f"tok-{n}"
    argv = ["dns", "add", ZONE, "TXT", name, value]

    def expect(b):
        a = copy_world(b)
        old = b["zone"].get((name, "TXT"))
        # dns add gives a new RRset TTL 300 (its help), keeps an existing one's
        a["zone"][(name, "TXT")] = (old[0] if old else 300,
                                    (old[1] if old else frozenset()) | {f'"{value}"'})
        return a
    return Case("dns add", argv, expect)


def pick_value(rng, w, types=("TXT", "A")):
    choices = [(k, v) for k, (ttl, vals) in sorted(w["zone"].items()) if k[1] in types
               for v in sorted(vals)]
    return rng.choice(choices) if choices else None


def c_dns_remove(rng, w, n):
    picked = pick_value(rng, w)
    if not picked:
        return c_dns_add(rng, w, n)
    (name, rtype), value = picked
    shown = value[1:-1] if rtype == "TXT" else value
    argv = ["dns", "remove", ZONE, rtype, name, shown]

    def expect(b):
        a = copy_world(b)
        ttl, vals = b["zone"][(name, rtype)]
        left = vals - {value}
        if left:
            a["zone"][(name, rtype)] = (ttl, left)
        else:
            del a["zone"][(name, rtype)]
        return a
    return Case("dns remove", argv, expect)


def c_dns_delete(rng, w, n):
    keys = [k for k in sorted(w["zone"]) if k[0] != "@"]
    if not keys:
        return c_dns_set(rng, w, n)
    name, rtype = rng.choice(keys)

    def expect(b):
        a = copy_world(b)
        a["zone"].pop((name, rtype), None)
        return a
    return Case("dns delete", ["dns", "delete", ZONE, rtype, name, "--yes"], expect)


def c_dns_sync(rng, w, n):
    zone = dict(w["zone"])
    want = dict(zone)
    keys = [k for k in sorted(zone) if k[0] != "@" and k[1] in ("A", "TXT")]
    whole = rng.random() < 0.35
    for i in range(rng.randrange(1, 4)):
        want[(f"sync{n}-{i}", "A")] = (300, frozenset({rnd_ip(rng)}))
    for k in rng.sample(keys, min(len(keys), rng.randrange(0, 3))):
        ttl, vals = want[k]
        want[k] = (ttl, frozenset({rnd_ip(rng)}) if k[1] == "A" else frozenset({f'"s{n}"'}))
    for k in rng.sample(keys, min(len(keys), rng.randrange(0, 3))):
        if k in want and rng.random() < 0.6:
            del want[k]
    if whole:  # more than half of the RRsets change: one PUT of the whole zone
        for k in list(want):
            if k[1] in ("A", "AAAA", "TXT", "MX", "CAA", "SRV") and rng.random() < 0.8:
                ttl, vals = want[k]
                want[k] = (600 if ttl != 600 else 900, vals)
    no_delete = rng.random() < 0.4
    items = [{"rrset_name": k[0], "rrset_type": k[1], "rrset_ttl": ttl,
              "rrset_values": sorted(vals)} for k, (ttl, vals) in sorted(want.items())]
    argv = ["dns", "sync", ZONE, "@FILE", "--yes"] + (["--no-delete"] if no_delete else [])

    def expect(b):
        a = copy_world(b)
        z = {}
        for k, (ttl, vals) in want.items():
            old = b["zone"].get(k)
            if no_delete and old and k[1] != "CNAME":
                vals = vals | old[1]
            z[k] = (ttl, vals)
        if no_delete:
            for k, v in b["zone"].items():
                z.setdefault(k, v)
        a["zone"] = z
        return a
    case = Case("dns sync" + (" --no-delete" if no_delete else ""), argv, expect)
    case.file = json.dumps(items)
    return case


def c_snapshot_create(rng, w, n):
    name = f"snap-{n}"

    def expect(b):
        a = copy_world(b)
        a["snapshots"][name] += 1
        return a
    return Case("snapshot create", ["dns", "snapshot", "create", ZONE, name], expect)


def c_snapshot_delete(rng, w, n):
    mine = sorted(i for i, name in w["snapshot_ids"].items() if name.startswith("snap-"))
    if not mine:
        return c_snapshot_create(rng, w, n)
    sid = rng.choice(mine)

    def expect(b):
        a = copy_world(b)
        a["snapshots"][b["snapshot_ids"][sid]] -= 1
        a["snapshots"] += collections.Counter()  # drops the zero counts
        return a
    return Case("snapshot delete", ["dns", "snapshot", "delete", ZONE, sid, "--yes"], expect)


def c_redirect_add(rng, w, n):
    label = f"r{n}"
    url = f"https://r{n}.example.org/"

    def expect(b):
        a = copy_world(b)
        a["redirs"][f"{label}.{ZONE}"] = (url, "http301", "https")
        # LiveDNS points the name at the redirection service
        a["zone"][(label, "CNAME")] = (10800, frozenset({"webredir.vip.gandi.net."}))
        return a
    return Case("redirect add", ["redirect", "add", ZONE, label, url], expect)


def c_redirect_update(rng, w, n):
    if not w["redirs"]:
        return c_redirect_add(rng, w, n)
    host = rng.choice(sorted(w["redirs"]))
    url = f"https://u{n}.example.org/"

    def expect(b):
        a = copy_world(b)
        old = b["redirs"][host]
        a["redirs"][host] = (url, old[1], old[2])
        return a
    return Case("redirect update", ["redirect", "update", ZONE, host, url], expect)


def c_redirect_delete(rng, w, n):
    if not w["redirs"]:
        return c_redirect_add(rng, w, n)
    host = rng.choice(sorted(w["redirs"]))

    def expect(b):
        a = copy_world(b)
        a["redirs"].pop(host, None)
        return a
    return Case("redirect delete", ["redirect", "delete", ZONE, host, "--yes"], expect)


def c_domain_renew(rng, w, n):
    d = rng.choice(DOMAINS)

    def expect(b):
        a = copy_world(b)
        ends, on = b["domains"][d]
        a["domains"][d] = (plus_year(ends), on)
        return a
    return Case("domain renew", ["domain", "renew", d, "--yes"], expect)


def c_domain_autorenew(rng, w, n):
    d = rng.choice(DOMAINS)
    on = not w["domains"][d][1] if rng.random() < 0.8 else w["domains"][d][1]

    def expect(b):
        a = copy_world(b)
        a["domains"][d] = (b["domains"][d][0], on)
        return a
    return Case("domain autorenew", ["domain", "autorenew", d, "on" if on else "off"], expect)


def c_token_renew(rng, w, n):
    case = Case("token renew", ["token", "renew"], lambda b: copy_world(b))
    case.config = TOKENS["expiring"]
    return case


def c_dns_restore(rng, w, n):
    case = Case("snapshot restore", ["dns", "snapshot", "restore", ZONE,
                                     "5a000000-0000-4000-8000-000000000001", "--yes"], None)

    def expect(b):
        a = copy_world(b)
        a["zone"] = {("@", "A"): (10800, frozenset({"192.0.2.1"})),
                     ("www", "CNAME"): (10800, frozenset({"example.com."}))}
        return a
    case.expect = expect
    return case


# command, weight
CASES = [(c_dns_list, 6), (c_domain_list, 3), (c_dns_get, 4), (c_dns_set, 10),
         (c_dns_add, 10), (c_dns_remove, 8), (c_dns_delete, 6), (c_dns_sync, 10),
         (c_snapshot_create, 4), (c_snapshot_delete, 3), (c_redirect_add, 5),
         (c_redirect_update, 4), (c_redirect_delete, 3), (c_domain_renew, 4),
         (c_domain_autorenew, 4), (c_token_renew, 4), (c_dns_restore, 1)]


# -- worlds ------------------------------------------------------------------------------

def tamper_records(rng):
    """Alter an RRset in a records answer: a TTL out of range, another name or type."""
    def tamper(status, headers, body):
        try:
            data = json.loads(body)
        except ValueError:
            return status, headers, body
        items = data if isinstance(data, list) else [data]
        items = [x for x in items if isinstance(x, dict) and "rrset_name" in x]
        if not items:
            return status, headers, body
        x = rng.choice(items)
        how = rng.randrange(3)
        if how == 0:
            x["rrset_ttl"] = rng.choice([0, 1, 299, 2592001, 86400 * 365])
        elif how == 1:
            x["rrset_name"] = "elsewhere"
        else:
            x["rrset_type"] = "AAAA" if x.get("rrset_type") != "AAAA" else "A"
        return status, headers, json.dumps(data).encode()
    return tamper


class World:
    def __init__(self, t, kind, rng, args):
        self.t = t
        self.kind = kind
        self.rng = rng
        self.proxy = None
        self.desc = kind
        emu_args = ["--rate-limit", "0"]
        if kind == "emu-faults":
            rate = rng.choice([0.1, 0.2, 0.3, 0.4])
            seed = rng.randrange(1 << 30)
            methods = rng.choice([None, None, "POST,PUT,PATCH,DELETE", "GET"])
            latency = rng.choice([0, 0, 0, 20])
            emu_args += ["--fault-rate", str(rate), "--fault-seed", str(seed)]
            if methods:
                emu_args += ["--fault-methods", methods]
            if latency:
                emu_args += ["--latency", str(latency)]
            self.desc = " ".join(emu_args[2:])
        self.emu = t.emu(*emu_args)
        self.reader = Reader(self.emu)
        self.api_url, self.id_url = self.emu.api_url, self.emu.id_url
        if kind == "lossy-proxy":
            rate = rng.choice([0.1, 0.25, 0.4])
            prng = random.Random(rng.randrange(1 << 30))
            lock = threading.Lock()

            def decide(method, path):
                with lock:
                    x = prng.random()
                    if x >= rate:
                        return "pass"
                    return prng.choice(["drop", "drop", ("after", 504), ("after", 502),
                                        ("before", 502)])
            self.proxy = fake_server.FaultProxy(self.emu.url, decide)
            self.desc = f"lossy-proxy rate {rate}"
        elif kind == "tamper-proxy":
            rate = rng.choice([0.2, 0.4])
            prng = random.Random(rng.randrange(1 << 30))
            lock = threading.Lock()
            tamper = tamper_records(prng)

            def decide(method, path):
                with lock:
                    if method == "GET" and "/records" in path and prng.random() < rate:
                        return ("tamper", tamper)
                    return "pass"
            self.proxy = fake_server.FaultProxy(self.emu.url, decide)
            self.desc = f"tamper-proxy rate {rate}"
        if self.proxy:
            t.fakes.append(self.proxy)
            self.api_url, self.id_url = self.proxy.url + "/v5", self.proxy.url

    def stop(self):
        if self.proxy:
            self.proxy.stop()
            self.t.fakes.remove(self.proxy)
        self.emu.stop()


def double_posts(reqs):
    """POSTs carried out more than once (the same path, a 2xx status each time; a 502 or 503
    fault of gandi-emu answers before anything is done)."""
    done = collections.Counter(q["path"] for q in reqs
                               if q["method"] == "POST" and 200 <= q["status"] < 300
                               and q.get("fault") not in ("502", "503"))
    return sorted(p for p, k in done.items() if k > 1)


def token_renewed(reqs):
    return any(q["method"] == "POST" and q["path"] == "/v5/organization/access-tokens" and
               200 <= q["status"] < 300 and q.get("fault") not in ("502", "503") for q in reqs)


def classify(case, r, before, after, reqs, cfg_before, cfg_after):
    """(class, why) of one run."""
    if double_posts(reqs):
        return "double POST", f"carried out twice: {double_posts(reqs)}"
    if r.rc != 0 and not r.err.strip():
        return "silent failure", "non-zero exit without a message"
    if case.kind == "token renew":
        applied = token_renewed(reqs)
        saved = cfg_after != cfg_before
        changed = applied
        holds = applied and saved
    elif case.check_read:
        changed = comparable(after) != comparable(before)
        if changed:
            return "silent applied", "a read changed the state"
        if r.rc == 0:
            try:
                ok = case.check_read(r, before)
            except Exception as ex:  # not the JSON expected
                ok = False
                r.err += f"\n(campaign: {ex!r})"
            return ("clean success", "") if ok else ("wrong success", "printed something else "
                                                     "than what the emulator holds")
        if r.out.strip():
            return "wrong success", "a failed read printed data"
        return "clean failure", ""
    else:
        want = case.expect(before)
        holds = comparable(after) == comparable(want)
        changed = comparable(after) != comparable(before)
    if r.rc == 0:
        return ("clean success", "") if holds else ("wrong success", "exit 0 but the state is "
                                                    "not what was asked")
    if not changed:
        return "clean failure", ""
    if SAID_SO.search(r.err) or SAID_SO.search(r.out):
        return "applied, said so", ""
    return "silent applied", "the state changed, and gandi did not say it may have been applied"


def world_diff(a, b):
    lines = []
    for part in ("zone", "redirs", "domains", "snapshots"):
        x, y = a[part], b[part]
        for k in sorted(set(x) | set(y), key=str):
            if x.get(k) != y.get(k):
                lines.append(f"  {part} {k}: {x.get(k)!r} -> {y.get(k)!r}")
    return "\n".join(lines)


def run_case(t, world, case, n, rng):
    before = world.reader.world()
    argv = list(case.argv)
    if case.expect and rng.random() < 0.2:
        argv.append("--json")  # a write's errors as JSON: what it says must say the same
    if getattr(case, "file", None) is not None:
        path = t.write(f"sync-{n}.json", case.file)
        argv = [path if a == "@FILE" else a for a in argv]
    env = {"GANDI_API_URL": world.api_url, "GANDI_ID_URL": world.id_url}
    token = "all"
    cfg = None
    if case.config:
        cfg = t.write(f"config-{n}.toml", f'api_key = "{case.config}"\n', 0o600)
        argv = ["--config", cfg] + argv
        token = None
        env["GANDI_API_KEY"] = None
    mark = world.emu.mark()
    cfg_before = open(cfg).read() if cfg else None
    started = time.monotonic()
    r = t.gandi(*argv, token=token, env=env, timeout=120, allow_secret=bool(cfg))
    took = time.monotonic() - started
    reqs = world.emu.requests_since(mark)
    cfg_after = open(cfg).read() if cfg else None
    after = world.reader.world()
    if case.kind == "token renew" and r.rc == 0:
        m = re.search(r'api_key = "([0-9a-f]+)"', cfg_after or "")
        status, _ = world.reader.get("/tokeninfo", token=m.group(1)) if m else (0, None)
        if status != 200:
            return "wrong success", "the saved token is not valid", r, before, after, reqs, took
    if case.kind == "token renew":
        t.secret(case.config)
    cls, why = classify(case, r, before, after, reqs, cfg_before, cfg_after)
    return cls, why, r, before, after, reqs, took


def run_world(build, sanitized, kind, seed, runs, first, verbose, log):
    """runs runs in one world; returns a list of (n, kind, class, report or None)."""
    t = gandi_test.T(f"campaign-{seed}", build, sanitized)
    rng = random.Random(seed)
    out = []
    try:
        world = World(t, kind, rng, None)
        try:
            for i in range(runs):
                n = first + i
                w = world.reader.world()
                fn = rng.choices([c for c, _ in CASES], [k for _, k in CASES])[0]
                case = fn(rng, w, n)
                cls, why, r, before, after, reqs, took = run_case(t, world, case, n, rng)
                report = None
                if cls in BAD or verbose:
                    report = (f"run {n} [{world.desc}; world seed {seed}]: {cls}: {why}\n"
                              f"{r.describe()}\n"
                              f"state changes:\n{world_diff(before, after) or '  none'}\n"
                              "requests: " + ", ".join(
                                  f"{q['method']} {q['path']} {q['status']}"
                                  f"{' (' + q['fault'] + ')' if q.get('fault') else ''}"
                                  for q in reqs))
                    if world.proxy:
                        report += "\nproxy: " + ", ".join(
                            f"{m} {p} {a}" for m, p, a, _ in world.proxy.requests[-len(reqs) - 8:])
                out.append((n, case.kind, cls, report, took))
                if log:
                    log(n, case.kind, cls, report)
        finally:
            world.stop()
    finally:
        t.cleanup()
    return out


WORLD_KINDS = [("emu-faults", 6), ("lossy-proxy", 3), ("tamper-proxy", 1)]


def campaign(build, runs, seed=1, jobs=4, per_world=25, sanitized=False, verbose=False,
             log=None, kinds=None):
    """Run `runs` runs in worlds of per_world runs, jobs worlds at a time. Returns the list
    of (n, kind, class, report, seconds)."""
    import concurrent.futures as cf
    rng = random.Random(seed)
    kinds = kinds or WORLD_KINDS
    plans = []
    n = 0
    while n < runs:
        k = min(per_world, runs - n)
        kind = rng.choices([x for x, _ in kinds], [w for _, w in kinds])[0]
        plans.append((kind, rng.randrange(1 << 30), k, n))
        n += k
    results = []
    with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
        futs = [pool.submit(run_world, build, sanitized, kind, wseed, k, first, verbose, log)
                for kind, wseed, k, first in plans]
        for f in futs:
            results += f.result()
    return sorted(results)


def summary(results):
    by = collections.Counter(cls for _, _, cls, _, _ in results)
    per_kind = collections.defaultdict(collections.Counter)
    for _, kind, cls, _, _ in results:
        per_kind[kind][cls] += 1
    lines = [f"{len(results)} runs: " + ", ".join(f"{by[c]} {c}" for c in CLASSES)]
    width = max(len(k) for k in per_kind) if per_kind else 10
    lines.append(f"{'':{width}}  " + "  ".join(f"{c:>16}" for c in CLASSES))
    for kind in sorted(per_kind):
        lines.append(f"{kind:{width}}  " + "  ".join(f"{per_kind[kind][c]:>16}" for c in CLASSES))
    return "\n".join(lines)
