"""Organizations, profiles, token renewal, expiry warnings (issue 9)."""
import copy
import hashlib
import json
import os
import stat

from gandi_test import SEED, TOKENS

ALICE = next(t["organization"] for t in SEED["tokens"] if t["name"] == "all")
CORP = next(t["organization"] for t in SEED["tokens"] if t["name"] == "corp")


def test_org_list(t):
    e = t.emu()
    r = t.ok(t.gandi("org", "list", emu=e, token="all"))
    t.contains(r.out, ALICE)
    j = t.ok(t.gandi("org", "list", "--json", emu=e, token="legacy")).json()
    t.eq(sorted(o["id"] for o in j), sorted([ALICE, CORP]), "legacy key sees both")
    r = t.gandi("org", "list", emu=e, token="no-org")
    t.rc(r, 4)
    t.contains(r.err, "View organization (organization:view)")


def test_404_names_the_organizations(t):
    e = t.emu()
    r = t.gandi("domain", "info", "example-corp.com", emu=e, token="legacy",
                env={"GANDI_SHARING_ID": None})
    # the legacy key reaches every organization: no 404 at all
    t.rc(r, 0)
    r = t.gandi("dns", "list", "example-corp.com", emu=e, token="all")
    t.rc(r, 5)
    t.contains(r.err, "was not found, or this token does not cover it")
    t.contains(r.err, "This token can see these organizations:")
    t.contains(r.err, ALICE)
    t.contains(r.err, "--sharing-id")
    j = t.gandi("dns", "list", "example-corp.com", "--json", emu=e, token="all")
    assert any(o["id"] == ALICE for o in j.err_json()["organizations"])
    r = t.gandi("dns", "list", "example-corp.com", emu=e, token="no-org")
    t.rc(r, 5)
    t.absent(r.err, "This token can see")


def test_sharing_id_filters_lists(t):
    e = t.emu()
    j = t.ok(t.gandi("domain", "list", "--json", "--sharing-id", CORP, emu=e,
                     token="legacy")).json()
    t.eq(sorted(d["fqdn"] for d in j),
         sorted(d["fqdn"] for d in SEED["domains"] if d["organization"] == CORP), "corp domains")
    t.contains(e.last("/domain/domains")["query"], "sharing_id=" + CORP)
    all_ = t.ok(t.gandi("domain", "list", "--json", emu=e, token="legacy")).json()
    assert len(all_) > len(j)


def test_domain_info_and_list_show_the_organization(t):
    e = t.emu()
    r = t.ok(t.gandi("domain", "info", "example.com", emu=e, token="all"))
    t.contains(r.out, "organization  alice")
    j = t.ok(t.gandi("domain", "list", "--json", emu=e, token="all")).json()
    assert all(d.get("sharing_id") == ALICE or d.get("orga_owner") for d in j), j[0]


def test_profiles_and_precedence(t):
    e = t.emu()
    cfg = t.write("home/.config/gandi/config.toml",
                  f'api_url = "http://127.0.0.1:9/v5"\n'
                  f'api_key = "{TOKENS["view"]}"\n'
                  f'default_profile = "corp"\n\n'
                  f'[profiles.corp]\napi_key = "{TOKENS["corp"]}"\napi_url = "{e.api_url}"\n\n'
                  f'[profiles.home]\napi_key = "{TOKENS["all"]}"\napi_url = "{e.api_url}"\n',
                  0o600)
    env = {"GANDI_API_URL": None, "GANDI_ID_URL": e.id_url}
    r = t.ok(t.gandi("domain", "list", "--plain", "--no-header", env=env))
    t.eq(sorted(l.split("\t")[0] for l in r.out.splitlines()),
         sorted(d["fqdn"] for d in SEED["domains"] if d["organization"] == CORP),
         "default_profile corp")
    r = t.ok(t.gandi("domain", "list", "--plain", "--no-header",
                     env=dict(env, GANDI_PROFILE="home")))
    t.contains(r.out, "example.com")
    r = t.ok(t.gandi("--profile", "corp", "domain", "list", "--plain", "--no-header",
                     env=dict(env, GANDI_PROFILE="home")))
    t.absent(r.out, "example.com\t")
    j = t.ok(t.gandi("config", "list", "--json", "--profile", "home", env=env)).json()
    got = {s["key"]: s for s in j["settings"]}
    t.eq(got["profile"]["source"], "flag", "profile source")
    t.eq(got["api_key"]["source"], "profile", "api_key source")
    t.eq(got["api_url"]["source"], "profile", "api_url source")
    # the variable beats the profile
    j = t.ok(t.gandi("config", "list", "--json", "--profile", "home",
                     env=dict(env, GANDI_API_URL="http://127.0.0.1:1/v5"))).json()
    t.eq({s["key"]: s["source"] for s in j["settings"]}["api_url"], "env", "variable wins")
    r = t.ok(t.gandi("doctor", "--profile", "home", env=env))
    t.contains(r.out, "profile: home (from --profile)")
    r = t.gandi("domain", "list", "--profile", "nope", env=env)
    t.rc(r, 2)
    t.contains(r.err, "profile 'nope'")
    t.contains(r.err, "corp, home")


def test_config_set_into_profile(t):
    p = t.path("c.toml")
    t.ok(t.gandi("--config", p, "config", "set", "--profile", "work", "api_key",
                 stdin=TOKENS["tech"] + "\n"))
    t.eq(t.read("c.toml"), f'[profiles.work]\napi_key = "{TOKENS["tech"]}"\n', "file")
    t.eq(stat.S_IMODE(os.stat(p).st_mode), 0o600, "mode")


def test_token_info(t):
    e = t.emu()
    r = t.ok(t.gandi("token", "info", emu=e, token="view"))
    t.contains(r.out, "name      view")
    t.contains(r.out, "scopes    domain:view")
    t.contains(r.out, "expires")
    j = t.ok(t.gandi("token", "info", "--json", emu=e, token="view")).json()
    t.eq(j["scope"], ["domain:view"], "scopes")


def test_renew_file_token(t):
    e = t.emu()
    cfg = t.write("home/.config/gandi/config.toml",
                  f'# mine\napi_key = "{TOKENS["expiring"]}"  # the CI token\n', 0o600)
    r = t.ok(t.gandi("token", "renew", emu=e))
    t.contains(r.out, "renewed: the new token ****")
    text = t.read("home/.config/gandi/config.toml")
    new = text.split('"')[1]
    t.secret(new)
    assert new != TOKENS["expiring"] and len(new) >= 32, text
    t.eq(text, f'# mine\napi_key = "{new}"  # the CI token\n', "file rewritten in place")
    t.eq(stat.S_IMODE(os.stat(cfg).st_mode), 0o600, "mode")
    t.ok(t.gandi("domain", "list", emu=e))                     # the new token works
    t.ok(t.gandi("domain", "list", emu=e, token="expiring"))    # the old one still does


def test_renew_environment_token_prints_it_once(t):
    e = t.emu()
    r = t.gandi("token", "renew", emu=e, token="expiring", allow_secret=True)
    t.rc(r, 0)
    line = r.out.strip()
    assert line.startswith("GANDI_API_KEY=") and "\n" not in line, r.out
    new = line.split("=", 1)[1]
    t.eq(r.out.count(new), 1, "times the new token is printed")
    t.absent(r.err, new, "stderr")
    t.absent(r.out + r.err, TOKENS["expiring"], "old token")
    t.contains(r.err, "put the line above wherever it is kept")
    t.ok(t.gandi("domain", "list", emu=e, token=new, allow_secret=True))


def test_renew_refusals_explained(t):
    e = t.emu()
    r = t.gandi("token", "renew", emu=e, token="all")
    t.rc(r, 1)
    t.contains(r.err, "Gandi refused to renew the token")
    t.contains(r.err, "only near its expiry")
    r = t.gandi("token", "renew", emu=e, token="legacy")
    t.rc(r, 1)
    t.contains(r.err, "legacy API key cannot be renewed")
    r = t.gandi("token", "renew", "--expires-at", "2001-01-01", emu=e, token="expiring")
    t.rc(r, 2)


def cache_file(t, token):
    h = hashlib.sha256(token.encode()).hexdigest()
    return os.path.join(t.home, ".cache", "gandi", f"token-{h}.json")


def test_expiry_warning_and_cache(t):
    e = t.emu()
    r = t.ok(t.gandi("domain", "list", emu=e, token="expiring"))
    warnings = [l for l in r.err.splitlines() if l.startswith("warning:")]
    t.eq(len(warnings), 1, "warning lines")
    t.contains(warnings[0], "expires in")
    t.contains(warnings[0], "gandi token renew")
    path = cache_file(t, TOKENS["expiring"])
    t.eq(stat.S_IMODE(os.stat(path).st_mode), 0o600, "cache mode")
    for name in os.listdir(os.path.dirname(path)):
        t.absent(open(os.path.join(os.path.dirname(path), name)).read(), TOKENS["expiring"],
                 "cache content")
    m = e.mark()
    r = t.ok(t.gandi("domain", "list", emu=e, token="expiring"))
    t.contains(r.err, "warning:")
    t.eq([q["path"] for q in e.requests_since(m) if q["path"].endswith("/tokeninfo")], [],
         "tokeninfo asked again within a day")
    r = t.ok(t.gandi("domain", "list", "-q", emu=e, token="expiring"))
    t.eq(r.err, "", "stderr with -q")
    r = t.ok(t.gandi("domain", "list", "--json", emu=e, token="expiring"))
    r.json()
    t.contains(r.err, "warning")
    open(path, "w").write("{not json")
    r = t.ok(t.gandi("domain", "list", emu=e, token="expiring"))
    t.contains(r.err, "warning:")
    json.load(open(path))


def test_no_warning_at_30_days_and_xdg_cache(t):
    seed = copy.deepcopy(SEED)
    for tok in seed["tokens"]:
        if tok["name"] == "all":
            tok["expires_at"] = "+30d"
    p = t.path("seed.json")
    json.dump(seed, open(p, "w"))
    e = t.emu("--seed", p)
    xdg = t.path("xdg-cache")
    r = t.ok(t.gandi("domain", "list", emu=e, token="all", env={"XDG_CACHE_HOME": xdg}))
    t.absent(r.err, "warning")
    assert os.path.exists(os.path.join(xdg, "gandi",
                                       os.path.basename(cache_file(t, TOKENS["all"]))))
