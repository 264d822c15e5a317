"""The config file: where it is, what it holds, how gandi config edits it."""
import json
import os
import stat

# Obviously fake tokens: these tests never talk to an API.
FAKE = "0123456789abcdef0123456789abcdef0f1e2d3c"
FAKE2 = "fedcba9876543210fedcba9876543210a1b2c3d4"


def fake(t, value=FAKE):
    t.secret(value)
    return value


def default_path(t):
    return os.path.join(t.home, ".config", "gandi", "config.toml")


def test_path_precedence(t):
    r = t.ok(t.gandi("config", "path"))
    t.eq(r.out.strip(), default_path(t), "default path")
    xdg = t.path("xdg")
    r = t.ok(t.gandi("config", "path", env={"XDG_CONFIG_HOME": xdg}))
    t.eq(r.out.strip(), os.path.join(xdg, "gandi", "config.toml"), "XDG path")
    r = t.ok(t.gandi("config", "path", env={"XDG_CONFIG_HOME": xdg, "GANDI_CONFIG": "/x/c.toml"}))
    t.eq(r.out.strip(), "/x/c.toml", "GANDI_CONFIG path")
    r = t.ok(t.gandi("config", "path", "--config", "/y/c.toml",
                     env={"GANDI_CONFIG": "/x/c.toml"}))
    t.eq(r.out.strip(), "/y/c.toml", "--config path")
    r = t.ok(t.gandi("config", "path", "--json", env={"GANDI_CONFIG": "/x/c.toml"}))
    t.eq(r.json(), {"path": "/x/c.toml", "source": "env", "exists": False}, "json")


def test_set_api_key_from_stdin_writes_0600_in_0700_folder(t):
    secret = fake(t)
    r = t.ok(t.gandi("config", "set", "api_key", stdin=secret + "\n"))
    p = default_path(t)
    t.eq(stat.S_IMODE(os.stat(p).st_mode), 0o600, "file mode")
    t.eq(stat.S_IMODE(os.stat(os.path.dirname(p)).st_mode), 0o700, "folder mode")
    t.eq(t.read(p), f'api_key = "{secret}"\n', "file content")
    t.absent(r.out + r.err, secret)
    r = t.ok(t.gandi("config", "get", "api_key"))
    t.eq(r.out.strip(), "****" + secret[-4:], "masked value")
    leftovers = [n for n in os.listdir(os.path.dirname(p)) if n != "config.toml"]
    t.eq(leftovers, [], "temporary files left behind")


def test_set_api_key_as_argument_is_refused(t):
    p = t.path("home/.config/gandi/config.toml")
    r = t.gandi("config", "set", "api_key", fake(t))
    t.rc(r, 2)
    t.contains(r.err, "refusing to take api_key from the command line")
    t.contains(r.err, "gandi config set api_key - < FILE")
    assert not os.path.exists(p), "a file was written"
    # '-' still reads it from stdin
    t.ok(t.gandi("config", "set", "api_key", "-", stdin=fake(t) + "\n"))
    t.contains(open(p).read(), fake(t))


def test_set_keeps_comments_and_other_keys(t):
    p = t.write("c.toml", '# my gandi settings\n'
                          'api_url = "http://127.0.0.1:9/v5"  # local emulator\n'
                          '\n'
                          '[profiles.work]\n'
                          'sharing_id = "org-1"\n')
    t.ok(t.gandi("--config", p, "config", "set", "timeout", "30"))
    t.ok(t.gandi("--config", p, "config", "set", "api_url", "https://api.example.net/v5"))
    t.ok(t.gandi("--config", p, "config", "set", "--profile", "work", "api_url",
                 "https://api.sandbox.gandi.net/v5"))
    t.ok(t.gandi("--config", p, "config", "set", "--profile", "home", "sharing_id", "org-2"))
    t.eq(t.read("c.toml"),
         '# my gandi settings\n'
         'timeout = 30\n'
         'api_url = "https://api.example.net/v5"  # local emulator\n'
         '\n'
         '[profiles.work]\n'
         'api_url = "https://api.sandbox.gandi.net/v5"\n'
         'sharing_id = "org-1"\n'
         '\n'
         '[profiles.home]\n'
         'sharing_id = "org-2"\n', "edited file")
    t.ok(t.gandi("--config", p, "config", "unset", "timeout"))
    t.ok(t.gandi("--config", p, "config", "unset", "--profile", "work", "sharing_id"))
    t.eq(t.read("c.toml"),
         '# my gandi settings\n'
         'api_url = "https://api.example.net/v5"  # local emulator\n'
         '\n'
         '[profiles.work]\n'
         'api_url = "https://api.sandbox.gandi.net/v5"\n'
         '\n'
         '[profiles.home]\n'
         'sharing_id = "org-2"\n', "after unset")


def test_set_refuses_invalid_values(t):
    p = t.path("c.toml")
    r = t.gandi("--config", p, "config", "set", "api_url", "http://api.example.net/v5")
    t.rc(r, 2)
    t.contains(r.err, "plain http://")
    r = t.gandi("--config", p, "config", "set", "timeout", "soon")
    t.rc(r, 2)
    r = t.gandi("--config", p, "config", "set", "colour", "blue")
    t.rc(r, 2)
    t.contains(r.err, "unknown setting 'colour'")
    assert not os.path.exists(p), "a refused value must not create the file"


def test_set_refuses_to_edit_broken_file(t):
    p = t.write("c.toml", 'api_url = "https://a.example/v5"\ntimeout = = 3\n')
    before = t.read("c.toml")
    r = t.gandi("--config", p, "config", "set", "timeout", "5")
    t.rc(r, 2)
    t.contains(r.err, "line 2, column")
    t.eq(t.read("c.toml"), before, "file after a refused edit")


def test_list_shows_sources(t):
    p = t.write("c.toml", 'api_url = "https://a.example/v5"\nsharing_id = "org-9"\n', 0o600)
    r = t.ok(t.gandi("--config", p, "config", "list", "--json", "--timeout", "7",
                     env={"GANDI_SHARING_ID": "org-env"}, token=fake(t)))
    got = {s["key"]: (s["value"], s["source"]) for s in r.json()["settings"]}
    t.eq(got["api_url"], ("https://a.example/v5", "file"), "api_url")
    t.eq(got["sharing_id"], ("org-env", "env"), "sharing_id")
    t.eq(got["timeout"], ("7", "flag"), "timeout")
    t.eq(got["id_url"], ("https://id.gandi.net", "default"), "id_url")
    t.eq(got["api_key"], ("****" + FAKE[-4:], "env"), "api_key")
    r = t.ok(t.gandi("--config", p, "config", "list", token=FAKE))
    t.contains(r.out, "file (" + p + ")")


def test_unknown_key_warns_not_fails(t):
    p = t.write("c.toml", 'api_ky = "x"\n', 0o600)
    r = t.ok(t.gandi("--config", p, "config", "list"))
    t.contains(r.err, "unknown key 'api_ky'")
    t.contains(r.err, "did you mean 'api_key'?")


def test_wrong_type_names_line_and_column(t):
    p = t.write("c.toml", '\ntimeout = "soon"\n', 0o600)
    r = t.gandi("--config", p, "doctor")
    t.contains(r.out, "line 2, column 1: 'timeout' must be a number of seconds, not string")


def test_toml_syntax_error_names_file_line_column(t):
    p = t.write("c.toml", 'api_url = "https://a.example/v5"\napi_key = "abc\n', 0o600)
    r = t.gandi("--config", p, "doctor", "--json")
    assert r.rc != 0
    checks = {c["check"]: c for c in r.json()["checks"]}
    t.eq(checks["config"]["status"], "failure", "config check")
    t.contains(checks["config"]["message"], f"'{p}' line 2, column")


def test_empty_variable_counts_as_unset(t):
    p = t.write("c.toml", f'api_key = "{fake(t, FAKE2)}"\n', 0o600)
    r = t.ok(t.gandi("--config", p, "config", "get", "api_key", "--json",
                     env={"GANDI_API_KEY": ""}))
    t.eq(r.json()["source"], "file", "token source")


def test_readable_config_warns(t):
    p = t.write("c.toml", f'api_key = "{fake(t, FAKE2)}"\n', 0o644)
    r = t.ok(t.gandi("--config", p, "config", "get", "api_key"))
    t.contains(r.err, f"chmod 600 '{p}'")


def test_set_api_key_on_terminal_does_not_echo(t):
    secret = fake(t)
    r = t.gandi_tty("config", "set", "api_key", answers=[secret + "\n"])
    t.eq(r.rc, 0, "exit code")
    t.contains(r.out, "api_key (input hidden): ")
    t.absent(r.out, secret)
    t.eq(t.read(default_path(t)), f'api_key = "{secret}"\n', "file content")
