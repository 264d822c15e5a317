#!/usr/bin/env python3
"""make bench: gandi side by side with its floor (curl) and a peer (lexicon).

    bench/bench.py [--build DIR] [--out FILE] [--runs N] [--big-runs N]
                   [--levers | --no-levers] [--base-rev REV] [--variant NAME=PATH]

Starts gandi-emu on loopback (plain HTTP, HTTPS with a throwaway CA, and plain
HTTP with --latency 20) on a seed made at run time with --generate-seed, then
runs every group of contestants in rounds, alternating them (the order turns
each round), and reports for each the median wall time, the quartiles, the
median peak resident size, and the ratios pair by pair: the median of the
ratios of runs made side by side in the same round. The machine is shared and
noisy; the ratios are what count.

Every run is checked (exit status, and what it printed: the right count of
domains or records); one failed check stops the benchmark with the reason.

Levers: each file bench/levers/NAME.patch turns one optimisation off; with
--levers (the default) the tree is copied to a temporary folder, the patch
applied and gandi built, and that build runs next to gandi in the groups
where the lever matters. --base-rev REV adds gandi as built from git revision REV
to every group, for a before/after of everything at once.

Then bench/acme.py: certbot from start to certificate with gandi's hooks against
Debian's pebble, gandi-emu answering DNS with --dns-delay 2000 (and none), and how
long after that delay dns wait returns.

Standard library only; lexicon runs under /usr/bin/python3 (Debian's).
"""
import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

import acme

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "bench")
SYSTEM_PYTHON = "/usr/bin/python3"
SYSTEM_CERTS = "/etc/ssl/certs"
SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
DOMAINS = 10000
RECORDS = 10000
LATENCY_MS = 20
SPAWN = None  # bench/spawn, built by setup()
PER_PAGE = 100

# The optimisations that a patch in bench/levers/ can turn off, and where each shows.
LEVERS = {
    "eager-curl-init": "libcurl initialised at start for every command, --version included",
    "no-reuse": "a new connection (TCP and TLS handshake) for every request",
    "pool-8": "pages after the first fetched at most 8 at a time (was the bound)",
    "no-stream": "every page kept until the last arrived, then the whole list converted",
    "jansson-pages": "each page parsed by jansson into a tree, items decoded from it and "
                     "written again (the reader before issue 20)",
    "no-passthrough": "every item of --json parsed and written again by jansson",
    "jansson-items": "each item parsed by jansson on its own (JSON_DISABLE_EOF_CHECK), "
                     "its text passed on",
    "decode-thread": "pages parsed by jansson into trees on a second thread as they arrive",
}


def page_pool():
    """How many pages gandi fetches at once (PAGE_PARALLEL in src/gandi/call.c), for the report."""
    try:
        with open(os.path.join(ROOT, "src", "gandi", "call.c")) as f:
            m = re.search(r"^#define PAGE_PARALLEL (\d+)", f.read(), re.M)
        return int(m.group(1)) if m else None
    except OSError:
        return None


class BenchError(Exception):
    pass


def die(msg):
    print(f"bench: {msg}", file=sys.stderr)
    sys.exit(1)


# --- running and measuring one command --------------------------------------------------------

class Contestant:
    """One command line, run again and again; check(out, err) names a problem or returns None."""

    def __init__(self, key, label, argv, env, check, rc=0):
        self.key = key
        self.label = label
        self.argv = argv
        self.env = env
        self.check = check
        self.rc = rc
        self.times = []
        self.cpu = []
        self.rss = []


def run_once(c, tmp):
    """Run c once through bench/spawn (its own fork, wall time and peak RSS)."""
    out = os.path.join(tmp, "run.out")
    err = os.path.join(tmp, "run.err")
    res = os.path.join(tmp, "run.res")
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
        (os.POSIX_SPAWN_OPEN, 2, err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    if os.path.exists(res):
        os.unlink(res)
    pid = os.posix_spawn(SPAWN, [SPAWN, res] + c.argv, c.env, file_actions=actions)
    _, status = os.waitpid(pid, 0)
    with open(err, "rb") as f:
        stderr = f.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise BenchError(f"{c.label}: bench/spawn failed: {stderr.decode(errors='replace')}")
    with open(res) as f:
        rc, wall_ns, user_us, sys_us, maxrss = (int(x) for x in f.read().split())
    with open(out, "rb") as f:
        stdout = f.read()
    problem = f"exit status {rc}, not {c.rc}" if rc != c.rc else c.check(stdout, stderr)
    if problem:
        raise BenchError(f"{c.label}: {problem}\n$ {' '.join(c.argv)}\n--- stderr (end)\n"
                         f"{stderr.decode(errors='replace')[-2000:]}\n--- stdout (start)\n"
                         f"{stdout.decode(errors='replace')[:500]}")
    return wall_ns / 1e9, (user_us + sys_us) / 1e6, maxrss


class Group:
    """Contestants measured together, round after round; pairs are (key, key, why)."""

    def __init__(self, gid, title, contestants, pairs, runs, intro="", cpu_pairs=()):
        self.cpu_pairs = list(cpu_pairs)
        self.gid = gid
        self.title = title
        self.contestants = [c for c in contestants if c]
        self.pairs = pairs
        self.runs = runs
        self.intro = intro

    def get(self, key):
        for c in self.contestants:
            if c.key == key:
                return c
        return None

    def run(self, tmp, warmup=2):
        cs = self.contestants
        print(f"bench: {self.title}: {len(cs)} commands, {self.runs} runs each", file=sys.stderr)
        for _ in range(warmup):
            for c in cs:
                run_once(c, tmp)
        for r in range(self.runs):
            k = r % len(cs)
            for c in cs[k:] + cs[:k]:
                t, cpu, rss = run_once(c, tmp)
                c.times.append(t)
                c.cpu.append(cpu)
                c.rss.append(rss)

    def ratio(self, a, b):
        """Median of run-by-run ratios a/b (runs of one round are side by side)."""
        ca, cb = self.get(a), self.get(b)
        if not ca or not cb:
            return None
        return statistics.median(x / y for x, y in zip(ca.times, cb.times))

    def cpu_ratio(self, a, b):
        """Median of run-by-run ratios of CPU time a/b."""
        ca, cb = self.get(a), self.get(b)
        if not ca or not cb:
            return None
        return statistics.median(x / max(y, 1e-6) for x, y in zip(ca.cpu, cb.cpu))


def median_ms(c):
    return statistics.median(c.times) * 1000


def quartiles_ms(c):
    q = statistics.quantiles(c.times, n=4)
    return q[0] * 1000, q[2] * 1000


# --- gandi-emu --------------------------------------------------------------------------------

class Emu:
    def __init__(self, exe, seed, args, tmp, name):
        self.errpath = os.path.join(tmp, f"emu-{name}.stderr")
        self.argv = [exe, "--seed", seed, "--rate-limit", "0", "--listen", "127.0.0.1:0",
                     "--quiet"] + args
        self.errf = open(self.errpath, "wb")
        self.proc = subprocess.Popen(self.argv, stdout=subprocess.PIPE, stderr=self.errf,
                                     stdin=subprocess.DEVNULL)
        line = self.proc.stdout.readline().decode().strip()
        if not line.startswith("http"):
            self.stop()
            raise BenchError(f"gandi-emu did not start: {' '.join(self.argv)}\n"
                             f"{open(self.errpath, errors='replace').read()[-2000:]}")
        self.url = line.rstrip("/")

    def cpu_seconds(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.errf.close()


# --- checks of what a command printed ---------------------------------------------------------

def json_of(stdout):
    try:
        return json.loads(stdout)
    except ValueError as e:
        raise BenchError(f"output is not JSON: {e}") from None


def check_prefix(prefix):
    def check(out, err):
        return None if out.startswith(prefix) else f"output does not start with {prefix!r}"
    return check


def check_contains(text):
    def check(out, err):
        return None if text in out else f"output lacks {text!r}"
    return check


def check_json_len(n):
    def check(out, err):
        j = json_of(out)
        if not isinstance(j, list) or len(j) != n:
            return f"expected a JSON array of {n}, got {len(j) if isinstance(j, list) else j!r:.80}"
        return None
    return check


def check_json_fqdn(fqdn):
    def check(out, err):
        j = json_of(out)
        got = j.get("fqdn") if isinstance(j, dict) else None
        return None if got == fqdn else f"expected the domain {fqdn}, got {got!r}"
    return check


def check_rows(n):
    """A table: a header line and n rows."""
    def check(out, err):
        lines = out.count(b"\n")
        return None if lines == n + 1 else f"expected {n} rows and a header, got {lines} lines"
    return check


def check_pages(n):
    """Concatenated JSON arrays (curl fetching page after page): n items in all."""
    def check(out, err):
        dec = json.JSONDecoder()
        text = out.decode()
        pos, total = 0, 0
        while pos < len(text):
            item, pos = dec.raw_decode(text, pos)
            total += len(item)
        return None if total == n else f"expected {n} items over the pages, got {total}"
    return check


def check_number(n):
    def check(out, err):
        got = out.decode().strip()
        return None if got == str(n) else f"expected {n} records, got {got!r}"
    return check


def check_exit_only(out, err):
    return None


# --- setup: seed, TLS material, builds --------------------------------------------------------

def sh(argv, **kw):
    p = subprocess.run(argv, capture_output=True, **kw)
    if p.returncode != 0:
        raise BenchError(f"{' '.join(argv)} failed ({p.returncode}):\n"
                         f"{p.stderr.decode(errors='replace')[-2000:]}")
    return p.stdout


def make_tls(tmp):
    """A throwaway CA, a server certificate for 127.0.0.1 it signed, and the system store
    with that CA added twice over: as one bundle file and as a hashed directory."""
    ca_key, ca = os.path.join(tmp, "ca.key"), os.path.join(tmp, "ca.pem")
    key, csr, cert = (os.path.join(tmp, n) for n in ("server.key", "server.csr", "server.pem"))
    ext = os.path.join(tmp, "server.ext")
    sh(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key,
        "-out", ca, "-days", "2", "-subj", "/CN=gandi bench throwaway CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
    sh(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
        "-subj", "/CN=127.0.0.1"])
    with open(ext, "w") as f:
        f.write("basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\n"
                "extendedKeyUsage=serverAuth\n")
    sh(["openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
        "-out", cert, "-days", "2", "-extfile", ext])
    store = os.path.join(tmp, "store")
    os.mkdir(store)
    hashed = re.compile(r"^[0-9a-f]{8}\.[0-9]+$")
    for name in os.listdir(SYSTEM_CERTS):
        if hashed.match(name):
            os.symlink(os.path.realpath(os.path.join(SYSTEM_CERTS, name)),
                       os.path.join(store, name))
    h = sh(["openssl", "x509", "-hash", "-noout", "-in", ca]).decode().strip()
    n = 0
    while os.path.exists(os.path.join(store, f"{h}.{n}")):
        n += 1
    os.symlink(ca, os.path.join(store, f"{h}.{n}"))
    bundle = os.path.join(tmp, "bundle.pem")
    with open(bundle, "wb") as out:
        for p in (SYSTEM_BUNDLE, ca):
            with open(p, "rb") as f:
                out.write(f.read())
    ncerts = sum(1 for name in os.listdir(store) if hashed.match(name))
    return {"ca": ca, "cert": cert, "key": key, "store": store, "bundle": bundle,
            "store_certs": ncerts}


def build_tree(src_files, dest, patch=None):
    """Copy the client's sources to dest, apply patch, build dest/build/gandi."""
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    for rel in src_files:
        s = os.path.join(ROOT, rel)
        if os.path.isdir(s):
            shutil.copytree(s, os.path.join(dest, rel))
        else:
            shutil.copy2(s, os.path.join(dest, rel))
    if patch:
        p = subprocess.run(["patch", "-p1", "--batch", "--forward", "-s", "-i", patch],
                           cwd=dest, capture_output=True)
        if p.returncode != 0:
            raise BenchError(f"the lever patch {os.path.relpath(patch, ROOT)} no longer applies "
                             f"to the tree; update it (or remove it):\n"
                             f"{(p.stdout + p.stderr).decode(errors='replace')[-1500:]}")
    return make_gandi(dest)


def make_gandi(tree):
    p = subprocess.run(["make", "-s", "-j2", "build/gandi"], cwd=tree, capture_output=True)
    if p.returncode != 0:
        raise BenchError(f"building {tree} failed:\n{p.stderr.decode(errors='replace')[-2000:]}")
    return os.path.join(tree, "build", "gandi")


def build_rev(rev, dest):
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    names = ["Makefile", "common", "src"]
    if subprocess.run(["git", "-C", ROOT, "cat-file", "-e", f"{rev}:VERSION"],
                      capture_output=True).returncode == 0:
        names.append("VERSION")  # the Makefile of later revisions reads it
    archive = subprocess.run(["git", "-C", ROOT, "archive", rev] + names, capture_output=True)
    if archive.returncode != 0:
        raise BenchError(f"git archive {rev} failed: {archive.stderr.decode(errors='replace')}")
    subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=True)
    return make_gandi(dest)


def stripped_size(exe, tmp):
    copy = os.path.join(tmp, "gandi.stripped")
    shutil.copy(exe, copy)
    sh(["strip", copy])
    return os.path.getsize(copy)


# --- the machine ------------------------------------------------------------------------------

def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    def first_line(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()[0]
        except (OSError, IndexError):
            return "?"
    def deb(pkg):
        return first_line(["dpkg-query", "-W", "-f", "${Version}", pkg]) or "?"
    os_name = "?"
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "os": os_name,
        "kernel": platform.release(),
        "curl": first_line(["curl", "--version"]),
        "openssl": first_line(["openssl", "version"]),
        "lexicon": deb("lexicon"),
        "cc": first_line(["cc", "--version"]),
    }


# --- the benchmark ----------------------------------------------------------------------------

class Bench:
    def __init__(self, args, tmp):
        self.args = args
        self.tmp = tmp
        self.gandi = os.path.abspath(os.path.join(args.build, "gandi"))
        self.emu_exe = os.path.abspath(os.path.join(args.build, "gandi-emu"))
        for exe in (self.gandi, self.emu_exe):
            if not os.access(exe, os.X_OK):
                raise BenchError(f"cannot run '{exe}': build it first (make)")
        self.variants = []  # (key, label, path, levers it stands for or None)
        self.groups = []
        self.emus = []

    # contestants of gandi and its variants
    def gandi_env(self, url, token, extra=None):
        env = {"PATH": "/usr/bin:/bin", "HOME": self.home, "LANG": "C.UTF-8",
               "GANDI_API_URL": url + "/v5", "GANDI_ID_URL": url, "GANDI_API_KEY": token}
        env.update(extra or {})
        return env

    def gandis(self, key, label, args, env, check, levers=()):
        """gandi, and next to it each variant that matters here (a lever in levers, or
        the --base-rev/--variant builds, which run everywhere)."""
        out = [Contestant(key, label, [self.gandi] + args, env, check)]
        for vkey, vlabel, path, lever in self.variants:
            if lever is None or lever in levers:
                out.append(Contestant(f"{key}~{vkey}", f"{label} [{vlabel}]", [path] + args,
                                      env, check))
        return out

    def curl(self, key, label, url, token, check, extra=()):
        argv = ["curl", "-sS", "--fail-with-body", "-H", f"Authorization: Bearer {token}",
                "-H", "Accept: application/json"] + list(extra) + [url]
        return Contestant(key, label, argv, {"PATH": "/usr/bin:/bin", "HOME": self.home}, check)

    @staticmethod
    def variant_pairs(cs):
        """(variant / gandi) for every variant contestant among cs."""
        labels = {c.key: c.label for c in cs}
        return [(c.key, c.key.split("~")[0],
                 f"{labels[c.key.split('~')[0]]}: {c.key.split('~')[1]} / gandi")
                for c in cs if "~" in c.key]

    def setup(self):
        a = self.args
        self.home = os.path.join(self.tmp, "home")
        os.mkdir(self.home)
        global SPAWN
        SPAWN = os.path.join(self.tmp, "spawn")
        sh(["cc", "-std=c17", "-O2", "-Wall", "-Wextra", "-o", SPAWN,
            os.path.join(HERE, "spawn.c")])
        print("bench: generating the seed, the TLS material and the builds", file=sys.stderr)
        seed_text = sh([self.emu_exe, "--generate-seed", f"domains={DOMAINS},records={RECORDS}"])
        self.seed = os.path.join(self.tmp, "seed.json")
        with open(self.seed, "wb") as f:
            f.write(seed_text)
        seed = json.loads(seed_text)
        toks = {t["name"]: t for t in seed["tokens"]}
        self.token = toks["all"]["secret"]
        self.apikey = toks["legacy"]["secret"]
        org = toks["all"]["organization"]
        self.ndomains = sum(1 for d in seed["domains"] if d["organization"] == org)
        zones = {d["fqdn"]: d["livedns"]["records"] for d in seed["domains"] if d.get("livedns")}
        self.big = "big.example"
        self.small = "example.com"
        self.big_rrsets = len(zones[self.big])
        self.big_values = sum(len(r["rrset_values"]) for r in zones[self.big])
        self.small_rrsets = len(zones[self.small])
        if self.big_rrsets != RECORDS:
            raise BenchError(f"the generated seed has {self.big_rrsets} RRsets in {self.big}, "
                             f"not {RECORDS}")
        self.tls = make_tls(self.tmp)
        self.stripped = stripped_size(self.gandi, self.tmp)
        if a.base_rev:
            path = build_rev(a.base_rev, os.path.join(self.tmp, "base"))
            self.variants.append(("base", f"at {a.base_rev}", path, None))
            self.base_stripped = stripped_size(path, self.tmp)
        if a.levers:
            files = ["Makefile", "VERSION", "common", "src"]
            for name in LEVERS:
                patch = os.path.join(HERE, "levers", f"{name}.patch")
                if not os.path.exists(patch):
                    raise BenchError(f"missing lever patch '{os.path.relpath(patch, ROOT)}'")
                print(f"bench: building gandi without the lever '{name}'", file=sys.stderr)
                path = build_tree(files, os.path.join(self.tmp, "lever-" + name), patch)
                self.variants.append((name, name, path, name))
        for vname, vpath in a.variant:
            self.variants.append((vname, vname, os.path.abspath(vpath), None))
        self.plain = self.start_emu("plain", [])
        self.tlsemu = self.start_emu("tls", ["--tls-cert", self.tls["cert"],
                                             "--tls-key", self.tls["key"]])
        self.slow = self.start_emu("latency", ["--latency", str(LATENCY_MS)])
        self.has_sync = subprocess.run([self.gandi, "dns", "sync", "--help"], capture_output=True,
                                       env={"PATH": "/usr/bin:/bin", "HOME": self.home}
                                       ).returncode == 0

    def run_group(self, grp):
        """Run a group, noting gandi-emu's CPU time over it."""
        cpu0 = {id(e): e.cpu_seconds() for e in self.emus}
        grp.run(self.tmp)
        grp.emu_cpu = sum(e.cpu_seconds() - cpu0[id(e)] for e in self.emus)
        self.groups.append(grp)

    def start_emu(self, name, args):
        e = Emu(self.emu_exe, self.seed, args, self.tmp, name)
        self.emus.append(e)
        return e

    def stop(self):
        for e in self.emus:
            e.stop()

    # the groups
    def startup(self):
        env = {"PATH": "/usr/bin:/bin", "HOME": self.home, "LANG": "C.UTF-8"}
        cs = (self.gandis("version", "gandi --version", ["--version"], env,
                          check_prefix(b"gandi "), levers=("eager-curl-init",)) +
              self.gandis("help", "gandi --help", ["--help"], env,
                          check_contains(b"usage: gandi"), levers=("eager-curl-init",)) +
              [Contestant("curl", "curl --version", ["curl", "--version"], env,
                          check_prefix(b"curl ")),
               Contestant("true", "/bin/true", ["/bin/true"], env, check_exit_only)])
        pairs = [("version", "curl", "gandi --version / curl --version"),
                 ("help", "curl", "gandi --help / curl --version"),
                 ("version", "true", "gandi --version / /bin/true"),
                 ("curl", "true", "curl --version / /bin/true")]
        return Group("startup", "Start-up", cs, pairs + self.variant_pairs(cs), self.args.runs)

    def one_request(self, emu, scheme, cacert_args, curl_extra):
        url, tok = emu.url, self.token
        env = self.gandi_env(url, tok)
        dns_url = f"{url}/v5/livedns/domains/{self.small}/records?per_page={PER_PAGE}&page=1"
        info_url = f"{url}/v5/domain/domains/{self.small}"
        cs = (self.gandis("dns", f"gandi dns list {self.small} --json",
                          cacert_args + ["dns", "list", self.small, "--json"], env,
                          check_json_len(self.small_rrsets)) +
              [self.curl("dns-curl", "curl, the same request", dns_url, tok,
                         check_json_len(self.small_rrsets), curl_extra)] +
              self.gandis("info", f"gandi domain info {self.small} --json",
                          cacert_args + ["domain", "info", self.small, "--json"], env,
                          check_json_fqdn(self.small)) +
              [self.curl("info-curl", "curl, the same request", info_url, tok,
                         check_json_fqdn(self.small), curl_extra)])
        pairs = [("dns", "dns-curl", "gandi dns list / curl"),
                 ("info", "info-curl", "gandi domain info / curl")]
        return Group(f"one-{scheme}", f"One request over {scheme}", cs,
                     pairs + self.variant_pairs(cs), self.args.runs)

    def ca_store(self):
        url, tok = self.tlsemu.url, self.token
        t = self.tls
        info = ["domain", "info", self.small, "--json"]
        check = check_json_fqdn(self.small)
        cs = [Contestant("dir", "gandi, system store as a directory (SSL_CERT_DIR)",
                         [self.gandi] + info, self.gandi_env(url, tok, {"SSL_CERT_DIR": t["store"]}),
                         check),
              Contestant("bundle", "gandi, system store as one bundle file (--cacert)",
                         [self.gandi, "--cacert", t["bundle"]] + info, self.gandi_env(url, tok),
                         check),
              self.curl("curl", "curl --cacert, the same bundle file",
                        f"{url}/v5/domain/domains/{self.small}", tok, check,
                        ["--cacert", t["bundle"]])]
        pairs = [("bundle", "dir", "bundle file / directory (gandi)"),
                 ("dir", "curl", "gandi with the directory / curl with the bundle"),
                 ("bundle", "curl", "gandi with the bundle / curl with the bundle")]
        return Group("ca", "CA store: one bundle file or a directory (HTTPS)", cs, pairs,
                     self.args.runs,
                     intro=f"The system store ({t['store_certs']} certificates, Debian's "
                           f"/etc/ssl/certs) plus the throwaway CA, given as one PEM bundle "
                           f"(what libcurl loads by default) or as a hashed directory (what gandi "
                           f"now uses by default: SSL_CERT_DIR, else /etc/ssl/certs).")

    def big_lists(self, emu, gid, title, runs, levers):
        url, tok = emu.url, self.token
        env = self.gandi_env(url, tok)
        pager = ["--cacert", self.tls["ca"]] if url.startswith("https") else []
        gargs = ["--cacert", self.tls["ca"]] if url.startswith("https") else []
        dom_url = f"{url}/v5/domain/domains?sort_by=fqdn&per_page={PER_PAGE}"
        rec_url = f"{url}/v5/livedns/domains/{self.big}/records?per_page={PER_PAGE}"
        dpages = -(-self.ndomains // PER_PAGE)
        rpages = -(-self.big_rrsets // PER_PAGE)
        cs = (self.gandis("domains", "gandi domain list", gargs + ["domain", "list"], env,
                          check_rows(self.ndomains), levers) +
              self.gandis("domains-json", "gandi domain list --json",
                          gargs + ["domain", "list", "--json"], env,
                          check_json_len(self.ndomains), levers) +
              [self.curl("domains-curl", f"curl, {dpages} pages one after the other",
                         f"{dom_url}&page=[1-{dpages}]", tok, check_pages(self.ndomains), pager)] +
              self.gandis("zone", f"gandi dns list {self.big}", gargs + ["dns", "list", self.big],
                          env, check_rows(self.big_values), levers) +
              self.gandis("zone-json", f"gandi dns list {self.big} --json",
                          gargs + ["dns", "list", self.big, "--json"], env,
                          check_json_len(self.big_rrsets), levers) +
              [self.curl("zone-curl", f"curl, {rpages} pages one after the other",
                         f"{rec_url}&page=[1-{rpages}]", tok, check_pages(self.big_rrsets),
                         pager)])
        pairs = [("domains", "domains-curl", "gandi domain list / sequential curl"),
                 ("domains-json", "domains-curl", "gandi domain list --json / sequential curl"),
                 ("zone", "zone-curl", "gandi dns list / sequential curl"),
                 ("zone-json", "zone-curl", "gandi dns list --json / sequential curl")]
        cpu_pairs = [(k, curl, f"{label} / sequential curl") for k, curl, label in (
            ("domains", "domains-curl", "gandi domain list"),
            ("domains-json", "domains-curl", "gandi domain list --json"),
            ("zone", "zone-curl", "gandi dns list"),
            ("zone-json", "zone-curl", "gandi dns list --json"))]
        cpu_pairs += [(c.key, c.key.split("~")[0], f"{c.label}: {c.key.split('~')[1]} / gandi")
                      for c in cs if "~" in c.key]
        if not url.startswith("https") and os.access(SYSTEM_PYTHON, os.X_OK):
            lenv = {"PATH": "/usr/bin:/bin", "HOME": self.home, "LANG": "C.UTF-8",
                    "LEXICON_GANDI_AUTH_TOKEN": self.apikey,
                    "TLDEXTRACT_CACHE_PATH": os.path.join(self.tmp, "tldextract")}
            script = os.path.join(HERE, "lexicon_list.py")
            cs.append(Contestant("lexicon", "lexicon, as shipped (one request: the first page)",
                                 [SYSTEM_PYTHON, script, url, self.big], lenv,
                                 check_number(min(PER_PAGE, self.big_values))))
            cs.append(Contestant("lexicon-paged", "lexicon, paging added by the wrapper",
                                 [SYSTEM_PYTHON, script, url, self.big, "--page"], lenv,
                                 check_number(self.big_values)))
            pairs += [("zone", "lexicon-paged", "gandi dns list / lexicon (paged)"),
                      ("zone", "lexicon", "gandi dns list / lexicon (first page only)")]
        return Group(gid, title, cs, pairs + self.variant_pairs(cs), runs, cpu_pairs=cpu_pairs)

    def page_round_trip(self, emu):
        """curl's own time for page 1 of the domain list (no process start): one round trip."""
        url = f"{emu.url}/v5/domain/domains?sort_by=fqdn&per_page={PER_PAGE}&page=1"
        argv = ["curl", "-sS", "-o", "/dev/null", "-w", "%{time_total}", "-H",
                f"Authorization: Bearer {self.token}", "-H", "Accept: application/json", url]
        ts = []
        for _ in range(self.args.runs):
            ts.append(float(sh(argv).decode()))
        return statistics.median(ts) * 1000

    def time_split(self, emu, argv_tail, runs=5):
        """Wall time of a listing, gandi's CPU time and gandi-emu's, run alone (medians)."""
        c = Contestant("split", "split", [self.gandi] + argv_tail,
                       self.gandi_env(emu.url, self.token), check_exit_only)
        walls, cpus, emus = [], [], []
        for _ in range(runs):
            e0 = emu.cpu_seconds()
            t, cpu, _ = run_once(c, self.tmp)
            emus.append(emu.cpu_seconds() - e0)
            walls.append(t)
            cpus.append(cpu)
        return tuple(statistics.median(x) * 1000 for x in (walls, cpus, emus))

    def sync_group(self):
        """gandi dns sync --dry-run of the big zone against a file with changes (issue 8)."""
        url, tok = self.slow.url, self.token
        env = self.gandi_env(url, tok)
        listing = sh([self.gandi, "dns", "list", self.big, "--json"], env=env)
        same = os.path.join(self.tmp, "zone-same.json")
        with open(same, "wb") as f:
            f.write(listing)
        changed = json.loads(listing)
        for i, r in enumerate(changed[:300]):
            if r["rrset_type"] == "A":
                r["rrset_values"] = [f"192.0.2.{i % 250 + 1}"]
        del changed[-100:]
        changed.append({"rrset_name": "bench-new", "rrset_type": "A", "rrset_ttl": 300,
                        "rrset_values": ["192.0.2.1"]})
        diff = os.path.join(self.tmp, "zone-changed.json")
        with open(diff, "w") as f:
            json.dump(changed, f)
        sync = ["dns", "sync", self.big]
        changes = self.gandis("sync-diff", f"gandi dns sync {self.big} (changes) --dry-run",
                              sync + [diff, "--dry-run", "--exit-code"], env, check_exit_only)
        for c in changes:
            c.rc = 10
        cs = (self.gandis("sync-same", f"gandi dns sync {self.big} (no change) --dry-run",
                          sync + [same, "--dry-run", "--exit-code"], env, check_exit_only) +
              changes +
              self.gandis("list", f"gandi dns list {self.big} --json (the same reads)",
                          ["dns", "list", self.big, "--json"], env,
                          check_json_len(self.big_rrsets)))
        pairs = [("sync-diff", "list", "sync (changes) / dns list"),
                 ("sync-same", "list", "sync (no change) / dns list")] + self.variant_pairs(cs)
        return Group("sync", f"Zone diff: gandi dns sync --dry-run, {RECORDS} RRsets, "
                     f"--latency {LATENCY_MS}", cs, pairs, self.args.big_runs,
                     intro="The file is the zone as `gandi dns list --json` printed it, "
                           "unchanged (exit 0 expected with --exit-code) or with 300 values "
                           "changed, 100 RRsets removed and one added (exit 10 expected). "
                           "sync reads every page of the zone as dns list does; the "
                           "difference between the rows is mostly reading the file and "
                           "comparing.")

    def run(self):
        self.setup()
        self.info_before = machine()
        self.load_before = os.getloadavg()
        started = time.time()
        g = [self.startup(),
             self.one_request(self.plain, "http", [], []),
             self.one_request(self.tlsemu, "https", ["--cacert", self.tls["ca"]],
                              ["--cacert", self.tls["ca"]]),
             self.ca_store(),
             self.big_lists(self.tlsemu, "reuse", f"Big account over HTTPS, no added latency",
                            self.args.big_runs, ("no-reuse", "jansson-pages", "jansson-items",
                                                 "decode-thread")),
             self.big_lists(self.slow, "big", f"Big account, gandi-emu --latency {LATENCY_MS}",
                            self.args.big_runs, ("pool-8", "no-stream", "jansson-pages",
                                                 "jansson-items", "decode-thread",
                                                 "no-passthrough"))]
        for grp in g:
            self.run_group(grp)
        self.rtt_ms = self.page_round_trip(self.slow)
        self.rtt_plain_ms = self.page_round_trip(self.plain)
        self.split_domains = self.time_split(self.slow, ["domain", "list"])
        self.split_zone = self.time_split(self.slow, ["dns", "list", self.big])
        if self.has_sync:
            self.run_group(self.sync_group())
        try:
            self.acme = acme.measure(self.args.build)
        except acme.BenchError as e:
            raise BenchError(f"ACME timings: {e}") from None
        for e in self.emus:
            if not e.alive():
                raise BenchError(f"gandi-emu stopped during the benchmark: {' '.join(e.argv)}")
        self.elapsed = time.time() - started
        self.load_after = os.getloadavg()


# --- the report -------------------------------------------------------------------------------

def fmt_ms(v):
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def fmt_ratio(r):
    return "n/a" if r is None else f"{r:.2f}"


def fmt_kb(kb):
    return f"{kb / 1024:.1f} MB"


def group_table(g):
    lines = [f"### {g.title}", ""]
    if g.intro:
        lines += [g.intro, ""]
    lines += ["| command | runs | median ms | quartiles ms | CPU ms | peak RSS |",
              "|---|---:|---:|---:|---:|---:|"]
    for c in g.contestants:
        q1, q3 = quartiles_ms(c)
        lines.append(f"| {c.label} | {len(c.times)} | {fmt_ms(median_ms(c))} | "
                     f"{fmt_ms(q1)}–{fmt_ms(q3)} | {fmt_ms(statistics.median(c.cpu) * 1000)} | "
                     f"{fmt_kb(statistics.median(c.rss))} |")
    lines += ["", "| ratio (median of run-by-run ratios) | value |", "|---|---:|"]
    for a, b, why in g.pairs:
        r = g.ratio(a, b)
        if r is not None:
            lines.append(f"| {why} | {fmt_ratio(r)} |")
    for a, b, why in g.cpu_pairs:
        r = g.cpu_ratio(a, b)
        if r is not None:
            lines.append(f"| CPU time: {why} | {fmt_ratio(r)} |")
    lines.append("")
    return lines


def report(b, commands):
    m = b.info_before
    by_id = {g.gid: g for g in b.groups}
    st, one, ones, ca, big = (by_id["startup"], by_id["one-http"], by_id["one-https"],
                              by_id["ca"], by_id["big"])
    targets = []

    def target(what, figure, ok, why_missed="", info=False):
        targets.append((what, figure, ok, why_missed, info))

    def split_text(name, split):
        wall, cpu, emu_cpu = split
        return (f"`{name}` alone: {wall:.0f} ms wall, of which gandi used {cpu:.0f} ms of "
                f"CPU and gandi-emu {emu_cpu:.0f} ms ({b.info_before['cores']} cores, shared "
                f"with other work)")

    worst_one = max(x for x in (one.ratio("dns", "dns-curl"), one.ratio("info", "info-curl"),
                                ones.ratio("dns", "dns-curl"), ones.ratio("info", "info-curl")))
    target("one request within 1.1× curl (worst of the four rows)", f"{worst_one:.2f}×",
           worst_one <= 1.1)
    rv = st.ratio("version", "curl")
    target("`gandi --version` within 0.8× `curl --version`", f"{rv:.2f}×", rv <= 0.8)
    reuse = by_id["reuse"]
    split = split_text("gandi domain list", b.split_domains)
    for key, what in (("domains", "`domain list`"), ("domains-json", "`domain list --json`")):
        r = reuse.ratio(key, "domains-curl")
        target(f"{b.ndomains} domains over HTTPS, no added latency: {what} within 0.7× the wall "
               "time of curl fetching the pages one after the other", f"{r:.2f}×", r <= 0.7,
               "Each page costs gandi-emu its CPU whoever asks; with 2 cores shared by gandi, "
               "gandi-emu and other work, the parallel listing cannot take less than the "
               f"server's own time. {split}.")
        c = reuse.cpu_ratio(key, "domains-curl")
        target(f"{b.ndomains} domains over HTTPS, no added latency: {what} within 2× curl's CPU "
               "time for the same pages", f"{c:.2f}× ({fmt_ms(statistics.median(reuse.get(key).cpu) * 1000)}"
               f" ms against {fmt_ms(statistics.median(reuse.get('domains-curl').cpu) * 1000)} ms)",
               c <= 2.0)
    pages = -(-b.ndomains // PER_PAGE)
    pool = page_pool() or 1
    for key, what in (("domains", "`domain list`"), ("domains-json", "`domain list --json`")):
        dl = median_ms(big.get(key))
        target(f"{b.ndomains} domains at --latency {LATENCY_MS}: {what} in at most 9 page round "
               f"trips (one page: {b.rtt_ms:.1f} ms)",
               f"{dl:.0f} ms = {dl / b.rtt_ms:.1f} round trips", dl <= 9 * b.rtt_ms,
               f"The {pages} pages need at least 1 + {-(-(pages - 1) // pool)} round trips "
               f"with a pool of {pool}; the rest is the server's time and gandi's: "
               + split_text("gandi domain list", b.split_domains) + ".")
    sync = by_id.get("sync")
    if sync:
        srss = max(statistics.median(sync.get(k).rss) for k in ("sync-same", "sync-diff"))
        target(f"`dns sync --dry-run` of {RECORDS} RRsets: peak RSS at most 16 MB (the worse "
               "median of the two rows)", fmt_kb(srss), srss <= 16 * 1024)
        sr = max(sync.ratio("sync-same", "list"), sync.ratio("sync-diff", "list"))
        target(f"`dns sync --dry-run` of {RECORDS} RRsets within 1.1× `dns list --json` (the "
               "worse of the two rows)", f"{sr:.2f}×", sr <= 1.1)
    worst_rss = max(max(g.get(k).rss) for g in (big, reuse) for k in ("zone", "zone-json"))
    target(f"peak RSS under 16 MB for {RECORDS} records (worst run: table or --json, HTTP "
           "with latency or HTTPS)", fmt_kb(worst_rss), worst_rss < 16 * 1024)
    worst_dom_rss = max(max(g.get(k).rss) for g in (big, reuse)
                        for k in ("domains", "domains-json"))
    target(f"(for information, not a target) peak RSS of the {b.ndomains}-domain listing "
           "under 16 MB too", fmt_kb(worst_dom_rss), worst_dom_rss < 16 * 1024, info=True)
    target("stripped `gandi` under 300 KB, read as 300,000 bytes (the stricter reading: "
           "300 KiB is 307,200)", f"{b.stripped} bytes", b.stripped < 300000,
           "See the binary size below.")

    out = ["# gandi benchmark results", "",
           "Written by `make bench` (bench/bench.py); do not edit by hand. Numbers are wall "
           "times of whole processes (fork to exit, measured by bench/spawn.c around fork and "
           "wait4), medians over the runs; each round runs every command of a "
           "group once, in an order that turns each round, and the ratios are medians of the "
           "run-by-run ratios within rounds. The machine is shared: compare ratios, not "
           "milliseconds across runs of the benchmark. CPU is user + system time of the "
           "process; peak RSS its ru_maxrss (medians over the runs).", "",
           "## Machine", "",
           f"- CPU: {m['cpu']}, {m['cores']} cores",
           f"- load average (1, 5, 15 min): {' '.join(f'{x:.2f}' for x in b.load_before)} at "
           f"the start, {' '.join(f'{x:.2f}' for x in b.load_after)} at the end",
           f"- {m['os']}, Linux {m['kernel']}; {m['cc']}",
           f"- {m['curl']}",
           f"- {m['openssl']}; lexicon (Debian) {m['lexicon']}",
           f"- run on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
           f"{b.elapsed / 60:.1f} minutes; command: `{commands}`", "",
           "Data: gandi-emu with `--generate-seed domains="
           f"{DOMAINS},records={RECORDS}` ({b.ndomains} domains visible to the token, "
           f"{b.big} with {b.big_rrsets} RRsets), `--rate-limit 0`, on 127.0.0.1; HTTPS with a "
           "throwaway CA made by openssl for the run (RSA 2048), the same CA file given to gandi "
           "and curl. curl sends the same Authorization and Accept headers as gandi.", "",
           "## Targets", "",
           "| target | figure | met |", "|---|---|---|"]
    for what, fig, ok, _, info in targets:
        out.append(f"| {what} | {fig} | {'yes' if ok else 'no' if info else '**no**'} |")
    out.append("")
    missed = [t for t in targets if not t[2] and not t[4]]
    for what, fig, ok, why, _ in missed:
        out.append(f"- Missed: {what}: {fig}. {why}".rstrip())
    if missed:
        out.append("")
    out += ["Where the time of a big listing goes, with --latency "
            f"{LATENCY_MS} (5 runs alone, medians): "
            + split_text("gandi domain list", b.split_domains) + "; "
            + split_text(f"gandi dns list {b.big}", b.split_zone) + ".", ""]
    rtt_line = (f"One page's round trip: {b.rtt_ms:.1f} ms with --latency {LATENCY_MS} "
                f"({b.rtt_plain_ms:.1f} ms without), curl's `time_total` for page 1 of the "
                f"domain list (in-process, no process start).")
    out += [rtt_line, "", "## Figures", ""]
    for g in b.groups:
        out += group_table(g)
        out += [f"gandi-emu CPU time over the whole group: {g.emu_cpu:.1f} s.", ""]
    if not b.has_sync:
        out += ["### Zone diff (`gandi dns sync`, issue 8)", "",
                "Not measured: this build has no `gandi dns sync`. bench.py measures it "
                "(`sync_group`: `--dry-run` of the big zone against its own listing and "
                "against a copy with 300 values changed, 100 RRsets removed and one added, "
                "next to `gandi dns list --json`, which makes the same reads) as soon as the "
                "command exists.", ""]
    out += acme.section(b.acme)
    out += ["## Binary size", "",
            f"- `gandi` stripped: {b.stripped} bytes ({b.stripped / 1024:.0f} KB)"]
    if hasattr(b, "base_stripped"):
        out.append(f"- at {b.args.base_rev}: {b.base_stripped} bytes")
    for lib in ("/usr/lib/x86_64-linux-gnu/libyajl.so.2", "/usr/lib/x86_64-linux-gnu/libjansson.so.4"):
        if os.path.exists(lib):
            out.append(f"- shared library {os.path.basename(lib)}: "
                       f"{os.path.getsize(os.path.realpath(lib))} bytes (Debian's, not in gandi)")
    out += ["- gandi links with `-z pack-relative-relocs` (DT_RELR): its relative relocations "
            "are a bitmap of a few hundred bytes instead of about 20 KB of `.rela.dyn`, and "
            "fewer to apply at start. The size is counted in 4 KB steps (the file's segments "
            "are page-aligned)."]
    out.append("")
    out += levers_note(b)
    return "\n".join(out) + "\n"


def levers_note(b):
    by_id = {g.gid: g for g in b.groups}
    st, ca, reuse, big = by_id["startup"], by_id["ca"], by_id["reuse"], by_id["big"]
    lines = ["## The levers", ""]

    def ms_delta(g, a, v):
        ca_, cv = g.get(a), g.get(f"{a}~{v}")
        if not ca_ or not cv:
            return None
        return median_ms(cv) - median_ms(ca_), g.ratio(f"{a}~{v}", a)

    def rss_pair(g, a, v):
        ca_, cv = g.get(a), g.get(f"{a}~{v}")
        if not ca_ or not cv:
            return None
        return statistics.median(ca_.rss), statistics.median(cv.rss)

    bundle = median_ms(ca.get("bundle")) - median_ms(ca.get("dir"))
    lines += ["**CA store by directory.** With no --cacert, CURL_CA_BUNDLE or SSL_CERT_FILE, "
              "gandi sets CURLOPT_CAPATH (SSL_CERT_DIR, else /etc/ssl/certs) and unsets "
              "CURLOPT_CAINFO, so OpenSSL looks up the one issuer it needs by its hash instead "
              "of parsing every certificate of the bundle at each start. Here: "
              f"{fmt_ms(bundle)} ms per HTTPS run (bundle / directory = "
              f"{fmt_ratio(ca.ratio('bundle', 'dir'))}).", ""]
    v = ms_delta(st, "version", "eager-curl-init")
    if v:
        lines += ["**libcurl initialised only for commands that use the network.** "
                  "curl_global_init (OpenSSL's set-up) runs on the first request, so "
                  "`--version`, `--help`, `completion`, `config` never pay it. Turned off "
                  "(bench/levers/eager-curl-init.patch): `gandi --version` takes "
                  f"{fmt_ms(v[0])} ms more (ratio {fmt_ratio(v[1])}).", ""]
    parts = []
    for key, what in (("domains", "domain list"), ("zone", "dns list")):
        v = ms_delta(reuse, key, "no-reuse")
        if v:
            parts.append(f"`{what}` {fmt_ms(v[0])} ms more (ratio {fmt_ratio(v[1])})")
    if parts:
        lines += ["**One connection reused.** One curl multi handle for the process, with its "
                  "connection cache, and easy handles kept for reuse: every page after the first "
                  "goes over connections already open (keep-alive), so each HTTPS listing pays "
                  "a handful of handshakes, not one per page. Turned off "
                  "(bench/levers/no-reuse.patch: a fresh connection per request), over HTTPS "
                  f"without added latency: {', '.join(parts)}.", ""]
    parts = []
    for key, what in (("domains", "domain list"), ("zone", "dns list")):
        v = ms_delta(big, key, "pool-8")
        if v:
            parts.append(f"`{what}` {fmt_ms(v[0])} ms more (ratio {fmt_ratio(v[1])})")
    pool = page_pool()
    if parts and pool:
        rest = -(-b.big_rrsets // PER_PAGE) - 1
        lines += ["**A wider pool for the pages.** Once the first page gives Total-Count, the "
                  f"other pages are fetched in parallel, now {pool} at a time (was 8): "
                  f"{rest + 1} pages take 1 + {-(-rest // pool)} round trips instead of "
                  f"1 + {-(-rest // 8)}. With --latency {LATENCY_MS}, the old bound of 8 "
                  f"(bench/levers/pool-8.patch): {', '.join(parts)}.", ""]
    parts = []
    for g, key, what in ((big, "zone", "dns list"), (big, "zone-json", "dns list --json"),
                         (big, "domains", "domain list"),
                         (big, "domains-json", "domain list --json")):
        v = rss_pair(g, key, "no-stream")
        t = ms_delta(g, key, "no-stream")
        if v:
            parts.append(f"`{what}` {fmt_kb(v[0])} against {fmt_kb(v[1])}"
                         f" (time ratio {fmt_ratio(t[1])})")
    if parts:
        lines += ["**Streaming the pages.** Each page is turned into what will be printed (table "
                  "rows, or compact JSON text) as soon as it arrives and in order, and its "
                  "parsed JSON and body are freed, instead of keeping every body, then one JSON "
                  "array of every item, then the table. Nothing is printed before the last page "
                  "arrived and the count matched Total-Count (a failed page still prints "
                  "nothing). Median peak RSS, streaming against every page kept "
                  f"(bench/levers/no-stream.patch): {'; '.join(parts)}.", ""]
    def cpu_pair(g, a, v):
        ca_, cv = g.get(a), g.get(f"{a}~{v}")
        if not ca_ or not cv:
            return None
        return statistics.median(ca_.cpu) * 1000, statistics.median(cv.cpu) * 1000

    parts = []
    for g, key, what in ((reuse, "domains", "domain list over HTTPS"),
                         (reuse, "domains-json", "domain list --json over HTTPS"),
                         (big, "domains", f"domain list at --latency {LATENCY_MS}"),
                         (big, "zone", f"dns list at --latency {LATENCY_MS}")):
        t, c = ms_delta(g, key, "jansson-pages"), cpu_pair(g, key, "jansson-pages")
        if t and c:
            parts.append(f"`{what}` {fmt_ms(c[0])} ms of CPU against {fmt_ms(c[1])} ms, "
                         f"time ratio {fmt_ratio(t[1])}")
    if parts:
        lines += ["**Pages read from their text (yajl), not as trees.** Each page is read by "
                  "yajl, a streaming parser, and each item decoded by its field table as the "
                  "parser goes (only the members gandi shows or compares are copied), instead "
                  "of jansson building the tree of the page, the decoders walking it and "
                  "jansson freeing it (bench/levers/jansson-pages.patch, the reader before "
                  f"issue 20): {'; '.join(parts)}.", ""]
    rows = []
    for g, gname in ((reuse, "HTTPS, no added latency"), (big, f"--latency {LATENCY_MS}")):
        for key, what in (("domains", "domain list"), ("domains-json", "domain list --json")):
            cells = []
            for v in (None, "jansson-pages", "jansson-items", "decode-thread"):
                c = g.get(key if v is None else f"{key}~{v}")
                cells.append(f"{fmt_ms(median_ms(c))} ms, {fmt_ms(statistics.median(c.cpu) * 1000)}"
                             " ms CPU" if c else "n/a")
            rows.append(f"| `{what}`, {gname} | " + " | ".join(cells) + " |")
    if rows:
        lines += ["**The candidates for reading pages** (issue 20), each as a lever patch but "
                  "the one kept; wall time and CPU time, medians of the runs above:", "",
                  "| listing | yajl, items decoded as read (kept) | jansson, a tree per page "
                  "(jansson-pages) | jansson, a tree per item (jansson-items) | jansson trees "
                  "on a second thread (decode-thread) |", "|---|---|---|---|---|"] + rows + [""]
    parts = []
    for g, key, what in ((reuse, "domains-json", "domain list --json over HTTPS"),
                         (big, "domains-json", f"domain list --json at --latency {LATENCY_MS}"),
                         (big, "zone-json", f"dns list --json at --latency {LATENCY_MS}")):
        t, c = ms_delta(g, key, "no-passthrough"), cpu_pair(g, key, "no-passthrough")
        if t and c:
            parts.append(f"`{what}` {fmt_ms(c[0])} ms of CPU against {fmt_ms(c[1])} ms, "
                         f"time ratio {fmt_ratio(t[1])}")
    if parts:
        lines += ["**Items passed through for --json.** An item whose text is already what "
                  "jansson would write (no \\u or \\/ escape, integers only, no key twice) "
                  "is copied as Gandi sent it, whitespace aside; any other goes through "
                  "jansson, so the output is byte for byte what it was. With every item "
                  "parsed and written again (bench/levers/no-passthrough.patch): "
                  f"{'; '.join(parts)}.", ""]
    if b.args.base_rev:
        parts = []
        for g, key, what in ((big, "domains", "domain list"), (big, "zone", "dns list"),
                             (reuse, "domains", "domain list over HTTPS"),
                             (reuse, "zone", "dns list over HTTPS")):
            t = ms_delta(g, key, "base")
            v = rss_pair(g, key, "base")
            if t and v:
                parts.append(f"`{what}` {fmt_ms(median_ms(g.get(key)))} ms against "
                             f"{fmt_ms(median_ms(g.get(key + '~base')))} ms (ratio "
                             f"{fmt_ratio(t[1])}), {fmt_kb(v[0])} against {fmt_kb(v[1])}")
        if parts:
            lines += [f"**Everything at once**, against gandi built at {b.args.base_rev} "
                      f"(--latency {LATENCY_MS} unless said): {'; '.join(parts)}.", ""]
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"),
                    help="where gandi and gandi-emu are (default: build)")
    ap.add_argument("--out", default=None, help="write the Markdown report here")
    ap.add_argument("--runs", type=int, default=30, help="runs of each quick command")
    ap.add_argument("--big-runs", type=int, default=20, help="runs of each big listing")
    ap.add_argument("--levers", dest="levers", action="store_true", default=True,
                    help="build gandi with each bench/levers/*.patch and run it too (default)")
    ap.add_argument("--no-levers", dest="levers", action="store_false")
    ap.add_argument("--base-rev", default=None, metavar="REV",
                    help="also build gandi at git revision REV and run it everywhere")
    ap.add_argument("--variant", action="append", default=[], type=lambda s: s.split("=", 1),
                    metavar="NAME=PATH", help="another gandi binary to run next to gandi")
    args = ap.parse_args()
    if args.runs < 4 or args.big_runs < 4:
        die("--runs and --big-runs need at least 4 (for quartiles)")
    args.build = os.path.abspath(args.build)
    commands = "bench/bench.py " + " ".join(sys.argv[1:])
    tmp = tempfile.mkdtemp(prefix="gandi-bench-")
    b = Bench(args, tmp)
    try:
        b.run()
        text = report(b, commands)
    except BenchError as e:
        die(str(e))
    finally:
        b.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    if args.out:
        tmp_out = args.out + ".tmp"
        with open(tmp_out, "w") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_out, args.out)
        print(f"bench: wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
