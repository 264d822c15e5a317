#!/usr/bin/env python3
"""The Debian packages as a user gets them: build, lintian, install, try, purge.

    python3 tests/deb/check.py [OUT]      (make deb-check; OUT defaults to build-deb)

Builds the packages with tools/deb.sh into OUT, runs lintian on them (no error or
warning allowed), checks what each package holds against the Makefile's install
lists and that the binaries are hardened and stripped with their debug symbols in
the -dbgsym packages, installs gandi and gandi-emu with dpkg -i, tries every
installed file from its installed path (programs, manual pages, the bash, zsh and
fish completions, the hooks), then purges both and checks nothing is left.

Installing needs root (CI runs as root). Without root it fails at once: it never
reports a check as passed that it did not run. It also refuses to run when gandi or
gandi-emu is installed already, as a package or by hand in /usr, since it would
replace and then remove them. Prints "ok - NAME" or "not ok - NAME" per check and
ends with "suite deb: N passed, N failed" and a plain "N passed, N failed" line, the
last line of .ci/run like the one make check prints.
"""
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PACKAGES = ("gandi", "gandi-emu")
PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
# The compiler options that reach DW_AT_producer from dpkg-buildflags' CFLAGS (with
# debian/rules' hardening=+all: -O2, -fstack-protector-strong, ...); the client's own
# sources add its size options after them (the Makefile's CLIENT_OPT).
CLIENT_OPT = ["-Os", "-fno-asynchronous-unwind-tables"]


def buildflags():
    p = subprocess.run(["dpkg-buildflags", "--get", "CFLAGS"], capture_output=True, text=True,
                       env={**os.environ, "DEB_BUILD_MAINT_OPTIONS": "hardening=+all"})
    return [f for f in p.stdout.split()
            if f.startswith("-O") or (f.startswith("-f") and not f.startswith("-ffile-prefix-map"))]

class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, name):
        self.passed += 1
        print(f"ok - {name}", flush=True)

    def fail(self, name, why):
        self.failed += 1
        print(f"not ok - {name}", flush=True)
        print("    " + why.rstrip().replace("\n", "\n    "), flush=True)

    def check(self, name, fn):
        """Run fn(); it returns None when the check holds, else why it does not."""
        try:
            why = fn()
        except Exception as e:  # a check that crashed has failed
            why = f"{type(e).__name__}: {e}"
        if why:
            self.fail(name, why)
            return False
        self.ok(name)
        return True

    def close(self):
        print(f"suite deb: {self.passed} passed, {self.failed} failed", flush=True)
        print(f"{self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed or not self.passed else 0


def run(argv, env=None, cwd=None, stdin=None, timeout=600):
    e = dict(os.environ)
    e.update({"PATH": PATH, "LC_ALL": "C.UTF-8"})
    for k in ("LANG", "MAKEFLAGS", "MFLAGS", "MAKELEVEL"):
        e.pop(k, None)
    e.update(env or {})
    return subprocess.run(argv, env=e, cwd=cwd, input=stdin, capture_output=True,
                          text=True, timeout=timeout)


def described(p):
    return (f"$ {' '.join(p.args)}\nexit {p.returncode}\n"
            f"stdout:\n{p.stdout.rstrip()}\nstderr:\n{p.stderr.rstrip()}")


def make_list(var):
    """The words of a Makefile variable (the install lists), read from make itself."""
    p = run(["make", "-s", "--no-print-directory", "-f", "Makefile", "-f", "-", "deb-check-print"],
            cwd=ROOT, stdin=f"deb-check-print:\n\t@echo $({var})\n")
    if p.returncode != 0:
        raise RuntimeError(described(p))
    return [os.path.basename(w) for w in p.stdout.split()]


def deb_files(deb):
    """Paths of the regular files and symlinks a .deb holds, and of its folders."""
    p = run(["dpkg-deb", "-c", deb])
    if p.returncode != 0:
        raise RuntimeError(described(p))
    files, dirs = set(), set()
    for line in p.stdout.splitlines():
        parts = line.split(None, 5)
        path = parts[5].split(" -> ")[0]
        path = "/" + (path[2:] if path.startswith("./") else path).rstrip("/")
        if parts[0].startswith("d"):
            dirs.add(path)
        else:
            files.add(path)
    return files, dirs


def expected_files(version):
    hooks = make_list("GANDI_LIBEXEC")
    shared = make_list("GANDI_SHARE")
    gandi = {"/usr/bin/gandi", "/usr/share/man/man1/gandi.1.gz",
             "/usr/share/bash-completion/completions/gandi",
             "/usr/share/zsh/vendor-completions/_gandi",
             "/usr/share/fish/vendor_completions.d/gandi.fish",
             "/usr/share/doc/gandi/README.md.gz"}
    gandi |= {f"/usr/libexec/gandi/{h}" for h in hooks}
    gandi |= {f"/usr/share/gandi/{s}" for s in shared}
    emu = {"/usr/bin/gandi-emu", "/usr/share/man/man1/gandi-emu.1.gz",
           "/usr/share/doc/gandi-emu/README.md.gz"}
    for name, files in (("gandi", gandi), ("gandi-emu", emu)):
        files |= {f"/usr/share/doc/{name}/copyright", f"/usr/share/doc/{name}/changelog.gz"}
    return {"gandi": gandi, "gandi-emu": emu}, hooks, shared


def readelf(*args):
    p = run(["readelf", "-W", *args])
    if p.returncode != 0:
        raise RuntimeError(described(p))
    return p.stdout


def build_id(path):
    m = re.search(r"Build ID: ([0-9a-f]+)", readelf("-n", path))
    return m.group(1) if m else None


def compile_units(debug):
    """(source file, DW_AT_producer) of each compile unit of a debug file."""
    p = run(["readelf", "--debug-dump=info", "--dwarf-depth=1", debug])
    units, name, producer = [], None, None
    for line in p.stdout.splitlines() + ["Compilation Unit @"]:
        if "Compilation Unit @" in line:
            if name and producer:
                units.append((name, producer))
            name = producer = None
            continue
        m = re.search(r"DW_AT_(name|producer)\s*:\s*(?:\([^)]*\):\s*)?(.*)$", line)
        if m and m.group(1) == "name" and name is None:
            name = m.group(2).strip()
        elif m and m.group(1) == "producer":
            producer = m.group(2).strip()
    return units


def check_binary(path, debug_root, want_flags):
    """Hardened (PIE, full RELRO, stack protector, fortify), stripped, and its
    debug file in the -dbgsym package holds every compile unit, each built with
    the flags want_flags(source file) names (None: not checked)."""
    problems = []
    header = readelf("-h", path)
    dynamic = readelf("-d", path)
    segments = readelf("-l", path)
    sections = readelf("-S", path)
    symbols = readelf("--dyn-syms", path)
    if "DYN (Position-Independent Executable" not in header and "PIE" not in dynamic:
        problems.append("not a position-independent executable")
    if "GNU_RELRO" not in segments:
        problems.append("no GNU_RELRO segment (-z relro)")
    if not re.search(r"\(FLAGS(_1)?\).*\bNOW\b|BIND_NOW", dynamic):
        problems.append("not bound at load time (-z now)")
    if "__stack_chk_fail" not in symbols:
        problems.append("no stack protector (__stack_chk_fail not imported)")
    if not re.search(r"__\w+_chk\b", symbols.replace("__stack_chk_fail", "")):
        problems.append("no fortified function imported (-D_FORTIFY_SOURCE)")
    if ".symtab" in sections or ".debug_info" in sections:
        problems.append("not stripped (.symtab or .debug_info present)")
    bid = build_id(path)
    if not bid:
        problems.append("no build id")
    else:
        debug = os.path.join(debug_root, "usr/lib/debug/.build-id", bid[:2], bid[2:] + ".debug")
        if not os.path.exists(debug):
            problems.append(f"the -dbgsym package lacks {debug[len(debug_root):]}")
        else:
            units = compile_units(debug)
            if not units:
                problems.append("no compile unit in the debug file")
            for unit, producer in units:
                if want_flags(unit) is None:
                    continue
                opts = producer.split()
                levels = [o for o in opts if o.startswith("-O")]
                missing = [f for f in want_flags(unit)
                           if (levels[-1:] != [f] if f.startswith("-O") else f not in opts)]
                if missing:
                    problems.append(f"{unit} compiled without {' '.join(missing)}: {producer}")
    return "; ".join(problems) or None


def installed_owner(path):
    p = run(["dpkg-query", "-S", path])
    return p.stdout.split(":")[0] if p.returncode == 0 else None


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build-deb"))
    c = Checks()
    version = open(os.path.join(ROOT, "VERSION"), encoding="utf-8").read().strip()
    arch = run(["dpkg", "--print-architecture"]).stdout.strip() or platform.machine()

    if os.geteuid() != 0:
        c.fail("running as root", "installing packages with dpkg -i needs root: nothing was "
               "checked\nhint: run make deb-check as root (CI does), or only build: make deb")
        return c.close()
    present = [n for n in PACKAGES if "ok installed" in run(
        ["dpkg-query", "-W", "-f=${Status}", n]).stdout]
    present += [f for f in ("/usr/bin/gandi", "/usr/bin/gandi-emu")
                if os.path.lexists(f) and not installed_owner(f)]
    if present:
        c.fail("nothing of gandi installed before", "already here: " + ", ".join(present)
               + "\nhint: make deb-check installs and then purges its own build; remove "
               "these first (dpkg --purge gandi gandi-emu, or delete the files)")
        return c.close()

    # -- build -------------------------------------------------------------
    p = run(["sh", os.path.join(ROOT, "tools", "deb.sh"), out], cwd=ROOT, timeout=1800)
    debs = {n: os.path.join(out, f"{n}_{version}_{arch}.deb") for n in PACKAGES}
    dbgsym = {n: os.path.join(out, f"{n}-dbgsym_{version}_{arch}.deb") for n in PACKAGES}
    changes = os.path.join(out, f"gandi_{version}_{arch}.changes")

    def built():
        if p.returncode != 0:
            return described(p)[-6000:]
        missing = [f for f in [*debs.values(), *dbgsym.values(), changes] if not os.path.exists(f)]
        return f"missing after the build: {', '.join(missing)}" if missing else None
    if not c.check(f"make deb builds {', '.join(os.path.basename(d) for d in debs.values())}"
                   " and their -dbgsym", built):
        return c.close()
    for f in [*debs.values(), *dbgsym.values()]:
        print(f"    {os.path.getsize(f):>8} bytes  {os.path.basename(f)}")

    # -- lintian -----------------------------------------------------------
    def lintian():
        lp = run(["lintian", "--fail-on", "error,warning", "--pedantic", "--info", changes])
        tags = [ln for ln in lp.stdout.splitlines() if re.match(r"^[EWIPXO]: ", ln)]
        for ln in tags:
            print("    lintian: " + ln)
        bad = [ln for ln in tags if ln.startswith(("E:", "W:"))]
        if lp.returncode != 0 or bad:
            return described(lp)
        return None
    c.check("lintian: no error or warning on the source and binary packages", lintian)

    # -- contents ------------------------------------------------------------
    want, hooks, shared = expected_files(version)
    for name in PACKAGES:
        def contents(name=name):
            files, _ = deb_files(debs[name])
            extra, missing = sorted(files - want[name]), sorted(want[name] - files)
            if extra or missing:
                return f"unexpected: {extra}\nmissing: {missing}"
            return None
        c.check(f"{name}: holds exactly what make install puts there", contents)

    tmp = tempfile.mkdtemp(prefix="gandi-deb-")
    try:
        for name in PACKAGES:
            dest = os.path.join(tmp, name)
            run(["dpkg-deb", "-x", debs[name], dest])
            run(["dpkg-deb", "-x", dbgsym[name], dest + "-dbgsym"])
        hardening = buildflags()
        client = [f for f in hardening if not f.startswith("-O")] + CLIENT_OPT
        c.check("gandi: hardened, stripped, debug symbols in gandi-dbgsym, built with -Os",
                lambda: check_binary(os.path.join(tmp, "gandi/usr/bin/gandi"),
                                     os.path.join(tmp, "gandi-dbgsym"),
                                     lambda unit: client if unit.startswith("src/") else hardening))
        c.check("gandi-emu: hardened, stripped, debug symbols in gandi-emu-dbgsym",
                lambda: check_binary(os.path.join(tmp, "gandi-emu/usr/bin/gandi-emu"),
                                     os.path.join(tmp, "gandi-emu-dbgsym"),
                                     lambda unit: hardening))

        # -- install, try, purge ---------------------------------------------
        before = snapshot()
        ip = run(["dpkg", "-i", debs["gandi"], debs["gandi-emu"]])
        try:
            if c.check("dpkg -i gandi gandi-emu", lambda: described(ip) if ip.returncode else None):
                try_installed(c, tmp, version, hooks, shared)
        finally:
            pp = run(["dpkg", "--purge", *PACKAGES])
        c.check("dpkg --purge gandi gandi-emu", lambda: described(pp) if pp.returncode else None)
        c.check("nothing left after the purge", lambda: leftovers(debs, before))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return c.close()


def try_installed(c, tmp, version, hooks, shared):
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    env = {"HOME": home, "XDG_CONFIG_HOME": f"{home}/.config", "XDG_DATA_HOME": f"{home}/.local/share",
           "XDG_CACHE_HOME": f"{home}/.cache", "TERM": "dumb"}

    def on_path():
        found = {n: shutil.which(n, path=PATH) for n in PACKAGES}
        wrong = {n: f for n, f in found.items() if f != f"/usr/bin/{n}"}
        return f"found on PATH: {wrong}" if wrong else None
    c.check("gandi and gandi-emu are /usr/bin/gandi and /usr/bin/gandi-emu on PATH", on_path)

    def version_line():
        p = run(["gandi", "--version"], env=env)
        # "gandi VERSION (commit C)", then a line naming libcurl and the TLS library
        first = p.stdout.splitlines()[0] if p.stdout else ""
        ok = first == f"gandi {version}" or first.startswith(f"gandi {version} (commit ")
        return None if p.returncode == 0 and ok else described(p)
    c.check(f"gandi --version says gandi {version}", version_line)

    def emu_help():
        p = run(["gandi-emu", "--help"], env=env)
        if p.returncode != 0 or "usage: gandi-emu" not in p.stdout:
            return described(p)
        p = run(["gandi-emu", "--version"], env=env)
        return None if p.stdout == f"gandi-emu {version}\n" else described(p)
    c.check("gandi-emu --help and --version", emu_help)

    def together():
        # The installed client against the installed emulator, on loopback.
        seed = json.load(open(os.path.join(ROOT, "emu", "seed.json"), encoding="utf-8"))
        token = next(t["secret"] for t in seed["tokens"] if t["name"] == "all")
        emu = subprocess.Popen(["/usr/bin/gandi-emu", "--listen", "127.0.0.1:0", "--quiet"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            url = emu.stdout.readline().strip()
            if not url.startswith("http://127.0.0.1:"):
                return f"gandi-emu printed {url!r}"
            p = run(["gandi", "--plain", "--no-header", "domain", "list"],
                    env={**env, "GANDI_API_URL": url + "/v5", "GANDI_ID_URL": url,
                         "GANDI_API_KEY": token})
            if p.returncode != 0 or "example.com" not in p.stdout:
                return described(p)
            return None
        finally:
            emu.terminate()
            emu.wait(timeout=30)
    c.check("gandi domain list against gandi-emu, both installed", together)

    for page in PACKAGES:
        def man(page=page):
            p = run(["man", "-w", page], env=env)
            want = f"/usr/share/man/man1/{page}.1.gz"
            if p.stdout.strip() != want:
                return described(p) + f"\nwant {want}"
            r = run(["man", "--warnings", page], env={**env, "MANWIDTH": "80", "MAN_KEEP_FORMATTING": ""})
            if r.returncode != 0 or page not in r.stdout or r.stderr.strip():
                return described(r)
            return None
        c.check(f"man -w {page}, and it renders without warnings", man)

    def bash():
        # bash-completion's own loader finds the file (as on TAB), then it completes.
        script = ('. /usr/share/bash-completion/bash_completion\n'
                  '_completion_loader gandi\n'
                  'complete -p gandi || exit 1\n'
                  'f=$(complete -p gandi | sed -n "s/.* -F \\([^ ]*\\) .*/\\1/p")\n'
                  'COMP_WORDS=(gandi dn); COMP_CWORD=1; COMP_LINE="gandi dn"; COMP_POINT=8\n'
                  '"$f" gandi dn gandi\n'
                  'printf "%s\\n" "${COMPREPLY[@]}"\n')
        p = run(["bash", "--norc", "--noprofile", "-c", script], env=env)
        lines = p.stdout.splitlines()
        if p.returncode != 0 or not lines or "gandi" not in lines[0] or "dns" not in lines[1:]:
            return described(p)
        return None
    c.check("bash: complete -p gandi after loading, and gandi dn<TAB> offers dns", bash)

    def zsh():
        p = run(["zsh", "-fc", f"autoload -Uz compinit && compinit -u -d {home}/.zcompdump "
                 "&& print -r -- $_comps[gandi] && whence -v _gandi"], env=env)
        if p.returncode != 0 or not p.stdout.startswith("_gandi\n") \
                or "/usr/share/zsh/vendor-completions/_gandi" not in p.stdout:
            return described(p)
        return None
    c.check("zsh: compinit finds _gandi in /usr/share/zsh/vendor-completions", zsh)

    def fish():
        p = run(["fish", "-c", 'complete -C "gandi dn"; printf "%s\\n" $fish_complete_path'], env=env, cwd=home)
        if p.returncode != 0 or not re.search(r"^dns\t", p.stdout, re.M) \
                or "/usr/share/fish/vendor_completions.d\n" not in p.stdout:
            return described(p)
        return None
    c.check("fish: gandi dn<TAB> offers dns from /usr/share/fish/vendor_completions.d", fish)

    for hook in hooks:
        def hook_ok(hook=hook):
            path = f"/usr/libexec/gandi/{hook}"
            st = os.stat(path)
            if st.st_mode & 0o777 != 0o755 or st.st_uid != 0:
                return f"{path}: mode {oct(st.st_mode & 0o777)}, uid {st.st_uid}"
            if hook == "acme-dehydrated":
                # dehydrated calls its hook with this handler first, expecting silence.
                p = run([path, "this_hookscript_is_broken__dehydrated_is_working_fine__"
                         "please_ignore_unknown_hooks_in_your_script"], env=env)
                if p.returncode != 0 or p.stdout or p.stderr:
                    return described(p)
            return None
        c.check(f"hook /usr/libexec/gandi/{hook} installed executable", hook_ok)
    for name in shared:
        def shared_ok(name=name):
            path = f"/usr/share/gandi/{name}"
            return None if os.path.isfile(path) else f"{path} missing"
        c.check(f"/usr/share/gandi/{name} installed", shared_ok)
    if not hooks and not shared:
        print("    (no hooks in GANDI_LIBEXEC or GANDI_SHARE yet: nothing to try there)")


# Where packages and their maintainer scripts write, less dpkg's, apt's and man-db's
# own records (the man-db trigger rewrites its index on install and purge).
SNAPSHOT_ROOTS = ("/etc", "/usr", "/var/lib", "/opt", "/srv")
SNAPSHOT_SKIP = ("/var/lib/dpkg", "/var/lib/apt", "/var/cache", "/var/log")


def snapshot():
    paths = set()
    for root in SNAPSHOT_ROOTS:
        for top, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if os.path.join(top, d) not in SNAPSHOT_SKIP]
            paths.update(os.path.join(top, n) for n in dirs + files)
    return paths


def leftovers(debs, before):
    problems = []
    # New since before the install and owned by no package (another package installed
    # meanwhile on a shared machine owns its files): left by gandi's packages.
    problems += [f"{p} appeared and is owned by no package" for p in sorted(snapshot() - before)
                 if not installed_owner(p)]
    for name in PACKAGES:
        if run(["dpkg-query", "-W", "-f=${Status}", name]).stdout.strip() not in ("", "unknown ok not-installed"):
            problems.append(f"{name} still known to dpkg: "
                            + run(["dpkg-query", "-W", "-f=${Status}", name]).stdout)
        files, dirs = deb_files(debs[name])
        problems += [f"{f} is still there" for f in sorted(files) if os.path.lexists(f)]
        problems += [f"{d}/ is still there, owned by no package" for d in sorted(dirs)
                     if d != "/" and os.path.isdir(d) and not installed_owner(d)]
    return "\n".join(problems) or None


if __name__ == "__main__":
    sys.exit(main())
