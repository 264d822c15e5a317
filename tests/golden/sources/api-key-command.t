# api_key_command: run by /bin/sh -c, stdin from /dev/null; the first line of its
# stdout is the token (a CR before the newline dropped); its stderr is shown only with
# -v. A failure, an empty first line, a command not found, too long a wait, a config
# file others can write (or whose folder they can write): clear errors, nothing sent.
# It is never run by a command that needs no token (the script leaves a mark when it
# runs).
emu
file secret 0600 <<EOF
%TOKEN(all)
EOF
file get-token 0700 <<EOF
#!/bin/sh
touch "$0.ran"
echo "get-token: unlocked the keyring" >&2
cat %TMP/secret
EOF
file home/.config/gandi/config.toml 0600 <<EOF
api_key_command = "%TMP/get-token"

[profiles.fail]
api_key_command = "echo 'pass: gandi is not in the password store' >&2; exit 1"

[profiles.empty]
api_key_command = "echo; cat %TMP/secret"

[profiles.lines]
api_key_command = "cat %TMP/secret; echo 'second line'"

[profiles.crlf]
api_key_command = "printf '%s\r\n' $(cat %TMP/secret)"

[profiles.missing]
api_key_command = "no-such-password-manager show gandi"

[profiles.slow]
api_key_command = "sleep 5; cat %TMP/secret"
api_key_command_timeout = 0.5
EOF

$ gandi config list
| KEY                      VALUE                               SOURCE
| api_key                  (api_key_command, not run)          file (api_key_command in %HOME/.config/gandi/config.toml)
| api_key_command          %TMP/get-token  file (%HOME/.config/gandi/config.toml)
| api_key_command_timeout  30                                  default
| api_url                  %EMU/v5           env (GANDI_API_URL)
| id_url                   %EMU              env (GANDI_ID_URL)
| sharing_id               -                                   unset
| timeout                  60                                  default
| deadline                 600                                 default
| retries                  4                                   default
| cacert                   -                                   unset
| nameservers              -                                   unset
| wait_timeout             120                                 default
| default_profile          -                                   unset
| profile                  -                                   unset
! config file: %HOME/.config/gandi/config.toml
! precedence: flag, then variable, then profile, then top-level keys, then defaults
! token: api_key_command in '%HOME/.config/gandi/config.toml'

$ gandi config get api_key
! gandi: 'api_key' comes from api_key_command in %HOME/.config/gandi/config.toml, which 'config get' does not run
! hint: 'gandi auth status' runs it and shows the token masked
? 1

$ gandi profile list
| NAME     ACTIVE  TOKEN            API URL                   SHARING ID
| fail     -       api_key_command  https://api.gandi.net/v5  -
| empty    -       api_key_command  https://api.gandi.net/v5  -
| lines    -       api_key_command  https://api.gandi.net/v5  -
| crlf     -       api_key_command  https://api.gandi.net/v5  -
| missing  -       api_key_command  https://api.gandi.net/v5  -
| slow     -       api_key_command  https://api.gandi.net/v5  -
! active: none (the file's top-level keys); choose one with: gandi profile use NAME
! note: set in the environment, and used instead of the file's values: GANDI_API_URL, GANDI_ID_URL

$ gandi config path
| %HOME/.config/gandi/config.toml

$ gandi help auth
| usage: gandi auth COMMAND [ARGS] [options]
|
| log in and out: save a checked token, see where it comes from
|
| commands:
|   login             check a token with Gandi, then save it in the config file
|   status            where the token comes from, and whether Gandi accepts it
|   logout            remove the token from the config file it came from
|   token             print the token, for a script
|
| run 'gandi help auth COMMAND' for a command's options and examples

$ gandi auth logout
! gandi: cannot remove the token: it comes from api_key_command in '%HOME/.config/gandi/config.toml'
! the token is wherever the command reads it (%TMP/get-token)
! hint: gandi config unset api_key_command
? 1

$ ls get-token.ran
! ls: cannot access 'get-token.ran': No such file or directory
? 2

$ gandi org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a
> }

$ ls get-token.ran
| get-token.ran

$ gandi -v org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
! gandi: ran api_key_command from '%HOME/.config/gandi/config.toml' in %MS ms
! gandi: api_key_command: get-token: unlocked the keyring
! gandi: GET %EMU/v5/organization/organizations?per_page=100&page=1 -> 200 in %MS ms, attempt 1/4
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a

$ gandi --profile fail org list
! gandi: api_key_command in '%HOME/.config/gandi/config.toml' [profiles.fail] failed (exit status 1)
! the command: echo 'pass: gandi is not in the password store' >&2; exit 1
! it wrote 1 line on stderr, shown with -v
! gandi runs it with /bin/sh -c and takes the first line of its stdout as the token
! hint: try it yourself: sh -c '...' >/dev/null (shows its errors, not the token)
? 3

$ gandi --profile fail -v org list
! gandi: ran api_key_command from '%HOME/.config/gandi/config.toml' [profiles.fail] in %MS ms
! gandi: api_key_command: pass: gandi is not in the password store
! gandi: api_key_command in '%HOME/.config/gandi/config.toml' [profiles.fail] failed (exit status 1)
! the command: echo 'pass: gandi is not in the password store' >&2; exit 1
! gandi runs it with /bin/sh -c and takes the first line of its stdout as the token
! hint: try it yourself: sh -c '...' >/dev/null (shows its errors, not the token)
? 3

$ gandi --profile empty org list
! gandi: api_key_command in '%HOME/.config/gandi/config.toml' [profiles.empty] printed no token: its first line is empty
! the command: echo; cat %TMP/secret
! gandi runs it with /bin/sh -c and takes the first line of its stdout as the token
! hint: try it yourself: sh -c '...' >/dev/null (shows its errors, not the token)
? 3

$ gandi --profile lines org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a

$ gandi --profile crlf org list
| ID                                    NAME   TYPE
| a11ce000-0000-4000-8000-000000000001  alice  individual
> GET /v5/organization/organizations?per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a

$ gandi --profile missing org list
! gandi: api_key_command in '%HOME/.config/gandi/config.toml' [profiles.missing] failed (exit status 127: command not found)
! the command: no-such-password-manager show gandi
! it wrote 1 line on stderr, shown with -v
! gandi runs it with /bin/sh -c and takes the first line of its stdout as the token
! hint: try it yourself: sh -c '...' >/dev/null (shows its errors, not the token)
? 3

$ gandi --profile slow org list
! gandi: api_key_command in '%HOME/.config/gandi/config.toml' [profiles.slow] gave no token within 0.5 s
! the command: sleep 5; cat %TMP/secret
! gandi runs it with /bin/sh -c and takes the first line of its stdout as the token
! hint: allow it more time with api_key_command_timeout = SECONDS in the config file
? 3

$ gandi auth status
| ✓ token: ****a11a from api_key_command in '%HOME/.config/gandi/config.toml'
| ✓ token shape: 40 characters, a Personal Access Token
| ✓ token: "all" accepted, expires in 80 days (%DATE(+80d)), covers 1 entity
|   ✓ domain:view   See and renew domain names: browse, domain list, domain info, domain renew (to read the domain and its price first), domain nameservers, domain authinfo, domain hosts list, domain dnskeys list, dns dnssec status
|   ✓ domain:renew  See and renew domain names: domain renew, domain autorenew
|   ✓ domain:tech   Manage domain name technical configurations: domain nameservers --set, domain lock, domain unlock, domain hosts add, domain hosts set, domain hosts delete, domain dnskeys add, domain dnskeys delete, dns * but dns dnssec status, ddns, acme *, redirect *
|   other scopes: organization:view
|
| 3 ok, 0 warnings, 0 failures
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a

$ chmod 775 home/.config/gandi

$ gandi org list
! gandi: refusing to run api_key_command from '%HOME/.config/gandi/config.toml': others can write its folder
! whoever can change the file can make gandi run any command
! hint: chmod go-w '%HOME/.config/gandi'
? 3

$ chmod 700 home/.config/gandi

$ chmod 620 home/.config/gandi/config.toml

$ gandi org list
! gandi: refusing to run api_key_command from '%HOME/.config/gandi/config.toml': others can write the file
! whoever can change the file can make gandi run any command
! hint: chmod 600 '%HOME/.config/gandi/config.toml'
? 3
