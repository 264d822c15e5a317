# Names may be given relative, full, with a final dot or in capitals; @ and the domain
# itself name the apex (sent as %40).
emu
token all

$ gandi dns set example.com A sub.example.com 192.0.2.7
! set A sub in example.com: 192.0.2.7 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/sub/A -> 404
> PUT /v5/livedns/domains/example.com/records/sub/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.7"],"rrset_ttl":10800}
> GET /tokeninfo -> 200

$ gandi dns set example.com A sub.example.com. 192.0.2.7
! unchanged: set A sub in example.com: 192.0.2.7 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/sub/A -> 200

$ gandi dns set example.com A SUB 192.0.2.7
! unchanged: set A sub in example.com: 192.0.2.7 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/sub/A -> 200

$ api GET /v5/livedns/domains/example.com/records/sub/A
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 10800, "rrset_name": "sub", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/sub/A", "rrset_values": ["192.0.2.7"]}

$ gandi dns set example.com A @ 192.0.2.8
! set A @ in example.com: 192.0.2.8 (TTL 1800)
> GET /v5/livedns/domains/example.com/records/%40/A -> 200
> PUT /v5/livedns/domains/example.com/records/%40/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.8"],"rrset_ttl":1800}

$ gandi dns set example.com. A example.com 192.0.2.8
! unchanged: set A @ in example.com: 192.0.2.8 (TTL 1800)
> GET /v5/livedns/domains/example.com/records/%40/A -> 200
