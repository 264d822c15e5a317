# gandi acme add and remove FQDN VALUE, what the acme.sh shim calls: the zone found
# from the full name, TTL 300 (an existing RRset's TTL brought to 300 too), PATCH only,
# quiet; values starting with '-' after '--'; --wait on request.
emu --dns 127.0.0.1:0
token all

$ api PUT /v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT '{"rrset_values":["\"other\""],"rrset_ttl":3600}'
| HTTP 201
| {"message": "DNS Record Created"}

$ gandi acme add -- _acme-challenge.a.b.example.net -DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto
> {
> GET /v5/livedns/domains/a.b.example.net -> 404
> GET /v5/livedns/domains/b.example.net -> 404
> GET /v5/livedns/domains/example.net -> 200
> GET /v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT -> 200
> }
> PATCH /v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT -> 200
>   content-type: application/json
>   body: {"add_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""],"rrset_ttl":300}

$ gandi acme add --wait --nameserver %DNS -- _acme-challenge.a.b.example.net -DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto
> {
> GET /v5/livedns/domains/a.b.example.net -> 404
> GET /v5/livedns/domains/b.example.net -> 404
> GET /v5/livedns/domains/example.net -> 200
> GET /v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT -> 200
> }

$ api GET /v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 300, "rrset_name": "_acme-challenge.a.b", "rrset_href": "%EMU/v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT", "rrset_values": ["\"other\"", "\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}

$ gandi acme remove -- _acme-challenge.a.b.example.net -DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto
> {
> GET /v5/livedns/domains/a.b.example.net -> 404
> GET /v5/livedns/domains/b.example.net -> 404
> GET /v5/livedns/domains/example.net -> 200
> GET /v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT -> 200
> }
> PATCH /v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["\"-DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto\""]}

$ api GET /v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT
| HTTP 200
| {"rrset_type": "TXT", "rrset_ttl": 300, "rrset_name": "_acme-challenge.a.b", "rrset_href": "%EMU/v5/livedns/domains/example.net/records/_acme-challenge.a.b/TXT", "rrset_values": ["\"other\""]}

$ gandi acme add _acme-challenge.a.b.example.net -DaSDkzYW0_73yXr4818_Y1usi2dAnpfVs_3mNMgrto
! gandi: unknown option '-D' for 'gandi acme add'; run 'gandi acme add --help' for its options
? 2
