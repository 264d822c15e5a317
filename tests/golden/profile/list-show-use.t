# Profiles as objects: profile list (the token each gives, masked or its command, its
# API URL and sharing id, which one is active and why), profile use (default_profile,
# written keeping the comments), profile show (each setting and where it comes from);
# an unknown profile is a usage error naming the others.
emu
file home/.config/gandi/config.toml 0600 <<EOF
# my gandi setup
api_key = "%TOKEN(view)"
sharing_id = "a11ce000-0000-4000-8000-000000000001"

[profiles.corp]
api_key = "%TOKEN(corp)"
sharing_id = "c0c00000-0000-4000-8000-000000000002"

[profiles.desk]
api_key_command = "pass show gandi"
api_url = "https://api.sandbox.gandi.net/v5"

[profiles.bare]
timeout = 5
EOF

$ gandi profile list
| NAME  ACTIVE  TOKEN                 API URL                           SHARING ID
| corp  -       ****c0c0              https://api.gandi.net/v5          c0c00000-0000-4000-8000-000000000002
| desk  -       api_key_command       https://api.sandbox.gandi.net/v5  a11ce000-0000-4000-8000-000000000001
| bare  -       ****5ee5 (top level)  https://api.gandi.net/v5          a11ce000-0000-4000-8000-000000000001
! active: none (the file's top-level keys); choose one with: gandi profile use NAME
! note: set in the environment, and used instead of the file's values: GANDI_API_URL, GANDI_ID_URL

$ gandi profile list --json
| [
|   {
|     "name": "corp",
|     "active": false,
|     "active_by": null,
|     "token": "****c0c0",
|     "token_source": "api_key",
|     "token_from_top_level": false,
|     "api_url": "https://api.gandi.net/v5",
|     "sharing_id": "c0c00000-0000-4000-8000-000000000002"
|   },
|   {
|     "name": "desk",
|     "active": false,
|     "active_by": null,
|     "token": null,
|     "token_source": "api_key_command",
|     "token_from_top_level": false,
|     "api_url": "https://api.sandbox.gandi.net/v5",
|     "sharing_id": "a11ce000-0000-4000-8000-000000000001"
|   },
|   {
|     "name": "bare",
|     "active": false,
|     "active_by": null,
|     "token": "****5ee5",
|     "token_source": "api_key",
|     "token_from_top_level": true,
|     "api_url": "https://api.gandi.net/v5",
|     "sharing_id": "a11ce000-0000-4000-8000-000000000001"
|   }
| ]

$ gandi profile use corp
| default profile: corp (in %HOME/.config/gandi/config.toml)

$ gandi profile list
| NAME  ACTIVE           TOKEN                 API URL                           SHARING ID
| corp  default_profile  ****c0c0              https://api.gandi.net/v5          c0c00000-0000-4000-8000-000000000002
| desk  -                api_key_command       https://api.sandbox.gandi.net/v5  a11ce000-0000-4000-8000-000000000001
| bare  -                ****5ee5 (top level)  https://api.gandi.net/v5          a11ce000-0000-4000-8000-000000000001
! note: set in the environment, and used instead of the file's values: GANDI_API_URL, GANDI_ID_URL

$ GANDI_PROFILE=desk gandi profile list --plain
| NAME	ACTIVE	TOKEN	API URL	SHARING ID
| corp	-	****c0c0	https://api.gandi.net/v5	c0c00000-0000-4000-8000-000000000002
| desk	GANDI_PROFILE	api_key_command	https://api.sandbox.gandi.net/v5	a11ce000-0000-4000-8000-000000000001
| bare	-	****5ee5 (top level)	https://api.gandi.net/v5	a11ce000-0000-4000-8000-000000000001

$ gandi --profile bare profile list --no-header
| corp  -          ****c0c0              https://api.gandi.net/v5          c0c00000-0000-4000-8000-000000000002
| desk  -          api_key_command       https://api.sandbox.gandi.net/v5  a11ce000-0000-4000-8000-000000000001
| bare  --profile  ****5ee5 (top level)  https://api.gandi.net/v5          a11ce000-0000-4000-8000-000000000001
! note: set in the environment, and used instead of the file's values: GANDI_API_URL, GANDI_ID_URL

$ gandi profile show
| KEY                      VALUE                                 FROM
| api_key                  ****c0c0                              profile
| api_key_command          -                                     unset
| api_key_command_timeout  30                                    default
| api_url                  https://api.gandi.net/v5              default
| id_url                   https://id.gandi.net                  default
| sharing_id               c0c00000-0000-4000-8000-000000000002  profile
| timeout                  60                                    default
| deadline                 600                                   default
| retries                  4                                     default
| cacert                   -                                     unset
| nameservers              -                                     unset
| wait_timeout             120                                   default
! profile: corp (active, by default_profile), in %HOME/.config/gandi/config.toml
! note: set in the environment, and used instead of the file's values: GANDI_API_URL, GANDI_ID_URL

$ gandi profile show desk --json
| {
|   "name": "desk",
|   "active": false,
|   "active_by": null,
|   "file": "%HOME/.config/gandi/config.toml",
|   "settings": [
|     {
|       "key": "api_key",
|       "value": null,
|       "source": "unset"
|     },
|     {
|       "key": "api_key_command",
|       "value": "pass show gandi",
|       "source": "profile"
|     },
|     {
|       "key": "api_key_command_timeout",
|       "value": "30",
|       "source": "default"
|     },
|     {
|       "key": "api_url",
|       "value": "https://api.sandbox.gandi.net/v5",
|       "source": "profile"
|     },
|     {
|       "key": "id_url",
|       "value": "https://id.gandi.net",
|       "source": "default"
|     },
|     {
|       "key": "sharing_id",
|       "value": "a11ce000-0000-4000-8000-000000000001",
|       "source": "file"
|     },
|     {
|       "key": "timeout",
|       "value": "60",
|       "source": "default"
|     },
|     {
|       "key": "deadline",
|       "value": "600",
|       "source": "default"
|     },
|     {
|       "key": "retries",
|       "value": "4",
|       "source": "default"
|     },
|     {
|       "key": "cacert",
|       "value": null,
|       "source": "unset"
|     },
|     {
|       "key": "nameservers",
|       "value": null,
|       "source": "unset"
|     },
|     {
|       "key": "wait_timeout",
|       "value": "120",
|       "source": "default"
|     }
|   ]
| }

$ gandi profile use nope
! gandi: profile 'nope' is not defined in '%HOME/.config/gandi/config.toml'
! profiles defined there: corp, desk, bare
! hint: make it with: gandi auth login --profile nope
? 2

$ GANDI_PROFILE=bare gandi profile use desk
| default profile: desk (in %HOME/.config/gandi/config.toml)
! warning: GANDI_PROFILE=bare is set, and comes before default_profile

$ cat home/.config/gandi/config.toml
| # my gandi setup
| default_profile = "desk"
| api_key = "%TOKEN(view)"
| sharing_id = "a11ce000-0000-4000-8000-000000000001"
|
| [profiles.corp]
| api_key = "%TOKEN(corp)"
| sharing_id = "c0c00000-0000-4000-8000-000000000002"
|
| [profiles.desk]
| api_key_command = "pass show gandi"
| api_url = "https://api.sandbox.gandi.net/v5"
|
| [profiles.bare]
| timeout = 5

$ gandi org list --plain --no-header
! gandi: api_key_command in '%HOME/.config/gandi/config.toml' [profiles.desk] failed (exit status 127: command not found)
! the command: pass show gandi
! it wrote 1 line on stderr, shown with -v
! gandi runs it with /bin/sh -c and takes the first line of its stdout as the token
! hint: try it yourself: sh -c '...' >/dev/null (shows its errors, not the token)
? 3
