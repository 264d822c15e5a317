# A config file (0644) and folder (0755) others can read: the chmod commands to run.
emu
file home/.config/gandi/config.toml 0644 <<EOF
api_key = "%TOKEN(all)"
EOF

$ chmod 755 home/.config/gandi

$ gandi doctor
| ✓ config file: %HOME/.config/gandi/config.toml (mode 0644)
| ! config file holds a token and can be read by others (mode 0644)
|     fix: chmod 600 '%HOME/.config/gandi/config.toml'
| ! folder %HOME/.config/gandi can be listed by others (mode 0755)
|     fix: chmod 700 '%HOME/.config/gandi'
| ✓ token: ****a11a from api_key in '%HOME/.config/gandi/config.toml'
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
| 5 ok, 2 warnings, 0 failures
! warning: '%HOME/.config/gandi/config.toml' holds your token and can be read by others; fix: chmod 600 '%HOME/.config/gandi/config.toml'
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a
> GET /v5/domain/domains?per_page=1 -> 200
>   authorization: Bearer ...a11a
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a
> }
