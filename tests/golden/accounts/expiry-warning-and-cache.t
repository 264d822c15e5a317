# A token expiring within 7 days: one warning line with the renew command; tokeninfo
# asked once a day (the cache file, 0600, holds no token); -q silences it, --json keeps
# it on stderr; a broken cache is rewritten.
emu
token expiring

$ gandi domain list
| DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
| example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
| example.net  %DATE(+20d)  off        ok                        livedns
| example.org  %DATE(+45d)  on         clientTransferProhibited  other
! warning: your Gandi token expires in 3 days (%DATE(+3d) HH:MM UTC); renew it with: gandi token renew
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
> }

$ ls -A home/.cache/gandi
| token-b3c0224bb9f7cbe28f695eada9c12834cf16b13597b4aa5b1d9d769e067bbaa1.json

$ stat -c %a home/.cache/gandi/token-b3c0224bb9f7cbe28f695eada9c12834cf16b13597b4aa5b1d9d769e067bbaa1.json
| 600

$ cat home/.cache/gandi/token-b3c0224bb9f7cbe28f695eada9c12834cf16b13597b4aa5b1d9d769e067bbaa1.json
| {"checked_at":%EPOCH(+0d),"expires_at":%EPOCH(+3d)}
\ no newline at end

$ gandi domain list
| DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
| example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
| example.net  %DATE(+20d)  off        ok                        livedns
| example.org  %DATE(+45d)  on         clientTransferProhibited  other
! warning: your Gandi token expires in 3 days (%DATE(+3d) HH:MM UTC); renew it with: gandi token renew
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ gandi domain list -q
| DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
| example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
| example.net  %DATE(+20d)  off        ok                        livedns
| example.org  %DATE(+45d)  on         clientTransferProhibited  other
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ gandi domain list --json --tld net
| [
|   {
|     "status": [],
|     "dates": {
|       "created_at": "%DATE(-700d)THH:MM:SSZ",
|       "registry_created_at": "%DATE(-700d)THH:MM:SSZ",
|       "registry_ends_at": "%DATE(+20d)THH:MM:SSZ",
|       "updated_at": "%DATE(-60d)THH:MM:SSZ"
|     },
|     "tags": [],
|     "fqdn": "example.net",
|     "id": "d0000000-0000-4000-8000-000000000002",
|     "autorenew": false,
|     "tld": "net",
|     "owner": "alice",
|     "orga_owner": "alice",
|     "domain_owner": "Alice Example",
|     "nameserver": {
|       "current": "livedns"
|     },
|     "href": "%EMU/v5/domain/domains/example.net",
|     "fqdn_unicode": "example.net",
|     "sharing_id": "a11ce000-0000-4000-8000-000000000001"
|   }
| ]
! {"warning":"your Gandi token expires in 3 days (%DATE(+3d) HH:MM UTC); renew it with: gandi token renew"}
> GET /v5/domain/domains?sort_by=fqdn&tld=net&per_page=100&page=1 -> 200

file home/.cache/gandi/token-b3c0224bb9f7cbe28f695eada9c12834cf16b13597b4aa5b1d9d769e067bbaa1.json 0600 <<EOF
{not json
EOF
$ gandi domain list
| DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
| example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
| example.net  %DATE(+20d)  off        ok                        livedns
| example.org  %DATE(+45d)  on         clientTransferProhibited  other
! warning: your Gandi token expires in 3 days (%DATE(+3d) HH:MM UTC); renew it with: gandi token renew
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
> }

$ cat home/.cache/gandi/token-b3c0224bb9f7cbe28f695eada9c12834cf16b13597b4aa5b1d9d769e067bbaa1.json
| {"checked_at":%EPOCH(+0d),"expires_at":%EPOCH(+3d)}
\ no newline at end
