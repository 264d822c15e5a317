# A legacy API key works, with a warning to move to a Personal Access Token.
emu
token legacy

$ gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****3Wv9 from the variable GANDI_API_KEY
| ✓ token shape: 24 characters, a legacy API key
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ! token: accepted, but it is a legacy API key (it cannot be introspected: no name, scopes or expiry to show)
|     fix: Gandi deprecated API keys in 2023; create a Personal Access Token and use it instead
| · organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001), example-corp (c0c00000-0000-4000-8000-000000000002)
|
| 3 ok, 1 warning, 0 failures
> {
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }
