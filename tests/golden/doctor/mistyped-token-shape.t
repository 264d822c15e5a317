# A token pasted with a blank and a quote, and 30 of its 40 characters: "looks
# mistyped", exit 3.
emu
token ' "a11aa11aa11aa11aa11aa11aa11aa1'

$ gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****1aa1 from the variable GANDI_API_KEY
| ! token looks mistyped or partially pasted: white space around it (ignored); contains a quote character; 31 characters, between a legacy API key (24) and a token (40)
|     fix: copy the token again from where you saved it, in one piece
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✗ token: Gandi rejects ****1aa1 (HTTP 401)
|     usual causes: expired, mistyped or partly pasted, or made for the other environment (sandbox/production)
|     fix: create a token at https://admin.gandi.net (Account > Personal Access Tokens > Create), then replace it in the variable GANDI_API_KEY
|
| 2 ok, 1 warning, 1 failure
? 3
> {
> GET /tokeninfo -> 401
> GET /v5/domain/domains?per_page=1 -> 401
> }
