# An unknown key in the file is a warning with the nearest key, not an error.
file c.toml 0600 <<EOF
api_ky = "x"
EOF

$ gandi --config c.toml config list
| KEY                      VALUE                     SOURCE
| api_key                  -                         unset
| api_key_command          -                         unset
| api_key_command_timeout  30                        default
| api_url                  https://api.gandi.net/v5  default
| id_url                   https://id.gandi.net      default
| sharing_id               -                         unset
| timeout                  60                        default
| deadline                 600                       default
| retries                  4                         default
| cacert                   -                         unset
| nameservers              -                         unset
| wait_timeout             120                       default
| default_profile          -                         unset
| profile                  -                         unset
! warning: unknown key 'api_ky' in 'c.toml' line 1 is ignored (did you mean 'api_key'?)
! config file: c.toml
! precedence: flag, then variable, then profile, then top-level keys, then defaults
! token: none found (gandi auth login saves one)
