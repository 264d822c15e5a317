# The zone exported, then synced back with --dry-run --exit-code: nothing to change
# (the SOA left alone, said on stderr), exit 0, no write.
emu
token all

$ gandi dns export example.com -o zone.txt
! zone of example.com written to zone.txt
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain
> }

$ gandi dns sync example.com zone.txt --dry-run --exit-code
| example.com matches 'zone.txt': nothing to change (11 unchanged)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200
