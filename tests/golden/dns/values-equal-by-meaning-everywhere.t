# One equality for every path (issue 15): dns add, remove and set compare values by
# meaning against the zone, as dns sync does: addresses by value, names case-insensitive
# and absolute ('10 mail', as another client stored it, is '10 mail.example.com.'). An
# equal value sends nothing, so a DDNS updater writes only when its address changes.
emu
token all

$ gandi dns set example.com AAAA t6 2001:db8::1
! set AAAA t6 in example.com: 2001:db8::1 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/t6/AAAA -> 404
> PUT /v5/livedns/domains/example.com/records/t6/AAAA -> 201
>   content-type: application/json
>   body: {"rrset_values":["2001:db8::1"],"rrset_ttl":10800}
> GET /tokeninfo -> 200

$ gandi dns add example.com AAAA t6 2001:DB8:0::1
! unchanged: add AAAA t6 in example.com: 2001:db8::1 (TTL 10800)
> GET /v5/livedns/domains/example.com/records/t6/AAAA -> 200

$ gandi dns remove example.com AAAA t6 2001:0db8::1
! remove AAAA t6 in example.com: 2001:db8::1
> GET /v5/livedns/domains/example.com/records/t6/AAAA -> 200
> PATCH /v5/livedns/domains/example.com/records/t6/AAAA -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["2001:db8::1"]}
> DELETE /v5/livedns/domains/example.com/records/t6/AAAA -> 404

$ gandi dns get example.com AAAA t6
! gandi: no AAAA record t6 in example.com
! hint: 'gandi dns list example.com --name t6' shows what t6 holds
? 5
> GET /v5/livedns/domains/example.com/records/t6/AAAA -> 404

$ gandi dns set example.com AAAA @ 2001:db8:0:0:0:0:0:10
! unchanged: set AAAA @ in example.com: 2001:db8::10 (TTL 1800)
> GET /v5/livedns/domains/example.com/records/%40/AAAA -> 200

$ api PUT /v5/livedns/domains/example.com/records/m/MX '{"rrset_values": ["10 mail"], "rrset_ttl": 10800}'
| HTTP 201
| {"message": "DNS Record Created"}

$ gandi dns add example.com MX m '10 MAIL.example.com.'
! unchanged: add MX m in example.com: 10 MAIL.example.com. (TTL 10800)
> GET /v5/livedns/domains/example.com/records/m/MX -> 200

$ gandi dns set example.com MX m '10 mail.example.com.'
! unchanged: set MX m in example.com: 10 mail.example.com. (TTL 10800)
> GET /v5/livedns/domains/example.com/records/m/MX -> 200

file m.zone <<EOF
$ORIGIN example.com.
m 10800 IN MX 10 mail.example.com.
EOF

$ gandi dns sync example.com m.zone --dry-run --no-delete
| example.com matches 'm.zone': nothing to change (1 unchanged, 11 left alone)
! 11 RRsets only at Gandi are kept (--no-delete)
> GET /v5/livedns/domains/example.com/records?per_page=100&page=1 -> 200

$ gandi dns remove example.com MX m '10 mail.example.com.'
! remove MX m in example.com: 10 mail
> GET /v5/livedns/domains/example.com/records/m/MX -> 200
> PATCH /v5/livedns/domains/example.com/records/m/MX -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["10 mail"]}
> DELETE /v5/livedns/domains/example.com/records/m/MX -> 404

$ gandi dns get example.com MX m
! gandi: no MX record m in example.com
! hint: 'gandi dns list example.com --name m' shows what m holds
? 5
> GET /v5/livedns/domains/example.com/records/m/MX -> 404
