"""The ACME hooks with the real clients Debian ships, offline: certbot (manual mode with
gandi acme certbot-auth and certbot-cleanup), dehydrated (HOOK= the acme-dehydrated
script) and lego (its exec provider, EXEC_PATH= the acme-lego script, both modes), each
getting a certificate for example.com and *.example.com (two TXT values at one name at
once) from Debian's pebble, whose DNS-01 checks ask gandi-emu's --dns port. Afterwards
the zone holds no challenge record and nothing else in it changed. Each again with
--dns-delay 2000: pebble would find no value if the hooks did not wait for the
nameservers. A missing client fails the test: tools/deps.sh test installs them all.

The hook scripts are the ones make install ships, made by the Makefile's own rule with
the paths of a private prefix (test_packaging checks what make install puts where)."""
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import time

import gandi_test
from gandi_test import Failure

DELAY_MS = 2000
CLIENTS = {"pebble": "pebble", "certbot": "certbot", "dehydrated": "dehydrated", "lego": "lego",
           "openssl": "openssl", "dig": "bind9-dnsutils"}


def readme():
    with open(os.path.join(gandi_test.ROOT, "README.md"), encoding="utf-8") as f:
        return f.read()


def recipe(first):
    """The indented block of README.md whose first line starts with first, its lines
    unindented and, for a command, continuation lines joined."""
    lines = readme().split("\n")
    for i, line in enumerate(lines):
        if line.startswith("    " + first):
            block = []
            for more in lines[i:]:
                if not more.startswith("    "):
                    break
                block.append(more[4:])
            return block
    raise Failure(f"README.md has no recipe starting {first!r}")


def command(first):
    return shlex.split(" ".join(line.rstrip("\\").strip() for line in recipe(first)))


def need(*programs):
    for p in programs:
        if not shutil.which(p):
            raise Failure(f"'{p}' is not installed (Debian package {CLIENTS.get(p, p)}): "
                          "run sudo sh tools/deps.sh test")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def zone(e):
    out = {}
    for r in e.pages("livedns/domains/example.com/records"):
        out[(r["rrset_name"], r["rrset_type"])] = (r["rrset_ttl"], sorted(r["rrset_values"]))
    return out


class Setup:
    """gandi-emu with --dns, the installed hooks, a pebble asking gandi-emu's DNS."""

    def __init__(self, t, delay):
        need(*CLIENTS)
        self.t = t
        args = ["--dns", "127.0.0.1:0"] + (["--dns-delay", str(delay)] if delay else [])
        self.e = t.emu(*args)
        self.dns = f"127.0.0.1:{self.e.dns_port}"
        self.before = zone(self.e)
        self.prefix = self.install()
        self.ca = self.pebble()
        path = os.path.join(self.prefix, "bin") + ":" + os.environ.get("PATH", "")
        self.env = {"GANDI_NAMESERVERS": self.dns, "PATH": path}

    def install(self):
        """prefix/bin/gandi, and the hooks as the Makefile makes them for that prefix."""
        t = self.t
        prefix = t.path("prefix")
        os.makedirs(os.path.join(prefix, "bin"))
        os.symlink(t.gandi_exe, os.path.join(prefix, "bin", "gandi"))
        env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
        hooks = t.path("hooks-build")
        names = ["acme-dehydrated", "acme-lego", "dns_gandi_cli.sh"]
        p = subprocess.run(["make", "-s", "--no-print-directory", f"BUILD={hooks}",
                            f"PREFIX={prefix}"] + [f"{hooks}/hooks/{n}" for n in names],
                           cwd=gandi_test.ROOT, env=env, capture_output=True, text=True,
                           timeout=120)
        if p.returncode != 0:
            raise Failure(f"make the hooks: exit {p.returncode}\n{p.stdout}{p.stderr}")
        libexec = os.path.join(prefix, "libexec", "gandi")
        os.makedirs(libexec)
        for n in names[:2]:
            shutil.copy(os.path.join(hooks, "hooks", n), libexec)
        self.shim = os.path.join(hooks, "hooks", "dns_gandi_cli.sh")
        return prefix

    def pebble(self):
        t = self.t
        cert, key = t.path("pebble-cert.pem"), t.path("pebble-key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "1", "-subj", "/CN=pebble", "-addext",
                        "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                       check=True, capture_output=True)
        # the ports are free when chosen, but another test may take one before pebble
        # binds it: then pebble exits saying so, and starts again on others
        for attempt in range(5):
            if self.start_pebble(cert, key, attempt):
                break
        else:
            raise Failure(f"pebble did not start:\n{open(self.pebble_log).read()}")
        self.directory = f"https://127.0.0.1:{self.port}/dir"
        return cert

    def start_pebble(self, cert, key, attempt):
        """Start pebble on free ports; False when one was taken meanwhile."""
        t = self.t
        self.port = free_port()
        config = {"pebble": {"listenAddress": f"127.0.0.1:{self.port}",
                             "managementListenAddress": f"127.0.0.1:{free_port()}",
                             "certificate": cert, "privateKey": key,
                             "httpPort": free_port(), "tlsPort": free_port(),
                             "ocspResponderURL": "", "externalAccountBindingRequired": False}}
        path = t.write(f"pebble{attempt}.json", json.dumps(config))
        env = dict(os.environ, PEBBLE_VA_NOSLEEP="1", PEBBLE_WFE_NONCEREJECT="0",
                   PEBBLE_AUTHZREUSE="0")
        self.pebble_log = t.path(f"pebble{attempt}.log")
        log = open(self.pebble_log, "wb")
        self.proc = subprocess.Popen(["pebble", "-config", path, "-dnsserver", self.dns],
                                     stdout=log, stderr=subprocess.STDOUT, env=env)
        self.url = f"https://127.0.0.1:{self.port}"
        if self not in t.fakes:
            t.fakes.append(self)  # stopped with the test's fake servers
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with open(self.pebble_log, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if "ACME directory available" in text:
                # it binds its management port after saying so: a taken one ends it then
                time.sleep(0.3)
                with open(self.pebble_log, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                if self.proc.poll() is None:
                    return True
                if "address already in use" in text:
                    return False
                raise Failure(f"pebble exited {self.proc.returncode}:\n{text}")
            if self.proc.poll() is not None:
                if "address already in use" in text:
                    return False
                raise Failure(f"pebble exited {self.proc.returncode}:\n{text}")
            time.sleep(0.1)
        raise Failure(f"pebble did not start within 60 s:\n{text}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def run(self, argv, extra=None, timeout=180):
        env = dict(self.env, **(extra or {}))
        started = time.monotonic()
        r = self.t.program(argv[0], *argv[1:], emu=self.e, token="all", env=env, timeout=timeout)
        r.seconds = time.monotonic() - started
        return r

    def check(self, r, cert_path, what):
        """The certificate names both identifiers; the zone is as it was; DNS agrees."""
        if r.rc != 0 or not os.path.exists(cert_path):
            pebble = open(self.pebble_log, encoding="utf-8", errors="replace").read()[-3000:]
            raise Failure(f"{what}: exit {r.rc}, no certificate\n{r.describe()}\n"
                          f"pebble's log:\n{pebble}")
        text = subprocess.run(["openssl", "x509", "-in", cert_path, "-noout", "-ext",
                               "subjectAltName"], capture_output=True, text=True).stdout
        names = sorted(re.findall(r"DNS:([^,\s]+)", text))
        self.t.eq(names, ["*.example.com", "example.com"], f"{what}: the certificate's names")
        after = zone(self.e)
        self.t.eq([k for k in after if k[0].startswith("_acme-challenge")], [],
                  f"{what}: challenge records left in the zone")
        self.t.eq(after, self.before, f"{what}: the zone afterwards")
        writes = [q for q in self.e.requests() if q["method"] not in ("GET",)]
        for q in writes:
            if q["method"] == "PUT" or "_acme-challenge" not in q["path"]:
                raise Failure(f"{what}: a write that is not a hook's PATCH, POST or DELETE of "
                              f"a challenge RRset: {q['method']} {q['path']} {q['body']}")
            if q["method"] == "POST" and json.loads(q["body"]).get("rrset_ttl") != 300:
                raise Failure(f"{what}: a challenge RRset created without TTL 300: {q['body']}")
        time.sleep(0.1)
        # what DNS serves once the delay has passed: no challenge left there either
        deadline = time.monotonic() + DELAY_MS / 1000 + 5
        while True:
            dig = subprocess.run(["dig", "+norec", "+time=2", "+tries=1", "-p",
                                  str(self.e.dns_port), "@127.0.0.1",
                                  "_acme-challenge.example.com", "TXT"],
                                 capture_output=True, text=True)
            if "status: NXDOMAIN" in dig.stdout or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        self.t.contains(dig.stdout, "status: NXDOMAIN", f"{what}: dig after the run")
        return writes


def certbot(t, delay):
    s = Setup(t, delay)
    d = t.path("certbot")
    # README.md's recipe, and what only a test needs: the CA, private folders, no questions
    argv = command("certbot certonly")
    r = s.run(argv + ["--non-interactive", "--agree-tos", "--register-unsafely-without-email",
                      "--server", s.directory, "--config-dir", f"{d}/conf", "--work-dir",
                      f"{d}/work", "--logs-dir", f"{d}/logs"],
              {"REQUESTS_CA_BUNDLE": s.ca})
    writes = s.check(r, f"{d}/conf/live/example.com/cert.pem", "certbot")
    # two values at one name: one POST, one PATCH adding, two PATCHes removing
    # (and the DELETE that makes sure an emptied RRset is gone: gandi-emu removed it already)
    t.eq(sorted(q["method"] for q in writes), ["DELETE", "PATCH", "PATCH", "PATCH", "POST"],
         "certbot: the hooks' writes")
    log = open(f"{d}/logs/letsencrypt.log", encoding="utf-8").read()
    t.eq(log.count("Running manual-auth-hook command: gandi acme certbot-auth"), 2,
         "certbot: auth hook runs")
    for said in ("Output from manual-auth-hook", "Output from manual-cleanup-hook",
                 "reported error code"):
        t.absent(log, said, "certbot's log (the hooks print nothing, and succeed)")
    return s, r


def test_certbot_manual_hooks(t):
    certbot(t, 0)


def test_certbot_waits_out_the_nameservers_delay(t):
    s, r = certbot(t, DELAY_MS)
    if r.seconds < DELAY_MS / 1000:
        raise Failure(f"certbot got its certificate in {r.seconds:.1f} s, less than the "
                      f"{DELAY_MS} ms the nameservers take: the hook did not wait")


def dehydrated(t, delay, chain):
    s = Setup(t, delay)
    base = t.path("dehydrated")
    os.makedirs(base)
    # README.md's config lines (the hook where this test installed it), then the test's
    lines = [line.replace("/usr/libexec/gandi", f"{s.prefix}/libexec/gandi")
             for line in recipe("CHALLENGETYPE=dns-01")]
    if not chain:
        lines = [line for line in lines if not line.startswith("HOOK_CHAIN=")]
    config = t.write("dehydrated.conf", "\n".join(lines) + f"""
CA="{s.directory}"
BASEDIR="{base}"
CURL_OPTS="--cacert {s.ca}"
""")
    cron = re.search(r"then `(dehydrated --cron [^`]*)`", readme())
    if not cron:
        raise Failure("README.md no longer says how to run dehydrated")
    r = s.run(["dehydrated", "--config", config, "--register", "--accept-terms"])
    t.eq(r.rc, 0, f"dehydrated --register: {r.describe()}")
    argv = shlex.split(cron.group(1))
    r = s.run(argv[:1] + ["--config", config] + argv[1:])
    s.check(r, f"{base}/certs/example.com/cert.pem", "dehydrated")
    t.contains(r.out, " + 2 pending challenge(s)", "dehydrated's output")
    t.eq(r.out.count("Challenge is valid!"), 2, "dehydrated: valid challenges")
    return s, r


def test_dehydrated_hook_chain(t):
    dehydrated(t, 0, True)


def test_dehydrated_one_call_per_challenge_waits_out_the_delay(t):
    s, r = dehydrated(t, DELAY_MS, False)
    if r.seconds < DELAY_MS / 1000:
        raise Failure(f"dehydrated finished in {r.seconds:.1f} s: the hook did not wait")


def lego(t, delay, raw):
    s = Setup(t, delay)
    d = t.path("lego")
    argv = command("EXEC_PATH=/usr/libexec/gandi/acme-lego lego")
    t.eq(argv[0], "EXEC_PATH=/usr/libexec/gandi/acme-lego", "README.md's lego recipe")
    extra = {"LEGO_CA_CERTIFICATES": s.ca, "EXEC_PATH": f"{s.prefix}/libexec/gandi/acme-lego",
             "EXEC_POLLING_INTERVAL": "1", "EXEC_PROPAGATION_TIMEOUT": "30",
             "EXEC_SEQUENCE_INTERVAL": "1"}
    if raw:
        extra["EXEC_MODE"] = "RAW"
    # lego 4.9.1 checks propagation by asking the zone's NS names on port 53, which only
    # the real Gandi answers: --dns.disable-cp leaves the wait to the hook, and
    # --dns.resolvers keeps lego's one remaining lookup on gandi-emu
    # (README.md says so: --dns.disable-cp and --dns.resolvers where the NS names cannot be
    # reached; EXEC_SEQUENCE_INTERVAL lower to go faster)
    t.contains(readme(), "add `--dns.disable-cp` (the hook has waited already)", "README.md")
    r = s.run(argv[1:-1] + ["--server", s.directory, "--accept-tos", "--path", d,
                            "--dns.resolvers", s.dns, "--dns.disable-cp", argv[-1]], extra)
    s.check(r, f"{d}/certificates/example.com.crt", "lego")
    t.absent(r.out + r.err, "[exec]", "lego's log (the hook prints nothing)")
    return s, r


def test_lego_exec_provider(t):
    lego(t, 0, False)


def test_lego_exec_raw_mode_waits_out_the_delay(t):
    s, r = lego(t, DELAY_MS, True)
    # lego goes one challenge at a time, each waited for
    if r.seconds < 2 * DELAY_MS / 1000:
        raise Failure(f"lego finished in {r.seconds:.1f} s: the hook did not wait")


def test_help_acme_gives_the_readme_recipes(t):
    helped = t.ok(t.gandi("help", "acme")).out
    for first in ("certbot certonly", "CHALLENGETYPE=dns-01", "EXEC_PATH=", "ln -s "):
        block = "\n".join("  " + line for line in recipe(first))
        t.contains(helped, block + "\n", f"gandi help acme (README.md's {first} recipe)")


def test_acme_sh_shim_adds_and_removes_only_its_value(t):
    """acme.sh is not in Debian 12: its shim is sourced by sh as acme.sh sources it."""
    s = Setup(t, 0)
    e = s.e
    value = "-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto"
    script = (f". '{s.shim}' && dns_gandi_cli_add _acme-challenge.www.example.com '{value}' "
              f"&& dns_gandi_cli_add _acme-challenge.www.example.com other && "
              f"dns_gandi_cli_rm _acme-challenge.www.example.com '{value}' && "
              f"dns_gandi_cli_rm _acme-challenge.www.example.com '{value}'")
    r = s.run(["sh", "-c", script])
    t.expect(r, out="", err="", rc=0)
    status, _, body = e.api("GET", "livedns/domains/example.com/records/_acme-challenge.www/TXT")
    t.eq((status, body["rrset_ttl"], body["rrset_values"]), (200, 300, ['"other"']),
         "the RRset after the shim's calls")
