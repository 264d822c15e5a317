# A snapshot is named by its whole id (any case) or by its first characters, when they
# start exactly one of the zone's snapshots (one request lists them); a prefix that starts
# several, or none, says so. A dry run asks nothing: it changes nothing.
seed seed.json <<EOF
domains[fqdn=example.com].livedns.snapshots += {"id": "5b1d0000-0000-4000-8000-000000000002", "name": "second", "created_at": "-2d", "automatic": false, "zone_data": []}
EOF
emu --seed %TMP/seed.json
token all

$ gandi dns snapshot show example.com 5a --columns name,type --no-header
| @     A
| www   CNAME
! snapshot 5a000000-0000-4000-8000-000000000001 of example.com: 'Before the move to LiveDNS', taken %DATE(-30d) HH:MM UTC, 2 RRsets
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/snapshots/5a000000-0000-4000-8000-000000000001 -> 200
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&per_page=100&page=1 -> 200
> }

$ gandi dns snapshot show example.com 5 --columns name,type --no-header
! gandi: '5' starts 2 snapshot IDs of example.com: give more of it
!   5b1d0000-0000-4000-8000-000000000002
!   5a000000-0000-4000-8000-000000000001
? 2
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&per_page=100&page=1 -> 200

$ gandi dns snapshot show example.com 5B1D0000-0000-4000-8000-000000000002 --json --jq .name
| second
> GET /v5/livedns/domains/example.com/snapshots/5b1d0000-0000-4000-8000-000000000002 -> 200

$ gandi dns snapshot delete example.com 5b1d --dry-run
| dry run: nothing was changed; the first change would have been:
|   DELETE %EMU/v5/livedns/domains/example.com/snapshots/5b1d0000-0000-4000-8000-000000000002
> {
> GET /v5/livedns/domains/example.com/snapshots/5b1d0000-0000-4000-8000-000000000002 -> 200
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&per_page=100&page=1 -> 200
> }

$ gandi dns snapshot show example.com ffff
! gandi: example.com has no snapshot 'ffff'
! hint: 'gandi dns snapshot list example.com' lists its snapshots
? 5
> GET /v5/livedns/domains/example.com/snapshots?sort_by=-date_created&per_page=100&page=1 -> 200
