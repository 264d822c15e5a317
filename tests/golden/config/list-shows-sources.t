# config list: each effective setting and where it comes from (flag, env, file,
# default), the token masked.
token 0123456789abcdef0123456789abcdef0f1e2d3c
env GANDI_SHARING_ID=org-env
file c.toml 0600 <<EOF
api_url = "https://a.example/v5"
sharing_id = "org-9"
EOF

$ gandi --config c.toml config list --json --timeout 7
| {
|   "config_path": "c.toml",
|   "settings": [
|     {
|       "key": "api_key",
|       "value": "****2d3c",
|       "source": "env",
|       "origin": "GANDI_API_KEY"
|     },
|     {
|       "key": "api_key_command",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     },
|     {
|       "key": "api_key_command_timeout",
|       "value": "30",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "api_url",
|       "value": "https://a.example/v5",
|       "source": "file",
|       "origin": "c.toml"
|     },
|     {
|       "key": "id_url",
|       "value": "https://id.gandi.net",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "sharing_id",
|       "value": "org-env",
|       "source": "env",
|       "origin": "GANDI_SHARING_ID"
|     },
|     {
|       "key": "timeout",
|       "value": "7",
|       "source": "flag",
|       "origin": "--timeout"
|     },
|     {
|       "key": "deadline",
|       "value": "600",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "retries",
|       "value": "4",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "cacert",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     },
|     {
|       "key": "nameservers",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     },
|     {
|       "key": "wait_timeout",
|       "value": "120",
|       "source": "default",
|       "origin": null
|     },
|     {
|       "key": "default_profile",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     },
|     {
|       "key": "profile",
|       "value": null,
|       "source": "unset",
|       "origin": null
|     }
|   ],
|   "token_sources": [
|     {
|       "source": "GANDI_API_KEY",
|       "origin": "GANDI_API_KEY",
|       "used": true
|     }
|   ]
| }

$ gandi --config %TMP/c.toml config list
| KEY                      VALUE                 SOURCE
| api_key                  ****2d3c              env (GANDI_API_KEY)
| api_key_command          -                     unset
| api_key_command_timeout  30                    default
| api_url                  https://a.example/v5  file (%TMP/c.toml)
| id_url                   https://id.gandi.net  default
| sharing_id               org-env               env (GANDI_SHARING_ID)
| timeout                  60                    default
| deadline                 600                   default
| retries                  4                     default
| cacert                   -                     unset
| nameservers              -                     unset
| wait_timeout             120                   default
| default_profile          -                     unset
| profile                  -                     unset
! config file: %TMP/c.toml
! precedence: flag, then variable, then profile, then top-level keys, then defaults
! token: the variable GANDI_API_KEY
