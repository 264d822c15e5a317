# domain lock / unlock: the transfer lock (clientTransferProhibited), shown by domain
# info; unlock asks first (refused without a terminal unless --yes; on a terminal, no
# keeps the lock).
emu
token all

$ gandi domain unlock example.com
! gandi: refusing to unlock a domain without confirmation: stdin is not a terminal
! hint: add --yes to confirm in scripts
? 2

$ tty gandi domain unlock example.com <<EOF
n
EOF
| Unlock example.com? Then whoever holds its transfer code can move it to another registrar. [y/N] n
| gandi: declined: nothing was changed
? 8

$ api GET /v5/domain/domains/example.com .status
| HTTP 200
| .status = ["clientTransferProhibited"]

$ gandi domain unlock example.com --yes
! unlocked example.com: it can be transferred to another registrar
! lock it again with: gandi domain lock example.com
> PATCH /v5/domain/domains/example.com/status -> 202
>   content-type: application/json
>   body: {"clientTransferProhibited":false}
> GET /tokeninfo -> 200

$ gandi domain info example.com --plain
| domain	example.com
| status	-
| created	%DATE(-1500d)
| expires	%DATE(+400d) (in 400 days)
| autorenew	on (1 year)
| transfer lock	off
| nameservers	ns-101-a.gandi.net, ns-16-b.gandi.net, ns-82-c.gandi.net
| services	gandilivedns, webredirection
| organization	alice (user), id a11ce000-0000-4000-8000-000000000001
| owner	Alice Example
> GET /v5/domain/domains/example.com -> 200

$ gandi domain lock example.com --json
| {
|   "ok": true,
|   "command": "domain lock",
|   "changed": true,
|   "dry_run": false,
|   "domain": "example.com",
|   "locked": true
| }
> PATCH /v5/domain/domains/example.com/status -> 202
>   content-type: application/json
>   body: {"clientTransferProhibited":true}

$ api GET /v5/domain/domains/example.com .status
| HTTP 200
| .status = ["clientTransferProhibited"]

token view
$ gandi domain lock example.net
! Permission denied
!
! Gandi accepted the token ****5ee5 from the variable GANDI_API_KEY,
! but it does not allow 'gandi domain lock' (HTTP 403).
! Gandi said: Access was denied to this resource.
!
! The token lacks the permission:
!   Manage domain name technical configurations (domain:tech)
!
! To fix it: at https://admin.gandi.net, Account > Personal Access Tokens, edit the token
! or create one that has it, give it to gandi (gandi auth login),
! then check with 'gandi doctor'.
? 4
> PATCH /v5/domain/domains/example.net/status -> 403
>   content-type: application/json
>   body: {"clientTransferProhibited":true}
