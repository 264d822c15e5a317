# A value that starts with '-' (one ACME value in 64 does) is taken as an option unless
# '--' ends the options first; after '--' every word is an argument.
emu
token all

$ gandi dns add example.com TXT _acme-challenge -ovLxm3Y2hQzQmk3yPmLzT5bMkQO4xZ5gW9q8i3Hc0Y
! gandi: unknown option '-o' for 'gandi dns add'
! run 'gandi dns add --help' for its options
? 2

$ gandi dns add example.com TXT _acme-challenge -- -ovLxm3Y2hQzQmk3yPmLzT5bMkQO4xZ5gW9q8i3Hc0Y --json
! add TXT _acme-challenge in example.com: -ovLxm3Y2hQzQmk3yPmLzT5bMkQO4xZ5gW9q8i3Hc0Y, --json (TTL 300)
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404
> POST /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"-ovLxm3Y2hQzQmk3yPmLzT5bMkQO4xZ5gW9q8i3Hc0Y\"","\"--json\""],"rrset_ttl":300}
> GET /tokeninfo -> 200

$ gandi dns add --json example.com TXT _acme-challenge -- --second
| {
|   "ok": true,
|   "command": "dns add",
|   "changed": true,
|   "dry_run": false,
|   "action": "add",
|   "domain": "example.com",
|   "name": "_acme-challenge",
|   "type": "TXT",
|   "values": [
|     "\"--second\""
|   ],
|   "ttl": 300
| }
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["\"--second\""]}

$ gandi dns remove example.com TXT _acme-challenge -- -ovLxm3Y2hQzQmk3yPmLzT5bMkQO4xZ5gW9q8i3Hc0Y --second
! remove TXT _acme-challenge in example.com: -ovLxm3Y2hQzQmk3yPmLzT5bMkQO4xZ5gW9q8i3Hc0Y, --second
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"-ovLxm3Y2hQzQmk3yPmLzT5bMkQO4xZ5gW9q8i3Hc0Y\"","\"--second\""]}

$ gandi dns get example.com TXT _acme-challenge
| NAME             TYPE  TTL  VALUE
| _acme-challenge  TXT   300  --json
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
