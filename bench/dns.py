#!/usr/bin/env python3
"""make bench-dns: how fast gandi-emu --dns answers.

    bench/dns.py [--build DIR] [--out FILE] [--seconds N] [--clients N]

Starts gandi-emu --dns on loopback and measures, with Debian's dnsperf:
queries per second over UDP and over TCP (a mix of answers, CNAME chains,
NXDOMAIN, NODATA and referrals in the built-in zones), the same with the API
writing to the zone queried all along, and, on a seed with a zone of 10,000
RRsets (--generate-seed), how long the first query takes after the start
(the zone is compiled into ldns records on first use) and after one change
(compiled again, sharing the records of the RRsets that did not change).

The machine is shared: dnsperf and gandi-emu compete for the same cores, so
the figures are a floor. Standard library only, plus dnsperf.
"""
import argparse
import json
import os
import platform
import re
import select
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUERIES = ["example.com A", "www.example.com A", "nothing.example.com A", "example.com MX",
           "_dmarc.example.com TXT", "example.com NS", "api.example.com AAAA",
           "example.net TXT", "example.com SOA", "webmail.example.com A"]


def die(msg):
    print(f"bench-dns: {msg}", file=sys.stderr)
    sys.exit(1)


class Emu:
    def __init__(self, exe, args):
        self.proc = subprocess.Popen([exe, "--listen", "127.0.0.1:0", "--dns", "127.0.0.1:0",
                                      "--rate-limit", "0", "--quiet"] + args,
                                     stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
        ready, _, _ = select.select([self.proc.stdout], [], [], 120)
        if not ready:
            die("gandi-emu printed nothing within 120 s")
        self.url = self.proc.stdout.readline().decode().strip()
        line = self.proc.stdout.readline().decode().strip()
        if not line.startswith("dns "):
            die(f"gandi-emu --dns printed {line!r}")
        self.port = int(line.rsplit(":", 1)[1])

    def put(self, token, zone, name, rtype, values):
        body = json.dumps({"rrset_values": values}).encode()
        req = urllib.request.Request(
            f"{self.url}/v5/livedns/domains/{zone}/records/{name}/{rtype}", data=body,
            method="PUT", headers={"Authorization": f"Bearer {token}",
                                   "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            r.read()

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(30)


def token_all(exe):
    out = subprocess.run([exe, "--help-seed"], capture_output=True, text=True).stdout
    m = re.search(r"^all\n  Authorization: Bearer (\S+)", out, re.M)
    if not m:
        die("no token 'all' in gandi-emu --help-seed")
    return m.group(1)


def dnsperf(port, qfile, seconds, clients, tcp=False):
    argv = ["dnsperf", "-s", "127.0.0.1", "-p", str(port), "-d", qfile, "-l", str(seconds),
            "-c", str(clients), "-T", "1", "-q", "100"]
    if tcp:
        argv += ["-m", "tcp"]
    out = subprocess.run(argv, capture_output=True, text=True).stdout
    qps = re.search(r"Queries per second:\s+([\d.]+)", out)
    lost = re.search(r"Queries lost:\s+(\d+)", out)
    lat = re.search(r"Average Latency \(s\):\s+([\d.]+)", out)
    if not qps:
        die(f"dnsperf gave no figures:\n{out}")
    return float(qps.group(1)), int(lost.group(1)), float(lat.group(1)) * 1000


def query_ms(port, name, rtype):
    """Milliseconds from sending one UDP query to its answer (NOERROR)."""
    types = {"SOA": 6, "TXT": 16}
    qname = b"".join(bytes([len(x)]) + x.encode() for x in name.split(".")) + b"\0"
    msg = struct.pack(">HHHHHH", 0x4242, 0, 1, 0, 0, 0) + qname + struct.pack(">HH", types[rtype], 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(30)
        t0 = time.monotonic()
        s.sendto(msg, ("127.0.0.1", port))
        ans = s.recv(65535)
        ms = (time.monotonic() - t0) * 1000
    if ans[:2] != b"\x42\x42" or ans[3] & 0xF != 0 or struct.unpack(">H", ans[6:8])[0] == 0:
        die(f"{name} {rtype}: no answer record (rcode {ans[3] & 0xF})")
    return ms


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--out", help="write the results (Markdown) there too")
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args()
    exe = os.path.join(args.build, "gandi-emu")
    if not shutil.which("dnsperf"):
        die("dnsperf is missing: sudo sh tools/deps.sh bench")
    tmp = tempfile.mkdtemp(prefix="bench-dns-")
    qfile = os.path.join(tmp, "queries.txt")
    with open(qfile, "w") as f:
        f.write("\n".join(QUERIES) + "\n")
    token = token_all(exe)
    rows = []

    emu = Emu(exe, [])
    try:
        qps, lost, lat = dnsperf(emu.port, qfile, args.seconds, args.clients)
        rows.append(("UDP, built-in zones", f"{qps:,.0f}", f"{lat:.2f}", lost))
        qps, lost, lat = dnsperf(emu.port, qfile, args.seconds, args.clients, tcp=True)
        rows.append((f"TCP, {args.clients} connections", f"{qps:,.0f}", f"{lat:.2f}", lost))
        stop = threading.Event()
        writes = [0]

        def writer():
            while not stop.is_set():
                emu.put(token, "example.com", "_dmarc", "TXT", [f"v=DMARC1; p=none; n={writes[0]}"])
                writes[0] += 1
        th = threading.Thread(target=writer)
        th.start()
        try:
            qps, lost, lat = dnsperf(emu.port, qfile, args.seconds, args.clients)
        finally:
            stop.set()
            th.join()
        rows.append((f"UDP while the API writes ({writes[0] / args.seconds:,.0f} PUT/s)",
                     f"{qps:,.0f}", f"{lat:.2f}", lost))
    finally:
        emu.stop()

    seed = os.path.join(tmp, "big.json")
    with open(seed, "w") as f:
        subprocess.run([exe, "--generate-seed", "domains=0,records=10000"], stdout=f, check=True)
    firsts, afters, warm = [], [], []
    for i in range(5):
        emu = Emu(exe, ["--seed", seed])
        try:
            firsts.append(query_ms(emu.port, "big.example", "SOA"))
            warm.append(query_ms(emu.port, "big.example", "SOA"))
            emu.put(token, "big.example", f"new{i}", "TXT", ["x"])
            afters.append(query_ms(emu.port, f"new{i}.big.example", "TXT"))
        finally:
            emu.stop()
    shutil.rmtree(tmp)

    lines = [
        "# gandi-emu --dns",
        "",
        f"`make bench-dns` on {platform.node() or 'this machine'} "
        f"({os.cpu_count()} CPUs, shared with dnsperf), {time.strftime('%Y-%m-%d')}.",
        f"dnsperf: {args.clients} clients, {args.seconds} s, at most 100 queries in flight; "
        f"the query mix: {', '.join(QUERIES)}.",
        "",
        "| load | queries/s | mean latency (ms) | lost |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines += [
        "",
        "A zone of 10,000 RRsets (median of 5 starts; from sending one UDP query to its "
        "answer):",
        "",
        "| query | ms |",
        "|---|---:|",
        f"| first after the start (the zone compiled) | {statistics.median(firsts):.1f} |",
        f"| second (compiled already) | {statistics.median(warm):.1f} |",
        f"| first after one change (compiled again, unchanged RRsets shared) | "
        f"{statistics.median(afters):.1f} |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out + ".tmp", "w") as f:
            f.write(text)
        os.replace(args.out + ".tmp", args.out)


if __name__ == "__main__":
    main()
