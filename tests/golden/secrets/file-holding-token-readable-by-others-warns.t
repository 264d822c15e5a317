# A config file holding the token that others can read (0640): one warning, with the
# chmod to run; the command still works.
emu
file home/.config/gandi/config.toml 0640 <<EOF
api_key = "%TOKEN(all)"
EOF

$ gandi domain list
| DOMAIN       EXPIRES     AUTORENEW  STATUS                    NAMESERVERS
| example.com  %DATE(+400d)  on         clientTransferProhibited  livedns
| example.net  %DATE(+20d)  off        ok                        livedns
| example.org  %DATE(+45d)  on         clientTransferProhibited  other
! warning: '%HOME/.config/gandi/config.toml' holds your token and can be read by others; fix: chmod 600 '%HOME/.config/gandi/config.toml'
> {
> GET /tokeninfo -> 200
>   authorization: Bearer ...a11a
> GET /v5/domain/domains?sort_by=fqdn&per_page=100&page=1 -> 200
>   authorization: Bearer ...a11a
> }
