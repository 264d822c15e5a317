# dns list --json is a zone file too: synced back, nothing to change, not even a snapshot.
emu
token all

$ gandi dns list example.com --json >zone.json
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
> }

$ gandi dns sync example.com zone.json --yes
| example.com matches 'zone.json': nothing to change (11 unchanged)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
