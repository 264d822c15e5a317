"""gandi browse (and gandi alone) driven in a real terminal: tmux, send-keys and
capture-pane against gandi-emu. Every step waits for text to appear (never a
fixed sleep), then checks the emulator's state through its own API."""
import json
import os
import re
import shlex
import signal
import subprocess
import time

from gandi_test import SAN_PATTERN, Failure

DEADLINE = 60  # seconds to wait for a screen; generous for loaded machines and ASan
PROMPT = "SHELL-READY>"  # PS1 is this and a space, which capture-pane trims


class Tmux:
    """One private tmux server running an interactive sh in a 120x40 window."""

    def __init__(self, t, emu=None, token="all", extra=None, width=120, height=40):
        self.t = t
        n = len([f for f in os.listdir(t.tmp) if f.startswith("tmux")])
        self.sock = t.path(f"tmux{n}.sock")
        env = t.env(emu, token, extra)
        env["TERM"] = "screen"
        env["PS1"] = PROMPT + " "
        env.pop("LINES", None)
        env.pop("COLUMNS", None)
        script = "".join(f"export {k}={shlex.quote(v)}\n" for k, v in sorted(env.items()))
        script += "cd " + shlex.quote(t.tmp) + "\nexec sh -i\n"
        rc = t.write(f"shell{n}.sh", script)
        self.tmux("-f", "/dev/null", "new-session", "-d", "-x", str(width), "-y", str(height),
                  "env -i sh " + shlex.quote(rc))
        self.wait(PROMPT)

    def tmux(self, *args):
        p = subprocess.run(["tmux", "-S", self.sock] + list(args), capture_output=True,
                           timeout=30)
        if p.returncode != 0:
            raise Failure(f"tmux {' '.join(args)} failed: {p.stderr.decode()}")
        return p.stdout.decode("utf-8", "replace")

    def keys(self, *keys):
        """tmux key names: Enter, Escape, Tab, C-c, Down..."""
        self.tmux("send-keys", "-t", "0", *keys)

    def type(self, text):
        self.tmux("send-keys", "-t", "0", "-l", text)

    def screen(self, escapes=False):
        return self.tmux("capture-pane", "-p", "-t", "0", *(["-e"] if escapes else []))

    def wait(self, *texts, gone=None):
        """Poll until every text is on screen (and gone, if given, is not)."""
        deadline = time.monotonic() + DEADLINE
        while True:
            s = self.screen()
            if all(x in s for x in texts) and (gone is None or gone not in s):
                return s
            if time.monotonic() > deadline:
                raise Failure(f"waited {DEADLINE} s for {texts!r}"
                              f"{f' without {gone!r}' if gone else ''}; the screen:\n{s}")
            time.sleep(0.05)

    def run(self, command):
        self.type(command)
        self.keys("Enter")

    def alternate_on(self):
        return self.tmux("display-message", "-p", "-t", "0", "#{alternate_on}").strip() == "1"

    def child_pid(self):
        """The pid of the program the shell runs in the foreground."""
        shell = self.tmux("display-message", "-p", "-t", "0", "#{pane_pid}").strip()
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    with open(f"/proc/{pid}/stat") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if fields[1] == shell:
                    return int(pid)
            time.sleep(0.05)
        raise Failure("the shell started no program")

    def close(self):
        subprocess.run(["tmux", "-S", self.sock, "kill-server"], capture_output=True, timeout=30)


def gandi_line(t, *args):
    """The shell command that runs gandi with stderr kept in a file."""
    return " ".join([shlex.quote(t.gandi_exe)] + [shlex.quote(a) for a in args] +
                    ["2>" + shlex.quote(t.path("stderr.txt")) + ";", "echo", "EXIT=$?"])


def stderr_of(t):
    try:
        return t.read("stderr.txt")
    except FileNotFoundError:
        return ""


def check_clean_exit(t, tm, code=0):
    """gandi left: exit code, no sanitizer report, terminal as before."""
    s = tm.wait(f"EXIT={code}", PROMPT + "\n")
    err = stderr_of(t)
    if SAN_PATTERN.search(err):
        raise Failure(f"sanitizer report from gandi:\n{err}")
    for secret in t.secrets:
        if secret and secret in err + s:
            raise Failure("a token was printed whole")
    t.contains(s, "before-browser", "the screen from before the browser")
    t.absent(s, "? help", "the screen after leaving")
    t.eq(tm.alternate_on(), False, "alternate screen after leaving")
    tm.run("stty -a | tr ' ' '\\n' | grep -x -e -icanon -e icanon -e -echo -e echo | "
           "tr '\\n' ' '; echo; echo STTY-\"DONE\"")
    s = tm.wait("STTY-DONE\n")
    t.contains(s, "icanon echo", "terminal modes after leaving")
    return err


def records(e, zone="example.com"):
    status, _, body = e.api("GET", f"livedns/domains/{zone}/records")
    assert status == 200, body
    return body


def rrset(e, name, rtype, zone="example.com"):
    status, _, body = e.api("GET", f"livedns/domains/{zone}/records/{name}/{rtype}")
    return body if status == 200 else None


def row_of(e, name, rtype, value, zone="example.com"):
    """The row of a value in the records tab: one row per value, in the API's order."""
    row = 0
    for r in records(e, zone):
        for v in r["rrset_values"]:
            if (r["rrset_name"], r["rrset_type"], v) == (name, rtype, value):
                return row
            row += 1
    raise Failure(f"no {name} {rtype} {value} in {zone}")


def redirs(e, zone="example.com"):
    status, _, body = e.api("GET", f"domain/domains/{zone}/webredirs")
    assert status == 200, body
    return {w["host"]: w for w in body}


def writes(e, since=0):
    return [q for q in e.requests()[since:] if q["method"] != "GET"]


def start(t, e, token="all", extra=None, args=()):
    tm = Tmux(t, e, token, extra)
    tm.run("echo before-browser")
    tm.wait("before-browser\n" + PROMPT)
    tm.run(gandi_line(t, *args))
    return tm


def test_session_filter_edit_redirect_quit(t):
    e = t.emu()
    tm = start(t, e)
    try:
        # open: the domain list after one request
        tm.wait("3 domains", "example.com", "example.net", "example.org", "? help")
        t.eq(tm.alternate_on(), True, "alternate screen while browsing")
        reqs = [q for q in e.requests() if not q["path"].endswith("/tokeninfo")]
        t.eq([(q["method"], q["path"]) for q in reqs], [("GET", "/v5/domain/domains")],
             "requests before the first screen")
        t.eq(reqs[0]["query"], "sort_by=fqdn&per_page=100&page=1", "the list's query")

        # filter with '/': as you type, nothing asked of Gandi
        mark = e.mark()
        tm.keys("/")
        tm.type("example.n")
        s = tm.wait("1 match 'example.n'", "/example.n")
        t.absent(s, "example.com ", "filtered list")
        tm.keys("Escape")
        tm.wait("example.com", "example.org", gone="match")
        tm.keys("/")
        tm.type("ple.com")
        tm.wait("1 match 'ple.com'")
        tm.keys("Enter")
        t.eq(e.requests_since(mark), [], "requests while filtering")

        # enter the domain: its records load on the first visit
        tm.keys("Enter")
        tm.wait("[1 Records]", "192.0.2.20", "v=DMARC1; p=none", "e edit value+TTL")
        t.eq([q["path"] for q in e.requests_since(mark)],
             ["/v5/livedns/domains/example.com/records"], "requests on entering")

        # validation before any request: a bad address stays in the prompt
        for _ in range(row_of(e, "api", "A", "192.0.2.21")):
            tm.keys("j")
        tm.keys("e")
        tm.wait("api A value: 192.0.2.21")
        tm.keys("C-u")
        tm.type("192.0.2.300")
        tm.keys("Enter")
        tm.wait("invalid A address '192.0.2.300': expected an IPv4 address")
        t.eq(writes(e, mark), [], "requests after a refused value")

        # edit a record's value and TTL: one PUT with both values and the TTL
        tm.keys("C-u")
        tm.type("192.0.2.99")
        tm.keys("Enter")
        tm.wait("TTL: 300")
        tm.keys("C-u")
        tm.type("600")
        tm.keys("Enter")
        tm.wait("set A api in example.com: 192.0.2.20, 192.0.2.99 (TTL 600)")
        got = rrset(e, "api", "A")
        t.eq((sorted(got["rrset_values"]), got["rrset_ttl"]), (["192.0.2.20", "192.0.2.99"], 600),
             "the RRset after editing")
        put = writes(e, mark)[-1]
        t.eq((put["method"], put["path"]), ("PUT", "/v5/livedns/domains/example.com/records/api/A"),
             "the edit's request")
        t.eq(json.loads(put["body"]), {"rrset_values": ["192.0.2.20", "192.0.2.99"],
                                       "rrset_ttl": 600}, "the edit's body")

        # a value alone: the TTL is sent as it is, never reset
        tm.wait("192.0.2.99")
        tm.keys("k")
        tm.keys("e")
        tm.wait("api A value: 192.0.2.20")
        tm.keys("C-u")
        tm.type("192.0.2.19")
        tm.keys("Enter")
        tm.wait("TTL: 600")
        tm.keys("Enter")
        tm.wait("set A api in example.com: 192.0.2.19, 192.0.2.99 (TTL 600)")
        got = rrset(e, "api", "A")
        t.eq((sorted(got["rrset_values"]), got["rrset_ttl"]), (["192.0.2.19", "192.0.2.99"], 600),
             "the RRset after editing a value only")
        t.eq(json.loads(writes(e, mark)[-1]["body"])["rrset_ttl"], 600, "TTL sent with the values")

        # redirections: Tab, then add one
        tm.keys("Tab")
        tm.wait("[2 Redirections]", "blog.example.com", "https://example.com/blog/")
        tm.keys("a")
        tm.wait("source (@, a label or a full host):")
        tm.type("shop")
        tm.keys("Enter")
        tm.wait("redirect to URL: https://")
        tm.type("shop.example.org/")
        tm.keys("Enter")
        tm.wait("type (http301, http302 or cloak): http301")
        tm.keys("Enter")
        tm.wait("protocol (http, https or httpsonly): https")
        tm.keys("Enter")
        tm.wait("added shop.example.com -> https://shop.example.org/ (http301, https)")
        w = redirs(e).get("shop.example.com")
        t.eq((w or {}).get("url"), "https://shop.example.org/", "the new redirection")
        post = writes(e, mark)[-1]
        t.eq(json.loads(post["body"]), {"host": "shop.example.com", "url":
                                        "https://shop.example.org/", "type": "http301",
                                        "protocol": "https", "override": False}, "POST body")

        # cancel a deletion: nothing is sent
        n = len(writes(e))
        tm.keys("d")
        tm.wait("Delete the redirection shop.example.com -> https://shop.example.org/? [y/N]")
        tm.keys("n")
        tm.wait("cancelled: nothing was changed")
        t.eq(len(writes(e)), n, "requests after a cancelled deletion")
        assert "shop.example.com" in redirs(e)

        # delete it for real
        tm.keys("d")
        tm.wait("Delete the redirection shop.example.com")
        tm.keys("y")
        tm.wait("deleted shop.example.com -> https://shop.example.org/")
        t.eq(sorted(redirs(e)), ["blog.example.com"], "redirections after deleting")
        t.eq(writes(e)[-1]["method"], "DELETE", "the deletion's request")

        # quit: back to the list, then out
        tm.keys("q")
        tm.wait("3 domains", "Enter open")
        tm.keys("q")
        err = check_clean_exit(t, tm)
        t.eq(err, "", "stderr")
        R = "/v5/livedns/domains/example.com/records/api/A"
        W = "/v5/domain/domains/example.com/webredirs"
        t.eq([(q["method"], q["path"], q["body"]) for q in writes(e)], [
            ("PUT", R, '{"rrset_values":["192.0.2.20","192.0.2.99"],"rrset_ttl":600}'),
            ("PUT", R, '{"rrset_values":["192.0.2.19","192.0.2.99"],"rrset_ttl":600}'),
            ("POST", W, '{"host":"shop.example.com","url":"https://shop.example.org/",'
                        '"type":"http301","protocol":"https","override":false}'),
            ("DELETE", W + "/shop.example.com", "")], "every write of the session, in order")
    finally:
        tm.close()


def test_records_add_remove_delete_and_autorenew(t):
    e = t.emu()
    tm = start(t, e)
    try:
        tm.wait("example.com", "? help")
        tm.keys("Enter")
        tm.wait("[1 Records]", "192.0.2.20")
        mark = e.mark()

        # add a value to a new RRset: name, type, value, TTL (300 by default, as dns add); a
        # prompt's default is replaced by the first character typed (no "@new", "Atxt")
        tm.keys("a")
        tm.wait("name (@ for the domain itself): @")
        tm.type("new")
        tm.wait("name (@ for the domain itself): new")
        tm.keys("Enter")
        tm.wait("type: A")
        tm.type("txt")
        tm.wait("type: txt")
        tm.keys("Enter")
        tm.wait("value:")
        tm.type("ello wrx")  # then edited: Home, Left/Right, Backspace, Delete
        tm.keys("BSpace", "Left")
        tm.type("o")
        tm.keys("End")
        tm.type("ld")
        tm.keys("Home")
        tm.type("hX")
        tm.keys("Left", "DC")
        tm.wait("value: hello world")
        tm.keys("Enter")
        tm.wait("TTL: 300")
        tm.keys("Enter")
        tm.wait("add TXT new in example.com: hello world (TTL 300)")
        t.eq(rrset(e, "new", "TXT")["rrset_values"], ['"hello world"'], "TXT stored quoted")

        # a second value is added with PATCH, keeping the first
        tm.keys("a")
        tm.wait("name (@ for the domain itself): new")
        tm.keys("Enter")
        tm.wait("type: TXT")
        tm.keys("Enter")
        tm.wait("value:")
        tm.type("second")
        tm.keys("Enter")
        tm.wait("TTL: 300")
        tm.keys("Enter")
        tm.wait("add TXT new in example.com: second")
        t.eq(sorted(rrset(e, "new", "TXT")["rrset_values"]), ['"hello world"', '"second"'],
             "both values")
        t.eq(writes(e, mark)[-1]["method"], "PATCH", "adding to an RRset")

        # remove one value (asks first)
        tm.keys("d")
        tm.wait("Remove second from the TXT record new in example.com? [y/N]")
        tm.keys("y")
        tm.wait("remove TXT new in example.com: second")
        t.eq(rrset(e, "new", "TXT")["rrset_values"], ['"hello world"'], "after removing")

        # delete the whole RRset (D), cancelled once, then confirmed
        tm.wait("hello world")
        tm.keys("g")
        for _ in range(row_of(e, "new", "TXT", '"hello world"')):
            tm.keys("j")
        tm.keys("D")
        tm.wait("Delete the TXT record new in example.com (hello world, TTL 300)? [y/N]")
        tm.keys("Escape")
        tm.wait("cancelled: nothing was changed")
        assert rrset(e, "new", "TXT") is not None
        tm.keys("D")
        tm.wait("Delete the TXT record new in example.com")
        tm.keys("y")
        tm.wait("delete TXT new in example.com: hello world (TTL 300)")
        t.eq(rrset(e, "new", "TXT"), None, "after deleting the RRset")

        # a warning of the checks shows in the status line (and on stderr after leaving)
        tm.keys("a")
        tm.wait("name (@ for the domain itself):")
        tm.keys("C-u")
        tm.type("alias")
        tm.keys("Enter")
        tm.wait("type:")
        tm.keys("C-u")
        tm.type("CNAME")
        tm.keys("Enter")
        tm.wait("value:")
        tm.type("target.example.org")
        tm.keys("Enter")
        tm.wait("TTL: 300")
        tm.keys("Enter")
        # sent as LiveDNS reads it: relative to the zone, written in full
        tm.wait("add CNAME alias in example.com: target.example.org.example.com. (TTL 300) "
                "(warning: CNAME target 'target.example.org'")
        t.eq(rrset(e, "alias", "CNAME")["rrset_values"], ["target.example.org.example.com."],
             "CNAME stored")

        # registration: details on the first visit (the transfer lock and DNSSEC too),
        # autorenew toggled after asking
        tm.keys("3")
        screen = tm.wait("[3 Registration]", "autorenew", "on (1 year)", "ns-")
        assert re.search(r"transfer lock\s+on", screen), screen
        assert re.search(r"DNSSEC\s+on \(active\)", screen), screen
        tm.keys("e")
        tm.wait("Turn autorenew off for example.com? [y/N]")
        tm.keys("y")
        tm.wait("autorenew off for example.com", "off   e turns it on")
        status, _, d = e.api("GET", "domain/domains/example.com")
        t.eq(d["autorenew"]["enabled"], False, "autorenew after the toggle")
        patch = writes(e, mark)[-1]
        t.eq((patch["path"], json.loads(patch["body"])),
             ("/v5/domain/domains/example.com/autorenew", {"enabled": False}), "autorenew request")

        # tabs are cached: going back to a visited tab asks nothing
        n = len(e.requests())
        tm.keys("1")
        tm.wait("[1 Records]", "192.0.2.20")
        tm.keys("q")
        tm.wait("3 domains")
        s = tm.wait("example.com")
        t.eq(len(e.requests()), n, "requests when coming back")
        assert re.search(r"example\.com\s+\S+\s+off", s), s
        tm.keys("q")
        err = check_clean_exit(t, tm)
        t.eq(err, "warning: CNAME target 'target.example.org' has no final dot: DNS reads it "
             "as relative to the zone, 'target.example.org.example.com.'; write "
             "'target.example.org.' if you mean that host\n",
             "stderr after leaving")
        R = "/v5/livedns/domains/example.com/records/"
        t.eq([(q["method"], q["path"], q["body"]) for q in writes(e)], [
            ("POST", R + "new/TXT", '{"rrset_values":["\\"hello world\\""],"rrset_ttl":300}'),
            ("PATCH", R + "new/TXT", '{"add_rrset_values":["\\"second\\""]}'),
            ("PATCH", R + "new/TXT", '{"remove_rrset_values":["\\"second\\""]}'),
            ("DELETE", R + "new/TXT", ""),
            ("POST", R + "alias/CNAME",
             '{"rrset_values":["target.example.org.example.com."],"rrset_ttl":300}'),
            ("PATCH", "/v5/domain/domains/example.com/autorenew", '{"enabled":false}')],
             "every write of the session, in order")
    finally:
        tm.close()


def test_records_refusals_and_equal_values(t):
    """The browser's edits go through the value module and the refusals of the commands
    (issue 15): an empty name is not the apex, the SOA is LiveDNS's, the apex NS asks
    first, and a value equal by meaning to the stored one sends nothing."""
    e = t.emu()
    tm = start(t, e)
    try:
        tm.wait("example.com", "? help")
        tm.keys("Enter")
        tm.wait("[1 Records]", "192.0.2.20")
        mark = e.mark()
        tm.keys("a")
        tm.wait("name (@ for the domain itself): @")
        tm.keys("C-u", "Enter")
        tm.wait("empty record name: it does not mean the apex")
        tm.type("@")
        tm.keys("Enter")
        tm.wait("type: A")
        tm.keys("C-u")
        tm.type("SOA")
        tm.keys("Enter")
        tm.wait("the SOA of example.com is LiveDNS's: gandi does not write it")
        tm.keys("C-u")
        tm.type("NS")
        tm.keys("Enter")
        tm.wait("value:")
        tm.type("ns9.example.net.")
        tm.keys("Enter")
        tm.wait("TTL: 300")
        tm.keys("Enter")
        tm.wait("Add ns9.example.net. to the apex NS of example.com? [y/N]")
        tm.keys("n")
        tm.wait("cancelled: nothing was changed")
        # the AAAA row (second): the same address written out in full is the same value
        tm.keys("Down", "e")
        tm.wait("@ AAAA value: 2001:db8::10")
        tm.keys("C-u")
        tm.type("2001:db8:0:0:0:0:0:10")
        tm.keys("Enter")
        tm.wait("TTL: 1800")
        tm.keys("Enter")
        tm.wait("unchanged: nothing was sent")
        t.eq(writes(e, mark), [], "writes")
        tm.keys("q")
        tm.wait("3 domains")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()


def test_api_errors_stay_in_the_status_line(t):
    e = t.emu()
    tm = start(t, e, token="view")  # domain:view only: the records are refused
    try:
        tm.wait("example.com", "? help")
        tm.keys("Enter")
        tm.wait("permission denied (HTTP 403): the token lacks domain:tech")
        tm.keys("3")
        tm.wait("[3 Registration]", "autorenew")
        tm.keys("e")
        tm.wait("Turn autorenew off for example.com? [y/N]")
        tm.keys("y")
        tm.wait("permission denied (HTTP 403): the token lacks domain:renew")
        status, _, d = e.api("GET", "domain/domains/example.com")
        t.eq(d["autorenew"]["enabled"], True, "autorenew unchanged")
        tm.keys("q")
        tm.wait("3 domains")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()
    # a refusal of the request itself (a DNS record in the way of a redirection)
    tm = start(t, e)
    try:
        tm.wait("example.com", "? help")
        tm.keys("Enter")
        tm.wait("[1 Records]")
        tm.keys("2")
        tm.wait("[2 Redirections]", "blog.example.com")
        tm.keys("a")
        tm.wait("source (@, a label or a full host):")
        tm.type("@")
        tm.keys("Enter")
        tm.wait("redirect to URL: https://")
        tm.type("www.example.org/")
        tm.keys("Enter")
        tm.wait("type (http301")
        tm.keys("Enter")
        tm.wait("protocol (http")
        tm.keys("Enter")
        s = tm.wait("Gandi refused", "[2 Redirections]")
        t.contains(s, "override", "the status line")
        t.eq(sorted(redirs(e)), ["blog.example.com"], "redirections")
        tm.keys("q")
        tm.wait("3 domains")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()


def test_an_rrset_changed_meanwhile_is_not_overwritten(t):
    e = t.emu()
    tm = start(t, e)
    try:
        tm.wait("example.com", "? help")
        tm.keys("Enter")
        tm.wait("[1 Records]", "192.0.2.21")
        # another writer changes the RRset after the browser read it
        status, _, _ = e.api("PUT", "livedns/domains/example.com/records/api/A",
                             {"rrset_values": ["192.0.2.20", "192.0.2.77"], "rrset_ttl": 300})
        assert status in (200, 201), status
        for _ in range(row_of(e, "api", "A", "192.0.2.20")):
            tm.keys("j")
        tm.keys("e")
        tm.wait("api A value: 192.0.2.20")
        tm.keys("C-u")
        tm.type("192.0.2.99")
        tm.keys("Enter")
        tm.wait("TTL: 300")
        tm.keys("Enter")
        tm.wait("the A record api in example.com changed meanwhile: nothing was sent (reloaded, "
                "try again)", "192.0.2.77")
        t.eq(sorted(rrset(e, "api", "A")["rrset_values"]), ["192.0.2.20", "192.0.2.77"],
             "the other writer's values")
        t.eq([q for q in writes(e) if q["method"] == "PUT"][-1]["body"],
             json.dumps({"rrset_values": ["192.0.2.20", "192.0.2.77"], "rrset_ttl": 300}),
             "the last PUT (the other writer's)")
        tm.keys("?")
        tm.wait("gandi browse: keys", "Press any key to go back.")
        tm.keys("x")
        tm.wait("[1 Records]", "192.0.2.77", gone="Press any key")
        tm.keys("q")
        tm.wait("3 domains")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()


def test_ctrl_c_and_sigterm_restore_the_terminal(t):
    e = t.emu()
    tm = start(t, e)
    try:
        tm.wait("example.com", "? help")
        tm.keys("C-c")
        # the program dies of SIGINT, as interrupted programs should: the shell
        # drops the rest of the line, so the status is asked for separately
        tm.wait(PROMPT + "\n", gone="? help")
        tm.run("echo EXIT=$?")
        check_clean_exit(t, tm, 130)

        tm.run(gandi_line(t, "browse"))
        tm.wait("example.com", "? help")
        os.kill(tm.child_pid(), signal.SIGTERM)
        tm.wait(PROMPT, gone="? help")
        tm.run("echo EXIT=$?")
        check_clean_exit(t, tm, 143)

        # a crash (abort) gives the terminal back too, then dies of its signal
        tm.run(gandi_line(t, "browse"))
        tm.wait("example.com", "? help")
        os.kill(tm.child_pid(), signal.SIGABRT)
        tm.wait(PROMPT, gone="? help")
        tm.run("echo EXIT=$?")
        check_clean_exit(t, tm, 134)
    finally:
        tm.close()


def test_resize_redraws_and_no_color(t):
    e = t.emu()
    tm = start(t, e, extra={"NO_COLOR": "1"})
    try:
        tm.wait("example.com", "NAMESERVERS", "? help")
        s = tm.screen(escapes=True)
        assert not re.search(r"\x1b\[[0-9;]*(3[0-7]|4[0-7]|38;|48;)", s), repr(s)
        tm.tmux("resize-window", "-t", "0", "-x", "70", "-y", "20")
        s = tm.wait("example.com", "AUTORENEW", "? help")
        lines = s.splitlines()
        assert all(len(line) <= 70 for line in lines), s
        t.contains(lines[-1], "q quit", "footer after resizing")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()
    for args, colour in ((("--no-color",), False), ((), True)):
        tm2 = start(t, e, args=args)
        try:
            tm2.wait("example.com", "? help")
            s = tm2.screen(escapes=True)
            found = re.search(r"\x1b\[[0-9;]*(3[0-7]|4[0-7]|38;|48;)", s) is not None
            t.eq(found, colour, f"colour with {args}: {s!r}")
            tm2.keys("q")
            check_clean_exit(t, tm2)
        finally:
            tm2.close()


def test_missing_token_prints_guidance_before_the_screen(t):
    # (on a pseudo-terminal: tests/golden/browse/missing-or-rejected-token-...)
    e = t.emu()
    tm = start(t, e, token=None)
    try:
        s = tm.wait("EXIT=3")
        t.absent(s, "? help", "the screen")
        t.contains(stderr_of(t), "'gandi browse' needs a Gandi Personal Access Token")
    finally:
        tm.close()


def test_big_account_first_screen_then_scrolling(t):
    seed = t.path("big.json")
    with open(seed, "w") as f:
        subprocess.run([os.path.join(t.build, "gandi-emu"), "--generate-seed",
                        "domains=1200,records=0"], stdout=f, check=True, timeout=60)
    # slow answers, so that the first page is seen while the others load
    e = t.emu("--seed", seed, "--rate-limit", "0", "--latency", "700")
    tm = start(t, e)
    try:
        tm.wait("100 domains of 1203, loading...", "bench-000001.example")
        tm.wait("1203 domains", "bench-000001.example", gone="loading")
        pages = [q for q in e.requests() if q["path"] == "/v5/domain/domains"]
        t.eq(sorted(int(re.search(r"[?&]page=(\d+)", "?" + q["query"]).group(1)) for q in pages),
             list(range(1, 14)), "every page of the list, once")
        mark = e.mark()
        tm.keys("G")
        tm.wait("example.org", "example.net")
        tm.keys("g")
        tm.wait("bench-000001.example")
        for _ in range(50):
            tm.keys("NPage")
        tm.wait("example.org")
        tm.keys("/")
        tm.type("bench-0011")
        tm.wait("100 match 'bench-0011'", "bench-001100.example")
        t.eq(e.requests_since(mark), [], "requests while scrolling and filtering")
        tm.keys("Enter")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()


def failing_pages(h):
    """250 domains announced, page 3 fails; anything else (tokeninfo) is not found."""
    m = re.search(r"/domain/domains\?.*page=(\d+)", h.path)
    if not m:
        return 404, {"Content-Type": "application/json"}, b'{"message": "not found"}'
    page = int(m.group(1))
    if page == 3:
        return 500, {"Content-Type": "application/json"}, b'{"message": "boom"}'
    items = [{"fqdn": f"d{i:04}.example", "dates": {"registry_ends_at": "2030-01-01T00:00:00Z"}}
             for i in range((page - 1) * 100, min(page * 100, 250))]
    return 200, {"Content-Type": "application/json", "Total-Count": "250"}, \
        json.dumps(items).encode()


def test_incomplete_list_is_marked_not_hidden(t):
    srv = t.fake_server(failing_pages)
    tm = start(t, None, extra={"GANDI_API_URL": srv.url + "/v5", "GANDI_ID_URL": srv.url})
    try:
        s = tm.wait("the list is incomplete: Gandi answered HTTP 500: boom (r reloads)",
                    "100 domains of 250 (incomplete: r reloads)", "d0000.example")
        t.absent(s, "loading", "the title once loading stopped")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()


def refusing_writes(e):
    """A server in front of gandi-emu that forwards reads and refuses every write with 403,
    as Gandi does for a token without the permission the write needs."""
    import urllib.error
    import urllib.request

    def respond(h):
        if h.command != "GET":
            return 403, {"Content-Type": "application/json"}, \
                b'{"code":403,"message":"Access was denied to this resource.",' \
                b'"object":"HTTPForbidden","cause":"Forbidden"}'
        req = urllib.request.Request(e.url + h.path, method="GET", headers={
            k: v for k, v in h.headers.items() if k.lower() in ("authorization", "accept")})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, {k: v for k, v in r.headers.items()
                                  if k.lower() in ("content-type", "total-count")}, r.read()
        except urllib.error.HTTPError as err:
            return err.code, {"Content-Type": "application/json"}, err.read()
    return respond


def test_a_refused_record_edit_names_its_own_permission(t):
    """Each request carries the permission it needs: a record edit refused after the
    registration tab (domain:view) was shown names domain:tech, not the last tab's."""
    e = t.emu()
    srv = t.fake_server(refusing_writes(e))
    tm = start(t, None, extra={"GANDI_API_URL": srv.url + "/v5", "GANDI_ID_URL": srv.url})
    try:
        tm.wait("example.com", "? help")
        tm.keys("Enter")
        tm.wait("[1 Records]", "www")
        tm.keys("3")
        tm.wait("[3 Registration]", "autorenew")
        tm.keys("1")
        tm.wait("[1 Records]")
        tm.keys("e")
        tm.wait("value:")
        tm.keys("Enter")
        tm.wait("TTL:")
        tm.keys("C-u")
        tm.type("3600")
        tm.keys("Enter")
        s = tm.wait("permission denied (HTTP 403): the token lacks domain:tech")
        t.absent(s, "lacks domain:view", "the status line")
        t.eq([q["method"] for q in srv.requests if q["method"] != "GET"], ["PUT"],
             "the one write tried")
        tm.keys("q")
        tm.wait("3 domains")
        tm.keys("q")
        check_clean_exit(t, tm)
    finally:
        tm.close()


def test_tab_filter_and_footers_that_offer_what_works(t):
    """'/' in the records and redirections tabs shows the rows holding the text typed (an
    edit then acts on the row selected among them), Esc clears it; a domain whose DNS is
    not on LiveDNS says so in its records tab, and its footer offers no edit key."""
    e = t.emu()
    tm = start(t, e)
    try:
        tm.wait("example.com", "? help")
        tm.keys("Enter")
        tm.wait("[1 Records]", "192.0.2.20", "/ filter")
        tm.keys("/")
        tm.wait("filter:")
        tm.type("dmarc")
        tm.keys("Enter")
        s = tm.wait("1 match 'dmarc'", "v=DMARC1; p=none", gone="192.0.2.20")
        assert "Esc clear filter" in s, s
        # e edits the row shown, the filter's only one
        tm.keys("e")
        tm.wait("_dmarc TXT value: v=DMARC1; p=none")
        tm.keys("Escape")
        tm.wait("Esc clear filter", "v=DMARC1; p=none", gone="192.0.2.20")
        tm.keys("Escape")
        tm.wait("filter cleared", "192.0.2.20", "v=DMARC1; p=none")
        # the redirections tab filters too
        tm.keys("2")
        tm.wait("[2 Redirections]", "blog.example.com")
        tm.keys("/")
        tm.wait("filter:")
        tm.type("nothing-like-it")
        tm.keys("Enter")
        tm.wait("0 match 'nothing-like-it'", gone="blog.example.com")
        tm.keys("Escape", "Escape")
        tm.wait("example.org", "? help")
        # a domain not on LiveDNS: said, and nothing to add, edit or delete is offered
        tm.keys("G", "Enter")
        s = tm.wait("[1 Records]", "does not use LiveDNS")
        footer = s.strip().splitlines()[-1]
        for offer in ("a add", "e edit", "d remove"):
            assert offer not in footer, f"the footer offers {offer!r}: {footer!r}"
        assert "r refresh" in footer and "q back" in footer, footer
        # a pressed all the same says why, in the status line
        before = s.count("does not use LiveDNS")
        tm.keys("a")
        deadline = time.monotonic() + DEADLINE
        while tm.screen().count("does not use LiveDNS") == before:
            assert time.monotonic() < deadline, f"a said nothing: {tm.screen()}"
            time.sleep(0.05)
        s = tm.screen()
        assert "name:" not in s, f"a opened a prompt: {s}"
        status = s.strip().splitlines()[-2]
        t.contains(status, "does not use LiveDNS (nameservers: other)", "the status line")
        tm.keys("q", "q")
        tm.wait("EXIT=0")
    finally:
        tm.close()
