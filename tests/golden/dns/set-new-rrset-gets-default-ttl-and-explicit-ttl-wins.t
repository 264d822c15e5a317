# A new RRset gets the default TTL (10800); --ttl wins.
emu
token all

$ gandi dns set example.com A new 192.0.2.5
! set A new in example.com: 192.0.2.5 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/new/A -> 404
> PUT /v5/livedns/domains/example.com/records/new/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.5"],"rrset_ttl":10800}
> GET /tokeninfo -> 200

$ api GET /v5/livedns/domains/example.com/records/new/A
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 10800, "rrset_name": "new", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/new/A", "rrset_values": ["192.0.2.5"]}

$ gandi dns set example.com A new 192.0.2.5 --ttl 600
! set A new in example.com: 192.0.2.5 (TTL 600)
> GET /v5/livedns/domains/example.com/records/new/A -> 200
> PUT /v5/livedns/domains/example.com/records/new/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.5"],"rrset_ttl":600}

$ api GET /v5/livedns/domains/example.com/records/new/A
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 600, "rrset_name": "new", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/new/A", "rrset_values": ["192.0.2.5"]}
