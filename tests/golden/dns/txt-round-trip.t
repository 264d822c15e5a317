# TXT texts with quotes, backslashes, blanks, non-ASCII and 600 bytes: stored quoted
# and escaped in printable ASCII (split in strings of 255), shown as given, and
# compared without their quotes (adding one again changes nothing).
emu
token all

$ gandi dns set example.com TXT t0 'say "hi" with \backslash'
! set TXT t0 in example.com: say "hi" with \backslash (TTL 10800)
> GET /v5/livedns/domains/example.com/records/t0/TXT -> 404
> PUT /v5/livedns/domains/example.com/records/t0/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"say \\\"hi\\\" with \\\\backslash\""],"rrset_ttl":10800}
> GET /tokeninfo -> 200

$ api GET /v5/livedns/domains/example.com/records/t0/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "t0", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/t0/TXT", "rrset_values": ["\"say \\\"hi\\\" with \\\\backslash\""]}

$ gandi dns list example.com --name t0 --type TXT --plain --no-header
| t0	TXT	10800	say "hi" with \backslash
> GET /v5/livedns/domains/example.com/records/t0/TXT -> 200

$ gandi dns add example.com TXT t0 'say "hi" with \backslash' --json
| {
|   "ok": true,
|   "command": "dns add",
|   "changed": false,
|   "dry_run": false,
|   "action": "add",
|   "domain": "example.com",
|   "name": "t0",
|   "type": "TXT",
|   "values": [
|     "\"say \\\"hi\\\" with \\\\backslash\""
|   ],
|   "ttl": 10800
| }
> GET /v5/livedns/domains/example.com/records/t0/TXT -> 200

$ gandi dns set example.com TXT t1 '  spaced  out  '
! set TXT t1 in example.com:   spaced  out   (TTL 10800)
> GET /v5/livedns/domains/example.com/records/t1/TXT -> 404
> PUT /v5/livedns/domains/example.com/records/t1/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"  spaced  out  \""],"rrset_ttl":10800}

$ api GET /v5/livedns/domains/example.com/records/t1/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "t1", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/t1/TXT", "rrset_values": ["\"  spaced  out  \""]}

$ gandi dns list example.com --name t1 --type TXT --plain --no-header
|" "t1\tTXT\t10800\t  spaced  out  "
> GET /v5/livedns/domains/example.com/records/t1/TXT -> 200

$ gandi dns add example.com TXT t1 '  spaced  out  ' --json
| {
|   "ok": true,
|   "command": "dns add",
|   "changed": false,
|   "dry_run": false,
|   "action": "add",
|   "domain": "example.com",
|   "name": "t1",
|   "type": "TXT",
|   "values": [
|     "\"  spaced  out  \""
|   ],
|   "ttl": 10800
| }
> GET /v5/livedns/domains/example.com/records/t1/TXT -> 200

$ gandi dns set example.com TXT t2 'café ✓ unicode'
! set TXT t2 in example.com: café ✓ unicode (TTL 10800)
> GET /v5/livedns/domains/example.com/records/t2/TXT -> 404
> PUT /v5/livedns/domains/example.com/records/t2/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"caf\\195\\169 \\226\\156\\147 unicode\""],"rrset_ttl":10800}

$ api GET /v5/livedns/domains/example.com/records/t2/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "t2", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/t2/TXT", "rrset_values": ["\"caf\\195\\169 \\226\\156\\147 unicode\""]}

$ gandi dns list example.com --name t2 --type TXT --plain --no-header
| t2	TXT	10800	café ✓ unicode
> GET /v5/livedns/domains/example.com/records/t2/TXT -> 200

$ gandi dns add example.com TXT t2 'café ✓ unicode' --json
| {
|   "ok": true,
|   "command": "dns add",
|   "changed": false,
|   "dry_run": false,
|   "action": "add",
|   "domain": "example.com",
|   "name": "t2",
|   "type": "TXT",
|   "values": [
|     "\"caf\\195\\169 \\226\\156\\147 unicode\""
|   ],
|   "ttl": 10800
| }
> GET /v5/livedns/domains/example.com/records/t2/TXT -> 200

$ gandi dns set example.com TXT t3 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy
! set TXT t3 in example.com: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy (TTL 10800)
> GET /v5/livedns/domains/example.com/records/t3/TXT -> 404
> PUT /v5/livedns/domains/example.com/records/t3/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\" \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\""],"rrset_ttl":10800}

$ api GET /v5/livedns/domains/example.com/records/t3/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 10800, "rrset_name": "t3", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/t3/TXT", "rrset_values": ["\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\" \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\""]}

$ gandi dns list example.com --name t3 --type TXT --plain --no-header
| t3	TXT	10800	xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy
> GET /v5/livedns/domains/example.com/records/t3/TXT -> 200

$ gandi dns add example.com TXT t3 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy --json
| {
|   "ok": true,
|   "command": "dns add",
|   "changed": false,
|   "dry_run": false,
|   "action": "add",
|   "domain": "example.com",
|   "name": "t3",
|   "type": "TXT",
|   "values": [
|     "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\" \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\""
|   ],
|   "ttl": 10800
| }
> GET /v5/livedns/domains/example.com/records/t3/TXT -> 200
