# domain info: dates, status, autorenew, nameservers, organization and owner; the name
# in any case with a final dot; a missing domain is exit 5; an invalid name exit 2 with
# nothing sent.
emu
token all

$ gandi domain info example.com
| domain        example.com
| status        clientTransferProhibited
| created       %DATE(-1500d)
| expires       %DATE(+400d) (in 400 days)
| autorenew     on (1 year)
| transfer lock on
| nameservers   ns-101-a.gandi.net, ns-16-b.gandi.net, ns-82-c.gandi.net
| services      gandilivedns, webredirection
| organization  alice (user), id a11ce000-0000-4000-8000-000000000001
| owner         Alice Example
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains/example.com -> 200
> }

$ gandi domain info Example.COM. --json
| {
|   "status": [
|     "clientTransferProhibited"
|   ],
|   "dates": {
|     "created_at": "%DATE(-1500d)THH:MM:SSZ",
|     "deletes_at": "%DATE(+445d)THH:MM:SSZ",
|     "hold_begins_at": "%DATE(+400d)THH:MM:SSZ",
|     "hold_ends_at": "%DATE(+445d)THH:MM:SSZ",
|     "pending_delete_ends_at": "%DATE(+480d)THH:MM:SSZ",
|     "registry_created_at": "%DATE(-1500d)THH:MM:SSZ",
|     "registry_ends_at": "%DATE(+400d)THH:MM:SSZ",
|     "renew_begins_at": "%DATE(-1500d)THH:MM:SSZ",
|     "restore_ends_at": "%DATE(+475d)THH:MM:SSZ",
|     "updated_at": "%DATE(-20d)THH:MM:SSZ"
|   },
|   "can_tld_lock": true,
|   "tags": [
|     "prod"
|   ],
|   "reachability": "done",
|   "nameservers": [
|     "ns-101-a.gandi.net",
|     "ns-16-b.gandi.net",
|     "ns-82-c.gandi.net"
|   ],
|   "contacts": {
|     "admin": {
|       "given": "Alice",
|       "family": "Example",
|       "email": "alice@example.org",
|       "streetaddr": "1 rue de l'Exemple",
|       "zip": "75001",
|       "city": "Paris",
|       "country": "FR",
|       "phone": "+33.100000000",
|       "type": "individual",
|       "extra_parameters": {},
|       "data_obfuscated": true,
|       "mail_obfuscated": true,
|       "same_as_owner": true
|     },
|     "bill": {
|       "given": "Alice",
|       "family": "Example",
|       "email": "alice@example.org",
|       "streetaddr": "1 rue de l'Exemple",
|       "zip": "75001",
|       "city": "Paris",
|       "country": "FR",
|       "phone": "+33.100000000",
|       "type": "individual",
|       "extra_parameters": {},
|       "data_obfuscated": true,
|       "mail_obfuscated": true,
|       "same_as_owner": true
|     },
|     "tech": {
|       "given": "Alice",
|       "family": "Example",
|       "email": "alice@example.org",
|       "streetaddr": "1 rue de l'Exemple",
|       "zip": "75001",
|       "city": "Paris",
|       "country": "FR",
|       "phone": "+33.100000000",
|       "type": "individual",
|       "extra_parameters": {},
|       "data_obfuscated": true,
|       "mail_obfuscated": true,
|       "same_as_owner": true
|     },
|     "owner": {
|       "given": "Alice",
|       "family": "Example",
|       "email": "alice@example.org",
|       "streetaddr": "1 rue de l'Exemple",
|       "zip": "75001",
|       "city": "Paris",
|       "country": "FR",
|       "phone": "+33.100000000",
|       "type": "individual",
|       "extra_parameters": {},
|       "data_obfuscated": true,
|       "mail_obfuscated": true
|     }
|   },
|   "fqdn": "example.com",
|   "autorenew": {
|     "dates": [
|       "%DATE(+370d)THH:MM:SSZ",
|       "%DATE(+385d)THH:MM:SSZ",
|       "%DATE(+399d)THH:MM:SSZ"
|     ],
|     "org_id": "a11ce000-0000-4000-8000-000000000001",
|     "duration": 1,
|     "href": "%EMU/v5/domain/domains/example.com/autorenew",
|     "enabled": true
|   },
|   "sharing_space": {
|     "type": "user",
|     "id": "a11ce000-0000-4000-8000-000000000001",
|     "name": "alice"
|   },
|   "tld": "com",
|   "services": [
|     "gandilivedns",
|     "webredirection"
|   ],
|   "id": "d0000000-0000-4000-8000-000000000001",
|   "trustee_roles": [],
|   "href": "%EMU/v5/domain/domains/example.com",
|   "fqdn_unicode": "example.com"
| }
> GET /v5/domain/domains/example.com -> 200

$ gandi domain info nope.example
! gandi: domain 'nope.example' was not found, or this token does not cover it
! Gandi answers 404 both when something does not exist and when the token cannot reach it
! (a domain of another organization, or a token limited to other domains).
! This token can see these organizations: alice (a11ce000-0000-4000-8000-000000000001).
! hint: act for one of them with --sharing-id ID (or sharing_id in the config); 'gandi domain list' shows the domains this token covers
? 5
> {
> GET /v5/domain/domains/nope.example -> 404
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
> }

$ gandi domain info 'not a domain'
! gandi: 'not a domain' is not a domain name: a character that names cannot hold
? 2
