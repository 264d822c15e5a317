#!/usr/bin/env python3
"""ACME DNS-01 timings for make bench (bench.py runs it; alone: bench/acme.py --build build):

- certbot, from its start to the certificate, with gandi's hooks, against Debian's pebble
  asking gandi-emu's DNS with --dns-delay 2000 (and with no delay, for comparison);
- how long after the delay `gandi dns add --wait` and `gandi dns wait` return: gandi-emu
  shows a change in DNS 2000 ms after the API made it, so the rest is the wait's own cost
  (its questions: at 0 and 0.25 s, then every --interval, 0.5 s by default).

Standard library only; certbot, pebble and openssl from Debian (tools/deps.sh test)."""
import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

DELAY_MS = 2000
TOKEN = "a11aa11aa11aa11aa11aa11aa11aa11aa11aa11a"  # the built-in seed's "all" token


class BenchError(Exception):
    pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Emu:
    """gandi-emu with its built-in seed, --dns on loopback, and a DNS delay."""

    def __init__(self, build, tmp, delay):
        self.err = open(os.path.join(tmp, f"emu-{delay}.stderr"), "wb")
        self.proc = subprocess.Popen([os.path.join(build, "gandi-emu"), "--listen", "127.0.0.1:0",
                                      "--rate-limit", "0", "--dns", "127.0.0.1:0",
                                      "--dns-delay", str(delay), "--quiet"],
                                     stdout=subprocess.PIPE, stderr=self.err,
                                     stdin=subprocess.DEVNULL)
        self.url = self.proc.stdout.readline().decode().strip()
        dns = self.proc.stdout.readline().decode().strip()
        if not self.url.startswith("http") or not dns.startswith("dns "):
            self.stop()
            raise BenchError("gandi-emu --dns did not start")
        self.dns = dns[4:]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)
        self.err.close()


class Pebble:
    def __init__(self, tmp, dns):
        cert, key = os.path.join(tmp, "pebble.pem"), os.path.join(tmp, "pebble.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "1", "-subj", "/CN=pebble", "-addext",
                        "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
        self.cert = cert
        for _ in range(5):  # a port chosen free may be taken before pebble binds it
            port = free_port()
            config = os.path.join(tmp, f"pebble-{port}.json")
            with open(config, "w") as f:
                json.dump({"pebble": {"listenAddress": f"127.0.0.1:{port}",
                                      "managementListenAddress": f"127.0.0.1:{free_port()}",
                                      "certificate": cert, "privateKey": key,
                                      "httpPort": free_port(), "tlsPort": free_port(),
                                      "ocspResponderURL": "",
                                      "externalAccountBindingRequired": False}}, f)
            self.log = os.path.join(tmp, f"pebble-{port}.log")
            env = dict(os.environ, PEBBLE_VA_NOSLEEP="1", PEBBLE_WFE_NONCEREJECT="0",
                       PEBBLE_AUTHZREUSE="0")
            self.proc = subprocess.Popen(["pebble", "-config", config, "-dnsserver", dns],
                                         stdout=open(self.log, "wb"), stderr=subprocess.STDOUT,
                                         env=env)
            deadline = time.monotonic() + 60
            text = ""
            while "ACME directory available" not in text:
                text = open(self.log, errors="replace").read()
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            if "ACME directory available" in text:
                time.sleep(0.3)  # its management port is bound after that line
                if self.proc.poll() is None:
                    break
                text = open(self.log, errors="replace").read()
            self.stop()
            if "address already in use" not in text:
                raise BenchError(f"pebble did not start:\n{text}")
        else:
            raise BenchError("pebble found no free port in 5 tries")
        self.directory = f"https://127.0.0.1:{port}/dir"

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)


def env_for(build, tmp, emu):
    bindir = os.path.join(tmp, "bin")
    if not os.path.exists(bindir):
        os.makedirs(bindir)
        os.symlink(os.path.join(build, "gandi"), os.path.join(bindir, "gandi"))
    return {"PATH": bindir + ":/usr/bin:/bin", "HOME": tmp, "LANG": "C.UTF-8",
            "GANDI_API_URL": emu.url + "/v5", "GANDI_ID_URL": emu.url, "GANDI_API_KEY": TOKEN,
            "GANDI_NAMESERVERS": emu.dns}


def certbot_seconds(build, tmp, emu, pebble, n):
    """Wall time of one certbot run, from its start to its exit with the certificate."""
    d = os.path.join(tmp, f"certbot-{emu.dns}-{n}")
    env = env_for(build, tmp, emu)
    env["REQUESTS_CA_BUNDLE"] = pebble.cert
    argv = ["certbot", "certonly", "--manual", "--preferred-challenges", "dns",
            "--manual-auth-hook", "gandi acme certbot-auth",
            "--manual-cleanup-hook", "gandi acme certbot-cleanup",
            "-d", "example.com", "-d", "*.example.com",
            "--non-interactive", "--agree-tos", "--register-unsafely-without-email",
            "--server", pebble.directory, "--config-dir", f"{d}/conf", "--work-dir", f"{d}/work",
            "--logs-dir", f"{d}/logs"]
    started = time.monotonic()
    p = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
    took = time.monotonic() - started
    if p.returncode != 0 or not os.path.exists(f"{d}/conf/live/example.com/cert.pem"):
        raise BenchError(f"certbot failed ({p.returncode}):\n{p.stdout}{p.stderr}")
    return took


def wait_overshoots_ms(build, tmp, emu, runs):
    """For each run: ms after the delay that `dns add --wait`, then `dns wait`, return."""
    env = env_for(build, tmp, emu)
    gandi = os.path.join(build, "gandi")
    add, wait = [], []
    for i in range(runs):
        name, value = f"_bench-{i}", f"v{i}"
        started = time.monotonic()
        p = subprocess.run([gandi, "-q", "dns", "add", "example.com", "TXT", name, value,
                            "--wait"], env=env, capture_output=True, text=True, timeout=60)
        if p.returncode != 0:
            raise BenchError(f"gandi dns add --wait: {p.returncode} {p.stderr}")
        add.append((time.monotonic() - started) * 1000 - DELAY_MS)
        subprocess.run([gandi, "-q", "dns", "remove", "example.com", "TXT", name, value],
                       env=env, check=True, capture_output=True, timeout=60)
        started = time.monotonic()
        p = subprocess.run([gandi, "-q", "dns", "wait", "example.com", "TXT", name, "--absent"],
                           env=env, capture_output=True, text=True, timeout=60)
        if p.returncode != 0:
            raise BenchError(f"gandi dns wait: {p.returncode} {p.stderr}")
        # the removal's delay started before the wait did: the time since the removal's
        # answer is not counted, so this is a lower bound of the overshoot
        wait.append((time.monotonic() - started) * 1000 - DELAY_MS)
    return add, wait


def measure(build, runs=3, wait_runs=10):
    """The figures, as a dict; raises BenchError."""
    for p in ("certbot", "pebble", "openssl"):
        if not shutil.which(p):
            raise BenchError(f"{p} is missing: sudo sh tools/deps.sh test")
    tmp = tempfile.mkdtemp(prefix="gandi-bench-acme-")
    started = []
    try:
        out = {"runs": runs, "wait_runs": wait_runs, "delay_ms": DELAY_MS}
        for delay in (DELAY_MS, 0):
            emu = Emu(build, tmp, delay)
            started.append(emu)
            pebble = Pebble(tmp, emu.dns)
            started.append(pebble)
            out[f"certbot_{delay}"] = [certbot_seconds(build, tmp, emu, pebble, n)
                                       for n in range(runs)]
            if delay:
                out["add_wait_over_ms"], out["wait_over_ms"] = \
                    wait_overshoots_ms(build, tmp, emu, wait_runs)
        return out
    finally:
        for s in reversed(started):
            s.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def section(f):
    """The report's Markdown lines."""
    med = statistics.median
    c, c0 = f[f"certbot_{f['delay_ms']}"], f["certbot_0"]
    lines = ["### ACME DNS-01 (issue 16)", "",
             f"certbot 2.1 (Debian 12) with `gandi acme certbot-auth` and `certbot-cleanup`, "
             f"for example.com and *.example.com, against Debian's pebble asking gandi-emu's "
             f"DNS; wall time from certbot's start to its exit with the certificate, "
             f"{f['runs']} runs each (median, min–max).", "",
             "| gandi-emu | certbot start to certificate |", "|---|---:|",
             f"| `--dns-delay {f['delay_ms']}` | {med(c):.2f} s ({min(c):.2f}–{max(c):.2f}) |",
             f"| no delay | {med(c0):.2f} s ({min(c0):.2f}–{max(c0):.2f}) |", "",
             f"How long after gandi-emu's {f['delay_ms']} ms delay the wait returns "
             f"({f['wait_runs']} runs, median, min–max):", "",
             "| command | ms after the delay |", "|---|---:|"]
    for key, what in (("add_wait_over_ms", "`gandi dns add --wait` (the write included)"),
                      ("wait_over_ms", "`gandi dns wait --absent` after a `dns remove`")):
        v = f[key]
        lines.append(f"| {what} | {med(v):.0f} ({min(v):.0f}–{max(v):.0f}) |")
    lines.append("")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--wait-runs", type=int, default=10)
    a = ap.parse_args()
    try:
        f = measure(os.path.abspath(a.build), a.runs, a.wait_runs)
    except BenchError as e:
        sys.exit(f"bench/acme.py: {e}")
    print("\n".join(section(f)))


if __name__ == "__main__":
    main()
