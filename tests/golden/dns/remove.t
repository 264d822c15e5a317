# dns remove takes one value out; an absent value is a note and no write; the last
# value removes the RRset; a TXT value is named by its text.
emu
token all

$ gandi dns remove example.com A api 192.0.2.20
! remove A api in example.com: 192.0.2.20
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PATCH /v5/livedns/domains/example.com/records/api/A -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["192.0.2.20"]}
> GET /tokeninfo -> 200

$ api GET /v5/livedns/domains/example.com/records/api/A
| HTTP 200
| {"rrset_type": "A", "rrset_ttl": 300, "rrset_name": "api", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/api/A", "rrset_values": ["192.0.2.21"]}

$ gandi dns remove example.com A api 192.0.2.20
! the A record api in example.com does not hold these values: nothing to remove
! unchanged: remove A api in example.com
> GET /v5/livedns/domains/example.com/records/api/A -> 200

$ gandi dns remove example.com A api 192.0.2.21
! remove A api in example.com: 192.0.2.21
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PATCH /v5/livedns/domains/example.com/records/api/A -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["192.0.2.21"]}
> DELETE /v5/livedns/domains/example.com/records/api/A -> 404

$ api GET /v5/livedns/domains/example.com/records/api/A
| HTTP 404
| {"code": 404, "message": "Can't find the DNS record api/A in the zone", "object": "dns-record", "cause": "Not Found"}

$ gandi dns remove example.com TXT @ 'v=spf1 include:_mailcust.gandi.net ?all'
! remove TXT @ in example.com: v=spf1 include:_mailcust.gandi.net ?all
> GET /v5/livedns/domains/example.com/records/%40/TXT -> 200
> PATCH /v5/livedns/domains/example.com/records/%40/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"v=spf1 include:_mailcust.gandi.net ?all\""]}
> DELETE /v5/livedns/domains/example.com/records/%40/TXT -> 404

$ api GET /v5/livedns/domains/example.com/records/@/TXT
| HTTP 404
| {"code": 404, "message": "Can't find the DNS record @/TXT in the zone", "object": "dns-record", "cause": "Not Found"}
