# domain renew --yes --duration 2: one POST, the expiry two years later.
emu
years +400d
token all

$ gandi domain renew example.com --duration 2 --yes
! renewed example.com for 2 years: expiry %DATE(+400d) -> %DATE(+400d+2y)
> {
> GET /v5/domain/domains/example.com -> 200
> GET /v5/domain/domains/example.com/renew -> 200
> }
> POST /v5/domain/domains/example.com/renew -> 200
>   content-type: application/json
>   body: {"duration":2}
> GET /tokeninfo -> 200

$ api GET /v5/domain/domains/example.com .dates.registry_ends_at
| HTTP 200
| .dates.registry_ends_at = "%DATE(+400d+2y)THH:MM:SSZ"
