# dns add creates the RRset (TTL 300, the default of a new RRset), then adds to it (TXT values stored quoted).
emu
token all

$ gandi dns add example.com TXT _acme-challenge tok-1
! add TXT _acme-challenge in example.com: tok-1 (TTL 300)
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404
> POST /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"tok-1\""],"rrset_ttl":300}
> GET /tokeninfo -> 200

$ gandi dns add example.com TXT _acme-challenge tok-2
! add TXT _acme-challenge in example.com: tok-2 (TTL 300)
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> PATCH /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["\"tok-2\""]}

$ api GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 300, "rrset_name": "_acme-challenge", "rrset_href": "%EMU/v5/livedns/domains/example.com/records/_acme-challenge/TXT", "rrset_values": ["\"tok-1\"", "\"tok-2\""]}
