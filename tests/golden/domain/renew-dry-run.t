# domain renew --dry-run: the POST carries Dry-Run: 1, and the expiry does not move.
emu
years +400d
token all

$ gandi domain renew example.com --dry-run
! dry run: Gandi accepts renewing example.com for 1 year (expiry %DATE(+400d) -> %DATE(+400d+1y); 18.60 EUR a year, taxes included); nothing was renewed
> {
> GET /v5/domain/domains/example.com -> 200
> GET /v5/domain/domains/example.com/renew -> 200
> }
> GET /v5/domain/check?name=example.com&processes=renew -> 200
> POST /v5/domain/domains/example.com/renew -> 200
>   content-type: application/json
>   dry-run: 1
>   body: {"duration":1}
> GET /tokeninfo -> 200

$ api GET /v5/domain/domains/example.com .dates.registry_ends_at
| HTTP 200
| .dates.registry_ends_at = "%DATE(+400d)THH:MM:SSZ"
