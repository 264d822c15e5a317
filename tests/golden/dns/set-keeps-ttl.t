# dns set replaces the values and keeps the RRset's TTL (300 in the seed): one PUT.
emu
token all

$ api GET /v5/livedns/domains/example.com/records/api/A
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A", "rrset_values": ["192.0.2.20", "192.0.2.21"]}

$ gandi dns set example.com A api 192.0.2.99
! set A api in example.com: 192.0.2.99 (TTL 300)
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PUT /v5/livedns/domains/example.com/records/api/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.99"],"rrset_ttl":300}
> GET /tokeninfo -> 200

$ api GET /v5/livedns/domains/example.com/records/api/A
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A", "rrset_values": ["192.0.2.99"]}
