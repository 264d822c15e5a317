# A token expiring in 3 days: a warning with the command that renews it.
emu
token expiring

$ gandi doctor
| · config file: %HOME/.config/gandi/config.toml does not exist (not needed when GANDI_API_KEY is set)
| ✓ token: ****5005 from the variable GANDI_API_KEY
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ! token: "expiring" accepted, expires in 3 days (%DATE(+3d)), covers 1 entity
|     fix: renew it (gandi token renew) or create a new one at https://admin.gandi.net (Account > Personal Access Tokens), then replace it in the variable GANDI_API_KEY
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
| · organizations this token can see: alice (a11ce000-0000-4000-8000-000000000001)
|
| 3 ok, 1 warning, 0 failures
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?per_page=1 -> 200
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }
