# Where the token comes from, each place in its turn: the top-level api_key, then a
# profile's, systemd's $CREDENTIALS_DIRECTORY/gandi-api-key, lego's
# GANDIV5_PERSONAL_ACCESS_TOKEN_FILE and GANDIV5_PERSONAL_ACCESS_TOKEN, GANDI_API_KEY_FILE,
# GANDI_API_KEY, and above all a profile named with --profile (GANDI_PROFILE is not
# that explicit: the variable still wins over it). Each step adds one place above the
# others; token info names the one used and the request carries its token.
emu
file home/.config/gandi/config.toml 0600 <<EOF
api_key = "%TOKEN(view)"

[profiles.corp]
api_key = "%TOKEN(corp)"
EOF
file creds/gandi-api-key 0400 <<EOF
%TOKEN(tech)
EOF
file lego-token 0600 <<EOF
%TOKEN(renew)
EOF
file gandi-token 0600 <<EOF
%TOKEN(all)
EOF

$ gandi token info
| name      view
| token     ****5ee5 (from %HOME/.config/gandi/config.toml)
| scopes    domain:view
| entities  alice (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...5ee5

$ GANDI_PROFILE=corp gandi token info
| name      corp
| token     ****c0c0 (from %HOME/.config/gandi/config.toml [profiles.corp])
| scopes    domain:view domain:renew domain:tech organization:view
| entities  example-corp (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...c0c0

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDI_PROFILE=corp gandi token info
| name      tech
| token     ****c0de (from %TMP/creds/gandi-api-key)
| scopes    domain:tech
| entities  alice (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...c0de

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDIV5_PERSONAL_ACCESS_TOKEN_FILE=lego-token gandi token info
| name      renew
| token     ****4e4e (from GANDIV5_PERSONAL_ACCESS_TOKEN_FILE=lego-token)
| scopes    domain:renew
| entities  alice (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...4e4e

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDIV5_PERSONAL_ACCESS_TOKEN_FILE=lego-token GANDIV5_PERSONAL_ACCESS_TOKEN=%TOKEN(one-domain) gandi token info
| name      one-domain
| token     ****1d1d (from GANDIV5_PERSONAL_ACCESS_TOKEN)
| scopes    domain:view domain:tech
| entities  alice (organization), example.com (domain)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...1d1d

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDIV5_PERSONAL_ACCESS_TOKEN=%TOKEN(one-domain) GANDI_API_KEY_FILE=gandi-token gandi token info
| name      all
| token     ****a11a (from GANDI_API_KEY_FILE=gandi-token)
| scopes    domain:view domain:renew domain:tech organization:view
| entities  alice (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDI_API_KEY_FILE=gandi-token GANDI_API_KEY=%TOKEN(no-org) gandi token info
| name      no-org
| token     ****0f0f (from GANDI_API_KEY)
| scopes    domain:view domain:renew domain:tech
| entities  alice (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...0f0f

$ GANDI_PROFILE=corp GANDI_API_KEY=%TOKEN(no-org) gandi token info
| name      no-org
| token     ****0f0f (from GANDI_API_KEY)
| scopes    domain:view domain:renew domain:tech
| entities  alice (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...0f0f

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDI_API_KEY_FILE=gandi-token GANDI_API_KEY=%TOKEN(no-org) gandi --profile corp token info
| name      corp
| token     ****c0c0 (from %HOME/.config/gandi/config.toml [profiles.corp])
| scopes    domain:view domain:renew domain:tech organization:view
| entities  example-corp (organization)
| expires   %DATE(+80d) HH:MM UTC (in 80 days)
> GET /tokeninfo -> 200
>   authorization: Bearer ...c0c0

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDI_API_KEY_FILE=gandi-token GANDI_API_KEY=%TOKEN(no-org) gandi --profile corp config list
| KEY                      VALUE                      SOURCE
| api_key                  ****c0c0                   profile (%HOME/.config/gandi/config.toml [profiles.corp])
| api_key_command          -                          unset
| api_key_command_timeout  30                         default
| api_url                  %EMU/v5  env (GANDI_API_URL)
| id_url                   %EMU     env (GANDI_ID_URL)
| sharing_id               -                          unset
| timeout                  60                         default
| deadline                 600                        default
| retries                  4                          default
| cacert                   -                          unset
| nameservers              -                          unset
| wait_timeout             120                        default
| default_profile          -                          unset
| profile                  corp                       flag
! config file: %HOME/.config/gandi/config.toml
! precedence: flag, then variable, then profile, then top-level keys, then defaults
! token: api_key in '%HOME/.config/gandi/config.toml' [profiles.corp]; also set, not used: the variable GANDI_API_KEY, the file 'gandi-token' (GANDI_API_KEY_FILE), the systemd credential '%TMP/creds/gandi-api-key', api_key in '%HOME/.config/gandi/config.toml' (a profile named by --profile comes before the environment)

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDI_API_KEY_FILE=gandi-token GANDI_API_KEY=%TOKEN(all) gandi auth status
| ✓ token: ****a11a from the variable GANDI_API_KEY
| · also set, not used: the file 'gandi-token' (GANDI_API_KEY_FILE), holding the same token
| ! the systemd credential '%TMP/creds/gandi-api-key' holds a different token (****c0de), not used: the variable GANDI_API_KEY comes first
|     fix: to use that one: unset GANDI_API_KEY, unset GANDI_API_KEY_FILE; to drop it: remove LoadCredential=gandi-api-key from the service
| ! api_key in '%HOME/.config/gandi/config.toml' holds a different token (****5ee5), not used: the variable GANDI_API_KEY comes first
|     fix: to use that one: unset GANDI_API_KEY, unset GANDI_API_KEY_FILE, remove LoadCredential=gandi-api-key from the service; to drop it: gandi config unset api_key
| ✓ token shape: 40 characters, a Personal Access Token
| ✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
|
| 3 ok, 2 warnings, 0 failures
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a

$ CREDENTIALS_DIRECTORY=%TMP/creds GANDI_API_KEY_FILE=gandi-token gandi auth status --json
| {
|   "checks": [
|     {
|       "check": "token",
|       "status": "ok",
|       "message": "token: ****a11a from the file 'gandi-token' (GANDI_API_KEY_FILE)",
|       "source": "GANDI_API_KEY_FILE",
|       "origin": "GANDI_API_KEY_FILE=gandi-token",
|       "token": "****a11a"
|     },
|     {
|       "check": "token_conflict",
|       "status": "warning",
|       "message": "the systemd credential '%TMP/creds/gandi-api-key' holds a different token (****c0de), not used: the file 'gandi-token' (GANDI_API_KEY_FILE) comes first",
|       "fix": "fix: to use that one: unset GANDI_API_KEY_FILE; to drop it: remove LoadCredential=gandi-api-key from the service",
|       "source": "CREDENTIALS_DIRECTORY",
|       "origin": "%TMP/creds/gandi-api-key",
|       "token": "****c0de"
|     },
|     {
|       "check": "token_conflict",
|       "status": "warning",
|       "message": "api_key in '%HOME/.config/gandi/config.toml' holds a different token (****5ee5), not used: the file 'gandi-token' (GANDI_API_KEY_FILE) comes first",
|       "fix": "fix: to use that one: unset GANDI_API_KEY_FILE, remove LoadCredential=gandi-api-key from the service; to drop it: gandi config unset api_key",
|       "source": "api_key",
|       "origin": "%HOME/.config/gandi/config.toml",
|       "token": "****5ee5"
|     },
|     {
|       "check": "token_shape",
|       "status": "ok",
|       "message": "token shape: 40 characters, a Personal Access Token"
|     },
|     {
|       "check": "token_accepted",
|       "status": "ok",
|       "message": "token: \"all\" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity",
|       "name": "all",
|       "entities": 1,
|       "expires_in": %SECONDS(80d),
|       "expires_at": "%DATE(+80d)",
|       "scopes": {
|         "domain:view": true,
|         "domain:renew": true,
|         "domain:tech": true
|       },
|       "other_scopes": [
|         "organization:view"
|       ]
|     }
|   ],
|   "summary": {
|     "ok": 3,
|     "warnings": 2,
|     "failures": 0
|   }
| }
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a
