# dns settings: the zone's automatic snapshots, shown and switched (one read, and a
# PATCH only when it changes); --dry-run sends no write; a domain without a LiveDNS zone.
emu
token all

$ gandi dns settings example.com
| automatic_snapshots  on
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com -> 200
> }

$ gandi dns settings example.com --json
| {
|   "domain_keys_href": "%EMU/v5/livedns/domains/example.com/keys",
|   "fqdn": "example.com",
|   "automatic_snapshots": true,
|   "domain_records_href": "%EMU/v5/livedns/domains/example.com/records",
|   "domain_href": "%EMU/v5/livedns/domains/example.com"
| }
> GET /v5/livedns/domains/example.com -> 200

$ gandi dns settings example.com --automatic-snapshots off
! automatic snapshots off for example.com
> GET /v5/livedns/domains/example.com -> 200
> PATCH /v5/livedns/domains/example.com -> 200
>   content-type: application/json
>   body: {"automatic_snapshots":false}

$ api GET /v5/livedns/domains/example.com .automatic_snapshots
| HTTP 200
| .automatic_snapshots = false

$ gandi dns settings example.com --automatic-snapshots off --json
| {
|   "ok": true,
|   "command": "dns settings",
|   "changed": false,
|   "dry_run": false,
|   "domain": "example.com",
|   "automatic_snapshots": false
| }
> GET /v5/livedns/domains/example.com -> 200

$ gandi dns settings example.com --automatic-snapshots on --dry-run
! dry run: automatic snapshots on for example.com: nothing was sent
> GET /v5/livedns/domains/example.com -> 200

$ gandi dns settings example.com --automatic-snapshots maybe
! gandi: --automatic-snapshots takes on or off, not 'maybe'
? 2
