"""gandi doctor, in both output modes, against gandi-emu."""
from gandi_test import TOKENS


def checks(r):
    return {c["check"]: c for c in r.json()["checks"]}


def test_all_good(t):
    e = t.emu()
    r = t.ok(t.gandi("doctor", emu=e, token="all"))
    t.contains(r.out, "✓ token: ****" + TOKENS["all"][-4:] + " from the variable GANDI_API_KEY")
    t.contains(r.out, "✓ endpoint: " + e.api_url + " (custom)")
    t.contains(r.out, 'accepted, expires in')
    for scope in ("domain:view", "domain:renew", "domain:tech"):
        t.contains(r.out, "✓ " + scope)
    t.contains(r.out, "other scopes: organization:view")
    t.contains(r.out, "0 warnings, 0 failures")
    j = t.ok(t.gandi("doctor", "--json", emu=e, token="all"))
    c = checks(j)
    t.eq(c["token"]["source"], "env", "token source")
    t.eq(c["token_accepted"]["scopes"],
         {"domain:view": True, "domain:renew": True, "domain:tech": True}, "scopes")
    t.eq(j.json()["summary"]["failures"], 0, "failures")


def test_absent_scopes_are_information(t):
    e = t.emu()
    r = t.ok(t.gandi("doctor", emu=e, token="view"))
    t.contains(r.out, "○ domain:tech")
    t.contains(r.out, "○ domain:renew")
    t.contains(r.out, "✓ domain:view")


def test_ascii_without_utf8_or_with_no_color(t):
    e = t.emu()
    r = t.ok(t.gandi("doctor", emu=e, token="view", env={"LC_ALL": "C"}))
    t.contains(r.out, "+ token:")
    t.absent(r.out, "✓")
    r = t.ok(t.gandi("doctor", emu=e, token="view", env={"NO_COLOR": "1"}))
    t.absent(r.out, "✓")
    t.contains(r.out, "o domain:tech")


def test_expiring_warns(t):
    e = t.emu()
    r = t.ok(t.gandi("doctor", emu=e, token="expiring"))
    t.contains(r.out, "! token: \"expiring\" accepted, expires in")
    t.contains(r.out, "gandi token renew")
    t.contains(r.out, "1 warning")


def test_expired_fails(t):
    e = t.emu()
    r = t.gandi("doctor", emu=e, token="expired")
    t.rc(r, 3)
    t.contains(r.out, "✗ token: Gandi rejects ****" + TOKENS["expired"][-4:])
    j = t.gandi("doctor", "--json", emu=e, token="expired")
    t.rc(j, 3)
    t.eq(checks(j)["token_accepted"]["status"], "failure", "status")


def test_no_token_fails_with_steps(t):
    e = t.emu()
    r = t.gandi("doctor", emu=e)
    t.rc(r, 3)
    t.contains(r.out, "✗ token: none found")
    t.contains(r.out, "Personal Access Tokens > Create")


def test_variable_and_file_disagree(t):
    e = t.emu()
    t.write("home/.config/gandi/config.toml", f'api_key = "{TOKENS["view"]}"\n', 0o600)
    r = t.ok(t.gandi("doctor", emu=e, token="all"))
    t.contains(r.out, "hold different tokens")
    t.contains(r.out, "the variable silently wins")


def test_permissions_of_file_and_folder(t):
    e = t.emu()
    p = t.write("home/.config/gandi/config.toml", f'api_key = "{TOKENS["all"]}"\n', 0o644)
    import os
    os.chmod(os.path.dirname(p), 0o755)
    r = t.ok(t.gandi("doctor", emu=e))
    t.contains(r.out, f"chmod 600 '{p}'")
    t.contains(r.out, f"chmod 700 '{os.path.dirname(p)}'")


def test_mistyped_token_shape(t):
    e = t.emu()
    r = t.gandi("doctor", emu=e, token=' "' + TOKENS["all"][:30])
    t.contains(r.out, "looks mistyped or partially pasted")
    t.contains(r.out, "contains a quote character")
    assert r.rc == 3, r.describe()


def test_legacy_key_warns(t):
    e = t.emu()
    r = t.ok(t.gandi("doctor", emu=e, token="legacy"))
    t.contains(r.out, "legacy API key")


def test_unreachable_endpoint(t):
    r = t.gandi("doctor", "--api-url", "http://127.0.0.1:9/v5", "--id-url",
                "http://127.0.0.1:9", "--retries", "1", token="all")
    t.rc(r, 6)
    t.contains(r.out, "unreachable")


def test_doctor_changes_nothing(t):
    e = t.emu()
    t.ok(t.gandi("doctor", emu=e, token="all"))
    methods = {req["method"] for req in e.requests()}
    t.eq(methods, {"GET"}, "methods doctor used")
