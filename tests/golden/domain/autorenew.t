# domain autorenew off / on: one PATCH each; anything else is a usage error.
emu
token all

$ gandi domain autorenew example.com off
! autorenew off for example.com
> PATCH /v5/domain/domains/example.com/autorenew -> 200
>   content-type: application/json
>   body: {"enabled":false}
> GET /tokeninfo -> 200

$ api GET /v5/domain/domains/example.com .autorenew.enabled
| HTTP 200
| .autorenew.enabled = false

$ gandi domain autorenew example.com on --json
| {
|   "ok": true,
|   "command": "domain autorenew",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.com",
|   "autorenew": true
| }
> PATCH /v5/domain/domains/example.com/autorenew -> 200
>   content-type: application/json
>   body: {"enabled":true}

$ api GET /v5/domain/domains/example.com .autorenew.enabled
| HTTP 200
| .autorenew.enabled = true

$ gandi domain autorenew example.com maybe
! gandi: autorenew takes on or off, not 'maybe'
! on: on, yes, true or 1; off: off, no, false or 0
? 2
