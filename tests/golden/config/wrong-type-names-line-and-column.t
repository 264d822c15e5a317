# A value of the wrong type: doctor names its line and column.
file c.toml 0600 <<EOF

timeout = "soon"
EOF
# (gandi-emu as the endpoint, so that what doctor reaches is known)
emu

$ gandi --config c.toml doctor
| ✗ config file: 'c.toml' line 2, column 1: 'timeout' must be a number of seconds, not string
|     fix: correct the file (TOML: key = "value"), then run gandi doctor again
| ✗ token: none found (not in the environment, systemd credentials or the config file)
|     fix: 1. create a Personal Access Token at https://admin.gandi.net (Account > Personal Access Tokens > Create)
|          2. gandi auth login (it checks the token, then saves it in c.toml),
|             or export GANDI_API_KEY="..." (other ways: man gandi, TOKEN)
|          3. run gandi doctor again
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
|
| 1 ok, 0 warnings, 2 failures
? 2
> GET /v5/domain/domains?per_page=1 -> 401
