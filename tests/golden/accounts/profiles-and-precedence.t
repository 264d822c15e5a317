# Profiles: default_profile, then GANDI_PROFILE, then --profile; each key's source in
# config list; the variable beats the profile; doctor names the profile; an unknown
# profile is a usage error listing the others.
emu
file home/.config/gandi/config.toml 0600 <<EOF
api_url = "http://127.0.0.1:9/v5"
api_key = "%TOKEN(view)"
default_profile = "corp"

[profiles.corp]
api_key = "%TOKEN(corp)"
api_url = "%EMU/v5"

[profiles.home]
api_key = "%TOKEN(all)"
api_url = "%EMU/v5"
EOF
env -GANDI_API_URL

$ gandi domain list --plain --no-header
| example-corp.com	%DATE(+200d)	on	clientTransferProhibited	livedns
| example-corp.fr	%DATE(+90d)	off	ok	livedns
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...c0c0
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
>   authorization: Bearer ...c0c0
> }

$ GANDI_PROFILE=home gandi domain list --plain --no-header
| example.com	%DATE(+400d)	on	clientTransferProhibited	livedns
| example.net	%DATE(+20d)	off	ok	livedns
| example.org	%DATE(+45d)	on	clientTransferProhibited	other
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a
> }

$ GANDI_PROFILE=home gandi --profile corp domain list --plain --no-header
| example-corp.com	%DATE(+200d)	on	clientTransferProhibited	livedns
| example-corp.fr	%DATE(+90d)	off	ok	livedns
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
>   authorization: Bearer ...c0c0

$ gandi config list --profile home
| KEY                      VALUE                      SOURCE
| api_key                  ****a11a                   profile (%HOME/.config/gandi/config.toml [profiles.home])
| api_key_command          -                          unset
| api_key_command_timeout  30                         default
| api_url                  %EMU/v5  profile (%HOME/.config/gandi/config.toml [profiles.home])
| id_url                   %EMU     env (GANDI_ID_URL)
| sharing_id               -                          unset
| timeout                  60                         default
| deadline                 600                        default
| retries                  4                          default
| cacert                   -                          unset
| nameservers              -                          unset
| wait_timeout             120                        default
| default_profile          corp                       file (%HOME/.config/gandi/config.toml)
| profile                  home                       flag
! config file: %HOME/.config/gandi/config.toml
! precedence: flag, then variable, then profile, then top-level keys, then defaults
! token: api_key in '%HOME/.config/gandi/config.toml' [profiles.home]; also set, not used: api_key in '%HOME/.config/gandi/config.toml'

$ GANDI_API_URL=http://127.0.0.1:1/v5 gandi config list --json --profile home
| {
|   "config_path": "%HOME/.config/gandi/config.toml",
|   "settings": [
|     {
|       "key": "api_key",
|       "value": "****a11a",
|       "source": "profile",
|       "origin": "%HOME/.config/gandi/config.toml [profiles.home]"
|     },
|     {
|       "key": "api_key_command",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     },
|     {
|       "key": "api_key_command_timeout",
|       "value": "30",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "api_url",
|       "value": "http://127.0.0.1:1/v5",
|       "source": "env",
|       "origin": "GANDI_API_URL"
|     },
|     {
|       "key": "id_url",
|       "value": "%EMU",
|       "source": "env",
|       "origin": "GANDI_ID_URL"
|     },
|     {
|       "key": "sharing_id",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     },
|     {
|       "key": "timeout",
|       "value": "60",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "deadline",
|       "value": "600",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "retries",
|       "value": "4",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "cacert",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     },
|     {
|       "key": "nameservers",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     },
|     {
|       "key": "wait_timeout",
|       "value": "120",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "default_profile",
|       "value": "corp",
|       "source": "file",
|       "origin": "%HOME/.config/gandi/config.toml"
|     },
|     {
|       "key": "profile",
|       "value": "home",
|       "source": "flag",
|       "origin": "--profile"
|     }
|   ],
|   "token_sources": [
|     {
|       "source": "api_key",
|       "origin": "%HOME/.config/gandi/config.toml [profiles.home]",
|       "used": true
|     },
|     {
|       "source": "api_key",
|       "origin": "%HOME/.config/gandi/config.toml",
|       "used": false
|     }
|   ]
| }

$ gandi doctor --profile home
| ✓ config file: %HOME/.config/gandi/config.toml (mode 0600)
| · profile: home (from --profile)
| ✓ token: ****a11a from api_key in '%HOME/.config/gandi/config.toml' [profiles.home]
| · also set, not used: api_key in '%HOME/.config/gandi/config.toml', holding another token (****5ee5)
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
| 5 ok, 0 warnings, 0 failures
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a
> GET /v5/domain/domains?per_page=1 -> 200
>   authorization: Bearer ...a11a
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a
> }

$ gandi domain list --profile nope
! gandi: profile 'nope' (from --profile) is not defined in '%HOME/.config/gandi/config.toml'
! profiles defined there: corp, home
! hint: add it with: gandi config set --profile nope api_key
? 2
