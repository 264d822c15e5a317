# A write with --json prints one object: what was done and whether it changed anything.
emu
token all

$ gandi dns set example.com A j 192.0.2.1 --json
| {
|   "ok": true,
|   "command": "dns set",
|   "changed": true,
|   "dry_run": false,
|   "action": "set",
|   "domain": "example.com",
|   "name": "j",
|   "type": "A",
|   "values": [
|     "192.0.2.1"
|   ],
|   "ttl": 10800
| }
> GET /v5/livedns/domains/example.com/records/j/A -> 404
> PUT /v5/livedns/domains/example.com/records/j/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.1"],"rrset_ttl":10800}
> GET /tokeninfo -> 200
