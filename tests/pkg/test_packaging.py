"""Packaging facts that need no root: the version's one home, the agreement of
debian/control with tools/deps.sh (tools/pkgcheck.sh, which the package build runs
too), and make install's lists. The packages themselves: make deb-check."""
import os
import re
import shutil
import stat
import subprocess

from gandi_test import ROOT, Failure

# What tools/pkgcheck.sh reads, copied into a test's folder to be changed there.
PKGCHECK_FILES = ("VERSION", "CHANGELOG.md", "debian/changelog", "debian/control",
                  "tools/deps.sh", "tools/pkgcheck.sh")


def _version():
    with open(os.path.join(ROOT, "VERSION"), encoding="utf-8") as f:
        return f.read().strip()


def _tree(t):
    tree = t.path("tree")
    for rel in PKGCHECK_FILES:
        os.makedirs(os.path.dirname(os.path.join(tree, rel)), exist_ok=True)
        shutil.copy(os.path.join(ROOT, rel), os.path.join(tree, rel))
    return tree


def _edit(tree, rel, old, new):
    p = os.path.join(tree, rel)
    with open(p, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        raise Failure(f"{rel} no longer contains {old!r}: update this test")
    with open(p, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def _pkgcheck(tree):
    return subprocess.run(["sh", os.path.join(tree, "tools", "pkgcheck.sh"), tree],
                          capture_output=True, text=True, timeout=60)


def _refused(t, tree, *parts):
    p = _pkgcheck(tree)
    t.eq(p.returncode, 1, "tools/pkgcheck.sh exit code")
    for part in parts:
        t.contains(p.stderr, part, "tools/pkgcheck.sh's stderr")
    t.contains(p.stderr, "\nhint: ", "tools/pkgcheck.sh's stderr")


def test_the_tree_agrees_with_itself(t):
    p = _pkgcheck(ROOT)
    if p.returncode != 0 or p.stdout or p.stderr:
        raise Failure(f"tools/pkgcheck.sh: exit {p.returncode}\n{p.stdout}{p.stderr}")


def test_both_programs_say_the_version_of_VERSION(t):
    v = _version()
    for prog in ("gandi", "gandi-emu"):
        p = subprocess.run([os.path.join(t.build, prog), "--version"], capture_output=True,
                           text=True, timeout=30)
        # the first line is the program and VERSION; gandi adds its commit, then its
        # libraries on a second line
        first = p.stdout.splitlines()[0] if p.stdout else ""
        assert first == f"{prog} {v}" or first.startswith(f"{prog} {v} (commit "), p.stdout


def test_debian_changelog_behind_VERSION_is_refused(t):
    tree = _tree(t)
    _edit(tree, "VERSION", _version(), "9.8.7")
    _edit(tree, "CHANGELOG.md", f"## [{_version()}]", "## [9.8.7]")
    _refused(t, tree, f"debian/changelog's top entry is {_version()}, but VERSION says 9.8.7",
             "dch -v 9.8.7")


def test_changelog_md_behind_VERSION_is_refused(t):
    tree = _tree(t)
    _edit(tree, "CHANGELOG.md", f"## [{_version()}]", "## [0.0.9]")
    _refused(t, tree, f"CHANGELOG.md's newest release is 0.0.9, but VERSION says {_version()}")


def test_unreleased_notes_above_the_release_are_fine(t):
    tree = _tree(t)
    _edit(tree, "CHANGELOG.md", "## [Unreleased]\n", "## [Unreleased]\n\n### Added\n\n- more\n")
    p = _pkgcheck(tree)
    t.eq((p.returncode, p.stderr), (0, ""), "tools/pkgcheck.sh")


def test_a_version_debian_cannot_take_is_refused(t):
    tree = _tree(t)
    for bad in ("1.0.0-rc1", "v1.0.0", "1.0.0\n1.0.1"):
        with open(os.path.join(tree, "VERSION"), "w", encoding="utf-8") as f:
            f.write(bad + "\n")
        _refused(t, tree, "'VERSION' holds")


def test_a_build_dependency_added_to_deps_sh_only_is_refused(t):
    tree = _tree(t)
    _edit(tree, "tools/deps.sh", 'pkgs_build="', 'pkgs_build="libunbound-dev ')
    _refused(t, tree, "debian/control's Build-Depends lack 'libunbound-dev', of tools/deps.sh's build group")


def test_a_build_dependency_added_to_control_only_is_refused(t):
    tree = _tree(t)
    _edit(tree, "debian/control", " scdoc,\n", " scdoc,\n libunbound-dev,\n")
    _refused(t, tree, "Build-Depends name 'libunbound-dev', which tools/deps.sh's build group lacks")


def test_a_build_dependency_removed_from_control_is_refused(t):
    tree = _tree(t)
    _edit(tree, "debian/control", " libjansson-dev,\n", "")
    _refused(t, tree, "lack 'libjansson-dev'")


def test_a_build_dependency_named_twice_is_refused(t):
    # What a merge of two branches that each added the same package leaves behind.
    tree = _tree(t)
    _edit(tree, "debian/control", " scdoc,\n", " scdoc,\n libjansson-dev,\n")
    _refused(t, tree, "Build-Depends name 'libjansson-dev' more than once")


def test_build_essential_and_debhelper_compat(t):
    tree = _tree(t)
    _edit(tree, "debian/control", " debhelper-compat (= 13),\n", " debhelper-compat (= 12),\n gcc,\n")
    _refused(t, tree, "lack 'debhelper-compat (= 13)'", "name 'gcc', which is build-essential")


def test_deps_sh_lists_a_group_and_refuses_unknown_ones(t):
    p = subprocess.run(["sh", os.path.join(ROOT, "tools", "deps.sh"), "--list", "build"],
                       capture_output=True, text=True, timeout=30)
    t.eq(p.returncode, 0, "deps.sh --list build exit code")
    for pkg in ("gcc", "make", "pkg-config", "scdoc"):
        if pkg not in p.stdout.split("\n"):
            raise Failure(f"deps.sh --list build lacks {pkg}:\n{p.stdout}")
    p = subprocess.run(["sh", os.path.join(ROOT, "tools", "deps.sh"), "--list", "nope"],
                       capture_output=True, text=True, timeout=30)
    t.eq(p.returncode, 2, "deps.sh --list nope exit code")
    t.contains(p.stderr, "unknown package group 'nope'", "stderr")


def _install(t, dest, *extra):
    # Nothing from the make that may have started the suite (its command-line variables
    # travel in MAKEFLAGS).
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    p = subprocess.run(["make", "-s", "--no-print-directory", f"BUILD={t.build}", "PREFIX=/usr",
                        f"DESTDIR={dest}", *extra], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=600)
    if p.returncode != 0:
        raise Failure(f"make install: exit {p.returncode}\n{p.stdout}{p.stderr}")
    found = {}
    for top, _dirs, files in os.walk(dest):
        for name in files:
            path = os.path.join(top, name)
            found["/" + os.path.relpath(path, dest)] = stat.S_IMODE(os.lstat(path).st_mode)
    return found


def test_make_install_puts_each_file_where_the_shells_and_man_look(t):
    found = _install(t, t.path("stage"), "install")
    t.eq(found, {
        "/usr/bin/gandi": 0o755,
        "/usr/bin/gandi-emu": 0o755,
        "/usr/share/man/man1/gandi.1": 0o644,
        "/usr/share/man/man1/gandi-emu.1": 0o644,
        "/usr/share/bash-completion/completions/gandi": 0o644,
        "/usr/share/zsh/site-functions/_gandi": 0o644,
        "/usr/share/fish/vendor_completions.d/gandi.fish": 0o644,
        "/usr/libexec/gandi/acme-dehydrated": 0o755,
        "/usr/libexec/gandi/acme-lego": 0o755,
        "/usr/share/gandi/dns_gandi_cli.sh": 0o644,
    }, "files make install PREFIX=/usr installed")
    # the hooks run the installed gandi by its path (dehydrated and lego keep their PATH)
    for hook, verb in (("acme-dehydrated", "dehydrated"), ("acme-lego", "lego")):
        with open(t.path(f"stage/usr/libexec/gandi/{hook}"), encoding="utf-8") as f:
            t.contains(f.read(), f"\nexec '/usr/bin/gandi' acme {verb} -- \"$@\"\n", hook)
    with open(t.path("stage/usr/share/gandi/dns_gandi_cli.sh"), encoding="utf-8") as f:
        shim = f.read()
    t.contains(shim, "'/usr/bin/gandi' acme add -- \"$1\" \"$2\"", "dns_gandi_cli.sh")
    t.contains(shim, "'/usr/bin/gandi' acme remove -- \"$1\" \"$2\"", "dns_gandi_cli.sh")
    with open(t.path("stage/usr/share/man/man1/gandi.1"), encoding="utf-8") as f:
        if not re.search(r"^\.TH \"?gandi\"? \"?1", f.read(), re.M | re.I):
            raise Failure("gandi.1 is not a manual page of section 1")


def test_install_lists_take_hooks_and_shared_files(t):
    # What a later feature adds is one word in GANDI_LIBEXEC or GANDI_SHARE: installed
    # by install-client (so into the gandi package), never by install-emu.
    hook = t.write("acme-example", "#!/bin/sh\nexit 0\n", mode=0o644)
    shim = t.write("shim_example.sh", "# sourced\n", mode=0o600)
    lists = [f"GANDI_LIBEXEC={hook}", f"GANDI_SHARE={shim}"]
    client = _install(t, t.path("client"), "install-client", *lists)
    t.eq(client.get("/usr/libexec/gandi/acme-example"), 0o755, "the hook's mode")
    t.eq(client.get("/usr/share/gandi/shim_example.sh"), 0o644, "the shared file's mode")
    t.eq("/usr/bin/gandi-emu" in client, False, "install-client installed gandi-emu")
    emu = _install(t, t.path("emu"), "install-emu", *lists)
    t.eq(sorted(emu), ["/usr/bin/gandi-emu", "/usr/share/man/man1/gandi-emu.1"],
         "files install-emu installed")
