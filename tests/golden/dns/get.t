# dns get: one RRset; a missing one is exit 5.
emu
token all

$ gandi dns get example.com A api --json
| {
|   "rrset_type": "A",
|   "rrset_ttl": 300,
|   "rrset_name": "api",
|   "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A",
|   "rrset_values": [
|     "192.0.2.20",
|     "192.0.2.21"
|   ]
| }
> {
> GET /tokeninfo -> 200
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> }

$ gandi dns get example.com A nope
! gandi: no A record nope in example.com
! hint: 'gandi dns list example.com --name nope' shows what nope holds
? 5
> GET /v5/livedns/domains/example.com/records/nope/A -> 404
