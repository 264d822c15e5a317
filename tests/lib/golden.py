"""Golden end-to-end cases, in curl's manner: tests/golden/TOPIC/NAME.t.

A case is a text file. It names the emulator it runs against, the commands
it runs, and after each command exactly what the command printed on stdout
and stderr, its exit code and the requests gandi-emu received meanwhile (from
its --log). `python3 tests/run.py --update-golden -k NAME` rewrites those
expectations from what the programs do now, so that a change of behaviour is
reviewed as a diff of the case files; make check never does.

    # dns set keeps the TTL of the RRset it replaces
    emu
    token all

    $ gandi dns set example.com A api 192.0.2.99
    | set A api in example.com: 192.0.2.99 (TTL 300)
    > GET /v5/livedns/domains/example.com/records/api/A -> 200
    > PUT /v5/livedns/domains/example.com/records/api/A -> 201
    >   content-type: application/json
    >   body: {"rrset_values":["192.0.2.99"],"rrset_ttl":300}
    > GET /tokeninfo -> 200

(a comment; gandi-emu with its built-in seed; GANDI_API_KEY is the seed's token "all";
then a step: the command, its stdout line by line, the requests gandi-emu received.)

Directives (one per line, at the start of a line):
  emu [ARGS]             start gandi-emu (stopping the one running) with ARGS added to
                         --listen 127.0.0.1:0 --log FILE --quiet
  token NAME|SECRET|none GANDI_API_KEY for the following steps: a token of the seed by
                         name, a literal secret (then registered as a secret), or none
  env NAME=VALUE | env -NAME   set or remove a variable for the following steps
  file PATH [MODE] <<EOF ... EOF   write a file (relative to the case's folder), of
                         mode MODE or 0644, making missing folders with mode 0700
  seed PATH <<EOF ... EOF        write the built-in seed to PATH with edits, one a line:
                         tokens[name=all].expires_at = "+30d"   (JSON values; += appends)
  secret VALUE           one more value that nothing may print
  keep TEXT              leave TEXT as it is (a fixed date gandi prints as an example)
  years +Nd...           write dates that are whole calendar years after the seed's date
                         +Nd as %DATE(+Nd+Yy) (renewals), after an emu line
  # ...                  a comment

Steps:
  $ [VAR=VALUE...] [tty] PROGRAM ARGS... [<<EOF | <FILE] [>FILE]
PROGRAM is gandi or gandi-emu (the build's), api (a request of the case's own to
gandi-emu: `api [-t TOKEN] METHOD PATH [BODY] [.KEY.PATH...]`, printing the status
and the JSON body, or only the values the .KEY.PATH name; its request is not listed)
or any program on PATH (sh, cat, stat...). What
gandi prints is checked for secrets (tokens of the seed, `token` literals and
`secret` values): one printed whole fails the case; programs that only inspect
files (cat, stat...) are exempt.
Words are split as by a shell (shlex). <<EOF takes stdin from the lines that
follow, up to EOF; with `tty` the program runs on a pseudo-terminal and each of
those lines is typed (with Enter) once output has gone quiet, and everything the
terminal showed is its stdout. <FILE reads stdin from FILE (in the case's folder);
>FILE writes stdout to FILE instead of checking it.

Expectations, right after the step:
  | TEXT     a line of stdout ("|" alone: an empty line)
  ! TEXT     a line of stderr
  |" JSON    a line given as a JSON string (control characters, trailing blanks)
  \\ no newline at end   the line before has no final newline
  ? N        the exit code, when not 0
  > METHOD PATH[?QUERY] -> STATUS [(fault KIND)]   a request, in the order received
  >   NAME: VALUE   a header, when it differs from the defaults below
  >   body: TEXT    its body (body" JSON when it is not one printable line)
  > { ... > }   requests that may arrive in any order (gandi sends them together)
A step without `>` lines asserts that gandi-emu received nothing. Headers are
compared except host, user-agent, accept-encoding and content-length; the
defaults, not written, are `accept: application/json` and the authorization the
step's token gives by the one scheme rule (gandi_test.auth_header). Requests are
in the order gandi-emu logged them, except that consecutive GETs (no write between
them) form an any-order group, since gandi reads pages in parallel.

Substitutions, in directives and steps, and the placeholders the normaliser
puts in what is compared (the same names):
  %TMP %HOME %BUILD %ROOT   the case's folder, its HOME, the build, the source tree
  %EMU                      gandi-emu's base URL (http://127.0.0.1:PORT); %PORT its port
  %DNS, %DNSPORT            with emu --dns 127.0.0.1:0: its DNS address (127.0.0.1:PORT)
                            and port
  %GANDI                    the gandi binary (for sh -c)
  %TOKEN(NAME)              a seed token's secret (gandi printing one fails the case;
                            cat and the like may show one the case wrote)
  %UUID(N)                  the Nth id that is not in the seed (snapshot ids...)
  %DATE(+Nd)                a date N days from the day the first emulator started
  %DATE(+Nd+Yy)             Y calendar years after the seed's date N days from then
                            (with the directive years +Nd)
  HH:MM:SS (.mmm)           the time of day that follows a date
  %MS ms, %HTTPDATE, %ETAG  durations in milliseconds, HTTP dates and ETags (-vv traces);
                            "NAME_ms": %MS for a JSON duration
  retrying in %WAIT s       the random wait before a retry (-v traces)
  %SECONDS(Nd)              "expires_in": a number of seconds within 10 minutes of N days
  %EPOCH(+Nd)               seconds since 1970 (a SOA serial) N days from the start
"""
import datetime
import difflib
import json
import os
import re
import shlex
import time

import gandi_test
from gandi_test import ROOT, SEED, SEED_PATH, TOKENS, Failure

CASES = os.path.join(ROOT, "tests", "golden")
SKIP_HEADERS = {"host", "user-agent", "accept-encoding", "content-length"}
DEFAULT_ACCEPT = "application/json"
DIRECTIVES = ("emu", "token", "env", "file", "seed", "secret", "years", "keep")
EXPECT = re.compile(r'^(?:[|!](?:"? .*)?|\\ no newline at end|\? -?\d+|> .*)$')


def collect(pattern):
    """(path, test id) of every case whose id contains pattern."""
    out = []
    for folder, _, names in os.walk(CASES):
        for name in names:
            if name.endswith(".t"):
                path = os.path.join(folder, name)
                tid = "golden/" + os.path.relpath(path, CASES)[:-2]
                if not pattern or pattern in tid:
                    out.append((path, tid))
    return sorted(out, key=lambda x: x[1])


# -- parsing ----------------------------------------------------------------------------

class Step:
    def __init__(self, line, lineno):
        self.line = line           # the "$ ..." line as written
        self.lineno = lineno
        self.heredoc = []          # raw lines after it, the terminator included
        self.stdin_lines = None
        self.expect = []           # expectation lines as written


def parse(path):
    """The file as a list of items: ("text", line) kept as is, ("block", directive
    lines with their heredoc), or ("step", Step)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    items = []
    i = 0
    last_step = None
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        i += 1
        if line.startswith("$ "):
            step = Step(line, lineno)
            m = re.search(r"\s<<(\w+)(\s|$)", line)
            if m:
                end = m.group(1)
                body = []
                while i < len(lines) and lines[i] != end:
                    body.append(lines[i])
                    i += 1
                if i == len(lines):
                    raise Failure(f"{path}:{lineno}: no {end} closing the step's input")
                step.heredoc = body + [lines[i]]
                step.stdin_lines = body
                i += 1
            items.append(("step", step))
            last_step = step
            continue
        if EXPECT.match(line):
            if last_step is None:
                raise Failure(f"{path}:{lineno}: an expectation before any step: {line!r}")
            last_step.expect.append(line)
            continue
        if line.strip() == "" or line.startswith("#"):
            items.append(("text", line))
            last_step = None
            continue
        word = line.split(None, 1)[0]
        if word not in DIRECTIVES:
            raise Failure(f"{path}:{lineno}: not a directive, step or expectation: {line!r}")
        block = [line]
        m = re.search(r"\s<<(\w+)$", line)
        if m:
            while i < len(lines) and lines[i] != m.group(1):
                block.append(lines[i])
                i += 1
            if i == len(lines):
                raise Failure(f"{path}:{lineno}: no {m.group(1)} closing {word}")
            block.append(lines[i])
            i += 1
        items.append(("block", block, lineno))
        last_step = None
    return items


# -- the one auth rule and request rendering ---------------------------------------------

def token_secret(name):
    return TOKENS.get(name, name)


def default_auth(token):
    """The authorization gandi-emu logs for a step's token (scheme, last 4)."""
    if token is None:
        return None
    scheme, secret = gandi_test.auth_header(token).split(" ", 1)
    return f"{scheme} ...{secret[-4:]}" if len(secret) >= 8 else f"{scheme} ..."


def _line(prefix, text):
    """One expectation line: raw when printable, else as a JSON string."""
    if text == "":
        return prefix
    if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text) or text != text.rstrip():
        return f'{prefix}" ' + json.dumps(text, ensure_ascii=False)
    return f"{prefix} {text}"


def render_stream(prefix, text):
    if text == "":
        return []
    out = []
    parts = text.split("\n")
    last = parts.pop()
    out += [_line(prefix, p) for p in parts]
    if last != "":
        out.append(_line(prefix, last))
        out.append("\\ no newline at end")
    return out


def render_request(q, token, norm):
    target = q["path"] + ("?" + q["query"] if q.get("query") else "")
    head = f"> {q['method']} {norm(target)} -> {q['status']}"
    if q.get("fault"):
        head += f" (fault {q['fault']})"
    lines = [head]
    headers = dict(q.get("headers", {}))
    want_auth = default_auth(token)
    auth = headers.pop("authorization", None)
    if auth != want_auth:
        lines.append(f">   authorization: {auth if auth is not None else '(none)'}")
    accept = headers.pop("accept", None)
    if accept != DEFAULT_ACCEPT:
        lines.append(f">   accept: {accept if accept is not None else '(none)'}")
    for k in sorted(headers):
        if k not in SKIP_HEADERS:
            lines.append(f">   {k}: {norm(headers[k])}")
    body = q.get("body", "")
    if body:
        body = norm(body)
        if "\n" in body or re.search(r"[\x00-\x1f\x7f]", body) or body != body.strip():
            lines.append('>   body" ' + json.dumps(body, ensure_ascii=False))
        else:
            lines.append(">   body: " + body)
    return "\n".join(lines)


def parse_requests(lines):
    """Expected request lines -> slots: a rendered request (str) or a group (list)."""
    slots, cur, group = [], None, None
    for line in lines:
        if line == "> {":
            group = []
            continue
        if line == "> }":
            if cur is not None:
                group.append(cur)
                cur = None
            slots.append(sorted(group or []))
            group = None
            continue
        if line.startswith(">   "):
            cur = (cur or "") + "\n" + line
            continue
        if cur is not None:
            (group if group is not None else slots).append(cur)
        cur = line
    if cur is not None:
        (group if group is not None else slots).append(cur)
    return slots


def match_slots(slots, rendered):
    """True when the rendered requests fill the slots (groups in any order)."""
    i = 0
    for s in slots:
        if isinstance(s, list):
            if sorted(rendered[i:i + len(s)]) != s:
                return False
            i += len(s)
        else:
            if i >= len(rendered) or rendered[i] != s:
                return False
            i += 1
    return i == len(rendered)


def layout(rendered, methods, old_slots):
    """Slots for rendered requests: groups of the old expectation kept where the same
    requests arrive together; consecutive GETs grouped."""
    grouped = [None] * len(rendered)
    n = 0
    for s in old_slots:
        if not isinstance(s, list) or len(s) < 2:
            continue
        for start in range(len(rendered) - len(s) + 1):
            window = range(start, start + len(s))
            if all(grouped[k] is None for k in window) and \
                    sorted(rendered[k] for k in window) == s:
                for k in window:
                    grouped[k] = n
                n += 1
                break
    i = 0
    while i < len(rendered):
        j = i
        while j < len(rendered) and methods[j] == "GET" and grouped[j] is None:
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                grouped[k] = n
            n += 1
        i = max(j, i + 1)
    slots, k = [], 0
    while k < len(rendered):
        g = grouped[k]
        if g is None:
            slots.append(rendered[k])
            k += 1
            continue
        members = []
        while k < len(rendered) and grouped[k] == g:
            members.append(rendered[k])
            k += 1
        slots.append(sorted(members))
    return slots


def render_slots(slots):
    out = []
    for s in slots:
        if isinstance(s, list):
            out.append("> {")
            for r in s:
                out += r.split("\n")
            out.append("> }")
        else:
            out += s.split("\n")
    return out


# -- the normaliser ---------------------------------------------------------------------

UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
DATE = re.compile(r"(?<![\d-])(\d{4})-(\d\d)-(\d\d)(?:([T ])(\d\d):(\d\d)(:\d\d)?(\.\d+)?)?"
                  r"(?![\d])")
HTTPDATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} "
                      r"\d\d:\d\d:\d\d GMT")
EPOCH = re.compile(r"(?<![\d.])1\d{9}(?![\d.])")
MS = re.compile(r"\b\d+ (ms|milliseconds)\b")
WAIT = re.compile(r"\bretrying in \d+\.\d s\b")
ETAG = re.compile(r'(?im)^(.*\bETag: )(W/)?"[^"]*"')
EXPIRES_IN = re.compile(r'("expires_in"): (\d+)')
JSON_MS = re.compile(r'("\w+_ms"): -?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?')
DATE_WINDOW = 5000  # days either side of the start that count as volatile


def add_years(d, n):
    """d plus n calendar years, as timegm() normalises 29 February."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28) + datetime.timedelta(days=1)


def seed_offsets(text):
    """The day offsets a seed's relative dates use ("+400d", "-2w")."""
    out = set()
    for m in re.finditer(r'"([+-])(\d+)([dw])"', text):
        n = int(m.group(2)) * (7 if m.group(3) == "w" else 1)
        out.add(-n if m.group(1) == "-" else n)
    return out


class Normaliser:
    """Volatile parts of what programs print, to stable placeholders, and back."""

    def __init__(self, t):
        self.t = t
        self.paths = []          # (actual, placeholder), longest first
        self.urls = []           # emulator base URLs
        self.dns = []            # emulator DNS addresses, "127.0.0.1:PORT"
        self.uuids = {}          # actual -> n
        self.known = set(UUID.findall(open(SEED_PATH, encoding="utf-8").read())) \
            if os.path.exists(SEED_PATH) else set()
        self.start = None        # the date the first emulator started
        self.offsets = set()     # the day offsets of the seeds' dates
        self.years_after = set()  # offsets whose renewals are written +Kd+Ny
        self.keep = []           # texts left as they are (a fixed date in a message)

    def add_path(self, actual, name):
        self.paths.append((actual, name))
        self.paths.sort(key=lambda p: -len(p[0]))

    def years(self, k):
        if k not in self.offsets:
            raise Failure(f"years {k:+d}d: no date of the seed is {k:+d}d")
        self.years_after.add(k)

    def emu_started(self, url, seed_text, when, dns=None):
        self.urls.append(url)
        if dns:
            self.dns.append(dns)
        if self.start is None:
            self.start = datetime.datetime.fromtimestamp(when, datetime.timezone.utc).date()
            self.start_epoch = when
        self.offsets |= seed_offsets(seed_text)
        self.known |= set(UUID.findall(seed_text))

    def _date(self, m):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            day = datetime.date(y, mo, d)
        except ValueError:
            return m.group(0)
        n = (day - self.start).days
        if abs(n) > DATE_WINDOW:
            return m.group(0)
        label = f"{n:+d}d"
        if n not in self.offsets:
            for k in sorted(self.years_after, key=abs):
                base = self.start + datetime.timedelta(days=k)
                hit = [yy for yy in range(1, 11) if add_years(base, yy) == day]
                if hit:
                    label = f"{k:+d}d+{hit[0]}y"
                    break
        out = f"%DATE({label})"
        if m.group(4):
            out += m.group(4) + "HH:MM" + (":SS" if m.group(7) else "") + \
                ("." + "m" * (len(m.group(8)) - 1) if m.group(8) else "")
        return out

    def _epoch(self, m):
        """Seconds since 1970 (a SOA serial) a whole number of days, give or take an hour,
        from the start: %EPOCH(+Nd)."""
        n = int(m.group(0))
        days = round((n - self.start_epoch) / 86400)
        if abs(days) > DATE_WINDOW or abs(n - self.start_epoch - days * 86400) > 3600:
            return m.group(0)
        return f"%EPOCH({days:+d}d)"

    @staticmethod
    def _seconds(m):
        """A number of seconds left that is a whole number of days, give or take the
        minutes a case takes: %SECONDS(Nd)."""
        n = int(m.group(2))
        days = round(n / 86400)
        if abs(n - days * 86400) > 600:
            return m.group(0)
        return f"{m.group(1)}: %SECONDS({days}d)"

    def __call__(self, text):
        for name, secret in sorted(TOKENS.items(), key=lambda x: -len(x[1])):
            text = text.replace(secret, f"%TOKEN({name})")
        for actual, name in self.paths:
            text = text.replace(actual, name)
        for dns in self.dns:
            port = dns.rsplit(":", 1)[1]
            text = text.replace(dns, "%DNS")
            text = re.sub(r"(-p |localhost:)" + port + r"\b", r"\g<1>%DNSPORT", text)
        for url in self.urls:
            text = text.replace(url, "%EMU")
            port = url.rsplit(":", 1)[1]
            text = re.sub(r"(127\.0\.0\.1['\"]?[: ](?:port )?)" + port + r"\b",
                          r"\g<1>%PORT", text)

        def uuid(m):
            u = m.group(0)
            if u in self.known:
                return u
            n = self.uuids.setdefault(u, len(self.uuids) + 1)
            return f"%UUID({n})"
        text = UUID.sub(uuid, text)
        if self.start is not None:
            kept = {}
            for n, k in enumerate(self.keep):
                kept[f"\0{n}\0"] = k
                text = text.replace(k, f"\0{n}\0")
            text = DATE.sub(self._date, text)
            text = EPOCH.sub(self._epoch, text)
            for mark, k in kept.items():
                text = text.replace(mark, k)
        text = HTTPDATE.sub("%HTTPDATE", text)
        text = ETAG.sub(r"\1%ETAG", text)
        text = MS.sub(r"%MS \1", text)
        text = WAIT.sub("retrying in %WAIT s", text)
        text = JSON_MS.sub(r"\1: %MS", text)
        text = EXPIRES_IN.sub(self._seconds, text)
        return text

    def substitute(self, text):
        """Placeholders in a case's input to their values."""
        for actual, name in self.paths:
            text = text.replace(name, actual)
        if self.urls:
            text = text.replace("%EMU", self.urls[-1])
            text = text.replace("%PORT", self.urls[-1].rsplit(":", 1)[1])
        if self.dns:
            text = text.replace("%DNSPORT", self.dns[-1].rsplit(":", 1)[1])
            text = text.replace("%DNS", self.dns[-1])

        def tok(m):
            if m.group(1) not in TOKENS:
                raise Failure(f"%TOKEN({m.group(1)}): no such token in the seed")
            return TOKENS[m.group(1)]
        text = re.sub(r"%TOKEN\(([\w-]+)\)", tok, text)
        back = {n: u for u, n in self.uuids.items()}

        def uid(m):
            n = int(m.group(1))
            if n not in back:
                raise Failure(f"%UUID({n}) used before any step printed it")
            return back[n]
        return re.sub(r"%UUID\((\d+)\)", uid, text)


# -- running ----------------------------------------------------------------------------

def _apply_edit(doc, line):
    m = re.fullmatch(r"\s*(\S+)\s*(\+?=)\s*(.+)", line)
    if not m:
        raise Failure(f"seed edit {line!r}: want PATH = JSON or PATH += JSON")
    path, op, value = m.group(1), m.group(2), json.loads(m.group(3))
    parts = re.findall(r"[^.\[\]]+|\[[^\]]*\]", path)
    cur = doc
    for n, p in enumerate(parts):
        last = n == len(parts) - 1
        if p.startswith("["):
            sel = p[1:-1]
            if "=" in sel:
                k, v = sel.split("=", 1)
                found = [x for x in cur if isinstance(x, dict) and str(x.get(k)) == v]
                if len(found) != 1:
                    raise Failure(f"seed edit {line!r}: {p} matches {len(found)} items")
                key, holder = cur.index(found[0]), cur
            else:
                key, holder = int(sel), cur
        else:
            key, holder = p, cur
        if last:
            if op == "+=":
                holder[key].append(value)
            else:
                holder[key] = value
        else:
            cur = holder[key]


class Run:
    """One case being run (or updated) with a gandi_test.T."""

    def __init__(self, t, path):
        self.t = t
        self.path = path
        self.norm = Normaliser(t)
        self.norm.add_path(t.home, "%HOME")
        self.norm.add_path(t.tmp, "%TMP")
        self.norm.add_path(t.gandi_exe, "%GANDI")
        self.norm.add_path(t.build, "%BUILD")
        self.norm.add_path(ROOT, "%ROOT")
        self.emu = None
        self.token = None
        self.env = {}

    def where(self, lineno):
        return f"{os.path.relpath(self.path, ROOT)}:{lineno}"

    # directives
    def directive(self, block, lineno):
        line = block[0]
        word, _, rest = line.partition(" ")
        rest = self.norm.substitute(rest.strip())
        if word == "emu":
            if self.emu is not None:
                self.emu.stop()
            args = shlex.split(rest)
            seed_text = ""
            seed = SEED_PATH
            for k, a in enumerate(args):
                if a in ("--seed", "--state") and k + 1 < len(args):
                    if a == "--seed" or os.path.exists(args[k + 1]):
                        seed = args[k + 1]
            with open(seed, encoding="utf-8") as f:
                seed_text = f.read()
            when = time.time()
            self.emu = self.t.emu(*args)
            dns = f"{self.emu.dns_host}:{self.emu.dns_port}" if self.emu.dns_port else None
            self.norm.emu_started(self.emu.url, seed_text, when, dns)
        elif word == "token":
            if rest == "none":
                self.token = None
            else:
                rest = shlex.split(rest)[0] if rest[:1] in "'\"" else rest
                self.token = rest
                if rest not in TOKENS:
                    self.t.secret(rest)
        elif word == "env":
            if rest.startswith("-"):
                self.env[rest[1:]] = None
            else:
                k, _, v = rest.partition("=")
                self.env[k] = v
        elif word == "secret":
            self.t.secret(rest)
        elif word == "keep":
            self.norm.keep.append(rest)
        elif word == "years":
            for w in rest.split():
                m = re.fullmatch(r"([+-]\d+)d", w)
                if not m:
                    raise Failure(f"{self.where(lineno)}: want 'years +Nd...'")
                self.norm.years(int(m.group(1)))
        elif word in ("file", "seed"):
            m = re.fullmatch(r"(\S+)(?:\s+(0[0-7]+))?\s+<<\w+", rest)
            if not m:
                raise Failure(f"{self.where(lineno)}: want '{word} PATH [MODE] <<EOF'")
            body = [self.norm.substitute(x) for x in block[1:-1]]
            if word == "file":
                text = "".join(x + "\n" for x in body)
            else:
                doc = json.loads(json.dumps(SEED))
                for edit in body:
                    if edit.strip():
                        _apply_edit(doc, edit)
                text = json.dumps(doc, indent=1) + "\n"
            # modes fixed, whatever the umask: folders 0700, files 0644 unless MODE
            p = self.t.path(m.group(1))
            folder = os.path.dirname(p)
            missing = []
            while not os.path.isdir(folder):
                missing.append(folder)
                folder = os.path.dirname(folder)
            for d in reversed(missing):
                os.mkdir(d)
                os.chmod(d, 0o700)
            self.t.write(m.group(1), text)
            os.chmod(p, int(m.group(2), 8) if m.group(2) else 0o644)

    # steps
    def run_step(self, step):
        words = shlex.split(step.line[2:])
        env = dict(self.env)
        while words and re.fullmatch(r"[A-Za-z_]\w*=.*", words[0]):
            k, _, v = words.pop(0).partition("=")
            env[k] = self.norm.substitute(v)
        tty = bool(words) and words[0] == "tty"
        if tty:
            words.pop(0)
        out_file = in_file = None
        while words and re.fullmatch(r"[<>][^<>].*", words[-1]):
            w = self.norm.substitute(words.pop())
            if w[0] == ">":
                out_file = w[1:]
            else:
                in_file = w[1:]
        words = [w for w in words if not re.fullmatch(r"<<\w+", w)]
        if not words:
            raise Failure(f"{self.where(step.lineno)}: a step without a program")
        words = [self.norm.substitute(w) for w in words]
        stdin = None
        if in_file is not None:
            stdin = self.t.read(in_file)
        if step.stdin_lines is not None:
            stdin = "".join(self.norm.substitute(x) + "\n" for x in step.stdin_lines)
        prog, args = words[0], words[1:]
        mark = self.emu.mark() if self.emu else 0
        if prog == "api":
            r = self.api_step(args)
            mark = self.emu.mark()  # the case's own request is not listed
        elif prog == "gandi" and tty:
            answers = [x + "\n" for x in (step.stdin_lines or [])]
            answers = [self.norm.substitute(a) for a in answers]
            r = self.t.gandi_tty(*args, emu=self.emu, token=self.token, env=env,
                                 answers=answers)
        elif prog == "gandi":
            r = self.t.gandi(*args, emu=self.emu, token=self.token, env=env, stdin=stdin)
        else:
            # a program that inspects files (cat, stat...) may show a secret the case put
            # there; one that runs gandi (sh -c '%GANDI ...') is checked like gandi
            exe = os.path.join(self.t.build, "gandi-emu") if prog == "gandi-emu" else prog
            inspect = prog != "gandi-emu" and not any(self.t.gandi_exe in w for w in words)
            r = self.t.program(exe, *args, emu=self.emu, token=self.token, env=env,
                               stdin=stdin, allow_secret=inspect)
        reqs = self.emu.requests()[mark:] if self.emu else []
        if out_file is not None:
            self.t.write(out_file, r.out)
            r.out = ""
        return r, reqs

    def api_step(self, args):
        token = "all"
        if args[:1] == ["-t"]:
            token, args = args[1], args[2:]
        if self.emu is None:
            raise Failure("api: no emulator running")
        method, path = args[0], args[1]
        picks = [a for a in args[2:] if a.startswith(".")]
        rest = [a for a in args[2:] if not a.startswith(".")]
        body = json.loads(rest[0]) if rest else None
        status, _, data = self.emu.api(method, path, body, token=token)
        out = f"HTTP {status}\n"
        if picks and isinstance(data, (dict, list)):
            for pick in picks:
                v = data
                for k in pick[1:].split("."):
                    v = v[int(k)] if isinstance(v, list) else v.get(k) \
                        if isinstance(v, dict) else None
                out += f"{pick} = {json.dumps(v, ensure_ascii=False)}\n"
        elif isinstance(data, list):
            out += "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in data)
        elif isinstance(data, str):
            out += data + ("" if data.endswith("\n") or not data else "\n")
        elif data is not None:
            out += json.dumps(data, ensure_ascii=False) + "\n"
        return gandi_test.Result(["api"] + args, 0, out, "")

    def expectations(self, step, r, reqs):
        """(matches, lines): whether what happened is what step.expect says, and the
        expectation lines for it (the expected groups kept where they still hold)."""
        lines = render_stream("|", self.norm(r.out)) + render_stream("!", self.norm(r.err))
        if r.rc != 0:
            lines.append(f"? {r.rc}")
        rendered = [render_request(q, self.token, self.norm) for q in reqs]
        want_streams = [x for x in step.expect if not x.startswith(">")]
        old = parse_requests([x for x in step.expect if x.startswith(">")])
        same = match_slots(old, rendered)
        slots = old if same else layout(rendered, [q["method"] for q in reqs], old)
        return same and lines == want_streams, lines + render_slots(slots)

    def go(self, update):
        items = parse(self.path)
        out = []
        failures = []
        for item in items:
            if item[0] == "text":
                out.append(item[1])
            elif item[0] == "block":
                self.directive(item[1], item[2])
                out += item[1]
            else:
                step = item[1]
                r, reqs = self.run_step(step)
                same, got = self.expectations(step, r, reqs)
                if not same:
                    failures.append((step, step.expect, got))
                out.append(step.line)
                out += step.heredoc
                out += got
        if update:
            if failures:
                with open(self.path + ".tmp", "w", encoding="utf-8") as f:
                    f.write("\n".join(out) + "\n")
                os.replace(self.path + ".tmp", self.path)
            return len(failures)
        if failures:
            msgs = []
            for step, want, got in failures:
                diff = "\n".join(difflib.unified_diff(want, got, "expected", "actual",
                                                      lineterm="", n=2))
                msgs.append(f"{self.where(step.lineno)}: {step.line}\n{diff}")
            raise Failure("\n".join(msgs) +
                          "\n(python3 tests/run.py --update-golden -k "
                          f"{os.path.relpath(self.path, CASES)[:-2]} rewrites the case)")
        return 0


def run_case(t, path, update=False):
    """Run one case with t; raises Failure on a difference (or updates the file).
    Returns the number of steps rewritten in update mode."""
    return Run(t, path).go(update)

