"""make demo's tour (tools/demo.sh) runs start to end, prints exactly the tour, and
stops its emulator. It starts its own gandi-emu, so its URL and private folder are
taken from what it prints before the normaliser makes them placeholders."""
import os
import re
import subprocess
import time

import golden
from gandi_test import ROOT, SEED_PATH

TOUR = """gandi-emu is serving %EMU (a local emulator of Gandi's API)
GANDI_API_KEY holds its 'all' demo token; GANDI_API_URL points at it.

$ gandi doctor
· config file: %DEMO/home/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
✓ token: ****a11a from the variable GANDI_API_KEY
✓ token shape: 40 characters, a Personal Access Token
· CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
  ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
  ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
  ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
  other scopes: organization:view
· organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)

4 ok, 0 warnings, 0 failures

$ gandi domain list
DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
example.net  %DATE(+20d)  off        ok                        livedns
example.org  %DATE(+45d)  on         clientTransferProhibited  other

$ gandi dns set example.com A demo 192.0.2.42 --ttl 600
set A demo in example.com: 192.0.2.42 (TTL 600)

$ gandi dns add example.com TXT demo hello from gandi
add TXT demo in example.com: hello from gandi (TTL 300)

$ gandi dns list example.com --name demo
NAME  TYPE  TTL  VALUE
demo  A     600  192.0.2.42
demo  TXT   300  hello from gandi

$ gandi dns delete example.com A demo --yes
delete A demo in example.com: 192.0.2.42 (TTL 600)

$ gandi dns list example.com --name demo
NAME  TYPE  TTL  VALUE
demo  TXT   300  hello from gandi

$ gandi redirect list example.com
SOURCE            TYPE     PROTOCOL  URL
blog.example.com  http301  https     https://example.com/blog/

Done. Try it yourself: %BUILD/gandi-emu --help, then gandi --help.
"""


def test_demo_tour(t):
    env = t.env()
    started = time.time()
    p = subprocess.run(["sh", os.path.join(ROOT, "tools", "demo.sh"), t.build],
                       capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    t.eq((p.returncode, p.stderr), (0, ""), "exit and stderr")
    m = re.match(r"gandi-emu is serving (http://127\.0\.0\.1:\d+) ", p.stdout)
    d = re.search(r"config file: (\S+)/home/\.config/gandi/config\.toml", p.stdout)
    assert m and d, p.stdout
    norm = golden.Normaliser(t)
    norm.add_path(d.group(1), "%DEMO")
    norm.add_path(t.build, "%BUILD")
    with open(SEED_PATH, encoding="utf-8") as f:
        norm.emu_started(m.group(1), f.read(), started)
    t.eq(norm(p.stdout), TOUR, "the tour")
    assert not os.path.exists(d.group(1)), "the demo left its folder behind"
    for secret in t.secrets:
        t.absent(p.stdout + p.stderr, secret, "demo output")
