# domain list --tld, --sort expires, --fqdn PATTERN go to Gandi as query parameters;
# an unknown sort key is a usage error.
emu
token all

$ gandi domain list --tld net --plain --no-header
| example.net	%DATE(+20d)	off	ok	livedns
> {
> GET /tokeninfo -> 200
> GET /v5/domain/domains?sort_by=fqdn&tld=net&per_page=100&page=1 -> 200
> }

$ gandi domain list --sort expires --plain --no-header
| example.net	%DATE(+20d)	off	ok	livedns
| example.org	%DATE(+45d)	on	clientTransferProhibited	other
| example.com	%DATE(+400d)	on	clientTransferProhibited	livedns
> GET /v5/domain/domains?sort_by=dates.registry_ends_at&per_page=100&page=1 -> 200

$ gandi domain list --fqdn '*.org' --json
| [
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
> GET /v5/domain/domains?sort_by=fqdn&fqdn=%2A.org&per_page=100&page=1 -> 200

$ gandi domain list --sort size
! gandi: --sort takes fqdn or expires, not 'size'
? 2
