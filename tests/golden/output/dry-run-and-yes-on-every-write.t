# Every command that changes something takes --yes and --dry-run. A dry run of one
# without a dry run of its own reads what it needs, then stops before its first write
# and shows it (exit 0); --json gives the write envelope with dry_run true. --yes is
# accepted where nothing asks.
emu
token all

$ gandi dns set example.com A www2 192.0.2.7 --dry-run
| dry run: nothing was changed; the first change would have been:
|   PUT %EMU/v5/livedns/domains/example.com/records/www2/A
|   {"rrset_values":["192.0.2.7"],"rrset_ttl":10800}
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records/www2/A -> 404
> }

$ gandi dns add example.com TXT _acme-challenge token-1 -n --json
| {
|   "ok": true,
|   "command": "dns add",
|   "changed": false,
|   "dry_run": true,
|   "would_send": {
|     "method": "POST",
|     "url": "%EMU/v5/livedns/domains/example.com/records/_acme-challenge/TXT",
|     "body": "{\"rrset_values\":[\"\\\"token-1\\\"\"],\"rrset_ttl\":300}"
|   }
| }
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404

$ gandi domain autorenew example.net on --dry-run
| dry run: nothing was changed; the first change would have been:
|   PATCH %EMU/v5/domain/domains/example.net/autorenew
|   {"enabled":true}

$ gandi redirect add example.com shop https://shop.example.net/ --dry-run --yes
| dry run: nothing was changed; the first change would have been:
|   POST %EMU/v5/domain/domains/example.com/webredirs
|   {"host":"shop.example.com","url":"https://shop.example.net/","type":"http301","protocol":"https","override":false}
> GET /v5/livedns/domains/example.com/records/shop -> 200

$ gandi dns set example.com A www2 192.0.2.7 --yes
! set A www2 in example.com: 192.0.2.7 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/www2/A -> 404
> PUT /v5/livedns/domains/example.com/records/www2/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.7"],"rrset_ttl":10800}

$ api GET /v5/livedns/domains/example.com/records/www2/A .rrset_values
| HTTP 200
| .rrset_values = ["192.0.2.7"]

$ gandi dns list example.com --dry-run
! gandi: unknown option '--dry-run' for 'gandi dns list'
! run 'gandi dns list --help' for its options
? 2
