# Gandi's refusal (a CNAME beside other types) is shown with its reason, exit 1.
emu
token all

$ gandi dns set example.com CNAME api other.example.net.
! gandi: Gandi refused the request: rrset_type: a CNAME record cannot coexist with other records at 'api' (there is a A record there)
? 1
> GET /v5/livedns/domains/example.com/records/api/CNAME -> 404
> PUT /v5/livedns/domains/example.com/records/api/CNAME -> 400
>   content-type: application/json
>   body: {"rrset_values":["other.example.net."],"rrset_ttl":10800}
