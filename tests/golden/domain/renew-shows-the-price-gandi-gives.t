# domain renew asks Gandi for the renewal price (GET /domain/check?processes=renew, a guess
# that no recording confirms) and shows it in the question and the dry run; when the check
# fails (here a TLD gandi-emu does not sell), nothing is said about a price and the renewal
# goes on as before. --yes asks nothing, so it reads no price.
seed seed.json <<EOF
domains[fqdn=example.org].fqdn = "example.xyz"
EOF
emu --seed %TMP/seed.json
years +400d +45d
token all

$ gandi domain renew example.com --dry-run --json
| {
|   "ok": true,
|   "command": "domain renew",
|   "changed": false,
|   "dry_run": true,
|   "domain": "example.com",
|   "duration": 1,
|   "expires_before": "%DATE(+400d)",
|   "expires_after": "%DATE(+400d+1y)",
|   "verdict": {
|     "status": "success"
|   },
|   "price": {
|     "per_year": "18.60",
|     "currency": "EUR",
|     "taxes_included": true
|   }
| }
> {
> GET /v5/domain/check?name=example.com&processes=renew -> 200
> GET /v5/domain/domains/example.com -> 200
> GET /v5/domain/domains/example.com/renew -> 200
> }
> POST /v5/domain/domains/example.com/renew -> 200
>   content-type: application/json
>   dry-run: 1
>   body: {"duration":1}
> GET /tokeninfo -> 200

$ gandi domain renew example.xyz --dry-run
! dry run: Gandi accepts renewing example.xyz for 1 year (expiry %DATE(+45d) -> %DATE(+45d+1y)); nothing was renewed
> {
> GET /v5/domain/check?name=example.xyz&processes=renew -> 400
> GET /v5/domain/domains/example.xyz -> 200
> GET /v5/domain/domains/example.xyz/renew -> 200
> }
> POST /v5/domain/domains/example.xyz/renew -> 200
>   content-type: application/json
>   dry-run: 1
>   body: {"duration":1}

$ tty gandi domain renew example.xyz --duration 2 <<EOF
y
EOF
| Renew example.xyz for 2 years, paid from your Gandi account? Expiry %DATE(+45d) -> %DATE(+45d+2y). [y/N] y
| renewed example.xyz for 2 years: expiry %DATE(+45d) -> %DATE(+45d+2y)
> {
> GET /v5/domain/check?name=example.xyz&processes=renew -> 400
> GET /v5/domain/domains/example.xyz -> 200
> GET /v5/domain/domains/example.xyz/renew -> 200
> }
> POST /v5/domain/domains/example.xyz/renew -> 200
>   content-type: application/json
>   body: {"duration":2}

$ gandi domain renew example.xyz --yes
! renewed example.xyz for 1 year: expiry %DATE(+45d+2y) -> %DATE(+45d+3y)
> {
> GET /v5/domain/domains/example.xyz -> 200
> GET /v5/domain/domains/example.xyz/renew -> 200
> }
> POST /v5/domain/domains/example.xyz/renew -> 200
>   content-type: application/json
>   body: {"duration":1}
