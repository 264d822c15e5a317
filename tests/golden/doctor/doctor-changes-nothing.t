# doctor only reads (every request a GET).
emu
token all

$ gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****a11a from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
| · organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)
|
| 4 ok, 0 warnings, 0 failures
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }
