# An expired token: the token check fails, exit 3, in text and JSON.
emu
token expired

$ gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****dead from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✗ token: Gandi rejects ****dead (HTTP 401)
|     usual causes: expired, mistyped or partly pasted, or made for the other environment (sandbox/production)
|     fix: create a token at https://admin.gandi.net (Account > Personal Access Tokens > Create), then replace it in the variable GANDI_API_KEY
|
| 3 ok, 0 warnings, 1 failure
? 3
> {
> GET /tokeninfo -> 401
> GET /v5/domain/domains?per_page=1 -> 401
> }

$ gandi doctor --json
| {
|   "checks": [
|     {
|       "check": "config",
|       "status": "info",
|       "message": "config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)",
|       "path": "%HOME/.config/gandi/config.toml"
|     },
|     {
|       "check": "token",
|       "status": "ok",
|       "message": "token: ****dead from the variable GANDI_API_KEY",
|       "source": "GANDI_API_KEY",
|       "origin": "GANDI_API_KEY",
|       "token": "****dead"
|     },
|     {
|       "check": "token_shape",
|       "status": "ok",
|       "message": "token shape: 40 characters, a Personal Access Token"
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
|     },
|     {
|       "check": "token_accepted",
|       "status": "failure",
|       "message": "token: Gandi rejects ****dead (HTTP 401)",
|       "fix": "usual causes: expired, mistyped or partly pasted, or made for the other environment (sandbox/production)\nfix: create a token at https://admin.gandi.net (Account > Personal Access Tokens > Create), then replace it in the variable GANDI_API_KEY",
|       "http_status": 401
|     }
|   ],
|   "summary": {
|     "ok": 3,
|     "warnings": 0,
|     "failures": 1
|   }
| }
? 3
> {
> GET /tokeninfo -> 401
> GET /v5/domain/domains?per_page=1 -> 401
> }
