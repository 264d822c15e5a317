# domain info names the organization; domain list --json carries sharing_id.
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

$ gandi domain list --json
| [
|   {
|     "status": [
|       "clientTransferProhibited"
|     ],
|     "dates": {
|       "created_at": "%DATE(-1500d)THH:MM:SSZ",
|       "registry_created_at": "%DATE(-1500d)THH:MM:SSZ",
|       "registry_ends_at": "%DATE(+400d)THH:MM:SSZ",
|       "updated_at": "%DATE(-20d)THH:MM:SSZ"
|     },
|     "tags": [
|       "prod"
|     ],
|     "fqdn": "example.com",
|     "id": "d0000000-0000-4000-8000-000000000001",
|     "autorenew": true,
|     "tld": "com",
|     "owner": "alice",
|     "orga_owner": "alice",
|     "domain_owner": "Alice Example",
|     "nameserver": {
|       "current": "livedns"
|     },
|     "href": "%EMU/v5/domain/domains/example.com",
|     "fqdn_unicode": "example.com",
|     "sharing_id": "a11ce000-0000-4000-8000-000000000001"
|   },
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
|   },
|   {
|     "status": [
|       "clientTransferProhibited"
|     ],
|     "dates": {
|       "created_at": "%DATE(-3000d)THH:MM:SSZ",
|       "registry_created_at": "%DATE(-3000d)THH:MM:SSZ",
|       "registry_ends_at": "%DATE(+45d)THH:MM:SSZ",
|       "updated_at": "%DATE(-300d)THH:MM:SSZ"
|     },
|     "tags": [],
|     "fqdn": "example.org",
|     "id": "d0000000-0000-4000-8000-000000000003",
|     "autorenew": true,
|     "tld": "org",
|     "owner": "alice",
|     "orga_owner": "alice",
|     "domain_owner": "Alice Example",
|     "nameserver": {
|       "current": "other"
|     },
|     "href": "%EMU/v5/domain/domains/example.org",
|     "fqdn_unicode": "example.org",
|     "sharing_id": "a11ce000-0000-4000-8000-000000000001"
|   }
| ]
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
