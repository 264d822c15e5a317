# Values as people write them: autorenew yes/no/true/1 (any case), --tld .com, and a
# --timeout of 0 refused with a range that says what is allowed.
emu
token all

$ gandi domain autorenew example.net yes
! autorenew on for example.net
> PATCH /v5/domain/domains/example.net/autorenew -> 200
>   content-type: application/json
>   body: {"enabled":true}
> GET /tokeninfo -> 200

$ gandi domain autorenew example.net NO
! autorenew off for example.net
> PATCH /v5/domain/domains/example.net/autorenew -> 200
>   content-type: application/json
>   body: {"enabled":false}

$ gandi domain autorenew example.net maybe
! gandi: autorenew takes on or off, not 'maybe'
! on: on, yes, true or 1; off: off, no, false or 0
? 2

$ gandi domain list --tld .com --columns domain
| DOMAIN
| example.com
> GET /v5/domain/domains?sort_by=fqdn&tld=com&per_page=100&page=1 -> 200

$ gandi domain list --timeout 0
! gandi: timeout '0' from --timeout is not a number of seconds above 0 and at most 86400
? 2
