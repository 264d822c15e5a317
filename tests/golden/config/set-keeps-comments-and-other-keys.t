# config set and unset edit the file in place: comments, other keys and tables kept, a
# key of a profile written into its table, a new table appended.
file c.toml <<EOF
# my gandi settings
api_url = "http://127.0.0.1:9/v5"  # local emulator

[profiles.work]
sharing_id = "org-1"
EOF

$ gandi --config c.toml config set timeout 30
! permissions of 'c.toml' tightened to 0600
! timeout set in c.toml

$ gandi --config c.toml config set api_url https://api.example.net/v5
! api_url set in c.toml

$ gandi --config c.toml config set --profile work api_url https://api.sandbox.gandi.net/v5
! api_url set in c.toml [profiles.work]

$ gandi --config c.toml config set --profile home sharing_id org-2
! sharing_id set in c.toml [profiles.home]

$ cat c.toml
| # my gandi settings
| timeout = 30
| api_url = "https://api.example.net/v5"  # local emulator
|
| [profiles.work]
| api_url = "https://api.sandbox.gandi.net/v5"
| sharing_id = "org-1"
|
| [profiles.home]
| sharing_id = "org-2"

$ gandi --config c.toml config unset timeout
! timeout unset in c.toml

$ gandi --config c.toml config unset --profile work sharing_id
! sharing_id unset in c.toml

$ cat c.toml
| # my gandi settings
| api_url = "https://api.example.net/v5"  # local emulator
|
| [profiles.work]
| api_url = "https://api.sandbox.gandi.net/v5"
|
| [profiles.home]
| sharing_id = "org-2"
