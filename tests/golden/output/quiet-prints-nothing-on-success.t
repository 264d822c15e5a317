# -q: nothing at all on success; errors still print.
emu
token all

$ gandi dns set example.com A q 192.0.2.1 -q
> GET /v5/livedns/domains/example.com/records/q/A -> 404
> PUT /v5/livedns/domains/example.com/records/q/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.1"],"rrset_ttl":10800}

$ gandi dns get example.com A missing -q
! gandi: no A record missing in example.com
! hint: 'gandi dns list example.com --name missing' shows what missing holds
? 5
> GET /v5/livedns/domains/example.com/records/missing/A -> 404
