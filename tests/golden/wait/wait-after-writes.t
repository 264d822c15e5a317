# --wait (or --wait-timeout, --nameserver) on dns add, remove, set and delete: the write,
# its report, then a wait until the nameservers serve it. With --dns-delay the change
# shows in DNS only later, and the wait covers that time.
emu --dns 127.0.0.1:0 --dns-delay 400
token all

$ gandi dns add example.com TXT _acme-challenge --wait --nameserver %DNS -- -starts-with-a-dash
! add TXT _acme-challenge in example.com: -starts-with-a-dash (TTL 300)
! served by 1 nameserver after %MS ms
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 404
> POST /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 201
>   content-type: application/json
>   body: {"rrset_values":["\"-starts-with-a-dash\""],"rrset_ttl":300}
> GET /tokeninfo -> 200

$ gandi dns set example.com A api 192.0.2.30 --nameserver %DNS
! set A api in example.com: 192.0.2.30 (TTL 300)
! served by 1 nameserver after %MS ms
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PUT /v5/livedns/domains/example.com/records/api/A -> 201
>   content-type: application/json
>   body: {"rrset_values":["192.0.2.30"],"rrset_ttl":300}

$ gandi dns remove example.com A api 192.0.2.30 192.0.2.20 --wait-timeout 5 --nameserver %DNS
! remove A api in example.com: 192.0.2.30
! served by 1 nameserver after %MS ms
> GET /v5/livedns/domains/example.com/records/api/A -> 200
> PATCH /v5/livedns/domains/example.com/records/api/A -> 200
>   content-type: application/json
>   body: {"remove_rrset_values":["192.0.2.30"]}
> DELETE /v5/livedns/domains/example.com/records/api/A -> 404

$ gandi dns delete example.com TXT _acme-challenge --yes --wait --nameserver %DNS
! delete TXT _acme-challenge in example.com: -starts-with-a-dash (TTL 300)
! served by 1 nameserver after %MS ms
> GET /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 200
> DELETE /v5/livedns/domains/example.com/records/_acme-challenge/TXT -> 204

$ gandi dns add example.com TXT _acme-challenge x --wait-timeout 0 --nameserver %DNS
! gandi: --wait-timeout '0' is not a number of seconds above 0 and at most 86400
! hint: write it like --wait-timeout 120 or --wait-timeout 0.5
? 2

$ gandi dns wait example.com TXT _acme-challenge --absent --nameserver %DNS
! served: TXT _acme-challenge in example.com is gone (1 nameserver, %MS ms)
