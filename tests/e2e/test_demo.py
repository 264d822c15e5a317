"""make demo's tour (tools/demo.sh) runs start to end and stops its emulator."""
import os
import subprocess

from gandi_test import ROOT


def test_demo_tour(t):
    env = t.env()
    p = subprocess.run(["sh", os.path.join(ROOT, "tools", "demo.sh"), t.build],
                       capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert p.returncode == 0, p.stdout + p.stderr
    for part in ("$ gandi doctor", "0 failures", "$ gandi domain list", "example.com",
                 "demo  TXT", "$ gandi redirect list example.com", "Done."):
        t.contains(p.stdout, part, "demo output")
    for secret in t.secrets:
        t.absent(p.stdout + p.stderr, secret, "demo output")
