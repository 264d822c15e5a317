"""The zsh and fish completion scripts, run by the shells themselves (bash's is in
tests/golden/cli/verbs-of-two-words-complete.t). Skipped, not passed, on a machine
without the shell."""
import shutil
import subprocess


def test_zsh_completes_verbs_of_two_words(t):
    if not shutil.which("zsh"):
        t.skip("zsh is not installed")
    script = t.write("_gandi", t.ok(t.gandi("completion", "zsh")).out)
    stub = ("_describe() { local a; for a in ${(P)2}; do print -r -- ${a%%:*}; done }; "
            "compadd() { print -r -- \"$@\" }; _files() { }; "
            "words=(gandi dns snapshot ''); CURRENT=4; PREFIX=''; "
            f"source '{script}'")
    p = subprocess.run(["zsh", "-f", "-c", stub], capture_output=True, text=True, timeout=30)
    t.eq((p.returncode, p.stdout, p.stderr), (0, "list\ncreate\nshow\nrestore\ndelete\n", ""),
         "zsh: exit, candidates, stderr")


def test_fish_completes_verbs_of_two_words(t):
    if not shutil.which("fish"):
        t.skip("fish is not installed")
    script = t.write("gandi.fish", t.ok(t.gandi("completion", "fish")).out)
    p = subprocess.run(["fish", "--no-config", "-c",
                        f"source '{script}'; complete -C 'gandi dns snapshot '"],
                       capture_output=True, text=True, timeout=30)
    t.eq((p.returncode, p.stderr), (0, ""), "fish: exit and stderr")
    t.eq(sorted(x.split("\t")[0] for x in p.stdout.splitlines()),
         ["create", "delete", "list", "restore", "show"], "fish: candidates")
