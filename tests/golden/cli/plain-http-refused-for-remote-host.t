# Plain http:// to a host other than loopback is refused: the token would cross the
# network unencrypted (nothing is sent).
token all

$ gandi doctor --api-url http://api.example.net/v5
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✗ endpoint: http://api.example.net/v5 (custom) unreachable: refusing plain http:// to 'api.example.net': the token would cross the network unencrypted
|     fix: check the network and the URL (api_url, --api-url, GANDI_API_URL)
|
| 2 ok, 0 warnings, 1 failure
? 6
