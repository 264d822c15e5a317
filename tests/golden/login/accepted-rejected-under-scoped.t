# gandi auth login reads the token from stdin (the first line), asks Gandi about it,
# and saves it only when Gandi accepts it: a rejected or expired token is refused and
# nothing is written; a token lacking a permission asked for (--scopes) is saved with a
# warning naming what Gandi will refuse. The file is written 0600 in a 0700 folder,
# keeping what it held; --profile makes the table.
emu

$ gandi auth login --scopes domain:tech <<EOF
0123456789abcdef0123456789abcdef01234567
EOF
! gandi: Gandi rejects the token ****4567 (HTTP 401): nothing was saved
! usual causes: it has expired or been deleted, it was mistyped or only partly pasted,
! or it belongs to the other environment (sandbox or production)
! hint: copy it again from https://admin.gandi.net, in one piece
? 3
> GET /tokeninfo -> 401
>   authorization: Bearer ...4567

$ ls -A home/.config
! ls: cannot access 'home/.config': No such file or directory
? 2

$ gandi auth login --scopes domain:tech <<EOF
%TOKEN(expired)
EOF
! gandi: Gandi rejects the token ****dead (HTTP 401): nothing was saved
! usual causes: it has expired or been deleted, it was mistyped or only partly pasted,
! or it belongs to the other environment (sandbox or production)
! hint: copy it again from https://admin.gandi.net, in one piece
? 3
> GET /tokeninfo -> 401
>   authorization: Bearer ...dead

$ gandi auth login --scopes domain:tech,domain:view <<EOF
%TOKEN(view)
EOF
| saved the token ****5ee5 in '%HOME/.config/gandi/config.toml' (mode 0600)
! Gandi accepts the token "view" (****5ee5)
!   permissions: domain:view
!   expires:     %DATE(+80d) (in 80 days)
! warning: the token lacks Manage domain name technical configurations (domain:tech): Gandi will refuse 'gandi domain nameservers --set', 'gandi domain lock', 'gandi domain unlock', 'gandi domain hosts add', 'gandi domain hosts set', 'gandi domain hosts delete', 'gandi domain dnskeys add', 'gandi domain dnskeys delete', 'gandi dns ...' but dns dnssec status, 'gandi ddns', 'gandi acme ...', 'gandi redirect ...'; edit the token at https://admin.gandi.net (Account > Personal Access Tokens) to grant it
> GET /tokeninfo -> 200
>   authorization: Bearer ...5ee5

$ stat -c '%a %n' home/.config/gandi home/.config/gandi/config.toml
| 700 home/.config/gandi
| 600 home/.config/gandi/config.toml

$ gandi auth login --profile corp --json <<EOF
  %TOKEN(corp)
EOF
| {
|   "ok": true,
|   "command": "auth login",
|   "changed": true,
|   "dry_run": false,
|   "name": "corp",
|   "token": "****c0c0",
|   "file": "%HOME/.config/gandi/config.toml",
|   "profile": "corp",
|   "scopes": [
|     "domain:view",
|     "domain:renew",
|     "domain:tech",
|     "organization:view"
|   ],
|   "missing_scopes": [],
|   "expires_at": "%DATE(+80d)"
| }
! {"warning":"the token looks mistyped or partly pasted: white space around it (ignored)"}
> GET /tokeninfo -> 200
>   authorization: Bearer ...c0c0

$ cat home/.config/gandi/config.toml
| api_key = "%TOKEN(view)"
|
| [profiles.corp]
| api_key = "%TOKEN(corp)"

$ gandi auth login --scopes dns <<EOF
%TOKEN(all)
EOF
! gandi: unknown permission 'dns' in --scopes
! permissions: domain:tech, domain:view, domain:renew, organization:view
? 2

$ gandi auth login <<EOF
EOF
! gandi: no value on stdin
! hint: paste the token when asked, or pipe it in: gandi auth login < token-file
? 2

$ gandi auth login --profile corp <<EOF
%TOKEN(legacy)
EOF
| saved the token ****3Wv9 in '%HOME/.config/gandi/config.toml' [profiles.corp] (mode 0600)
! warning: this is a legacy API key, which Gandi deprecated in 2023: it has no name, permissions or expiry to check; a Personal Access Token is better
! [profiles.corp] is not the active profile (none is): use it with --profile corp, or make it the default: gandi profile use corp
> GET /v5/domain/domains?per_page=1 -> 200
>   authorization: Apikey ...3Wv9

$ GANDI_API_KEY=%TOKEN(tech) gandi auth login <<EOF
%TOKEN(all)
EOF
| saved the token ****a11a in '%HOME/.config/gandi/config.toml' (mode 0600)
! Gandi accepts the token "all" (****a11a)
!   permissions: domain:view, domain:renew, domain:tech, organization:view
!   expires:     %DATE(+80d) (in 80 days)
! the variable GANDI_API_KEY comes first, so it is still the one used; to use the token just saved: unset GANDI_API_KEY
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a

$ gandi --profile corp org list
| ID                                    NAME          TYPE
| a11ce000-0000-4000-8000-000000000001  alice         individual
| c0c00000-0000-4000-8000-000000000002  example-corp  company
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Apikey ...3Wv9
