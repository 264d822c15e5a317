# No token: the check fails with the steps to create one.
emu

$ gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✗ token: none found (not in the environment, systemd credentials or the config file)
|     fix: 1. create a Personal Access Token at https://admin.gandi.net (Account > Personal Access Tokens > Create)
|          2. gandi auth login (it checks the token, then saves it in %HOME/.config/gandi/config.toml),
|             or export GANDI_API_KEY="..." (other ways: man gandi, TOKEN)
|          3. run gandi doctor again
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
|
| 1 ok, 0 warnings, 1 failure
? 3
> GET /v5/domain/domains?per_page=1 -> 401
