"""What a golden case cannot set up: dns wait with no --nameserver (the zone's LiveDNS
nameservers as the API names them, resolved, asked on port 53), gandi ddns
--from-interface on an interface with known addresses, and the systemd unit under doc/.
Each runs in a network and mount namespace of its own (unshare, as root, which CI is):
only a loopback interface, the NS names in a private /etc/hosts, gandi-emu's DNS on port
53, a veth interface; nothing leaves the namespace. The progress line of dns wait on a
terminal, too."""
import os
import re
import shlex
import shutil
import subprocess

import gandi_test
from gandi_test import Failure


def in_namespace(t, script, env, timeout=60):
    """Run a shell script in new network and mount namespaces; (rc, out, err)."""
    for p in ("unshare", "ip", "mount"):
        if not shutil.which(p):
            raise Failure(f"'{p}' is missing: run sudo sh tools/deps.sh test")
    if os.geteuid() != 0:
        raise Failure("this test needs root for its network namespace (CI runs as root)")
    path = t.write("ns.sh", "set -eu\nip link set lo up\n" + script)
    p = subprocess.run(["unshare", "--net", "--mount", "sh", path], capture_output=True,
                       text=True, env=env, timeout=timeout, cwd=t.tmp)
    return p.returncode, p.stdout, p.stderr


def emu_in_namespace(t, dns_args=""):
    """Shell lines that start gandi-emu with DNS on 127.0.0.1:53 and export its URLs."""
    emu = os.path.join(t.build, "gandi-emu")
    return f""": >emu.out
{shlex.quote(emu)} --listen 127.0.0.1:0 --dns 127.0.0.1:53 {dns_args} --quiet \\
    >emu.out 2>emu.err &
i=0
while [ "$(wc -l <emu.out)" -lt 2 ]; do i=$((i+1)); [ $i -lt 100 ] || exit 9; sleep 0.1; done
url=$(head -1 emu.out)
export GANDI_API_URL=$url/v5 GANDI_ID_URL=$url
"""


def test_wait_asks_the_zones_own_nameservers_on_port_53(t):
    e = t.emu()
    status, _, names = e.api("GET", "livedns/domains/example.com/nameservers")
    t.eq((status, len(names)), (200, 3), "the zone's LiveDNS nameservers")
    hosts = t.write("hosts", "".join(f"127.0.0.1 {n}\n" for n in names))
    gandi = shlex.quote(t.gandi_exe)
    script = emu_in_namespace(t) + f"""mount --bind {hosts} /etc/hosts
{gandi} -v dns wait example.com A api 192.0.2.20 --timeout 10
echo "rc=$?"
{gandi} dns wait example.com A api 192.0.2.99 --timeout 0.5 || echo "rc=$?"
"""
    rc, out, err = in_namespace(t, script, t.env(token="all"))
    t.eq(rc, 0, f"the script\n{out}\n{err}")
    t.contains(err, "served: A api in example.com: 192.0.2.20 (3 nameservers, ",
               "the message, on stderr")
    t.contains(out, "rc=0\n", "stdout")
    t.contains(out, "rc=7\n", "stdout")
    for n in names:
        t.contains(err, f"gandi: dns wait: {n} of example.com: 1 address", "trace")
        t.contains(err, f"gandi: dns {n} A api.example.com at 127.0.0.1: as wanted", "trace")
        t.contains(err, f"  {n} (127.0.0.1): serves 192.0.2.20, 192.0.2.21\n", "the lag")
    t.contains(err, "GET " + "http://127.0.0.1:", "trace")
    t.contains(err, "/v5/livedns/domains/example.com/nameservers -> 200", "trace")
    t.contains(err, "timed out after 0.5 s: 3 of 3 nameservers do not serve 192.0.2.99",
               "the timeout")


def test_a_nameserver_name_that_does_not_resolve(t):
    script = f"""echo "127.0.0.1 localhost" >hosts
mount --bind hosts /etc/hosts
: >resolv.conf
mount --bind resolv.conf /etc/resolv.conf
{shlex.quote(t.gandi_exe)} dns wait example.com A api 192.0.2.20 --nameserver ns9.example.net \\
    || echo "rc=$?"
"""
    e = t.emu()
    rc, out, err = in_namespace(t, script, t.env(e, "all"))
    t.eq((rc, out), (0, "rc=6\n"), f"exit of the script; stderr:\n{err}")
    # glibc, with no nameserver in resolv.conf, asks 127.0.0.1 (nothing there): EAI_AGAIN
    t.eq(err.split("\n")[:2], ["gandi: cannot resolve nameserver 'ns9.example.net': Temporary "
                               "failure in name resolution", "hint: check this machine's DNS, "
                               "or name the servers with --nameserver ADDR[:PORT]"], "stderr")


DDNS = """ip link add d0 type veth peer name d0peer
ip link set d0 up
ip link set d0peer up
ip address add 192.0.2.7/24 dev d0
ip address add 198.51.100.7/24 dev d0
ip address add 2001:db8::7/64 dev d0 nodad
ip address add 2001:db8::dead/64 dev d0 nodad preferred_lft 0
"""


def test_ddns_from_interface_takes_its_global_addresses(t):
    gandi = shlex.quote(t.gandi_exe)
    script = emu_in_namespace(t) + DDNS + f"""{gandi} ddns example.com home --from-interface d0
{gandi} ddns example.com home --from-interface d0 --json
{gandi} ddns example.com home --from-interface lo || echo "rc=$?"
{gandi} ddns example.com home --from-interface nope0 || echo "rc=$?"
"""
    rc, out, err = in_namespace(t, script, t.env(token="all"))
    t.eq(rc, 0, f"the script\n{out}\n{err}")
    # what a write did is a message, on stderr (the JSON envelope is data, on stdout)
    lines = [x for x in err.split("\n") if x.startswith("changed: ")]
    # IPv4 in the kernel's order; the link-local fe80:: and the deprecated 2001:db8::dead left out
    t.eq(lines[:2], ["changed: A home in example.com: 192.0.2.7, 198.51.100.7 (TTL 300), a new "
                     "RRset", "changed: AAAA home in example.com: 2001:db8::7 (TTL 300), a new "
                     "RRset"], "the first run")
    t.contains(out, '"changed": false', "the second run")
    t.contains(out, "rc=1", "lo has no global address")
    t.contains(err, "gandi: interface 'lo' has no global address", "stderr")
    t.contains(out, "rc=2", "no such interface")
    t.contains(err, "gandi: there is no network interface 'nope0' here\n"
               "hint: the interfaces: lo, d0peer, d0\n", "stderr")


def test_the_readme_cron_line(t):
    readme = open(os.path.join(gandi_test.ROOT, "README.md"), encoding="utf-8").read()
    m = re.search(r"^    (\S+ \S+ \S+ \S+ \S+) gandi (.*ddns.*)$", readme, re.M)
    if not m:
        raise Failure("README.md has no cron line for gandi ddns")
    t.eq(m.group(1), "*/5 * * * *", "its schedule")
    args = m.group(2)
    iface = re.search(r"--from-interface (\S+)", args).group(1)
    gandi = shlex.quote(t.gandi_exe)
    script = emu_in_namespace(t) + DDNS.replace("d0", iface) + f"""{gandi} {args}
echo "rc=$?"
{gandi} {args}
echo "rc=$?"
"""
    rc, out, err = in_namespace(t, script, t.env(token="all"))
    # -q: cron mails nothing while all goes well
    t.eq((rc, out, err), (0, "rc=0\nrc=0\n", ""), "the cron line, twice")


def test_the_systemd_unit_and_timer(t):
    """systemd-analyze accepts them, and the unit's ExecStart does its job."""
    if not shutil.which("systemd-analyze"):
        raise Failure("systemd-analyze is missing: run sudo sh tools/deps.sh test")
    doc = os.path.join(gandi_test.ROOT, "doc")
    unit = open(os.path.join(doc, "gandi-ddns.service"), encoding="utf-8").read()
    m = re.search(r"^ExecStart=/usr/bin/gandi (.*)$", unit, re.M)
    if not m:
        raise Failure("doc/gandi-ddns.service has no ExecStart=/usr/bin/gandi line")
    local = t.write("gandi-ddns.service", unit.replace("/usr/bin/gandi", t.gandi_exe))
    shutil.copy(os.path.join(doc, "gandi-ddns.timer"), t.path("gandi-ddns.timer"))
    man = t.path("man/man1")
    os.makedirs(man)
    shutil.copy(os.path.join(t.build, "gandi.1"), man)
    env = dict(os.environ, MANPATH=t.path("man"))
    p = subprocess.run(["systemd-analyze", "verify", local, t.path("gandi-ddns.timer")],
                       capture_output=True, text=True, env=env, timeout=60)
    t.eq((p.returncode, p.stdout, p.stderr), (0, "", ""), "systemd-analyze verify")
    # the command line, on an interface named as in the unit
    args = m.group(1)
    iface = re.search(r"--from-interface (\S+)", args).group(1)
    script = emu_in_namespace(t) + DDNS.replace("d0", iface) + \
        f"{shlex.quote(t.gandi_exe)} {args}\n"
    # the token as the unit hands it over: a credential, not a variable
    cred = re.search(r"^LoadCredential=([\w-]+):", unit, re.M)
    if not cred:
        raise Failure("doc/gandi-ddns.service has no LoadCredential= line")
    creds = t.path("credentials")
    os.makedirs(creds)
    t.write(f"credentials/{cred.group(1)}", gandi_test.TOKENS["all"] + "\n", 0o400)
    env = t.env(extra={"CREDENTIALS_DIRECTORY": creds})
    rc, out, err = in_namespace(t, script, env)
    t.eq((rc, out), (0, ""), f"the unit's command: no data on stdout\n{err}")
    t.contains(err, "changed: A home in example.com", "what it did, a message on stderr")
    t.contains(err, "changed: A home in example.com: 192.0.2.7, 198.51.100.7", "its output")


def test_wait_shows_progress_on_a_terminal_only(t):
    e = t.emu("--dns", "127.0.0.1:0", "--dns-delay", "1500")
    ns = f"127.0.0.1:{e.dns_port}"
    t.ok(t.gandi("dns", "add", "example.com", "TXT", "_acme-challenge", "abc", emu=e,
                 token="all"))
    r = t.gandi_tty("dns", "wait", "example.com", "TXT", "_acme-challenge", "abc",
                    "--nameserver", ns, emu=e, token="all")
    t.eq(r.rc, 0, r.describe())
    if not re.search(r"\r\x1b\[Kwaiting for the nameservers to serve TXT "
                     r"_acme-challenge\.example\.com: 0 of 1 answers as wanted \(\d+ s\)", r.out):
        raise Failure(f"no progress line on the terminal:\n{r.out!r}")
    t.contains(r.out, "\r\x1b[Kserved: TXT _acme-challenge in example.com: abc (1 nameserver, ",
               "the terminal")
    # not on a pipe or a file
    t.ok(t.gandi("dns", "add", "example.com", "TXT", "_acme-challenge", "def", emu=e,
                 token="all"))
    r = t.gandi("dns", "wait", "example.com", "TXT", "_acme-challenge", "def", "--nameserver",
                ns, emu=e, token="all")
    t.absent(r.err, "\x1b[K", "no progress line when stderr is not a terminal")
    t.contains(r.err, "served: TXT _acme-challenge in example.com: def", "the message")
    t.eq(r.out, "", "stdout: no data")
