# gandi auth logout removes the token from the table it comes from (the file rewritten,
# its other lines kept) and says which place is used next; a token from the
# environment, a file or api_key_command is not gandi's to remove: it says so, with the
# user's step, and exits 1.
emu
file home/.config/gandi/config.toml 0600 <<EOF
api_key = "%TOKEN(view)"
default_profile = "corp"

[profiles.corp]
api_key = "%TOKEN(corp)" # the work account
api_url = "%EMU/v5"

[profiles.desk]
api_key_command = "pass show gandi"
EOF

$ GANDI_API_KEY=%TOKEN(all) gandi auth logout
! gandi: cannot remove the token: it comes from the variable GANDI_API_KEY
! gandi cannot change the environment it was started from
! hint: unset GANDI_API_KEY (and remove it where it is set: a shell profile, a CI secret, a service unit)
! api_key in '%HOME/.config/gandi/config.toml' [profiles.corp] holds one too; gandi auth logout removes it once nothing comes before it
! api_key in '%HOME/.config/gandi/config.toml' holds one too; gandi auth logout removes it once nothing comes before it
? 1

$ GANDI_API_KEY_FILE=/run/secrets/gandi gandi auth logout
! gandi: cannot remove the token: it comes from the file '/run/secrets/gandi' (GANDI_API_KEY_FILE)
! gandi does not delete a file it did not write
! hint: unset GANDI_API_KEY_FILE (and remove it where it is set: a shell profile, a CI secret, a service unit)
! api_key in '%HOME/.config/gandi/config.toml' [profiles.corp] holds one too; gandi auth logout removes it once nothing comes before it
! api_key in '%HOME/.config/gandi/config.toml' holds one too; gandi auth logout removes it once nothing comes before it
? 1

$ gandi --profile desk auth logout
! gandi: cannot remove the token: it comes from api_key_command in '%HOME/.config/gandi/config.toml' [profiles.desk]
! the token is wherever the command reads it (pass show gandi)
! hint: gandi config unset --profile desk api_key_command
! api_key in '%HOME/.config/gandi/config.toml' holds one too; gandi auth logout removes it once nothing comes before it
? 1

$ gandi auth logout
| removed the token ****c0c0: it was api_key in '%HOME/.config/gandi/config.toml' [profiles.corp]
! gandi now uses the token from api_key in '%HOME/.config/gandi/config.toml'
! the token stays valid at Gandi until it expires; if it may have leaked, delete it at https://admin.gandi.net (Account > Personal Access Tokens)

$ cat home/.config/gandi/config.toml
| api_key = "%TOKEN(view)"
| default_profile = "corp"
|
| [profiles.corp]
| api_url = "%EMU/v5"
|
| [profiles.desk]
| api_key_command = "pass show gandi"

$ gandi auth logout --json
| {
|   "ok": true,
|   "command": "auth logout",
|   "changed": true,
|   "dry_run": false,
|   "removed": "****5ee5",
|   "file": "%HOME/.config/gandi/config.toml",
|   "profile": null,
|   "now_from": null
| }

$ gandi auth logout
! no token to remove: gandi finds none
