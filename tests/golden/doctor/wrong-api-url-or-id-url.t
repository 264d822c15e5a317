# doctor makes a real API request: an API URL without /v5 answers 404 and doctor fails,
# saying so, as do the commands (never pointing at the command that failed); an ID URL
# that does not serve tokeninfo is named, not blamed on Gandi.
emu
token all

$ gandi doctor --api-url %EMU
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✗ endpoint: %EMU (custom) is not Gandi's v5 API: GET %EMU/domain/domains?per_page=1 answered HTTP 404 (the URL does not end in /v5)
|     fix: the API URL is the base of Gandi's v5 API, ending in /v5 (https://api.gandi.net/v5); set it with --api-url, GANDI_API_URL or api_url (now from --api-url)
|
| 2 ok, 0 warnings, 1 failure
? 2
> GET /domain/domains?per_page=1 -> 404

$ gandi domain list --api-url %EMU
! gandi: the domain list was not found: the API URL '%EMU' does not end in /v5
! hint: Gandi's API is https://api.gandi.net/v5; fix api_url (from --api-url), then check with 'gandi doctor'
? 5
> {
> GET /domain/domains?sort_by=fqdn&per_page=100&page=1 -> 404
> GET /organization/organizations?per_page=100&page=1 -> 404
> }

$ gandi domain info example.com --api-url %EMU/v4
! gandi: domain 'example.com' was not found: the API URL '%EMU/v4' does not end in /v5
! hint: Gandi's API is https://api.gandi.net/v5; fix api_url (from --api-url), then check with 'gandi doctor'
? 5
> {
> GET /v4/domain/domains/example.com -> 404
> GET /v4/organization/organizations?per_page=100&page=1 -> 404
> }

$ gandi doctor --id-url %EMU/nope
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✗ token: could not be checked: %EMU/nope/tokeninfo answered HTTP 404, so the ID URL %EMU/nope does not serve Gandi's tokeninfo
|     fix: Gandi ID's URL is https://id.gandi.net; set it with --id-url, GANDI_ID_URL or id_url (now from --id-url), or leave it unset
|
| 3 ok, 0 warnings, 1 failure
? 2
> {
> GET /nope/tokeninfo -> 404
> GET /v5/domain/domains?per_page=1 -> 200
> }

$ gandi token info --id-url %EMU/nope
! gandi: the ID URL '%EMU/nope' does not serve Gandi's tokeninfo (HTTP 404)
! hint: Gandi ID is https://id.gandi.net; fix id_url (from --id-url), or leave it unset
? 5
> GET /nope/tokeninfo -> 404
