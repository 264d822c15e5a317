# An endpoint where nothing listens: unreachable, exit 6.
token all

$ gandi doctor --api-url http://127.0.0.1:9/v5 --id-url http://127.0.0.1:9 --retries 1
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✗ endpoint: http://127.0.0.1:9/v5 (custom) unreachable: cannot connect to '127.0.0.1' port 9: Failed to connect to 127.0.0.1 port 9 after %MS ms: Couldn't connect to server
|     fix: check the network and the URL (api_url, --api-url, GANDI_API_URL)
|
| 2 ok, 0 warnings, 1 failure
? 6
