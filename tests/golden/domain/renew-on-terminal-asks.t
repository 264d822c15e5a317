# On a terminal domain renew asks: no cancels, yes renews.
emu
years +400d
token all

$ tty gandi domain renew example.com <<EOF
n
EOF
| Renew example.com for 1 year, paid from your Gandi account? Expiry %DATE(+400d) -> %DATE(+400d+1y). Price: 18.60 EUR a year, taxes included. [y/N] n
| gandi: declined: nothing was changed
? 8
> {
> GET /v5/domain/domains/example.com -> 200
> GET /v5/domain/domains/example.com/renew -> 200
> }
> GET /v5/domain/check?name=example.com&processes=renew -> 200

$ api GET /v5/domain/domains/example.com .dates.registry_ends_at
| HTTP 200
| .dates.registry_ends_at = "%DATE(+400d)THH:MM:SSZ"

$ tty gandi domain renew example.com <<EOF
y
EOF
| Renew example.com for 1 year, paid from your Gandi account? Expiry %DATE(+400d) -> %DATE(+400d+1y). Price: 18.60 EUR a year, taxes included. [y/N] y
| renewed example.com for 1 year: expiry %DATE(+400d) -> %DATE(+400d+1y)
> {
> GET /v5/domain/domains/example.com -> 200
> GET /v5/domain/domains/example.com/renew -> 200
> }
> GET /v5/domain/check?name=example.com&processes=renew -> 200
> POST /v5/domain/domains/example.com/renew -> 200
>   content-type: application/json
>   body: {"duration":1}
> GET /tokeninfo -> 200

$ api GET /v5/domain/domains/example.com .dates.registry_ends_at
| HTTP 200
| .dates.registry_ends_at = "%DATE(+400d+1y)THH:MM:SSZ"
