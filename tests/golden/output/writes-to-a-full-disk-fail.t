# Every write checked (issue 15): a backup to a full disk fails, on stdout as with -o;
# a snapshot's id that did not reach the script is a failure, though the snapshot exists.
emu
token all

$ sh -c '%GANDI dns export example.com >/dev/full'
! gandi: writing stdout: No space left on device
? 1
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain
> }

$ gandi dns export example.com -o /dev/full
! gandi: cannot write '/dev/full': No space left on device
? 1
> GET /v5/livedns/domains/example.com/records -> 200
>   accept: text/plain

$ sh -c '%GANDI domain list >/dev/full'
! gandi: writing stdout: No space left on device
? 1
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ sh -c '%GANDI --json domain list >/dev/full'
! {"error":"writing stdout: No space left on device","kind":"io","exit_code":1}
? 1
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200

$ sh -c '%GANDI dns snapshot create example.com >/dev/full'
! snapshot of example.com taken; restore it with: gandi dns snapshot restore example.com %UUID(1)
! gandi: writing stdout: No space left on device
? 1
> POST /v5/livedns/domains/example.com/snapshots -> 201
>   content-type: application/json
>   body: {}
