# Honest results (issue 15): dns add on a value already there with another --ttl changes
# the RRset's TTL: it says so, in text and in --json ("changed": true); the same TTL again
# is unchanged and sends nothing.
emu
token all

$ gandi dns add example.com A api 192.0.2.20 --ttl 900
! add A api in example.com: 192.0.2.20 (TTL 900)
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PATCH /v5/livedns/domains/example.com/records/api/A -> 200
>   content-type: application/json
>   body: {"add_rrset_values":[],"rrset_ttl":900}
> GET /tokeninfo -> 200

$ api GET /v5/livedns/domains/example.com/records/api/A .rrset_ttl
| HTTP 200
| .rrset_ttl = 900

$ gandi dns add example.com A api 192.0.2.20 --ttl 900 --json
| {
|   "ok": true,
|   "command": "dns add",
|   "changed": false,
|   "dry_run": false,
|   "action": "add",
|   "domain": "example.com",
|   "name": "api",
|   "type": "A",
|   "values": [
|     "192.0.2.20"
|   ],
|   "ttl": 900
| }
> GET /v5/livedns/domains/example.com/records/api/A -> 200

$ gandi dns add example.com A api 192.0.2.20 --ttl 1200 --json
| {
|   "ok": true,
|   "command": "dns add",
|   "changed": true,
|   "dry_run": false,
|   "action": "add",
|   "domain": "example.com",
|   "name": "api",
|   "type": "A",
|   "values": [
|     "192.0.2.20"
|   ],
|   "ttl": 1200
| }
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PATCH /v5/livedns/domains/example.com/records/api/A -> 200
>   content-type: application/json
>   body: {"add_rrset_values":[],"rrset_ttl":1200}
