"""Asking gandi-emu's DNS server (gandi-emu --dns) from tests: Debian's dig
for answers, and raw UDP/TCP messages for what dig cannot send (short,
garbage, wrong opcode, several questions).

An Emu started with "--dns", "127.0.0.1:0" has dns_host and dns_port.
"""
import re
import shutil
import socket
import struct
import subprocess

from gandi_test import Failure

SECTIONS = ("QUESTION", "ANSWER", "AUTHORITY", "ADDITIONAL")


class Reply:
    """dig's view of one answer."""

    def __init__(self, text):
        self.text = text
        self.status = None
        self.flags = set()
        self.edns = None  # the OPT's udp size, None without OPT
        self.edns_flags = set()
        self.sections = {s: [] for s in SECTIONS}
        self.truncated_retry = ";; Truncated, retrying in TCP mode." in text
        current = None
        for line in text.splitlines():
            m = re.match(r";; ->>HEADER<<- opcode: (\w+), status: (\w+), id: (\d+)", line)
            if m:
                self.opcode, self.status, self.id = m.group(1), m.group(2), int(m.group(3))
                continue
            m = re.match(r";; flags:([^;]*);", line)
            if m:
                self.flags = set(m.group(1).split())
                continue
            m = re.match(r"; EDNS: version: (\d+), flags:([^;]*); udp: (\d+)", line)
            if m:
                self.edns = int(m.group(3))
                self.edns_flags = set(m.group(2).split())
                continue
            m = re.match(r";; (QUESTION|ANSWER|AUTHORITY|ADDITIONAL) SECTION:", line)
            if m:
                current = m.group(1)
                continue
            if not line.strip():
                current = None
                continue
            if current and current != "QUESTION" and not line.startswith(";"):
                name, ttl, cls, rtype, rdata = (re.split(r"\s+", line.strip(), maxsplit=4)
                                                + [""])[:5]
                self.sections[current].append((name, int(ttl), cls, rtype, rdata))
        if self.status is None:
            raise Failure(f"dig gave no answer:\n{text}")

    @property
    def answer(self):
        return self.sections["ANSWER"]

    @property
    def authority(self):
        return self.sections["AUTHORITY"]

    @property
    def additional(self):
        return self.sections["ADDITIONAL"]

    def rdata(self, rtype=None):
        """The rdata of the answer records (of rtype), sorted."""
        return sorted(r[4] for r in self.answer if rtype is None or r[3] == rtype)


def dig_exe():
    exe = shutil.which("dig")
    if not exe:
        raise Failure("dig is missing: install Debian's bind9-dnsutils "
                      "(sh tools/deps.sh test, as root)")
    return exe


def dig(emu, name, rtype="A", *opts):
    """Ask emu's DNS server, without recursion, one try; returns a Reply."""
    argv = [dig_exe(), f"@{emu.dns_host}", "-p", str(emu.dns_port), "+norec", "+nosplit",
            "+time=5", "+tries=1", "+nocmd", "+nostats", name, rtype] + list(opts)
    p = subprocess.run(argv, capture_output=True, timeout=30)
    out = p.stdout.decode("utf-8", "replace")
    if p.returncode not in (0, 9) or ";; connection timed out" in out:
        raise Failure(f"{' '.join(argv)} failed ({p.returncode}):\n{out}{p.stderr.decode()}")
    return Reply(out)


def encode_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        if label:
            out += bytes([len(label)]) + label.encode()
    return out + b"\0"


TYPES = {"A": 1, "NS": 2, "CNAME": 5, "SOA": 6, "MX": 15, "TXT": 16, "AAAA": 28, "ANY": 255,
         "AXFR": 252}


def query(name, rtype="A", qid=0x1234, opcode=0, qdcount=1, flags=0, questions=None):
    """A DNS message: header (QR 0, opcode, flags ORed in) and questions."""
    qs = questions if questions is not None else [(name, rtype)] * max(qdcount, 0)
    body = b"".join(encode_name(n) + struct.pack(">HH", TYPES.get(t, t), 1) for n, t in qs)
    hdr = struct.pack(">HHHHHH", qid, (opcode << 11) | flags, qdcount, 0, 0, 0)
    return hdr + body


def header(msg):
    """(id, qr, opcode, aa, tc, rcode, qdcount, ancount, nscount, arcount)."""
    qid, fl, qd, an, ns, ar = struct.unpack(">HHHHHH", msg[:12])
    return {"id": qid, "qr": bool(fl & 0x8000), "opcode": (fl >> 11) & 0xF,
            "aa": bool(fl & 0x400), "tc": bool(fl & 0x200), "rcode": fl & 0xF,
            "qdcount": qd, "ancount": an, "nscount": ns, "arcount": ar}


def udp(emu, data, timeout=2.0):
    """Send data over UDP; the answer, or None when none came within timeout."""
    family = socket.AF_INET6 if ":" in emu.dns_host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.sendto(data, (emu.dns_host, emu.dns_port))
        try:
            return s.recv(65535)
        except socket.timeout:
            return None


def tcp_connect(emu):
    family = socket.AF_INET6 if ":" in emu.dns_host else socket.AF_INET
    s = socket.socket(family, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect((emu.dns_host, emu.dns_port))
    return s


def tcp_send(s, data):
    s.sendall(struct.pack(">H", len(data)) + data)


def tcp_recv(s):
    """One length-prefixed message, or None when the server closed."""
    def exactly(n):
        buf = b""
        while len(buf) < n:
            chunk = s.recv(n - len(buf))
            if not chunk:
                return None
            buf += chunk
        return buf
    hdr = exactly(2)
    return exactly(struct.unpack(">H", hdr)[0]) if hdr else None
