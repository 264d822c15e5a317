# domain renew without a terminal or --yes: refused (exit 2), no POST, expiry unchanged.
emu
token all

$ gandi domain renew example.com
! gandi: refusing to renew a domain without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2
> {
> GET /v5/domain/domains/example.com -> 200
> GET /v5/domain/domains/example.com/renew -> 200
> }

$ api GET /v5/domain/domains/example.com .dates.registry_ends_at
| HTTP 200
| .dates.registry_ends_at = "%DATE(+400d)THH:MM:SSZ"
