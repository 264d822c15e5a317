# A TOML syntax error: doctor --json fails the config check naming file, line, column.
file c.toml 0600 <<EOF
api_url = "https://a.example/v5"
api_key = "abc
EOF
# (gandi-emu as the endpoint, so that what doctor reaches is known)
emu

$ gandi --config %TMP/c.toml doctor --json
| {
|   "checks": [
|     {
|       "check": "config",
|       "status": "failure",
|       "message": "config file: '%TMP/c.toml' line 2, column 15: unterminated string (missing closing \" before the end of the line)",
|       "fix": "fix: correct the file (TOML: key = \"value\"), then run gandi doctor again",
|       "path": "%TMP/c.toml"
|     },
|     {
|       "check": "token",
|       "status": "failure",
|       "message": "token: none found (not in the environment, systemd credentials or the config file)",
|       "fix": "fix: 1. create a Personal Access Token at https://admin.gandi.net (Account > Personal Access Tokens > Create)\n     2. gandi auth login (it checks the token, then saves it in %TMP/c.toml),\n        or export GANDI_API_KEY=\"...\" (other ways: man gandi, TOKEN)\n     3. run gandi doctor again",
|       "source": null
|     },
|     {
|       "check": "ca",
|       "status": "info",
|       "message": "CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)",
|       "source": "system",
|       "dir": "/etc/ssl/certs"
|     },
|     {
|       "check": "endpoint",
|       "status": "ok",
|       "message": "endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers",
|       "url": "%EMU/v5",
|       "kind": "custom",
|       "connect_ms": %MS,
|       "tls_ms": %MS
|     }
|   ],
|   "summary": {
|     "ok": 1,
|     "warnings": 0,
|     "failures": 2
|   }
| }
? 2
> GET /v5/domain/domains?per_page=1 -> 401
