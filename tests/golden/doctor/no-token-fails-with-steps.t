# No token: the check fails with the steps to create one.
emu

$ gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✗ token: none found (GANDI_API_KEY is not set, and the config file has no api_key)
|     fix: 1. create a Personal Access Token at https://admin.gandi.net (Account > Personal Access Tokens > Create)
|          2. export GANDI_API_KEY="...", or api_key = "..." in %HOME/.config/gandi/config.toml (gandi config set api_key)
|          3. run gandi doctor again
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http:// to this machine)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
|
| 1 ok, 0 warnings, 1 failure
? 3
> GET /v5/domain/domains?per_page=1 -> 401
