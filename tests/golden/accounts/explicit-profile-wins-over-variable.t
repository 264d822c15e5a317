# A profile named on the command line (--profile) with its own api_key wins over
# GANDI_API_KEY, and doctor and config list say the variable is not used; a profile
# chosen by GANDI_PROFILE or default_profile does not (the variable wins, as the
# environment is then the more explicit choice: config/credential.h's order).
emu
file home/.config/gandi/config.toml 0600 <<EOF
default_profile = "corp"

[profiles.corp]
api_key = "%TOKEN(corp)"
EOF
token all

$ gandi --profile corp domain list --plain --no-header --columns domain
| example-corp.com
| example-corp.fr
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...c0c0
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
>   authorization: Bearer ...c0c0
> }

$ GANDI_PROFILE=corp gandi domain list --plain --no-header --columns domain
| example.com
| example.net
| example.org
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
> }

$ gandi domain list --plain --no-header --columns domain
| example.com
| example.net
| example.org
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ gandi --profile corp config list --columns key,source
| KEY                      SOURCE
| api_key                  profile (%HOME/.config/gandi/config.toml [profiles.corp])
| api_key_command          unset
| api_key_command_timeout  default
| api_url                  env (GANDI_API_URL)
| id_url                   env (GANDI_ID_URL)
| sharing_id               unset
| timeout                  default
| deadline                 default
| retries                  default
| cacert                   unset
| nameservers              unset
| wait_timeout             default
| default_profile          file (%HOME/.config/gandi/config.toml)
| profile                  flag
! config file: %HOME/.config/gandi/config.toml
! precedence: flag, then variable, then profile, then top-level keys, then defaults
! token: api_key in '%HOME/.config/gandi/config.toml' [profiles.corp]; also set, not used: the variable GANDI_API_KEY (a profile named by --profile comes before the environment)

$ gandi --profile corp doctor
| ✓ config file: %HOME/.config/gandi/config.toml (mode 0600)
| · profile: corp (from --profile)
| ✓ token: ****c0c0 from api_key in '%HOME/.config/gandi/config.toml' [profiles.corp]
| · also set, not used: the variable GANDI_API_KEY, holding another token (****a11a)
| ✓ token shape: 40 characters, a Personal Access Token
| · CA certificates: the system's store, /etc/ssl/certs (not used now: the API URL is plain http://, no TLS)
| ✓ endpoint: %EMU/v5 (custom), connect %MS ms, no TLS (loopback), the API answers
| ✓ token: "corp" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
| · organizations this token can see: example-corp (c0c00000-0000-4000-8000-000000000002)
|
| 5 ok, 0 warnings, 0 failures
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...c0c0
> GET /v5/domain/domains?per_page=1 -> 200
>   authorization: Bearer ...c0c0
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...c0c0
> }
