# GANDI_API_KEY_FILE (as containers mount secrets): one final LF or CRLF is removed, a
# file without one is fine too; an empty file, a second line, a NUL byte, a missing file
# or a folder are refused, and never fall through to the next place (the config's
# api_key here); a file others can read gives a warning, as the config file does.
emu
file home/.config/gandi/config.toml 0600 <<EOF
api_key = "%TOKEN(view)"
EOF

$ sh -c 'umask 077; printf "%TOKEN(all)\r\n" > crlf; printf "%TOKEN(all)" > bare; printf "%TOKEN(all)\n\n" > two; : > empty; printf "%TOKEN(all)\000\n" > nul; mkdir folder'

$ GANDI_API_KEY_FILE=crlf gandi org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a
> }

$ GANDI_API_KEY_FILE=bare gandi org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a

$ GANDI_API_KEY_FILE=two gandi org list
! gandi: cannot read the token from the file 'two' (GANDI_API_KEY_FILE): it holds more than one line
! the file holds the token alone, on one line
! hint: fix the file, or unset GANDI_API_KEY_FILE to use the next place gandi looks
? 3

$ GANDI_API_KEY_FILE=empty gandi org list
! gandi: cannot read the token from the file 'empty' (GANDI_API_KEY_FILE): it is empty
! the file holds the token alone, on one line
! hint: fix the file, or unset GANDI_API_KEY_FILE to use the next place gandi looks
? 3

$ GANDI_API_KEY_FILE=nul gandi org list
! gandi: cannot read the token from the file 'nul' (GANDI_API_KEY_FILE): it holds a NUL byte
! the file holds the token alone, on one line
! hint: fix the file, or unset GANDI_API_KEY_FILE to use the next place gandi looks
? 3

$ GANDI_API_KEY_FILE=missing gandi org list
! gandi: cannot read the token from the file 'missing' (GANDI_API_KEY_FILE): No such file or directory
! hint: check the path and the file's permissions, or unset GANDI_API_KEY_FILE to use the next place gandi looks
? 3

$ GANDI_API_KEY_FILE=folder gandi org list
! gandi: cannot read the token from the file 'folder' (GANDI_API_KEY_FILE): it is a folder
! hint: check the path and the file's permissions, or unset GANDI_API_KEY_FILE to use the next place gandi looks
? 3

$ GANDI_API_KEY_FILE=two gandi auth status
| ✗ token: cannot read the token from the file 'two' (GANDI_API_KEY_FILE): it holds more than one line
|     the file holds the token alone, on one line
|     hint: fix the file, or unset GANDI_API_KEY_FILE to use the next place gandi looks
| · also set, not used: api_key in '%HOME/.config/gandi/config.toml'
|
| 0 ok, 0 warnings, 1 failure
? 3

$ chmod 644 bare

$ GANDI_API_KEY_FILE=bare gandi org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
! warning: 'bare' holds your token and can be read by others; fix: chmod 600 'bare'
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a

$ GANDI_API_KEY_FILE= gandi org list
! Permission denied
!
! Gandi accepted the token ****5ee5 from api_key in '%HOME/.config/gandi/config.toml',
! but it does not allow 'gandi org list' (HTTP 403).
! Gandi said: Access was denied to this resource.
!
! The token lacks the permission:
!   View organization (organization:view)
!
! To fix it: at https://admin.gandi.net, Account > Personal Access Tokens, edit the token
! or create one that has it, give it to gandi (gandi auth login),
! then check with 'gandi doctor'.
? 4
> GET /v5/organization/organizations?per_page=100&page=1 -> 403
>   authorization: Bearer ...5ee5
