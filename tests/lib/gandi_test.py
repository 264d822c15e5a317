"""Test harness shared by the emu and e2e suites.

A test is a function `test_NAME(t)` in tests/<suite>/test_*.py. It receives a
`T`: a private temporary folder, helpers to start gandi-emu and to run gandi,
and assertions that raise `Failure` with a readable message. Plain `assert`
works too.

Every run of gandi is checked for secrets: if the full value of any token of
the seed (or one registered with t.secret()) appears in what gandi printed,
the test fails, unless the call passes allow_secret=True.

A test that cannot run here calls t.skip(reason): it is counted as skipped,
never as passed. The golden cases of tests/golden (golden.py) run on the same
T, so they share gandi-emu's one launcher (emu_process) and the one rule for
the Authorization scheme of a token (auth_header).
"""
import concurrent.futures as cf
import importlib.util
import json
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED_PATH = os.path.join(ROOT, "emu", "seed.json")
SAN_PATTERN = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|"
                         r"SUMMARY: (AddressSanitizer|UndefinedBehaviorSanitizer)|"
                         r"==\d+== (Invalid|Conditional jump|Use of uninitialised|Syscall param|"
                         r"Mismatched free|\d+ bytes in \d+ blocks are definitely lost)")


def _load_seed():
    try:
        with open(SEED_PATH, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return {}


SEED = _load_seed()
# name -> secret, for every token of the built-in seed
TOKENS = {tok["name"]: tok["secret"] for tok in SEED.get("tokens", [])}


class Failure(Exception):
    pass


class Skip(Exception):
    """Raised by t.skip(): the test could not run here (counted as skipped, never passed)."""


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.skipped = 0
        self.lines = []  # what a suite run in the background has to say
        self.todo = []

    def add(self, other):
        self.passed += other.passed
        self.failed += other.failed
        self.skipped += getattr(other, "skipped", 0)

    def summary(self):
        """"N passed, N failed", and ", N skipped" when something was."""
        text = f"{self.passed} passed, {self.failed} failed"
        return text + (f", {self.skipped} skipped" if self.skipped else "")


def auth_header(token, kind=None):
    """The one rule for the Authorization header of a token: a token of the seed by name
    or secret gets the scheme of its kind (Apikey for the legacy key, Bearer for a PAT);
    any other secret is a PAT unless kind says "apikey"."""
    secret = TOKENS.get(token, token)
    if kind is None:
        kind = next((tok.get("kind") for tok in SEED.get("tokens", [])
                     if tok["secret"] == secret), "pat")
    return f"{'Apikey' if kind == 'apikey' else 'Bearer'} {secret}"


def emu_process(t, args, env=None, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                preexec_fn=None):
    """The one way the tests start gandi-emu: BUILD/gandi-emu with exactly args, the
    sanitizer settings of the run, env added; returns the Popen."""
    exe = os.path.join(t.build, "gandi-emu")
    full_env = dict(os.environ)
    if t.sanitized:
        san_env(full_env)
    full_env.update(env or {})
    return subprocess.Popen([exe] + [str(a) for a in args], stdout=stdout, stderr=stderr,
                            stdin=subprocess.DEVNULL, env=full_env, preexec_fn=preexec_fn)


def san_env(env):
    env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0:print_summary=1"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    env["LSAN_OPTIONS"] = "suppressions=" + os.path.join(ROOT, "tests", "lsan.supp")
    return env


class Result:
    def __init__(self, argv, rc, out, err):
        self.argv = argv
        self.rc = rc
        self.out = out
        self.err = err

    def json(self):
        try:
            return json.loads(self.out)
        except ValueError as e:
            raise Failure(f"stdout is not JSON ({e}):\n{self.describe()}")

    def err_json(self):
        """The last line of stderr as JSON (warnings come before, one per line)."""
        lines = [line for line in self.err.splitlines() if line.strip()]
        try:
            return json.loads(lines[-1] if lines else "")
        except ValueError as e:
            raise Failure(f"stderr is not JSON ({e}):\n{self.describe()}")

    def describe(self):
        return (f"$ {' '.join(self.argv)}\nexit {self.rc}\n"
                f"--- stdout\n{self.out}--- stderr\n{self.err}---")


class Emu:
    """A running gandi-emu. Stopped by the test harness at the end of a test."""

    def __init__(self, t, args, env=None):
        self.t = t
        self.started = time.time()  # relative dates of the seed count from about now
        self.seed_args = list(args)
        self.log_path = os.path.join(t.tmp, f"emu{len(t.emus)}.log.jsonl")
        self.err_path = os.path.join(t.tmp, f"emu{len(t.emus)}.stderr")
        args = ["--listen", "127.0.0.1:0", "--log", self.log_path, "--quiet"] + list(args)
        self.argv = [os.path.join(t.build, "gandi-emu")] + args
        self.errf = open(self.err_path, "wb")
        self.proc = emu_process(t, args, env, stderr=self.errf)
        self.url = self._first_line()
        # with --dns, the second line is "dns HOST:PORT" (IPv6 in brackets)
        self.dns_host = self.dns_port = None
        if "--dns" in args:
            line = self.proc.stdout.readline().decode().strip()
            if not line.startswith("dns "):
                raise Failure(f"gandi-emu --dns printed {line!r} after the URL")
            host, _, port = line[4:].rpartition(":")
            self.dns_host, self.dns_port = host.strip("[]"), int(port)
        self.api_url = self.url + "/v5"
        self.id_url = self.url
        self.stopped = False
        self.ssl_context = None  # set it to call an https:// emulator with api()

    def _first_line(self):
        ready, _, _ = select.select([self.proc.stdout], [], [], 20)
        if not ready:
            self.proc.kill()
            raise Failure(f"gandi-emu printed no URL within 20 s: {self.argv}\n{self.stderr()}")
        line = self.proc.stdout.readline().decode().strip()
        if not line.startswith("http"):
            self.proc.wait(5)
            raise Failure(f"gandi-emu did not start (first line {line!r}):\n{self.stderr()}")
        return line.rstrip("/")

    def stderr(self):
        if not self.errf.closed:
            self.errf.flush()
        with open(self.err_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def requests(self):
        """Every request the emulator logged so far, as dicts."""
        out = []
        try:
            with open(self.log_path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        out.append(json.loads(line))
        except FileNotFoundError:
            pass
        return out

    def last(self, path_part=""):
        """The last logged request whose path contains path_part, tokeninfo excluded."""
        for req in reversed(self.requests()):
            if path_part in req["path"] and not req["path"].endswith("/tokeninfo"):
                return req
        raise Failure(f"no request to {path_part!r} in the emulator's log")

    def pages(self, path, token="all"):
        """A collection as the emulator pages it (100 a page), read directly."""
        items, page = [], 1
        while True:
            sep = "&" if "?" in path else "?"
            status, _, body = self.api("GET", f"{path}{sep}per_page=100&page={page}",
                                       token=token)
            if status != 200:
                raise Failure(f"GET {path} page {page}: {status} {body}")
            items += body
            if len(body) < 100:
                return items
            page += 1

    def mark(self):
        """A position in the log; pass it to requests_since()."""
        return len(self.requests())

    def requests_since(self, mark):
        return self.requests()[mark:]

    def api(self, method, path, body=None, token="all", headers=None, raw=False):
        """Call the emulator directly (the test's own view of its state).

        Returns (status, headers, body) with body parsed as JSON when it is JSON.
        """
        url = self.url + path if path.startswith("/") else self.api_url + "/" + path
        data = None
        hdrs = {"Accept": "application/json"}
        if token:
            hdrs["Authorization"] = auth_header(token)
        if body is not None:
            if isinstance(body, (bytes, str)):
                data = body.encode() if isinstance(body, str) else body
            else:
                data = json.dumps(body).encode()
                hdrs["Content-Type"] = "application/json"
        hdrs.update(headers or {})
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=30, context=self.ssl_context) as resp:
                status, rh, text = resp.status, resp.headers, resp.read()
        except urllib.error.HTTPError as e:
            status, rh, text = e.code, e.headers, e.read()
        if raw:
            return status, rh, text
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = text.decode("utf-8", "replace")
        return status, rh, parsed

    def stop(self, expect_clean=True):
        if self.stopped:
            return
        self.stopped = True
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise Failure("gandi-emu did not stop within 15 s of SIGTERM")
        self.proc.stdout.close()
        self.errf.close()
        err = self.stderr()
        if SAN_PATTERN.search(err):
            raise Failure(f"sanitizer report from gandi-emu:\n{err}")
        if expect_clean and self.proc.returncode != 0:
            raise Failure(f"gandi-emu exited {self.proc.returncode} on SIGTERM:\n{err}")


class T:
    """What a test gets: its folder, the binaries, and helpers."""

    def __init__(self, test_id, build, sanitized):
        self.id = test_id
        self.build = os.path.abspath(build)
        self.sanitized = sanitized
        self.tmp = tempfile.mkdtemp(prefix="gandi-test-")
        self.home = os.path.join(self.tmp, "home")
        os.makedirs(self.home)
        self.emus = []
        self.fakes = []
        self.secrets = set(TOKENS.values())
        self.gandi_exe = os.path.join(self.build, "gandi")

    # -- processes -------------------------------------------------------
    def emu(self, *args, env=None):
        e = Emu(self, args, env)
        self.emus.append(e)
        return e

    def env(self, emu=None, token=None, extra=None):
        """The environment gandi runs in: isolated HOME, no GANDI_* leaking in."""
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("GANDI_", "XDG_", "NO_COLOR", "CURL_CA", "SSL_CERT"))}
        env.update({"HOME": self.home, "LC_ALL": "C.UTF-8", "TERM": "dumb"})
        env.pop("LANG", None)
        if self.sanitized:
            san_env(env)
        if emu is not None:
            env["GANDI_API_URL"] = emu.api_url
            env["GANDI_ID_URL"] = emu.id_url
        if token is not None:
            env["GANDI_API_KEY"] = TOKENS.get(token, token)
        for k, v in (extra or {}).items():
            if v is None:
                env.pop(k, None)
            else:
                env[k] = v
        return env

    def gandi(self, *args, emu=None, token=None, env=None, stdin=None, timeout=60,
              allow_secret=False, exe=None):
        """Run gandi; stdin is a str or None (then /dev/null).

        With GANDI_TEST_VALGRIND=1 in the environment, gandi runs under valgrind
        (memcheck: errors and definite leaks fail the test)."""
        argv = [exe or self.gandi_exe] + [str(a) for a in args]
        prefix = []
        if os.environ.get("GANDI_TEST_VALGRIND") == "1":
            prefix = ["valgrind", "--quiet", "--error-exitcode=97", "--leak-check=full",
                      "--errors-for-leak-kinds=definite", "--show-leak-kinds=definite"]
            timeout *= 10
        return self._run(argv, prefix, emu, token, env, stdin, timeout, allow_secret)

    def program(self, exe, *args, emu=None, token=None, env=None, stdin=None, timeout=60,
                allow_secret=False):
        """Run any program in gandi's environment (t.env) from the test's folder; its
        output is checked for secrets and sanitizer reports like gandi's."""
        argv = [exe] + [str(a) for a in args]
        return self._run(argv, [], emu, token, env, stdin, timeout, allow_secret)

    def _run(self, argv, prefix, emu, token, env, stdin, timeout, allow_secret):
        try:
            p = subprocess.run(prefix + argv, input=(stdin or "").encode(), capture_output=True,
                               env=self.env(emu, token, env), timeout=timeout, cwd=self.tmp)
        except subprocess.TimeoutExpired:
            raise Failure(f"timed out after {timeout} s: {' '.join(argv)}")
        r = Result(argv, p.returncode, p.stdout.decode("utf-8", "replace"),
                   p.stderr.decode("utf-8", "replace"))
        self._check_output(r, allow_secret)
        return r

    def skip(self, reason):
        """End the test as skipped: what it needs is not on this machine or in this tree."""
        raise Skip(reason)

    def gandi_tty(self, *args, emu=None, token=None, env=None, answers=(), timeout=30,
                  allow_secret=False):
        """Run gandi on a pseudo-terminal (stdin, stdout and stderr all on it).

        answers: strings typed one after the other, each once output has gone
        quiet after a prompt. Returns a Result whose out holds everything shown
        and whose err is empty.
        """
        argv = [self.gandi_exe] + [str(a) for a in args]
        full_env = self.env(emu, token, env)
        full_env["TERM"] = "xterm"
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(self.tmp)
            os.execve(argv[0], argv, full_env)
        out = b""
        pending = list(answers)
        deadline = time.monotonic() + timeout
        while True:
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise Failure(f"timed out on a terminal: {' '.join(argv)}\n{out.decode()}")
            r, _, _ = select.select([fd], [], [], 0.3)
            if r:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            elif pending:
                os.write(fd, pending.pop(0).encode())
        _, status = os.waitpid(pid, 0)
        os.close(fd)
        rc = os.waitstatus_to_exitcode(status)
        res = Result(argv, rc, out.decode("utf-8", "replace").replace("\r\n", "\n"), "")
        self._check_output(res, allow_secret)
        return res

    def _check_output(self, r, allow_secret):
        text = r.out + r.err
        if SAN_PATTERN.search(text):
            raise Failure(f"sanitizer report from gandi:\n{r.describe()}")
        if not allow_secret:
            for s in self.secrets:
                if s and s in text:
                    raise Failure(f"a token was printed whole:\n{r.describe()}")

    def secret(self, value):
        """Register one more secret that gandi must never print."""
        self.secrets.add(value)

    def tls_cert(self):
        """A throwaway self-signed certificate for 127.0.0.1: (cert, key) paths."""
        key, cert = self.path("tls-key.pem"), self.path("tls-cert.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                        key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True)
        return cert, key

    def fake_server(self, respond):
        """A scriptable HTTP server (tests/lib/fake_server.py), stopped at the end."""
        import fake_server
        srv = fake_server.FakeServer(respond)
        self.fakes.append(srv)
        return srv

    # -- files -----------------------------------------------------------
    def path(self, rel):
        return os.path.join(self.tmp, rel)

    def write(self, rel, content, mode=None):
        p = self.path(rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(content)
        if mode is not None:
            os.chmod(p, mode)
        return p

    def read(self, rel):
        with open(self.path(rel), encoding="utf-8") as f:
            return f.read()

    # -- assertions ------------------------------------------------------
    def eq(self, got, want, what="value"):
        if got != want:
            raise Failure(f"{what}: got {got!r}, want {want!r}")

    def contains(self, text, part, what="output"):
        if part not in text:
            raise Failure(f"{what} does not contain {part!r}:\n{text}")

    def absent(self, text, part, what="output"):
        if part in text:
            raise Failure(f"{what} contains {part!r}:\n{text}")

    def normal(self, text):
        """text with the golden cases' placeholders for what changes from run to run
        (golden.Normaliser): %TMP, %HOME, %BUILD, %EMU and %PORT for this test's
        emulators, %SERVER for its scripted servers, %DATE(...), %UUID(n)...; set
        t.norm_years = [400] for renewals as %DATE(+400d+Ny) (the directive years)."""
        import golden
        if getattr(self, "_norm", None) is None:
            self._norm = golden.Normaliser(self)
            for actual, name in ((self.home, "%HOME"), (self.tmp, "%TMP"),
                                 (self.gandi_exe, "%GANDI"), (self.build, "%BUILD"),
                                 (ROOT, "%ROOT")):
                self._norm.add_path(actual, name)
            self._norm_seen = set()
        for e in self.emus:
            if e.url not in self._norm_seen:
                self._norm_seen.add(e.url)
                seed = SEED_PATH
                if "--seed" in e.seed_args:
                    seed = e.seed_args[e.seed_args.index("--seed") + 1]
                with open(seed, encoding="utf-8") as f:
                    self._norm.emu_started(e.url, f.read(), e.started)
        for srv in self.fakes:
            if srv.url not in self._norm_seen:
                self._norm_seen.add(srv.url)
                self._norm.add_path(srv.url, "%SERVER")
        for k in getattr(self, "norm_years", ()):
            self._norm.years(k)
        return self._norm(text)

    def expect(self, r, out="", err="", rc=0):
        """r printed exactly out and err (after t.normal) and exited rc."""
        got = (r.rc, self.normal(r.out), self.normal(r.err))
        if got != (rc, out, err):
            import difflib
            diff = "\n".join(difflib.unified_diff(
                f"exit {rc}\n--- stdout\n{out}--- stderr\n{err}".splitlines(),
                f"exit {got[0]}\n--- stdout\n{got[1]}--- stderr\n{got[2]}".splitlines(),
                "expected", "actual", lineterm=""))
            raise Failure(f"$ {' '.join(r.argv)}\n{diff}")
        return r

    def rc(self, r, want):
        if r.rc != want:
            raise Failure(f"exit code {r.rc}, want {want}:\n{r.describe()}")

    def ok(self, r):
        self.rc(r, 0)
        return r

    def cleanup(self):
        errors = []
        for f in self.fakes:
            f.stop()
        for e in self.emus:
            try:
                e.stop()
            except Failure as ex:
                errors.append(str(ex))
        shutil.rmtree(self.tmp, ignore_errors=True)
        if errors:
            raise Failure("\n".join(errors))


# -- running -------------------------------------------------------------

def _collect(suite, pattern):
    if suite == "golden":
        import golden
        return [(path, None, tid) for path, tid in golden.collect(pattern)]
    folder = os.path.join(ROOT, "tests", suite)
    tests = []
    if not os.path.isdir(folder):
        return tests
    for name in sorted(os.listdir(folder)):
        if not (name.startswith("test_") and name.endswith(".py")):
            continue
        mod_id = f"{suite}/{name[:-3]}"
        src = open(os.path.join(folder, name), encoding="utf-8").read()
        for m in re.finditer(r"^def (test_\w+)\(", src, re.M):
            tid = f"{mod_id}::{m.group(1)}"
            if pattern and pattern not in tid:
                continue
            tests.append((os.path.join(folder, name), m.group(1), tid))
    return tests


_modules = {}


def _run_one(path, func, tid, build, sanitized, update=False):
    """Run one test function (func) or golden case (func None). Returns (tid, message
    or None, seconds, skip reason or None, steps rewritten by update)."""
    started = time.monotonic()
    t = T(tid, build, sanitized)
    msg = None
    skipped = None
    rewritten = 0
    try:
        if func is None:
            import golden
            rewritten = golden.run_case(t, path, update)
        else:
            mod = _modules.get(path)
            if mod is None:
                spec = importlib.util.spec_from_file_location(
                    "t_" + os.path.basename(path)[:-3], path)
                mod = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(mod)
                _modules[path] = mod
            getattr(mod, func)(t)
    except Skip as e:
        skipped = str(e) or "skipped"
    except Failure as e:
        msg = str(e)
    except AssertionError as e:
        msg = "assertion failed: " + (str(e) or traceback.format_exc(limit=-2))
    except Exception:
        msg = traceback.format_exc()
    try:
        t.cleanup()
    except Failure as e:
        msg = (msg + "\n" if msg else "") + str(e)
    return tid, msg, time.monotonic() - started, skipped, rewritten


def submit_python_suite(pool, suite, build, sanitized, pattern, update=False):
    """Queue the tests of tests/SUITE/test_*.py (or with suite "golden" the cases of
    tests/golden) on pool; returns their futures, for report_python_suite()."""
    return [pool.submit(_run_one, p, f, tid, build, sanitized, update)
            for p, f, tid in _collect(suite, pattern)]


def report_python_suite(futs, sanitized, verbose):
    """Wait for the futures of one suite and print their results in the suite's order;
    returns the tally, or None when the suite has no test."""
    if not futs:
        return None
    tally = Tally()
    slow = []
    for fut in futs:
        tid, msg, dur, skipped, rewritten = fut.result()
        slow.append((dur, tid))
        if rewritten and msg is None:
            print(f"updated {tid} ({rewritten} step{'s' if rewritten > 1 else ''})",
                  flush=True)
        if skipped is not None and msg is None:
            tally.skipped += 1
            print(f"skip {tid}: {skipped}", flush=True)
        elif msg is None:
            tally.passed += 1
            if verbose:
                print(f"ok   {tid} ({dur:.1f} s)", flush=True)
        else:
            tally.failed += 1
            print(f"FAIL {tid}" + (" [asan+ubsan]" if sanitized else ""), flush=True)
            print("    " + msg.replace("\n", "\n    "), flush=True)
    if verbose:
        for dur, tid in sorted(slow, reverse=True)[:5]:
            print(f"slow {tid}: {dur:.1f} s")
    return tally


def run_python_suite(suite, build, sanitized, pattern, jobs, verbose, update=False):
    """One suite on a pool of its own (see submit_python_suite); with update, the golden
    cases that differ are rewritten (and pass)."""
    with cf.ProcessPoolExecutor(max_workers=jobs) as pool:
        futs = submit_python_suite(pool, suite, build, sanitized, pattern, update)
        return report_python_suite(futs, sanitized, verbose)


def run_unit(build, sanitized, pattern, verbose):
    folder = os.path.join(build, "tests")
    if not os.path.isdir(folder):
        return None
    bins = sorted(n for n in os.listdir(folder) if n.startswith("test_"))
    if not bins:
        return None
    tally = Tally()
    env = dict(os.environ)
    if sanitized:
        san_env(env)
    for name in bins:
        p = subprocess.run([os.path.join(folder, name)], capture_output=True, env=env,
                           cwd=ROOT, timeout=300)
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        seen = 0
        for line in out.splitlines():
            m = re.match(r"(not ok|ok|skip) - (.*)", line)
            if not m:
                continue
            seen += 1
            tid = f"unit/{name}::{m.group(2)}"
            if pattern and pattern not in tid:
                continue
            if m.group(1) == "skip":
                tally.skipped += 1
                print(f"skip {tid}")
            elif m.group(1) == "ok":
                tally.passed += 1
                if verbose:
                    print(f"ok   {tid}")
            else:
                tally.failed += 1
                print(f"FAIL {tid}" + (" [asan+ubsan]" if sanitized else ""))
        if p.returncode != 0 and (seen == 0 or SAN_PATTERN.search(err) or p.returncode < 0):
            tally.failed += 1
            print(f"FAIL unit/{name}: exit {p.returncode}\n    " + err.replace("\n", "\n    "))
        elif SAN_PATTERN.search(err):
            tally.failed += 1
            print(f"FAIL unit/{name}: sanitizer report\n    " + err.replace("\n", "\n    "))
    return tally


def run_analyze(pattern, verbose):
    """Each static analyser is one test: it passes without findings."""
    tally = Tally()
    for tool, exe in (("gcc", "gcc"), ("cppcheck", "cppcheck"), ("values", "grep"),
                      ("layers", "python3")):
        tid = f"analyze/{tool}"
        if pattern and pattern not in tid:
            continue
        if not shutil.which(exe):
            tally.skipped += 1
            tally.lines.append(f"skip {tid}: {exe} not found")
            continue
        tally.todo.append((tid, tool))
    # The analysers run at the same time (and tools/analyze.sh gcc runs one compiler per
    # core); what they say is kept in tally.lines, for the caller to print.

    def one(item):
        tid, tool = item
        p = subprocess.run(["sh", os.path.join(ROOT, "tools", "analyze.sh"), tool],
                           capture_output=True, cwd=ROOT, timeout=900)
        return tid, p

    with cf.ThreadPoolExecutor(max_workers=max(1, len(tally.todo))) as pool:
        for tid, p in pool.map(one, tally.todo):
            if p.returncode == 0:
                tally.passed += 1
                if verbose:
                    tally.lines.append(f"ok   {tid}")
            else:
                tally.failed += 1
                out = (p.stdout + p.stderr).decode("utf-8", "replace")
                tally.lines.append(f"FAIL {tid}\n    " + out.replace("\n", "\n    "))
    return tally
