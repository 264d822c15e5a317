"""Every way authentication can go wrong, end to end against gandi-emu."""
import os

from gandi_test import TOKENS


def test_no_token_prints_steps(t):
    e = t.emu()
    r = t.gandi("dns", "list", "example.com", emu=e)
    t.rc(r, 3)
    t.contains(r.err, "Not authenticated")
    t.contains(r.err, "Account > Personal Access Tokens > Create")
    t.contains(r.err, "Manage domain name technical configurations (domain:tech)")
    t.contains(r.err, 'export GANDI_API_KEY="..."')
    t.contains(r.err, os.path.join(t.home, ".config", "gandi", "config.toml"))
    t.contains(r.err, "gandi doctor")
    t.eq(e.requests(), [], "requests sent without a token")


def test_no_token_json(t):
    e = t.emu()
    r = t.gandi("domain", "list", "--json", emu=e)
    t.rc(r, 3)
    err = r.err_json()
    t.eq(err["kind"], "not_authenticated", "kind")
    t.eq(err["scope_needed"], "domain:view", "scope_needed")
    t.eq(err["token_source"], None, "token_source")
    t.eq(err["exit_code"], 3, "exit_code")
    assert len(err["steps"]) >= 3, err
    t.eq(r.out, "", "stdout")


def test_variable_wins_over_file(t):
    e = t.emu()
    cfg = t.write("home/.config/gandi/config.toml", f'api_key = "{TOKENS["view"]}"\n', 0o600)
    r = t.ok(t.gandi("dns", "list", "example.com", emu=e, token="all"))
    t.contains(r.out, "_dmarc")
    auth = e.last("/records")["headers"]["authorization"]
    t.eq(auth[-4:], TOKENS["all"][-4:], "token used")
    # without the variable, the file's (view-only) token is used and lacks domain:tech
    r = t.gandi("dns", "list", "example.com", emu=e)
    t.rc(r, 4)
    t.contains(r.err, f"api_key in '{cfg}'")


def test_empty_variable_uses_file(t):
    e = t.emu()
    t.write("home/.config/gandi/config.toml", f'api_key = "{TOKENS["all"]}"\n', 0o600)
    t.ok(t.gandi("domain", "list", emu=e, env={"GANDI_API_KEY": ""}))
    t.eq(e.last("/domain/domains")["headers"]["authorization"][-4:], TOKENS["all"][-4:], "token")


def test_rejected_token(t):
    e = t.emu()
    bogus = "f00dfeedf00dfeedf00dfeedf00dfeedf00d1234"
    t.secret(bogus)
    r = t.gandi("dns", "list", "example.com", emu=e, token=bogus)
    t.rc(r, 3)
    t.contains(r.err, "Token rejected")
    t.contains(r.err, "****1234 from the variable GANDI_API_KEY")
    t.contains(r.err, "expired")
    t.contains(r.err, "partly pasted")
    t.contains(r.err, "domain:tech")
    r = t.gandi("dns", "list", "example.com", "--json", emu=e, token=bogus)
    t.rc(r, 3)
    err = r.err_json()
    t.eq(err["kind"], "token_rejected", "kind")
    t.eq(err["token_source"], "env", "token_source")
    t.eq(err["token"], "****1234", "masked token")


def test_rejected_token_from_file_names_the_file(t):
    e = t.emu()
    bogus = "0badc0de0badc0de0badc0de0badc0de0bad9876"
    t.secret(bogus)
    cfg = t.write("home/.config/gandi/config.toml", f'api_key = "{bogus}"\n', 0o600)
    r = t.gandi("domain", "list", emu=e)
    t.rc(r, 3)
    t.contains(r.err, f"api_key in '{cfg}'")


def test_expired_token(t):
    e = t.emu()
    r = t.gandi("domain", "list", emu=e, token="expired")
    t.rc(r, 3)
    t.contains(r.err, "Token rejected")
    t.contains(r.err, "expired")


def test_missing_scope(t):
    e = t.emu()
    r = t.gandi("dns", "list", "example.com", emu=e, token="view")
    t.rc(r, 4)
    t.contains(r.err, "Permission denied")
    t.contains(r.err, "Manage domain name technical configurations (domain:tech)")
    r = t.gandi("dns", "list", "example.com", "--json", emu=e, token="view")
    t.rc(r, 4)
    err = r.err_json()
    t.eq(err["kind"], "permission_denied", "kind")
    t.eq(err["scope_needed"], "domain:tech", "scope_needed")
    r = t.gandi("domain", "renew", "example.com", "--yes", emu=e, token="tech")
    t.rc(r, 4)
    t.contains(r.err, "domain:renew")


def test_token_not_covering_domain(t):
    e = t.emu()
    r = t.gandi("dns", "list", "example.net", emu=e, token="one-domain")
    t.rc(r, 5)
    t.contains(r.err, "domain 'example.net' was not found, or this token does not cover it")
    t.contains(r.err, "--sharing-id")
    t.ok(t.gandi("dns", "list", "example.com", emu=e, token="one-domain"))


def test_verbose_trace_redacts_token(t):
    e = t.emu()
    r = t.ok(t.gandi("-vv", "dns", "list", "example.com", emu=e, token="all"))
    t.contains(r.err, "GET " + e.api_url + "/livedns/domains/example.com/records")
    t.contains(r.err, "Authorization: Bearer ****" + TOKENS["all"][-4:])
    t.absent(r.err, TOKENS["all"])
