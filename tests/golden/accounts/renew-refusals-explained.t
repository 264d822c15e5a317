# token renew refused: Gandi renews only near the expiry; a legacy key cannot be
# renewed; a date in the past is a usage error.
emu

token all
$ gandi token renew
! gandi: Gandi refused to renew the token: Gandi refused the request: Authorization: this token can only be renewed within 30 days of its expiry: it expires on %DATE(+80d)THH:MM:SSZ, 80 days from now
! Gandi renews a token only near its expiry (its last 30 days, as far as is known); 'gandi token info' shows when it expires.
? 1
> POST /v5/organization/access-tokens -> 400
>   content-type: application/json
>   body: {}

token legacy
$ gandi token renew
! gandi: a legacy API key cannot be renewed
! hint: create a Personal Access Token at https://admin.gandi.net (Account > Personal Access Tokens > Create) and use it instead
? 1

token expiring
# (the example dates of the message are fixed, not relative to today)
keep 2027-01-31
$ gandi token renew --expires-at 2001-01-01
! gandi: --expires-at '2001-01-01' is not a date in the future (2027-01-31 or 2027-01-31T12:00:00Z)
? 2
