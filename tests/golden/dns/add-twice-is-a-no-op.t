# dns add sends a PATCH with the new value only, keeping the TTL; adding it again
# changes nothing and writes nothing.
emu
token all

$ gandi dns add example.com A api 192.0.2.22
! add A api in example.com: 192.0.2.22 (TTL 300)
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PATCH /v5/livedns/domains/example.com/records/api/A -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["192.0.2.22"]}
> GET /tokeninfo -> 200

$ api GET /v5/livedns/domains/example.com/records/api/A
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A", "rrset_values": ["192.0.2.20", "192.0.2.21", "192.0.2.22"]}

$ gandi dns add example.com A api 192.0.2.22 --json
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
|     "192.0.2.22"
|   ],
|   "ttl": 300
| }
> GET /v5/livedns/domains/example.com/records/api/A -> 200
